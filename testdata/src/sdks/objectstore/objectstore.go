// Package objectstore uploads tagged data to S3: the destination is the client's region,
// from config.WithRegion, an aws.Config literal, an option function, or AWS_REGION.
package objectstore

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/feature/s3/manager"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

type Member struct {
	Email string `xborder:"personal"`
	Tier  string
}

func withRegion(ctx context.Context, m Member) {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("us-east-1"))
	if err != nil {
		return
	}
	client := s3.NewFromConfig(cfg)
	b, _ := json.Marshal(m)
	client.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("members"), Body: bytes.NewReader(b)}) // want `personal data Member.Email flows to s3.us-east-1.amazonaws.com \(US, Amazon S3\) via \(\*github.com/aws/aws-sdk-go-v2/service/s3.Client\).PutObject`
	client.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("tiers"), Body: strings.NewReader(m.Tier)})
}

func literal(ctx context.Context, m *Member) {
	client := s3.NewFromConfig(aws.Config{Region: "eu-west-1"})
	client.PutObject(ctx, &s3.PutObjectInput{Body: strings.NewReader(m.Email)}) // want `Member.Email flows to s3.eu-west-1.amazonaws.com \(IE, Amazon S3\)`

	cn := s3.NewFromConfig(aws.Config{Region: "cn-north-1"})
	cn.PutObject(ctx, &s3.PutObjectInput{Body: strings.NewReader(m.Email)})
}

func option(ctx context.Context, m *Member) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("cn-northwest-1"))
	client := s3.NewFromConfig(cfg, func(o *s3.Options) { o.Region = "ap-east-1" })
	client.PutObject(ctx, &s3.PutObjectInput{Body: strings.NewReader(m.Email)}) // want `Member.Email flows to s3.ap-east-1.amazonaws.com \(HK, Amazon S3\)`
}

func environment(ctx context.Context, m *Member) {
	cfg, _ := config.LoadDefaultConfig(ctx)
	uploader := manager.NewUploader(s3.NewFromConfig(cfg))
	uploader.Upload(ctx, &s3.PutObjectInput{Body: strings.NewReader(m.Email)}) // want `Member.Email flows to \$AWS_REGION \(SG, endpoint "aws-default-region"\) via \(\*github.com/aws/aws-sdk-go-v2/feature/s3/manager.Uploader\).Upload`
}

// newClient is a helper: the region its caller passes decides.
func newClient(region string) *s3.Client {
	return s3.New(s3.Options{Region: region})
}

func helper(ctx context.Context, m *Member) {
	newClient("ap-northeast-1").PutObject(ctx, &s3.PutObjectInput{Body: strings.NewReader(m.Email)}) // want `Member.Email flows to s3.ap-northeast-1.amazonaws.com \(JP, Amazon S3\)`
	newClient("cn-north-1").PutObject(ctx, &s3.PutObjectInput{Body: strings.NewReader(m.Email)})
}

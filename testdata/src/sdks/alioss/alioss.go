// Package alioss uploads tagged data to Alibaba Cloud OSS with the V1 and V2 Go SDKs: to
// oss-<region>.aliyuncs.com, where cn-* regions other than cn-hongkong are in the mainland.
package alioss

import (
	"context"
	"os"
	"strings"

	ossv2 "github.com/aliyun/alibabacloud-oss-go-sdk-v2/oss"
	"github.com/aliyun/alibabacloud-oss-go-sdk-v2/oss/credentials"
	"github.com/aliyun/aliyun-oss-go-sdk/oss"
)

type Member struct {
	ID    string
	Email string `xborder:"personal"`
	Tier  string
}

// V1: the bucket's methods have value receivers, called through the *oss.Bucket that
// Client.Bucket returns. Cases with tagged data are in v1.go.
func v1Untagged(m Member) {
	client, err := oss.New("https://oss-ap-southeast-1.aliyuncs.com", os.Getenv("OSS_ACCESS_KEY_ID"), os.Getenv("OSS_ACCESS_KEY_SECRET"))
	if err != nil {
		return
	}
	bucket, _ := client.Bucket("members")
	bucket.PutObject(m.ID+".tier", strings.NewReader(m.Tier))
}

func v2(ctx context.Context, m *Member) {
	cfg := ossv2.LoadDefaultConfig().
		WithCredentialsProvider(credentials.NewEnvironmentVariableCredentialsProvider()).
		WithRegion("cn-hongkong")
	client := ossv2.NewClient(cfg)
	client.PutObject(ctx, &ossv2.PutObjectRequest{ // want `personal data Member.Email flows to oss-cn-hongkong.aliyuncs.com \(HK.*via \(\*github.com/aliyun/alibabacloud-oss-go-sdk-v2/oss.Client\).PutObject`
		Bucket: ossv2.Ptr("members"),
		Key:    ossv2.Ptr(m.ID),
		Body:   strings.NewReader(m.Email),
	})
	client.PutObject(ctx, &ossv2.PutObjectRequest{Bucket: ossv2.Ptr("tiers"), Body: strings.NewReader(m.Tier)})
}

func v2Endpoint(ctx context.Context, m *Member) {
	cfg := ossv2.LoadDefaultConfig().WithEndpoint("https://oss-us-west-1.aliyuncs.com")
	uploader := ossv2.NewClient(cfg).NewUploader()
	uploader.UploadFrom(ctx, &ossv2.PutObjectRequest{Bucket: ossv2.Ptr("members"), Key: ossv2.Ptr(m.ID)}, strings.NewReader(m.Email)) // want `Member.Email flows to oss-us-west-1.aliyuncs.com \(US.*via \(\*github.com/aliyun/alibabacloud-oss-go-sdk-v2/oss.Uploader\).UploadFrom`
}

// Shanghai, set after the credentials: not a transfer.
func v2Shanghai(ctx context.Context, m *Member) {
	cfg := ossv2.LoadDefaultConfig().
		WithRegion("cn-shanghai").
		WithCredentialsProvider(credentials.NewStaticCredentialsProvider("ak", "sk"))
	client := ossv2.NewClient(cfg)
	client.PutObject(ctx, &ossv2.PutObjectRequest{Bucket: ossv2.Ptr("members"), Body: strings.NewReader(m.Email)})
}

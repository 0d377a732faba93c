// Package awsmore sends tagged data through AWS services other than S3 (SQS, SNS, DynamoDB,
// Kinesis, SES): each goes to its service's host in the client's region.
package awsmore

import (
	"bytes"
	"context"
	"encoding/json"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	ddbtypes "github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/kinesis"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sesv2"
	sestypes "github.com/aws/aws-sdk-go-v2/service/sesv2/types"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

type Member struct {
	Email string `xborder:"personal"`
	Phone string `xborder:"personal"`
	Tier  string
}

func queue(ctx context.Context, m Member) {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("us-east-1"))
	if err != nil {
		return
	}
	client := sqs.NewFromConfig(cfg)
	body, _ := json.Marshal(m)
	client.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String("members"), MessageBody: aws.String(string(body))}) // want `personal data Member.Email.* flows to sqs.us-east-1.amazonaws.com \(US.*via \(\*github.com/aws/aws-sdk-go-v2/service/sqs.Client\).SendMessage`
	client.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String("tiers"), MessageBody: aws.String(m.Tier)})

	// The China partition (Beijing): not a transfer.
	cn := sqs.NewFromConfig(aws.Config{Region: "cn-north-1"})
	cn.SendMessage(ctx, &sqs.SendMessageInput{MessageBody: aws.String(m.Email)})
}

func notify(ctx context.Context, m *Member) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("cn-northwest-1"))
	hk := sns.NewFromConfig(cfg, func(o *sns.Options) { o.Region = "ap-east-1" })
	hk.Publish(ctx, &sns.PublishInput{PhoneNumber: aws.String(m.Phone), Message: aws.String("your code")}) // want `personal data Member.Phone flows to sns.ap-east-1.amazonaws.com \(HK.*via \(\*github.com/aws/aws-sdk-go-v2/service/sns.Client\).Publish`

	ningxia := sns.NewFromConfig(cfg)
	ningxia.Publish(ctx, &sns.PublishInput{PhoneNumber: aws.String(m.Phone), Message: aws.String("your code")})
}

func store(ctx context.Context, m *Member) {
	db := dynamodb.New(dynamodb.Options{Region: "eu-central-1"})
	db.PutItem(ctx, &dynamodb.PutItemInput{ // want `personal data Member.Email flows to dynamodb.eu-central-1.amazonaws.com \(DE.*via \(\*github.com/aws/aws-sdk-go-v2/service/dynamodb.Client\).PutItem`
		TableName: aws.String("members"),
		Item:      map[string]ddbtypes.AttributeValue{"email": &ddbtypes.AttributeValueMemberS{Value: m.Email}},
	})
	db.PutItem(ctx, &dynamodb.PutItemInput{
		TableName: aws.String("tiers"),
		Item:      map[string]ddbtypes.AttributeValue{"tier": &ddbtypes.AttributeValueMemberS{Value: m.Tier}},
	})
}

// No region in code: the SDK reads AWS_REGION, which the configuration places.
func stream(ctx context.Context, m Member) {
	cfg, _ := config.LoadDefaultConfig(ctx)
	k := kinesis.NewFromConfig(cfg)
	data, _ := json.Marshal(m)
	k.PutRecord(ctx, &kinesis.PutRecordInput{StreamName: aws.String("members"), PartitionKey: aws.String("k"), Data: data}) // want `Member.Email.* flows to \$AWS_REGION \(SG.*via \(\*github.com/aws/aws-sdk-go-v2/service/kinesis.Client\).PutRecord`
}

func mail(ctx context.Context, m *Member) {
	ses := sesv2.NewFromConfig(aws.Config{Region: "ap-southeast-1"})
	ses.SendEmail(ctx, &sesv2.SendEmailInput{ // want `personal data Member.Email flows to email.ap-southeast-1.amazonaws.com \(SG.*via \(\*github.com/aws/aws-sdk-go-v2/service/sesv2.Client\).SendEmail`
		FromEmailAddress: aws.String("noreply@example.com"),
		Destination:      &sestypes.Destination{ToAddresses: []string{m.Email}},
		Content:          &sestypes.EmailContent{Simple: &sestypes.Message{Subject: &sestypes.Content{Data: aws.String("Welcome")}}},
	})
}

// newQueue is a helper: the region its caller passes decides.
func newQueue(region string) *sqs.Client {
	return sqs.NewFromConfig(aws.Config{Region: region})
}

func helper(ctx context.Context, m *Member) {
	newQueue("ap-northeast-1").SendMessage(ctx, &sqs.SendMessageInput{MessageBody: aws.String(m.Email)}) // want `Member.Email flows to sqs.ap-northeast-1.amazonaws.com \(JP`
	newQueue("cn-north-1").SendMessage(ctx, &sqs.SendMessageInput{MessageBody: aws.String(m.Email)})
}

// S3 (its other cases are in sdks/objectstore): a multipart upload's parts.
func parts(ctx context.Context, m *Member) {
	client := s3.NewFromConfig(aws.Config{Region: "sa-east-1"})
	b, _ := json.Marshal(m)
	client.UploadPart(ctx, &s3.UploadPartInput{Bucket: aws.String("members"), Body: bytes.NewReader(b)}) // want `personal data Member.Email.* flows to s3.sa-east-1.amazonaws.com \(BR.*via \(\*github.com/aws/aws-sdk-go-v2/service/s3.Client\).UploadPart`

	bj := s3.New(s3.Options{Region: "cn-north-1"})
	bj.UploadPart(ctx, &s3.UploadPartInput{Bucket: aws.String("members"), Body: bytes.NewReader(b)})
}

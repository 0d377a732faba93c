// Package sqs is a stub of github.com/aws/aws-sdk-go-v2/service/sqs for xborder's tests.
package sqs

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
)

type Options struct {
	Region string
}

type Client struct{ options Options }

func New(options Options, optFns ...func(*Options)) *Client {
	for _, f := range optFns {
		f(&options)
	}
	return &Client{options: options}
}

func NewFromConfig(cfg aws.Config, optFns ...func(*Options)) *Client {
	return New(Options{Region: cfg.Region}, optFns...)
}

type MessageAttributeValue struct {
	DataType    *string
	StringValue *string
	BinaryValue []byte
}

type SendMessageInput struct {
	MessageBody            *string
	QueueUrl               *string
	DelaySeconds           int32
	MessageAttributes      map[string]MessageAttributeValue
	MessageDeduplicationId *string
	MessageGroupId         *string
}

type SendMessageOutput struct {
	MD5OfMessageBody *string
	MessageId        *string
}

func (c *Client) SendMessage(ctx context.Context, params *SendMessageInput, optFns ...func(*Options)) (*SendMessageOutput, error) {
	return &SendMessageOutput{}, nil
}

type SendMessageBatchRequestEntry struct {
	Id          *string
	MessageBody *string
}

type SendMessageBatchInput struct {
	Entries  []SendMessageBatchRequestEntry
	QueueUrl *string
}

type SendMessageBatchOutput struct{}

func (c *Client) SendMessageBatch(ctx context.Context, params *SendMessageBatchInput, optFns ...func(*Options)) (*SendMessageBatchOutput, error) {
	return &SendMessageBatchOutput{}, nil
}

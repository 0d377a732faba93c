// Package sns is a stub of github.com/aws/aws-sdk-go-v2/service/sns for xborder's tests.
package sns

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

type PublishInput struct {
	Message          *string
	MessageStructure *string
	PhoneNumber      *string
	Subject          *string
	TargetArn        *string
	TopicArn         *string
}

type PublishOutput struct{ MessageId *string }

func (c *Client) Publish(ctx context.Context, params *PublishInput, optFns ...func(*Options)) (*PublishOutput, error) {
	return &PublishOutput{}, nil
}

type PublishBatchRequestEntry struct {
	Id      *string
	Message *string
	Subject *string
}

type PublishBatchInput struct {
	PublishBatchRequestEntries []PublishBatchRequestEntry
	TopicArn                   *string
}

type PublishBatchOutput struct{}

func (c *Client) PublishBatch(ctx context.Context, params *PublishBatchInput, optFns ...func(*Options)) (*PublishBatchOutput, error) {
	return &PublishBatchOutput{}, nil
}

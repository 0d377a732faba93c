// Package sesv2 is a stub of github.com/aws/aws-sdk-go-v2/service/sesv2 for xborder's tests.
package sesv2

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sesv2/types"
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

type SendEmailInput struct {
	Content              *types.EmailContent
	ConfigurationSetName *string
	Destination          *types.Destination
	FromEmailAddress     *string
	ReplyToAddresses     []string
}

type SendEmailOutput struct{ MessageId *string }

func (c *Client) SendEmail(ctx context.Context, params *SendEmailInput, optFns ...func(*Options)) (*SendEmailOutput, error) {
	return &SendEmailOutput{}, nil
}

type SendBulkEmailInput struct {
	BulkEmailEntries []types.BulkEmailEntry
	DefaultContent   *types.BulkEmailContent
	FromEmailAddress *string
}

type SendBulkEmailOutput struct{}

func (c *Client) SendBulkEmail(ctx context.Context, params *SendBulkEmailInput, optFns ...func(*Options)) (*SendBulkEmailOutput, error) {
	return &SendBulkEmailOutput{}, nil
}

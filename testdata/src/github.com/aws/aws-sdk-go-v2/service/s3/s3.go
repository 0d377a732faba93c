// Package s3 is a stub of github.com/aws/aws-sdk-go-v2/service/s3 for xborder's tests.
package s3

import (
	"context"
	"io"

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

type PutObjectInput struct {
	Bucket   *string
	Key      *string
	Body     io.Reader
	Metadata map[string]string
}

type PutObjectOutput struct{ ETag *string }

func (c *Client) PutObject(ctx context.Context, params *PutObjectInput, optFns ...func(*Options)) (*PutObjectOutput, error) {
	return &PutObjectOutput{}, nil
}

type GetObjectInput struct {
	Bucket *string
	Key    *string
}

type GetObjectOutput struct{ Body io.ReadCloser }

func (c *Client) GetObject(ctx context.Context, params *GetObjectInput, optFns ...func(*Options)) (*GetObjectOutput, error) {
	return &GetObjectOutput{}, nil
}

type UploadPartInput struct {
	Bucket     *string
	Key        *string
	PartNumber *int32
	UploadId   *string
	Body       io.Reader
}

type UploadPartOutput struct{ ETag *string }

func (c *Client) UploadPart(ctx context.Context, params *UploadPartInput, optFns ...func(*Options)) (*UploadPartOutput, error) {
	return &UploadPartOutput{}, nil
}

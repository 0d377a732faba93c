// Package oss is a stub of github.com/aliyun/alibabacloud-oss-go-sdk-v2/oss (OSS SDK for Go
// V2) for xborder's tests.
package oss

import (
	"context"
	"io"
	"net/url"

	"github.com/aliyun/alibabacloud-oss-go-sdk-v2/oss/credentials"
)

// Ptr returns a pointer to the provided value.
func Ptr[T any](v T) *T { return &v }

// Config is the configuration a Client is made from.
type Config struct {
	// The region in which the bucket is located.
	Region *string
	// The domain names that other services can use to access OSS.
	Endpoint            *string
	CredentialsProvider credentials.CredentialsProvider
	UseInternalEndpoint *bool
}

func NewConfig() *Config { return &Config{} }

func LoadDefaultConfig() *Config { return &Config{} }

func (c *Config) WithRegion(region string) *Config {
	c.Region = Ptr(region)
	return c
}

func (c *Config) WithEndpoint(endpoint string) *Config {
	c.Endpoint = Ptr(endpoint)
	return c
}

func (c *Config) WithCredentialsProvider(provider credentials.CredentialsProvider) *Config {
	c.CredentialsProvider = provider
	return c
}

// Options are a Client's settings.
type Options struct {
	Region   string
	Endpoint *url.URL
}

// Client is the OSS client.
type Client struct {
	options Options
}

func NewClient(cfg *Config, optFns ...func(*Options)) *Client {
	options := Options{}
	if cfg.Region != nil {
		options.Region = *cfg.Region
	}
	for _, fn := range optFns {
		fn(&options)
	}
	return &Client{options: options}
}

// PutObjectRequest is the request of PutObject.
type PutObjectRequest struct {
	Bucket      *string
	Key         *string
	ContentType *string
	Metadata    map[string]string
	Tagging     *string
	Body        io.Reader
}

// PutObjectResult is the result of PutObject.
type PutObjectResult struct {
	ETag      *string
	VersionId *string
}

func (c *Client) PutObject(ctx context.Context, request *PutObjectRequest, optFns ...func(*Options)) (*PutObjectResult, error) {
	return &PutObjectResult{}, nil
}

func (c *Client) PutObjectFromFile(ctx context.Context, request *PutObjectRequest, filePath string, optFns ...func(*Options)) (*PutObjectResult, error) {
	return &PutObjectResult{}, nil
}

// AppendObjectRequest is the request of AppendObject.
type AppendObjectRequest struct {
	Bucket   *string
	Key      *string
	Position *int64
	Metadata map[string]string
	Body     io.Reader
}

// AppendObjectResult is the result of AppendObject.
type AppendObjectResult struct {
	NextPosition int64
}

func (c *Client) AppendObject(ctx context.Context, request *AppendObjectRequest, optFns ...func(*Options)) (*AppendObjectResult, error) {
	return &AppendObjectResult{}, nil
}

// UploaderOptions are an Uploader's settings.
type UploaderOptions struct {
	PartSize    int64
	ParallelNum int
}

// Uploader uploads objects in parts.
type Uploader struct {
	options UploaderOptions
	client  *Client
}

func (c *Client) NewUploader(optFns ...func(*UploaderOptions)) *Uploader {
	u := &Uploader{client: c}
	for _, fn := range optFns {
		fn(&u.options)
	}
	return u
}

// UploadResult is the result of an upload.
type UploadResult struct {
	UploadId *string
	ETag     *string
}

func (u *Uploader) UploadFrom(ctx context.Context, request *PutObjectRequest, body io.Reader, optFns ...func(*UploaderOptions)) (*UploadResult, error) {
	return &UploadResult{}, nil
}

func (u *Uploader) UploadFile(ctx context.Context, request *PutObjectRequest, filePath string, optFns ...func(*UploaderOptions)) (*UploadResult, error) {
	return &UploadResult{}, nil
}

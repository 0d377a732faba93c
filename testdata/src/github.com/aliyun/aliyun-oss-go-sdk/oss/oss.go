// Package oss is a stub of github.com/aliyun/aliyun-oss-go-sdk/oss (OSS SDK for Go V1) for
// xborder's tests.
package oss

import (
	"io"
	"net/http"
)

// Config defines oss configuration.
type Config struct {
	Endpoint        string
	AccessKeyID     string
	AccessKeySecret string
	Region          string
}

// Conn defines OSS Conn.
type Conn struct {
	config *Config
}

// Client is the OSS client: the endpoint, the credentials and the connection.
type Client struct {
	Config     *Config
	Conn       *Conn
	HTTPClient *http.Client
}

// ClientOption sets options of the client.
type ClientOption func(*Client)

// New creates a new client; endpoint is the OSS datacenter endpoint such as
// http://oss-cn-hangzhou.aliyuncs.com.
func New(endpoint, accessKeyID, accessKeySecret string, options ...ClientOption) (*Client, error) {
	config := &Config{Endpoint: endpoint, AccessKeyID: accessKeyID, AccessKeySecret: accessKeySecret}
	client := &Client{Config: config, Conn: &Conn{config: config}}
	for _, option := range options {
		option(client)
	}
	return client, nil
}

// Region sets the region (for V4 signatures).
func Region(region string) ClientOption {
	return func(client *Client) { client.Config.Region = region }
}

// Bucket implements the operations of an object.
type Bucket struct {
	Client     Client
	BucketName string
}

// Bucket gets the bucket instance.
func (client Client) Bucket(bucketName string) (*Bucket, error) {
	return &Bucket{client, bucketName}, nil
}

type optionValue struct {
	Value interface{}
	Type  string
}

// Option is an HTTP option of a request.
type Option func(map[string]optionValue) error

func setHeader(key string, value interface{}) Option {
	return func(params map[string]optionValue) error {
		params[key] = optionValue{value, "header"}
		return nil
	}
}

// Meta is an option to set the object's user metadata (X-Oss-Meta-<key>).
func Meta(key, value string) Option { return setHeader("X-Oss-Meta-"+key, value) }

// ContentType is an option to set the Content-Type header.
func ContentType(value string) Option { return setHeader("Content-Type", value) }

func (bucket Bucket) PutObject(objectKey string, reader io.Reader, options ...Option) error {
	return nil
}

func (bucket Bucket) PutObjectFromFile(objectKey, filePath string, options ...Option) error {
	return nil
}

func (bucket Bucket) AppendObject(objectKey string, reader io.Reader, appendPosition int64, options ...Option) (int64, error) {
	return 0, nil
}

func (bucket Bucket) UploadFile(objectKey, filePath string, partSize int64, options ...Option) error {
	return nil
}

func (bucket Bucket) GetObject(objectKey string, options ...Option) (io.ReadCloser, error) {
	return nil, nil
}

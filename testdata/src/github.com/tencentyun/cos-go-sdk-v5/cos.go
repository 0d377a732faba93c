// Package cos is a stub of github.com/tencentyun/cos-go-sdk-v5 for xborder's tests.
package cos

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
)

// BaseURL holds the base URLs of the COS APIs.
type BaseURL struct {
	// Base URL of the bucket and object APIs: https://examplebucket-1250000000.cos.<Region>.myqcloud.com
	BucketURL *url.URL
	// Base URL of the service APIs: https://cos.<Region>.myqcloud.com
	ServiceURL *url.URL
	BatchURL   *url.URL
	CIURL      *url.URL
	FetchURL   *url.URL
}

// NewBucketURL builds the BucketURL of a BaseURL from the bucket name ({name}-{appid}) and region.
func NewBucketURL(bucketName, region string, secure bool) (*url.URL, error) {
	schema := "https"
	if !secure {
		schema = "http"
	}
	return url.Parse(fmt.Sprintf("%s://%s.cos.%s.myqcloud.com", schema, bucketName, region))
}

type service struct {
	client *Client
}

// ServiceService handles the service APIs.
type ServiceService service

// BucketService handles the bucket APIs.
type BucketService service

// ObjectService handles the object APIs.
type ObjectService service

// Client manages communication with the COS API.
type Client struct {
	client *http.Client

	UserAgent string
	BaseURL   *BaseURL

	common service

	Service *ServiceService
	Bucket  *BucketService
	Object  *ObjectService
}

// NewClient returns a new COS API client.
func NewClient(uri *BaseURL, httpClient *http.Client) *Client {
	if httpClient == nil {
		httpClient = &http.Client{}
	}
	baseURL := &BaseURL{}
	if uri != nil {
		baseURL.BucketURL = uri.BucketURL
		baseURL.ServiceURL = uri.ServiceURL
	}
	c := &Client{client: httpClient, BaseURL: baseURL}
	c.common.client = c
	c.Service = (*ServiceService)(&c.common)
	c.Bucket = (*BucketService)(&c.common)
	c.Object = (*ObjectService)(&c.common)
	return c
}

// AuthorizationTransport signs the requests with the key pair.
type AuthorizationTransport struct {
	SecretID     string
	SecretKey    string
	SessionToken string
	Transport    http.RoundTripper
}

func (t *AuthorizationTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	return &http.Response{}, nil
}

// Response is the API response.
type Response struct {
	*http.Response
}

// ACLHeaderOptions are the ACL headers of a request.
type ACLHeaderOptions struct {
	XCosACL string
}

// ObjectPutHeaderOptions are the headers of a PUT Object request.
type ObjectPutHeaderOptions struct {
	ContentType   string
	ContentLength int64
	// User metadata, X-Cos-Meta-*.
	XCosMetaXXX *http.Header
}

// ObjectPutOptions are the options of a PUT Object request.
type ObjectPutOptions struct {
	*ACLHeaderOptions
	*ObjectPutHeaderOptions
}

func (s *ObjectService) Put(ctx context.Context, name string, r io.Reader, opt *ObjectPutOptions) (*Response, error) {
	return &Response{}, nil
}

func (s *ObjectService) PutFromFile(ctx context.Context, name string, filePath string, opt *ObjectPutOptions) (*Response, error) {
	return &Response{}, nil
}

func (s *ObjectService) Append(ctx context.Context, name string, position int, r io.Reader, opt *ObjectPutOptions) (int, *Response, error) {
	return 0, &Response{}, nil
}

// MultiUploadOptions are the options of Upload.
type MultiUploadOptions struct {
	OptIni   *InitiateMultipartUploadOptions
	PartSize int64
}

// InitiateMultipartUploadOptions are the options of a multipart upload.
type InitiateMultipartUploadOptions struct {
	*ACLHeaderOptions
	*ObjectPutHeaderOptions
}

// CompleteMultipartUploadResult is the result of a multipart upload.
type CompleteMultipartUploadResult struct {
	Location string
	Key      string
	ETag     string
}

func (s *ObjectService) Upload(ctx context.Context, name string, filepath string, opt *MultiUploadOptions) (*CompleteMultipartUploadResult, *Response, error) {
	return &CompleteMultipartUploadResult{}, &Response{}, nil
}

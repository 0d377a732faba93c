// Package azblob is a stub of github.com/Azure/azure-sdk-for-go/sdk/storage/azblob for
// xborder's tests. (The option and response types are aliases of blockblob's in the SDK.)
package azblob

import (
	"context"
	"io"
	"os"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
)

// ClientOptions contains the optional parameters when creating a Client.
type ClientOptions struct {
	azcore.ClientOptions
}

// Client represents a URL to an Azure Storage blob.
type Client struct{ serviceURL string }

// SharedKeyCredential contains an account's name and its primary or secondary key.
type SharedKeyCredential struct{ accountName, accountKey string }

func NewSharedKeyCredential(accountName, accountKey string) (*SharedKeyCredential, error) {
	return &SharedKeyCredential{accountName, accountKey}, nil
}

func NewClient(serviceURL string, cred azcore.TokenCredential, options *ClientOptions) (*Client, error) {
	return &Client{serviceURL: serviceURL}, nil
}

func NewClientWithNoCredential(serviceURL string, options *ClientOptions) (*Client, error) {
	return &Client{serviceURL: serviceURL}, nil
}

func NewClientWithSharedKeyCredential(serviceURL string, cred *SharedKeyCredential, options *ClientOptions) (*Client, error) {
	return &Client{serviceURL: serviceURL}, nil
}

func NewClientFromConnectionString(connectionString string, options *ClientOptions) (*Client, error) {
	return &Client{}, nil
}

// URL returns the URL endpoint used by the Client object.
func (c *Client) URL() string { return c.serviceURL }

type UploadBufferOptions struct {
	BlockSize   int64
	Metadata    map[string]*string
	Tags        map[string]string
	Concurrency uint16
}

type UploadBufferResponse struct{ ETag *string }

type UploadStreamOptions struct {
	BlockSize   int64
	Concurrency int
	Metadata    map[string]*string
	Tags        map[string]string
}

type UploadStreamResponse struct{ ETag *string }

type UploadFileOptions = UploadBufferOptions

type UploadFileResponse = UploadBufferResponse

func (c *Client) UploadBuffer(ctx context.Context, containerName string, blobName string, buffer []byte, o *UploadBufferOptions) (UploadBufferResponse, error) {
	return UploadBufferResponse{}, nil
}

func (c *Client) UploadFile(ctx context.Context, containerName string, blobName string, file *os.File, o *UploadFileOptions) (UploadFileResponse, error) {
	return UploadFileResponse{}, nil
}

func (c *Client) UploadStream(ctx context.Context, containerName string, blobName string, body io.Reader, o *UploadStreamOptions) (UploadStreamResponse, error) {
	return UploadStreamResponse{}, nil
}

// Package storage is a stub of cloud.google.com/go/storage for xborder's tests.
package storage

import (
	"context"

	"google.golang.org/api/option"
)

// Client is a client for interacting with Google Cloud Storage.
type Client struct{}

func NewClient(ctx context.Context, opts ...option.ClientOption) (*Client, error) {
	return &Client{}, nil
}

func NewGRPCClient(ctx context.Context, opts ...option.ClientOption) (*Client, error) {
	return &Client{}, nil
}

func (c *Client) Close() error { return nil }

// BucketHandle provides operations on a Google Cloud Storage bucket.
type BucketHandle struct {
	c    *Client
	name string
}

func (c *Client) Bucket(name string) *BucketHandle {
	return &BucketHandle{c: c, name: name}
}

// ObjectHandle provides operations on an object in a Google Cloud Storage bucket.
type ObjectHandle struct {
	c      *Client
	bucket string
	object string
}

func (b *BucketHandle) Object(name string) *ObjectHandle {
	return &ObjectHandle{c: b.c, bucket: b.name, object: name}
}

// ObjectAttrs represents an object's metadata.
type ObjectAttrs struct {
	Bucket      string
	Name        string
	ContentType string
	Metadata    map[string]string
}

// A Writer writes a Cloud Storage object.
type Writer struct {
	ObjectAttrs
	ChunkSize int
	o         *ObjectHandle
}

func (o *ObjectHandle) NewWriter(ctx context.Context) *Writer {
	return &Writer{o: o, ObjectAttrs: ObjectAttrs{Bucket: o.bucket, Name: o.object}}
}

func (w *Writer) Write(p []byte) (n int, err error) { return len(p), nil }

func (w *Writer) Close() error { return nil }

// A Reader reads a Cloud Storage object.
type Reader struct{}

func (r *Reader) Read(p []byte) (int, error) { return 0, nil }

func (r *Reader) Close() error { return nil }

func (o *ObjectHandle) NewReader(ctx context.Context) (*Reader, error) { return &Reader{}, nil }

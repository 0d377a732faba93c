// Package pubsub is a stub of cloud.google.com/go/pubsub/v2 for xborder's tests.
package pubsub

import (
	"context"

	"google.golang.org/api/option"
)

// Client is a Google Pub/Sub client scoped to a single project.
type Client struct{ projectID string }

func NewClient(ctx context.Context, projectID string, opts ...option.ClientOption) (*Client, error) {
	return &Client{projectID: projectID}, nil
}

func (c *Client) Close() error { return nil }

// Publisher is a reference to a PubSub publisher, associated with a single topic.
type Publisher struct {
	c    *Client
	name string
}

func (c *Client) Publisher(topicNameOrID string) *Publisher {
	return &Publisher{c: c, name: topicNameOrID}
}

// A Message represents a Pub/Sub message.
type Message struct {
	ID          string
	Data        []byte
	Attributes  map[string]string
	OrderingKey string
}

// A PublishResult holds the result from a call to Publish.
type PublishResult struct{ serverID string }

func (r *PublishResult) Get(ctx context.Context) (serverID string, err error) {
	return r.serverID, nil
}

func (t *Publisher) Publish(ctx context.Context, msg *Message) *PublishResult {
	return &PublishResult{}
}

func (t *Publisher) Stop() {}

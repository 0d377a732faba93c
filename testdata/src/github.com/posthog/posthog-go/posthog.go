// Package posthog is a stub of github.com/posthog/posthog-go (PostHog's Go SDK): the API
// xborder's catalogue names, with empty bodies.
package posthog

import (
	"context"
	"time"
)

// EnqueueClient is the minimal interface implemented by clients that can queue messages.
type EnqueueClient interface {
	Enqueue(Message) error
}

// Client is the PostHog client interface.
type Client interface {
	EnqueueClient
	Close() error
	IsFeatureEnabled(FeatureFlagPayload) (interface{}, error)
}

// Message is implemented by Capture, Identify, Alias, GroupIdentify and Exception.
type Message interface {
	Validate() error
}

type FeatureFlagPayload struct {
	Key        string
	DistinctId string
}

type Properties map[string]interface{}

func NewProperties() Properties { return make(Properties) }

func (p Properties) Set(name string, value interface{}) Properties {
	p[name] = value
	return p
}

type Groups map[string]interface{}

type Capture struct {
	Type       string
	Uuid       string
	DistinctId string
	Event      string
	Timestamp  time.Time
	Properties Properties
	Groups     Groups
}

func (msg Capture) Validate() error { return nil }

type Identify struct {
	Type       string
	Uuid       string
	DistinctId string
	Timestamp  time.Time
	Properties Properties
}

func (msg Identify) Validate() error { return nil }

type Alias struct {
	Type       string
	Uuid       string
	Alias      string
	DistinctId string
	Timestamp  time.Time
}

func (msg Alias) Validate() error { return nil }

// Config is the client configuration.
type Config struct {
	Endpoint       string
	PersonalApiKey string
	Interval       time.Duration
	BatchSize      int
	Verbose        bool
}

// DefaultEndpoint is PostHog's US Cloud ingestion host.
const DefaultEndpoint = "https://us.i.posthog.com"

func New(apiKey string) Client { return nil }

func NewWithConfig(apiKey string, config Config) (Client, error) { return nil, nil }

// EnqueueWithContext queues msg, applying the PostHog request context attached to ctx.
func EnqueueWithContext(ctx context.Context, client EnqueueClient, msg Message) error {
	return nil
}

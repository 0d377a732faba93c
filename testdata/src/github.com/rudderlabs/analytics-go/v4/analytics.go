// Package analytics is a stub of github.com/rudderlabs/analytics-go/v4 (RudderStack's Go
// SDK): the API xborder's catalogue names, with empty bodies.
package analytics

import (
	"net/http"
	"time"
)

// Client is the RudderStack client interface.
type Client interface {
	Close() error
	Enqueue(Message) error
}

// Message is implemented by Track, Identify, Alias, Group, Page and Screen.
type Message interface {
	Validate() error
}

type Properties map[string]interface{}

func NewProperties() Properties { return make(Properties) }

func (p Properties) Set(name string, value interface{}) Properties {
	p[name] = value
	return p
}

type Traits map[string]interface{}

func NewTraits() Traits { return make(Traits) }

func (t Traits) SetEmail(email string) Traits {
	t["email"] = email
	return t
}

func (t Traits) Set(field string, value interface{}) Traits {
	t[field] = value
	return t
}

type Track struct {
	MessageId   string
	AnonymousId string
	UserId      string
	Event       string
	Timestamp   time.Time
	Properties  Properties
}

func (msg Track) Validate() error { return nil }

type Identify struct {
	MessageId   string
	AnonymousId string
	UserId      string
	Timestamp   time.Time
	Traits      Traits
}

func (msg Identify) Validate() error { return nil }

// Config is the client configuration.
type Config struct {
	// Deprecated: use DataPlaneUrl.
	Endpoint     string
	DataPlaneUrl string
	Interval     time.Duration
	Transport    http.RoundTripper
	BatchSize    int
	Verbose      bool
	DisableGzip  bool
}

// DefaultEndpoint is used when no data plane URL is set.
const DefaultEndpoint = "https://hosted.rudderlabs.com"

func New(writeKey string, dataPlaneUrl string) Client { return nil }

func NewWithConfig(writeKey string, config Config) (Client, error) { return nil, nil }

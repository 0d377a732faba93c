// Package analytics is a stub of github.com/segmentio/analytics-go/v3 (Segment's Go
// library): the API xborder's catalogue names, with empty bodies.
package analytics

import "time"

// Client is the Segment client interface.
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

type Alias struct {
	MessageId  string
	PreviousId string
	UserId     string
	Timestamp  time.Time
}

func (msg Alias) Validate() error { return nil }

// Config is the client configuration.
type Config struct {
	Endpoint  string
	Interval  time.Duration
	BatchSize int
	Verbose   bool
}

// DefaultEndpoint is the Segment API.
const DefaultEndpoint = "https://api.segment.io"

func New(writeKey string) Client { return nil }

func NewWithConfig(writeKey string, config Config) (Client, error) { return nil, nil }

// Package sentry is a stub of github.com/getsentry/sentry-go (Sentry's Go SDK): the API
// xborder's catalogue names, with empty bodies.
package sentry

import (
	"context"
	"net/http"
	"time"
)

// ClientOptions configure a Client; Dsn names the project (SENTRY_DSN when empty).
type ClientOptions struct {
	Dsn              string
	Debug            bool
	SampleRate       float64
	EnableTracing    bool
	TracesSampleRate float64
	SendDefaultPII   bool
	ServerName       string
	Release          string
	Environment      string
	MaxBreadcrumbs   int
}

// Client sends events to the DSN it was made with.
type Client struct {
	options ClientOptions
}

func NewClient(options ClientOptions) (*Client, error) { return &Client{options: options}, nil }

func (client *Client) Options() ClientOptions { return client.options }

func (client *Client) CaptureMessage(message string, hint *EventHint, scope EventModifier) *EventID {
	return nil
}

func (client *Client) CaptureException(exception error, hint *EventHint, scope EventModifier) *EventID {
	return nil
}

func (client *Client) CaptureEvent(event *Event, hint *EventHint, scope EventModifier) *EventID {
	return nil
}

func (client *Client) Flush(timeout time.Duration) bool { return true }

type EventID string

type Level string

const (
	LevelDebug   Level = "debug"
	LevelInfo    Level = "info"
	LevelWarning Level = "warning"
	LevelError   Level = "error"
	LevelFatal   Level = "fatal"
)

type EventHint struct {
	Data              interface{}
	EventID           string
	OriginalException error
	Context           context.Context
}

type EventModifier interface {
	ApplyToEvent(event *Event, hint *EventHint, client *Client) *Event
}

type Context = map[string]interface{}

type User struct {
	ID        string            `json:"id,omitempty"`
	Email     string            `json:"email,omitempty"`
	IPAddress string            `json:"ip_address,omitempty"`
	Username  string            `json:"username,omitempty"`
	Name      string            `json:"name,omitempty"`
	Data      map[string]string `json:"data,omitempty"`
}

type Breadcrumb struct {
	Type      string                 `json:"type,omitempty"`
	Category  string                 `json:"category,omitempty"`
	Message   string                 `json:"message,omitempty"`
	Data      map[string]interface{} `json:"data,omitempty"`
	Level     Level                  `json:"level,omitempty"`
	Timestamp time.Time              `json:"timestamp"`
}

type BreadcrumbHint map[string]interface{}

type Event struct {
	EventID     EventID                `json:"event_id,omitempty"`
	Level       Level                  `json:"level,omitempty"`
	Message     string                 `json:"message,omitempty"`
	Extra       map[string]interface{} `json:"extra,omitempty"`
	Tags        map[string]string      `json:"tags,omitempty"`
	Contexts    map[string]Context     `json:"contexts,omitempty"`
	User        User                   `json:"user,omitempty"`
	Fingerprint []string               `json:"fingerprint,omitempty"`
	Breadcrumbs []*Breadcrumb          `json:"breadcrumbs,omitempty"`
}

func NewEvent() *Event { return &Event{} }

// Scope holds data attached to every event captured with it.
type Scope struct {
	user  User
	tags  map[string]string
	extra map[string]interface{}
}

func NewScope() *Scope { return &Scope{} }

func (scope *Scope) AddBreadcrumb(breadcrumb *Breadcrumb, limit int) {}
func (scope *Scope) SetUser(user User)                               {}
func (scope *Scope) SetRequest(r *http.Request)                      {}
func (scope *Scope) SetRequestBody(b []byte)                         {}
func (scope *Scope) SetTag(key, value string)                        {}
func (scope *Scope) SetTags(tags map[string]string)                  {}
func (scope *Scope) SetContext(key string, value Context)            {}
func (scope *Scope) SetContexts(contexts map[string]Context)         {}
func (scope *Scope) SetExtra(key string, value interface{})          {}
func (scope *Scope) SetExtras(extra map[string]interface{})          {}
func (scope *Scope) SetLevel(level Level)                            {}
func (scope *Scope) SetFingerprint(fingerprint []string)             {}
func (scope *Scope) ApplyToEvent(event *Event, hint *EventHint, client *Client) *Event {
	return event
}

// Hub binds a client to a stack of scopes.
type Hub struct {
	client *Client
	scope  *Scope
}

func NewHub(client *Client, scope *Scope) *Hub { return &Hub{client: client, scope: scope} }

func CurrentHub() *Hub { return nil }

func GetHubFromContext(ctx context.Context) *Hub { return nil }

func (hub *Hub) Clone() *Hub                                                { return hub }
func (hub *Hub) Scope() *Scope                                              { return hub.scope }
func (hub *Hub) Client() *Client                                            { return hub.client }
func (hub *Hub) PushScope() *Scope                                          { return hub.scope }
func (hub *Hub) PopScope()                                                  {}
func (hub *Hub) BindClient(client *Client)                                  {}
func (hub *Hub) WithScope(f func(scope *Scope))                             { f(hub.PushScope()) }
func (hub *Hub) ConfigureScope(f func(scope *Scope))                        { f(hub.Scope()) }
func (hub *Hub) CaptureEvent(event *Event) *EventID                         { return nil }
func (hub *Hub) CaptureMessage(message string) *EventID                     { return nil }
func (hub *Hub) CaptureException(exception error) *EventID                  { return nil }
func (hub *Hub) AddBreadcrumb(breadcrumb *Breadcrumb, hint *BreadcrumbHint) {}
func (hub *Hub) Flush(timeout time.Duration) bool                           { return true }

// Init binds a client made from options to the current hub.
func Init(options ClientOptions) error { return nil }

func AddBreadcrumb(breadcrumb *Breadcrumb)      {}
func CaptureMessage(message string) *EventID    { return nil }
func CaptureException(exception error) *EventID { return nil }
func CaptureEvent(event *Event) *EventID        { return nil }
func ConfigureScope(f func(scope *Scope))       { CurrentHub().ConfigureScope(f) }
func WithScope(f func(scope *Scope))            { CurrentHub().WithScope(f) }
func Flush(timeout time.Duration) bool          { return true }
func Recover() *EventID                         { return nil }

// Span is a tracing span, sent with its transaction.
type Span struct {
	Op          string
	Description string
	Tags        map[string]string
	Data        map[string]interface{}
}

type SpanOption func(s *Span)

func StartSpan(ctx context.Context, operation string, options ...SpanOption) *Span {
	return &Span{Op: operation}
}

func StartTransaction(ctx context.Context, name string, options ...SpanOption) *Span {
	return &Span{Description: name}
}

func (s *Span) SetTag(name, value string)              {}
func (s *Span) SetData(name string, value interface{}) {}
func (s *Span) Finish()                                {}
func (s *Span) Context() context.Context               { return context.Background() }

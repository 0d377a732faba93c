// Package tracer is a stub of github.com/DataDog/dd-trace-go/v2/ddtrace/tracer: the API
// xborder's catalogue names, with empty bodies.
package tracer

import (
	"context"
	"time"
)

// Span is a chunk of computation time, submitted to the Datadog Agent when finished.
type Span struct {
	name string
	meta map[string]any
}

func (s *Span) SetTag(key string, value any)          {}
func (s *Span) SetOperationName(operationName string) {}
func (s *Span) SetBaggageItem(key, val string)        {}
func (s *Span) Finish(opts ...FinishOption)           {}

type StartSpanConfig struct {
	StartTime time.Time
	Tags      map[string]any
	SpanID    uint64
}

type StartSpanOption func(cfg *StartSpanConfig)

type FinishConfig struct {
	FinishTime time.Time
	Error      error
}

type FinishOption func(cfg *FinishConfig)

type config struct {
	agentAddr   string
	serviceName string
}

type StartOption func(*config)

// WithAgentAddr sets the address of the Datadog Agent the tracer submits to.
func WithAgentAddr(addr string) StartOption {
	return func(c *config) { c.agentAddr = addr }
}

func WithService(name string) StartOption {
	return func(c *config) { c.serviceName = name }
}

func Start(opts ...StartOption) error { return nil }

func Stop() {}

// Tag sets a tag on the span being started.
func Tag(k string, v any) StartSpanOption {
	return func(cfg *StartSpanConfig) {
		if cfg.Tags == nil {
			cfg.Tags = map[string]any{}
		}
		cfg.Tags[k] = v
	}
}

func ResourceName(name string) StartSpanOption { return Tag("resource.name", name) }

func StartSpan(operationName string, opts ...StartSpanOption) *Span {
	return &Span{name: operationName}
}

func StartSpanFromContext(ctx context.Context, operationName string, opts ...StartSpanOption) (*Span, context.Context) {
	return &Span{name: operationName}, ctx
}

func SpanFromContext(ctx context.Context) (*Span, bool) { return nil, false }

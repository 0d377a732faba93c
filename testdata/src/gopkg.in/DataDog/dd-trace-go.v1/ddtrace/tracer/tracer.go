// Package tracer is a stub of gopkg.in/DataDog/dd-trace-go.v1/ddtrace/tracer: the API
// xborder's catalogue names, with empty bodies.
package tracer

import (
	"context"

	"gopkg.in/DataDog/dd-trace-go.v1/ddtrace"
)

type StartSpanOption = ddtrace.StartSpanOption

type FinishOption = ddtrace.FinishOption

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

func Start(opts ...StartOption) {}

func Stop() {}

// Tag sets a tag on the span being started.
func Tag(k string, v interface{}) StartSpanOption {
	return func(cfg *ddtrace.StartSpanConfig) {
		if cfg.Tags == nil {
			cfg.Tags = map[string]interface{}{}
		}
		cfg.Tags[k] = v
	}
}

func ResourceName(name string) StartSpanOption { return Tag("resource.name", name) }

func StartSpan(operationName string, opts ...StartSpanOption) ddtrace.Span { return nil }

func StartSpanFromContext(ctx context.Context, operationName string, opts ...StartSpanOption) (ddtrace.Span, context.Context) {
	return nil, ctx
}

func SpanFromContext(ctx context.Context) (ddtrace.Span, bool) { return nil, false }

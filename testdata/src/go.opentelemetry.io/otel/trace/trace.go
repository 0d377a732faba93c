// Package trace is a stub of go.opentelemetry.io/otel/trace: the API xborder's catalogue and
// tests use, keeping the attributes options carry.
package trace

import (
	"context"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
)

// Span is the individual component of a trace, exported by the SDK's span processors.
type Span interface {
	End(options ...SpanEndOption)
	AddEvent(name string, options ...EventOption)
	IsRecording() bool
	RecordError(err error, options ...EventOption)
	SetStatus(code codes.Code, description string)
	SetName(name string)
	SetAttributes(kv ...attribute.KeyValue)
}

type EventConfig struct {
	attributes []attribute.KeyValue
}

type EventOption interface {
	applyEvent(EventConfig) EventConfig
}

type SpanConfig struct {
	attributes []attribute.KeyValue
}

type SpanStartOption interface {
	applySpanStart(SpanConfig) SpanConfig
}

type SpanEndOption interface {
	applySpanEnd(SpanConfig) SpanConfig
}

type SpanStartEventOption interface {
	SpanStartOption
	EventOption
}

type attributeOption []attribute.KeyValue

func (o attributeOption) applyEvent(c EventConfig) EventConfig {
	c.attributes = append(c.attributes, o...)
	return c
}

func (o attributeOption) applySpanStart(c SpanConfig) SpanConfig {
	c.attributes = append(c.attributes, o...)
	return c
}

// WithAttributes adds attributes to a span or event.
func WithAttributes(attributes ...attribute.KeyValue) SpanStartEventOption {
	return attributeOption(attributes)
}

type noopSpan struct{}

func (noopSpan) End(options ...SpanEndOption)                  {}
func (noopSpan) AddEvent(name string, options ...EventOption)  {}
func (noopSpan) IsRecording() bool                             { return false }
func (noopSpan) RecordError(err error, options ...EventOption) {}
func (noopSpan) SetStatus(code codes.Code, description string) {}
func (noopSpan) SetName(name string)                           {}
func (noopSpan) SetAttributes(kv ...attribute.KeyValue)        {}

// SpanFromContext returns the current Span from ctx.
func SpanFromContext(ctx context.Context) Span { return noopSpan{} }

// Tracer starts spans.
type Tracer interface {
	Start(ctx context.Context, spanName string, opts ...SpanStartOption) (context.Context, Span)
}

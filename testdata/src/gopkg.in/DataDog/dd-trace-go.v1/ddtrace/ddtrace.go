// Package ddtrace is a stub of gopkg.in/DataDog/dd-trace-go.v1/ddtrace: the API xborder's
// catalogue names, with empty bodies.
package ddtrace

import "time"

// Span is a chunk of computation time, submitted to the Datadog Agent when finished.
type Span interface {
	SetTag(key string, value interface{})
	SetOperationName(operationName string)
	BaggageItem(key string) string
	SetBaggageItem(key, val string)
	Finish(opts ...FinishOption)
	Context() SpanContext
}

type SpanContext interface {
	SpanID() uint64
	TraceID() uint64
}

type StartSpanConfig struct {
	Parent    SpanContext
	StartTime time.Time
	Tags      map[string]interface{}
	SpanID    uint64
}

type StartSpanOption func(cfg *StartSpanConfig)

type FinishConfig struct {
	FinishTime time.Time
	Error      error
}

type FinishOption func(cfg *FinishConfig)

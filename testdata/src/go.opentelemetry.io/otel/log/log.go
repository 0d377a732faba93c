// Package log is a stub of go.opentelemetry.io/otel/log (the OpenTelemetry Logs Bridge API):
// the API xborder's catalogue and tests use, keeping what records carry.
package log

import (
	"context"
	"time"
)

// Logger emits log records to the SDK's exporters.
type Logger interface {
	Emit(ctx context.Context, record Record)
	Enabled(ctx context.Context, param EnabledParameters) bool
}

type EnabledParameters struct {
	Severity Severity
}

type Severity int

const SeverityInfo Severity = 9

type Value struct {
	str string
}

func StringValue(v string) Value { return Value{str: v} }

type KeyValue struct {
	Key   string
	Value Value
}

func String(key, value string) KeyValue { return KeyValue{Key: key, Value: StringValue(value)} }

// Record is a log record.
type Record struct {
	timestamp time.Time
	severity  Severity
	body      Value
	attrs     []KeyValue
}

func (r *Record) SetTimestamp(t time.Time)        { r.timestamp = t }
func (r *Record) SetSeverity(level Severity)      { r.severity = level }
func (r *Record) SetBody(v Value)                 { r.body = v }
func (r *Record) Body() Value                     { return r.body }
func (r *Record) AddAttributes(attrs ...KeyValue) { r.attrs = append(r.attrs, attrs...) }

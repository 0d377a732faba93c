// Package metric is a stub of go.opentelemetry.io/otel/metric: the API xborder's catalogue
// and tests use, keeping the attributes options carry.
package metric

import (
	"context"

	"go.opentelemetry.io/otel/attribute"
)

type AddOption interface {
	applyAdd(AddConfig) AddConfig
}

type RecordOption interface {
	applyRecord(RecordConfig) RecordConfig
}

type MeasurementOption interface {
	AddOption
	RecordOption
}

type AddConfig struct {
	attrs []attribute.KeyValue
}

type RecordConfig struct {
	attrs []attribute.KeyValue
}

type attrOpt struct {
	attrs []attribute.KeyValue
}

func (o attrOpt) applyAdd(c AddConfig) AddConfig {
	c.attrs = append(c.attrs, o.attrs...)
	return c
}

func (o attrOpt) applyRecord(c RecordConfig) RecordConfig {
	c.attrs = append(c.attrs, o.attrs...)
	return c
}

// WithAttributes sets the attributes a measurement is recorded with.
func WithAttributes(attributes ...attribute.KeyValue) MeasurementOption {
	return attrOpt{attrs: attributes}
}

type Int64Counter interface {
	Add(ctx context.Context, incr int64, options ...AddOption)
}

type Float64Counter interface {
	Add(ctx context.Context, incr float64, options ...AddOption)
}

type Int64Histogram interface {
	Record(ctx context.Context, incr int64, options ...RecordOption)
}

type Float64Histogram interface {
	Record(ctx context.Context, incr float64, options ...RecordOption)
}

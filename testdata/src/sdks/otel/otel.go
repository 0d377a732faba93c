// Package otel records tagged data on OpenTelemetry spans, log records and metric attributes:
// the SDK exports them to the OTLP endpoint the environment configures.
package otel

import (
	"context"
	"errors"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/log"
	"go.opentelemetry.io/otel/metric"
	"go.opentelemetry.io/otel/trace"
)

type Visit struct {
	PatientName string `xborder:"personal"`
	Diagnosis   string `xborder:"sensitive,health"`
	Clinic      string
}

func spans(ctx context.Context, v Visit) {
	span := trace.SpanFromContext(ctx)
	span.SetAttributes(attribute.String("patient.name", v.PatientName)) // want `personal data Visit.PatientName flows to \$OTEL_EXPORTER_OTLP_ENDPOINT \(unknown location\) via \(go.opentelemetry.io/otel/trace.Span\).SetAttributes` `Visit.PatientName flows to \$OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`
	span.SetAttributes(attribute.String("clinic", v.Clinic))
	span.AddEvent("triage", trace.WithAttributes(attribute.String("diagnosis", v.Diagnosis))) // want `sensitive personal data Visit.Diagnosis flows to \$OTEL_EXPORTER_OTLP_ENDPOINT \(unknown location\) via \(go.opentelemetry.io/otel/trace.Span\).AddEvent` `Visit.Diagnosis flows to \$OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`
	span.RecordError(errors.New("no record for " + v.PatientName))                            // want `Visit.PatientName flows to \$OTEL_EXPORTER_OTLP_ENDPOINT` `Visit.PatientName flows to \$OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`
}

func logs(ctx context.Context, logger log.Logger, v Visit) {
	var rec log.Record
	rec.SetBody(log.StringValue("admitted " + v.PatientName))
	logger.Emit(ctx, rec) // want `Visit.PatientName flows to \$OTEL_EXPORTER_OTLP_ENDPOINT \(unknown location\) via \(go.opentelemetry.io/otel/log.Logger\).Emit` `Visit.PatientName flows to \$OTEL_EXPORTER_OTLP_LOGS_ENDPOINT`

	var clinic log.Record
	clinic.AddAttributes(log.String("clinic", v.Clinic))
	logger.Emit(ctx, clinic)
}

func metrics(ctx context.Context, visits metric.Int64Counter, v Visit) {
	visits.Add(ctx, 1, metric.WithAttributes(attribute.String("diagnosis", v.Diagnosis))) // want `Visit.Diagnosis flows to \$OTEL_EXPORTER_OTLP_ENDPOINT \(unknown location\) via \(go.opentelemetry.io/otel/metric.Int64Counter\).Add` `Visit.Diagnosis flows to \$OTEL_EXPORTER_OTLP_METRICS_ENDPOINT`
	visits.Add(ctx, 1, metric.WithAttributes(attribute.String("clinic", v.Clinic)))
}

// Package datadog tags Datadog APM spans with tagged data: dd-trace-go submits them to the
// Datadog Agent, which forwards them to the site it is configured with ($DD_SITE).
package datadog

import (
	"context"

	"github.com/DataDog/dd-trace-go/v2/ddtrace/tracer"
	v1 "gopkg.in/DataDog/dd-trace-go.v1/ddtrace/tracer"
)

type Order struct {
	ID      string
	Email   string `xborder:"personal,contact"`
	Address string `xborder:"personal"`
	Total   int
}

func v2(ctx context.Context, o Order) {
	tracer.Start(tracer.WithAgentAddr("datadog-agent.example.cn:8126"))
	defer tracer.Stop()
	span, ctx := tracer.StartSpanFromContext(ctx, "checkout")
	defer span.Finish()
	span.SetTag("customer.email", o.Email) // want `personal data Order.Email flows to \$DD_SITE \(unknown location\) via \(\*github.com/DataDog/dd-trace-go/v2/ddtrace/tracer.Span\).SetTag`
	span.SetTag("order.total", o.Total)
	span.SetTag("order.id", o.ID)
}

func v1Spans(o *Order) {
	span := v1.StartSpan("ship")
	defer span.Finish()
	span.SetTag("ship.address", o.Address) // want `Order.Address flows to \$DD_SITE \(unknown location\) via \(gopkg.in/DataDog/dd-trace-go.v1/ddtrace.Span\).SetTag`
	span.SetTag("order.total", o.Total)
}

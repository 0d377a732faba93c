// Package sentry sends tagged data through Sentry's sentry-go: to the host of the client's
// DSN, or wherever SENTRY_DSN points when the code does not say.
package sentry

import (
	"context"
	"fmt"

	"github.com/getsentry/sentry-go"
)

type Patient struct {
	ID        string
	Email     string `xborder:"personal,contact"`
	Diagnosis string `xborder:"sensitive,health"`
	Ward      int
}

// Package-level capture goes through the current hub, whose client Init made without a DSN:
// the DSN is the environment's.
func global(p Patient) {
	sentry.Init(sentry.ClientOptions{Environment: "production"})
	sentry.CaptureMessage("lookup failed for " + p.Email) // want `personal data Patient.Email flows to \$SENTRY_DSN \(unknown location\) via github.com/getsentry/sentry-go.CaptureMessage`
	sentry.CaptureException(fmt.Errorf("ward %d full", p.Ward))
	scope := sentry.CurrentHub().Scope()
	scope.SetUser(sentry.User{ID: p.ID, Email: p.Email}) // want `Patient.Email flows to \$SENTRY_DSN \(unknown location\) via \(\*github.com/getsentry/sentry-go.Scope\).SetUser`
	scope.SetTag("ward", fmt.Sprint(p.Ward))
}

// A client made with a DSN sends to the DSN's host.
func client(p *Patient) {
	us, _ := sentry.NewClient(sentry.ClientOptions{Dsn: "https://key@o1.ingest.us.sentry.io/2"})
	us.CaptureException(fmt.Errorf("diagnosis %s not coded", p.Diagnosis), nil, nil) // want `sensitive personal data Patient.Diagnosis flows to o1.ingest.us.sentry.io \(US, Sentry\) via \(\*github.com/getsentry/sentry-go.Client\).CaptureException`

	eu, _ := sentry.NewClient(sentry.ClientOptions{Dsn: "https://key@o1.ingest.de.sentry.io/2"})
	hub := sentry.NewHub(eu, sentry.NewScope())
	hub.CaptureEvent(&sentry.Event{Message: "triage", Extra: map[string]interface{}{"diagnosis": p.Diagnosis}}) // want `Patient.Diagnosis flows to o1.ingest.de.sentry.io \(DE, Sentry \(EU data storage\)\) via \(\*github.com/getsentry/sentry-go.Hub\).CaptureEvent`
	hub.Scope().SetExtra("email", p.Email)                                                                      // want `Patient.Email flows to o1.ingest.de.sentry.io \(DE, Sentry \(EU data storage\)\) via \(\*github.com/getsentry/sentry-go.Scope\).SetExtra`

	// Self-hosted Sentry in the mainland: not a transfer.
	cn, _ := sentry.NewClient(sentry.ClientOptions{Dsn: "https://key@sentry.example.cn/2"})
	cn.CaptureMessage("lookup failed for "+p.Email, nil, nil)
	sentry.NewHub(cn, sentry.NewScope()).CaptureMessage(p.Diagnosis)
}

// A span's data leaves with its transaction, through the current hub.
func span(ctx context.Context, p Patient) {
	s := sentry.StartSpan(ctx, "db.query")
	defer s.Finish()
	s.SetData("patient.email", p.Email) // want `Patient.Email flows to \$SENTRY_DSN \(unknown location\) via \(\*github.com/getsentry/sentry-go.Span\).SetData`
	s.SetTag("ward", fmt.Sprint(p.Ward))
}

// The scope handed to a callback is the current hub's: its client's DSN is the environment's.
func configureScope(p Patient) {
	sentry.ConfigureScope(func(scope *sentry.Scope) { // want `Patient.Email flows to \$SENTRY_DSN \(unknown location\) via sentry.configureScope\$1 → \(\*github.com/getsentry/sentry-go.Scope\).SetUser`
		scope.SetUser(sentry.User{ID: p.ID, Email: p.Email})
		scope.SetTag("ward", fmt.Sprint(p.Ward))
	})
}

// Package newrelic is a stub of github.com/newrelic/go-agent/v3/newrelic (New Relic's Go
// agent): the API xborder's catalogue names, with empty bodies.
package newrelic

import (
	"context"
	"time"
)

// Config is the agent configuration; Host overrides the collector host.
type Config struct {
	AppName string
	License string
	Enabled bool
	Host    string
	Labels  map[string]string
	Error   error
}

type ConfigOption func(*Config)

func ConfigAppName(appName string) ConfigOption { return func(cfg *Config) { cfg.AppName = appName } }

func ConfigLicense(license string) ConfigOption { return func(cfg *Config) { cfg.License = license } }

func ConfigEnabled(enabled bool) ConfigOption { return func(cfg *Config) { cfg.Enabled = enabled } }

func ConfigFromEnvironment() ConfigOption { return func(cfg *Config) {} }

// Application reports to New Relic.
type Application struct {
	Private interface{}
}

func NewApplication(opts ...ConfigOption) (*Application, error) { return &Application{}, nil }

type TraceOption func(*Transaction)

func (app *Application) StartTransaction(name string, opts ...TraceOption) *Transaction {
	return &Transaction{}
}

func (app *Application) RecordCustomEvent(eventType string, params map[string]interface{}) {}

func (app *Application) RecordCustomMetric(name string, value float64) {}

func (app *Application) RecordLog(logEvent LogData) {}

func (app *Application) WaitForConnection(timeout time.Duration) error { return nil }

func (app *Application) Shutdown(timeout time.Duration) {}

// LogData is a log line recorded with RecordLog.
type LogData struct {
	Timestamp  int64
	Severity   string
	Message    string
	Attributes map[string]any
}

// Transaction is an instrumented request or background task.
type Transaction struct {
	Private interface{}
}

func (txn *Transaction) End()                                       {}
func (txn *Transaction) SetName(name string)                        {}
func (txn *Transaction) NoticeError(err error)                      {}
func (txn *Transaction) AddAttribute(key string, value interface{}) {}
func (txn *Transaction) SetUserID(userID string)                    {}
func (txn *Transaction) RecordLog(log LogData)                      {}
func (txn *Transaction) StartSegment(name string) *Segment          { return &Segment{Name: name} }

func FromContext(ctx context.Context) *Transaction { return nil }

func NewContext(ctx context.Context, txn *Transaction) context.Context { return ctx }

// Segment times a part of a transaction.
type Segment struct {
	Name string
}

func (s *Segment) AddAttribute(key string, val interface{}) {}
func (s *Segment) End()                                     {}

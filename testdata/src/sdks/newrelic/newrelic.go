// Package newrelic reports tagged data through New Relic's Go agent: to collector.newrelic.com
// unless the license key names a region or Config.Host another collector.
package newrelic

import (
	"context"
	"fmt"
	"os"

	"github.com/newrelic/go-agent/v3/newrelic"
)

type Account struct {
	ID      string
	Email   string `xborder:"personal,contact"`
	Balance string `xborder:"sensitive,financial-account"`
	Country string
}

func app(a Account) {
	app, err := newrelic.NewApplication(newrelic.ConfigAppName("billing"), newrelic.ConfigLicense(os.Getenv("NEW_RELIC_LICENSE_KEY")))
	if err != nil {
		return
	}
	app.RecordCustomEvent("Signup", map[string]interface{}{"email": a.Email, "country": a.Country}) // want `personal data Account.Email flows to collector.newrelic.com \(US, New Relic\) via \(\*github.com/newrelic/go-agent/v3/newrelic.Application\).RecordCustomEvent`
	app.RecordCustomEvent("Visit", map[string]interface{}{"country": a.Country})
	app.RecordLog(newrelic.LogData{Message: "charged " + a.Email}) // want `Account.Email flows to collector.newrelic.com \(US, New Relic\) via \(\*github.com/newrelic/go-agent/v3/newrelic.Application\).RecordLog`

	txn := app.StartTransaction("charge")
	defer txn.End()
	txn.AddAttribute("balance", a.Balance)                       // want `sensitive personal data Account.Balance flows to collector.newrelic.com \(US, New Relic\) via \(\*github.com/newrelic/go-agent/v3/newrelic.Transaction\).AddAttribute`
	txn.NoticeError(fmt.Errorf("charge failed for %s", a.Email)) // want `Account.Email flows to collector.newrelic.com \(US, New Relic\) via \(\*github.com/newrelic/go-agent/v3/newrelic.Transaction\).NoticeError`
	txn.AddAttribute("country", a.Country)

	seg := txn.StartSegment("ledger")
	seg.AddAttribute("email", a.Email) // want `Account.Email flows to collector.newrelic.com \(US, New Relic\) via \(\*github.com/newrelic/go-agent/v3/newrelic.Segment\).AddAttribute`
	seg.End()
}

// The transaction in a request's context reports to the application that started it.
func inHandler(ctx context.Context, a *Account) {
	txn := newrelic.FromContext(ctx)
	txn.SetUserID(a.Email) // want `Account.Email flows to collector.newrelic.com \(US, New Relic\) via \(\*github.com/newrelic/go-agent/v3/newrelic.Transaction\).SetUserID`
}

// The collector set by a configuration function: newrelic.ConfigOption is a named func type.
func euCollector(a Account) {
	eu, _ := newrelic.NewApplication(newrelic.ConfigAppName("billing"), func(cfg *newrelic.Config) { cfg.Host = "collector.eu01.nr-data.net" })
	eu.RecordCustomEvent("Signup", map[string]interface{}{"email": a.Email}) // want `Account.Email flows to collector.eu01.nr-data.net \(DE, New Relic \(EU region\)\)`

	cn, _ := newrelic.NewApplication(func(cfg *newrelic.Config) { cfg.Host = "apm-collector.example.cn" })
	cn.RecordCustomEvent("Signup", map[string]interface{}{"email": a.Email})
}

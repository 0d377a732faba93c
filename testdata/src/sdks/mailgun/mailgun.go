// Package mailgun sends tagged data through Mailgun's Go SDK: NewMailgun's client goes to
// api.mailgun.net.
package mailgun

import (
	"context"

	"github.com/mailgun/mailgun-go/v5"
	"github.com/mailgun/mailgun-go/v5/mtypes"
)

type Subscriber struct {
	Name    string `xborder:"personal,basic"`
	Email   string `xborder:"personal,contact"`
	Address string `xborder:"personal,contact"`
	Plan    string
}

func notify(ctx context.Context, s Subscriber) {
	mg := mailgun.NewMailgun("key-123")
	m := mailgun.NewMessage("mg.example.com", "Shop <noreply@mg.example.com>", "Your order", "Shipping to "+s.Address, s.Email)
	mg.Send(ctx, m) // want `personal data Subscriber.Address, Subscriber.Email flows to api.mailgun.net \(US, Mailgun\) via \(\*github.com/mailgun/mailgun-go/v5.Client\).Send`

	html := mailgun.NewMessage("mg.example.com", "Shop <noreply@mg.example.com>", "Hello", "plain")
	html.SetHTML("<p>Dear " + s.Name + "</p>")
	html.AddRecipient("ops@example.com")
	mg.Send(ctx, html) // want `Subscriber.Name flows to api.mailgun.net \(US, Mailgun\)`

	plan := mailgun.NewMessage("mg.example.com", "Shop <noreply@mg.example.com>", "Plans", "Plan "+s.Plan, "ops@example.com")
	mg.Send(ctx, plan)

	mg.CreateMember(ctx, true, "news@mg.example.com", mtypes.Member{Address: s.Email, Name: s.Name}) // want `Subscriber.Email, Subscriber.Name flows to api.mailgun.net \(US, Mailgun\) via \(\*github.com/mailgun/mailgun-go/v5.Client\).CreateMember`
}

// Through the Mailgun interface: the client it holds decides.
func viaInterface(ctx context.Context, mg mailgun.Mailgun, s *Subscriber) {
	mg.Send(ctx, mailgun.NewMessage("mg.example.com", "noreply@mg.example.com", "Hi", "Hello", s.Email))
}

func handedIn(ctx context.Context, s *Subscriber) {
	viaInterface(ctx, mailgun.NewMailgun("key-123"), s) // want `Subscriber.Email flows to api.mailgun.net \(US, Mailgun\)`
}

func fromEnv(ctx context.Context, s Subscriber) {
	mg, err := mailgun.NewMailgunFromEnv()
	if err != nil {
		return
	}
	mg.Send(ctx, mailgun.NewMessage("mg.example.com", "noreply@mg.example.com", "Hi", "Hello", s.Email)) // want `Subscriber.Email flows to api.mailgun.net \(US, Mailgun\)`
}

// An EU-region domain: SetAPIBase moves the client to api.eu.mailgun.net, outside the
// mainland in a country Mailgun does not name.
func euRegion(ctx context.Context, s Subscriber) {
	mg := mailgun.NewMailgun("key-123")
	mg.SetAPIBase(mailgun.APIBaseEU)
	mg.Send(ctx, mailgun.NewMessage("mg.example.eu", "noreply@mg.example.eu", "Hi", "Hello", s.Email)) // want `Subscriber.Email flows to api.eu.mailgun.net \(outside the mainland, Mailgun \(EU region\)\)`
}

// A relay in the mainland set through the interface: no transfer.
func mainlandRelay(ctx context.Context, s Subscriber) {
	var mg mailgun.Mailgun = mailgun.NewMailgun("key-123")
	mg.SetAPIBase("https://mail-relay.example.cn")
	mg.Send(ctx, mailgun.NewMessage("mg.example.cn", "noreply@mg.example.cn", "Hi", "Hello", s.Email))
}

// A constructor that takes the API base: the setter's argument is resolved at its callers.
func newClient(base string) *mailgun.Client {
	mg := mailgun.NewMailgun("key-123")
	mg.SetAPIBase(base)
	return mg
}

func viaConstructor(ctx context.Context, s Subscriber) {
	newClient(mailgun.APIBaseEU).Send(ctx, mailgun.NewMessage("mg.example.eu", "noreply@mg.example.eu", "Hi", "Hello", s.Email)) // want `Subscriber.Email flows to api.eu.mailgun.net \(outside the mainland, Mailgun \(EU region\)\)`
	newClient("https://mail-relay.example.cn").Send(ctx, mailgun.NewMessage("mg.example.cn", "noreply@mg.example.cn", "Hi", "Hello", s.Email))
}

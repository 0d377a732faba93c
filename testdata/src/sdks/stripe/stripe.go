// Package stripe sends tagged data through Stripe's Go library: the package-level resource API
// with the global key, and the stripe.Client services. Both go to api.stripe.com.
package stripe

import (
	"context"

	"github.com/stripe/stripe-go/v87"
	"github.com/stripe/stripe-go/v87/charge"
	"github.com/stripe/stripe-go/v87/checkout/session"
	"github.com/stripe/stripe-go/v87/customer"
	"github.com/stripe/stripe-go/v87/paymentintent"
)

type Member struct {
	ID    string
	Email string `xborder:"personal,contact"`
	Name  string `xborder:"personal,basic"`
	Card  string `xborder:"sensitive,financial-account"`
	Plan  string
}

// The package-level API uses stripe.Key: no client, the vendor's host.
func global(m Member) {
	stripe.Key = "sk_test_123"
	customer.New(&stripe.CustomerParams{Email: stripe.String(m.Email), Name: stripe.String(m.Name)}) // want `personal data Member.Email, Member.Name flows to api.stripe.com \(US, Stripe\) via github.com/stripe/stripe-go/v87/customer.New`
	customer.New(&stripe.CustomerParams{Description: stripe.String(m.Plan)})

	params := &stripe.CustomerParams{}
	params.AddMetadata("member", m.ID)
	params.Phone = stripe.String(m.Card)
	customer.Update(m.ID, params) // want `sensitive personal data Member.Card flows to api.stripe.com \(US, Stripe\) via github.com/stripe/stripe-go/v87/customer.Update`

	paymentintent.New(&stripe.PaymentIntentParams{Amount: stripe.Int64(2000), Currency: stripe.String("usd"), ReceiptEmail: &m.Email}) // want `Member.Email flows to api.stripe.com \(US, Stripe\) via github.com/stripe/stripe-go/v87/paymentintent.New`
	paymentintent.New(&stripe.PaymentIntentParams{Amount: stripe.Int64(2000), Currency: stripe.String("usd"), Description: stripe.String(m.Plan)})
	charge.New(&stripe.ChargeParams{Amount: stripe.Int64(500), Description: stripe.String("card " + m.Card)})         // want `Member.Card flows to api.stripe.com \(US, Stripe\) via github.com/stripe/stripe-go/v87/charge.New`
	session.New(&stripe.CheckoutSessionParams{CustomerEmail: stripe.String(m.Email), Mode: stripe.String("payment")}) // want `Member.Email flows to api.stripe.com \(US, Stripe\) via github.com/stripe/stripe-go/v87/checkout/session.New`
	session.New(&stripe.CheckoutSessionParams{ClientReferenceID: stripe.String(m.ID), Mode: stripe.String("subscription")})
}

// The stripe.Client services go where the client goes: api.stripe.com.
func client(ctx context.Context, m *Member) {
	sc := stripe.NewClient("sk_test_123")
	sc.V1Customers.Create(ctx, &stripe.CustomerCreateParams{Email: stripe.String(m.Email)}) // want `personal data Member.Email flows to api.stripe.com \(US, Stripe\) via \(github.com/stripe/stripe-go/v87.v1CustomerService\).Create`
	sc.V1Customers.Create(ctx, &stripe.CustomerCreateParams{Description: stripe.String(m.Plan)})
	sc.V1Customers.Update(ctx, m.ID, &stripe.CustomerUpdateParams{Name: &m.Name}) // want `Member.Name flows to api.stripe.com \(US, Stripe\) via \(github.com/stripe/stripe-go/v87.v1CustomerService\).Update`

	pi := &stripe.PaymentIntentCreateParams{Amount: stripe.Int64(100), Currency: stripe.String("eur")}
	pi.ReceiptEmail = stripe.String(m.Email)
	sc.V1PaymentIntents.Create(ctx, pi)                                                                                             // want `Member.Email flows to api.stripe.com \(US, Stripe\) via \(github.com/stripe/stripe-go/v87.v1PaymentIntentService\).Create`
	sc.V1Charges.Create(ctx, &stripe.ChargeCreateParams{Amount: stripe.Int64(100), Description: stripe.String(m.Card)})             // want `Member.Card flows to api.stripe.com \(US, Stripe\) via \(github.com/stripe/stripe-go/v87.v1ChargeService\).Create`
	sc.V1CheckoutSessions.Create(ctx, &stripe.CheckoutSessionCreateParams{CustomerEmail: &m.Email, Mode: stripe.String("payment")}) // want `Member.Email flows to api.stripe.com \(US, Stripe\) via \(github.com/stripe/stripe-go/v87.v1CheckoutSessionService\).Create`
}

// A client handed in: still Stripe's host.
func handedIn(ctx context.Context, sc *stripe.Client, m Member) {
	sc.V1PaymentIntents.Update(ctx, "pi_123", &stripe.PaymentIntentUpdateParams{Description: stripe.String(m.Name)}) // want `Member.Name flows to api.stripe.com \(US, Stripe\)`
}

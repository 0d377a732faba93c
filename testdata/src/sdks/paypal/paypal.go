// Package paypal sends tagged data through PayPal's REST API (plutov/paypal): to the APIBase
// its client was made with, api.paypal.com for APIBaseLive.
package paypal

import (
	"context"
	"os"

	"github.com/plutov/paypal/v4"
)

type Buyer struct {
	Email   string `xborder:"personal,contact"`
	Name    string `xborder:"personal,basic"`
	Card    string `xborder:"sensitive,financial-account"`
	OrderID string
}

func order(ctx context.Context, b Buyer) {
	c, err := paypal.NewClient("client-id", "secret", paypal.APIBaseLive)
	if err != nil {
		return
	}
	units := []paypal.PurchaseUnitRequest{{Amount: &paypal.PurchaseUnitAmount{Currency: "USD", Value: "9.99"}, CustomID: b.OrderID}}
	payer := &paypal.CreateOrderPayer{EmailAddress: b.Email, Name: &paypal.CreateOrderPayerName{GivenName: b.Name}}
	c.CreateOrder(ctx, paypal.OrderIntentCapture, units, payer, nil) // want `personal data Buyer.Email, Buyer.Name flows to api.paypal.com \(US, PayPal\) via \(\*github.com/plutov/paypal/v4.Client\).CreateOrder`
	c.CreateOrder(ctx, paypal.OrderIntentCapture, units, nil, nil)

	c.CreateOrderWithPaypalRequestID(ctx, paypal.OrderIntentCapture, []paypal.PurchaseUnitRequest{{Description: "for " + b.Name}}, nil, nil, b.OrderID) // want `Buyer.Name flows to api.paypal.com \(US, PayPal\) via \(\*github.com/plutov/paypal/v4.Client\).CreateOrderWithPaypalRequestID`
}

func payout(ctx context.Context, b *Buyer) {
	c, _ := paypal.NewClient("client-id", "secret", paypal.APIBaseSandBox)
	c.CreatePayout(ctx, paypal.Payout{ // want `Buyer.Email flows to api.sandbox.paypal.com \(US, PayPal\) via \(\*github.com/plutov/paypal/v4.Client\).CreatePayout`
		SenderBatchHeader: &paypal.SenderBatchHeader{EmailSubject: "Your payout"},
		Items:             []paypal.PayoutItem{{RecipientType: "EMAIL", Receiver: b.Email, Amount: &paypal.AmountPayout{Currency: "USD", Value: "5.00"}}},
	})
	c.StoreCreditCard(ctx, paypal.CreditCard{Number: b.Card, Type: "visa", FirstName: b.Name}) // want `sensitive personal data Buyer.Card, Buyer.Name flows to api.sandbox.paypal.com \(US, PayPal\) via \(\*github.com/plutov/paypal/v4.Client\).StoreCreditCard`
}

// The API base from the environment: its location comes from the configuration, and an
// unmapped variable is an unknown destination.
func fromEnv(ctx context.Context, b Buyer) {
	c, _ := paypal.NewClient("client-id", "secret", os.Getenv("PAYPAL_API_BASE"))
	c.CreateOrder(ctx, paypal.OrderIntentCapture, nil, &paypal.CreateOrderPayer{EmailAddress: b.Email}, nil) // want `Buyer.Email flows to \$PAYPAL_API_BASE \(unknown location\)`
}

// A payment gateway in the mainland fronting PayPal: not a transfer.
func mainland(ctx context.Context, b Buyer) {
	c, _ := paypal.NewClient("client-id", "secret", "https://paypal-gateway.example.cn")
	c.CreateOrder(ctx, paypal.OrderIntentCapture, nil, &paypal.CreateOrderPayer{EmailAddress: b.Email}, nil)
}

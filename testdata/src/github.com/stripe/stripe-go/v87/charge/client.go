// Package charge is a stub of github.com/stripe/stripe-go/v87/charge for xborder's tests.
package charge

import stripe "github.com/stripe/stripe-go/v87"

// This method is no longer recommended—use the Payment Intents API instead.
func New(params *stripe.ChargeParams) (*stripe.Charge, error) {
	return &stripe.Charge{}, nil
}

// Package session is a stub of github.com/stripe/stripe-go/v87/checkout/session for xborder's
// tests.
package session

import stripe "github.com/stripe/stripe-go/v87"

// Creates a Checkout Session object.
func New(params *stripe.CheckoutSessionParams) (*stripe.CheckoutSession, error) {
	return &stripe.CheckoutSession{}, nil
}

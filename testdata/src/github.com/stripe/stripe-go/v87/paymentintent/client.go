// Package paymentintent is a stub of github.com/stripe/stripe-go/v87/paymentintent for
// xborder's tests.
package paymentintent

import stripe "github.com/stripe/stripe-go/v87"

// Creates a PaymentIntent object.
func New(params *stripe.PaymentIntentParams) (*stripe.PaymentIntent, error) {
	return &stripe.PaymentIntent{}, nil
}

// Updates properties on a PaymentIntent object without confirming.
func Update(id string, params *stripe.PaymentIntentParams) (*stripe.PaymentIntent, error) {
	return &stripe.PaymentIntent{}, nil
}

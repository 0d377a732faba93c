// Package customer is a stub of github.com/stripe/stripe-go/v87/customer for xborder's tests.
package customer

import stripe "github.com/stripe/stripe-go/v87"

// Client is used to invoke /v1/customers APIs.
// Deprecated: Use [stripe.Client] instead.
type Client struct {
	B   stripe.Backend
	Key string
}

// Creates a new customer object.
func New(params *stripe.CustomerParams) (*stripe.Customer, error) {
	return &stripe.Customer{}, nil
}

// Creates a new customer object.
func (c Client) New(params *stripe.CustomerParams) (*stripe.Customer, error) {
	return &stripe.Customer{}, nil
}

// Updates the specified customer by setting the values of the parameters passed.
func Update(id string, params *stripe.CustomerParams) (*stripe.Customer, error) {
	return &stripe.Customer{}, nil
}

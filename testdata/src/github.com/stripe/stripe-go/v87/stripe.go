// Package stripe is a stub of github.com/stripe/stripe-go/v87 for xborder's tests: the
// global configuration, the parameter types, and the stripe.Client with its V1 services.
package stripe

import (
	"context"
	"net/http"
)

// Key is the secret key the package-level resource API uses.
var Key string

// String returns a pointer to v.
func String(v string) *string { return &v }

// Int64 returns a pointer to v.
func Int64(v int64) *int64 { return &v }

// Bool returns a pointer to v.
func Bool(v bool) *bool { return &v }

// Backend makes API calls.
type Backend interface {
	Call(method, path, key string, params ParamsContainer, v LastResponseSetter) error
}

// ParamsContainer is a params struct.
type ParamsContainer interface{ GetParams() *Params }

// LastResponseSetter is a resource.
type LastResponseSetter interface{}

// Params are the parameters every request shares.
type Params struct {
	Context        context.Context   `form:"-"`
	Expand         []*string         `form:"expand"`
	Headers        http.Header       `form:"-"`
	IdempotencyKey *string           `form:"-"`
	Metadata       map[string]string `form:"metadata"`
	StripeAccount  *string           `form:"-"`
}

// GetParams returns the Params.
func (p *Params) GetParams() *Params { return p }

// AddMetadata adds a metadata key.
func (p *Params) AddMetadata(key, value string) {
	if p.Metadata == nil {
		p.Metadata = make(map[string]string)
	}
	p.Metadata[key] = value
}

// SetIdempotencyKey sets the idempotency key.
func (p *Params) SetIdempotencyKey(val string) { p.IdempotencyKey = &val }

type AddressParams struct {
	City       *string `form:"city"`
	Country    *string `form:"country"`
	Line1      *string `form:"line1"`
	Line2      *string `form:"line2"`
	PostalCode *string `form:"postal_code"`
	State      *string `form:"state"`
}

// CustomerParams are the parameters of the package-level customer API.
type CustomerParams struct {
	Params      `form:"*"`
	Address     *AddressParams `form:"address"`
	Description *string        `form:"description"`
	Email       *string        `form:"email"`
	Name        *string        `form:"name"`
	Phone       *string        `form:"phone"`
}

type Customer struct {
	ID    string `json:"id"`
	Email string `json:"email"`
	Name  string `json:"name"`
}

type PaymentIntentParams struct {
	Params        `form:"*"`
	Amount        *int64  `form:"amount"`
	Currency      *string `form:"currency"`
	Customer      *string `form:"customer"`
	Description   *string `form:"description"`
	PaymentMethod *string `form:"payment_method"`
	ReceiptEmail  *string `form:"receipt_email"`
}

type PaymentIntent struct {
	ID           string `json:"id"`
	ClientSecret string `json:"client_secret"`
}

type ChargeParams struct {
	Params       `form:"*"`
	Amount       *int64  `form:"amount"`
	Currency     *string `form:"currency"`
	Customer     *string `form:"customer"`
	Description  *string `form:"description"`
	ReceiptEmail *string `form:"receipt_email"`
}

type Charge struct {
	ID string `json:"id"`
}

type CheckoutSessionParams struct {
	Params            `form:"*"`
	ClientReferenceID *string `form:"client_reference_id"`
	Customer          *string `form:"customer"`
	CustomerEmail     *string `form:"customer_email"`
	Mode              *string `form:"mode"`
	SuccessURL        *string `form:"success_url"`
}

type CheckoutSession struct {
	ID  string `json:"id"`
	URL string `json:"url"`
}

// Parameters of the stripe.Client services.

type CustomerCreateParams struct {
	Params      `form:"*"`
	Address     *AddressParams `form:"address"`
	Description *string        `form:"description"`
	Email       *string        `form:"email"`
	Name        *string        `form:"name"`
	Phone       *string        `form:"phone"`
}

type CustomerUpdateParams struct {
	Params      `form:"*"`
	Address     *AddressParams `form:"address"`
	Description *string        `form:"description"`
	Email       *string        `form:"email"`
	Name        *string        `form:"name"`
	Phone       *string        `form:"phone"`
}

type PaymentIntentCreateParams struct {
	Params        `form:"*"`
	Amount        *int64  `form:"amount"`
	Currency      *string `form:"currency"`
	Customer      *string `form:"customer"`
	Description   *string `form:"description"`
	PaymentMethod *string `form:"payment_method"`
	ReceiptEmail  *string `form:"receipt_email"`
}

type PaymentIntentUpdateParams struct {
	Params       `form:"*"`
	Amount       *int64  `form:"amount"`
	Description  *string `form:"description"`
	ReceiptEmail *string `form:"receipt_email"`
}

type ChargeCreateParams struct {
	Params       `form:"*"`
	Amount       *int64  `form:"amount"`
	Currency     *string `form:"currency"`
	Customer     *string `form:"customer"`
	Description  *string `form:"description"`
	ReceiptEmail *string `form:"receipt_email"`
}

type CheckoutSessionCreateParams struct {
	Params            `form:"*"`
	ClientReferenceID *string `form:"client_reference_id"`
	Customer          *string `form:"customer"`
	CustomerEmail     *string `form:"customer_email"`
	Mode              *string `form:"mode"`
	SuccessURL        *string `form:"success_url"`
}

// Client is the Stripe client. It contains all the different services available.
type Client struct {
	// V1Charges is the service used to invoke /v1/charges APIs.
	V1Charges *v1ChargeService
	// V1CheckoutSessions is the service used to invoke /v1/checkout/sessions APIs.
	V1CheckoutSessions *v1CheckoutSessionService
	// V1Customers is the service used to invoke /v1/customers APIs.
	V1Customers *v1CustomerService
	// V1PaymentIntents is the service used to invoke /v1/payment_intents APIs.
	V1PaymentIntents *v1PaymentIntentService
}

type clientConfig struct {
	key string
}

// ClientOption configures a Client.
type ClientOption func(*clientConfig)

// NewClient creates a new Stripe [Client] with the given API key.
func NewClient(key string, opts ...ClientOption) *Client {
	cfg := clientConfig{key: key}
	for _, opt := range opts {
		if opt != nil {
			opt(&cfg)
		}
	}
	return &Client{
		V1Charges:          &v1ChargeService{Key: key},
		V1CheckoutSessions: &v1CheckoutSessionService{Key: key},
		V1Customers:        &v1CustomerService{Key: key},
		V1PaymentIntents:   &v1PaymentIntentService{Key: key},
	}
}

// v1CustomerService is used to invoke /v1/customers APIs.
type v1CustomerService struct {
	B   Backend
	Key string
}

// Creates a new customer object.
func (c v1CustomerService) Create(ctx context.Context, params *CustomerCreateParams) (*Customer, error) {
	return &Customer{}, nil
}

// Updates the specified customer by setting the values of the parameters passed.
func (c v1CustomerService) Update(ctx context.Context, id string, params *CustomerUpdateParams) (*Customer, error) {
	return &Customer{}, nil
}

// v1PaymentIntentService is used to invoke /v1/payment_intents APIs.
type v1PaymentIntentService struct {
	B   Backend
	Key string
}

// Creates a PaymentIntent object.
func (c v1PaymentIntentService) Create(ctx context.Context, params *PaymentIntentCreateParams) (*PaymentIntent, error) {
	return &PaymentIntent{}, nil
}

// Updates properties on a PaymentIntent object without confirming.
func (c v1PaymentIntentService) Update(ctx context.Context, id string, params *PaymentIntentUpdateParams) (*PaymentIntent, error) {
	return &PaymentIntent{}, nil
}

// v1ChargeService is used to invoke /v1/charges APIs.
type v1ChargeService struct {
	B   Backend
	Key string
}

// This method is no longer recommended—use the Payment Intents API instead.
func (c v1ChargeService) Create(ctx context.Context, params *ChargeCreateParams) (*Charge, error) {
	return &Charge{}, nil
}

// v1CheckoutSessionService is used to invoke /v1/checkout/sessions APIs.
type v1CheckoutSessionService struct {
	B   Backend
	Key string
}

// Creates a Checkout Session object.
func (c v1CheckoutSessionService) Create(ctx context.Context, params *CheckoutSessionCreateParams) (*CheckoutSession, error) {
	return &CheckoutSession{}, nil
}

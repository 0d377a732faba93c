// Package mailgun is a stub of github.com/mailgun/mailgun-go/v5 for xborder's tests.
package mailgun

import (
	"context"
	"errors"
	"net/http"
	"os"

	"github.com/mailgun/mailgun-go/v5/mtypes"
)

const (
	// APIBase - base URL the library uses to contact mailgun. Use SetAPIBase() to override
	APIBase   = "https://api.mailgun.net"
	APIBaseUS = APIBase
	APIBaseEU = "https://api.eu.mailgun.net"
)

// Mailgun defines the supported subset of the Mailgun API.
type Mailgun interface {
	APIBase() string
	APIKey() string
	HTTPClient() *http.Client
	SetHTTPClient(client *http.Client)
	SetAPIBase(url string) error

	// Send attempts to queue a message (see CommonMessage, NewMessage, and its methods) for delivery.
	Send(ctx context.Context, m Message) (mtypes.SendMessageResponse, error)

	CreateMember(ctx context.Context, merge bool, listAddress string, member mtypes.Member) error
}

// Client bundles data needed by a large number of methods in order to interact with the Mailgun API.
type Client struct {
	apiBase string
	apiKey  string
	client  *http.Client
}

// NewMailgun creates a new client instance.
func NewMailgun(apiKey string) *Client {
	return &Client{apiBase: APIBase, apiKey: apiKey, client: http.DefaultClient}
}

// NewMailgunFromEnv returns a new Mailgun client using the environment variables
// MG_API_KEY, MG_URL, and MG_WEBHOOK_SIGNING_KEY
func NewMailgunFromEnv() (*Client, error) {
	apiKey := os.Getenv("MG_API_KEY")
	if apiKey == "" {
		return nil, errors.New("required environment variable MG_API_KEY not defined")
	}
	mg := NewMailgun(apiKey)
	if url := os.Getenv("MG_URL"); url != "" {
		if err := mg.SetAPIBase(url); err != nil {
			return nil, err
		}
	}
	return mg, nil
}

// APIBase returns the API Base URL configured for this client.
func (mg *Client) APIBase() string { return mg.apiBase }

// APIKey returns the API key configured for this client.
func (mg *Client) APIKey() string { return mg.apiKey }

// HTTPClient returns the HTTP client configured for this client.
func (mg *Client) HTTPClient() *http.Client { return mg.client }

// SetHTTPClient updates the HTTP client for this client.
func (mg *Client) SetHTTPClient(c *http.Client) { mg.client = c }

// SetAPIBase updates the API Base URL for this client.
//
//	// For EU Customers
//	mg.SetAPIBase(mailgun.APIBaseEU)
func (mg *Client) SetAPIBase(address string) error {
	mg.apiBase = address
	return nil
}

// Send attempts to queue a message (see PlainMessage, MimeMessage and its methods) for delivery.
func (mg *Client) Send(ctx context.Context, m Message) (mtypes.SendMessageResponse, error) {
	return mtypes.SendMessageResponse{}, nil
}

// CreateMember registers a new member of the indicated mailing list.
func (mg *Client) CreateMember(ctx context.Context, merge bool, listAddress string, member mtypes.Member) error {
	return nil
}

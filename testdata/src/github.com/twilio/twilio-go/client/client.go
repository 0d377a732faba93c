// Package client is a stub of github.com/twilio/twilio-go/client for xborder's tests.
package client

import (
	"net/http"
	"net/url"
	"os"
)

// BaseClient is the interface of the HTTP client the request handler uses.
type BaseClient interface {
	AccountSid() string
	SendRequest(method string, rawURL string, data url.Values, headers map[string]interface{}, body ...byte) (*http.Response, error)
}

// Client is the default BaseClient.
type Client struct {
	accountSid string
}

// AccountSid returns the account SID.
func (c *Client) AccountSid() string { return c.accountSid }

// SetAccountSid sets the account SID.
func (c *Client) SetAccountSid(sid string) { c.accountSid = sid }

// SendRequest sends a request.
func (c *Client) SendRequest(method string, rawURL string, data url.Values, headers map[string]interface{}, body ...byte) (*http.Response, error) {
	return nil, nil
}

// RequestHandler builds request URLs from the client's region and edge.
type RequestHandler struct {
	Client BaseClient
	Edge   string
	Region string
}

// NewRequestHandler returns a RequestHandler reading TWILIO_EDGE and TWILIO_REGION.
func NewRequestHandler(client BaseClient) *RequestHandler {
	return &RequestHandler{Client: client, Edge: os.Getenv("TWILIO_EDGE"), Region: os.Getenv("TWILIO_REGION")}
}

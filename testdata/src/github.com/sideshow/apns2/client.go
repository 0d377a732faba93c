// Package apns2 is a stub of github.com/sideshow/apns2 for xborder's tests.
package apns2

import (
	"context"
	"crypto/tls"
	"net/http"

	"github.com/sideshow/apns2/token"
)

// Apple HTTP/2 Development & Production urls
const (
	HostDevelopment = "https://api.sandbox.push.apple.com"
	HostProduction  = "https://api.push.apple.com"
)

// DefaultHost is a mutable var for testing purposes
var DefaultHost = HostDevelopment

// Client represents a connection with the APNs
type Client struct {
	Host        string
	Certificate tls.Certificate
	Token       *token.Token
	HTTPClient  *http.Client
}

// Context is the context the push methods take.
type Context interface {
	context.Context
}

// NewClient returns a new Client with an underlying http.Client configured with
// the correct APNs HTTP/2 transport settings.
func NewClient(certificate tls.Certificate) *Client {
	return &Client{HTTPClient: &http.Client{}, Certificate: certificate, Host: DefaultHost}
}

// NewTokenClient returns a new Client with an underlying http.Client configured
// with the correct APNs HTTP/2 transport settings.
func NewTokenClient(token *token.Token) *Client {
	return &Client{Token: token, HTTPClient: &http.Client{}, Host: DefaultHost}
}

// Development sets the Client to use the APNs development push endpoint.
func (c *Client) Development() *Client {
	c.Host = HostDevelopment
	return c
}

// Production sets the Client to use the APNs production push endpoint.
func (c *Client) Production() *Client {
	c.Host = HostProduction
	return c
}

// Push sends a Notification to the APNs gateway.
func (c *Client) Push(n *Notification) (*Response, error) {
	return &Response{}, nil
}

// PushWithContext sends a Notification to the APNs gateway. Context carries a
// deadline and a cancellation signal.
func (c *Client) PushWithContext(ctx Context, n *Notification) (*Response, error) {
	return &Response{}, nil
}

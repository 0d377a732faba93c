// Package analytics is the shop's client for an overseas product-analytics service. It knows
// nothing of customers: what leaves depends on what its callers pass, which xborder follows
// into this package through its function summaries.
package analytics

import (
	"bytes"
	"encoding/json"
	"net/http"
)

// Client sends events to one analytics service.
type Client struct {
	baseURL string
	hc      *http.Client
}

// New returns a client for the service at baseURL.
func New(baseURL string) *Client {
	return &Client{baseURL: baseURL, hc: http.DefaultClient}
}

// Track records an event with its properties.
func (c *Client) Track(event string, props map[string]string) error {
	body, err := json.Marshal(map[string]any{"event": event, "properties": props})
	if err != nil {
		return err
	}
	resp, err := c.hc.Post(c.baseURL+"/v1/track", "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

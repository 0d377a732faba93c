// Package client sends data to the CRM. Its effects reach importers as summary facts.
package client

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"
)

const base = "https://crm.example.com"

// Upload sends body to a fixed overseas host.
func Upload(path, body string) error {
	resp, err := http.Post(base+path, "text/plain", strings.NewReader(body))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Send encodes any value and posts it to the given URL.
func Send(url string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, err = http.Post(url, "application/json", bytes.NewReader(b))
	return err
}

// Normalize returns its input, lower-cased: the data stays the data.
func Normalize(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// Length returns a count: no data flows through it.
func Length(s string) int { return len(s) }

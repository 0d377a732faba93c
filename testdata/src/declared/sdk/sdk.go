// Package sdk stands for a vendor SDK the user cannot annotate: its sinks are declared in
// the configuration.
package sdk

type Message struct {
	Event      string
	Properties map[string]any
}

type Client struct{ key string }

func New(key string) *Client { return &Client{key} }

// Enqueue queues a message for the vendor (declared as a sink).
func (c *Client) Enqueue(m Message) error { return nil }

// Tracker is an interface whose Track method is declared as a sink.
type Tracker interface {
	Track(event string, props map[string]any)
}

// Bucket maps an age to a ten-year band: declared an anonymiser in the configuration.
func Bucket(age int) string { return "" }

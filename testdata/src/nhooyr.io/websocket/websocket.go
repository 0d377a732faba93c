// Package websocket is a stub of nhooyr.io/websocket for xborder's tests.
package websocket

import (
	"context"
	"net/http"
)

type MessageType int

const (
	MessageText MessageType = iota + 1
	MessageBinary
)

type DialOptions struct{ HTTPHeader http.Header }

type AcceptOptions struct{ Subprotocols []string }

type Conn struct{}

func Dial(ctx context.Context, u string, opts *DialOptions) (*Conn, *http.Response, error) {
	return &Conn{}, nil, nil
}

func Accept(w http.ResponseWriter, r *http.Request, opts *AcceptOptions) (*Conn, error) {
	return &Conn{}, nil
}

func (c *Conn) Write(ctx context.Context, typ MessageType, p []byte) error { return nil }

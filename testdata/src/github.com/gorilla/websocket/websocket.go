// Package websocket is a stub of github.com/gorilla/websocket for xborder's tests.
package websocket

import (
	"context"
	"io"
	"net/http"
)

const (
	TextMessage   = 1
	BinaryMessage = 2
)

type Dialer struct{ HandshakeTimeout int }

var DefaultDialer = &Dialer{}

func (d *Dialer) Dial(urlStr string, requestHeader http.Header) (*Conn, *http.Response, error) {
	return &Conn{}, nil, nil
}

func (d *Dialer) DialContext(ctx context.Context, urlStr string, requestHeader http.Header) (*Conn, *http.Response, error) {
	return &Conn{}, nil, nil
}

type Upgrader struct{ ReadBufferSize int }

func (u *Upgrader) Upgrade(w http.ResponseWriter, r *http.Request, responseHeader http.Header) (*Conn, error) {
	return &Conn{}, nil
}

type Conn struct{ w io.Writer }

func (c *Conn) WriteMessage(messageType int, data []byte) error { return nil }
func (c *Conn) WriteJSON(v any) error                           { return nil }
func (c *Conn) WritePreparedMessage(pm *PreparedMessage) error  { return nil }
func (c *Conn) ReadMessage() (int, []byte, error)               { return 0, nil, nil }
func (c *Conn) Close() error                                    { return nil }

type PreparedMessage struct{ data []byte }

func NewPreparedMessage(messageType int, data []byte) (*PreparedMessage, error) {
	return &PreparedMessage{data: data}, nil
}

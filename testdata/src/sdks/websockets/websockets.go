// Package websockets writes tagged data to WebSocket connections it dials (a transfer to the
// dialled host) and to connections clients opened to it (a reply to the data subject).
package websockets

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/gorilla/websocket"
	nws "nhooyr.io/websocket"
	"nhooyr.io/websocket/wsjson"
)

type Patient struct {
	Name      string `xborder:"personal"`
	Diagnosis string `xborder:"sensitive,health"`
	Ward      int
}

func gorilla(p Patient) {
	conn, _, err := websocket.DefaultDialer.Dial("wss://stream.example.com/feed", nil)
	if err != nil {
		return
	}
	defer conn.Close()
	b, _ := json.Marshal(p)
	conn.WriteMessage(websocket.TextMessage, b) // want `sensitive personal data Patient.Diagnosis, Patient.Name flows to stream.example.com \(US, endpoint "stream"\) via \(\*github.com/gorilla/websocket.Conn\).WriteMessage`
	conn.WriteJSON(p)                           // want `Patient.Diagnosis, Patient.Name flows to stream.example.com`
	conn.WriteJSON(p.Ward)
	pm, _ := websocket.NewPreparedMessage(websocket.TextMessage, []byte(p.Name))
	conn.WritePreparedMessage(pm) // want `Patient.Name flows to stream.example.com`

	cn, _, _ := websocket.DefaultDialer.DialContext(context.Background(), "wss://stream.example.cn/feed", nil)
	cn.WriteJSON(p)
}

var upgrader = websocket.Upgrader{}

// A server writing to the client that connected to it sends the data back to its subject.
func serve(w http.ResponseWriter, r *http.Request, p Patient) {
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	conn.WriteJSON(p)
}

func nhooyr(ctx context.Context, p *Patient) {
	c, _, err := nws.Dial(ctx, "wss://stream.example.com/ws", nil)
	if err != nil {
		return
	}
	c.Write(ctx, nws.MessageText, []byte(p.Diagnosis)) // want `sensitive personal data Patient.Diagnosis flows to stream.example.com \(US, endpoint "stream"\) via \(\*nhooyr.io/websocket.Conn\).Write`
	wsjson.Write(ctx, c, p)                            // want `Patient.Diagnosis, Patient.Name flows to stream.example.com .* via nhooyr.io/websocket/wsjson.Write`
}

func nhooyrServe(w http.ResponseWriter, r *http.Request, p *Patient) {
	c, err := nws.Accept(w, r, nil)
	if err != nil {
		return
	}
	wsjson.Write(r.Context(), c, p)
}

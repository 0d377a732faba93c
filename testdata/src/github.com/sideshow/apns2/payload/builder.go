// Package payload is a stub of github.com/sideshow/apns2/payload for xborder's tests: the
// builder keeps what it is given, as the real one does.
package payload

import "encoding/json"

// Payload represents a notification which holds the content that will be
// marshalled as JSON.
type Payload struct {
	content map[string]interface{}
}

type aps struct {
	Alert interface{} `json:"alert,omitempty"`
	Badge interface{} `json:"badge,omitempty"`
	Sound interface{} `json:"sound,omitempty"`
}

type alert struct {
	Body  string `json:"body,omitempty"`
	Title string `json:"title,omitempty"`
}

// NewPayload returns a new Payload struct
func NewPayload() *Payload {
	return &Payload{map[string]interface{}{"aps": &aps{}}}
}

// Alert sets the aps alert on the payload.
func (p *Payload) Alert(alert interface{}) *Payload {
	p.aps().Alert = alert
	return p
}

// AlertTitle sets the aps alert title on the payload.
func (p *Payload) AlertTitle(title string) *Payload {
	p.aps().alert().Title = title
	return p
}

// AlertBody sets the aps alert body on the payload.
func (p *Payload) AlertBody(body string) *Payload {
	p.aps().alert().Body = body
	return p
}

// Badge sets the aps badge on the payload.
func (p *Payload) Badge(b int) *Payload {
	p.aps().Badge = b
	return p
}

// Custom payload
func (p *Payload) Custom(key string, val interface{}) *Payload {
	p.content[key] = val
	return p
}

// MarshalJSON returns the JSON encoded version of the Payload
func (p *Payload) MarshalJSON() ([]byte, error) {
	return json.Marshal(p.content)
}

func (p *Payload) aps() *aps {
	return p.content["aps"].(*aps)
}

func (a *aps) alert() *alert {
	if _, ok := a.Alert.(*alert); !ok {
		a.Alert = &alert{}
	}
	return a.Alert.(*alert)
}

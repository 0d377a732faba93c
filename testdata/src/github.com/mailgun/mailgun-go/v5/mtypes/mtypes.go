// Package mtypes is a stub of github.com/mailgun/mailgun-go/v5/mtypes for xborder's tests.
package mtypes

// SendMessageResponse is the response of Send.
type SendMessageResponse struct {
	Message string `json:"message"`
	ID      string `json:"id"`
}

// A Member structure represents a member of the mailing list.
type Member struct {
	Address    string         `json:"address,omitempty"`
	Name       string         `json:"name,omitempty"`
	Subscribed *bool          `json:"subscribed,omitempty"`
	Vars       map[string]any `json:"vars,omitempty"`
}

// Package slack is a stub of github.com/slack-go/slack for xborder's tests.
package slack

import (
	"context"
	"net/http"
	"net/url"
)

// APIURL of the slack api.
const APIURL = "https://slack.com/api/"

// Client for the slack api.
type Client struct {
	token      string
	endpoint   string
	httpclient *http.Client
}

// Option defines an option for a Client
type Option func(*Client)

// OptionHTTPClient - provide a custom http client to the slack client.
func OptionHTTPClient(client *http.Client) func(*Client) {
	return func(c *Client) {
		c.httpclient = client
	}
}

// OptionAPIURL set the url for the client. only useful for testing.
func OptionAPIURL(u string) func(*Client) {
	return func(c *Client) { c.endpoint = u }
}

// New builds a slack client from the provided token and options.
func New(token string, options ...Option) *Client {
	s := &Client{
		token:      token,
		endpoint:   APIURL,
		httpclient: &http.Client{},
	}
	for _, opt := range options {
		opt(s)
	}
	return s
}

type sendConfig struct {
	values url.Values
}

// MsgOption option provided when sending a message.
type MsgOption func(*sendConfig) error

// MsgOptionText provide the text for the message, optionally escape the provided
// text.
func MsgOptionText(text string, escape bool) MsgOption {
	return func(config *sendConfig) error {
		config.values.Set("text", text)
		return nil
	}
}

// MsgOptionUsername set the username for the message.
func MsgOptionUsername(username string) MsgOption {
	return func(config *sendConfig) error {
		config.values.Set("username", username)
		return nil
	}
}

// MsgOptionAttachments provide attachments for the message.
func MsgOptionAttachments(attachments ...Attachment) MsgOption {
	return func(config *sendConfig) error {
		for _, a := range attachments {
			config.values.Add("attachments", a.Text)
		}
		return nil
	}
}

// PostMessage sends a message to a channel.
func (api *Client) PostMessage(channelID string, options ...MsgOption) (string, string, error) {
	return "", "", nil
}

// PostMessageContext sends a message to a channel with a custom context
func (api *Client) PostMessageContext(ctx context.Context, channelID string, options ...MsgOption) (string, string, error) {
	return "", "", nil
}

// AttachmentField contains information for an attachment field
type AttachmentField struct {
	Title string `json:"title"`
	Value string `json:"value"`
	Short bool   `json:"short"`
}

// Attachment contains all the information for an attachment
type Attachment struct {
	Color   string            `json:"color,omitempty"`
	Title   string            `json:"title,omitempty"`
	Pretext string            `json:"pretext,omitempty"`
	Text    string            `json:"text,omitempty"`
	Fields  []AttachmentField `json:"fields,omitempty"`
}

// Blocks is a collection of message blocks.
type Blocks struct{}

// WebhookMessage is the message of an incoming webhook.
type WebhookMessage struct {
	Username        string       `json:"username,omitempty"`
	IconEmoji       string       `json:"icon_emoji,omitempty"`
	IconURL         string       `json:"icon_url,omitempty"`
	Channel         string       `json:"channel,omitempty"`
	ThreadTimestamp string       `json:"thread_ts,omitempty"`
	Text            string       `json:"text,omitempty"`
	Attachments     []Attachment `json:"attachments,omitempty"`
	Parse           string       `json:"parse,omitempty"`
	Blocks          *Blocks      `json:"blocks,omitempty"`
	ResponseType    string       `json:"response_type,omitempty"`
	ReplaceOriginal bool         `json:"replace_original"`
	DeleteOriginal  bool         `json:"delete_original"`
	ReplyBroadcast  bool         `json:"reply_broadcast,omitempty"`
	UnfurlLinks     bool         `json:"unfurl_links,omitempty"`
	UnfurlMedia     bool         `json:"unfurl_media,omitempty"`
}

func PostWebhook(url string, msg *WebhookMessage) error {
	return nil
}

func PostWebhookContext(ctx context.Context, url string, msg *WebhookMessage) error {
	return nil
}

func PostWebhookCustomHTTP(url string, httpClient *http.Client, msg *WebhookMessage) error {
	return nil
}

func PostWebhookCustomHTTPContext(ctx context.Context, url string, httpClient *http.Client, msg *WebhookMessage) error {
	return nil
}

// Package discordgo is a stub of github.com/bwmarrin/discordgo for xborder's tests.
package discordgo

import (
	"io"
	"net/http"
)

// Known Discord API Endpoints.
var (
	EndpointDiscord = "https://discord.com/"
	EndpointAPI     = EndpointDiscord + "api/v" + APIVersion + "/"
)

// APIVersion is the Discord API version used for the REST and Websocket API.
var APIVersion = "10"

// A Session represents a connection to the Discord API.
type Session struct {
	// Authentication token for this session
	Token string

	// The http client used for REST requests
	Client *http.Client

	// The user agent used for REST APIs
	UserAgent string
}

// New creates a new Discord session with provided token.
func New(token string) (s *Session, err error) {
	return &Session{Token: token, Client: &http.Client{}}, nil
}

// RequestOption is a function which mutates request configuration.
type RequestOption func(cfg *RequestConfig)

// RequestConfig is an HTTP request configuration.
type RequestConfig struct {
	Request *http.Request
}

// File stores info about files you e.g. send in messages.
type File struct {
	Name        string
	ContentType string
	Reader      io.Reader
}

// MessageEmbedField is a part of a MessageEmbed struct.
type MessageEmbedField struct {
	Name   string `json:"name"`
	Value  string `json:"value"`
	Inline bool   `json:"inline,omitempty"`
}

// An MessageEmbed stores data for message embeds.
type MessageEmbed struct {
	URL         string               `json:"url,omitempty"`
	Title       string               `json:"title,omitempty"`
	Description string               `json:"description,omitempty"`
	Color       int                  `json:"color,omitempty"`
	Fields      []*MessageEmbedField `json:"fields,omitempty"`
}

// MessageSend stores all parameters you can send with ChannelMessageSendComplex.
type MessageSend struct {
	Content string          `json:"content,omitempty"`
	Embeds  []*MessageEmbed `json:"embeds"`
	TTS     bool            `json:"tts"`
	Files   []*File         `json:"-"`
}

// A Message stores all data related to a specific Discord message.
type Message struct {
	ID        string `json:"id"`
	ChannelID string `json:"channel_id"`
	Content   string `json:"content"`
}

// WebhookParams is a struct for webhook params, used in the WebhookExecute command.
type WebhookParams struct {
	Content   string          `json:"content,omitempty"`
	Username  string          `json:"username,omitempty"`
	AvatarURL string          `json:"avatar_url,omitempty"`
	TTS       bool            `json:"tts,omitempty"`
	Files     []*File         `json:"-"`
	Embeds    []*MessageEmbed `json:"embeds,omitempty"`
}

// ChannelMessageSend sends a message to the given channel.
// channelID : The ID of a Channel.
// content   : The message to send.
func (s *Session) ChannelMessageSend(channelID string, content string, options ...RequestOption) (*Message, error) {
	return &Message{}, nil
}

// ChannelMessageSendComplex sends a message to the given channel.
// channelID : The ID of a Channel.
// data      : The message struct to send.
func (s *Session) ChannelMessageSendComplex(channelID string, data *MessageSend, options ...RequestOption) (st *Message, err error) {
	return &Message{}, nil
}

// ChannelMessageSendEmbed sends a message to the given channel with embedded data.
// channelID : The ID of a Channel.
// embed     : The embed data to send.
func (s *Session) ChannelMessageSendEmbed(channelID string, embed *MessageEmbed, options ...RequestOption) (*Message, error) {
	return &Message{}, nil
}

// WebhookExecute executes a webhook.
// webhookID: The ID of a webhook.
// token    : The auth token for the webhook
// wait     : Waits for server confirmation of message send and ensures that the return struct is populated (it is nil otherwise)
func (s *Session) WebhookExecute(webhookID, token string, wait bool, data *WebhookParams, options ...RequestOption) (st *Message, err error) {
	return &Message{}, nil
}

// WebhookThreadExecute executes a webhook in a thread.
// webhookID: The ID of a webhook.
// token    : The auth token for the webhook
// wait     : Waits for server confirmation of message send and ensures that the return struct is populated (it is nil otherwise)
// threadID : Sends a message to the specified thread within a webhook's channel. The thread will automatically be unarchived.
func (s *Session) WebhookThreadExecute(webhookID, token string, wait bool, threadID string, data *WebhookParams, options ...RequestOption) (st *Message, err error) {
	return &Message{}, nil
}

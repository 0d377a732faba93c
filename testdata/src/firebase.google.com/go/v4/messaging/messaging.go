// Package messaging is a stub of firebase.google.com/go/v4/messaging for xborder's tests.
package messaging

import (
	"context"
	"errors"
)

const (
	defaultMessagingEndpoint = "https://fcm.googleapis.com/v1"
	iidEndpoint              = "https://iid.googleapis.com/iid/v1"
)

// Message to be sent via Firebase Cloud Messaging.
type Message struct {
	Data         map[string]string `json:"data,omitempty"`
	Notification *Notification     `json:"notification,omitempty"`
	Android      *AndroidConfig    `json:"android,omitempty"`
	APNS         *APNSConfig       `json:"apns,omitempty"`
	Token        string            `json:"token,omitempty"`
	Topic        string            `json:"-"`
	Condition    string            `json:"condition,omitempty"`
}

// Notification is the basic notification template to use across all platforms.
type Notification struct {
	Title    string `json:"title,omitempty"`
	Body     string `json:"body,omitempty"`
	ImageURL string `json:"image,omitempty"`
}

// AndroidConfig contains messaging options specific to the Android platform.
type AndroidConfig struct {
	CollapseKey  string               `json:"collapse_key,omitempty"`
	Priority     string               `json:"priority,omitempty"` // one of "normal" or "high"
	Data         map[string]string    `json:"data,omitempty"`     // if specified, overrides the Data field on Message type
	Notification *AndroidNotification `json:"notification,omitempty"`
}

// AndroidNotification is a notification to send to Android devices.
type AndroidNotification struct {
	Title string `json:"title,omitempty"`
	Body  string `json:"body,omitempty"`
}

// APNSConfig contains messaging options specific to the Apple Push Notification Service (APNS).
type APNSConfig struct {
	Headers map[string]string `json:"headers,omitempty"`
	Payload *APNSPayload      `json:"payload,omitempty"`
}

// APNSPayload is the payload that can be included in an APNS message.
type APNSPayload struct {
	Aps        *Aps                   `json:"aps,omitempty"`
	CustomData map[string]interface{} `json:"-"`
}

// Aps represents the aps dictionary that may be included in an APNSPayload.
type Aps struct {
	AlertString string `json:"-"`
	Badge       *int   `json:"badge,omitempty"`
	Sound       string `json:"-"`
}

// MulticastMessage represents a message that can be sent to multiple devices via Firebase Cloud
// Messaging (FCM).
type MulticastMessage struct {
	Tokens       []string
	Data         map[string]string
	Notification *Notification
	Android      *AndroidConfig
	APNS         *APNSConfig
}

// SendResponse represents the status of an individual message that was sent as part of a batch
// request.
type SendResponse struct {
	Success   bool
	MessageID string
	Error     error
}

// BatchResponse represents the response from the SendAll() and SendMulticast() APIs.
type BatchResponse struct {
	SuccessCount int
	FailureCount int
	Responses    []*SendResponse
}

// TopicManagementResponse is the result produced by topic management operations.
type TopicManagementResponse struct {
	SuccessCount int
	FailureCount int
}

// Client is the interface for the Firebase Cloud Messaging (FCM) service.
type Client struct {
	*fcmClient
	*iidClient
}

// NewClient creates a new instance of the Firebase Cloud Messaging Client.
//
// This function can only be invoked from within the SDK. Client applications should access the
// the messaging service through firebase.App.
func NewClient(ctx context.Context, projectID string) (*Client, error) {
	if projectID == "" {
		return nil, errors.New("project ID is required to access Firebase Cloud Messaging client")
	}
	return &Client{
		fcmClient: &fcmClient{fcmEndpoint: defaultMessagingEndpoint, project: projectID},
		iidClient: &iidClient{iidEndpoint: iidEndpoint},
	}, nil
}

type fcmClient struct {
	fcmEndpoint string
	project     string
}

// Send sends a Message to Firebase Cloud Messaging.
func (c *fcmClient) Send(ctx context.Context, message *Message) (string, error) {
	return "", nil
}

// SendDryRun sends a Message to Firebase Cloud Messaging in the dry run (validation only) mode.
func (c *fcmClient) SendDryRun(ctx context.Context, message *Message) (string, error) {
	return "", nil
}

// SendEach sends the messages in the given array via Firebase Cloud Messaging.
func (c *fcmClient) SendEach(ctx context.Context, messages []*Message) (*BatchResponse, error) {
	return &BatchResponse{}, nil
}

// SendEachDryRun sends the messages in the given array via Firebase Cloud Messaging in the
// dry run (validation only) mode.
func (c *fcmClient) SendEachDryRun(ctx context.Context, messages []*Message) (*BatchResponse, error) {
	return &BatchResponse{}, nil
}

// SendEachForMulticast sends the given multicast message to all the FCM registration tokens specified.
func (c *fcmClient) SendEachForMulticast(ctx context.Context, message *MulticastMessage) (*BatchResponse, error) {
	return &BatchResponse{}, nil
}

// SendEachForMulticastDryRun sends the given multicast message to all the specified FCM registration
// tokens in the dry run (validation only) mode.
func (c *fcmClient) SendEachForMulticastDryRun(ctx context.Context, message *MulticastMessage) (*BatchResponse, error) {
	return &BatchResponse{}, nil
}

// SendAll sends the messages in the given array via Firebase Cloud Messaging.
//
// Deprecated: Use SendEach instead.
func (c *fcmClient) SendAll(ctx context.Context, messages []*Message) (*BatchResponse, error) {
	return &BatchResponse{}, nil
}

// SendMulticast sends the given multicast message to all the FCM registration tokens specified.
//
// Deprecated: Use SendEachForMulticast instead.
func (c *fcmClient) SendMulticast(ctx context.Context, message *MulticastMessage) (*BatchResponse, error) {
	return &BatchResponse{}, nil
}

type iidClient struct {
	iidEndpoint string
}

// SubscribeToTopic subscribes a list of registration tokens to a topic.
//
// The tokens list must not be empty, and have at most 1000 tokens.
func (c *iidClient) SubscribeToTopic(ctx context.Context, tokens []string, topic string) (*TopicManagementResponse, error) {
	return &TopicManagementResponse{}, nil
}

// UnsubscribeFromTopic unsubscribes a list of registration tokens from a topic.
//
// The tokens list must not be empty, and have at most 1000 tokens.
func (c *iidClient) UnsubscribeFromTopic(ctx context.Context, tokens []string, topic string) (*TopicManagementResponse, error) {
	return &TopicManagementResponse{}, nil
}

// Package azservicebus is a stub of github.com/Azure/azure-sdk-for-go/sdk/messaging/azservicebus.
package azservicebus

import (
	"context"
	"crypto/tls"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
)

// ClientOptions contains options for NewClient and NewClientFromConnectionString.
type ClientOptions struct {
	TLSConfig     *tls.Config
	ApplicationID string
}

// Client provides methods to create Sender and Receiver instances.
type Client struct {
	fullyQualifiedNamespace string
}

// NewClient creates a new Client for a Service Bus namespace (ex: myservicebus.servicebus.windows.net).
func NewClient(fullyQualifiedNamespace string, credential azcore.TokenCredential, options *ClientOptions) (*Client, error) {
	return &Client{fullyQualifiedNamespace: fullyQualifiedNamespace}, nil
}

func NewClientFromConnectionString(connectionString string, options *ClientOptions) (*Client, error) {
	return &Client{}, nil
}

func (client *Client) Close(ctx context.Context) error { return nil }

// NewSenderOptions contains optional parameters for Client.NewSender.
type NewSenderOptions struct{}

// Sender is used to send messages as well as schedule them to be delivered at a later date.
type Sender struct {
	client       *Client
	queueOrTopic string
}

func (client *Client) NewSender(queueOrTopic string, options *NewSenderOptions) (*Sender, error) {
	return &Sender{client: client, queueOrTopic: queueOrTopic}, nil
}

// Message is a message with a body and commonly used properties.
type Message struct {
	ApplicationProperties map[string]any
	Body                  []byte
	ContentType           *string
	CorrelationID         *string
	MessageID             *string
	SessionID             *string
	Subject               *string
	To                    *string
}

// SendMessageOptions contains optional parameters for the SendMessage function.
type SendMessageOptions struct{}

func (s *Sender) SendMessage(ctx context.Context, message *Message, options *SendMessageOptions) error {
	return nil
}

// MessageBatch represents a batch of messages to send.
type MessageBatch struct {
	messages []*Message
}

// AddMessageOptions contains optional parameters for the AddMessage function.
type AddMessageOptions struct{}

func (mb *MessageBatch) AddMessage(m *Message, options *AddMessageOptions) error {
	mb.messages = append(mb.messages, m)
	return nil
}

// MessageBatchOptions contains options for the Sender.NewMessageBatch function.
type MessageBatchOptions struct {
	MaxBytes uint64
}

func (s *Sender) NewMessageBatch(ctx context.Context, options *MessageBatchOptions) (*MessageBatch, error) {
	return &MessageBatch{}, nil
}

// SendMessageBatchOptions contains optional parameters for the SendMessageBatch function.
type SendMessageBatchOptions struct{}

func (s *Sender) SendMessageBatch(ctx context.Context, batch *MessageBatch, options *SendMessageBatchOptions) error {
	return nil
}

// ScheduleMessagesOptions contains optional parameters for the ScheduleMessages function.
type ScheduleMessagesOptions struct{}

func (s *Sender) ScheduleMessages(ctx context.Context, messages []*Message, scheduledEnqueueTime time.Time, options *ScheduleMessagesOptions) ([]int64, error) {
	return nil, nil
}

func (s *Sender) Close(ctx context.Context) error { return nil }

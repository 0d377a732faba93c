// Package openapi is a stub of github.com/twilio/twilio-go/rest/api/v2010 for xborder's tests.
package openapi

import "github.com/twilio/twilio-go/client"

type ApiService struct {
	baseURL        string
	requestHandler *client.RequestHandler
}

func NewApiService(requestHandler *client.RequestHandler) *ApiService {
	return &ApiService{requestHandler: requestHandler, baseURL: "https://api.twilio.com"}
}

// Optional parameters for the method 'CreateMessage'
type CreateMessageParams struct {
	// The SID of the [Account](https://www.twilio.com/docs/iam/api/account) creating the Message resource.
	PathAccountSid *string `json:"PathAccountSid,omitempty"`
	// The recipient's phone number in [E.164](https://www.twilio.com/docs/glossary/what-e164) format.
	To *string `json:"To,omitempty"`
	// The URL of the endpoint to which Twilio sends [Message status callback requests](https://www.twilio.com/docs/sms/api/message-resource#twilios-request-to-the-statuscallback-url).
	StatusCallback *string `json:"StatusCallback,omitempty"`
	// The sender's Twilio phone number.
	From *string `json:"From,omitempty"`
	// The SID of the [Messaging Service](https://www.twilio.com/docs/messaging/api/service-resource) you want to associate with the Message.
	MessagingServiceSid *string `json:"MessagingServiceSid,omitempty"`
	// The text content of the outgoing message.
	Body *string `json:"Body,omitempty"`
	// The URL of media to include in the Message content.
	MediaUrl *[]string `json:"MediaUrl,omitempty"`
	// For [Content Editor/API](https://www.twilio.com/docs/content) only: The SID of the Content Template to be used for body content.
	ContentSid *string `json:"ContentSid,omitempty"`
}

func (params *CreateMessageParams) SetPathAccountSid(PathAccountSid string) *CreateMessageParams {
	params.PathAccountSid = &PathAccountSid
	return params
}
func (params *CreateMessageParams) SetTo(To string) *CreateMessageParams {
	params.To = &To
	return params
}
func (params *CreateMessageParams) SetStatusCallback(StatusCallback string) *CreateMessageParams {
	params.StatusCallback = &StatusCallback
	return params
}
func (params *CreateMessageParams) SetFrom(From string) *CreateMessageParams {
	params.From = &From
	return params
}
func (params *CreateMessageParams) SetMessagingServiceSid(MessagingServiceSid string) *CreateMessageParams {
	params.MessagingServiceSid = &MessagingServiceSid
	return params
}
func (params *CreateMessageParams) SetBody(Body string) *CreateMessageParams {
	params.Body = &Body
	return params
}
func (params *CreateMessageParams) SetMediaUrl(MediaUrl []string) *CreateMessageParams {
	params.MediaUrl = &MediaUrl
	return params
}
func (params *CreateMessageParams) SetContentSid(ContentSid string) *CreateMessageParams {
	params.ContentSid = &ContentSid
	return params
}

// ApiV2010Message struct for ApiV2010Message
type ApiV2010Message struct {
	Body   *string `json:"body,omitempty"`
	To     *string `json:"to,omitempty"`
	Sid    *string `json:"sid,omitempty"`
	Status *string `json:"status,omitempty"`
}

// Send a message
func (c *ApiService) CreateMessage(params *CreateMessageParams) (*ApiV2010Message, error) {
	return &ApiV2010Message{}, nil
}

// Optional parameters for the method 'CreateCall'
type CreateCallParams struct {
	// The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that will create the resource.
	PathAccountSid *string `json:"PathAccountSid,omitempty"`
	// The phone number, SIP address, or client identifier to call.
	To *string `json:"To,omitempty"`
	// The phone number or client identifier to use as the caller id.
	From *string `json:"From,omitempty"`
	// TwiML instructions for the call Twilio will use without fetching Twiml from url parameter.
	Twiml *string `json:"Twiml,omitempty"`
	// The absolute URL that returns the TwiML instructions for the call.
	Url *string `json:"Url,omitempty"`
}

func (params *CreateCallParams) SetTo(To string) *CreateCallParams {
	params.To = &To
	return params
}
func (params *CreateCallParams) SetFrom(From string) *CreateCallParams {
	params.From = &From
	return params
}
func (params *CreateCallParams) SetTwiml(Twiml string) *CreateCallParams {
	params.Twiml = &Twiml
	return params
}
func (params *CreateCallParams) SetUrl(Url string) *CreateCallParams {
	params.Url = &Url
	return params
}

// ApiV2010Call struct for ApiV2010Call
type ApiV2010Call struct {
	Sid *string `json:"sid,omitempty"`
}

// Create a new outgoing call to phones, SIP-enabled endpoints or Twilio Client connections
func (c *ApiService) CreateCall(params *CreateCallParams) (*ApiV2010Call, error) {
	return &ApiV2010Call{}, nil
}

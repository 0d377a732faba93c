// Package openapi is a stub of github.com/twilio/twilio-go/rest/verify/v2 for xborder's tests.
package openapi

import "github.com/twilio/twilio-go/client"

type ApiService struct {
	baseURL        string
	requestHandler *client.RequestHandler
}

func NewApiService(requestHandler *client.RequestHandler) *ApiService {
	return &ApiService{requestHandler: requestHandler, baseURL: "https://verify.twilio.com"}
}

// Optional parameters for the method 'CreateVerification'
type CreateVerificationParams struct {
	// The phone number or [email](https://www.twilio.com/docs/verify/email) to verify. Phone numbers must be in [E.164 format](https://www.twilio.com/docs/glossary/what-e164).
	To *string `json:"To,omitempty"`
	// The verification method to use. One of: [`email`](https://www.twilio.com/docs/verify/email), `sms`, `whatsapp`, `call`, `sna` or `auto`.
	Channel *string `json:"Channel,omitempty"`
	// Locale will automatically resolve based on phone number country code for SMS, WhatsApp, and call channel verifications.
	Locale *string `json:"Locale,omitempty"`
}

func (params *CreateVerificationParams) SetTo(To string) *CreateVerificationParams {
	params.To = &To
	return params
}
func (params *CreateVerificationParams) SetChannel(Channel string) *CreateVerificationParams {
	params.Channel = &Channel
	return params
}
func (params *CreateVerificationParams) SetLocale(Locale string) *CreateVerificationParams {
	params.Locale = &Locale
	return params
}

// VerifyV2Verification struct for VerifyV2Verification
type VerifyV2Verification struct {
	Sid    *string `json:"sid,omitempty"`
	Status *string `json:"status,omitempty"`
}

// Create a new Verification using a Service
func (c *ApiService) CreateVerification(ServiceSid string, params *CreateVerificationParams) (*VerifyV2Verification, error) {
	return &VerifyV2Verification{}, nil
}

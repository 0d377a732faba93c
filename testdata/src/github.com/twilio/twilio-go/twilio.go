// Package twilio is a stub of github.com/twilio/twilio-go for xborder's tests.
package twilio

import (
	"os"
	"time"

	"github.com/twilio/twilio-go/client"
	Api "github.com/twilio/twilio-go/rest/api/v2010"
	VerifyV2 "github.com/twilio/twilio-go/rest/verify/v2"
)

// RestClient provides access to Twilio services.
type RestClient struct {
	*client.RequestHandler
	Api      *Api.ApiService
	VerifyV2 *VerifyV2.ApiService
}

// ClientParams holds the parameters required to initialize a Twilio RestClient.
type ClientParams struct {
	// Username is the account SID for authentication.
	Username string
	// Password is the authentication token for the account.
	Password string
	// AccountSid is the specific account SID to be used.
	AccountSid string
	// Client is the base client used for making HTTP requests.
	Client client.BaseClient
}

// NewRestClientWithParams provides an initialized Twilio RestClient with params.
func NewRestClientWithParams(params ClientParams) *RestClient {
	requestHandler := client.NewRequestHandler(params.Client)
	if params.Client == nil {
		username := params.Username
		if username == "" {
			username = os.Getenv("TWILIO_ACCOUNT_SID")
		}
		requestHandler = client.NewRequestHandler(&client.Client{})
	}
	c := &RestClient{RequestHandler: requestHandler}
	c.Api = Api.NewApiService(c.RequestHandler)
	c.VerifyV2 = VerifyV2.NewApiService(c.RequestHandler)
	return c
}

// NewRestClient provides an initialized Twilio RestClient.
func NewRestClient() *RestClient {
	return NewRestClientWithParams(ClientParams{})
}

// SetTimeout sets the Timeout for Twilio HTTP requests.
func (c *RestClient) SetTimeout(timeout time.Duration) {}

// SetEdge sets the Edge for the Twilio request.
func (c *RestClient) SetEdge(edge string) {
	c.RequestHandler.Edge = edge
}

// SetRegion sets the Region for the Twilio request. Defaults to "us1" if an edge is provided.
func (c *RestClient) SetRegion(region string) {
	c.RequestHandler.Region = region
}

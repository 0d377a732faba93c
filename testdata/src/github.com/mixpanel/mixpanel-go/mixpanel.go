// Package mixpanel is a stub of github.com/mixpanel/mixpanel-go (Mixpanel's Go SDK): the API
// xborder's catalogue names, with empty bodies.
package mixpanel

import (
	"context"
	"net/http"
)

const EmptyDistinctID = ""

// ApiClient is the Mixpanel API client.
type ApiClient struct {
	client      *http.Client
	apiEndpoint string
	token       string
}

type Options func(mixpanel *ApiClient)

// EuResidency sets the client to use the EU endpoints.
func EuResidency() Options {
	return func(mixpanel *ApiClient) { mixpanel.apiEndpoint = "https://api-eu.mixpanel.com" }
}

// ProxyApiLocation sets a custom location for all ingestion requests.
func ProxyApiLocation(proxy string) Options {
	return func(mixpanel *ApiClient) { mixpanel.apiEndpoint = proxy }
}

func HttpClient(client *http.Client) Options {
	return func(mixpanel *ApiClient) { mixpanel.client = client }
}

// NewApiClient creates a Mixpanel client.
func NewApiClient(token string, options ...Options) *ApiClient {
	mp := &ApiClient{apiEndpoint: "https://api.mixpanel.com", token: token}
	for _, o := range options {
		o(mp)
	}
	return mp
}

// Event is a Mixpanel event.
type Event struct {
	Name       string         `json:"event"`
	Properties map[string]any `json:"properties"`
}

// NewEvent creates an event to track.
func (m *ApiClient) NewEvent(name string, distinctID string, properties map[string]any) *Event {
	if properties == nil {
		properties = make(map[string]any)
	}
	properties["distinct_id"] = distinctID
	return &Event{Name: name, Properties: properties}
}

// PeopleProperties are a user profile's properties.
type PeopleProperties struct {
	DistinctID string
	Properties map[string]any
}

func NewPeopleProperties(distinctID string, properties map[string]any) *PeopleProperties {
	return &PeopleProperties{DistinctID: distinctID, Properties: properties}
}

type ImportOptions struct {
	Strict      bool
	Compression int
}

var ImportOptionsRecommend = ImportOptions{Strict: true}

type ImportSuccess struct {
	Code               int
	NumRecordsImported int
}

func (m *ApiClient) Track(ctx context.Context, events []*Event) error { return nil }

func (m *ApiClient) Import(ctx context.Context, events []*Event, options ImportOptions) (*ImportSuccess, error) {
	return nil, nil
}

func (m *ApiClient) PeopleSet(ctx context.Context, people []*PeopleProperties) error { return nil }

func (m *ApiClient) PeopleSetOnce(ctx context.Context, people []*PeopleProperties) error {
	return nil
}

func (m *ApiClient) PeopleUnionProperty(ctx context.Context, distinctID string, union map[string]any) error {
	return nil
}

func (m *ApiClient) PeopleAppendListProperty(ctx context.Context, distinctID string, append map[string]any) error {
	return nil
}

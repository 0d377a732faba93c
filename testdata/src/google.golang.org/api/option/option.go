// Package option is a stub of google.golang.org/api/option for xborder's tests.
package option

// A ClientOption is an option for a Google API client.
type ClientOption interface {
	apply(*dialSettings)
}

type dialSettings struct {
	Endpoint        string
	CredentialsFile string
	APIKey          string
}

type withEndpoint string

func (w withEndpoint) apply(o *dialSettings) { o.Endpoint = string(w) }

// WithEndpoint returns a ClientOption that overrides the default endpoint to be used for a service.
func WithEndpoint(url string) ClientOption { return withEndpoint(url) }

type withCredFile string

func (w withCredFile) apply(o *dialSettings) { o.CredentialsFile = string(w) }

// WithCredentialsFile returns a ClientOption that authenticates API calls with the given
// service account or refresh token JSON credentials file.
func WithCredentialsFile(filename string) ClientOption { return withCredFile(filename) }

type withAPIKey string

func (w withAPIKey) apply(o *dialSettings) { o.APIKey = string(w) }

// WithAPIKey returns a ClientOption that specifies an API key to be used as the basis for authentication.
func WithAPIKey(apiKey string) ClientOption { return withAPIKey(apiKey) }

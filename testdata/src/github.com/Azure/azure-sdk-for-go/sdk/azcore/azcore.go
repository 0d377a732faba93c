// Package azcore is a stub of github.com/Azure/azure-sdk-for-go/sdk/azcore for xborder's tests.
package azcore

import (
	"context"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
)

// AccessToken represents an Azure service bearer access token with expiry information.
type AccessToken struct {
	Token     string
	ExpiresOn time.Time
}

// TokenCredential represents a credential capable of providing an OAuth token.
type TokenCredential interface {
	GetToken(ctx context.Context, options policy.TokenRequestOptions) (AccessToken, error)
}

// ClientOptions contains optional settings for a client's pipeline.
type ClientOptions = policy.ClientOptions

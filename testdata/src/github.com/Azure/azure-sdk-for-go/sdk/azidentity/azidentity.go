// Package azidentity is a stub of github.com/Azure/azure-sdk-for-go/sdk/azidentity.
package azidentity

import (
	"context"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
)

// DefaultAzureCredentialOptions contains optional parameters for DefaultAzureCredential.
type DefaultAzureCredentialOptions struct {
	azcore.ClientOptions
	TenantID string
}

// DefaultAzureCredential simplifies authentication while developing applications.
type DefaultAzureCredential struct{}

func NewDefaultAzureCredential(options *DefaultAzureCredentialOptions) (*DefaultAzureCredential, error) {
	return &DefaultAzureCredential{}, nil
}

func (c *DefaultAzureCredential) GetToken(ctx context.Context, opts policy.TokenRequestOptions) (azcore.AccessToken, error) {
	return azcore.AccessToken{}, nil
}

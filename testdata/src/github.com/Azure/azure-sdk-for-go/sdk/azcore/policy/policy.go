// Package policy is a stub of github.com/Azure/azure-sdk-for-go/sdk/azcore/policy.
package policy

// TokenRequestOptions contain specific parameter that may be used by credentials types when
// attempting to get a token.
type TokenRequestOptions struct {
	Scopes   []string
	TenantID string
}

// ClientOptions contains optional settings for a client's pipeline.
type ClientOptions struct {
	Cloud Configuration
}

// Configuration configures a cloud (Azure public, Azure China, ...).
type Configuration struct {
	ActiveDirectoryAuthorityHost string
}

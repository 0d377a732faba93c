// Package credentials is a stub of github.com/aliyun/alibabacloud-oss-go-sdk-v2/oss/credentials.
package credentials

import "context"

// Credentials are the access key pair and token.
type Credentials struct {
	AccessKeyID     string
	AccessKeySecret string
	SecurityToken   string
}

// CredentialsProvider provides credentials.
type CredentialsProvider interface {
	GetCredentials(ctx context.Context) (Credentials, error)
}

type staticCredentialsProvider struct{ credentials Credentials }

func (s *staticCredentialsProvider) GetCredentials(_ context.Context) (Credentials, error) {
	return s.credentials, nil
}

// NewStaticCredentialsProvider returns a provider of fixed credentials.
func NewStaticCredentialsProvider(id, secret string, token ...string) CredentialsProvider {
	return &staticCredentialsProvider{Credentials{AccessKeyID: id, AccessKeySecret: secret}}
}

type envCredentialsProvider struct{}

func (s *envCredentialsProvider) GetCredentials(_ context.Context) (Credentials, error) {
	return Credentials{}, nil
}

// NewEnvironmentVariableCredentialsProvider reads OSS_ACCESS_KEY_ID and OSS_ACCESS_KEY_SECRET.
func NewEnvironmentVariableCredentialsProvider() CredentialsProvider {
	return &envCredentialsProvider{}
}

// Package aws is a stub of github.com/aws/aws-sdk-go-v2/aws for xborder's tests.
package aws

type Config struct {
	Region string
}

func String(v string) *string { return &v }

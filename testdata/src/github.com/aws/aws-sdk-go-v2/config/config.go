// Package config is a stub of github.com/aws/aws-sdk-go-v2/config for xborder's tests.
package config

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
)

type LoadOptions struct {
	Region  string
	Profile string
}

type LoadOptionsFunc func(*LoadOptions) error

func WithRegion(v string) LoadOptionsFunc {
	return func(o *LoadOptions) error { o.Region = v; return nil }
}

func WithSharedConfigProfile(v string) LoadOptionsFunc {
	return func(o *LoadOptions) error { o.Profile = v; return nil }
}

func LoadDefaultConfig(ctx context.Context, optFns ...func(*LoadOptions) error) (cfg aws.Config, err error) {
	var o LoadOptions
	for _, f := range optFns {
		f(&o)
	}
	return aws.Config{Region: o.Region}, nil
}

// Package config is a service's configuration: endpoints as fields with defaults from the
// constructor and from flags, and fields only the deployment sets.
package config

import "flag"

type Config struct {
	VerifyBaseURL string
	AuditURL      string
	ReportURL     string
	SyncURL       string
}

func New() *Config {
	return &Config{VerifyBaseURL: "https://verify.us.example.com"}
}

// Flags binds the flags that override the configuration.
func (c *Config) Flags(fs *flag.FlagSet) {
	fs.StringVar(&c.AuditURL, "audit-url", "https://audit.us.example.com", "where audit events go")
	fs.StringVar(&c.SyncURL, "sync-url", "", "where users are synchronised")
}

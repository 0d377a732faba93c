// Package firebase is a stub of firebase.google.com/go/v4 for xborder's tests.
package firebase

import (
	"context"

	"firebase.google.com/go/v4/messaging"
	"google.golang.org/api/option"
)

// Version of the Firebase Go Admin SDK.
const Version = "4.18.0"

// An App holds configuration and state common to all Firebase services that are exposed from the SDK.
type App struct {
	projectID string
	opts      []option.ClientOption
}

// Config represents the configuration used to initialize an App.
type Config struct {
	AuthOverride     *map[string]interface{} `json:"databaseAuthVariableOverride"`
	DatabaseURL      string                  `json:"databaseURL"`
	ProjectID        string                  `json:"projectId"`
	ServiceAccountID string                  `json:"serviceAccountId"`
	StorageBucket    string                  `json:"storageBucket"`
}

// NewApp creates a new App from the provided config and client options.
func NewApp(ctx context.Context, config *Config, opts ...option.ClientOption) (*App, error) {
	app := &App{opts: opts}
	if config != nil {
		app.projectID = config.ProjectID
	}
	return app, nil
}

// Messaging returns an instance of messaging.Client.
func (a *App) Messaging(ctx context.Context) (*messaging.Client, error) {
	return messaging.NewClient(ctx, a.projectID)
}

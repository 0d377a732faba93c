//go:build ignore

// A case waiting for the flow engine (remove the build constraint, and set options = 2 on
// firebase.NewApp in catalog/sdks/push.toml, when it passes). The endpoint client option is the
// FCM endpoint; but the engine takes every functional option of a catalogue client for a
// destination, so with options = 2 the canonical option.WithCredentialsFile("key.json")
// (push.go, keyFile) would be reported as "flows to key.json". Only catalogued options
// (option.WithEndpoint) should set the destination.

package push

import (
	"context"

	firebase "firebase.google.com/go/v4"
	"firebase.google.com/go/v4/messaging"
	"google.golang.org/api/option"
)

// An FCM-compatible push gateway in the mainland, set with the client option: not a transfer.
func gateway(ctx context.Context, d Device) {
	app, _ := firebase.NewApp(ctx, nil, option.WithEndpoint("https://push-gateway.example.cn/v1"))
	client, _ := app.Messaging(ctx)
	client.Send(ctx, &messaging.Message{Token: d.Token})
}

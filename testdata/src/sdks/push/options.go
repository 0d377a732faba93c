// Client options: only a catalogued one (option.WithEndpoint) sets the destination; the
// credentials file option does not.

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

func credentials(ctx context.Context, d Device) {
	app, _ := firebase.NewApp(ctx, nil, option.WithCredentialsFile("service-account.json"))
	client, _ := app.Messaging(ctx)
	client.Send(ctx, &messaging.Message{Token: d.Token}) // want `Device.Token flows to fcm.googleapis.com \(US, Google Firebase Cloud Messaging\)`
}

// option.WithCredentialsFile names a key file, not an endpoint: only catalogued options
// (option.WithEndpoint) set a catalogue client's destination.

package gcp

import (
	"context"
	"encoding/json"

	"cloud.google.com/go/pubsub"
	"google.golang.org/api/option"
)

func publishWithKeyFile(ctx context.Context, m *Member) {
	client, _ := pubsub.NewClient(ctx, "acme", option.WithCredentialsFile("key.json"))
	data, _ := json.Marshal(m)
	client.Topic("signups").Publish(ctx, &pubsub.Message{Data: data}) // want `personal data Member.Email flows to pubsub.googleapis.com \(outside the mainland, Google Cloud Pub/Sub\)`
}

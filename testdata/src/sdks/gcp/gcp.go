// Package gcp sends tagged data through Google Cloud client libraries (Cloud Storage,
// Pub/Sub, BigQuery): to their global googleapis.com hosts, outside the mainland, unless an
// endpoint option says otherwise.
package gcp

import (
	"context"
	"encoding/json"

	"cloud.google.com/go/bigquery"
	"cloud.google.com/go/pubsub"
	pubsubv2 "cloud.google.com/go/pubsub/v2"
	"cloud.google.com/go/storage"
	"google.golang.org/api/option"
)

type Member struct {
	ID    string
	Email string `xborder:"personal"`
	Tier  string
}

func upload(ctx context.Context, m Member) {
	client, err := storage.NewClient(ctx)
	if err != nil {
		return
	}
	defer client.Close()
	w := client.Bucket("members").Object(m.ID).NewWriter(ctx)
	b, _ := json.Marshal(m)
	w.Write(b) // want `personal data Member.Email flows to storage.googleapis.com \(outside the mainland, Google Cloud Storage\) via \(\*cloud.google.com/go/storage.Writer\).Write`
	w.Close()

	t := client.Bucket("tiers").Object(m.ID).NewWriter(ctx)
	t.Write([]byte(m.Tier))
	t.Close()
}

// A storage gateway in the mainland, named by the endpoint option: not a transfer.
func gateway(ctx context.Context, m *Member) {
	client, _ := storage.NewClient(ctx, option.WithEndpoint("https://storage.example.cn/storage/v1/"))
	bucket := client.Bucket("members")
	w := bucket.Object(m.ID).NewWriter(ctx)
	w.Write([]byte(m.Email))
	w.Close()
}

func publish(ctx context.Context, m *Member) {
	client, _ := pubsub.NewClient(ctx, "acme")
	topic := client.Topic("signups")
	data, _ := json.Marshal(m)
	res := topic.Publish(ctx, &pubsub.Message{Data: data}) // want `personal data Member.Email flows to pubsub.googleapis.com \(outside the mainland, Google Cloud Pub/Sub\) via \(\*cloud.google.com/go/pubsub.Topic\).Publish`
	res.Get(ctx)
	topic.Publish(ctx, &pubsub.Message{Data: []byte(m.Tier)})
}

func publishV2(ctx context.Context, m *Member) {
	client, _ := pubsubv2.NewClient(ctx, "acme")
	publisher := client.Publisher("signups")
	publisher.Publish(ctx, &pubsubv2.Message{Attributes: map[string]string{"email": m.Email}}) // want `Member.Email flows to pubsub.googleapis.com \(outside the mainland, Google Cloud Pub/Sub\) via \(\*cloud.google.com/go/pubsub/v2.Publisher\).Publish`
}

type row struct {
	Email string
	Tier  string
}

func insert(ctx context.Context, m *Member) {
	client, _ := bigquery.NewClient(ctx, "acme")
	ins := client.Dataset("crm").Table("members").Inserter()
	ins.Put(ctx, []row{{Email: m.Email, Tier: m.Tier}}) // want `personal data Member.Email flows to bigquery.googleapis.com \(outside the mainland, Google BigQuery\) via \(\*cloud.google.com/go/bigquery.Inserter\).Put`
	ins.Put(ctx, row{Tier: m.Tier})
}

// Package posthog sends tagged data through PostHog's posthog-go: to PostHog's US Cloud unless
// the client's Endpoint names the EU Cloud or another host.
package posthog

import (
	"context"

	"github.com/posthog/posthog-go"
)

type User struct {
	ID        string
	Email     string `xborder:"personal,contact"`
	Diagnosis string `xborder:"sensitive,health"`
	Theme     string
}

func defaults(u User) {
	client := posthog.New("phc_key")
	defer client.Close()
	client.Enqueue(posthog.Identify{DistinctId: u.ID, Properties: posthog.NewProperties().Set("email", u.Email)}) // want `personal data User.Email flows to us.i.posthog.com \(US, PostHog\) via \(github.com/posthog/posthog-go.EnqueueClient\).Enqueue`
	client.Enqueue(posthog.Capture{DistinctId: u.ID, Event: "theme", Properties: posthog.Properties{"theme": u.Theme}})
}

func regions(u *User) {
	eu, _ := posthog.NewWithConfig("phc_key", posthog.Config{Endpoint: "https://eu.i.posthog.com"})
	eu.Enqueue(posthog.Capture{DistinctId: u.ID, Event: "visit", Properties: posthog.Properties{"diagnosis": u.Diagnosis}}) // want `sensitive personal data User.Diagnosis flows to eu.i.posthog.com \(DE, PostHog \(EU Cloud\)\)`

	us, _ := posthog.NewWithConfig("phc_key", posthog.Config{Endpoint: "https://us.i.posthog.com"})
	us.Enqueue(posthog.Capture{DistinctId: u.ID, Event: "visit", Properties: posthog.Properties{"email": u.Email}}) // want `User.Email flows to us.i.posthog.com \(US, PostHog\)`

	// Self-hosted PostHog in the mainland: not a transfer.
	cn, _ := posthog.NewWithConfig("phc_key", posthog.Config{Endpoint: "https://posthog.example.cn"})
	cn.Enqueue(posthog.Capture{DistinctId: u.ID, Event: "visit", Properties: posthog.Properties{"email": u.Email}})
}

// EnqueueWithContext sends through the client it is given.
func withContext(ctx context.Context, u User) {
	posthog.EnqueueWithContext(ctx, posthog.New("phc_key"), posthog.Capture{Event: "visit", Properties: posthog.Properties{"email": u.Email}}) // want `User.Email flows to us.i.posthog.com \(US, PostHog\) via github.com/posthog/posthog-go.EnqueueWithContext`
}

// A client converted to the EnqueueClient interface keeps its endpoint.
func convertedClient(ctx context.Context, u User) {
	eu, _ := posthog.NewWithConfig("phc_key", posthog.Config{Endpoint: "https://eu.i.posthog.com"})
	posthog.EnqueueWithContext(ctx, eu, posthog.Capture{Event: "visit", Properties: posthog.Properties{"email": u.Email}}) // want `User.Email flows to eu.i.posthog.com \(DE, PostHog \(EU Cloud\)\)`
}

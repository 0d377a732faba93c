// Package segment sends tagged data through Segment's analytics-go: to api.segment.io unless
// the client's Endpoint says otherwise.
package segment

import (
	"os"

	"github.com/segmentio/analytics-go/v3"
)

type Member struct {
	ID    string
	Email string `xborder:"personal,contact"`
	Plan  string
}

func track(m Member) {
	client := analytics.New("write-key")
	defer client.Close()
	client.Enqueue(analytics.Identify{UserId: m.ID, Traits: analytics.NewTraits().SetEmail(m.Email)}) // want `personal data Member.Email flows to api.segment.io \(US, Segment\) via \(github.com/segmentio/analytics-go/v3.Client\).Enqueue`
	client.Enqueue(analytics.Track{UserId: m.ID, Event: "upgrade", Properties: analytics.NewProperties().Set("plan", m.Plan)})
}

func regional(m Member) {
	eu, _ := analytics.NewWithConfig("write-key", analytics.Config{Endpoint: "https://events.eu1.segmentapis.com"})
	eu.Enqueue(analytics.Track{Event: "signup", Properties: analytics.Properties{"email": m.Email}}) // want `Member.Email flows to events.eu1.segmentapis.com \(IE, Segment \(EU workspace\)\)`

	// A proxy in the mainland: not a transfer.
	cn, _ := analytics.NewWithConfig("write-key", analytics.Config{Endpoint: "https://segment-proxy.example.cn"})
	cn.Enqueue(analytics.Track{Event: "signup", Properties: analytics.Properties{"email": m.Email}})
}

// The endpoint from the environment: its location comes from the configuration, and an
// unmapped variable is an unknown destination.
func fromEnv(m Member) {
	c, _ := analytics.NewWithConfig("write-key", analytics.Config{Endpoint: os.Getenv("SEGMENT_ENDPOINT")})
	c.Enqueue(analytics.Track{Event: "signup", Properties: analytics.Properties{"email": m.Email}}) // want `Member.Email flows to \$SEGMENT_ENDPOINT \(unknown location\)`
}

// A client handed in: the caller's client decides.
func send(c analytics.Client, m *Member) {
	c.Enqueue(analytics.Alias{PreviousId: m.Email, UserId: m.ID})
}

func handedIn(m *Member) {
	send(analytics.New("k"), m) // want `Member.Email flows to api.segment.io \(US, Segment\)`
}

// Package rudderstack sends tagged data through RudderStack's analytics-go v4: to the data
// plane URL the client is made with, or hosted.rudderlabs.com when it is unknown.
package rudderstack

import (
	"os"

	"github.com/rudderlabs/analytics-go/v4"
)

type Customer struct {
	ID        string
	Email     string `xborder:"personal,contact"`
	Diagnosis string `xborder:"sensitive,health"`
	Plan      string
}

func dataPlane(c Customer) {
	client := analytics.New("write-key", "https://acme.dataplane.rudderstack.com")
	defer client.Close()
	client.Enqueue(analytics.Identify{UserId: c.ID, Traits: analytics.NewTraits().SetEmail(c.Email)}) // want `personal data Customer.Email flows to acme.dataplane.rudderstack.com \(US, RudderStack\) via \(github.com/rudderlabs/analytics-go/v4.Client\).Enqueue`
	client.Enqueue(analytics.Track{UserId: c.ID, Event: "upgrade", Properties: analytics.NewProperties().Set("plan", c.Plan)})
}

func config(c *Customer) {
	client, _ := analytics.NewWithConfig("write-key", analytics.Config{DataPlaneUrl: "https://acme.dataplane.rudderstack.com", BatchSize: 10})
	client.Enqueue(analytics.Track{Event: "visit", Properties: analytics.Properties{"email": c.Email, "diagnosis": c.Diagnosis}}) // want `sensitive personal data Customer.Diagnosis, Customer.Email flows to acme.dataplane.rudderstack.com \(US, RudderStack\)`

	// A self-hosted data plane in the mainland: not a transfer.
	cn, _ := analytics.NewWithConfig("write-key", analytics.Config{DataPlaneUrl: "https://rudder.example.cn"})
	cn.Enqueue(analytics.Track{Event: "visit", Properties: analytics.Properties{"email": c.Email}})
}

// The data plane from the environment: an unmapped variable is an unknown destination.
func fromEnv(c Customer) {
	client := analytics.New("write-key", os.Getenv("RUDDER_DATA_PLANE_URL"))
	client.Enqueue(analytics.Track{Event: "visit", Properties: analytics.Properties{"email": c.Email}}) // want `Customer.Email flows to \$RUDDER_DATA_PLANE_URL \(unknown location\)`
}

var dataPlanes = map[string]string{"prod": "https://acme.dataplane.rudderstack.com"}

// A data plane the analysis cannot resolve is taken to be the SDK's default.
func unresolved(c Customer, env string) {
	client := analytics.New("write-key", dataPlanes[env])
	client.Enqueue(analytics.Track{Event: "visit", Properties: analytics.Properties{"email": c.Email}}) // want `Customer.Email flows to hosted.rudderlabs.com \(US, RudderStack\)`
}

// Package amplitude sends tagged data through Amplitude's analytics-go: to api2.amplitude.com
// unless the client's Config.ServerZone is EU.
package amplitude

import (
	"github.com/amplitude/analytics-go/amplitude"
)

type Subscriber struct {
	ID      string
	Email   string `xborder:"personal,contact"`
	City    string `xborder:"personal"`
	Country string
}

func us(s Subscriber) {
	cfg := amplitude.NewConfig("api-key")
	cfg.ServerZone = amplitude.ServerZoneUS
	client := amplitude.NewClient(cfg)
	client.Track(amplitude.Event{EventType: "signup", EventOptions: amplitude.EventOptions{UserID: s.ID}, EventProperties: map[string]interface{}{"email": s.Email}}) // want `personal data Subscriber.Email flows to api2.amplitude.com \(US, Amplitude\) via \(github.com/amplitude/analytics-go/amplitude.Client\).Track`
	client.Track(amplitude.Event{EventType: "visit", EventProperties: map[string]interface{}{"country": s.Country}})

	identify := amplitude.Identify{}
	identify.Set("city", s.City)
	client.Identify(identify, amplitude.EventOptions{UserID: s.ID}) // want `Subscriber.City flows to api2.amplitude.com \(US, Amplitude\) via \(github.com/amplitude/analytics-go/amplitude.Client\).Identify`
}

func eu(s *Subscriber) {
	client := amplitude.NewClient(amplitude.Config{APIKey: "api-key", ServerZone: amplitude.ServerZoneEU})
	client.Track(amplitude.Event{EventType: "signup", EventProperties: map[string]interface{}{"email": s.Email}}) // want `Subscriber.Email flows to api.eu.amplitude.com \(DE, Amplitude \(EU residency\)\)`
	client.Track(amplitude.Event{EventType: "signup", EventOptions: amplitude.EventOptions{Country: s.Country}})
}

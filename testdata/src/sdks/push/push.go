// Package push sends tagged data through mobile push SDKs: Firebase Cloud Messaging
// (fcm.googleapis.com, iid.googleapis.com for topics) and Apple's APNs (api.push.apple.com).
package push

import (
	"context"
	"crypto/tls"
	"fmt"

	firebase "firebase.google.com/go/v4"
	"firebase.google.com/go/v4/messaging"
	"github.com/sideshow/apns2"
	"github.com/sideshow/apns2/payload"
	"google.golang.org/api/option"
)

type Device struct {
	Token     string `xborder:"personal,device"`
	Owner     string `xborder:"personal,basic"`
	Diagnosis string `xborder:"sensitive,health"`
	Platform  string
}

func fcm(ctx context.Context, d Device) {
	app, err := firebase.NewApp(ctx, &firebase.Config{ProjectID: "clinic"})
	if err != nil {
		return
	}
	client, err := app.Messaging(ctx)
	if err != nil {
		return
	}
	client.Send(ctx, &messaging.Message{Token: d.Token, Notification: &messaging.Notification{Title: "Reminder"}}) // want `personal data Device.Token flows to fcm.googleapis.com \(US, Google Firebase Cloud Messaging\) via \(\*firebase.google.com/go/v4/messaging.fcmClient\).Send`
	client.Send(ctx, &messaging.Message{Topic: "news", Data: map[string]string{"platform": d.Platform}})

	msgs := []*messaging.Message{{Topic: "ward", Notification: &messaging.Notification{Body: "Result: " + d.Diagnosis}}}
	client.SendEach(ctx, msgs) // want `sensitive personal data Device.Diagnosis flows to fcm.googleapis.com \(US, Google Firebase Cloud Messaging\) via \(\*firebase.google.com/go/v4/messaging.fcmClient\).SendEach`

	client.SendEachForMulticast(ctx, &messaging.MulticastMessage{Tokens: []string{d.Token}, Data: map[string]string{"owner": d.Owner}}) // want `personal data Device.Owner, Device.Token flows to fcm.googleapis.com \(US, Google Firebase Cloud Messaging\) via \(\*firebase.google.com/go/v4/messaging.fcmClient\).SendEachForMulticast`

	client.SubscribeToTopic(ctx, []string{d.Token}, "news") // want `Device.Token flows to iid.googleapis.com \(US, Google Firebase Instance ID\) via \(\*firebase.google.com/go/v4/messaging.iidClient\).SubscribeToTopic`
}

func apns(ctx context.Context, d Device, cert tls.Certificate) {
	client := apns2.NewClient(cert).Production()
	n := &apns2.Notification{DeviceToken: d.Token, Topic: "com.example.clinic", Payload: []byte(`{"aps":{"alert":"Reminder"}}`)}
	client.Push(n) // want `personal data Device.Token flows to api.push.apple.com \(US, Apple Push Notification service\) via \(\*github.com/sideshow/apns2.Client\).Push`

	alert := fmt.Sprintf(`{"aps":{"alert":{"title":"Result","body":%q}}}`, d.Diagnosis)
	client.PushWithContext(ctx, &apns2.Notification{Topic: "com.example.clinic", Payload: []byte(alert)}) // want `sensitive personal data Device.Diagnosis flows to api.push.apple.com \(US, Apple Push Notification service\) via \(\*github.com/sideshow/apns2.Client\).PushWithContext`

	// The payload builder keeps the alert in a map of pointers (content["aps"].(*aps).Alert):
	// xborder does not yet follow writes through them, so this is not reported (a known false
	// negative, not a clearance).
	body := payload.NewPayload().AlertTitle("Result").AlertBody(d.Diagnosis)
	client.PushWithContext(ctx, &apns2.Notification{Topic: "com.example.clinic", Payload: body})

	client.Push(&apns2.Notification{Topic: "com.example.clinic", Payload: payload.NewPayload().Custom("platform", d.Platform)})
}

// The canonical set-up: credentials from a key file. The file is not a destination.
func keyFile(ctx context.Context, d Device) {
	app, _ := firebase.NewApp(ctx, nil, option.WithCredentialsFile("serviceAccountKey.json"))
	client, _ := app.Messaging(ctx)
	client.Send(ctx, &messaging.Message{Token: d.Token}) // want `Device.Token flows to fcm.googleapis.com \(US, Google Firebase Cloud Messaging\)`
}

package apns2

import "time"

// EPushType defines the value for the apns-push-type header
type EPushType string

const (
	// PushTypeAlert is used for notifications that trigger a user interaction —
	// for example, an alert, badge, or sound.
	PushTypeAlert EPushType = "alert"
	// PushTypeBackground is used for notifications that deliver content in the
	// background, and don’t trigger any user interactions.
	PushTypeBackground EPushType = "background"
)

// Notification represents the the data and metadata for a APNs Remote Notification.
type Notification struct {
	// An optional canonical UUID that identifies the notification.
	ApnsID string
	// An optional identifier used to coalesce multiple notifications into a single notification.
	CollapseID string
	// The hex-encoded device token of the device to send the notification to.
	DeviceToken string
	// The topic of the remote notification, which is typically the bundle ID for your app.
	Topic string
	// An optional time at which the notification is no longer valid.
	Expiration time.Time
	// The priority of the notification.
	Priority int
	// A byte array containing the JSON-encoded payload of this push notification,
	// or a value that marshals to it (a payload.Payload).
	Payload interface{}
	// The pushtype of the push notification.
	PushType EPushType
}

// Response represents a result from the APNs gateway indicating whether a
// notification was accepted or rejected and (if applicable) the metadata
// surrounding the rejection.
type Response struct {
	StatusCode int
	Reason     string
	ApnsID     string
}

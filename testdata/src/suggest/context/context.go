// Package context tests the contexts in which weak words count, longest matches and type
// names.
package context

import (
	"net"
	"time"
)

// Order is not about a person by name, but its receiver fields are.
type Order struct {
	Name          string // an order's name: not a person's
	ReceiverName  string // want `field Order\.ReceiverName looks like personal data \(basic: name\)`
	ShipAddress   string // want `field Order\.ShipAddress looks like personal data \(contact: postal address\)`
	BuyerIP       string // want `field Order\.BuyerIP looks like personal data \(device: IP address\)`
	PlacedAt      time.Time
	TrackingToken string
}

// Shipment has a phone number, which makes its bare Name a person's.
type Shipment struct {
	Name         string // want `field Shipment\.Name looks like personal data \(basic: name\)`
	ContactPhone string // want `field Shipment\.ContactPhone looks like personal data \(contact: phone number\)`
	IP           string // IP needs a person named, not just a sibling
}

// UserDTO is about a user: record words after a person word do not change that.
type UserDTO struct {
	Name        string    // want `field UserDTO\.Name looks like personal data \(basic: name\)`
	IPAddr      string    // want `field UserDTO\.IPAddr looks like personal data \(device: IP address\)`
	MACAddress  string    // want `field UserDTO\.MACAddress looks like personal data \(device: device identifier\)`
	LastLoginIP net.IP    // want `field UserDTO\.LastLoginIP looks like personal data \(device: IP address\)`
	IDCardNo    string    // want `field UserDTO\.IDCardNo looks like personal data \(id-number: resident ID card\)`
	Birthday    time.Time // want `field UserDTO\.Birthday looks like personal data \(basic: birthday\)`
	ZipCode     int       // want `field UserDTO\.ZipCode looks like personal data \(contact: postal code\)`
	Emails      []string  // want `field UserDTO\.Emails looks like personal data \(contact: email\)`
	HomePhone   *string   // want `field UserDTO\.HomePhone looks like personal data \(contact: phone number\)`
	Allergies   []string  // want `field UserDTO\.Allergies looks like sensitive personal data \(health: health\)`
	Balance     float64
}

// Session is not about a person, but a client is named in the field.
type Session struct {
	ClientIP net.IP // want `field Session\.ClientIP looks like personal data \(device: IP address\)`
	Token    string
}

// Email is a type whose name says what it holds.
type Email string

// Notification names its recipient's mailbox by type only.
type Notification struct {
	To      Email // want `field Notification\.To looks like personal data \(contact: email \(type Email\)\)`
	Subject string
}

// Vehicle locations are precise: sensitive, on float and string coordinates.
type Vehicle struct {
	VIN       string  // want `field Vehicle\.VIN looks like personal data \(vehicle: vehicle identifier\)`
	Latitude  float64 // want `field Vehicle\.Latitude looks like sensitive personal data \(location-track: precise location\)`
	Longitude string  // want `field Vehicle\.Longitude looks like sensitive personal data \(location-track: precise location\)`
	Model     string
}

// Patient's diagnosis is sensitive and beats its weaker words: the stronger class wins.
type Patient struct {
	DiagnosisName string // want `field Patient\.DiagnosisName looks like sensitive personal data \(health: health\)`
}

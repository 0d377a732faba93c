// Package falsefriends has a case for every false friend and for the false friends that the
// rules' types and contexts exclude. Nothing here is reported.
package falsefriends

import (
	"net"
	"net/netip"
)

// Customer is about a person: only the false friends keep these fields out.
type Customer struct {
	FileName                string // a file's name
	HostName                string // a machine's name
	ServerName              string // a machine's name
	DomainName              string // a DNS name
	TypeName                string // a type's name
	ServiceName             string // a service's name
	ProductName             string // a product's name
	CompanyName             string // an organisation's name, not a person's
	CommonName              string // an X.509 subject name, usually a host
	NameServer              string // a DNS server
	PhoneModel              string // a handset model
	PhoneBrand              string // a handset brand
	MobileModel             string // a handset model
	EmailTemplate           string // a message template
	EmailSubject            string // a message subject
	AddressFamily           string // a socket address family
	KeyFingerprint          string // a hash of a public key
	CertFingerprint         string // a hash of a certificate
	FaceValue               string // the nominal value of a coupon or card
	IPVersion               string // a protocol version
	PermittedEmailAddresses string // X.509 name constraints: domains, not mailboxes
	ExcludedEmailAddresses  string // X.509 name constraints: domains, not mailboxes
}

// Bucket is not about a person: its Name is a bucket's.
type Bucket struct {
	Name   string
	Region string
}

// Server's Address is a network address: a sibling names a port.
type Server struct {
	Address string
	Port    int
}

// ProxyConfig's Address is a network address: the struct names a proxy.
type ProxyConfig struct {
	Address string
}

// LineEntry's Address is a program counter: not text.
type LineEntry struct {
	Address uint64
}

// Peer's addresses have network types.
type Peer struct {
	Address    net.Addr
	HomeAddr   netip.Addr
	Street     net.IP
	LastSeenIP string // IP needs a person in the field's or the struct's name
}

// Settings holds flags and counters that share words with personal data.
type Settings struct {
	Mobile        bool // a flag, not a phone number
	EmailVerified bool
	Lat           bool
	Birthday      bool
	Face          func()
}

// Certificate has mailboxes, but its IP addresses are a host's.
type Certificate struct {
	EmailAddresses []string // want `field Certificate\.EmailAddresses looks like personal data \(contact: email\)`
	IPAddresses    []net.IP
}

// UserRegionSummary is about a region, not a user: its name does not end in a person.
type UserRegionSummary struct {
	Name string
}

// Words match whole: none of these contain a rule's words.
type Words struct {
	Idiom     string
	Cardinal  string
	Emailer   interface{}
	Telemetry string
	Namespace string
	Facet     string
	Shipment  string
	Tips      string
	Vintage   string
	Latency   int
	Zippy     string
	Iban0x    bool
}

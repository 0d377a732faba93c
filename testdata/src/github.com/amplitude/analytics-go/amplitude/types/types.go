// Package types is a stub of github.com/amplitude/analytics-go/amplitude/types: the API
// xborder's catalogue names, with empty bodies.
package types

import "time"

type ServerZone string

const (
	ServerZoneUS ServerZone = "US"
	ServerZoneEU ServerZone = "EU"
)

// Config is the client configuration.
type Config struct {
	APIKey            string
	FlushInterval     time.Duration
	FlushQueueSize    int
	FlushMaxRetries   int
	MinIDLength       int
	ServerZone        ServerZone
	UseBatch          bool
	OptOut            bool
	ServerURL         string
	ConnectionTimeout time.Duration
}

func NewConfig(apiKey string) Config {
	return Config{APIKey: apiKey}
}

type IdentityOp string

const IdentityOpSet IdentityOp = "$set"

type EventOptions struct {
	UserID    string `json:"user_id,omitempty"`
	DeviceID  string `json:"device_id,omitempty"`
	Time      int64  `json:"time,omitempty"`
	InsertID  string `json:"insert_id,omitempty"`
	Country   string `json:"country,omitempty"`
	City      string `json:"city,omitempty"`
	IP        string `json:"ip,omitempty"`
	SessionID int    `json:"session_id,omitempty"`
}

type Event struct {
	EventType string `json:"event_type"`
	EventOptions
	EventProperties map[string]interface{}                `json:"event_properties,omitempty"`
	UserProperties  map[IdentityOp]map[string]interface{} `json:"user_properties,omitempty"`
	Groups          map[string][]string                   `json:"groups,omitempty"`
	GroupProperties map[IdentityOp]map[string]interface{} `json:"group_properties,omitempty"`
}

type Identify struct {
	PropertiesSet map[string]struct{}
	Properties    map[IdentityOp]map[string]interface{}
}

// Set sets the value of a user property.
func (i *Identify) Set(property string, value interface{}) *Identify {
	if i.Properties == nil {
		i.Properties = make(map[IdentityOp]map[string]interface{})
	}
	if i.Properties[IdentityOpSet] == nil {
		i.Properties[IdentityOpSet] = make(map[string]interface{})
	}
	i.Properties[IdentityOpSet][property] = value
	return i
}

type Revenue struct {
	Price       float64
	Quantity    int
	ProductID   string
	RevenueType string
	Properties  map[string]interface{}
}

type Plugin interface {
	Name() string
}

// Package amplitude is a stub of github.com/amplitude/analytics-go/amplitude (Amplitude's Go
// SDK): the API xborder's catalogue names, with empty bodies.
package amplitude

import "github.com/amplitude/analytics-go/amplitude/types"

type (
	Config       = types.Config
	ServerZone   = types.ServerZone
	EventOptions = types.EventOptions
	Event        = types.Event
	IdentityOp   = types.IdentityOp
	Identify     = types.Identify
	Revenue      = types.Revenue
	Plugin       = types.Plugin
)

const (
	ServerZoneUS = types.ServerZoneUS
	ServerZoneEU = types.ServerZoneEU
)

var NewConfig = types.NewConfig

// Client is the Amplitude client interface.
type Client interface {
	Track(event Event)
	Identify(identify Identify, eventOptions EventOptions)
	GroupIdentify(groupType string, groupName []string, identify Identify, eventOptions EventOptions)
	Revenue(revenue Revenue, eventOptions EventOptions)
	SetGroup(groupType string, groupName []string, eventOptions EventOptions)
	Flush()
	Add(plugin Plugin)
	Remove(plugin Plugin)
	Shutdown()
}

func NewClient(config Config) Client { return nil }

// Package mixpanel sends tagged data through Mixpanel's mixpanel-go: to api.mixpanel.com unless
// the client is made with EuResidency or a proxy location.
package mixpanel

import (
	"context"

	"github.com/mixpanel/mixpanel-go"
)

type Player struct {
	ID    string
	Email string `xborder:"personal,contact"`
	Phone string `xborder:"personal,contact"`
	Level int
}

func track(ctx context.Context, p Player) {
	mp := mixpanel.NewApiClient("token")
	mp.Track(ctx, []*mixpanel.Event{mp.NewEvent("login", p.ID, map[string]any{"email": p.Email})}) // want `personal data Player.Email flows to api.mixpanel.com \(US, Mixpanel\) via \(\*github.com/mixpanel/mixpanel-go.ApiClient\).Track`
	mp.Track(ctx, []*mixpanel.Event{mp.NewEvent("level", p.ID, map[string]any{"level": p.Level})})
	mp.PeopleSet(ctx, []*mixpanel.PeopleProperties{mixpanel.NewPeopleProperties(p.ID, map[string]any{"$phone": p.Phone})}) // want `Player.Phone flows to api.mixpanel.com \(US, Mixpanel\) via \(\*github.com/mixpanel/mixpanel-go.ApiClient\).PeopleSet`
}

func residency(ctx context.Context, p *Player) {
	eu := mixpanel.NewApiClient("token", mixpanel.EuResidency())
	eu.Track(ctx, []*mixpanel.Event{eu.NewEvent("login", p.ID, map[string]any{"email": p.Email})}) // want `Player.Email flows to api-eu.mixpanel.com \(NL, Mixpanel \(EU residency\)\)`

	in := mixpanel.NewApiClient("token", mixpanel.ProxyApiLocation("https://api-in.mixpanel.com"))
	in.PeopleUnionProperty(ctx, p.ID, map[string]any{"phones": []string{p.Phone}}) // want `Player.Phone flows to api-in.mixpanel.com \(IN, Mixpanel \(India residency\)\)`

	// A proxy in the mainland: not a transfer.
	cn := mixpanel.NewApiClient("token", mixpanel.ProxyApiLocation("https://mixpanel-proxy.example.cn"))
	cn.Track(ctx, []*mixpanel.Event{cn.NewEvent("login", p.ID, map[string]any{"email": p.Email})})
}

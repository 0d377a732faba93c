package flow

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Summary is the fact exported for a function or method: how data moves through it, in terms
// of its parameters (receiver first) and the tagged fields it reads. Summaries already include
// their callees' effects, so a package needs only its direct imports' facts.
type Summary struct {
	Returns []Edge       // taint of result To (at Path) ← From
	Writes  []Edge       // taint written into parameter To's contents (at Path) ← From
	Sinks   []SinkEffect // data that leaves inside the function (or its callees)
	// ReturnDests are the destinations (URLs, hosts) the results carry, by result index.
	ReturnDests []DestRef
	// FieldDests are the destinations held in fields of the results: the base URL a client
	// constructor stores, the connection a generated gRPC client wraps.
	FieldDests []FieldDest
}

// FieldDest is the destination held in field Field of result Result.
type FieldDest struct {
	Result int
	Field  string
	Dest   DestRef
}

// Edge is one data movement.
type Edge struct {
	To   int    // result or parameter index
	Path string // field path within To
	From AtomRef
}

// AtomRef is an atom in fact form: a Source, or parameter Param at field Path.
type AtomRef struct {
	Source *Source
	Param  int
	Path   string
}

func (a AtomRef) String() string {
	if a.Source != nil {
		return a.Source.Name
	}
	if a.Path == "" {
		return fmt.Sprintf("p%d", a.Param)
	}
	return fmt.Sprintf("p%d.%s", a.Param, a.Path)
}

func (a AtomRef) compare(b AtomRef) int {
	switch {
	case a.Source != nil && b.Source != nil:
		return cmp.Compare(a.Source.Key, b.Source.Key)
	case a.Source != nil:
		return -1
	case b.Source != nil:
		return 1
	}
	return cmp.Or(cmp.Compare(a.Param, b.Param), cmp.Compare(a.Path, b.Path))
}

// SinkEffect is data leaving through a network call inside the function. A flow's identity
// is its sink call (Site) and destination; Via is one witness path to it, the shortest.
// Where Dest is resolved (not DestParam), the sources in Payload were reported in the
// function already and callers report only what their arguments add.
type SinkEffect struct {
	Sink    string   // the network call, e.g. "net/http.Post"
	Site    string   // where the sink call is, "pkgpath/file.go:line:col"
	Via     []string // calls from this function down to Sink, outermost first
	Dest    DestRef
	Payload []AtomRef
}

// DestKind classifies a destination.
type DestKind uint8

// Destination kinds.
const (
	DestUnknown  DestKind = iota // not resolvable statically
	DestURL                      // URL is a complete constant URL or address
	DestPrefix                   // URL is a constant prefix of the URL (the host is in it if terminated)
	DestParam                    // the destination is parameter Param (resolved by the caller)
	DestEnv                      // the value of environment variable Env
	DestEndpoint                 // the configured endpoint named URL (declared sinks)
	DestInbound                  // a connection a client opened to us: replies go back to it
	DestLocal                    // data kept on this machine (an embedded database); URL names the driver
)

// DestRef is a destination as the analysis resolves it.
type DestRef struct {
	Kind  DestKind
	URL   string
	Param int
	// Path, for DestParam, is a field path within the parameter ("cc", "client.BaseURL"):
	// the destination held there. URL, for DestParam, is a format that turns the region
	// the parameter holds into a host.
	Path string
	Env  string
	// Origin, for an unknown destination, says where it comes from, for findings: a
	// parameter or field that callers set; Field names that field as the configuration
	// does ("package/path.Type.Field"), for advice. Neither is part of facts.
	Origin string
	Field  string
}

func (d DestRef) String() string {
	switch d.Kind {
	case DestURL:
		return fmt.Sprintf("%q", d.URL)
	case DestPrefix:
		return fmt.Sprintf("%q+…", d.URL)
	case DestParam:
		return fmt.Sprintf("p%d%s", d.Param, dotted(d.Path))
	case DestEnv:
		return "$" + d.Env
	case DestEndpoint:
		return "endpoint " + d.URL
	case DestInbound:
		return "inbound"
	case DestLocal:
		return "local " + d.URL
	}
	return "?"
}

// size measures a summary for -stats: its edges, sink effects with their payload atoms, and
// destinations.
func (s *Summary) size() int {
	n := len(s.Returns) + len(s.Writes) + len(s.ReturnDests) + len(s.FieldDests)
	for _, k := range s.Sinks {
		n += 1 + len(k.Payload)
	}
	return n
}

func (s *Summary) empty() bool {
	return len(s.Returns) == 0 && len(s.Writes) == 0 && len(s.Sinks) == 0 && len(s.ReturnDests) == 0 && len(s.FieldDests) == 0
}

// String renders the summary compactly and deterministically, e.g.
// "p1→r0; Customer.Email→p0.2; net/http.Post(p0 → "https://x")".
func (s *Summary) String() string {
	var parts []string
	for _, e := range s.Returns {
		parts = append(parts, fmt.Sprintf("%s→r%d%s", e.From, e.To, dotted(e.Path)))
	}
	for _, e := range s.Writes {
		parts = append(parts, fmt.Sprintf("%s→p%d%s", e.From, e.To, dotted(e.Path)))
	}
	for _, k := range s.Sinks {
		var payload []string
		for _, a := range k.Payload {
			payload = append(payload, a.String())
		}
		parts = append(parts, fmt.Sprintf("%s(%s → %s)", strings.Join(append(slices.Clone(k.Via), k.Sink), "→"), strings.Join(payload, ","), k.Dest))
	}
	for i, d := range s.ReturnDests {
		if d.Kind != DestUnknown {
			parts = append(parts, fmt.Sprintf("r%d=%s", i, d))
		}
	}
	for _, f := range s.FieldDests {
		parts = append(parts, fmt.Sprintf("r%d.%s=%s", f.Result, f.Field, f.Dest))
	}
	return strings.Join(parts, "; ")
}

func dotted(p string) string {
	if p == "" {
		return ""
	}
	return "." + p
}

// maxSummaryEdges bounds a summary's edge lists; beyond it, paths are dropped (whole values).
const maxSummaryEdges = 64

// normalize sorts and deduplicates the summary so that its encoding is deterministic. It
// reports whether the edge lists were coarsened (maxSummaryEdges).
func (s *Summary) normalize() (coarsened bool) {
	edgeCmp := func(a, b Edge) int {
		return cmp.Or(cmp.Compare(a.To, b.To), cmp.Compare(a.Path, b.Path), a.From.compare(b.From))
	}
	for _, edges := range []*[]Edge{&s.Returns, &s.Writes} {
		if len(*edges) > maxSummaryEdges {
			// Too detailed: coarsen to whole values, which over-approximates soundly.
			coarsened = true
			for i := range *edges {
				(*edges)[i].Path, (*edges)[i].From.Path = "", ""
			}
		}
		slices.SortFunc(*edges, edgeCmp)
		*edges = slices.CompactFunc(*edges, func(a, b Edge) bool { return edgeCmp(a, b) == 0 })
	}
	for i := range s.Sinks {
		k := &s.Sinks[i]
		slices.SortFunc(k.Payload, AtomRef.compare)
		k.Payload = slices.CompactFunc(k.Payload, func(a, b AtomRef) bool { return a.compare(b) == 0 })
	}
	slices.SortFunc(s.Sinks, func(a, b SinkEffect) int {
		return cmp.Or(cmp.Compare(a.Sink, b.Sink), cmp.Compare(a.Site, b.Site), cmp.Compare(a.Dest.String(), b.Dest.String()))
	})
	slices.SortFunc(s.FieldDests, func(a, b FieldDest) int {
		return cmp.Or(cmp.Compare(a.Result, b.Result), cmp.Compare(a.Field, b.Field))
	})
	for len(s.ReturnDests) > 0 && s.ReturnDests[len(s.ReturnDests)-1].Kind == DestUnknown {
		s.ReturnDests = s.ReturnDests[:len(s.ReturnDests)-1]
	}
	return coarsened
}

package policy

import (
	"fmt"
	"net"
	"net/url"
	"strings"
)

// Destination is where the analysis saw data going: a host (from a URL or address) or the
// name of an environment variable holding the URL. Both empty means unresolved.
type Destination struct {
	Host     string
	Env      string
	Endpoint string // a configured endpoint named directly (declared sinks, directives)
	// SDK is the catalogue entry whose send the data leaves through: it names the vendor of
	// a cloud host that the region in its name places (s3.us-east-1.amazonaws.com).
	SDK string
	// Local, when set, says why the data stays on this machine ("an embedded database").
	Local string
}

func (d Destination) String() string {
	switch {
	case d.Host != "":
		return d.Host
	case d.Endpoint != "":
		return "endpoint " + d.Endpoint
	case d.Env != "":
		return "$" + d.Env
	case d.Local != "":
		return d.Local
	}
	return "an unresolved destination"
}

// Location is where a destination is, legally.
type Location struct {
	// Endpoint is the configured endpoint's name, if one matched.
	Endpoint string
	// Country is an ISO 3166-1 alpha-2 code, "outside" when only known to be outside the
	// mainland, or "" when unknown.
	Country string
	// Vendor names the SDK vendor when the SDK catalogue placed the host.
	Vendor string
	// Local marks loopback, private and cluster-local hosts: not a transfer at all.
	Local bool
	// Basis says how the location was decided, for explanations.
	Basis string
}

// Known reports whether the destination could be placed.
func (l Location) Known() bool { return l.Local || l.Country != "" }

// Mainland reports whether the destination is in mainland China (HK, MO, TW are not).
func (l Location) Mainland() bool { return l.Country == "CN" }

// String renders the location for messages, e.g. `US, endpoint "crm"`.
func (l Location) String() string {
	var s string
	switch {
	case l.Local:
		s = "local network"
	case l.Country == outside:
		s = "outside the mainland"
	case l.Country != "":
		s = l.Country
	default:
		s = "unknown location"
	}
	switch {
	case l.Vendor != "":
		s += ", " + l.Vendor
	case l.Endpoint != "":
		s += fmt.Sprintf(", endpoint %q", l.Endpoint)
	}
	return s
}

// HostOf extracts the host name from a URL, "host:port" address, bare host, or database DSN
// (MySQL "user:pw@tcp(host:3306)/db", key=value "host=h port=5432"). It returns "" when s has
// no recognisable host.
func HostOf(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if i := strings.Index(s, "@tcp("); i >= 0 {
		rest := s[i+len("@tcp("):]
		if j := strings.IndexByte(rest, ')'); j >= 0 {
			return HostOf(rest[:j])
		}
	}
	if !strings.Contains(s, "://") && strings.Contains(s, "host=") {
		for f := range strings.FieldsSeq(s) {
			if h, ok := strings.CutPrefix(f, "host="); ok {
				return normalizeHost(strings.Trim(h, "'"))
			}
		}
	}
	if strings.Contains(s, "://") || strings.HasPrefix(s, "//") {
		u, err := url.Parse(s)
		if err != nil {
			return ""
		}
		if u.Host == "" && u.Scheme != "" && strings.HasPrefix(u.Path, "/") {
			// A gRPC name-resolver target, "dns:///host:port", "passthrough:///host:port":
			// the endpoint is the path.
			return HostOf(strings.TrimPrefix(u.Path, "/"))
		}
		return normalizeHost(u.Hostname())
	}
	if h, _, err := net.SplitHostPort(s); err == nil {
		return normalizeHost(h)
	}
	if i := strings.IndexAny(s, "/?#"); i >= 0 {
		s = s[:i]
	}
	return normalizeHost(s)
}

func normalizeHost(h string) string {
	return strings.TrimSuffix(strings.ToLower(strings.Trim(h, "[]")), ".")
}

// Locate places a destination: configured endpoints first (hosts, then env), then the
// built-in hints. An unplaceable destination has an unknown Location.
func (c *Config) Locate(d Destination) Location {
	host := normalizeHost(d.Host)
	if c != nil {
		if e, ok := c.Endpoint(d.Endpoint); ok {
			return Location{Endpoint: e.Name, Country: e.Country, Basis: fmt.Sprintf("config endpoint %q (named)", e.Name)}
		}
		for _, e := range c.Endpoints {
			for _, pat := range e.Hosts {
				if host != "" && matchHost(strings.ToLower(pat), host) {
					return Location{Endpoint: e.Name, Country: e.Country, Basis: fmt.Sprintf("config endpoint %q (host %s)", e.Name, pat)}
				}
			}
			for _, env := range e.Env {
				if d.Env != "" && d.Env == env {
					return Location{Endpoint: e.Name, Country: e.Country, Basis: fmt.Sprintf("config endpoint %q (env %s)", e.Name, env)}
				}
			}
		}
	}
	if d.Local != "" {
		return Location{Local: true, Basis: d.Local + " on this machine"}
	}
	if host == "" {
		return Location{Basis: "destination not resolved statically"}
	}
	if e, pat, ok := c.Catalog().Place(host); ok {
		l := Location{Endpoint: e.Name, Vendor: e.Vendor, Country: e.Country,
			Basis: fmt.Sprintf("SDK catalogue entry %q (host %s; %s)", e.Name, pat, e.Docs)}
		if l.Country == "" {
			// A cloud SDK's hosts: the region in the name decides.
			hint := hintLocation(host)
			l.Country, l.Local = hint.Country, hint.Local
			l.Basis += "; " + hint.Basis
		}
		return l
	}
	l := hintLocation(host)
	if e, ok := c.Catalog().Lookup(d.SDK); ok && len(e.Hosts) == 0 && l.Country != "" && !l.Local {
		l.Endpoint, l.Vendor = e.Name, e.Vendor
		l.Basis = fmt.Sprintf("%s, through SDK catalogue entry %q (%s)", l.Basis, e.Name, e.Docs)
	}
	return l
}

// matchHost matches an exact host or a "*.suffix" wildcard (any subdomain depth, not the apex).
func matchHost(pattern, host string) bool {
	if suffix, ok := strings.CutPrefix(pattern, "*"); ok {
		return strings.HasSuffix(host, suffix) && len(host) > len(suffix)
	}
	return pattern == host
}

// hintLocation applies the built-in naming conventions of regions.go.
func hintLocation(host string) Location {
	if ip := net.ParseIP(host); ip != nil {
		if ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsUnspecified() {
			return Location{Local: true, Basis: "loopback or private address"}
		}
		return Location{Basis: "IP literal not mapped in config"}
	}
	if host == "localhost" {
		return Location{Local: true, Basis: "localhost"}
	}
	for _, s := range localSuffixes {
		if strings.HasSuffix(host, s) {
			return Location{Local: true, Basis: "cluster-local name (*" + s + ")"}
		}
	}
	for _, h := range regionHints {
		if !strings.HasSuffix(host, h.Suffix) {
			continue
		}
		labels := strings.Split(strings.TrimSuffix(host, h.Suffix), ".")
		for i := len(labels) - 1; i >= 0; i-- {
			candidates := []string{labels[i]}
			for _, p := range h.StripPrefixes {
				if r, ok := strings.CutPrefix(labels[i], p); ok {
					candidates = append(candidates, r)
				}
			}
			for _, r := range candidates {
				if country, ok := h.Regions[r]; ok {
					return Location{Country: country, Basis: fmt.Sprintf("%s region %s (built-in hint: %s)", h.Provider, r, h.Source)}
				}
			}
		}
		if h.Default != "" {
			return Location{Country: h.Default, Basis: fmt.Sprintf("%s (built-in hint: %s)", h.Provider, h.Source)}
		}
		return Location{Basis: fmt.Sprintf("%s host without a recognised region", h.Provider)}
	}
	tld := host[strings.LastIndexByte(host, '.')+1:]
	if len(tld) == 2 && tld != host {
		if tld == "cn" {
			// A .cn name can be served abroad: a hint only, config overrides.
			return Location{Country: "CN", Basis: "country-code TLD .cn (hint; a .cn name can be served abroad)"}
		}
		country := strings.ToUpper(tld)
		if c, ok := ccTLDCountry[tld]; ok {
			country = c
		}
		return Location{Country: country, Basis: "country-code TLD ." + tld}
	}
	return Location{Basis: "no endpoint in config and no built-in hint for this host"}
}

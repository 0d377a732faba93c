// Package catalog is xborder's built-in knowledge of third-party SDKs: which calls of a vendor's
// Go SDK send data, which make the client that decides where it goes, how code can change that
// destination (an endpoint field, a region, an option), and where the vendor's hosts are.
//
// It is data, not code: the entries are TOML files under sdks/, embedded in the binary. The
// flow analyzer turns them into sinks and request builders (analyzers/sinks), the policy
// engine into locations for the hosts. A user's xborder.toml adds entries in the same schema
// ([[sdk]]) and overrides a built-in entry's destination by naming it.
package catalog

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
)

// Catalog is a set of SDK entries.
type Catalog struct {
	Entries []Entry `toml:"sdk" json:"sdk"`
}

// Entry describes one vendor SDK (or one vendor region's hosts).
type Entry struct {
	// Name identifies the entry: lower-case letters, digits and dashes. Pathways name it in
	// their endpoints list; a user's [[sdk]] with the same name overrides it.
	Name     string `toml:"name" json:"name,omitempty"`
	Vendor   string `toml:"vendor" json:"vendor,omitempty"`
	Category string `toml:"category" json:"category,omitempty"`
	// Module is the Go module path of the SDK ("" for an entry that only places hosts).
	Module string `toml:"module" json:"module,omitempty"`
	// Docs cites the vendor documentation the entry is taken from, by page name and URL.
	Docs string `toml:"docs" json:"docs,omitempty"`
	// Hosts are host names or "*.suffix" wildcards the vendor serves this entry from. The
	// first exact name is the default destination of the entry's sends and clients.
	Hosts []string `toml:"hosts" json:"hosts,omitempty"`
	// Country is the ISO 3166-1 alpha-2 code of the hosts' location ("CN" is mainland China);
	// Outside for a region outside the mainland whose country the vendor does not name (an
	// "EU data residency" endpoint); empty when the host name's region decides (cloud
	// regions, see policy's region hints).
	Country   string `toml:"country" json:"country,omitempty"`
	Recipient string `toml:"recipient" json:"recipient,omitempty"`
	// Env names environment variables the SDK reads its destination from when the code does
	// not set one; the default destination when the entry has no hosts.
	Env []string `toml:"env" json:"env,omitempty"`

	Clients []Client `toml:"client" json:"client,omitempty"`
	Options []Option `toml:"option" json:"option,omitempty"`
	Setters []Setter `toml:"setter" json:"setter,omitempty"`
	Sends   []Send   `toml:"send" json:"send,omitempty"`
}

// Client is a function that makes a client (or connection, exporter, uploader) whose later
// sends go to the destination it was made with.
type Client struct {
	// Func is the types.Func full name, e.g. "github.com/segmentio/analytics-go/v3.NewWithConfig".
	Func string `toml:"func" json:"func,omitempty"`
	// Arg is the argument that names the destination (a URL, host, DSN, region, or another
	// client whose destination this one keeps); nil when none does.
	Arg *int `toml:"arg" json:"arg,omitempty"`
	// Field, when set, is the field of Arg that holds the destination (Config.Endpoint).
	Field string `toml:"field" json:"field,omitempty"`
	// Options is the first argument of the functional options that may set the destination.
	Options *int `toml:"options" json:"options,omitempty"`
	// Region formats a region name into the regional host, with one %s ("s3.%s.amazonaws.com").
	Region string `toml:"region" json:"region,omitempty"`
	// Zones maps a value of the destination (a data-residency zone, "EU") to its host.
	Zones map[string]string `toml:"zones" json:"zones,omitempty"`
	// Payload lists arguments whose data the client carries (rare: most clients hold none).
	Payload []int `toml:"payload" json:"payload,omitempty"`
}

// Option is a functional option (or option value constructor) that sets the destination of
// the client it is passed to: to a fixed Host, or to what argument Arg names.
type Option struct {
	Func   string `toml:"func" json:"func,omitempty"`
	Arg    *int   `toml:"arg" json:"arg,omitempty"`
	Host   string `toml:"host" json:"host,omitempty"`
	Region string `toml:"region" json:"region,omitempty"`
}

// Setter is a method of a client that changes where the client sends
// (mg.SetAPIBase(mailgun.APIBaseEU), client.SetRegion("ie1")): to a fixed Host, or to what
// argument Arg names (the receiver is 0), formatted by Region or mapped by Zones. A setter
// called on a client anywhere in the function that made it counts for all its sends.
type Setter struct {
	Func   string            `toml:"func" json:"func,omitempty"`
	Arg    *int              `toml:"arg" json:"arg,omitempty"`
	Host   string            `toml:"host" json:"host,omitempty"`
	Region string            `toml:"region" json:"region,omitempty"`
	Zones  map[string]string `toml:"zones" json:"zones,omitempty"`
}

// Send is a function or method whose call transmits data.
type Send struct {
	Func string `toml:"func" json:"func,omitempty"`
	// Client is the argument holding the client made by a Client function (0: the receiver);
	// nil when the send uses the SDK's global configuration.
	Client *int `toml:"client" json:"client,omitempty"`
	// URL is the argument holding the destination URL itself (a webhook URL).
	URL *int `toml:"url" json:"url,omitempty"`
	// Payload lists the arguments whose contents leave with the call (receiver is 0).
	Payload []int `toml:"payload" json:"payload,omitempty"`
}

// DefaultHost returns the entry's default destination host, or "".
func (e *Entry) DefaultHost() string {
	for _, h := range e.Hosts {
		if !strings.HasPrefix(h, "*") {
			return h
		}
	}
	return ""
}

//go:embed sdks/*.toml
var files embed.FS

// builtin parses the embedded entries once; they are immutable afterwards.
var builtin = sync.OnceValues(func() (*Catalog, error) {
	names, err := fs.Glob(files, "sdks/*.toml")
	if err != nil {
		return nil, err
	}
	slices.Sort(names)
	c := new(Catalog)
	for _, name := range names {
		data, err := files.ReadFile(name)
		if err != nil {
			return nil, err
		}
		part, err := Parse(path.Join("catalog", name), data)
		if err != nil {
			return nil, err
		}
		c.Entries = append(c.Entries, part.Entries...)
	}
	if errs := c.duplicates(); len(errs) > 0 {
		return nil, errs[0]
	}
	return c, nil
})

// Builtin returns the catalogue shipped with xborder. The embedded files are checked by the
// package's tests, so an error here means a broken build.
func Builtin() (*Catalog, error) {
	return builtin()
}

// Parse reads a catalogue file (name is used in errors).
func Parse(name string, data []byte) (*Catalog, error) {
	c := new(Catalog)
	md, err := toml.Decode(string(data), c)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		return nil, fmt.Errorf("%s: unknown key %q", name, und[0].String())
	}
	for i := range c.Entries {
		for _, p := range c.Entries[i].Validate() {
			return nil, fmt.Errorf("%s: sdk %d (%s): %s: %s", name, i, c.Entries[i].Name, strings.Join(p.Key, "."), p.Msg)
		}
	}
	return c, nil
}

func (c *Catalog) duplicates() []error {
	seen := make(map[string]bool)
	var errs []error
	for _, e := range c.Entries {
		if seen[e.Name] {
			errs = append(errs, fmt.Errorf("catalog: duplicate entry %q", e.Name))
		}
		seen[e.Name] = true
	}
	return errs
}

// Problem is a validation error at a key path within an entry ("send", "2", "func").
type Problem struct {
	Key []string
	Msg string
}

// Validate checks an entry, as a built-in or as a user's override (which may name a built-in
// entry and set only its destination).
func (e *Entry) Validate() []Problem {
	var ps []Problem
	add := func(msg string, key ...string) { ps = append(ps, Problem{key, msg}) }
	if !validName(e.Name) {
		add(fmt.Sprintf("name %q: want lower-case letters, digits and dashes", e.Name), "name")
	}
	for _, h := range e.Hosts {
		rest := strings.TrimPrefix(h, "*.")
		if rest == "" || strings.ContainsAny(rest, "*/:@ ") || strings.ToLower(h) != h {
			add(fmt.Sprintf("host %q: want a lower-case host name or *.suffix, without scheme, port or path", h), "hosts")
		}
	}
	if e.Country != "" && e.Country != Outside && !isCountryCode(e.Country) {
		add(fmt.Sprintf("country %q is not an ISO 3166-1 alpha-2 code or %q", e.Country, Outside), "country")
	}
	checkFunc := func(f string, key ...string) {
		if f == "" {
			add("func is required (a types.Func full name)", key...)
		} else if strings.ContainsAny(f, " \t") || !strings.Contains(f, ".") {
			add(fmt.Sprintf("func %q is not a types.Func full name (\"pkg/path.Func\" or \"(*pkg/path.Type).Method\")", f), append(key, "func")...)
		}
	}
	checkArg := func(p *int, what string, key ...string) {
		if p != nil && *p < 0 {
			add(what+" must not be negative", key...)
		}
	}
	checkRegion := func(r string, key ...string) {
		if r != "" && strings.Count(r, "%s") != 1 {
			add(fmt.Sprintf("region %q: want a host format with one %%s", r), key...)
		}
	}
	for i, c := range e.Clients {
		k := []string{"client", fmt.Sprint(i)}
		checkFunc(c.Func, k...)
		checkArg(c.Arg, "arg", append(k, "arg")...)
		checkArg(c.Options, "options", append(k, "options")...)
		checkRegion(c.Region, append(k, "region")...)
		if c.Field != "" && c.Arg == nil {
			add("field needs arg: the argument whose field holds the destination", append(k, "field")...)
		}
		for _, p := range c.Payload {
			checkArg(&p, "payload", append(k, "payload")...)
		}
	}
	for i, o := range e.Options {
		k := []string{"option", fmt.Sprint(i)}
		checkFunc(o.Func, k...)
		checkArg(o.Arg, "arg", append(k, "arg")...)
		checkRegion(o.Region, append(k, "region")...)
		if (o.Arg == nil) == (o.Host == "") {
			add("an option sets its destination from arg or to host: give exactly one", k...)
		}
	}
	for i, st := range e.Setters {
		k := []string{"setter", fmt.Sprint(i)}
		checkFunc(st.Func, k...)
		checkRegion(st.Region, append(k, "region")...)
		switch {
		case (st.Arg == nil) == (st.Host == ""):
			add("a setter sets its destination from arg or to host: give exactly one", k...)
		case st.Arg != nil && *st.Arg < 1:
			add("arg must be 1 or more: argument 0 is the client the setter is called on", append(k, "arg")...)
		case !strings.HasPrefix(st.Func, "("):
			add(fmt.Sprintf("func %q: a setter is a method, \"(*pkg/path.Type).Method\"", st.Func), append(k, "func")...)
		}
	}
	for i, s := range e.Sends {
		k := []string{"send", fmt.Sprint(i)}
		checkFunc(s.Func, k...)
		checkArg(s.Client, "client", append(k, "client")...)
		checkArg(s.URL, "url", append(k, "url")...)
		if len(s.Payload) == 0 {
			add("payload is required: the arguments whose contents leave (receiver is 0)", append(k, "payload")...)
		}
		for _, p := range s.Payload {
			checkArg(&p, "payload", append(k, "payload")...)
		}
	}
	return ps
}

func validName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}

// Outside is the country of hosts known only to be outside mainland China.
const Outside = "outside"

// NormalizeCountry returns a user-written country as entries hold it: upper case, or
// Outside in any case.
func NormalizeCountry(s string) string {
	if strings.EqualFold(s, Outside) {
		return Outside
	}
	return strings.ToUpper(s)
}

func isCountryCode(s string) bool {
	return len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}

// Merge returns c with the user's entries applied: an entry naming a built-in one overrides
// its destination (hosts, country, recipient, env, when set) and adds its clients, options,
// setters and sends; any other entry is added. c is not modified.
func (c *Catalog) Merge(user []Entry) *Catalog {
	out := &Catalog{Entries: slices.Clone(c.Entries)}
	for _, u := range user {
		i := slices.IndexFunc(out.Entries, func(e Entry) bool { return e.Name == u.Name })
		if i < 0 {
			out.Entries = append(out.Entries, u)
			continue
		}
		e := out.Entries[i]
		if len(u.Hosts) > 0 {
			e.Hosts = u.Hosts
		}
		if u.Country != "" {
			e.Country = u.Country
		}
		if u.Recipient != "" {
			e.Recipient = u.Recipient
		}
		if len(u.Env) > 0 {
			e.Env = u.Env
		}
		if u.Vendor != "" {
			e.Vendor = u.Vendor
		}
		e.Clients = append(slices.Clone(e.Clients), u.Clients...)
		e.Options = append(slices.Clone(e.Options), u.Options...)
		e.Setters = append(slices.Clone(e.Setters), u.Setters...)
		e.Sends = append(slices.Clone(e.Sends), u.Sends...)
		out.Entries[i] = e
	}
	return out
}

// Lookup returns the entry with the given name.
func (c *Catalog) Lookup(name string) (*Entry, bool) {
	if c == nil {
		return nil, false
	}
	for i := range c.Entries {
		if c.Entries[i].Name == name {
			return &c.Entries[i], true
		}
	}
	return nil, false
}

// SendEntry returns the entry one of whose sends is the function with the given full name (in
// any major version of its SDK).
func (c *Catalog) SendEntry(fullName string) (*Entry, bool) {
	if c == nil {
		return nil, false
	}
	name := Unversioned(fullName)
	for i := range c.Entries {
		for _, s := range c.Entries[i].Sends {
			if s.Func == fullName || Unversioned(s.Func) == name {
				return &c.Entries[i], true
			}
		}
	}
	return nil, false
}

// Place returns the entry whose hosts match host, the longest pattern winning (a vendor's EU
// hosts before its global wildcard).
func (c *Catalog) Place(host string) (*Entry, string, bool) {
	if c == nil || host == "" {
		return nil, "", false
	}
	var best *Entry
	var bestPat string
	for i := range c.Entries {
		for _, pat := range c.Entries[i].Hosts {
			if matchHost(pat, host) && len(pat) > len(bestPat) {
				best, bestPat = &c.Entries[i], pat
			}
		}
	}
	return best, bestPat, best != nil
}

// matchHost matches an exact host or a "*.suffix" wildcard (any subdomain depth, not the apex).
func matchHost(pattern, host string) bool {
	if suffix, ok := strings.CutPrefix(pattern, "*"); ok {
		return strings.HasSuffix(host, suffix) && len(host) > len(suffix)
	}
	return pattern == host
}

// Unversioned removes semantic-import-version elements ("/v3") from a types.Func full name,
// so that an entry written for one major version of an SDK matches the next:
// "(*github.com/stripe/stripe-go/v82.Client).X" becomes "(*github.com/stripe/stripe-go.Client).X".
func Unversioned(name string) string {
	if !hasVersion(name) {
		return name // most names: no allocation
	}
	var b strings.Builder
	for i := 0; i < len(name); i++ {
		if name[i] == '/' && i+2 < len(name) && name[i+1] == 'v' && isDigit(name[i+2]) {
			j := i + 2
			for j < len(name) && isDigit(name[j]) {
				j++
			}
			if j == len(name) || name[j] == '.' || name[j] == '/' || name[j] == ')' {
				i = j - 1
				continue
			}
		}
		b.WriteByte(name[i])
	}
	return b.String()
}

// hasVersion reports whether name holds a "/v" followed by a digit.
func hasVersion(name string) bool {
	for i := strings.Index(name, "/v"); i >= 0; {
		if i+2 < len(name) && isDigit(name[i+2]) {
			return true
		}
		j := strings.Index(name[i+2:], "/v")
		if j < 0 {
			return false
		}
		i += 2 + j
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

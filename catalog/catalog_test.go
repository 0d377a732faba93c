package catalog

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestBuiltin(t *testing.T) {
	c, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Entries) == 0 {
		t.Fatal("empty catalogue")
	}
	for _, e := range c.Entries {
		if e.Docs == "" {
			t.Errorf("entry %q cites no documentation", e.Name)
		}
		if e.Vendor == "" || e.Category == "" {
			t.Errorf("entry %q needs a vendor and a category", e.Name)
		}
		if len(e.Sends) > 0 && e.Module == "" {
			t.Errorf("entry %q has sends but no module", e.Name)
		}
		if len(e.Sends) > 0 && e.DefaultHost() == "" && len(e.Env) == 0 && !hasDestination(e) {
			t.Errorf("entry %q: its sends have no destination (no hosts, env, or client that names one)", e.Name)
		}
	}
}

// hasDestination reports whether an entry's clients or sends name their own destination.
func hasDestination(e Entry) bool {
	for _, c := range e.Clients {
		if c.Arg != nil || c.Options != nil {
			return true
		}
	}
	for _, s := range e.Sends {
		if s.URL != nil {
			return true
		}
	}
	return false
}

func TestUnversioned(t *testing.T) {
	for in, want := range map[string]string{
		"(*github.com/stripe/stripe-go/v82.Client).Do":          "(*github.com/stripe/stripe-go.Client).Do",
		"github.com/stripe/stripe-go/v82/customer.New":          "github.com/stripe/stripe-go/customer.New",
		"github.com/segmentio/analytics-go/v3.New":              "github.com/segmentio/analytics-go.New",
		"(github.com/segmentio/analytics-go/v3.Client).Enqueue": "(github.com/segmentio/analytics-go.Client).Enqueue",
		"github.com/a/vault/view.Render":                        "github.com/a/vault/view.Render", // not a version
		"github.com/a/v2x.F":                                    "github.com/a/v2x.F",
		"github.com/a/vault/v2.F":                               "github.com/a/vault.F", // a version after a non-version "/v"
		"gopkg.in/yaml.v3.Marshal":                              "gopkg.in/yaml.v3.Marshal",
	} {
		if got := Unversioned(in); got != want {
			t.Errorf("Unversioned(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{`[[sdk]]
name = "Bad Name"
vendor = "v"`, `name "Bad Name"`},
		{`[[sdk]]
name = "x"
hosts = ["https://x.example.com"]`, `host "https://x.example.com"`},
		{`[[sdk]]
name = "x"
country = "USA"`, `country "USA"`},
		{`[[sdk]]
name = "x"
[[sdk.send]]
func = "Enqueue"
payload = [1]`, `not a types.Func full name`},
		{`[[sdk]]
name = "x"
[[sdk.send]]
func = "a.b"`, `payload is required`},
		{`[[sdk]]
name = "x"
[[sdk.option]]
func = "a.b"`, `exactly one`},
		{`[[sdk]]
name = "x"
[[sdk.client]]
func = "a.b"
region = "s3.amazonaws.com"`, `one %s`},
		{`[[sdk]]
name = "x"
[[sdk.client]]
func = "a.b"
field = "Endpoint"`, `field needs arg`},
		{`[[sdk]]
name = "x"
colour = "red"`, `unknown key "sdk.colour"`},
		{`[[sdk]]
name = "x"
[[sdk.send]]
func = "a.b"
payload = [-1]`, `payload must not be negative`},
		{`[[sdk]]
name = "x"
[[sdk.setter]]
func = "(*a.Client).SetBase"
arg = 0`, `argument 0 is the client`},
		{`[[sdk]]
name = "x"
[[sdk.setter]]
func = "a.SetBase"
arg = 1`, `a setter is a method`},
		{`[[sdk]]
name = "x"
[[sdk.setter]]
func = "(*a.Client).SetBase"`, `exactly one`},
	} {
		_, err := Parse("t.toml", []byte(tc.text))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Parse(%q) = %v, want an error containing %q", tc.text, err, tc.want)
		}
	}
}

func TestMergeAndPlace(t *testing.T) {
	base, err := Parse("base.toml", []byte(`
[[sdk]]
name = "sentry"
vendor = "Sentry"
hosts = ["sentry.io", "*.sentry.io"]
country = "US"
[[sdk.send]]
func = "github.com/getsentry/sentry-go.CaptureMessage"
payload = [0]

[[sdk]]
name = "sentry-eu"
vendor = "Sentry (EU)"
hosts = ["*.de.sentry.io"]
country = "DE"
`))
	if err != nil {
		t.Fatal(err)
	}
	if e, pat, ok := base.Place("o1.ingest.de.sentry.io"); !ok || e.Name != "sentry-eu" || pat != "*.de.sentry.io" {
		t.Errorf("Place(EU host) = %v %q %v, want the longer pattern's entry", e, pat, ok)
	}
	if e, _, ok := base.Place("o1.ingest.sentry.io"); !ok || e.Name != "sentry" {
		t.Errorf("Place(US host) = %v %v", e, ok)
	}
	if _, _, ok := base.Place("sentry.io.example.com"); ok {
		t.Error("Place matched a host that only contains a vendor's name")
	}
	merged := base.Merge([]Entry{
		{Name: "sentry", Hosts: []string{"sentry.corp.example.cn"}, Country: "CN"},
		{Name: "inhouse", Vendor: "In-house", Hosts: []string{"events.example.com"}, Country: "SG"},
	})
	e, ok := merged.Lookup("sentry")
	if !ok || e.Country != "CN" || e.DefaultHost() != "sentry.corp.example.cn" || len(e.Sends) != 1 || e.Vendor != "Sentry" {
		t.Errorf("override: got %+v", e)
	}
	if _, ok := merged.Lookup("inhouse"); !ok {
		t.Error("a new user entry was not added")
	}
	if orig, _ := base.Lookup("sentry"); orig.Country != "US" {
		t.Error("Merge modified its receiver")
	}
}

func TestRender(t *testing.T) {
	c, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	var md1, md2, js bytes.Buffer
	if err := c.WriteMarkdown(&md1); err != nil {
		t.Fatal(err)
	}
	if err := c.WriteMarkdown(&md2); err != nil {
		t.Fatal(err)
	}
	if md1.String() != md2.String() {
		t.Error("Markdown output is not deterministic")
	}
	if err := c.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	var back []Entry
	if err := json.Unmarshal(js.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if len(back) != len(c.Entries) {
		t.Errorf("JSON has %d entries, want %d", len(back), len(c.Entries))
	}
	for _, e := range c.Entries {
		if !strings.Contains(md1.String(), "`"+e.Name+"`") {
			t.Errorf("Markdown lacks entry %q", e.Name)
		}
	}
}

package policy

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestConfigErrors checks that every kind of bad configuration is an error with its exact
// file:line:col, never a silent pass.
func TestConfigErrors(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
	}{
		{"syntax", "[processor\nciio = true\n", "x.toml:1:11: "},
		{"unknown top-level key", "[procesor]\nciio = true\n", `x.toml:1:1: unknown key "procesor"`},
		{"unknown nested key", "[processor]\nciio = true\ncio = true\n", `x.toml:3:1: unknown key "processor.cio"`},
		{"unknown key in array table", "[[endpoint]]\nname = \"a\"\nhosts = [\"a.example.com\"]\ncountry = \"US\"\n  contry = \"US\"\n", `x.toml:5:3: unknown key "endpoint.contry"`},
		{"wrong type", "[processor]\nciio = \"yes\"\n", `x.toml:2:`},
		{"bad policy value", "[policy]\nunknown_destination = \"warn\"\n", `x.toml:2:1: unknown_destination must be "report" or "ignore", not "warn"`},
		{"negative volume", "[volume]\npersonal = -1\n", "x.toml:2:1: volume.personal must not be negative"},
		{"endpoint without country", "[[endpoint]]\nname = \"a\"\nhosts = [\"a.example.com\"]\n", `x.toml:1:1: endpoint "a" needs a country`},
		{"bad country", "[[endpoint]]\nname = \"a\"\nhosts = [\"a.example.com\"]\ncountry = \"USA\"\n", `x.toml:4:1: endpoint "a": country "USA" is not an ISO 3166-1 alpha-2 code`},
		{"host with scheme", "[[endpoint]]\nname = \"a\"\nhosts = [\"https://a.example.com\"]\ncountry = \"US\"\n", `x.toml:3:1: endpoint "a": host "https://a.example.com": want a host name`},
		{"duplicate endpoint", "[[endpoint]]\nname = \"a\"\nhosts = [\"a.example.com\"]\ncountry = \"US\"\n[[endpoint]]\nname = \"a\"\nhosts = [\"b.example.com\"]\ncountry = \"US\"\n", `x.toml:6:1: duplicate endpoint name "a"`},
		{"pathway with unknown endpoint", base + "[[pathway]]\nid = \"P\"\nkind = \"standard-contract\"\nendpoints = [\"b\"]\ndata = [\"personal\"]\napproved = 2025-01-01\n", `x.toml:8:1: pathway "P" names unknown endpoint "b"`},
		{"pathway with unknown kind", base + "[[pathway]]\nid = \"P\"\nkind = \"contract\"\nendpoints = [\"a\"]\ndata = [\"personal\"]\n", `x.toml:7:1: pathway "P": unknown kind "contract"`},
		{"pathway with unknown category", base + "[[pathway]]\nid = \"P\"\nkind = \"standard-contract\"\nendpoints = [\"a\"]\ndata = [\"personal/helth\"]\napproved = 2025-01-01\n", `x.toml:9:1: pathway "P": data "personal/helth": unknown category "helth"`},
		{"pathway with category of another class", base + "[[pathway]]\nid = \"P\"\nkind = \"standard-contract\"\nendpoints = [\"a\"]\ndata = [\"personal/health\"]\napproved = 2025-01-01\n", `data "personal/health": category "health" belongs to class sensitive`},
		{"assessment without date", base + "[[pathway]]\nid = \"P\"\nkind = \"security-assessment\"\nendpoints = [\"a\"]\ndata = [\"personal\"]\n", `x.toml:5:1: pathway "P" (security-assessment) needs an approved date`},
		{"exemption without justification", base + "[[pathway]]\nid = \"P\"\nkind = \"emergency\"\nendpoints = [\"a\"]\ndata = [\"personal\"]\n", `x.toml:5:1: pathway "P" (emergency) is a declared exemption and needs a written justification`},
		{"expires before approved", base + "[[pathway]]\nid = \"P\"\nkind = \"certification\"\nendpoints = [\"a\"]\ndata = [\"personal\"]\napproved = 2025-01-01\nexpires = 2024-01-01\n", `x.toml:11:1: pathway "P" expires before it was approved`},
		{"source with a bad type", "[[source]]\ntype = \"Customer\"\nfield = \"IdCard\"\nclass = \"sensitive\"\n", `x.toml:2:1: source type "Customer": want package path and type name`},
		{"source with a bad class", "[[source]]\ntype = \"a/pb.Customer\"\nfield = \"IdCard\"\nclass = \"sensitiv\"\n", `x.toml:4:1: source a/pb.Customer.IdCard: unknown class or category "sensitiv"`},
		{"source with a category of another class", "[[source]]\ntype = \"a/pb.Customer\"\nfield = \"Dx\"\nclass = \"personal\"\ncategory = \"health\"\n", `category "health" is sensitive personal information: use class sensitive`},
		{"sink with unknown endpoint", "[[sink]]\nfunction = \"a.Send\"\nendpoint = \"nowhere\"\n", `x.toml:3:1: sink "a.Send" names unknown endpoint "nowhere"`},
		{"sanitizer that hashes", "[[sanitizer]]\nfunction = \"a.Hash\"\nkind = \"hash\"\n", `x.toml:3:1: sanitizer "a.Hash": kind must be "anonymise"; hashing, encryption and masking keep data personal`},
		{"sdk entry with a bad host", "[[sdk]]\nname = \"sentry\"\nhosts = [\"https://sentry.example.cn\"]\n", `x.toml:3:1: sdk "sentry": host "https://sentry.example.cn"`},
		{"sdk entry with a bad country", "[[sdk]]\nname = \"sentry\"\ncountry = \"China\"\n", `x.toml:3:1: sdk "sentry": country "CHINA" is not an ISO 3166-1 alpha-2 code`},
		{"sdk send without payload", "[[sdk]]\nname = \"crm\"\n[[sdk.send]]\nfunc = \"example.com/crm.Push\"\n", `x.toml:3:1: sdk "crm": payload is required`},
		{"sdk unknown key", "[[sdk]]\nname = \"crm\"\n[[sdk.send]]\nfunction = \"example.com/crm.Push\"\n", `x.toml:4:1: unknown key "sdk.send.function"`},
		{"duplicate sdk entry", "[[sdk]]\nname = \"crm\"\n[[sdk]]\nname = \"crm\"\n", `x.toml:4:1: duplicate sdk entry "crm"`},
		{"second pathway located", base + "[[pathway]]\nid = \"P\"\nkind = \"standard-contract\"\nendpoints = [\"a\"]\ndata = [\"personal\"]\napproved = 2025-01-01\n[[pathway]]\nid = \"Q\"\nkind = \"standard-contract\"\nendpoints = [\"zz\"]\ndata = [\"personal\"]\napproved = 2025-01-01\n", `x.toml:14:1: pathway "Q" names unknown endpoint "zz"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("x.toml", []byte(tc.text))
			if err == nil {
				t.Fatalf("no error; want %q", tc.want)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q; want it to contain %q", err, tc.want)
			}
		})
	}
}

const base = "[[endpoint]]\nname = \"a\"\nhosts = [\"a.example.com\"]\ncountry = \"US\"\n"

func TestConfigValid(t *testing.T) {
	cfg, err := Parse("x.toml", []byte(`
[processor]
name = "Acme"
ciio = false
[policy]
unknown_destination = "ignore"
[volume]
personal = 1
[calendar]
holidays = [2026-10-01, 2026-10-02]
workdays = [2026-09-27]
[[endpoint]]
name = "a"
hosts = ["a.example.com"]
env = ["A_URL"]
country = "us"
purpose = "support"
[[pathway]]
id = "P"
kind = "security-assessment"
endpoints = ["a"]
data = ["personal", "sensitive/health", "important/medical"]
approved = 2025-01-01
`))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Endpoints[0].Country != "US" || cfg.UnknownDestinationReported() || cfg.Volume.Sensitive != nil || len(cfg.Calendar.Holidays) != 2 {
		t.Errorf("decoded config wrong: %+v", cfg)
	}
	if cfg.Hash == "" {
		t.Error("no hash")
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.WriteFile(filepath.Join(root, "go.mod"), []byte("module m\n"), 0o644))
	must(os.MkdirAll(filepath.Join(root, "a", "b"), 0o755))
	if got := Find(filepath.Join(root, "a", "b")); got != "" {
		t.Errorf("Find without config = %q", got)
	}
	must(os.WriteFile(filepath.Join(root, FileName), nil, 0o644))
	if got := Find(filepath.Join(root, "a", "b")); got != filepath.Join(root, FileName) {
		t.Errorf("Find = %q", got)
	}
	must(os.WriteFile(filepath.Join(root, "a", FileName), nil, 0o644))
	if got := Find(filepath.Join(root, "a", "b")); got != filepath.Join(root, "a", FileName) {
		t.Errorf("Find nearest = %q", got)
	}
	// The search stops at the module root: a config above it belongs to another module.
	inner := filepath.Join(root, "a", "b")
	must(os.WriteFile(filepath.Join(inner, "go.mod"), []byte("module inner\n"), 0o644))
	if got := Find(inner); got != "" {
		t.Errorf("Find crossed the module root: %q", got)
	}
}

// TestSDKOverride checks that [[sdk]] entries override a built-in entry's destination and add
// new ones, and that pathways may name catalogue entries.
func TestSDKOverride(t *testing.T) {
	cfg, err := Parse("x.toml", []byte(`
[[sdk]]
name = "segment"
hosts = ["segment.example.cn"]
country = "cn"

[[sdk]]
name = "events"
vendor = "Acme Events"
category = "analytics"
module = "example.com/events"
hosts = ["ingest.events.example.com"]
country = "SG"
[[sdk.send]]
func = "example.com/events.Push"
payload = [0]

[[sdk]]
name = "events-eu"
hosts = ["eu.events.example.com"]
country = "Outside"

[[pathway]]
id = "SC-1"
kind = "standard-contract"
endpoints = ["events"]
data = ["personal"]
approved = 2025-01-01
`))
	if err != nil {
		t.Fatal(err)
	}
	if l := cfg.Locate(Destination{Host: "segment.example.cn"}); l.Country != "CN" || l.Endpoint != "segment" || l.Vendor != "Segment" {
		t.Errorf("overridden entry: %+v", l)
	}
	if l := cfg.Locate(Destination{Host: "ingest.events.example.com"}); l.Country != "SG" || l.Endpoint != "events" || l.String() != "SG, Acme Events" {
		t.Errorf("added entry: %+v (%s)", l, l)
	}
	if l := cfg.Locate(Destination{Host: "eu.events.example.com"}); l.Mainland() || !l.Known() || l.String() != `outside the mainland, endpoint "events-eu"` {
		t.Errorf("entry outside the mainland, country unnamed: %+v (%s)", l, l)
	}
	if l := cfg.Locate(Destination{Host: "api.eu.sendgrid.com"}); l.Country != "outside" || l.Vendor == "" {
		t.Errorf("built-in EU-residency entry: %+v", l)
	}
	var nilCfg *Config
	if l := nilCfg.Locate(Destination{Host: "api.segment.io"}); l.Country != "US" || l.Endpoint != "segment" {
		t.Errorf("built-in entry without a config: %+v", l)
	}
	// A configured endpoint wins over the catalogue.
	cfg, err = Parse("y.toml", []byte(`
[[endpoint]]
name = "proxy"
hosts = ["api.segment.io"]
country = "CN"
`))
	if err != nil {
		t.Fatal(err)
	}
	if l := cfg.Locate(Destination{Host: "api.segment.io"}); l.Endpoint != "proxy" || !l.Mainland() {
		t.Errorf("endpoint did not win over the catalogue: %+v", l)
	}
}

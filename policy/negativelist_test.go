package policy

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExampleNegativeListLoads(t *testing.T) {
	nl, err := LoadNegativeList(filepath.Join("..", "examples", "ftz", "beijing-ftz-2024.example.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(nl.Industries) != 5 {
		t.Errorf("%d industries, want 5", len(nl.Industries))
	}
}

// TestFreeTradeZone covers row 3 (Regs Art. 6): data off the list leaves freely; listed data
// follows the national rules, and a security-assessment item overrides volume-based outcomes.
func TestFreeTradeZone(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile(filepath.Join("..", "examples", "ftz", "beijing-ftz-2024.example.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "list.toml"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	parse := func(extra string) *Config {
		t.Helper()
		text := "[processor]\nfree_trade_zone = \"beijing\"\nnegative_list = \"list.toml\"\n" + extra + endpoints
		cfg, err := Parse(filepath.Join(dir, "xborder.toml"), []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		return cfg
	}
	flow := func(name, l string) Flow {
		return Flow{Fields: []Field{{Name: name, Label: label(t, l)}}, Destination: Destination{Host: "us.example.com"}}
	}
	today := date("2026-01-15")
	for _, tc := range []struct {
		name   string
		extra  string
		flow   Flow
		row    int
		req    Requirement
		status Status
	}{
		{"off the list: exempt", "[volume]\npersonal = 5000000\nsensitive = 50000\n", flow("User.Email", "personal,contact"), 3, Exempt, StatusExempt},
		{"listed, above threshold", "[volume]\npersonal = 10\nsensitive = 60000\n", flow("Subject.Dx", "sensitive,health"), 10, Assessment, StatusMissing},
		{"below the clinical-trial threshold, not matching the pharmacovigilance field pattern", "[volume]\npersonal = 10\nsensitive = 20000\n", flow("Subject.Dx", "sensitive,health"), 3, Exempt, StatusExempt},
		{"listed item below its threshold: off the list", "[volume]\npersonal = 10\nsensitive = 9000\n", flow("Subject.Dx", "sensitive,health"), 3, Exempt, StatusExempt},
		{"pattern matches a second item", "[volume]\npersonal = 10\nsensitive = 20000\n", flow("Report.AdverseEvent", "sensitive,health"), 10, Assessment, StatusMissing},
		{"security-assessment item overrides the small-volume exemption", "[volume]\npersonal = 10\nsensitive = 10\n", flow("Car.Track", "sensitive,location-track"), 12, Assessment, StatusMissing},
		{"unknown volume: thresholded item applies", "", flow("Member.Card", "sensitive,financial-account"), 12, ContractOrCert, StatusMissing},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := parse(tc.extra).Evaluate(tc.flow, today)
			if v.Rule.Row != tc.row || v.Requirement != tc.req || v.Status != tc.status {
				t.Errorf("row %d, %s, %s; want row %d, %s, %s (listed %v)", v.Rule.Row, v.Requirement, v.Status, tc.row, tc.req, tc.status, v.Listed)
			}
		})
	}
	// Naming a list without a zone, or a list that is missing, is an error.
	if _, err := Parse(filepath.Join(dir, "xborder.toml"), []byte("[processor]\nnegative_list = \"list.toml\"\n")); err == nil || !strings.Contains(err.Error(), "xborder.toml:2:1: negative_list needs free_trade_zone") {
		t.Errorf("error = %v", err)
	}
	if _, err := Parse(filepath.Join(dir, "xborder.toml"), []byte("[processor]\nfree_trade_zone = \"x\"\nnegative_list = \"missing.toml\"\n")); err == nil || !strings.Contains(err.Error(), "xborder.toml:3:1: reading negative list") {
		t.Errorf("error = %v", err)
	}
}

func TestNegativeListErrors(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"version = \"x\"\n", "l.toml:1:1: negative list needs a zone"},
		{"zone = \"z\"\nzones = 1\n", `l.toml:2:1: unknown key "zones"`},
		{"zone = \"z\"\n[[industry]]\nname = \"a\"\n[[industry.scenario]]\nname = \"s\"\n[[industry.scenario.item]]\nlist = \"sc\"\ndata = [\"personal\"]\n", `l.toml:7:1: a / s: list must be security-assessment or standard-contract, not "sc"`},
		{"zone = \"z\"\n[[industry]]\nname = \"a\"\n[[industry.scenario]]\nname = \"s\"\n[[industry.scenario.item]]\nlist = \"standard-contract\"\ndata = [\"personal/helth\"]\n", `l.toml:8:1: a / s: data "personal/helth": unknown category "helth"`},
	} {
		_, err := ParseNegativeList("l.toml", []byte(tc.text))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ParseNegativeList(%q) error = %v; want %q", tc.text, err, tc.want)
		}
	}
}

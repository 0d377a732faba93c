package golangci_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis/analysistest"

	_ "github.com/xborder/xborder/plugin/golangci"
)

// settings as golangci-lint passes them: decoded YAML, maps of any.
func build(t *testing.T, settings map[string]any) (register.LinterPlugin, error) {
	t.Helper()
	newPlugin, err := register.GetPlugin("xborder")
	if err != nil {
		t.Fatal(err)
	}
	return newPlugin(settings)
}

// TestPluginAnalyzers runs the analyzers the plugin builds, configured through the plugin's
// settings (inline TOML that differs from testdata's xborder.toml), over a testdata package.
func TestPluginAnalyzers(t *testing.T) {
	p, err := build(t, map[string]any{
		"config-text": `
[volume]
personal = 250000
sensitive = 200

[[endpoint]]
name = "plugin-us"
hosts = ["us.example.com"]
country = "US"
`,
		"today": "2026-11-25",
	})
	if err != nil {
		t.Fatal(err)
	}
	if p.GetLoadMode() != register.LoadModeTypesInfo {
		t.Errorf("load mode %q", p.GetLoadMode())
	}
	analyzers, err := p.BuildAnalyzers()
	if err != nil || len(analyzers) != 1 {
		t.Fatalf("BuildAnalyzers: %v, %d analyzers", err, len(analyzers))
	}
	dir, err := filepath.Abs(filepath.Join("testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, analyzers[0], "plugged")
}

func TestPluginSettingsErrors(t *testing.T) {
	for _, tc := range []struct {
		settings map[string]any
		want     string
	}{
		{map[string]any{"colour": "red"}, "unknown field"},
		{map[string]any{"today": "25/11/2026"}, "want YYYY-MM-DD"},
		{map[string]any{"config-text": "[[endpoint]]\nname = 1\n"}, "xborder settings config-text:2:"},
		{map[string]any{"config": "does-not-exist.toml"}, "does-not-exist.toml"},
	} {
		_, err := build(t, tc.settings)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("settings %v: error %v, want %q", tc.settings, err, tc.want)
		}
	}
}

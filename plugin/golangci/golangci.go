// Package golangci registers xborder as a golangci-lint v2 module plugin.
//
// Build a golangci-lint that includes it with `golangci-lint custom` and a .custom-gcl.yml:
//
//	version: v2.15.0
//	plugins:
//	  - module: github.com/xborder/xborder
//	    import: github.com/xborder/xborder/plugin/golangci
//	    version: latest
//
// and enable it in .golangci.yml:
//
//	version: "2"
//	linters:
//	  enable: [xborder]
//	  settings:
//	    custom:
//	      xborder:
//	        type: module
//	        description: personal and important data leaving mainland China without a legal pathway
//	        settings:
//	          config: xborder.toml        # or config-text: an inline TOML configuration
//	          today: ""                   # YYYY-MM-DD to evaluate expiry on a fixed date
//	          report-unused-ignores: false
package golangci

import (
	"fmt"
	"time"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/xborder/xborder/analyzers/pathway"
	"github.com/xborder/xborder/policy"
)

func init() {
	register.Plugin("xborder", New)
}

// Settings are the plugin's settings in .golangci.yml.
type Settings struct {
	// Config is the path of the xborder.toml; by default each package finds its own.
	Config string `json:"config"`
	// ConfigText is the configuration itself, as TOML. golangci-lint's cache keys on its
	// settings, not on the contents of files they name, so inline text never goes stale.
	ConfigText string `json:"config-text"`
	// Today evaluates pathway validity on this date (YYYY-MM-DD); empty means today.
	Today string `json:"today"`
	// ReportUnusedIgnores reports //xborder:ignore comments that suppress nothing.
	ReportUnusedIgnores bool `json:"report-unused-ignores"`
}

type plugin struct {
	opts pathway.Options
}

// New is the plugin's constructor: it decodes and checks the settings, so that a bad
// configuration fails golangci-lint's start with its position rather than every package.
func New(settings any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](settings)
	if err != nil {
		return nil, fmt.Errorf("xborder settings: %w", err)
	}
	if s.Today != "" {
		if _, err := time.Parse(time.DateOnly, s.Today); err != nil {
			return nil, fmt.Errorf("xborder settings: today %q: want YYYY-MM-DD", s.Today)
		}
	}
	switch {
	case s.ConfigText != "":
		if _, err := policy.Parse("xborder settings config-text", []byte(s.ConfigText)); err != nil {
			return nil, err
		}
	case s.Config != "":
		if _, err := policy.Load(s.Config); err != nil {
			return nil, err
		}
	}
	return &plugin{opts: pathway.Options{ConfigPath: s.Config, ConfigText: s.ConfigText, Today: s.Today, ReportUnusedIgnores: s.ReportUnusedIgnores}}, nil
}

// BuildAnalyzers returns a fresh xborder analyzer configured by the settings.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return []*analysis.Analyzer{pathway.New(p.opts)}, nil
}

// GetLoadMode asks for type information: the analysis builds SSA.
func (p *plugin) GetLoadMode() string { return register.LoadModeTypesInfo }

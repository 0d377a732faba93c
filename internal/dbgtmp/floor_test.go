package dbg

import (
	"os"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/packages"
)

var floor = &analysis.Analyzer{Name: "floor", Doc: "floor", Requires: []*analysis.Analyzer{buildssa.Analyzer},
	FactTypes: []analysis.Fact{new(dummy)}, Run: func(*analysis.Pass) (any, error) { return nil, nil }}

type dummy struct{}

func (*dummy) AFact() {}

func TestFloor(t *testing.T) {
	pkgs, _ := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax}, os.Getenv("PKG"))
	start := time.Now()
	_, err := checker.Analyze([]*analysis.Analyzer{floor}, pkgs, &checker.Options{Sequential: true})
	t.Log(time.Since(start), err)
}

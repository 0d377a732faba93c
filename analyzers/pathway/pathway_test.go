package pathway_test

import (
	"go/types"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/xborder/xborder/analyzers/flow"
	"github.com/xborder/xborder/analyzers/pathway"
)

func testdata(t *testing.T) string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestAnalyzer runs every testdata package in one analysis (packages share their
// dependencies' facts, which is most of the cost).
func TestAnalyzer(t *testing.T) {
	a := pathway.New(pathway.Options{Today: "2026-11-25", ReportUnusedIgnores: true})
	results := analysistest.Run(t, testdata(t), a,
		"basic", "malformed", "pathways", "models", "ignores",
		"crm/app", "declared/app", "endpoints/lib", "endpoints/app", // facts across packages
		"realshape", "realshape/app",
		"idioms", "idioms/interfaces", "idioms/conversions", "idioms/precision",
		"netsinks", "rpc/app", "sdks/websockets", "sdks/objectstore")

	// Every library model is exercised by testdata/src/models.
	t.Run("models", func(t *testing.T) {
		used := make(map[string]bool)
		for _, r := range results {
			if r.Pass == nil || r.Pass.Pkg.Path() != "models" {
				continue
			}
			for _, obj := range r.Pass.TypesInfo.Uses {
				if fn, ok := obj.(*types.Func); ok {
					used[flow.CatalogueName(fn)] = true
				}
			}
		}
		if len(used) == 0 {
			t.Fatal("package models was not analysed")
		}
		for _, name := range flow.ModelNames() {
			if !used[name] {
				t.Errorf("model %s has no case in testdata/src/models", name)
			}
		}
	})
}

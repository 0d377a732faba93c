package pathway_test

import (
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/xborder/xborder/analyzers/flow"
	"github.com/xborder/xborder/analyzers/pathway"
	"github.com/xborder/xborder/catalog"
)

// inAnalyzerTest are the testdata/src/sdks packages TestAnalyzer runs.
var inAnalyzerTest = []string{"websockets", "objectstore"}

// TestCatalogue runs every SDK family's case (testdata/src/sdks/<family>, against stubs of the
// SDK under testdata/src/<module path>) in one analysis, and checks that every catalogue entry
// that sends has a case calling one of its sends.
func TestCatalogue(t *testing.T) {
	dirs, err := os.ReadDir(filepath.Join(testdata(t), "src", "sdks"))
	if err != nil {
		t.Fatal(err)
	}
	var families []string
	for _, d := range dirs {
		if d.IsDir() && !slices.Contains(inAnalyzerTest, d.Name()) {
			families = append(families, "sdks/"+d.Name())
		}
	}
	if len(families) == 0 {
		t.Fatal("no SDK cases under testdata/src/sdks")
	}
	a := pathway.New(pathway.Options{Today: "2026-11-25"})
	used := make(map[string]bool)
	for _, r := range analysistest.Run(t, testdata(t), a, families...) {
		if r.Pass == nil {
			continue
		}
		for _, obj := range r.Pass.TypesInfo.Uses {
			if fn, ok := obj.(*types.Func); ok {
				used[catalog.Unversioned(flow.CatalogueName(fn))] = true
			}
		}
	}
	c, err := catalog.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range c.Entries {
		if len(e.Sends) == 0 {
			continue
		}
		if !slices.ContainsFunc(e.Sends, func(s catalog.Send) bool { return used[catalog.Unversioned(s.Func)] }) {
			t.Errorf("catalogue entry %q: no case in testdata/src/sdks calls one of its sends", e.Name)
		}
	}
}

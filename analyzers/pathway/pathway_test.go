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

func testdata(t *testing.T) string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestAnalyzer runs every testdata package, and every SDK family's case (testdata/src/sdks/
// <family>, against stubs of the SDK under testdata/src/<module path>), in one analysis:
// packages share their dependencies' facts, and loading and analysing the standard library
// under analysistest (which round-trips every inherited fact through gob) is most of the
// cost, so a second analysistest.Run would pay it again. No SDK case has an //xborder:ignore,
// so ReportUnusedIgnores does not change their diagnostics.
func TestAnalyzer(t *testing.T) {
	a := pathway.New(pathway.Options{Today: "2026-11-25", ReportUnusedIgnores: true})
	results := analysistest.Run(t, testdata(t), a, append([]string{
		"basic", "malformed", "pathways", "models", "ignores",
		"crm/app", "declared/app", "endpoints/lib", "endpoints/app", // facts across packages
		"idioms", "idioms/interfaces", "idioms/conversions", "idioms/precision",
		"netsinks", "rpc/app", "realshape", "realshape/app"}, sdkPackages(t)...)...)

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

	// Every catalogue entry that sends has a case in testdata/src/sdks/<family> calling one of
	// its sends (the families, not the SDK-shaped idioms of sdkIdioms).
	t.Run("catalogue", func(t *testing.T) {
		families := sdkFamilies(t)
		used := make(map[string]bool)
		for _, r := range results {
			if r.Pass == nil || !slices.Contains(families, r.Pass.Pkg.Path()) {
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
	})
}

// sdkIdioms are testdata/src/sdks packages that are not catalogue families: the catalogue
// check does not count their calls.
var sdkIdioms = []string{"sdks/websockets", "sdks/objectstore"}

// sdkPackages are every package testdata/src/sdks/<dir>.
func sdkPackages(t *testing.T) []string {
	dirs, err := os.ReadDir(filepath.Join(testdata(t), "src", "sdks"))
	if err != nil {
		t.Fatal(err)
	}
	var pkgs []string
	for _, d := range dirs {
		if d.IsDir() {
			pkgs = append(pkgs, "sdks/"+d.Name())
		}
	}
	for _, p := range sdkIdioms {
		if !slices.Contains(pkgs, p) {
			t.Fatalf("%s is missing from testdata/src/sdks", p)
		}
	}
	return pkgs
}

// sdkFamilies are the catalogue families' cases: testdata/src/sdks packages but sdkIdioms.
func sdkFamilies(t *testing.T) []string {
	var families []string
	for _, p := range sdkPackages(t) {
		if !slices.Contains(sdkIdioms, p) {
			families = append(families, p)
		}
	}
	if len(families) == 0 {
		t.Fatal("no SDK cases under testdata/src/sdks")
	}
	return families
}

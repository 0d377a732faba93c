package suggest_test

import (
	"go/types"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/xborder/xborder/analyzers/suggest"
)

func testdata(t *testing.T) string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// families are the testdata packages with a case for every word of their rules.
var families = []string{
	"contact", "basic", "identity", "online", "device", "vehicle", "work", "location",
	"financial", "biometric", "religion", "health", "sensitive", "pinyin",
}

// TestSuggestAnalyzer checks the diagnostics of every testdata package and the files its fixes
// produce against the .golden files.
func TestSuggestAnalyzer(t *testing.T) {
	t.Parallel()
	var pkgs []string
	for _, f := range families {
		pkgs = append(pkgs, "suggest/"+f)
	}
	pkgs = append(pkgs, "suggest/falsefriends", "suggest/directives", "suggest/tags",
		"suggest/context", "suggest/shapes", "suggest/skipped")
	results := analysistest.RunWithSuggestedFixes(t, testdata(t), suggest.Analyzer, pkgs...)

	// Every word of every rule is matched by a case in testdata/src/suggest.
	t.Run("coverage", func(t *testing.T) {
		matched := make(map[string]bool)
		for _, r := range results {
			res, ok := r.Result.(*suggest.Result)
			if !ok {
				continue
			}
			for _, s := range res.Suggestions {
				matched[s.Rule.Reason+"/"+s.Matched] = true
			}
		}
		if len(matched) == 0 {
			t.Fatal("no suggestions in testdata")
		}
		for _, r := range suggest.Rules {
			for _, w := range r.Words {
				if !matched[r.Reason+"/"+w] {
					t.Errorf("rule %q: word %q has no case in testdata/src/suggest", r.Reason, w)
				}
			}
		}
	})

	// Every false friend has a case in testdata/src/suggest/falsefriends.
	t.Run("falsefriends", func(t *testing.T) {
		var fields []string
		for _, r := range results {
			if r.Pass == nil || r.Pass.Pkg.Path() != "suggest/falsefriends" {
				continue
			}
			for _, obj := range r.Pass.TypesInfo.Defs {
				if v, ok := obj.(*types.Var); ok && v.IsField() {
					fields = append(fields, v.Name())
				}
			}
		}
		for _, ff := range suggest.FalseFriends {
			if !slices.Contains(fields, ff.Example) {
				t.Errorf("false friend %q: no field %s in testdata/src/suggest/falsefriends", ff.Words, ff.Example)
			}
		}
	})
}

// TestSuggestSkipped checks that generated files and tests get no suggestions (the package has no
// want comments, so analysistest would fail on any diagnostic; this also checks that the
// files were there to skip).
func TestSuggestSkipped(t *testing.T) {
	t.Parallel()
	results := analysistest.Run(t, testdata(t), suggest.Analyzer, "suggest/skipped")
	files := 0
	for _, r := range results {
		for _, f := range r.Pass.Files {
			name := filepath.Base(r.Pass.Fset.File(f.Pos()).Name())
			if strings.HasPrefix(name, "gen") || strings.HasSuffix(name, "_test.go") {
				files++
			}
		}
	}
	if files < 2 {
		t.Errorf("skipped: %d generated or test files analysed, want both gen.go and skipped_test.go", files)
	}
}

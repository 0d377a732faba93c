package policy

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// positioned matches an error that starts with name:line:col.
var positioned = regexp.MustCompile(`^fuzz\.toml:\d+:\d+: `)

func seedFiles(f *testing.F, paths ...string) {
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
}

// FuzzParseConfig: any bytes give a configuration or errors that each carry a position, never
// a panic.
func FuzzParseConfig(f *testing.F) {
	seedFiles(f, filepath.Join("..", "examples", "shop", "xborder.toml"), filepath.Join("..", "testdata", "src", "pathways", "xborder.toml"),
		filepath.Join("..", "testdata", "src", "declared", "xborder.toml"))
	for _, s := range []string{"", "[processor]\nciio = true\n", "[[endpoint]]\nname = 1", "[[pathway]]\nid = \"x\"\nkind = \"security-assessment\"\napproved = 2024-13-40\n", "a = [", "\xff\xfe", "[calendar]\nholidays = [2026-01-01]\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := Parse("fuzz.toml", data)
		if err == nil {
			if cfg == nil {
				t.Fatal("nil configuration without an error")
			}
			return
		}
		checkPositioned(t, err)
	})
}

// FuzzParseNegativeList: the same for free trade zone negative lists.
func FuzzParseNegativeList(f *testing.F) {
	seedFiles(f, filepath.Join("..", "examples", "ftz", "beijing-ftz-2024.example.toml"))
	for _, s := range []string{"", "[[item]]\n", "zone = 1", "[[industry]]\nname = \"x\"\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, err := ParseNegativeList("fuzz.toml", data); err != nil {
			checkPositioned(t, err)
		}
	})
}

func checkPositioned(t *testing.T, err error) {
	t.Helper()
	var errs interface{ Unwrap() []error }
	list := []error{err}
	if errors.As(err, &errs) {
		list = errs.Unwrap()
	}
	for _, e := range list {
		if !positioned.MatchString(e.Error()) {
			t.Fatalf("error without a file:line:col position: %q", e.Error())
		}
	}
}

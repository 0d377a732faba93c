package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The go vet tests are the longest: they are in this file, the last, because the testing
// package currently resumes paused parallel tests roughly in reverse order of declaration,
// and the longest should start first.

// TestGoVet runs go vet on one copy of the example, step by step. The steps share the copy
// and its xborder.toml, hence go vet's cache (keyed on the configuration's path and
// contents): after the first step the standard library's facts come from the cache, and only
// an edit to xborder.toml makes go vet analyse everything again.
func TestGoVet(t *testing.T) {
	t.Parallel()
	dir := copyExample(t)
	var first result

	// go vet reports what the standalone checker reports.
	t.Run("agrees", func(t *testing.T) {
		first = runIn(t, dir, nil, "go", "vet", "-vettool="+binary, "./...")
		if first.code == 0 {
			t.Fatalf("go vet exited 0; want failure. stderr:\n%s", first.stderr)
		}
		if got := lines(first.stderr); strings.Join(got, "\n") != strings.Join(wantShop, "\n") {
			t.Errorf("go vet findings:\n%s\nwant:\n%s", first.stderr, strings.Join(wantShop, "\n"))
		}
	})

	// //xborder:ignore with a reason silences a finding in the standalone checker and under
	// go vet alike; without a reason it is a finding.
	t.Run("ignore", func(t *testing.T) {
		main := filepath.Join(dir, "main.go")
		src, err := os.ReadFile(main)
		if err != nil {
			t.Fatal(err)
		}
		defer func() {
			if err := os.WriteFile(main, src, 0o644); err != nil {
				t.Fatal(err)
			}
		}()
		text := strings.Replace(string(src), "\treturn http.Get(", "\t//xborder:ignore the lookup sends a number the CRM already holds (DPIA-7)\n\treturn http.Get(", 1)
		text = strings.Replace(text, "\tresp, err := http.Post(crmAPI", "\t//xborder:ignore\n\tresp, err := http.Post(crmAPI", 1)
		if err := os.WriteFile(main, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, args := range [][]string{{binary, "./..."}, {"go", "vet", "-vettool=" + binary, "./..."}} {
			r := runIn(t, dir, nil, args[0], args[1:]...)
			out := r.stdout + r.stderr
			if r.code == exitClean || strings.Contains(out, "net/http.Get") || !strings.Contains(out, "//xborder:ignore needs a reason") || !strings.Contains(out, "net/http.Post") {
				t.Errorf("%s: exit %d, output:\n%s", args[0], r.code, out)
			}
		}
	})

	// go vet's result cache is keyed on the configuration: declaring a pathway must silence
	// the flows on the next run (the first run, in "agrees", cached them with findings).
	t.Run("config edits", func(t *testing.T) {
		if first.code == 0 {
			t.Fatalf("first go vet exited 0; want findings")
		}
		appendConfig(t, dir, `
[[pathway]]
id = "SC-2025-0002"
kind = "standard-contract"
endpoints = ["crm", "analytics"]
data = ["personal", "sensitive"]
approved = 2025-07-01
`)
		if r := runIn(t, dir, nil, "go", "vet", "-vettool="+binary, "./..."); r.code != 0 {
			t.Errorf("go vet after declaring the pathway: exit %d, output:\n%s", r.code, r.stderr)
		}
		if r := runIn(t, dir, nil, binary, "./..."); r.code != exitClean || r.stdout != "" {
			t.Errorf("standalone after declaring the pathway: exit %d, output:\n%s%s", r.code, r.stdout, r.stderr)
		}
	})
}

// TestGoVetInlineConfig runs xborder through unitchecker as go vet does, with the
// configuration as inline TOML in an analyzer flag (as Bazel's nogo passes analyzer_flags)
// and no xborder.toml on disk.
func TestGoVetInlineConfig(t *testing.T) {
	t.Parallel()
	dir := copyExample(t)
	if err := os.Remove(filepath.Join(dir, "xborder.toml")); err != nil {
		t.Fatal(err)
	}
	inline := "[volume]\npersonal = 250000\nsensitive = 200\n\n[[endpoint]]\nname = \"analytics-inline\"\nhosts = [\"events.example.io\"]\ncountry = \"JP\"\n"
	r := runIn(t, dir, nil, "go", "vet", "-vettool="+binary, "-xborder.config-text="+inline, "./...")
	if r.code == 0 || !strings.Contains(r.stderr, `events.example.io (JP, endpoint "analytics-inline")`) {
		t.Errorf("go vet with inline config: exit %d, stderr:\n%s", r.code, r.stderr)
	}
	if strings.Contains(r.stderr, dir) && strings.Contains(r.stderr, "xborder.toml") {
		t.Errorf("messages name an absolute configuration path:\n%s", r.stderr)
	}
}

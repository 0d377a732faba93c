package main

import (
	"bytes"
	"encoding/json"
	"go/format"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	goanalysis "golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/xborder/xborder/analyzers/pathway"
)

// copyDomain copies examples/domain to a temporary directory.
func copyDomain(t *testing.T) string {
	t.Helper()
	src, err := filepath.Abs(filepath.Join("..", "..", "examples", "domain"))
	if err != nil {
		t.Fatal(err)
	}
	dst := t.TempDir()
	if err := os.CopyFS(dst, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	return dst
}

func runSuggestIn(t *testing.T, dir string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errs bytes.Buffer
	code = runSuggest(dir, args, &out, &errs)
	return out.String(), errs.String(), code
}

func TestSuggestText(t *testing.T) {
	t.Parallel()
	dir := copyDomain(t)
	stdout, stderr, code := runSuggestIn(t, dir, "./...")
	if code != exitFindings {
		t.Fatalf("exit code = %d, want %d; stderr:\n%s", code, exitFindings, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) == 0 || !strings.HasPrefix(lines[0], "orders/orders.go:") {
		t.Errorf("want suggestions sorted by file, first in orders/orders.go; got:\n%s", stdout)
	}
	for _, l := range lines {
		if !strings.Contains(l, "looks like") || strings.Count(l, ":") < 4 {
			t.Errorf("malformed line %q", l)
		}
	}
	if want := "xborder suggest: 29 fields: 20 personal, 9 sensitive, 0 important\n"; stderr != want {
		t.Errorf("summary = %q, want %q", stderr, want)
	}
	// The output is deterministic.
	again, _, _ := runSuggestIn(t, dir, "./...")
	if again != stdout {
		t.Error("two runs printed different suggestions")
	}
}

func TestSuggestJSON(t *testing.T) {
	t.Parallel()
	dir := copyDomain(t)
	stdout, stderr, code := runSuggestIn(t, dir, "-format=json", "-q", "./users")
	if code != exitFindings || stderr != "" {
		t.Fatalf("exit code = %d, stderr %q", code, stderr)
	}
	var got []map[string]string
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("%v\n%s", err, stdout)
	}
	want := map[string]string{
		"position": "users/users.go:13:2", "field": "User.Name", "type": "string",
		"label": "personal,basic", "class": "personal", "reason": "basic: name",
	}
	found := false
	for _, g := range got {
		if g["field"] == want["field"] {
			found = true
			for k, v := range want {
				if g[k] != v {
					t.Errorf("%s: %s = %q, want %q", want["field"], k, g[k], v)
				}
			}
		}
	}
	if !found {
		t.Errorf("no suggestion for User.Name in:\n%s", stdout)
	}
}

func TestSuggestUsage(t *testing.T) {
	t.Parallel()
	if _, _, code := runSuggestIn(t, t.TempDir(), "-format=xml"); code != exitError {
		t.Errorf("bad format: exit code %d, want %d", code, exitError)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/broken\n\ngo 1.26\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "x.go"), []byte("package x\n\nvar _ int = \"s\"\n"), 0o644)
	_, stderr, code := runSuggestIn(t, dir, "./...")
	if code != exitError || !strings.Contains(stderr, "x.go:3:") {
		t.Errorf("type error: exit code %d, stderr %q; want %d and the position", code, stderr, exitError)
	}
}

// TestSuggestFixDomain tags the sample domain module with -fix and checks that the result is
// gofmt-clean, builds, has nothing left to suggest, and that xborder then finds the flows of
// the newly tagged fields to the US CRM, which it could not see before.
func TestSuggestFixDomain(t *testing.T) {
	t.Parallel()
	dir := copyDomain(t)
	before := domainFindings(t, dir)
	if len(before) != 0 {
		t.Fatalf("untagged module: want no findings, got:\n%s", strings.Join(before, "\n"))
	}
	stdout, stderr, code := runSuggestIn(t, dir, "-fix", "./...")
	if code != exitClean || stdout != "" {
		t.Fatalf("-fix: exit code %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if want := "xborder suggest: 29 fields: 20 personal, 9 sensitive, 0 important; tagged 29 fields in 4 files\n"; stderr != want {
		t.Errorf("-fix summary = %q, want %q", stderr, want)
	}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(path, ".go") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if formatted, err := format.Source(src); err != nil || !bytes.Equal(formatted, src) {
			t.Errorf("%s is not gofmt-clean after -fix (%v)", path, err)
		}
		if strings.Contains(filepath.Base(path), ".xborder-") {
			t.Errorf("temporary file left behind: %s", path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	build := exec.Command("go", "build", "./...")
	build.Dir = dir
	build.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOTOOLCHAIN=local")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build after -fix: %v\n%s", err, out)
	}
	if stdout, _, code := runSuggestIn(t, dir, "./..."); code != exitClean || stdout != "" {
		t.Errorf("after -fix: exit code %d, suggestions left:\n%s", code, stdout)
	}
	after := domainFindings(t, dir)
	for _, want := range []string{"User.Email", "Order.BankCardNo", "Patient.Zhenduan", "Position.Lat"} {
		if !strings.Contains(strings.Join(after, "\n"), want) {
			t.Errorf("after -fix: no finding mentions %s; findings:\n%s", want, strings.Join(after, "\n"))
		}
	}
}

// domainFindings runs the xborder analyzer over the module in dir with its xborder.toml.
func domainFindings(t *testing.T, dir string) []string {
	t.Helper()
	cfg := &packages.Config{Mode: packages.LoadAllSyntax | packages.NeedModule, Dir: dir,
		Env: append(os.Environ(), "GOPROXY=off", "GOTOOLCHAIN=local")}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		t.Fatal(err)
	}
	a := pathway.New(pathway.Options{ConfigPath: filepath.Join(dir, "xborder.toml"), Today: "2026-01-31"})
	graph, err := checker.Analyze([]*goanalysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, act := range graph.Roots {
		if act.Err != nil {
			t.Fatalf("%s: %v", act, act.Err)
		}
		for _, d := range act.Diagnostics {
			out = append(out, act.Package.Fset.Position(d.Pos).String()+": "+d.Message)
		}
	}
	return out
}

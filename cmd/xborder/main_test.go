package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
)

// These tests run the built binary the way users do: standalone and under go vet.

var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "xborder-test")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "xborder")
	if runtime.GOOS == "windows" {
		binary += ".exe"
	}
	build := exec.Command("go", "build", "-o", binary, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		panic("building xborder: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type result struct {
	stdout, stderr string
	code           int
}

func runIn(t *testing.T, dir string, env []string, name string, args ...string) result {
	t.Helper()
	r, err := execute(dir, env, name, args...)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// execute runs a command in dir; an error is a command that could not be run, not a non-zero
// exit status.
func execute(dir string, env []string, name string, args ...string) (result, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		code = exit.ExitCode()
	} else if err != nil {
		return result{}, fmt.Errorf("running %s %v: %v", name, args, err)
	}
	return result{stdout.String(), stderr.String(), code}, nil
}

// sharedRuns holds the runs of runShared, by directory, command and arguments.
var sharedRuns sync.Map

type sharedRun struct {
	once sync.Once
	res  result
	err  error
}

// runShared runs the binary in the example's directory, which no test modifies, once for
// each list of arguments: tests that make the same run share its result. (Every run loads,
// type-checks and analyses the example's standard-library dependencies from source, which is
// most of this package's test time.)
func runShared(t *testing.T, args ...string) result {
	t.Helper()
	dir := example(t)
	v, _ := sharedRuns.LoadOrStore(strings.Join(append([]string{dir}, args...), "\x00"), new(sharedRun))
	s := v.(*sharedRun)
	s.once.Do(func() { s.res, s.err = execute(dir, nil, binary, args...) })
	if s.err != nil {
		t.Fatal(s.err)
	}
	return s.res
}

func example(t *testing.T) string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "examples", "shop"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// wantShop are the example's findings: two flows to the US CRM and one through the analytics
// client package to a US service, without a pathway. The covered, domestic and untagged flows
// are silent.
var wantShop = []string{
	`main.go:26:15: sensitive personal data Customer.Allergies, Customer.Email, Customer.Name, Customer.Phone flows to api.crm.example.com (US, endpoint "crm") via net/http.Post without a declared legal pathway; required: standard contract or certification (Regs Art. 8; rule 12)`,
	`main.go:35:9: personal data Customer.Phone flows to api.crm.example.com (US, endpoint "crm") via net/http.Get without a declared legal pathway; required: standard contract or certification (Regs Art. 8; rule 12)`,
	`main.go:77:9: personal data Customer.Email flows to events.example.io (US, endpoint "analytics") via analytics.Client.Track → (*net/http.Client).Post without a declared legal pathway; required: standard contract or certification (Regs Art. 8; rule 12)`,
}

func lines(s string) []string {
	var out []string
	for l := range strings.SplitSeq(strings.TrimSpace(s), "\n") {
		if l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}

func TestStandaloneExample(t *testing.T) {
	t.Parallel()
	r := runShared(t, "./...")
	if r.code != exitFindings {
		t.Errorf("exit code = %d, want %d; stderr:\n%s", r.code, exitFindings, r.stderr)
	}
	if got := lines(r.stdout); strings.Join(got, "\n") != strings.Join(wantShop, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(wantShop, "\n"))
	}
}

func TestConfigErrorExitCode(t *testing.T) {
	t.Parallel()
	dir := copyExample(t)
	cfg := filepath.Join(dir, "xborder.toml")
	if err := os.WriteFile(cfg, []byte("[[endpoint]]\nname = \"crm\"\nhosts = [\"crm.example.com\"]\ncountry = \"US\"\ncontry = \"US\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runIn(t, dir, nil, binary, "./...")
	if r.code != exitError {
		t.Errorf("exit code = %d, want %d", r.code, exitError)
	}
	if want := `xborder.toml:5:1: unknown key "endpoint.contry"`; !strings.Contains(r.stderr, want) {
		t.Errorf("stderr = %q, want it to contain %q", r.stderr, want)
	}
	r = runIn(t, dir, nil, binary, "config", "check")
	if r.code != exitError || !strings.Contains(r.stderr, `unknown key "endpoint.contry"`) {
		t.Errorf("config check: exit %d, stderr %q", r.code, r.stderr)
	}
	r = runIn(t, dir, []string{"XBORDER_CONFIG=" + cfg}, "go", "vet", "-vettool="+binary, "./...")
	if r.code == 0 || !strings.Contains(r.stderr, `unknown key "endpoint.contry"`) {
		t.Errorf("go vet with a bad config: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestTypeErrorExitCode(t *testing.T) {
	t.Parallel()
	dir := copyExample(t)
	if err := os.WriteFile(filepath.Join(dir, "broken.go"), []byte("package main\n\nfunc broken() { undefinedThing() }\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runIn(t, dir, nil, binary, "./...")
	if r.code != exitError {
		t.Errorf("exit code = %d, want %d", r.code, exitError)
	}
	if want := "broken.go:3:17: undefined: undefinedThing"; !strings.Contains(r.stderr, want) {
		t.Errorf("stderr = %q, want it to contain %q", r.stderr, want)
	}
}

func TestConfigCheckOK(t *testing.T) {
	t.Parallel()
	r := runIn(t, example(t), nil, binary, "config", "check")
	if r.code != exitClean || !strings.Contains(r.stdout, "ok (4 endpoints, 1 pathway)") {
		t.Errorf("config check: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}

// TestJSONFormat checks the first of TestDeterministic's JSON runs (hence its -today).
func TestJSONFormat(t *testing.T) {
	t.Parallel()
	r := runShared(t, "-format=json", "-today=2026-11-25", "./...")
	if r.code != exitFindings {
		t.Fatalf("exit code = %d; stderr:\n%s", r.code, r.stderr)
	}
	for _, want := range []string{`"file": "main.go"`, `"line": 26`, `"category": "missing-pathway"`} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("JSON output lacks %s:\n%s", want, r.stdout)
		}
	}
}

func TestVersion(t *testing.T) {
	t.Parallel()
	r := runIn(t, ".", nil, binary, "version")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "xborder ") || !strings.Contains(r.stdout, "rules CAC-2024-03-22") {
		t.Errorf("version: exit %d, %q", r.code, r.stdout)
	}
	r = runIn(t, ".", nil, binary, "-V=full")
	if f := strings.Fields(r.stdout); r.code != 0 || len(f) < 4 || f[1] != "version" || !strings.HasPrefix(f[len(f)-1], "buildID=") {
		t.Errorf("-V=full: exit %d, %q", r.code, r.stdout)
	}
}

// copyExample copies the example module to a temporary directory.
func copyExample(t *testing.T) string {
	t.Helper()
	dst := t.TempDir()
	src := example(t)
	err := filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

func repoRoot(t *testing.T) string {
	dir, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestTodayFlag checks that -today makes validity reproducible: on 2026-02-01 the Singapore
// assessment is valid and outside its window; on 2026-11-25 it is inside it (a warning).
func TestTodayFlag(t *testing.T) {
	t.Parallel()
	root := repoRoot(t)
	early := runIn(t, root, nil, binary, "-today=2026-02-01", "./testdata/src/pathways")
	late := runIn(t, root, nil, binary, "-today=2026-11-25", "./testdata/src/pathways")
	if strings.Contains(early.stdout, `"SA-2024-0002"`) {
		t.Errorf("on 2026-02-01 the assessment should be silent:\n%s", early.stdout)
	}
	if !strings.Contains(late.stdout, `"SA-2024-0002" (security-assessment), which expires on 2027-01-31`) {
		t.Errorf("on 2026-11-25 the extension window should be reported:\n%s", late.stdout)
	}
	if r := runIn(t, root, nil, binary, "-today=31/01/2026", "./testdata/src/pathways"); r.code != exitError || !strings.Contains(r.stderr, "want YYYY-MM-DD") {
		t.Errorf("bad -today: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestWarningsDoNotFail: a flow whose only finding is a warning exits 0, or 1 with -strict.
func TestWarningsDoNotFail(t *testing.T) {
	t.Parallel()
	dir := copyExample(t)
	appendConfig(t, dir, `
[[pathway]]
id = "SA-2024-0009"
kind = "security-assessment"
endpoints = ["crm", "analytics"]
data = ["personal", "sensitive"]
approved = 2024-02-01
`)
	r := runIn(t, dir, nil, binary, "-today=2026-11-25", "./...")
	if r.code != exitClean || !strings.Contains(r.stdout, "request the extension now") {
		t.Errorf("warning only: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if r := runIn(t, dir, nil, binary, "-today=2026-11-25", "-strict", "./..."); r.code != exitFindings {
		t.Errorf("-strict: exit %d, want %d", r.code, exitFindings)
	}
}

func TestExplain(t *testing.T) {
	t.Parallel()
	r := runIn(t, example(t), nil, binary, "explain", "./...")
	if r.code != exitClean {
		t.Fatalf("explain: exit %d, stderr %q", r.code, r.stderr)
	}
	for _, want := range []string{
		"main.go:26:15: in main.syncToCRM",
		"YES row 12: 100,000–999,999 individuals' PI",
		"status:      missing — reported as missing-pathway",
		"pathway:     SC-2025-0001 (standard-contract)",
		"status:      approved",
		"location:    CN, endpoint \"warehouse\"",
		"YES row  1: destination in mainland China",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("explain output lacks %q:\n%s", want, r.stdout)
		}
	}
}

// appendConfig appends TOML text to the xborder.toml in dir.
func appendConfig(t *testing.T, dir, text string) {
	t.Helper()
	cfg := filepath.Join(dir, "xborder.toml")
	data, err := os.ReadFile(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(cfg, append(data, text...), 0o644); err != nil {
		t.Fatal(err)
	}
}

package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xborder/xborder/policy"
)

// TestSARIFExample: the example's findings as SARIF, one result per finding, each with a
// code flow and a fingerprint. (The SARIF schema check is in package report.)
func TestSARIFExample(t *testing.T) {
	t.Parallel()
	r := runIn(t, example(t), nil, binary, "-format=sarif", "-today=2026-11-25", "./...")
	if r.code != exitFindings {
		t.Fatalf("exit %d, stderr %s", r.code, r.stderr)
	}
	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			Results []struct {
				RuleID              string            `json:"ruleId"`
				PartialFingerprints map[string]string `json:"partialFingerprints"`
				CodeFlows           []any             `json:"codeFlows"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &log); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, r.stdout)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 || len(log.Runs[0].Results) != len(wantShop) {
		t.Fatalf("version %q, runs %d, results: %+v", log.Version, len(log.Runs), log.Runs)
	}
	for _, res := range log.Runs[0].Results {
		if res.RuleID != "missing-pathway" || len(res.CodeFlows) != 1 || res.PartialFingerprints["xborderFinding/v1"] == "" {
			t.Errorf("result %+v", res)
		}
	}
}

// TestBaseline: a baseline silences today's findings, a new flow still fails, and findings
// that went away are listed.
func TestBaseline(t *testing.T) {
	t.Parallel()
	dir := copyExample(t)
	r := runIn(t, dir, nil, binary, "baseline", "write", "-o", "base.json", "./...")
	if r.code != exitClean || !strings.Contains(r.stdout, "3 finding(s) recorded") {
		t.Fatalf("baseline write: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if r := runIn(t, dir, nil, binary, "-baseline", "base.json", "./..."); r.code != exitClean || r.stdout != "" {
		t.Errorf("with the baseline: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	// Moving code around does not invalidate the baseline: fingerprints have no line numbers.
	main := filepath.Join(dir, "main.go")
	src, err := os.ReadFile(main)
	if err != nil {
		t.Fatal(err)
	}
	moved := strings.Replace(string(src), "const crmAPI", "\n\n// moved\n\nconst crmAPI", 1)
	newFlow := moved + `
func exportPhones(c *customers.Customer) {
	http.Post("https://api.crm.example.com/v2/phones", "text/plain", strings.NewReader(c.Phone))
}
`
	if err := os.WriteFile(main, []byte(newFlow), 0o644); err != nil {
		t.Fatal(err)
	}
	r = runIn(t, dir, nil, binary, "-baseline", "base.json", "./...")
	if r.code != exitFindings || len(lines(r.stdout)) != 1 || !strings.Contains(r.stdout, "main.exportPhones") && !strings.Contains(r.stdout, "Customer.Phone flows") {
		t.Errorf("new flow against the baseline: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	// Remove the CRM sync: its baselined finding is gone and listed.
	gone := strings.Replace(moved, "syncToCRM, sendReceipt", "sendReceipt", 1)
	gone = strings.Replace(gone, "resp, err := http.Post(crmAPI+\"/contacts\"", "resp, err := http.Post(\"https://wms.example.cn/contacts\"", 1)
	if err := os.WriteFile(main, []byte(gone), 0o644); err != nil {
		t.Fatal(err)
	}
	r = runIn(t, dir, nil, binary, "-baseline", "base.json", "./...")
	if r.code != exitClean || !strings.Contains(r.stderr, "1 baselined finding(s) no longer occur") || !strings.Contains(r.stderr, "main.syncToCRM") {
		t.Errorf("gone finding: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if r := runIn(t, dir, nil, binary, "-baseline", "missing.json", "./..."); r.code != exitError {
		t.Errorf("missing baseline file: exit %d, want %d", r.code, exitError)
	}
}

// TestInventoryCLI: the inventory in each format, to stdout or a file, and a bad format.
func TestInventoryCLI(t *testing.T) {
	t.Parallel()
	dir := copyExample(t)
	r := runIn(t, dir, nil, binary, "inventory", "-format=csv", "-o", "flows.csv", "-today=2026-11-25", "./...")
	if r.code != exitClean {
		t.Fatalf("inventory csv: exit %d, stderr %s", r.code, r.stderr)
	}
	data, err := os.ReadFile(filepath.Join(dir, "flows.csv"))
	if err != nil {
		t.Fatal(err)
	}
	// Header plus the four flows abroad; the warehouse flow is domestic.
	if n := len(lines(string(data))); n != 5 || strings.Contains(string(data), "wms.example.cn") {
		t.Errorf("csv has %d lines:\n%s", n, data)
	}
	r = runIn(t, dir, nil, binary, "inventory", "-format=md", "-all", "-today=2026-11-25", "./...")
	if r.code != exitClean || !strings.Contains(r.stdout, "| warehouse | CN |") || !strings.Contains(r.stdout, "SC-2025-0001 (standard-contract)") {
		t.Errorf("inventory md -all: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	r = runIn(t, dir, nil, binary, "inventory", "-format=filing", "-today=2026-11-25", "./...")
	if r.code != exitClean || !strings.Contains(r.stdout, "| Categories of sensitive personal information | health |") {
		t.Errorf("filing aid: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if r := runIn(t, dir, nil, binary, "inventory", "-format=pdf", "./..."); r.code != exitError {
		t.Errorf("bad format: exit %d", r.code)
	}
}

// TestInventoryHTMLInBrowser loads the HTML inventory in headless Chromium: the diagram and
// the table render, sorting and filtering work (the page's #selftest), and no script error is
// logged. It needs Debian's chromium (.ci/run installs it); elsewhere it is skipped.
func TestInventoryHTMLInBrowser(t *testing.T) {
	t.Parallel()
	browser, err := exec.LookPath("chromium")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("chromium is not installed (.ci/run installs it)")
		}
		t.Skip("chromium not installed")
	}
	dir := copyExample(t)
	page := filepath.Join(dir, "flows.html")
	if r := runIn(t, dir, nil, binary, "inventory", "-format=html", "-o", page, "-today=2026-11-25", "./..."); r.code != exitClean {
		t.Fatalf("inventory html: exit %d, stderr %s", r.code, r.stderr)
	}
	profile := t.TempDir()
	flags := []string{"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"}
	r := runIn(t, dir, nil, browser, append(flags, "--virtual-time-budget=2000", "--dump-dom", "file://"+page+"#selftest")...)
	if r.code != 0 {
		t.Fatalf("chromium: exit %d, stderr:\n%s", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, "<title>selftest ok: 4 rows</title>") {
		t.Errorf("page self-test did not pass; DOM:\n%s", r.stdout)
	}
	if strings.Count(r.stdout, `class="node `) != 2+3+2 { // classes, endpoints, countries
		t.Errorf("diagram has %d nodes, want 7", strings.Count(r.stdout, `class="node `))
	}
	for _, l := range strings.Split(r.stderr, "\n") {
		if strings.Contains(l, "CONSOLE") || strings.Contains(l, "Uncaught") {
			t.Errorf("browser console: %s", l)
		}
	}
	shots := os.Getenv("XBORDER_ARTIFACTS")
	if shots == "" {
		shots = t.TempDir()
	}
	shot := filepath.Join(shots, "inventory.png")
	if r := runIn(t, dir, nil, browser, append(flags, "--window-size=1400,900", "--screenshot="+shot, "file://"+page)...); r.code != 0 {
		t.Errorf("screenshot: exit %d, stderr:\n%s", r.code, r.stderr)
	} else if fi, err := os.Stat(shot); err != nil || fi.Size() == 0 {
		t.Errorf("no screenshot at %s: %v", shot, err)
	}
}

// TestReadmeNogoSnippet: the nogo configuration shown in the README carries a valid inline
// configuration.
func TestReadmeNogoSnippet(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(repoRoot(t), "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	start := strings.Index(text, "```json\n{\n  \"xborder\"")
	if start < 0 {
		t.Fatal("README has no nogo config.json snippet")
	}
	block := text[start+len("```json\n"):]
	block = block[:strings.Index(block, "```")]
	var cfg map[string]struct {
		AnalyzerFlags map[string]string `json:"analyzer_flags"`
	}
	if err := json.Unmarshal([]byte(block), &cfg); err != nil {
		t.Fatalf("nogo snippet is not JSON: %v\n%s", err, block)
	}
	inline := cfg["xborder"].AnalyzerFlags["config-text"]
	if _, err := policy.Parse("README nogo snippet", []byte(inline)); err != nil || inline == "" {
		t.Errorf("nogo snippet's config-text %q: %v", inline, err)
	}
}

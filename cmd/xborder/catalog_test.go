package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestCatalogueEndToEnd builds a service that sends a tagged field through a catalogued SDK
// (the Segment stub of testdata, as a replaced module) with no sink in its configuration:
// xborder and go vet name the vendor, its host and country; an [[sdk]] override to a mainland
// host silences it.
func TestCatalogueEndToEnd(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	stub, err := os.ReadFile(filepath.Join(repoRoot(t), "testdata", "src", "github.com", "segmentio", "analytics-go", "v3", "analytics.go"))
	if err != nil {
		t.Fatal(err)
	}
	writeFiles(t, dir, map[string]string{
		"go.mod":               "module example.com/svc\n\ngo 1.26\n\nrequire github.com/segmentio/analytics-go/v3 v3.3.0\n\nreplace github.com/segmentio/analytics-go/v3 => ./segment\n",
		"segment/go.mod":       "module github.com/segmentio/analytics-go/v3\n\ngo 1.26\n",
		"segment/analytics.go": string(stub),
		"main.go": `package main

import "github.com/segmentio/analytics-go/v3"

type User struct {
	ID    string
	Email string ` + "`xborder:\"personal,contact\"`" + `
}

func main() {
	c := analytics.New("key")
	defer c.Close()
	u := User{ID: "1", Email: "a@example.com"}
	c.Enqueue(analytics.Identify{UserId: u.ID, Traits: analytics.NewTraits().SetEmail(u.Email)})
}
`,
	})
	want := "main.go:14:2: personal data User.Email flows to api.segment.io (US, Segment) via (github.com/segmentio/analytics-go/v3.Client).Enqueue without a declared legal pathway"
	r := runIn(t, dir, []string{"GOFLAGS=-mod=mod"}, binary, "./...")
	if r.code != exitFindings || !strings.HasPrefix(strings.TrimSpace(r.stdout), want) {
		t.Errorf("standalone: exit %d, stdout %q, stderr %q; want %q", r.code, r.stdout, r.stderr, want)
	}
	v := runIn(t, dir, []string{"GOFLAGS=-mod=mod"}, "go", "vet", "-vettool="+binary, "./...")
	if v.code == 0 || !strings.Contains(v.stderr, "main.go:14:2: personal data User.Email flows to api.segment.io (US, Segment)") {
		t.Errorf("go vet: exit %d, stderr %q", v.code, v.stderr)
	}

	// The service's Segment traffic goes through a proxy in Shanghai.
	writeFiles(t, dir, map[string]string{"xborder.toml": "[[sdk]]\nname = \"segment\"\nhosts = [\"segment-proxy.example.cn\"]\ncountry = \"CN\"\n"})
	r = runIn(t, dir, []string{"GOFLAGS=-mod=mod"}, binary, "./...")
	if r.code != exitClean || r.stdout != "" {
		t.Errorf("with the override: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}

	// xborder catalog shows the override.
	r = runIn(t, dir, nil, binary, "catalog", "-format", "json")
	var entries []struct {
		Name    string   `json:"name"`
		Hosts   []string `json:"hosts"`
		Country string   `json:"country"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &entries); err != nil || r.code != exitClean {
		t.Fatalf("catalog -format json: exit %d, %v; stderr %q", r.code, err, r.stderr)
	}
	found := false
	for _, e := range entries {
		if e.Name == "segment" {
			found = e.Country == "CN" && len(e.Hosts) == 1 && e.Hosts[0] == "segment-proxy.example.cn"
		}
	}
	if !found {
		t.Errorf("catalog does not show the segment override: %s", r.stdout)
	}
}

func TestCatalogCommand(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	r := runIn(t, dir, nil, binary, "catalog")
	if r.code != exitClean || !strings.HasPrefix(r.stdout, "# xborder SDK catalogue") || !strings.Contains(r.stdout, "`api.segment.io`") {
		t.Errorf("catalog: exit %d, stdout %.200q, stderr %q", r.code, r.stdout, r.stderr)
	}
	r = runIn(t, dir, nil, binary, "catalog", "-format", "xml")
	if r.code != exitError || !strings.Contains(r.stderr, `unknown format "xml"`) {
		t.Errorf("catalog -format xml: exit %d, stderr %q", r.code, r.stderr)
	}
	writeFiles(t, dir, map[string]string{"bad.toml": "[[sdk]]\nname = \"Segment\"\n"})
	r = runIn(t, dir, nil, binary, "catalog", "-config", "bad.toml")
	if r.code != exitError || !strings.Contains(r.stderr, "bad.toml:2:1:") {
		t.Errorf("catalog with a bad config: exit %d, stderr %q", r.code, r.stderr)
	}
}

package report

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/xborder/xborder/analyzers/pathway"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// sample is a small report with every kind of flow and hostile strings from "analysed code".
func sample() ([]*Finding, []*Flow) {
	days := 67
	decl := Position{File: "model/customer.go", Line: 8, Column: 2}
	crm := &Flow{
		Position: Position{File: "app/sync.go", Line: 26, Column: 15}, Package: "example.com/app", Function: "app.syncToCRM",
		Data: []Field{
			{Name: "Customer.Allergies", Key: "example.com/model.Customer.Allergies", Class: "sensitive", Personal: true, Sensitive: true, Categories: []string{"health"}, Declared: &decl},
			{Name: "Customer.Email", Key: "example.com/model.Customer.Email", Class: "personal", Personal: true, Categories: []string{"contact"}},
		},
		Class: "sensitive", Path: []string{"crm.Client.Upload", "net/http.Post"},
		Destination: Destination{Display: "api.crm.example.com", Host: "api.crm.example.com", Endpoint: "crm", Hosts: []string{"*.crm.example.com"}, Country: "US", Abroad: true, Recipient: "CRM Inc."},
		Requirement: "standard contract or certification", Basis: "Regs Art. 8", Rule: 12, Status: "missing",
		Category: pathway.CategoryMissing, Message: "sensitive personal data Customer.Allergies, Customer.Email flows to api.crm.example.com (US, endpoint \"crm\") via crm.Client.Upload → net/http.Post without a declared legal pathway",
	}
	hostile := &Flow{
		Position: Position{File: "app/evil.go", Line: 3, Column: 1}, Package: "example.com/app", Function: "app.<script>alert(1)</script>",
		Data:  []Field{{Name: "T.<img src=x onerror=alert(2)>", Key: "k", Class: "personal", Personal: true}},
		Class: "personal", Path: []string{"=cmd|' /C calc'!A0"},
		Destination: Destination{Display: "\"><svg onload=alert(3)>", Endpoint: "", Country: "", Abroad: true},
		Requirement: "standard contract or certification", Basis: "Regs Art. 8", Rule: 12, Status: "unknown-destination",
		Category: pathway.CategoryUnknown, Message: "personal data flows to </script><script>alert(4)</script>",
	}
	mail := &Flow{
		Position: Position{File: "app/mail.go", Line: 40, Column: 9}, Package: "example.com/app", Function: "app.sendReceipt",
		Data:  []Field{{Name: "Customer.Email", Key: "example.com/model.Customer.Email", Class: "personal", Personal: true, Categories: []string{"contact"}}},
		Class: "personal", Path: []string{"net/http.PostForm"},
		Destination: Destination{Display: "mail.example.sg", Endpoint: "mail", Country: "SG", Abroad: true, Purpose: "receipts", Retention: "30 days"},
		Requirement: "security assessment", Basis: "Regs Art. 7", Rule: 9, Status: "expiring",
		Pathway:  &Pathway{ID: "SA-2024-0002", Kind: "security-assessment", Approved: "2024-02-01", Expires: "2027-01-31", DaysLeft: &days},
		Category: pathway.CategoryExpiring, Message: "personal data flows to mail.example.sg under pathway \"SA-2024-0002\", which expires on 2027-01-31",
	}
	domestic := &Flow{
		Position: Position{File: "app/ship.go", Line: 50, Column: 2}, Package: "example.com/app", Function: "app.ship",
		Data:  []Field{{Name: "Customer.Email", Key: "example.com/model.Customer.Email", Class: "personal", Personal: true}},
		Class: "personal", Path: []string{"(*net/http.Client).Do"},
		Destination: Destination{Display: "wms.example.cn", Endpoint: "warehouse", Country: "CN"},
		Requirement: "not a cross-border transfer", Basis: "Regs Art. 2", Rule: 1, Status: "not-transfer",
	}
	ignored := &Flow{
		Position: Position{File: "app/fixture.go", Line: 9, Column: 2}, Package: "example.com/app", Function: "app.fixture",
		Data:  []Field{{Name: "Customer.Email", Key: "example.com/model.Customer.Email", Class: "personal", Personal: true}},
		Class: "personal", Path: []string{"net/http.Post"},
		Destination: Destination{Display: "api.crm.example.com", Endpoint: "crm", Country: "US", Abroad: true},
		Requirement: "standard contract or certification", Basis: "Regs Art. 8", Rule: 12, Status: "missing",
		Category: pathway.CategoryMissing, Message: "suppressed", Suppressed: "test fixture data only",
	}
	flows := []*Flow{crm, hostile, mail, domestic, ignored}
	for _, f := range flows {
		f.Fingerprint = fingerprint(f.Package, f.Function, fieldKeys(f.Data), f.Destination.Display, strings.Join(f.Path, ">"), f.Category)
	}
	findings := []*Finding{
		{Position: crm.Position, Category: crm.Category, Severity: Severity(crm.Category), Message: crm.Message, Flow: crm, Fingerprint: crm.Fingerprint},
		{Position: hostile.Position, Category: hostile.Category, Severity: "error", Message: hostile.Message, Flow: hostile, Fingerprint: hostile.Fingerprint},
		{Position: mail.Position, Category: mail.Category, Severity: Severity(mail.Category), Message: mail.Message, Flow: mail, Fingerprint: mail.Fingerprint},
		{Position: Position{File: "model/customer.go", Line: 12, Column: 20}, Category: pathway.CategoryAnnotation, Severity: "error", Message: "malformed xborder tag: empty xborder annotation", Fingerprint: fingerprint("example.com/model", "model/customer.go", "x")},
	}
	SortFindings(findings)
	SortFlows(flows)
	return findings, flows
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./report -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; got:\n%s", name, got)
	}
}

// render runs write twice: outputs must be byte-identical (determinism) and match the golden
// file.
func render(t *testing.T, name string, write func(*bytes.Buffer) error) []byte {
	t.Helper()
	var a, b bytes.Buffer
	if err := write(&a); err != nil {
		t.Fatal(err)
	}
	if err := write(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("%s: two renderings differ", name)
	}
	golden(t, name, a.Bytes())
	return a.Bytes()
}

func TestFindingFormats(t *testing.T) {
	findings, _ := sample()
	render(t, "findings.txt", func(b *bytes.Buffer) error { return WriteText(b, findings) })
	render(t, "findings.json", func(b *bytes.Buffer) error { return WriteJSON(b, findings) })
	out := render(t, "findings.sarif", func(b *bytes.Buffer) error { return WriteSARIF(b, findings, nil, "/src/app", "v1.2.3") })
	ValidateSARIF(t, out)

	var log sarifLog
	if err := json.Unmarshal(out, &log); err != nil {
		t.Fatal(err)
	}
	res := log.Runs[0].Results
	if len(res) != len(findings) || len(log.Runs[0].Tool.Driver.Rules) != len(Rules) {
		t.Fatalf("%d results, %d rules", len(res), len(log.Runs[0].Tool.Driver.Rules))
	}
	for _, r := range res {
		if r.PartialFingerprints["xborderFinding/v1"] == "" {
			t.Errorf("%s: no fingerprint", r.Message.Text)
		}
		if r.Locations[0].PhysicalLocation.ArtifactLocation.URIBaseID != "%SRCROOT%" {
			t.Errorf("%s: location not relative to %%SRCROOT%%", r.Message.Text)
		}
	}
	// The CRM flow's code flow: the field's declaration, the call, each call down to the sink.
	var crm sarifResult
	for _, r := range res {
		if strings.Contains(r.Message.Text, "Customer.Allergies") {
			crm = r
		}
	}
	if len(crm.CodeFlows) != 1 {
		t.Fatalf("crm result has %d code flows", len(crm.CodeFlows))
	}
	var msgs []string
	for _, l := range crm.CodeFlows[0].ThreadFlows[0].Locations {
		msgs = append(msgs, l.Location.Message.Text)
	}
	want := []string{
		"Customer.Allergies is tagged sensitive (health)",
		"in app.syncToCRM, Customer.Allergies, Customer.Email meets destination api.crm.example.com",
		"calls crm.Client.Upload",
		"sent by net/http.Post to api.crm.example.com (US)",
	}
	if strings.Join(msgs, "\n") != strings.Join(want, "\n") {
		t.Errorf("code flow steps:\n%s\nwant:\n%s", strings.Join(msgs, "\n"), strings.Join(want, "\n"))
	}
}

func TestInventoryFormats(t *testing.T) {
	_, flows := sample()
	inv := NewInventory(flows, false, "2026-11-25")
	if inv.Totals.Flows != 4 || inv.Totals.Reported != 3 {
		t.Errorf("totals %+v: want 4 flows abroad (domestic left out), 3 reported (suppressed left out)", inv.Totals)
	}
	render(t, "inventory.json", func(b *bytes.Buffer) error { return inv.WriteJSON(b) })
	render(t, "inventory.md", func(b *bytes.Buffer) error { return inv.WriteMarkdown(b) })
	csv := render(t, "inventory.csv", func(b *bytes.Buffer) error { return inv.WriteCSV(b) })
	render(t, "inventory.dot", func(b *bytes.Buffer) error { return inv.WriteDOT(b) })
	html := render(t, "inventory.html", func(b *bytes.Buffer) error { return inv.WriteHTML(b) })
	render(t, "filing.md", func(b *bytes.Buffer) error { return inv.WriteFiling(b) })

	if bytes.Contains(html, []byte("<script>alert")) || bytes.Contains(html, []byte("<img src=x")) || bytes.Contains(html, []byte("<svg onload")) {
		t.Error("HTML inventory contains unescaped markup from analysed code")
	}
	if bytes.Contains(csv, []byte("\n=cmd")) || bytes.Contains(csv, []byte(",=cmd")) {
		t.Error("CSV inventory has a cell a spreadsheet would run as a formula")
	}
	all := NewInventory(flows, true, "2026-11-25")
	if all.Totals.Flows != 5 {
		t.Errorf("-all: %d flows, want 5", all.Totals.Flows)
	}
}

func TestBaseline(t *testing.T) {
	findings, _ := sample()
	path := filepath.Join(t.TempDir(), "baseline.json")
	if err := NewBaseline(findings[:2]).Write(path); err != nil {
		t.Fatal(err)
	}
	b, err := ReadBaseline(path)
	if err != nil {
		t.Fatal(err)
	}
	fresh, gone := b.Filter(findings[1:])
	if len(fresh) != len(findings)-2 || len(gone) != 1 || gone[0].Fingerprint != findings[0].Fingerprint {
		t.Errorf("fresh %d (want %d), gone %v", len(fresh), len(findings)-2, gone)
	}
	if err := os.WriteFile(path, []byte(`{"version": 1, "tool": "other"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadBaseline(path); err == nil {
		t.Error("a file of another tool was accepted as a baseline")
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("baseline directory has %d entries; a temporary file was left behind", len(entries))
	}
}

// ValidateSARIF checks a SARIF log against the vendored 2.1.0 schema.
func ValidateSARIF(t *testing.T, data []byte) {
	t.Helper()
	if err := validateSARIF(data); err != nil {
		t.Error(err)
	}
}

func validateSARIF(data []byte) error {
	schemaPath, err := filepath.Abs(filepath.Join("..", "testdata", "sarif", "sarif-2.1.0-rtm.5.json"))
	if err != nil {
		return err
	}
	sch, err := jsonschema.NewCompiler().Compile(schemaPath)
	if err != nil {
		return fmt.Errorf("compiling the SARIF schema: %w", err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return err
	}
	if err := sch.Validate(doc); err != nil {
		return fmt.Errorf("SARIF output does not validate: %w", err)
	}
	return nil
}

// TestSchemaRejects guards the schema check itself: a log without runs is not SARIF.
func TestSchemaRejects(t *testing.T) {
	if validateSARIF([]byte(`{"version": "2.1.0"}`)) == nil {
		t.Error("the SARIF schema accepted a log without runs")
	}
}

// Analysis bounds that cut are notifications of the run: warnings where they may hide flows.
func TestSARIFLimits(t *testing.T) {
	findings, _ := sample()
	limits := []Limit{
		{Position: Position{File: "app/router.go", Line: 12, Column: 1}, Function: "app.route", Bound: "maxSCCRounds", MayHideFlows: true},
		{Position: Position{File: "app/db.go", Line: 3, Column: 1}, Function: "app.open", Bound: "maxDests"},
	}
	var b bytes.Buffer
	if err := WriteSARIF(&b, findings, limits, "/src/app", "v1.2.3"); err != nil {
		t.Fatal(err)
	}
	ValidateSARIF(t, b.Bytes())
	var log sarifLog
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	if len(log.Runs[0].Invocations) != 1 {
		t.Fatalf("%d invocations, want 1", len(log.Runs[0].Invocations))
	}
	notes := log.Runs[0].Invocations[0].ToolExecutionNotifications
	if len(notes) != 2 || notes[0].Level != "warning" || notes[1].Level != "note" ||
		!strings.Contains(notes[0].Message.Text, "maxSCCRounds cut in app.route: flows through it may be missed") {
		t.Errorf("notifications = %+v", notes)
	}
}

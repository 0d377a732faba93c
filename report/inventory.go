package report

import (
	"cmp"
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// Inventory is every cross-border flow found, approved or not, grouped by endpoint and by data
// class: the architect's and the compliance team's view.
type Inventory struct {
	Date       string          `json:"date"` // the evaluation date
	Totals     Totals          `json:"totals"`
	ByEndpoint []EndpointGroup `json:"by_endpoint"`
	ByClass    []ClassGroup    `json:"by_class"`
	Flows      []*Flow         `json:"flows"`
}

// Totals count the inventory's flows by status.
type Totals struct {
	Flows    int            `json:"flows"`
	Abroad   int            `json:"abroad"`
	Reported int            `json:"reported"` // findings (suppressed ones excluded)
	ByStatus map[string]int `json:"by_status"`
}

// EndpointGroup is the flows to one destination.
type EndpointGroup struct {
	Name      string   `json:"name"` // endpoint name, or the destination as resolved
	Country   string   `json:"country"`
	Recipient string   `json:"recipient,omitempty"`
	Hosts     []string `json:"hosts,omitempty"`
	Purpose   string   `json:"purpose,omitempty"`
	Retention string   `json:"retention,omitempty"`
	Abroad    bool     `json:"abroad"`
	Classes   []string `json:"classes"`
	Fields    []string `json:"fields"`
	Pathways  []string `json:"pathways,omitempty"`
	Flows     int      `json:"flows"`
	Reported  int      `json:"reported"`
	flows     []*Flow
}

// ClassGroup is the flows of one data class.
type ClassGroup struct {
	Class     string   `json:"class"`
	Fields    []string `json:"fields"`
	Endpoints []string `json:"endpoints"`
	Flows     int      `json:"flows"`
}

// NewInventory builds the inventory of flows: those leaving the mainland (or that may), and
// with all also the domestic ones.
func NewInventory(flows []*Flow, all bool, date string) *Inventory {
	inv := &Inventory{Date: date, Flows: []*Flow{}, ByEndpoint: []EndpointGroup{}, ByClass: []ClassGroup{}}
	inv.Totals.ByStatus = make(map[string]int)
	endpoints := make(map[string]*EndpointGroup)
	classes := make(map[string]*ClassGroup)
	for _, f := range flows {
		if !f.Destination.Abroad && !all {
			continue
		}
		inv.Flows = append(inv.Flows, f)
		inv.Totals.Flows++
		inv.Totals.ByStatus[f.Status]++
		if f.Destination.Abroad {
			inv.Totals.Abroad++
		}
		reported := f.Category != "" && f.Suppressed == ""
		if reported {
			inv.Totals.Reported++
		}
		name := EndpointName(f)
		g := endpoints[name]
		if g == nil {
			d := f.Destination
			g = &EndpointGroup{Name: name, Country: d.Country, Recipient: d.Recipient, Hosts: d.Hosts,
				Purpose: d.Purpose, Retention: d.Retention, Abroad: d.Abroad}
			endpoints[name] = g
		}
		g.Flows++
		g.flows = append(g.flows, f)
		if reported {
			g.Reported++
		}
		if f.Pathway != nil {
			g.Pathways = addSorted(g.Pathways, f.Pathway.ID)
		}
		for _, d := range f.Data {
			g.Fields = addSorted(g.Fields, d.Name)
			g.Classes = addSorted(g.Classes, d.Class)
			c := classes[d.Class]
			if c == nil {
				c = &ClassGroup{Class: d.Class}
				classes[d.Class] = c
			}
			c.Fields = addSorted(c.Fields, d.Name)
			c.Endpoints = addSorted(c.Endpoints, name)
		}
		for _, class := range flowClasses(f) {
			classes[class].Flows++
		}
	}
	for _, name := range sortedKeys(endpoints) {
		inv.ByEndpoint = append(inv.ByEndpoint, *endpoints[name])
	}
	for _, class := range []string{"important", "sensitive", "personal"} {
		if c := classes[class]; c != nil {
			inv.ByClass = append(inv.ByClass, *c)
		}
	}
	return inv
}

// EndpointName names a flow's destination: its endpoint, else the destination as resolved.
func EndpointName(f *Flow) string {
	return cmp.Or(f.Destination.Endpoint, f.Destination.Display)
}

func flowClasses(f *Flow) []string {
	var out []string
	for _, d := range f.Data {
		out = addSorted(out, d.Class)
	}
	return out
}

func addSorted(list []string, s string) []string {
	i, found := slices.BinarySearch(list, s)
	if found {
		return list
	}
	return slices.Insert(list, i, s)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// WriteJSON writes the inventory as JSON.
func (inv *Inventory) WriteJSON(w io.Writer) error { return writeJSON(w, inv) }

// WriteMarkdown writes the inventory as Markdown tables.
func (inv *Inventory) WriteMarkdown(w io.Writer) error {
	p := &printer{w: w}
	p.f("# Cross-border data flows\n\n")
	p.f("Evaluated on %s. %d flows, %d leaving (or possibly leaving) the mainland, %d reported.\n\n",
		inv.Date, inv.Totals.Flows, inv.Totals.Abroad, inv.Totals.Reported)
	p.f("## By endpoint\n\n| endpoint | country | recipient | data classes | fields | pathways | flows | reported |\n|---|---|---|---|---|---|---:|---:|\n")
	for _, g := range inv.ByEndpoint {
		p.f("| %s | %s | %s | %s | %s | %s | %d | %d |\n", md(g.Name), md(Country(g.Country)), md(g.Recipient),
			md(strings.Join(g.Classes, ", ")), md(strings.Join(g.Fields, ", ")), md(strings.Join(g.Pathways, ", ")), g.Flows, g.Reported)
	}
	p.f("\n## By data class\n\n| class | fields | endpoints | flows |\n|---|---|---|---:|\n")
	for _, c := range inv.ByClass {
		p.f("| %s | %s | %s | %d |\n", c.Class, md(strings.Join(c.Fields, ", ")), md(strings.Join(c.Endpoints, ", ")), c.Flows)
	}
	p.f("\n## Flows\n\n| where | function | data | path | destination | requirement | pathway | status |\n|---|---|---|---|---|---|---|---|\n")
	for _, f := range inv.Flows {
		p.f("| %s | %s | %s | %s | %s | %s | %s | %s |\n", md(f.Position.String()), md(f.Function), md(fieldNames(f.Data)),
			md(strings.Join(f.Path, " → ")), md(destinationText(f)), md(requirementText(f)), md(pathwayText(f)), md(statusText(f)))
	}
	return p.err
}

// WriteCSV writes one row per flow.
func (inv *Inventory) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"file", "line", "column", "package", "function", "fields", "classes", "categories", "path",
		"destination", "endpoint", "country", "recipient", "requirement", "basis", "rule", "pathway", "pathway_kind",
		"expires", "days_left", "status", "finding", "suppressed", "fingerprint"})
	for _, f := range inv.Flows {
		var cats []string
		for _, d := range f.Data {
			for _, c := range d.Categories {
				cats = addSorted(cats, c)
			}
		}
		var pid, pkind, expires, days string
		if p := f.Pathway; p != nil {
			pid, pkind, expires = p.ID, p.Kind, p.Expires
			if p.DaysLeft != nil {
				days = strconv.Itoa(*p.DaysLeft)
			}
		}
		_ = cw.Write([]string{
			csvSafe(f.Position.File), strconv.Itoa(f.Position.Line), strconv.Itoa(f.Position.Column), csvSafe(f.Package), csvSafe(f.Function),
			csvSafe(fieldNames(f.Data)), strings.Join(flowClasses(f), " "), strings.Join(cats, " "), csvSafe(strings.Join(f.Path, " > ")),
			csvSafe(f.Destination.Display), csvSafe(f.Destination.Endpoint), f.Destination.Country, csvSafe(f.Destination.Recipient),
			f.Requirement, f.Basis, strconv.Itoa(f.Rule), csvSafe(pid), pkind, expires, days, f.Status, f.Category, csvSafe(f.Suppressed), f.Fingerprint,
		})
	}
	cw.Flush()
	return cw.Error()
}

// csvSafe keeps a spreadsheet from reading a cell as a formula (names from analysed code and
// configuration could start with =, +, - or @).
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// WriteDOT writes the flows as a Graphviz graph: data classes → endpoints → countries.
func (inv *Inventory) WriteDOT(w io.Writer) error {
	p := &printer{w: w}
	p.f("digraph xborder {\n  rankdir=LR;\n  node [shape=box, fontname=\"Helvetica\"];\n")
	for _, c := range inv.ByClass {
		p.f("  %s [label=%s, shape=ellipse];\n", dotID("class", c.Class), dotString(c.Class))
	}
	countries := make(map[string]bool)
	for _, g := range inv.ByEndpoint {
		p.f("  %s [label=%s];\n", dotID("endpoint", g.Name), dotString(g.Name))
		countries[Country(g.Country)] = true
	}
	for _, c := range sortedKeys(countries) {
		p.f("  %s [label=%s, shape=diamond];\n", dotID("country", c), dotString(c))
	}
	for _, c := range inv.ByClass {
		for _, e := range c.Endpoints {
			p.f("  %s -> %s;\n", dotID("class", c.Class), dotID("endpoint", e))
		}
	}
	for _, g := range inv.ByEndpoint {
		style := ""
		if g.Reported > 0 {
			style = " [color=red, label=" + dotString(fmt.Sprintf("%d reported", g.Reported)) + "]"
		}
		p.f("  %s -> %s%s;\n", dotID("endpoint", g.Name), dotID("country", Country(g.Country)), style)
	}
	p.f("}\n")
	return p.err
}

func dotID(kind, name string) string { return dotString(kind + ":" + name) }

// dotString quotes s for Graphviz.
func dotString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)
	return `"` + r.Replace(s) + `"`
}

// md escapes a Markdown table cell.
func md(s string) string {
	r := strings.NewReplacer("|", `\|`, "\n", " ", "<", "&lt;", ">", "&gt;", "`", "\\`")
	return r.Replace(s)
}

func destinationText(f *Flow) string {
	d := f.Destination.Display
	if f.Destination.Endpoint != "" && f.Destination.Endpoint != d {
		d += " (" + f.Destination.Endpoint + ")"
	}
	return d + ", " + Country(f.Destination.Country)
}

func requirementText(f *Flow) string {
	return fmt.Sprintf("%s (%s; rule %d)", f.Requirement, f.Basis, f.Rule)
}

func pathwayText(f *Flow) string {
	p := f.Pathway
	if p == nil {
		return ""
	}
	s := p.ID + " (" + p.Kind + ")"
	if p.Expires != "" {
		s += ", valid to " + p.Expires
		if p.DaysLeft != nil {
			s += fmt.Sprintf(", %d days left", *p.DaysLeft)
		}
	}
	return s
}

func statusText(f *Flow) string {
	switch {
	case f.Suppressed != "":
		return f.Status + " (ignored: " + f.Suppressed + ")"
	case f.Category != "":
		return f.Category // "missing-pathway", "extension-window": the status, as reported
	}
	return f.Status
}

// printer writes formatted text and keeps the first error.
type printer struct {
	w   io.Writer
	err error
}

func (p *printer) f(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

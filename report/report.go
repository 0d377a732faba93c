// Package report turns xborder's analysis into what people and machines read: findings for
// terminals, JSON and SARIF for CI, baselines, and the inventory of every cross-border flow
// for architects (JSON, Markdown, CSV, Graphviz, HTML, and a filing aid for the standard
// contract). Every output renders the same model, Flow and Finding, built once.
package report

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"go/token"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/xborder/xborder/analyzers/pathway"
	"github.com/xborder/xborder/annotations"
)

// Position is a place in the source; File is relative to the run's root when inside it.
type Position struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
}

func (p Position) String() string {
	return p.File + ":" + itoa(p.Line) + ":" + itoa(p.Column)
}

// Field is one tagged field in a flow.
type Field struct {
	Name       string    `json:"name"`  // e.g. "Customer.Email"
	Key        string    `json:"key"`   // package path and field
	Class      string    `json:"class"` // strongest class: personal, sensitive or important
	Personal   bool      `json:"personal"`
	Sensitive  bool      `json:"sensitive"`
	Important  bool      `json:"important"`
	Categories []string  `json:"categories,omitempty"`
	Declared   *Position `json:"declared,omitempty"`
}

// Destination is where a flow goes.
type Destination struct {
	Display   string   `json:"display"` // host, $ENV or endpoint name as resolved
	Host      string   `json:"host,omitempty"`
	Env       string   `json:"env,omitempty"`
	Endpoint  string   `json:"endpoint,omitempty"`
	Hosts     []string `json:"hosts,omitempty"` // the endpoint's configured hosts
	Country   string   `json:"country,omitempty"`
	Recipient string   `json:"recipient,omitempty"`
	Purpose   string   `json:"purpose,omitempty"`
	Retention string   `json:"retention,omitempty"`
	Abroad    bool     `json:"abroad"` // outside the mainland, or not known to be inside
	Basis     string   `json:"basis,omitempty"`
}

// Pathway is the declared pathway that covers a flow.
type Pathway struct {
	ID       string `json:"id"`
	Kind     string `json:"kind"`
	Approved string `json:"approved,omitempty"`
	Expires  string `json:"expires,omitempty"`
	DaysLeft *int   `json:"days_left,omitempty"`
}

// Flow is a flow of tagged data to a destination, with the rules' verdict on it.
type Flow struct {
	Fingerprint string      `json:"fingerprint"`
	Position    Position    `json:"position"` // the call where data and destination meet
	Package     string      `json:"package"`
	Function    string      `json:"function"`
	Data        []Field     `json:"data"`
	Class       string      `json:"class"` // strongest class of the data
	Path        []string    `json:"path"`  // calls from Position to the sink, the sink last
	Destination Destination `json:"destination"`
	Requirement string      `json:"requirement"`
	Basis       string      `json:"basis"`
	Rule        int         `json:"rule"`
	Status      string      `json:"status"`
	Pathway     *Pathway    `json:"pathway,omitempty"`
	Notes       []string    `json:"notes,omitempty"`
	Category    string      `json:"category,omitempty"` // the finding's, "" when not reported
	Message     string      `json:"message,omitempty"`
	Suppressed  string      `json:"suppressed,omitempty"` // the //xborder:ignore reason
}

// Finding is a reported diagnostic: a flow's, or a problem with an annotation.
type Finding struct {
	Fingerprint string   `json:"fingerprint"`
	Position    Position `json:"position"`
	Category    string   `json:"category"`
	Severity    string   `json:"severity"` // "error" or "warning"
	Message     string   `json:"message"`
	Flow        *Flow    `json:"flow,omitempty"`
}

// Warning reports whether the finding does not fail a run without -strict.
func (f *Finding) Warning() bool { return f.Severity == "warning" }

// Severity returns the severity of a finding category.
func Severity(category string) string {
	switch category {
	case pathway.CategoryExpiring, pathway.CategoryUnusedIgnore:
		return "warning"
	}
	return "error"
}

// Limit is an analysis bound that cut in a function of an analysed package (see
// flow.Bound): the results there are approximate.
type Limit struct {
	Position     Position `json:"position"`
	Function     string   `json:"function"`
	Bound        string   `json:"bound"`
	MayHideFlows bool     `json:"may_hide_flows"`
}

// Message says what the limit means.
func (l Limit) Message() string {
	if l.MayHideFlows {
		return fmt.Sprintf("analysis bound %s cut in %s: flows through it may be missed", l.Bound, l.Function)
	}
	return fmt.Sprintf("analysis bound %s cut in %s: results there over-approximate", l.Bound, l.Function)
}

// Builder converts the analysis's results into the report model.
type Builder struct {
	Fset  *token.FileSet
	Root  string    // directory positions are made relative to
	Today time.Time // for days to expiry
}

// Position converts a token position.
func (b *Builder) Position(pos token.Pos) Position {
	return b.position(b.Fset.Position(pos))
}

func (b *Builder) position(p token.Position) Position {
	return Position{File: Relative(b.Root, p.Filename), Line: p.Line, Column: p.Column}
}

// Relative returns file relative to root when it is inside it, with forward slashes.
func Relative(root, file string) string {
	if root != "" {
		if rel, err := filepath.Rel(root, file); err == nil && !strings.HasPrefix(rel, "..") {
			return filepath.ToSlash(rel)
		}
	}
	return filepath.ToSlash(file)
}

// Flow converts an evaluated flow.
func (b *Builder) Flow(e *pathway.Evaluated) *Flow {
	f := e.Flow
	v := e.Verdict
	out := &Flow{
		Position:    b.Position(e.Pos),
		Package:     e.Package,
		Function:    f.Func,
		Path:        append(slices.Clone(f.Via), f.Sink),
		Requirement: v.Requirement.String(),
		Basis:       v.Rule.Basis,
		Rule:        v.Rule.Row,
		Status:      v.Status.String(),
		Notes:       v.Notes,
		Category:    e.Category,
		Message:     e.Message,
		Suppressed:  e.Suppressed,
	}
	var label annotations.Label
	for _, s := range f.Sources {
		fl := Field{Name: s.Name, Key: s.Key, Class: string(s.Label.Strongest()),
			Personal: s.Label.IsPI(), Sensitive: s.Label.Sensitive, Important: s.Label.Important,
			Categories: s.Label.Categories}
		if s.Decl.IsValid() {
			p := b.position(s.Decl)
			fl.Declared = &p
		}
		out.Data = append(out.Data, fl)
		label = label.Union(s.Label)
	}
	out.Class = string(label.Strongest())
	d := f.Dest.Destination()
	out.Destination = Destination{
		Display:  d.String(),
		Host:     d.Host,
		Env:      d.Env,
		Endpoint: v.Location.Endpoint,
		Country:  v.Location.Country,
		Abroad:   !v.Location.Local && v.Location.Country != "CN",
		Basis:    v.Location.Basis,
	}
	if ep := e.Endpoint; ep != nil {
		out.Destination.Hosts = ep.Hosts
		out.Destination.Recipient = ep.Recipient
		out.Destination.Purpose = ep.Purpose
		out.Destination.Retention = ep.Retention
	}
	if p := v.Pathway; p != nil {
		out.Pathway = &Pathway{ID: p.ID, Kind: string(p.Kind)}
		if p.Approved != nil {
			out.Pathway.Approved = p.Approved.Format(time.DateOnly)
		}
		if !v.Expires.IsZero() {
			out.Pathway.Expires = v.Expires.Format(time.DateOnly)
			if !b.Today.IsZero() {
				days := int(v.Expires.Sub(b.Today).Hours() / 24)
				out.Pathway.DaysLeft = &days
			}
		}
	}
	out.Fingerprint = fingerprint(out.Package, out.Function, fieldKeys(out.Data), cmp.Or(out.Destination.Endpoint, out.Destination.Display), strings.Join(out.Path, ">"), cmp.Or(out.Category, out.Status))
	return out
}

// Finding converts a diagnostic, attaching its flow when it is one.
func (b *Builder) Finding(pos token.Pos, category, message, pkg string, flow *Flow) *Finding {
	f := &Finding{Position: b.Position(pos), Category: category, Severity: Severity(category), Message: message, Flow: flow}
	if flow != nil {
		f.Fingerprint = flow.Fingerprint
	} else {
		// Annotation problems have no flow: their file and message identify them.
		f.Fingerprint = fingerprint(pkg, f.Position.File, category, message)
	}
	return f
}

func fieldKeys(fs []Field) string {
	keys := make([]string, 0, len(fs))
	for _, f := range fs {
		keys = append(keys, f.Key)
	}
	slices.Sort(keys)
	return strings.Join(keys, ",")
}

// fingerprint identifies a finding across edits that move it: no line numbers.
func fingerprint(parts ...string) string {
	h := sha256.Sum256([]byte(strings.Join(parts, "\x00")))
	return hex.EncodeToString(h[:8])
}

// SortFindings orders findings by position, then category and message.
func SortFindings(fs []*Finding) {
	slices.SortFunc(fs, func(x, y *Finding) int {
		return cmp.Or(comparePos(x.Position, y.Position), cmp.Compare(x.Category, y.Category), cmp.Compare(x.Message, y.Message))
	})
}

// SortFlows orders flows by position, then path and destination.
func SortFlows(fs []*Flow) {
	slices.SortFunc(fs, func(x, y *Flow) int {
		return cmp.Or(comparePos(x.Position, y.Position), slices.Compare(x.Path, y.Path),
			cmp.Compare(x.Destination.Display, y.Destination.Display), cmp.Compare(x.Fingerprint, y.Fingerprint))
	})
}

func comparePos(a, b Position) int {
	return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column))
}

// Country returns the display name of a country code for reports.
func Country(code string) string {
	switch code {
	case "":
		return "unknown"
	case "outside":
		return "outside the mainland"
	}
	return code
}

func itoa(n int) string { return strconv.Itoa(n) }

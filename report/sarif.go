package report

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/xborder/xborder/analyzers/pathway"
)

// SARIF 2.1.0 for code scanning. One rule per finding category, with help that cites the
// articles; a code flow per flow finding (the tagged fields' declarations, the call where
// data meets the destination, the calls down to the sink); fingerprints that survive edits;
// URIs relative to %SRCROOT%.

// Rule describes a finding category.
type Rule struct {
	ID    string
	Name  string
	Short string
	Help  string
	Level string
}

// Rules are the finding categories, in a fixed order.
var Rules = []Rule{
	{pathway.CategoryMissing, "MissingPathway", "Regulated data leaves the mainland without a declared legal pathway",
		"Personal information or important data flows to a recipient outside mainland China and no declared pathway covers it. " +
			"A security assessment is required for important data, for any PI sent by a critical information infrastructure operator, and for PI of 1,000,000 or more individuals (or sensitive PI of 10,000 or more) since 1 January (Regulations on Promoting and Regulating Cross-border Data Flows, Art. 7); " +
			"a filed standard contract or certification for 100,000–999,999 individuals or fewer than 10,000 sensitive (Art. 8); exemptions in Arts. 3–6. " +
			"Declare the pathway in xborder.toml ([[pathway]]), or stop sending the data.", "error"},
	{pathway.CategoryInsufficient, "InsufficientPathway", "The declared pathway is too weak for this data",
		"A declared pathway covers the flow but is of a kind the rules do not accept for it, e.g. a standard contract where a security assessment is required (Regs Art. 7), or none for PI notified as important data (Art. 5 exemptions do not apply).", "error"},
	{pathway.CategoryExpired, "ExpiredPathway", "The declared pathway has expired",
		"A security assessment result is valid for three years (Regs Art. 9); a pathway past its last valid day no longer covers the flow. Renew it and update expires in xborder.toml.", "error"},
	{pathway.CategoryExpiring, "ExtensionWindow", "Request the security assessment's extension now",
		"The assessment is inside its extension window: the extension must be requested within 60 working days before expiry (Regs Art. 9). A warning: it fails a run only with -strict.", "warning"},
	{pathway.CategoryUnknown, "UnknownDestination", "The destination could not be placed",
		"xborder could not tell whether the destination is in mainland China (Regs Art. 2). Declare it as an [[endpoint]] with hosts or env and its country, name it with //xborder:endpoint, or set policy.unknown_destination.", "error"},
	{pathway.CategoryAnnotation, "MalformedAnnotation", "An xborder tag or directive is malformed",
		"A malformed annotation would silently tag nothing or suppress nothing; fix it as the message says (README, Tagging data).", "error"},
	{pathway.CategoryUnusedIgnore, "UnusedIgnore", "An //xborder:ignore comment suppresses nothing",
		"Reported with -report-unused-ignores: the comment is on neither the line of a finding nor the line above one.", "warning"},
}

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool              sarifTool                   `json:"tool"`
	OriginalURIBaseID map[string]sarifArtifactLoc `json:"originalUriBaseIds,omitempty"`
	Invocations       []sarifInvocation           `json:"invocations,omitempty"`
	Results           []sarifResult               `json:"results"`
}

// sarifInvocation carries the analysis limits that cut, as notifications: a run that hit one
// that may hide flows is not a proof of absence.
type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifRule struct {
	ID                   string            `json:"id"`
	Name                 string            `json:"name"`
	ShortDescription     sarifText         `json:"shortDescription"`
	FullDescription      sarifText         `json:"fullDescription"`
	Help                 sarifText         `json:"help"`
	DefaultConfiguration map[string]string `json:"defaultConfiguration"`
	Properties           map[string]any    `json:"properties,omitempty"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	CodeFlows           []sarifCodeFlow   `json:"codeFlows,omitempty"`
	Properties          map[string]any    `json:"properties,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
	Message          *sarifText    `json:"message,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifactLoc `json:"artifactLocation"`
	Region           *sarifRegion     `json:"region,omitempty"`
}

type sarifArtifactLoc struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
}

type sarifCodeFlow struct {
	ThreadFlows []sarifThreadFlow `json:"threadFlows"`
}

type sarifThreadFlow struct {
	Locations []sarifThreadFlowLocation `json:"locations"`
}

type sarifThreadFlowLocation struct {
	Location sarifLocation `json:"location"`
}

const srcRoot = "%SRCROOT%"

// WriteSARIF writes findings as a SARIF 2.1.0 log. root is the directory relative positions
// are relative to; version the tool's version.
func WriteSARIF(w io.Writer, findings []*Finding, limits []Limit, root, version string) error {
	driver := sarifDriver{Name: "xborder", Version: version, InformationURI: "https://github.com/xborder/xborder"}
	index := make(map[string]int)
	for i, r := range Rules {
		index[r.ID] = i
		driver.Rules = append(driver.Rules, sarifRule{
			ID: r.ID, Name: r.Name,
			ShortDescription:     sarifText{Text: r.Short},
			FullDescription:      sarifText{Text: r.Help},
			Help:                 sarifText{Text: r.Help, Markdown: r.Help},
			DefaultConfiguration: map[string]string{"level": r.Level},
			Properties:           map[string]any{"tags": []string{"compliance", "privacy", "cross-border"}},
		})
	}
	run := sarifRun{Tool: sarifTool{Driver: driver}, Results: []sarifResult{}}
	if root != "" {
		run.OriginalURIBaseID = map[string]sarifArtifactLoc{srcRoot: {URI: dirURI(root)}}
	}
	if len(limits) > 0 {
		inv := sarifInvocation{ExecutionSuccessful: true}
		for _, l := range limits {
			level := "note"
			if l.MayHideFlows {
				level = "warning"
			}
			inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{
				Level: level, Message: sarifText{Text: l.Message()}, Locations: []sarifLocation{location(l.Position, "")}})
		}
		run.Invocations = []sarifInvocation{inv}
	}
	for _, f := range findings {
		i, ok := index[f.Category]
		if !ok {
			return fmt.Errorf("sarif: no rule for finding category %q", f.Category)
		}
		r := sarifResult{
			RuleID: f.Category, RuleIndex: i, Level: f.Severity,
			Message:             sarifText{Text: f.Message},
			Locations:           []sarifLocation{location(f.Position, "")},
			PartialFingerprints: map[string]string{"xborderFinding/v1": f.Fingerprint},
		}
		if f.Flow != nil {
			r.CodeFlows = []sarifCodeFlow{{ThreadFlows: []sarifThreadFlow{{Locations: steps(f.Flow)}}}}
			r.Properties = map[string]any{
				"requirement": f.Flow.Requirement, "basis": f.Flow.Basis, "rule": f.Flow.Rule,
				"destination": f.Flow.Destination.Display, "country": f.Flow.Destination.Country,
			}
		}
		run.Results = append(run.Results, r)
	}
	log := sarifLog{Schema: "https://json.schemastore.org/sarif-2.1.0.json", Version: "2.1.0", Runs: []sarifRun{run}}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(log)
}

// steps renders a flow's path as code-flow steps: each tagged field's declaration, the call
// where the data meets its destination, and the calls from there to the sink (located at the
// call: their bodies may be in other modules).
func steps(f *Flow) []sarifThreadFlowLocation {
	var out []sarifThreadFlowLocation
	for _, d := range f.Data {
		if d.Declared != nil {
			cats := ""
			if len(d.Categories) > 0 {
				cats = " (" + strings.Join(d.Categories, ", ") + ")"
			}
			out = append(out, sarifThreadFlowLocation{location(*d.Declared, fmt.Sprintf("%s is tagged %s%s", d.Name, d.Class, cats))})
		}
	}
	out = append(out, sarifThreadFlowLocation{location(f.Position, fmt.Sprintf("in %s, %s meets destination %s", f.Function, fieldNames(f.Data), f.Destination.Display))})
	for i, call := range f.Path {
		msg := "calls " + call
		if i == len(f.Path)-1 {
			msg = fmt.Sprintf("sent by %s to %s (%s)", call, f.Destination.Display, Country(f.Destination.Country))
		}
		out = append(out, sarifThreadFlowLocation{location(f.Position, msg)})
	}
	return out
}

func fieldNames(fs []Field) string {
	names := make([]string, 0, len(fs))
	for _, f := range fs {
		names = append(names, f.Name)
	}
	return strings.Join(names, ", ")
}

func location(p Position, msg string) sarifLocation {
	loc := sarifLocation{PhysicalLocation: sarifPhysical{
		ArtifactLocation: artifact(p.File),
		Region:           &sarifRegion{StartLine: max(p.Line, 1), StartColumn: max(p.Column, 1)},
	}}
	if msg != "" {
		loc.Message = &sarifText{Text: msg}
	}
	return loc
}

// artifact makes a relative file a %SRCROOT%-relative URI, and keeps an absolute one (a
// field declared in the module cache) as a file URI.
func artifact(file string) sarifArtifactLoc {
	if filepath.IsAbs(file) || strings.HasPrefix(file, "/") {
		return sarifArtifactLoc{URI: (&url.URL{Scheme: "file", Path: filepath.ToSlash(file)}).String()}
	}
	return sarifArtifactLoc{URI: (&url.URL{Path: file}).String(), URIBaseID: srcRoot}
}

func dirURI(dir string) string {
	p := filepath.ToSlash(dir)
	if !strings.HasSuffix(p, "/") {
		p += "/"
	}
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // Windows drive paths
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

package report

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
)

// A baseline records the findings of a codebase on the day xborder was adopted, so that CI
// fails only on new ones. Entries are keyed by fingerprint: package, function, fields,
// destination, path and category, never line numbers, so edits elsewhere do not invalidate
// them.

// BaselineVersion is the format version written to baseline files.
const BaselineVersion = 1

// Baseline is the content of a baseline file.
type Baseline struct {
	Version  int             `json:"version"`
	Tool     string          `json:"tool"`
	Findings []BaselineEntry `json:"findings"`
}

// BaselineEntry is one recorded finding; the fields besides Fingerprint are for people.
type BaselineEntry struct {
	Fingerprint string `json:"fingerprint"`
	Category    string `json:"category"`
	Package     string `json:"package,omitempty"`
	Function    string `json:"function,omitempty"`
	File        string `json:"file"`
	Message     string `json:"message"`
}

// NewBaseline records findings, sorted by fingerprint.
func NewBaseline(findings []*Finding) *Baseline {
	b := &Baseline{Version: BaselineVersion, Tool: "xborder", Findings: []BaselineEntry{}}
	for _, f := range findings {
		e := BaselineEntry{Fingerprint: f.Fingerprint, Category: f.Category, File: f.Position.File, Message: f.Message}
		if f.Flow != nil {
			e.Package, e.Function = f.Flow.Package, f.Flow.Function
		}
		b.Findings = append(b.Findings, e)
	}
	slices.SortFunc(b.Findings, func(x, y BaselineEntry) int {
		return cmp.Or(cmp.Compare(x.Fingerprint, y.Fingerprint), cmp.Compare(x.File, y.File), cmp.Compare(x.Message, y.Message))
	})
	b.Findings = slices.CompactFunc(b.Findings, func(x, y BaselineEntry) bool { return x.Fingerprint == y.Fingerprint })
	return b
}

// ReadBaseline reads a baseline file.
func ReadBaseline(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading baseline: %w", err)
	}
	var b Baseline
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("%s: not an xborder baseline: %w", path, err)
	}
	if b.Version != BaselineVersion || b.Tool != "xborder" {
		return nil, fmt.Errorf("%s: not an xborder baseline of version %d", path, BaselineVersion)
	}
	for i, e := range b.Findings {
		if e.Fingerprint == "" {
			return nil, fmt.Errorf("%s: finding %d has no fingerprint", path, i)
		}
	}
	return &b, nil
}

// Write writes the baseline atomically (see WriteFile).
func (b *Baseline) Write(path string) error {
	var buf bytes.Buffer
	if err := writeJSON(&buf, b); err != nil {
		return err
	}
	if err := WriteFile(path, buf.Bytes()); err != nil {
		return fmt.Errorf("writing baseline: %w", err)
	}
	return nil
}

// WriteFile writes data to path atomically: a temporary file in the same directory, renamed
// over path, so that an interrupted run never leaves half a file for CI to read.
func WriteFile(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".xborder-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after a successful rename there is nothing to remove
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// Filter returns the findings not in the baseline, and the baselined entries no finding
// matches any more.
func (b *Baseline) Filter(findings []*Finding) (fresh []*Finding, gone []BaselineEntry) {
	known := make(map[string]bool, len(b.Findings))
	for _, e := range b.Findings {
		known[e.Fingerprint] = true
	}
	seen := make(map[string]bool)
	for _, f := range findings {
		if known[f.Fingerprint] {
			seen[f.Fingerprint] = true
			continue
		}
		fresh = append(fresh, f)
	}
	for _, e := range b.Findings {
		if !seen[e.Fingerprint] {
			gone = append(gone, e)
		}
	}
	return fresh, gone
}

package policy

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/xborder/xborder/annotations"
)

// NegativeList is a free trade zone's list of data that still needs a pathway (Regs Art. 6).
// Data not on the list leaves the zone freely. The shape follows the published lists:
// industry → scenario → items, each item naming the data (class/category keys and optionally
// field-name patterns), which mechanism it needs, and from how many individuals a year.
type NegativeList struct {
	Zone    string `toml:"zone"`
	Version string `toml:"version"`
	Note    string `toml:"note"`
	// CIIOExcluded marks lists that critical information infrastructure operators may not
	// use (e.g. Shanghai FTZ 2025).
	CIIOExcluded bool       `toml:"ciio_excluded"`
	Industries   []Industry `toml:"industry"`
}

// Industry is one sector of a negative list.
type Industry struct {
	Name      string     `toml:"name"`
	Scenarios []Scenario `toml:"scenario"`
}

// Scenario is a business scenario of an industry.
type Scenario struct {
	Name  string     `toml:"name"`
	Items []ListItem `toml:"item"`
}

// ListItem is a category of data on the list.
type ListItem struct {
	Category string `toml:"category"`
	// List is "security-assessment" or "standard-contract" (SC or certification).
	List PathwayKind `toml:"list"`
	// Data are class or class/category keys the item covers.
	Data []string `toml:"data"`
	// Fields optionally narrow the item to field names ("Type.Field"), as path.Match globs.
	Fields []string `toml:"fields"`
	// Threshold is the number of individuals a year from which the item applies (0: always).
	Threshold int64 `toml:"threshold"`
}

// LoadNegativeList reads and validates a negative-list file.
func LoadNegativeList(file string) (*NegativeList, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("reading negative list: %w", err)
	}
	return ParseNegativeList(file, data)
}

// ParseNegativeList decodes and validates a negative list strictly, with positioned errors.
func ParseNegativeList(name string, data []byte) (*NegativeList, error) {
	nl := new(NegativeList)
	md, err := toml.NewDecoder(bytes.NewReader(data)).Decode(nl)
	if err != nil {
		return nil, decodeError(name, data, err)
	}
	loc := newLocator(data)
	var errs []error
	at := func(p []string, format string, args ...any) {
		line, col := loc.find(p)
		errs = append(errs, &Error{name, line, col, fmt.Sprintf(format, args...)})
	}
	for _, k := range md.Undecoded() {
		at([]string(k), "unknown key %q", k.String())
	}
	if nl.Zone == "" {
		at(nil, "negative list needs a zone")
	}
	// Items are located by the key path without indices: the first occurrence is close
	// enough to point the reader at the table.
	for _, ind := range nl.Industries {
		for _, sc := range ind.Scenarios {
			for _, it := range sc.Items {
				where := []string{"industry", "scenario", "item"}
				if it.List != SecurityAssessment && it.List != StandardContract {
					at(append(where, "list"), "%s / %s: list must be security-assessment or standard-contract, not %q", ind.Name, sc.Name, it.List)
				}
				if len(it.Data) == 0 {
					at(where, "%s / %s: item %q names no data", ind.Name, sc.Name, it.Category)
				}
				for _, d := range it.Data {
					if err := checkDataItem(d); err != nil {
						at(append(where, "data"), "%s / %s: %v", ind.Name, sc.Name, err)
					}
				}
				for _, f := range it.Fields {
					if _, err := path.Match(f, ""); err != nil {
						at(append(where, "fields"), "%s / %s: bad field pattern %q", ind.Name, sc.Name, f)
					}
				}
				if it.Threshold < 0 {
					at(append(where, "threshold"), "%s / %s: threshold must not be negative", ind.Name, sc.Name)
				}
			}
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return nl, nil
}

// ListMatch is a flow field found on a negative list.
type ListMatch struct {
	Field    string
	Industry string
	Scenario string
	Item     ListItem
}

// Match returns the list items that apply to a field, given the processor's volumes. An
// unknown volume makes a thresholded item apply: no exemption is assumed.
func (nl *NegativeList) Match(f Field, vol Volume) []ListMatch {
	var out []ListMatch
	for _, ind := range nl.Industries {
		for _, sc := range ind.Scenarios {
			for _, it := range sc.Items {
				if !itemCovers(it, f) {
					continue
				}
				if it.Threshold > 0 {
					v := vol.Personal
					if f.Label.Sensitive {
						v = vol.Sensitive
					}
					if v != nil && *v < it.Threshold {
						continue
					}
				}
				out = append(out, ListMatch{Field: f.Name, Industry: ind.Name, Scenario: sc.Name, Item: it})
			}
		}
	}
	return out
}

func itemCovers(it ListItem, f Field) bool {
	if len(it.Fields) > 0 {
		ok := false
		for _, pat := range it.Fields {
			if m, _ := path.Match(pat, f.Name); m {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	for _, d := range it.Data {
		class, cat, hasCat := strings.Cut(d, "/")
		if !f.Label.Has(annotations.Class(class)) {
			continue
		}
		if !hasCat || f.Label.HasCategory(cat) {
			return true
		}
	}
	return false
}

// loadNegativeList resolves the processor's list path relative to the config file.
func (c *Config) loadNegativeList(configFile string) error {
	p := c.Processor.NegativeList
	if p == "" {
		return nil
	}
	if !filepath.IsAbs(p) && configFile != "" {
		p = filepath.Join(filepath.Dir(configFile), p)
	}
	nl, err := LoadNegativeList(p)
	if err != nil {
		return err
	}
	c.negativeList = nl
	return nil
}

// Package annotations defines what xborder knows about data: the classes and categories of
// the taxonomy and the grammar of the `xborder:"..."` struct tag that attaches them to fields.
//
// The package is pure Go with no analysis types, so that the policy engine, the analyzers and
// the reports share one vocabulary.
package annotations

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// TagKey is the struct tag key xborder reads.
const TagKey = "xborder"

// Label is what an annotation says about a datum: its classes and categories.
// The zero Label means "not tagged". Labels are gob-encodable (they travel in facts).
type Label struct {
	Personal   bool     // personal information (also set for sensitive PI)
	Sensitive  bool     // sensitive personal information
	Important  bool     // important data
	Categories []string // taxonomy keys, sorted and unique
}

// IsZero reports whether the label carries no class.
func (l Label) IsZero() bool { return !l.Personal && !l.Sensitive && !l.Important }

// IsPI reports whether the datum is personal information (sensitive or not).
func (l Label) IsPI() bool { return l.Personal || l.Sensitive }

// Has reports whether the label includes class c. Sensitive PI is also personal.
func (l Label) Has(c Class) bool {
	switch c {
	case Personal:
		return l.IsPI()
	case Sensitive:
		return l.Sensitive
	case Important:
		return l.Important
	}
	return false
}

// HasCategory reports whether the label names the category key.
func (l Label) HasCategory(key string) bool {
	_, ok := slices.BinarySearch(l.Categories, key)
	return ok
}

// Union returns the label carrying both l's and m's classes and categories.
func (l Label) Union(m Label) Label {
	u := Label{
		Personal:  l.Personal || m.Personal,
		Sensitive: l.Sensitive || m.Sensitive,
		Important: l.Important || m.Important,
	}
	if len(l.Categories)+len(m.Categories) > 0 {
		u.Categories = append(append([]string(nil), l.Categories...), m.Categories...)
		slices.Sort(u.Categories)
		u.Categories = slices.Compact(u.Categories)
	}
	return u
}

// Strongest returns the most demanding class of the label: important, then sensitive, then
// personal. It returns "" for the zero label.
func (l Label) Strongest() Class {
	switch {
	case l.Important:
		return Important
	case l.Sensitive:
		return Sensitive
	case l.Personal:
		return Personal
	}
	return ""
}

// String renders the label in tag syntax: classes first (important, sensitive or personal),
// then categories, e.g. "important,sensitive,health".
func (l Label) String() string {
	var parts []string
	if l.Important {
		parts = append(parts, string(Important))
	}
	if l.Sensitive {
		parts = append(parts, string(Sensitive))
	} else if l.Personal {
		parts = append(parts, string(Personal))
	}
	parts = append(parts, l.Categories...)
	return strings.Join(parts, ",")
}

// SyntaxError is a malformed annotation. Offset is the byte offset of the offending item
// within the annotation's value, so that callers can point at the exact column.
type SyntaxError struct {
	Offset int
	Msg    string
}

func (e *SyntaxError) Error() string { return e.Msg }

// ParseLabel parses the value of an xborder annotation: a comma-separated list of classes
// and category keys, e.g. "sensitive,health" or "important,personal,contact".
//
// Rules: the value is not empty; every item is a class or a category key; at least one class
// is given; a sensitive category needs class sensitive, an important-data domain needs class
// important, and a PI category needs personal or sensitive. Duplicates are errors, because a
// duplicate is usually a typo for something else.
func ParseLabel(value string) (Label, error) {
	var l Label
	if strings.TrimSpace(value) == "" {
		return l, &SyntaxError{0, "empty xborder annotation: want a class (personal, sensitive, important) and optional categories"}
	}
	type item struct {
		key string
		off int
	}
	var items []item
	off := 0
	for part := range strings.SplitSeq(value, ",") {
		key := strings.TrimSpace(part)
		lead := len(part) - len(strings.TrimLeft(part, " \t"))
		if key == "" {
			return Label{}, &SyntaxError{off, fmt.Sprintf("empty item in xborder annotation %q", value)}
		}
		items = append(items, item{key, off + lead})
		off += len(part) + 1
	}
	seen := make(map[string]bool)
	var cats []item
	for _, it := range items {
		if seen[it.key] {
			return Label{}, &SyntaxError{it.off, fmt.Sprintf("duplicate %q in xborder annotation", it.key)}
		}
		seen[it.key] = true
		if !l.addClass(Class(it.key)) {
			if _, ok := LookupCategory(it.key); !ok {
				return Label{}, &SyntaxError{it.off, unknownItem(it.key)}
			}
			cats = append(cats, it)
		}
	}
	if l.IsZero() {
		return Label{}, &SyntaxError{items[0].off, fmt.Sprintf("xborder annotation %q names no class: start with personal, sensitive or important", value)}
	}
	for _, it := range cats {
		c, _ := LookupCategory(it.key)
		switch {
		case c.Class == Sensitive && !l.Sensitive:
			return Label{}, &SyntaxError{it.off, fmt.Sprintf("category %q is sensitive personal information: use class sensitive (PIPL Art. 28)", it.key)}
		case c.Class == Important && !l.Important:
			return Label{}, &SyntaxError{it.off, fmt.Sprintf("category %q is an important-data domain: use class important", it.key)}
		case c.Class == Personal && !l.IsPI():
			return Label{}, &SyntaxError{it.off, fmt.Sprintf("category %q is personal information: add class personal or sensitive", it.key)}
		}
		l.Categories = append(l.Categories, it.key)
	}
	slices.Sort(l.Categories)
	return l, nil
}

// unknownItem explains an unknown key and suggests the closest known one.
func unknownItem(key string) string {
	msg := fmt.Sprintf("unknown class or category %q in xborder annotation", key)
	best, bestDist := "", 3 // suggest only close matches
	candidates := []string{string(Personal), string(Sensitive), string(Important)}
	for _, c := range Categories {
		candidates = append(candidates, c.Key)
	}
	for _, c := range candidates {
		if d := editDistance(key, c); d < bestDist {
			best, bestDist = c, d
		}
	}
	if best != "" {
		msg += fmt.Sprintf(" (did you mean %q?)", best)
	}
	return msg
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// TagValue extracts the xborder annotation from a raw struct tag (without quotes).
// ok is false when the tag has no xborder key. A tag that mentions the key but is not in
// the conventional `key:"value"` form is an error, so that a typo never silently untags
// a field; offset locates the problem within the raw tag.
func TagValue(tag string) (value string, valueOffset int, ok bool, err error) {
	st := reflect.StructTag(tag)
	v, found := st.Lookup(TagKey)
	idx := keyIndex(tag)
	if !found {
		if idx >= 0 {
			return "", idx, false, &SyntaxError{idx, fmt.Sprintf("malformed struct tag: want %s:\"<class>[,<category>...]\"", TagKey)}
		}
		// The key glued to the previous pair (`json:"email",xborder:"personal"`): Go's tag
		// lookup does not see it, so neither would the analysis. Report it, and keep the
		// intent, which is clear.
		if j := strings.Index(tag, TagKey+`:"`); j > 0 && !isKeyChar(tag[j-1]) {
			start := j + len(TagKey) + 1
			if q, err := strconv.QuotedPrefix(tag[start:]); err == nil {
				if value, err := strconv.Unquote(q); err == nil {
					return value, start + 1, true, &SyntaxError{j, fmt.Sprintf("malformed struct tag: %s: must be separated from the previous key:\"value\" pair by a space (go vet's structtag check reports it too; Go's reflect does not see this key)", TagKey)}
				}
			}
		}
		return "", 0, false, nil
	}
	if idx < 0 { // Lookup found it, so keyIndex must too; be defensive anyway.
		return v, 0, true, nil
	}
	return v, idx + len(TagKey) + 2, true, nil
}

// isKeyChar reports whether b may be part of a struct tag key.
func isKeyChar(b byte) bool {
	return b == '_' || b == '-' || b == '.' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

// addClass adds class c to the label (sensitive information is personal too), reporting
// whether c is a class.
func (l *Label) addClass(c Class) bool {
	switch c {
	case Personal:
		l.Personal = true
	case Sensitive:
		l.Sensitive, l.Personal = true, true
	case Important:
		l.Important = true
	default:
		return false
	}
	return true
}

// SalvageLabel returns what a malformed annotation clearly says: its classes and its known
// categories (a category alone implies its class). A tag with an unknown category still tags
// its field, with the class it names; the error is reported where the tag is.
func SalvageLabel(value string) Label {
	var l Label
	var cats []string
	for part := range strings.SplitSeq(value, ",") {
		key := strings.TrimSpace(part)
		if l.addClass(Class(key)) {
			continue
		}
		if c, ok := LookupCategory(key); ok && !slices.Contains(cats, key) {
			cats = append(cats, key)
			l.addClass(c.Class) // a category implies its class
		}
	}
	slices.Sort(cats)
	l.Categories = cats
	return l
}

// keyIndex returns the offset of `xborder:` as a tag key (at the start or after a space) in
// tag, or -1.
func keyIndex(tag string) int {
	for i := 0; ; {
		j := strings.Index(tag[i:], TagKey+":")
		if j < 0 {
			return -1
		}
		j += i
		if j == 0 || tag[j-1] == ' ' {
			return j
		}
		i = j + 1
	}
}

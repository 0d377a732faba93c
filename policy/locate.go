package policy

import (
	"bytes"
	"strconv"
	"strings"
)

// locator maps TOML key paths to positions. The TOML decoder does not expose key positions,
// and validation errors must say file:line:col, so this scans the text for table headers and
// `key = value` lines. It understands the shapes an xborder.toml uses ([table], [[array]],
// bare and dotted keys); anything it cannot place falls back to the enclosing table.
type locator struct {
	entries []locEntry
}

type locEntry struct {
	path      []string // with array-table indices, e.g. ["pathway", "1", "data"]
	line, col int
}

func newLocator(data []byte) *locator {
	l := new(locator)
	var table []string
	counts := make(map[string]int)
	// current holds the indexed path of the latest element of each array table, so that
	// [[sdk.send]] under the second [[sdk]] is ["sdk", "1", "send", "0"].
	current := make(map[string][]string)
	indexed := func(name []string) []string {
		for n := len(name) - 1; n > 0; n-- {
			if parent, ok := current[strings.Join(name[:n], ".")]; ok {
				return append(append([]string(nil), parent...), name[n:]...)
			}
		}
		return name
	}
	for i, raw := range bytes.Split(data, []byte("\n")) {
		line := string(raw)
		trimmed := strings.TrimSpace(line)
		col := len(line) - len(strings.TrimLeft(line, " \t")) + 1
		switch {
		case trimmed == "" || trimmed[0] == '#':
			continue
		case strings.HasPrefix(trimmed, "[["):
			name := strings.TrimSpace(strings.Trim(stripComment(trimmed), "[] \t"))
			path := indexed(splitKey(name))
			key := strings.Join(path, ".")
			table = append(path, strconv.Itoa(counts[key]))
			counts[key]++
			current[strings.Join(splitKey(name), ".")] = table
			l.entries = append(l.entries, locEntry{table, i + 1, col})
		case trimmed[0] == '[':
			name := strings.TrimSpace(strings.Trim(stripComment(trimmed), "[] \t"))
			table = indexed(splitKey(name))
			l.entries = append(l.entries, locEntry{table, i + 1, col})
		default:
			eq := strings.IndexByte(trimmed, '=')
			if eq <= 0 || strings.ContainsAny(trimmed[:1], "\"'{]") {
				continue
			}
			key := splitKey(strings.TrimSpace(trimmed[:eq]))
			path := append(append([]string(nil), table...), key...)
			l.entries = append(l.entries, locEntry{path, i + 1, col})
		}
	}
	return l
}

// find returns the position of the key path, or of its closest enclosing table, or the start
// of the file for what it cannot place (a key missing altogether). Paths may omit array
// indices (as the decoder's undecoded keys do): the first match wins.
func (l *locator) find(path []string) (line, col int) {
	for n := len(path); n > 0; n-- {
		want := path[:n]
		for _, e := range l.entries {
			if equalPath(e.path, want) {
				return e.line, e.col
			}
		}
		for _, e := range l.entries {
			if equalPath(withoutIndices(e.path), want) {
				return e.line, e.col
			}
		}
	}
	return 1, 1
}

func equalPath(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func withoutIndices(p []string) []string {
	var out []string
	for _, s := range p {
		if _, err := strconv.Atoi(s); err != nil {
			out = append(out, s)
		}
	}
	return out
}

func splitKey(s string) []string {
	var parts []string
	for p := range strings.SplitSeq(s, ".") {
		parts = append(parts, strings.Trim(strings.TrimSpace(p), `"'`))
	}
	return parts
}

func stripComment(s string) string {
	if i := strings.IndexByte(s, '#'); i >= 0 {
		return s[:i]
	}
	return s
}

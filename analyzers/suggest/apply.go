package suggest

import (
	"bytes"
	"cmp"
	"fmt"
	"go/format"
	"go/token"
	"os"
	"slices"

	"golang.org/x/tools/go/analysis"
)

// ApplyFixes applies the first suggested fix of each diagnostic to the files on disk and
// returns the new content of each file changed, gofmt-formatted. Identical edits (a file
// analysed twice, as a package and its test variant) apply once; overlapping different edits
// are an error, as is a result that does not parse.
func ApplyFixes(fset *token.FileSet, diags []analysis.Diagnostic) (map[string][]byte, error) {
	type edit struct {
		start, end int
		text       []byte
	}
	byFile := make(map[string][]edit)
	for _, d := range diags {
		if len(d.SuggestedFixes) == 0 {
			continue
		}
		for _, e := range d.SuggestedFixes[0].TextEdits {
			start, end := fset.Position(e.Pos), fset.Position(e.End)
			if !e.End.IsValid() {
				end = start
			}
			byFile[start.Filename] = append(byFile[start.Filename], edit{start.Offset, end.Offset, e.NewText})
		}
	}
	out := make(map[string][]byte)
	for name, edits := range byFile {
		slices.SortFunc(edits, func(a, b edit) int {
			return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end), bytes.Compare(a.text, b.text))
		})
		edits = slices.CompactFunc(edits, func(a, b edit) bool {
			return a.start == b.start && a.end == b.end && bytes.Equal(a.text, b.text)
		})
		src, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		var buf bytes.Buffer
		last := 0
		for _, e := range edits {
			if e.start < last || e.end > len(src) {
				return nil, fmt.Errorf("%s: conflicting edits at offset %d", name, e.start)
			}
			buf.Write(src[last:e.start])
			buf.Write(e.text)
			last = e.end
		}
		buf.Write(src[last:])
		formatted, err := format.Source(buf.Bytes())
		if err != nil {
			return nil, fmt.Errorf("%s: fixed file does not parse: %v", name, err)
		}
		out[name] = formatted
	}
	return out, nil
}

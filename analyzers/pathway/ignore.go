package pathway

import (
	"cmp"
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// ignoreDirective silences the finding at a call on the same line or the line below, with a
// reason that reviewers can read: //xborder:ignore covered by the group's SA (ticket 123).
const ignoreDirective = "//xborder:ignore"

type ignore struct {
	pos    token.Pos
	file   string
	line   int
	reason string // "" is malformed
	used   bool
}

type ignoreSet []*ignore

// readIgnores collects the package's //xborder:ignore comments in source order.
func readIgnores(pass *analysis.Pass) ignoreSet {
	var out ignoreSet
	for _, f := range pass.Files {
		for _, g := range f.Comments {
			for _, c := range g.List {
				rest, ok := strings.CutPrefix(c.Text, ignoreDirective)
				if !ok || rest != "" && rest[0] != ' ' && rest[0] != '\t' {
					continue
				}
				p := pass.Fset.Position(c.Pos())
				out = append(out, &ignore{pos: c.Pos(), file: p.Filename, line: p.Line, reason: reasonOf(rest)})
			}
		}
	}
	slices.SortFunc(out, func(a, b *ignore) int { return cmp.Compare(a.pos, b.pos) })
	return out
}

// at returns the well-formed ignore comment on the line of pos or the line above, or nil.
func (s ignoreSet) at(fset *token.FileSet, pos token.Pos) *ignore {
	p := fset.Position(pos)
	for _, ig := range s {
		if ig.reason != "" && ig.file == p.Filename && (ig.line == p.Line || ig.line == p.Line-1) {
			return ig
		}
	}
	return nil
}

// reasonOf returns the reason of an ignore comment: its words up to a trailing "// …"
// comment.
func reasonOf(text string) string {
	words := strings.Fields(text)
	if i := slices.IndexFunc(words, func(w string) bool { return strings.HasPrefix(w, "//") }); i >= 0 {
		words = words[:i]
	}
	return strings.Join(words, " ")
}

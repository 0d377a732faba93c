package pathway

import (
	"cmp"
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/xborder/xborder/annotations"
)

// //xborder:ignore silences the finding at a call on the same line or the line below, with a
// reason that reviewers can read: //xborder:ignore covered by the group's SA (ticket 123).

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
				d, ok := annotations.ParseDirective(c.Text)
				if !ok || d.Name != "ignore" {
					continue
				}
				p := pass.Fset.Position(c.Pos())
				out = append(out, &ignore{pos: c.Pos(), file: p.Filename, line: p.Line, reason: strings.Join(d.Args, " ")})
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

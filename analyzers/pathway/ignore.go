package pathway

import (
	"cmp"
	"go/ast"
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/xborder/xborder/annotations"
)

// //xborder:ignore silences findings with a reason that reviewers can read:
// //xborder:ignore covered by the group's SA (ticket 123). At the end of a line of code it
// covers that line only; on a line of its own, the line below (as golangci-lint's nolint).

type ignore struct {
	pos      token.Pos
	file     string
	line     int
	reason   string // "" is malformed
	trailing bool   // after code on its line
	used     bool
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
				out = append(out, &ignore{pos: c.Pos(), file: p.Filename, line: p.Line, reason: strings.Join(d.Args, " "),
					trailing: codeBefore(pass.Fset, f, c.Pos())})
			}
		}
	}
	slices.SortFunc(out, func(a, b *ignore) int { return cmp.Compare(a.pos, b.pos) })
	return out
}

// at returns the well-formed ignore comment that covers pos: at the end of its line, or on
// its own on the line above; or nil.
func (s ignoreSet) at(fset *token.FileSet, pos token.Pos) *ignore {
	p := fset.Position(pos)
	for _, ig := range s {
		if ig.reason != "" && ig.file == p.Filename && (ig.line == p.Line || !ig.trailing && ig.line == p.Line-1) {
			return ig
		}
	}
	return nil
}

// codeBefore reports whether syntax of file f starts on the line of pos before pos: the
// comment at pos trails code.
func codeBefore(fset *token.FileSet, f *ast.File, pos token.Pos) bool {
	line := fset.Position(pos).Line
	found := false
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil || found {
			return false
		}
		if _, isComment := n.(*ast.CommentGroup); isComment {
			return false
		}
		// Descend only into nodes that span the line.
		if fset.Position(n.Pos()).Line > line || fset.Position(n.End()).Line < line {
			return false
		}
		if n.Pos() < pos && fset.Position(n.Pos()).Line == line {
			found = true
			return false
		}
		return true
	})
	return found
}

package suggest

import (
	"go/ast"
	"regexp"
	"strings"

	"github.com/xborder/xborder/annotations"
)

// misspelt matches comments that look meant as //xborder:not-personal but are not: a space
// after the slashes or after the colon, or another spelling of the name.
var misspelt = regexp.MustCompile(`(?i)^//\s*xborder\s*:\s*\S*personal`)

// silence reads the comments of a field or type: silenced is true for a well-formed
// //xborder:not-personal; bad is a malformed attempt at one (nil if none).
func silence(groups ...*ast.CommentGroup) (silenced bool, bad *ast.Comment) {
	for _, g := range groups {
		if g == nil {
			continue
		}
		for _, c := range g.List {
			d, ok := annotations.ParseDirective(c.Text)
			switch {
			case ok && d.Name == annotations.NotPersonal && len(d.Args) == 0:
				silenced = true
			case ok && d.Name == annotations.NotPersonal, misspelt.MatchString(c.Text) && !isLabelDirective(d, ok):
				bad = c
			}
		}
	}
	return silenced, bad
}

// isLabelDirective reports whether d is a well-formed label directive such as
// //xborder:personal,contact (which the sources analyzer reads on types).
func isLabelDirective(d annotations.Directive, ok bool) bool {
	if !ok {
		return false
	}
	_, err := annotations.ParseLabel(d.Name)
	return err == nil && len(d.Args) == 0
}

// labelled reports whether a type's doc comment tags all its fields with a label directive.
func labelled(doc *ast.CommentGroup) bool {
	if doc == nil {
		return false
	}
	for _, c := range doc.List {
		if strings.HasPrefix(c.Text, annotations.DirectivePrefix) {
			if d, ok := annotations.ParseDirective(c.Text); isLabelDirective(d, ok) {
				return true
			}
		}
	}
	return false
}

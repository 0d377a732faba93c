package suggest

import (
	"fmt"
	"go/ast"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/xborder/xborder/annotations"
)

// tagFix returns the fix that gives field the xborder tag value: a new tag literal after the
// type, or the key appended inside the existing literal, raw (`json:"x"`) or interpreted
// ("json:\"x\""), so other keys stay as they are. Column alignment is gofmt's business: the
// edits are minimal and a formatter lines the tags up.
func tagFix(field *ast.Field, value string) analysis.SuggestedFix {
	pair := annotations.TagKey + `:"` + value + `"`
	msg := fmt.Sprintf("Add tag %s", pair)
	if field.Tag == nil {
		return analysis.SuggestedFix{Message: msg, TextEdits: []analysis.TextEdit{{
			Pos: field.Type.End(), End: field.Type.End(), NewText: []byte(" `" + pair + "`"),
		}}}
	}
	lit := field.Tag.Value
	body := lit[1 : len(lit)-1] // the tag's text between its quotes
	if lit[0] == '"' {
		pair = strings.ReplaceAll(pair, `"`, `\"`)
	}
	if body != "" && !strings.HasSuffix(body, " ") {
		pair = " " + pair
	}
	end := field.Tag.End() - 1 // before the closing quote
	return analysis.SuggestedFix{Message: msg, TextEdits: []analysis.TextEdit{{
		Pos: end, End: end, NewText: []byte(pair),
	}}}
}

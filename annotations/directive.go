package annotations

import (
	"slices"
	"strings"
)

// DirectivePrefix starts every xborder directive comment, written like Go's own (no space).
const DirectivePrefix = "//xborder:"

// NotPersonal is the directive that marks a struct field, or every field of a struct type
// when on the type's doc comment, as not personal data: xborder suggest proposes no tag for
// it. It tags nothing; a reason may follow after "//".
const NotPersonal = "not-personal"

// Directive is an //xborder: comment: //xborder:NAME ARG... // trailing comment.
type Directive struct {
	Name string   // "personal", "sensitive,health", "anonymiser", "endpoint", "ignore", …
	Args []string // the words after the name, up to a trailing "// …" comment
}

// ParseDirective parses the text of a comment. ok is false when the comment is not an xborder
// directive (including "//xborder:" followed by nothing but space).
func ParseDirective(text string) (d Directive, ok bool) {
	rest, ok := strings.CutPrefix(text, DirectivePrefix)
	if !ok {
		return Directive{}, false
	}
	words := strings.Fields(rest)
	if len(words) == 0 || rest[0] == ' ' || rest[0] == '\t' {
		return Directive{}, false
	}
	if i := slices.IndexFunc(words, func(w string) bool { return strings.HasPrefix(w, "//") }); i >= 0 {
		words = words[:i]
	}
	if len(words) == 0 {
		return Directive{}, false
	}
	return Directive{Name: words[0], Args: words[1:]}, true
}

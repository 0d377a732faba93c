// Package suggest defines the xbordersuggest analyzer, which finds struct fields that look
// like personal, sensitive or important data but carry no xborder tag, and proposes the tag.
package suggest

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/xborder/xborder/annotations"
)

const doc = `suggest xborder tags for untagged fields that look like personal data

Tags only help where someone wrote them. This analyzer flags struct fields without an
xborder tag whose name, json/db/gorm/bson/yaml/xml/form/toml/mapstructure tag name or type
name contains words that suggest personal information, in English or pinyin (Email, Shouji,
id_card, Diagnosis, BankCardNo…), and offers a fix that adds the tag:

	Email string ` + "`" + `json:"email"` + "`" + `  →  Email string ` + "`" + `json:"email" xborder:"personal,contact"` + "`" + `

Words are matched whole, on camelCase, snake_case, kebab-case and digit boundaries, against
a table of rules (docs/suggest.md), each with the label it proposes, the kinds of type it
applies to (Mobile bool is not a phone number; Address net.Addr is not a postal address) and
a context for ambiguous words: Name and IP count only in a struct about a person (User,
Patient, or one with other personal fields) or with a person in the field's name
(CustomerName, ClientIP); Address does not count next to hosts, ports or memory. Known false
friends (FileName, HostName, PhoneModel…) are excluded.

Fields already tagged, fields of a type labelled by a directive, embedded fields, and files
that are generated or tests are skipped. A field, or every field of a struct type, is
silenced with a directive in its doc or line comment, a reason after "//" if you like:

	TempName string //xborder:not-personal // a scratch file name

A malformed attempt at that directive is reported where it is. The analyzer's result lists
the suggestions for drivers (xborder suggest prints them as text or JSON with counts).`

// Analyzer suggests xborder tags.
var Analyzer = &analysis.Analyzer{
	Name:       "xbordersuggest",
	Doc:        doc,
	URL:        "https://github.com/xborder/xborder/blob/main/docs/suggest.md",
	Run:        run,
	Requires:   []*analysis.Analyzer{inspect.Analyzer},
	ResultType: reflect.TypeFor[*Result](),
}

// Suggestion is a field that looks like personal data, with the tag proposed for it.
type Suggestion struct {
	Pos     token.Pos  // the field's name
	Struct  string     // the struct's name: "User", "User.Contact" for a nested anonymous one
	Field   *types.Var // the field
	Label   annotations.Label
	Rule    *Rule  // the rule that matched
	Matched string // the rule's words that matched, e.g. "id card"
	Source  string // where the words were found: "" for the field's name, `json tag "email"`…
	// Fixable is false when the field shares its declaration with names that are not
	// personal data (Email, Notes string): a tag would cover them too, so there is no fix.
	Fixable bool
}

// Message is the diagnostic's text.
func (s Suggestion) Message() string {
	if !s.Fixable {
		return fmt.Sprintf("field %s looks like %s (%s): declare it on its own line and tag it xborder:%q or mark it //xborder:%s", s.Name(), classNoun[s.Class()], s.Reason(), s.Label.String(), annotations.NotPersonal)
	}
	return fmt.Sprintf("field %s looks like %s (%s): tag it xborder:%q or mark it //xborder:%s", s.Name(), classNoun[s.Class()], s.Reason(), s.Label.String(), annotations.NotPersonal)
}

// Name is the field's qualified name, e.g. "User.Email".
func (s Suggestion) Name() string { return s.Struct + "." + s.Field.Name() }

// Class is the strongest class of the proposed label.
func (s Suggestion) Class() annotations.Class { return s.Label.Strongest() }

// Reason says what the field looks like: "contact: email", `contact: email (json tag "mail")`.
func (s Suggestion) Reason() string {
	r := s.Label.Categories[0] + ": " + s.Rule.Reason
	if s.Source != "" {
		r += " (" + s.Source + ")"
	}
	return r
}

// Result is the suggestions for the package's fields, in source order.
type Result struct {
	Suggestions []Suggestion
}

// classNoun is how a message names data of each class.
var classNoun = map[annotations.Class]string{
	annotations.Personal:  "personal data",
	annotations.Sensitive: "sensitive personal data",
	annotations.Important: "important data",
}

func run(pass *analysis.Pass) (any, error) {
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	m := newMatcher(Rules, FalseFriends)
	res := new(Result)
	skip := make(map[*ast.File]bool)
	for _, f := range pass.Files {
		name := pass.Fset.File(f.Pos()).Name()
		skip[f] = ast.IsGenerated(f) || strings.HasSuffix(name, "_test.go")
	}
	insp.WithStack([]ast.Node{(*ast.StructType)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push || skip[stack[0].(*ast.File)] {
			return true
		}
		name, typeDoc := structName(stack)
		if silenced, bad := silence(typeDoc); bad != nil {
			reportMalformed(pass, bad)
		} else if !silenced && !labelled(typeDoc) {
			res.Suggestions = append(res.Suggestions, m.structFields(pass, n.(*ast.StructType), name)...)
		}
		return true
	})
	slices.SortFunc(res.Suggestions, func(a, b Suggestion) int { return cmp.Compare(a.Pos, b.Pos) })
	return res, nil
}

// structName names the struct type at the top of stack, and returns the doc comment of its
// declaration: "User" for type User struct{…}; "User.Home" for an anonymous struct that is
// the type of field Home of User (also as []struct{…} or *struct{…}); "struct" otherwise.
func structName(stack []ast.Node) (string, *ast.CommentGroup) {
	i := len(stack) - 2
	for i >= 0 {
		switch stack[i].(type) {
		case *ast.ArrayType, *ast.StarExpr, *ast.MapType:
			i--
			continue
		}
		break
	}
	if i < 0 {
		return "struct", nil
	}
	switch p := stack[i].(type) {
	case *ast.TypeSpec:
		doc := p.Doc
		if gd, ok := stack[i-1].(*ast.GenDecl); ok && doc == nil && len(gd.Specs) == 1 {
			doc = gd.Doc
		}
		return p.Name.Name, doc
	case *ast.Field:
		// stack: …, StructType, FieldList, Field
		if len(p.Names) > 0 && i >= 2 {
			if _, ok := stack[i-2].(*ast.StructType); ok {
				outer, _ := structName(stack[:i-1])
				return outer + "." + p.Names[0].Name, nil
			}
		}
	}
	return "struct", nil
}

// candidate is a field name of a struct with the rules matched for it.
type candidate struct {
	field   *ast.Field
	name    *ast.Ident
	v       *types.Var
	matches []match
}

// structFields returns the suggestions for the fields of one struct type and reports them.
func (m *matcher) structFields(pass *analysis.Pass, st *ast.StructType, structName string) []Suggestion {
	aboutPerson := m.aboutPerson(structName)
	structWords := Split(structName)
	var (
		cands        []candidate
		fieldWords   [][]string // the words of every field name, for the offNetwork context
		personSignal int        // fields that are personal data whatever their context
	)
	for _, f := range st.Fields.List {
		for _, id := range f.Names {
			fieldWords = append(fieldWords, Split(id.Name))
		}
		if len(f.Names) == 0 {
			continue // embedded: its own declaration is where its fields get tags
		}
		if !slices.ContainsFunc(f.Names, (*ast.Ident).IsExported) {
			continue // unexported: encodings and ORMs skip it; see docs/suggest.md
		}
		if f.Tag != nil {
			if raw, err := strconv.Unquote(f.Tag.Value); err == nil {
				if _, _, ok, err := annotations.TagValue(raw); ok || err != nil {
					personSignal++ // tagged (or malformed, which the sources analyzer reports)
					continue
				}
			}
		}
		if silenced, bad := silence(f.Doc, f.Comment); bad != nil {
			reportMalformed(pass, bad)
			continue
		} else if silenced {
			continue
		}
		for _, id := range f.Names {
			v, ok := pass.TypesInfo.Defs[id].(*types.Var)
			if !ok || !id.IsExported() {
				continue
			}
			c := candidate{field: f, name: id, v: v, matches: m.fieldMatches(f, id, v, pass.Pkg.Path())}
			if slices.ContainsFunc(c.matches, func(x match) bool { return m.rules[x.rule].Context == anywhere }) {
				personSignal++
			}
			cands = append(cands, c)
		}
	}

	var out []Suggestion
	for _, c := range cands {
		best := -1
		for i, x := range c.matches {
			r := &m.rules[x.rule]
			ok := true
			switch r.Context {
			case person, namedPerson:
				others := personSignal
				if m.anywhere(c.matches) {
					others-- // the field's own stronger words do not vouch for its weaker ones
				}
				ok = aboutPerson || anyIn(x.words, m.personWords) || r.Context == person && others > 0
			case offNetwork:
				ok = !anyIn(structWords, m.machineWords) && !slices.ContainsFunc(fieldWords, func(ws []string) bool { return anyIn(ws, m.machineWords) })
			}
			if ok && (best < 0 || m.better(x, c.matches[best])) {
				best = i
			}
		}
		if best < 0 {
			continue
		}
		x := c.matches[best]
		label, _ := annotations.ParseLabel(m.rules[x.rule].Label) // TestSuggestRules: every label parses
		out = append(out, Suggestion{Pos: c.name.Pos(), Struct: structName, Field: c.v, Label: label, Rule: &m.rules[x.rule], Matched: x.matched, Source: x.source})
	}
	report(pass, out, cands)
	return out
}

// aboutPerson reports whether a struct's name says it is about a person: it ends in a person
// word, possibly followed by record words (User, CustomerInfo, User.Contact).
func (m *matcher) aboutPerson(structName string) bool {
	words := Split(structName)
	for len(words) > 0 && m.recordWords[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	return len(words) > 0 && m.personWords[words[len(words)-1]]
}

// anywhere reports whether one of matches needs no context: such a field is its own person
// signal, which must not make its other, weaker words count.
func (m *matcher) anywhere(matches []match) bool {
	return slices.ContainsFunc(matches, func(x match) bool { return m.rules[x.rule].Context == anywhere })
}

// better reports whether match a beats b: the stronger class, then the field's own name over
// its tags and type, then table order.
func (m *matcher) better(a, b match) bool {
	ra, rb := m.rules[a.rule], m.rules[b.rule]
	if sa, sb := strings.HasPrefix(ra.Label, "sensitive"), strings.HasPrefix(rb.Label, "sensitive"); sa != sb {
		return sa
	}
	if (a.source == "") != (b.source == "") {
		return a.source == ""
	}
	return a.rule < b.rule
}

// fieldMatches returns the rules matched by a field's name, tag names and type name whose
// Types admit the field's type.
func (m *matcher) fieldMatches(f *ast.Field, id *ast.Ident, v *types.Var, pkgPath string) []match {
	found := m.find(Split(id.Name), "")
	if f.Tag != nil {
		if raw, err := strconv.Unquote(f.Tag.Value); err == nil {
			for _, t := range tagNames(raw) {
				found = append(found, m.find(Split(t.name), fmt.Sprintf("%s tag %q", t.key, t.name))...)
			}
		}
	}
	if tn := typeName(v.Type(), pkgPath); tn != "" {
		found = append(found, m.find(Split(tn), "type "+tn)...)
	}
	kind := kindOf(v.Type())
	return slices.DeleteFunc(found, func(x match) bool {
		types := m.rules[x.rule].Types
		if types == 0 {
			types = textual
		}
		return types&kind == 0
	})
}

// report reports the suggestions, each with a fix that tags its field. Several names declared
// together share one tag: the fix goes with the first and carries the union of their labels,
// and there is none when some of the names are not personal data (the tag would cover them).
func report(pass *analysis.Pass, sugs []Suggestion, cands []candidate) {
	byField := make(map[*ast.Field][]Suggestion)
	for _, s := range sugs {
		f := fieldOf(cands, s.Field)
		byField[f] = append(byField[f], s)
	}
	for i := range sugs {
		s := &sugs[i]
		f := fieldOf(cands, s.Field)
		group := byField[f]
		s.Fixable = len(group) == len(f.Names)
		d := analysis.Diagnostic{Pos: s.Pos, End: s.Pos + token.Pos(len(s.Field.Name())), Category: string(s.Class()), Message: s.Message()}
		if s.Fixable && group[0].Pos == s.Pos {
			union := group[0].Label
			for _, g := range group[1:] {
				union = union.Union(g.Label)
			}
			d.SuggestedFixes = []analysis.SuggestedFix{tagFix(f, union.String())}
		}
		pass.Report(d)
	}
}

// reportMalformed reports a comment that tries to be //xborder:not-personal and is not.
func reportMalformed(pass *analysis.Pass, c *ast.Comment) {
	pass.Report(analysis.Diagnostic{Pos: c.Pos(), End: c.End(), Category: "malformed",
		Message: fmt.Sprintf("malformed xborder directive %q: want //xborder:%s, optionally followed by // and a reason", c.Text, annotations.NotPersonal)})
}

func fieldOf(cands []candidate, v *types.Var) *ast.Field {
	for _, c := range cands {
		if c.v == v {
			return c.field
		}
	}
	return nil
}

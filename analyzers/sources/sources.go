// Package sources defines the xbordersources analyzer: it finds struct fields tagged as
// personal, sensitive or important data and exports what it finds as facts, so that
// importing packages know which fields they read.
package sources

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/xborder/xborder/annotations"
)

const doc = `find struct fields tagged as personal, sensitive or important data

A field is a source of regulated data when its struct tag has an xborder key:

	Email     string ` + "`" + `json:"email" xborder:"personal,contact"` + "`" + `
	Diagnosis string ` + "`" + `xborder:"sensitive,health"` + "`" + `

The value is a class (personal, sensitive, important) followed by optional taxonomy
categories. Each tagged field is exported as a Tagged fact on the field, so packages that
import the type know its label. Malformed tags are returned in the result for the reporting
analyzer to report at the tag.`

// Analyzer finds tagged fields.
var Analyzer = &analysis.Analyzer{
	Name:       "xbordersources",
	Doc:        doc,
	Run:        run,
	Requires:   []*analysis.Analyzer{inspect.Analyzer},
	FactTypes:  []analysis.Fact{new(Tagged), new(Anonymiser)},
	ResultType: reflect.TypeFor[*Result](),
}

// Tagged is the fact that a struct field carries regulated data.
type Tagged struct {
	Label annotations.Label
}

func (*Tagged) AFact() {}

func (t *Tagged) String() string { return "xborder:" + t.Label.String() }

// Anonymiser is the fact that a function anonymises its input (directive
// //xborder:anonymiser): its results carry no personal information.
type Anonymiser struct{}

func (*Anonymiser) AFact() {}

func (*Anonymiser) String() string { return "xborder:anonymiser" }

// Problem is a malformed annotation.
type Problem struct {
	Pos token.Pos
	Msg string
}

// Result gives the fields tagged in this package and a lookup for fields of any package.
type Result struct {
	pass        *analysis.Pass
	local       map[*types.Var]annotations.Label
	anonymisers map[*types.Func]bool
	// Problems are malformed annotations, in source order.
	Problems []Problem
}

// Label returns the label of a struct field, from this package's tags or from the facts of
// the package that declares it. Fields of instantiated generic types are looked up through
// their origin.
func (r *Result) Label(field *types.Var) (annotations.Label, bool) {
	field = field.Origin()
	if l, ok := r.local[field]; ok {
		return l, true
	}
	if field.Pkg() == nil || field.Pkg() == r.pass.Pkg {
		return annotations.Label{}, false
	}
	var fact Tagged
	if r.pass.ImportObjectFact(field, &fact) {
		return fact.Label, true
	}
	return annotations.Label{}, false
}

// Tagged returns the number of fields tagged in this package.
func (r *Result) Tagged() int { return len(r.local) }

// IsAnonymiser reports whether fn was declared an anonymiser with //xborder:anonymiser.
func (r *Result) IsAnonymiser(fn *types.Func) bool {
	fn = fn.Origin()
	if r.anonymisers[fn] {
		return true
	}
	if fn.Pkg() == nil || fn.Pkg() == r.pass.Pkg {
		return false
	}
	return r.pass.ImportObjectFact(fn, new(Anonymiser))
}

func run(pass *analysis.Pass) (any, error) {
	res := &Result{pass: pass, local: make(map[*types.Var]annotations.Label), anonymisers: make(map[*types.Func]bool)}
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	typeLabels := res.directives(insp)
	for n := range insp.PreorderSeq((*ast.StructType)(nil)) {
		st := n.(*ast.StructType)
		tv, ok := pass.TypesInfo.Types[st]
		if !ok {
			continue
		}
		styp, ok := tv.Type.(*types.Struct)
		if !ok {
			continue
		}
		typeLabel, hasTypeLabel := typeLabels[st]
		i := 0
		for _, f := range st.Fields.List {
			n := max(len(f.Names), 1) // an embedded field has no names
			if i+n > styp.NumFields() {
				break
			}
			label := typeLabel // a field's own tag wins over its type's directive
			if f.Tag != nil {
				tagged, problem := parseTag(f.Tag)
				if problem != nil {
					res.Problems = append(res.Problems, *problem)
				} else if !tagged.IsZero() {
					label = tagged
				}
			}
			if !label.IsZero() && (hasTypeLabel || f.Tag != nil) {
				for k := range n {
					v := styp.Field(i + k)
					res.local[v] = label
					pass.ExportObjectFact(v, &Tagged{Label: label})
				}
			}
			i += n
		}
	}
	return res, nil
}

// parseTag parses the xborder key of a field's tag literal. Problems point at the offending
// item within the literal.
func parseTag(lit *ast.BasicLit) (annotations.Label, *Problem) {
	raw, err := strconv.Unquote(lit.Value)
	if err != nil {
		return annotations.Label{}, nil // not a valid Go string: the compiler reports it
	}
	// Offsets map into the literal only when it is a raw string (the usual form for tags).
	pos := func(off int) token.Pos {
		if lit.Value[0] == '`' {
			return lit.Pos() + 1 + token.Pos(off)
		}
		return lit.Pos()
	}
	value, valueOff, ok, err := annotations.TagValue(raw)
	if err != nil {
		return annotations.Label{}, &Problem{pos(err.(*annotations.SyntaxError).Offset), err.Error()}
	}
	if !ok {
		return annotations.Label{}, nil
	}
	label, err := annotations.ParseLabel(value)
	if err != nil {
		se := err.(*annotations.SyntaxError)
		return annotations.Label{}, &Problem{pos(valueOff + se.Offset), fmt.Sprintf("malformed xborder tag: %s", se.Msg)}
	}
	return label, nil
}

// Directive is the comment prefix of xborder directives, written like Go's own (no space).
const Directive = "//xborder:"

// directives reads //xborder: directives in the doc comments of type and function
// declarations: a label on a struct type tags all its fields; "anonymiser" on a function
// marks its results clean. It returns the labels by struct type expression.
func (r *Result) directives(insp *inspector.Inspector) map[*ast.StructType]annotations.Label {
	labels := make(map[*ast.StructType]annotations.Label)
	for n := range insp.PreorderSeq((*ast.GenDecl)(nil), (*ast.FuncDecl)(nil)) {
		switch d := n.(type) {
		case *ast.GenDecl:
			if d.Tok != token.TYPE {
				continue
			}
			for _, spec := range d.Specs {
				ts := spec.(*ast.TypeSpec)
				doc := ts.Doc
				if doc == nil && len(d.Specs) == 1 {
					doc = d.Doc
				}
				for _, c := range directiveComments(doc) {
					word, _, _ := strings.Cut(c.Text[len(Directive):], " ")
					label, err := annotations.ParseLabel(word)
					if err != nil {
						r.Problems = append(r.Problems, Problem{c.Pos(), fmt.Sprintf("malformed xborder directive on type %s: %v", ts.Name.Name, err)})
						continue
					}
					st, ok := ts.Type.(*ast.StructType)
					if !ok {
						r.Problems = append(r.Problems, Problem{c.Pos(), fmt.Sprintf("xborder directive on type %s: only struct types can be tagged", ts.Name.Name)})
						continue
					}
					labels[st] = labels[st].Union(label)
				}
			}
		case *ast.FuncDecl:
			for _, c := range directiveComments(d.Doc) {
				word, _, _ := strings.Cut(c.Text[len(Directive):], " ")
				if word != "anonymiser" {
					r.Problems = append(r.Problems, Problem{c.Pos(), fmt.Sprintf("unknown xborder directive %q on function %s (want //xborder:anonymiser)", word, d.Name.Name)})
					continue
				}
				if fn, ok := r.pass.TypesInfo.Defs[d.Name].(*types.Func); ok {
					r.anonymisers[fn] = true
					r.pass.ExportObjectFact(fn, new(Anonymiser))
				}
			}
		}
	}
	return labels
}

func directiveComments(g *ast.CommentGroup) []*ast.Comment {
	if g == nil {
		return nil
	}
	var out []*ast.Comment
	for _, c := range g.List {
		if strings.HasPrefix(c.Text, Directive) {
			out = append(out, c)
		}
	}
	return out
}

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
	FactTypes:  []analysis.Fact{new(Tagged)},
	ResultType: reflect.TypeFor[*Result](),
}

// Tagged is the fact that a struct field carries regulated data.
type Tagged struct {
	Label annotations.Label
}

func (*Tagged) AFact() {}

func (t *Tagged) String() string { return "xborder:" + t.Label.String() }

// Problem is a malformed annotation.
type Problem struct {
	Pos token.Pos
	Msg string
}

// Result gives the fields tagged in this package and a lookup for fields of any package.
type Result struct {
	pass  *analysis.Pass
	local map[*types.Var]annotations.Label
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

func run(pass *analysis.Pass) (any, error) {
	res := &Result{pass: pass, local: make(map[*types.Var]annotations.Label)}
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
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
		i := 0
		for _, f := range st.Fields.List {
			n := max(len(f.Names), 1) // an embedded field has no names
			if f.Tag != nil && i+n <= styp.NumFields() {
				label, problem := parseTag(f.Tag)
				if problem != nil {
					res.Problems = append(res.Problems, *problem)
				} else if !label.IsZero() {
					for k := range n {
						v := styp.Field(i + k)
						res.local[v] = label
						pass.ExportObjectFact(v, &Tagged{Label: label})
					}
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

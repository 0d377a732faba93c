// Package sources defines the xbordersources analyzer: it finds struct fields tagged as
// personal, sensitive or important data and exports what it finds as facts, so that
// importing packages know which fields they read.
package sources

import (
	"bytes"
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
	FactTypes:  []analysis.Fact{new(Tagged), new(Anonymiser), new(Endpoint)},
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

// Endpoint is the fact that a package variable, a struct field or a function's results hold
// the address of the configured endpoint Name (directive //xborder:endpoint NAME): for
// destinations built at run time that no constant gives away.
type Endpoint struct {
	Name string
}

func (*Endpoint) AFact() {}

func (e *Endpoint) String() string { return "xborder:endpoint " + e.Name }

// EndpointUse is an //xborder:endpoint directive in this package, for the reporting analyzer
// to check its name against the configuration.
type EndpointUse struct {
	Pos  token.Pos
	Name string
}

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
	endpoints   map[types.Object]string
	// Problems are malformed annotations, in source order.
	Problems []Problem
	// Endpoints are the //xborder:endpoint directives of this package, in source order.
	Endpoints []EndpointUse
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

// Endpoint returns the endpoint named by an //xborder:endpoint directive on a package
// variable, struct field or function (its results), here or in the package declaring it.
func (r *Result) Endpoint(obj types.Object) (string, bool) {
	switch o := obj.(type) {
	case *types.Var:
		obj = o.Origin()
	case *types.Func:
		obj = o.Origin()
	}
	if name, ok := r.endpoints[obj]; ok {
		return name, true
	}
	if obj.Pkg() == nil || obj.Pkg() == r.pass.Pkg {
		return "", false
	}
	var fact Endpoint
	if r.pass.ImportObjectFact(obj, &fact) {
		return fact.Name, true
	}
	return "", false
}

func run(pass *analysis.Pass) (any, error) {
	res := &Result{pass: pass, local: make(map[*types.Var]annotations.Label), anonymisers: make(map[*types.Func]bool), endpoints: make(map[types.Object]string)}
	decls, structs := annotated(pass)
	typeLabels := res.directives(decls)
	for _, st := range structs {
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
			for _, c := range append(directiveComments(f.Doc), directiveComments(f.Comment)...) {
				for k := range n {
					res.endpointDirective(c, "field", styp.Field(i+k))
				}
			}
			label := typeLabel // a field's own tag wins over its type's directive
			if f.Tag != nil {
				tagged, problem := parseTag(f.Tag)
				if problem != nil {
					res.Problems = append(res.Problems, *problem)
				}
				if !tagged.IsZero() {
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
	slices.SortFunc(res.Problems, func(a, b Problem) int { return cmp.Compare(a.Pos, b.Pos) })
	slices.SortFunc(res.Endpoints, func(a, b EndpointUse) int { return cmp.Compare(a.Pos, b.Pos) })
	return res, nil
}

// annotated returns, in source order, the declarations (which may carry directives) and the
// struct types (whose fields may carry tags) of the package's files that mention xborder.
// Most packages (every dependency) mention it nowhere: reading a file's bytes is far cheaper
// than walking its syntax, which this analyzer, run on every package, would otherwise do.
func annotated(pass *analysis.Pass) (decls []ast.Node, structs []*ast.StructType) {
	for _, f := range pass.Files {
		if !mentionsXborder(pass, f) {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.GenDecl, *ast.FuncDecl:
				decls = append(decls, n)
			case *ast.StructType:
				structs = append(structs, n)
			}
			return true
		})
	}
	return decls, structs
}

// mentionsXborder reports whether a file's text contains "xborder" (any tag or directive
// does), or cannot tell (a driver without ReadFile, an unreadable file).
func mentionsXborder(pass *analysis.Pass, f *ast.File) bool {
	tf := pass.Fset.File(f.Pos())
	if pass.ReadFile == nil || tf == nil {
		return true
	}
	src, err := pass.ReadFile(tf.Name())
	return err != nil || bytes.Contains(src, []byte("xborder"))
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
	var problem *Problem
	if err != nil {
		problem = &Problem{pos(err.(*annotations.SyntaxError).Offset), err.Error()}
	}
	if !ok {
		return annotations.Label{}, problem
	}
	label, err := annotations.ParseLabel(value)
	if err != nil {
		// Reported at the tag; the field stays tracked with what the tag clearly says, so
		// that a typo does not silently take its flows out of the analysis.
		se := err.(*annotations.SyntaxError)
		if problem == nil {
			problem = &Problem{pos(valueOff + se.Offset), fmt.Sprintf("malformed xborder tag: %s", se.Msg)}
		}
		return annotations.SalvageLabel(value), problem
	}
	return label, problem
}

// Directive is the comment prefix of xborder directives, written like Go's own (no space).
const Directive = annotations.DirectivePrefix

// directives reads //xborder: directives in the doc comments of type and function
// declarations: a label on a struct type tags all its fields; "anonymiser" on a function
// marks its results clean. It returns the labels by struct type expression.
func (r *Result) directives(decls []ast.Node) map[*ast.StructType]annotations.Label {
	labels := make(map[*ast.StructType]annotations.Label)
	for _, n := range decls {
		switch d := n.(type) {
		case *ast.GenDecl:
			if d.Tok == token.VAR {
				r.varDirectives(d)
				continue
			}
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
					if directiveName(c) == annotations.NotPersonal {
						continue // xborder suggest's business
					}
					label, err := annotations.ParseLabel(directiveName(c))
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
			fn, ok := r.pass.TypesInfo.Defs[d.Name].(*types.Func)
			if !ok {
				continue
			}
			for _, c := range directiveComments(d.Doc) {
				word := directiveName(c)
				switch word {
				case "anonymiser":
					r.anonymisers[fn] = true
					r.pass.ExportObjectFact(fn, new(Anonymiser))
				case "endpoint":
					r.endpointDirective(c, "function", fn)
				default:
					r.Problems = append(r.Problems, Problem{c.Pos(), fmt.Sprintf("unknown xborder directive %q on function %s (want //xborder:anonymiser or //xborder:endpoint NAME)", word, d.Name.Name)})
				}
			}
		}
	}
	return labels
}

// varDirectives reads //xborder:endpoint directives on package variable declarations.
func (r *Result) varDirectives(d *ast.GenDecl) {
	for _, spec := range d.Specs {
		vs := spec.(*ast.ValueSpec)
		comments := append(directiveComments(vs.Doc), directiveComments(vs.Comment)...)
		if vs.Doc == nil && len(d.Specs) == 1 {
			comments = append(comments, directiveComments(d.Doc)...)
		}
		for _, c := range comments {
			for _, name := range vs.Names {
				if v, ok := r.pass.TypesInfo.Defs[name].(*types.Var); ok {
					r.endpointDirective(c, "variable", v)
				}
			}
		}
	}
}

// endpointDirective records an //xborder:endpoint NAME directive on obj, or the problem with
// it. Only package variables, struct fields and functions can name an endpoint.
func (r *Result) endpointDirective(c *ast.Comment, kind string, obj types.Object) {
	d, _ := annotations.ParseDirective(c.Text)
	if d.Name == annotations.NotPersonal && kind == "field" {
		return // xborder suggest's business
	}
	if d.Name != "endpoint" {
		r.Problems = append(r.Problems, Problem{c.Pos(), fmt.Sprintf("unknown xborder directive %q on %s %s (want //xborder:endpoint NAME)", d.Name, kind, obj.Name())})
		return
	}
	// One name; anything after it must be a comment ("// resolved by Consul").
	if len(d.Args) != 1 || strings.ContainsAny(d.Args[0], "\"'`") {
		r.Problems = append(r.Problems, Problem{c.Pos(), fmt.Sprintf("malformed xborder directive on %s %s: want //xborder:endpoint NAME, one endpoint name from xborder.toml", kind, obj.Name())})
		return
	}
	name := d.Args[0]
	if v, ok := obj.(*types.Var); ok && !v.IsField() && v.Parent() != r.pass.Pkg.Scope() {
		r.Problems = append(r.Problems, Problem{c.Pos(), fmt.Sprintf("xborder directive on variable %s: only package variables, struct fields and functions can name an endpoint", obj.Name())})
		return
	}
	if prev, ok := r.endpoints[obj]; ok && prev != name {
		r.Problems = append(r.Problems, Problem{c.Pos(), fmt.Sprintf("conflicting xborder endpoint directives on %s %s: %q and %q", kind, obj.Name(), prev, name)})
		return
	}
	r.endpoints[obj] = name
	r.Endpoints = append(r.Endpoints, EndpointUse{Pos: c.Pos(), Name: name})
	r.pass.ExportObjectFact(obj, &Endpoint{Name: name})
}

// directiveName returns the name of a directive comment ("" when it has none).
func directiveName(c *ast.Comment) string {
	d, _ := annotations.ParseDirective(c.Text)
	return d.Name
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

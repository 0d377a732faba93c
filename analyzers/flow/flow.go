// Package flow defines the xborderflow analyzer: an SSA-based taint analysis that follows
// tagged fields to network calls and records, for each flow, what data leaves, through which
// calls, and to which destination.
//
// The analysis is modular, as go vet requires: each package is analysed once, bottom-up over
// its call graph, and each function's effects are exported as a Summary fact, so that a
// package's importers apply the summary at their call sites instead of re-analysing the callee.
// A flow is reported in the package where the tagged data and a resolved destination meet.
package flow

import (
	"cmp"
	"fmt"
	"go/build"
	"go/constant"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/xborder/xborder/analyzers/config"
	"github.com/xborder/xborder/analyzers/sinks"
	"github.com/xborder/xborder/analyzers/sources"
	"github.com/xborder/xborder/annotations"
	"github.com/xborder/xborder/catalog"
	"github.com/xborder/xborder/policy"
)

const doc = `trace tagged personal, sensitive and important data to network calls

The xborderflow analyzer follows values read from fields tagged with xborder:"..." through
assignments, struct fields, slices, maps, channels, closures, conversions, encoders and
function calls (within the package and, through Summary facts, across packages) to the
network calls of the sink catalogue, and resolves the destination of each call from
constants, concatenation, fmt.Sprintf and package variables. It reports nothing itself:
its result lists the flows for the xborder analyzer to judge.`

// New returns a flow analyzer that reads declared sources, sinks and sanitizers from the
// result of the given configuration analyzer (see package config). observe, if not nil, is
// given every package's result as it is computed (drivers drop the results of packages
// other than the ones asked for; -stats needs them all); packages are analysed
// concurrently, so it must be safe for that.
func New(configAnalyzer *analysis.Analyzer, observe func(*analysis.Pass, *Result)) *analysis.Analyzer {
	tables := &tableCache{byCatalog: make(map[*catalog.Catalog]*sinks.Table)}
	return &analysis.Analyzer{
		Name: "xborderflow",
		Doc:  doc,
		Run: func(pass *analysis.Pass) (any, error) {
			cfg := pass.ResultOf[configAnalyzer].(*config.Result).Config
			res, err := run(pass, cfg, tables.get(cfg.Catalog()))
			if observe != nil && err == nil {
				observe(pass, res)
			}
			return res, err
		},
		Requires:  []*analysis.Analyzer{buildssa.Analyzer, sources.Analyzer, configAnalyzer},
		FactTypes: []analysis.Fact{new(Analyzed), new(FieldStores)},
		// The result is per package: flows and analysis limits.
		ResultType: reflect.TypeFor[*Result](),
	}
}

// tableCache shares one sinks.Table per catalogue among the packages one analyzer instance
// analyses (the configuration analyzer returns the same Config, and so the same catalogue,
// for every package under one xborder.toml): building it costs more than analysing a small
// package. Packages are analysed concurrently, hence the lock.
type tableCache struct {
	mu        sync.Mutex
	byCatalog map[*catalog.Catalog]*sinks.Table
}

func (c *tableCache) get(cat *catalog.Catalog) *sinks.Table {
	c.mu.Lock()
	defer c.mu.Unlock()
	t, ok := c.byCatalog[cat]
	if !ok {
		t = sinks.NewTable(cat)
		c.byCatalog[cat] = t
	}
	return t
}

// Analyzed is the package fact that the package was analysed. It lists the functions without
// a Go body (assembly, linkname), which are the only ones whose missing Summary does not mean
// "no effects", and the summaries of the functions and methods other packages can call.
//
// Summaries live in the package fact rather than in a fact per function: drivers copy every
// method's facts into every dependent package's fact table (the checker inherits them
// transitively), so a fact per method grows with packages × methods, and one per package
// with packages × packages.
type Analyzed struct {
	Bodiless  []string
	Summaries []FuncSummary // sorted by Name
}

// FuncSummary is the summary of the function or method Name (see summaryKey).
type FuncSummary struct {
	Name    string
	Summary *Summary
}

// summary returns the summary of the function with the given key, or nil.
func (f *Analyzed) summary(key string) *Summary {
	i, ok := slices.BinarySearchFunc(f.Summaries, key, func(s FuncSummary, k string) int { return cmp.Compare(s.Name, k) })
	if !ok {
		return nil
	}
	return f.Summaries[i].Summary
}

// summaryKey names a package's function or method within it: "Func", "Type.Method".
func summaryKey(obj *types.Func) string {
	obj = obj.Origin()
	if r := obj.Signature().Recv(); r != nil {
		t := r.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			return n.Obj().Name() + "." + obj.Name()
		}
		return "(interface)." + obj.Name()
	}
	return obj.Name()
}

func (*Analyzed) AFact() {}

func (f *Analyzed) String() string { return "analyzed" }

// Flow is tagged data meeting a destination at a call.
//
// A flow's identity is its sink call (Site) and destination; the data is every tagged field
// that reaches it in the package. Pos, Func and Via are one witness, the shortest path from a
// call where data and destination meet down to the sink.
type Flow struct {
	Pos     token.Pos // the call (or function literal) where data and destination meet
	Func    string    // the enclosing function
	Sink    string    // the network call, e.g. "net/http.Post"
	Site    string    // where the sink call is, "pkgpath/file.go:line:col"
	Via     []string  // calls from Pos down to Sink, outermost first; empty when Pos is the sink
	Sources []*Source // the tagged fields, sorted by Key
	Dest    DestRef
}

// Path renders the call path, e.g. "client.Upload → net/http.Post".
func (f *Flow) Path() string {
	return strings.Join(append(slices.Clone(f.Via), f.Sink), " → ")
}

// Result is the analyzer's result for one package.
type Result struct {
	Flows []*Flow
	Stats Stats
	// Limits lists where an analysis bound cut (see Bound): results there are approximate.
	Limits []Limit
}

// analyzer is the per-pass state.
type analyzer struct {
	pass      *analysis.Pass
	std       bool // analysing a standard-library package
	cfg       *policy.Config
	srcs      *sources.Result
	ssa       *buildssa.SSA
	atoms     *atomTable
	local     map[*ssa.Function]*fsum // summaries of this package's functions
	isLocal   map[*ssa.Function]bool
	onDemand  map[*ssa.Function]*fsum // synthetic functions (wrappers, thunks)
	imported  map[*types.Func]*fsum
	analyzed  map[*types.Package]*Analyzed
	fieldSrcs map[*types.Var]*Source
	ttCache   typeutil.Map
	globals   map[*ssa.Global][]valueStore
	fields    map[*types.Var][]valueStore
	stored    map[storedKey][]DestRef // memoised destinations of globals and fields
	impls     map[ifaceMethod][]*ssa.Function
	// implsByType memoises implementers per interface type; candidates are the named types
	// they are chosen from.
	implsByType typeutil.Map
	funcValues  map[ssa.Value][]*ssa.Function // memoised funcTargets
	candidates  []*types.Named
	stdPaths    map[string]bool
	limits      []Limit
	sites       map[token.Pos]string     // memoised site
	fnNames     map[*ssa.Function]string // memoised funcName
	objNames    map[*types.Func]string   // memoised fullName

	// Declarations from the configuration, by types.Func full name or "pkg.Type.Field".
	declSinks   map[string]*policy.SinkDecl
	table       *sinks.Table // built-in sinks and builders with the SDK catalogue's
	declSources map[string]annotations.Label
	sanitizers  map[string]bool
}

// Stats says what analysing one package cost (xborder -stats).
type Stats struct {
	Duration  time.Duration // the flow analysis alone (not type checking or SSA)
	Functions int           // functions analysed, wrappers included
	Summaries int           // summaries exported as facts
	Size      int           // their size: edges, sink effects, payload atoms and destinations
	Rounds    int           // extra fixpoint rounds over recursive functions
	Coarse    bool          // parameter atoms kept whole (the standard library, plain dependencies)
}

func run(pass *analysis.Pass, cfg *policy.Config, table *sinks.Table) (*Result, error) {
	start := time.Now()
	a := &analyzer{
		pass:       pass,
		cfg:        cfg,
		table:      table,
		srcs:       pass.ResultOf[sources.Analyzer].(*sources.Result),
		ssa:        pass.ResultOf[buildssa.Analyzer].(*buildssa.SSA),
		atoms:      newAtomTable(),
		local:      make(map[*ssa.Function]*fsum),
		isLocal:    make(map[*ssa.Function]bool),
		onDemand:   make(map[*ssa.Function]*fsum),
		imported:   make(map[*types.Func]*fsum),
		analyzed:   make(map[*types.Package]*Analyzed),
		fieldSrcs:  make(map[*types.Var]*Source),
		fnNames:    make(map[*ssa.Function]string),
		sites:      make(map[token.Pos]string),
		funcValues: make(map[ssa.Value][]*ssa.Function),
		objNames:   make(map[*types.Func]string),
		stored:     make(map[storedKey][]DestRef),
		impls:      make(map[ifaceMethod][]*ssa.Function),
		stdPaths:   make(map[string]bool),
	}
	a.declare(cfg)
	a.std = isStandard(pass)
	a.atoms.coarse = a.std || a.plainDependency()
	funcs := slices.Clone(a.ssa.SrcFuncs)
	if init, ok := a.ssa.Pkg.Members["init"].(*ssa.Function); ok {
		funcs = append(funcs, init)
	}
	var bodiless []string
	for _, fn := range funcs {
		a.isLocal[fn] = true
		if fn.Blocks == nil {
			if obj, ok := fn.Object().(*types.Func); ok {
				bodiless = append(bodiless, obj.FullName())
			}
		}
	}
	slices.Sort(bodiless)
	fact := &Analyzed{Bodiless: bodiless}

	var flows []*Flow
	var stats Stats
	for _, scc := range a.sccs(funcs, a.isLocal) {
		states, rounds := a.solve(scc)
		stats.Rounds += rounds
		for _, st := range states {
			flows = append(flows, st.flows()...)
		}
	}
	flows = append(flows, a.openFlows(funcs)...)
	if !a.atoms.coarse {
		a.exportFieldStores()
	}
	for _, fn := range funcs {
		obj, ok := fn.Object().(*types.Func)
		// Only exported names can be called from other packages (methods of unexported
		// types included, through values of them that an exported function returns).
		if !ok || obj.Pkg() != pass.Pkg || fn.Parent() != nil || !obj.Exported() {
			continue
		}
		if sum := a.encode(a.local[fn]); !sum.empty() {
			if sum.normalize() {
				a.limitHit(fn.Pos(), shortName(fn), BoundSummaryEdges)
			}
			fact.Summaries = append(fact.Summaries, FuncSummary{Name: summaryKey(obj), Summary: sum})
			stats.Summaries++
			stats.Size += sum.size()
		}
	}
	slices.SortFunc(fact.Summaries, func(x, y FuncSummary) int { return cmp.Compare(x.Name, y.Name) })
	pass.ExportPackageFact(fact)
	stats.Functions = len(a.local) + len(a.onDemand)
	stats.Coarse = a.atoms.coarse
	stats.Duration = time.Since(start)
	return &Result{Flows: mergeFlows(flows), Limits: sortedLimits(a.limits), Stats: stats}, nil
}

// mergeFlows reports each flow once where its data meets its destination: flows at the same
// call that reach the same sink call at destinations that resolve to the same place (a URL
// and a prefix of it) become one, listing all their fields, with the shortest witness. The
// result is sorted by position.
func mergeFlows(flows []*Flow) []*Flow {
	type key struct {
		pos        token.Pos
		site, sink string
		dest       policy.Destination
	}
	keyOf := func(f *Flow) key {
		k := key{f.Pos, f.Site, f.Sink, f.Dest.Destination()}
		if k.dest == (policy.Destination{}) {
			k.dest.Host = "?" + f.Dest.String() // unresolved destinations stay apart
		}
		return k
	}
	// Best witness first, so that the first flow of each key is the one kept.
	slices.SortFunc(flows, func(x, y *Flow) int {
		return cmp.Or(cmp.Compare(len(x.Via), len(y.Via)), cmp.Compare(x.Pos, y.Pos), cmp.Compare(x.Sink, y.Sink),
			slices.Compare(x.Via, y.Via), cmp.Compare(x.Dest.String(), y.Dest.String()))
	})
	seen := make(map[key]*Flow)
	var out []*Flow
	for _, f := range flows {
		k := keyOf(f)
		prev, ok := seen[k]
		if !ok {
			seen[k] = f
			out = append(out, f)
			continue
		}
		for _, src := range f.Sources {
			if !slices.ContainsFunc(prev.Sources, func(x *Source) bool { return x.Key == src.Key }) {
				prev.Sources = append(prev.Sources, src)
			}
		}
		slices.SortFunc(prev.Sources, func(x, y *Source) int { return cmp.Compare(x.Key, y.Key) })
	}
	slices.SortFunc(out, func(x, y *Flow) int {
		return cmp.Or(cmp.Compare(x.Pos, y.Pos), cmp.Compare(x.Sink, y.Sink),
			slices.Compare(x.Via, y.Via), cmp.Compare(x.Dest.String(), y.Dest.String()))
	})
	return out
}

// maxSCCRounds bounds the fixpoint over mutually recursive functions.
const maxSCCRounds = 8

// solve analyses one strongly connected component of the call graph to a fixpoint, and
// says how many rounds past the first it took.
func (a *analyzer) solve(scc []*ssa.Function) ([]*fstate, int) {
	for _, fn := range scc {
		a.local[fn] = newFsum() // recursion sees an empty summary in the first round
	}
	// A function that does not reach itself is done in one pass; only recursion needs rounds,
	// until no summary changes.
	recursive := len(scc) > 1 || a.selfRecursive(scc[0])
	var states []*fstate
	round := 0
	for ; round < maxSCCRounds; round++ {
		states = states[:0]
		changed := false
		for _, fn := range scc {
			st := a.newState(fn)
			prev := a.local[fn]
			a.local[fn] = st.run()
			states = append(states, st)
			if recursive && !prev.equal(a.local[fn]) {
				changed = true
			}
		}
		if !recursive || !changed {
			break
		}
		if round == maxSCCRounds-1 {
			a.limitHit(scc[0].Pos(), shortName(scc[0]), BoundSCCRounds)
		}
	}
	return states, min(round, maxSCCRounds-1)
}

// site names a sink call so that every package means the same call by it:
// "pkgpath/file.go:line:col" (a package's files share a directory, so the base name is
// unique within it). Synthetic calls without a position have no site.
func (a *analyzer) site(pos token.Pos) string {
	if !pos.IsValid() {
		return ""
	}
	if s, ok := a.sites[pos]; ok {
		return s
	}
	p := a.pass.Fset.Position(pos)
	s := fmt.Sprintf("%s/%s:%d:%d", a.pass.Pkg.Path(), filepath.Base(p.Filename), p.Line, p.Column)
	a.sites[pos] = s
	return s
}

// summaryOf returns the summary of a callee: computed here for this package's functions and
// synthetic wrappers, imported from facts for other packages' functions, empty for functions
// of analysed packages that have no effects, and nil when nothing is known.
func (a *analyzer) summaryOf(fn *ssa.Function) *fsum {
	if s, ok := a.local[fn]; ok {
		return s
	}
	if fn.Synthetic != "" && len(fn.Blocks) > 0 && !a.isLocal[fn] && fn.Origin() == nil {
		if s, ok := a.onDemand[fn]; ok {
			return s
		}
		a.onDemand[fn] = newFsum() // recursion guard
		s := a.newState(fn).run()
		a.onDemand[fn] = s
		return s
	}
	if o := fn.Origin(); o != nil {
		fn = o
		if s, ok := a.local[fn]; ok {
			return s
		}
	}
	obj, ok := fn.Object().(*types.Func)
	if !ok || obj.Pkg() == nil || obj.Pkg() == a.pass.Pkg {
		return nil
	}
	return a.importSummary(obj)
}

func (a *analyzer) importSummary(obj *types.Func) *fsum {
	if s, ok := a.imported[obj]; ok {
		return s
	}
	var s *fsum
	if pf := a.packageFact(obj.Pkg()); pf != nil {
		if sum := pf.summary(summaryKey(obj)); sum != nil {
			s = a.decode(sum)
		} else if _, bodiless := slices.BinarySearch(pf.Bodiless, obj.FullName()); !bodiless {
			s = newFsum() // analysed, and no effects
		}
	}
	a.imported[obj] = s
	return s
}

func (a *analyzer) packageFact(pkg *types.Package) *Analyzed {
	if f, ok := a.analyzed[pkg]; ok {
		return f
	}
	var f *Analyzed
	var fact Analyzed
	if a.pass.ImportPackageFact(pkg, &fact) {
		f = &fact
	}
	a.analyzed[pkg] = f
	return f
}

// fieldSource returns the source for field i of a value of type xt (a struct or pointer to
// struct), or nil if the field is not tagged.
func (a *analyzer) fieldSource(xt types.Type, i int) *Source {
	t, field := structField(xt, i)
	if field == nil {
		return nil
	}
	if src, ok := a.fieldSrcs[field]; ok {
		return src
	}
	var src *Source
	owner := "struct"
	qualified := ""
	if n, ok := t.(*types.Named); ok {
		owner = n.Origin().Obj().Name()
		if pkg := n.Origin().Obj().Pkg(); pkg != nil {
			qualified = pkg.Path() + "." + owner + "." + field.Name()
		}
	}
	label, ok := a.srcs.Label(field)
	if !ok && qualified != "" {
		label, ok = a.declSources[qualified]
	}
	if ok {
		name := owner + "." + field.Name()
		pkg := ""
		if field.Pkg() != nil {
			pkg = field.Pkg().Path()
		}
		src = &Source{Key: pkg + "." + name, Name: name, Label: label, Decl: a.pass.Fset.Position(field.Pos())}
	}
	a.fieldSrcs[field] = src
	return src
}

// declare indexes the configuration's declared sources, sinks and sanitizers.
func (a *analyzer) declare(cfg *policy.Config) {
	a.declSinks = make(map[string]*policy.SinkDecl)
	a.declSources = make(map[string]annotations.Label)
	a.sanitizers = make(map[string]bool)
	if cfg == nil {
		return
	}
	for i := range cfg.Sinks {
		a.declSinks[cfg.Sinks[i].Function] = &cfg.Sinks[i]
	}
	for _, d := range cfg.Sources {
		if l, err := d.Label(); err == nil {
			a.declSources[d.Type+"."+d.Field] = a.declSources[d.Type+"."+d.Field].Union(l)
		}
	}
	for _, d := range cfg.Sanitizers {
		a.sanitizers[d.Function] = true
	}
}

// isSanitizer reports whether a call's results are anonymised: declared in the configuration
// or by an //xborder:anonymiser directive.
func (a *analyzer) isSanitizer(name string, obj types.Object) bool {
	if a.sanitizers[name] {
		return true
	}
	fn, ok := obj.(*types.Func)
	return ok && fn != nil && a.srcs.IsAnonymiser(fn)
}

// typeTaint returns the tagged fields a value of type t carries when consumed whole.
func (a *analyzer) typeTaint(t types.Type) atomSet {
	if v := a.ttCache.At(t); v != nil {
		return v.(atomSet)
	}
	a.ttCache.Set(t, atomSet(nil)) // guards recursive types
	var s atomSet
	switch u := types.Unalias(t).Underlying().(type) {
	case *types.Pointer:
		s = a.typeTaint(u.Elem())
	case *types.Slice:
		s = a.typeTaint(u.Elem())
	case *types.Array:
		s = a.typeTaint(u.Elem())
	case *types.Chan:
		s = a.typeTaint(u.Elem())
	case *types.Map:
		s = a.typeTaint(u.Key()).union(a.typeTaint(u.Elem()))
	case *types.Struct:
		for i := range u.NumFields() {
			if src := a.fieldSource(t, i); src != nil {
				s = s.union(atomSet{a.atoms.source(src)})
			}
			s = s.union(a.typeTaint(u.Field(i).Type()))
		}
	}
	a.ttCache.Set(t, s)
	return s
}

// valueStore is a value stored into a variable or field in function Fn: a store, or the
// default of a flag bound to it (Flag names the flag).
type valueStore struct {
	Val  ssa.Value
	Fn   *ssa.Function
	Flag string
}

// flagDefault returns the store that binding a flag to the variable at address addr makes
// (flag.StringVar(&c.URL, "url", "https://…", …)), if ref is such a call.
func (a *analyzer) flagDefault(ref ssa.Instruction, addr ssa.Value) (valueStore, bool) {
	call, ok := ref.(*ssa.Call)
	if !ok {
		return valueStore{}, false
	}
	callee := call.Call.StaticCallee()
	if callee == nil {
		return valueStore{}, false
	}
	b, ok := a.table.Binder(a.funcName(callee))
	args := call.Call.Args
	if !ok || b.Ptr >= len(args) || b.Default >= len(args) || args[b.Ptr] != addr {
		return valueStore{}, false
	}
	st := valueStore{Val: args[b.Default], Fn: call.Parent()}
	if b.Flag < len(args) {
		if k, ok := args[b.Flag].(*ssa.Const); ok && k.Value != nil && k.Value.Kind() == constant.String {
			st.Flag = constant.StringVal(k.Value)
		}
	}
	return st, true
}

// fieldStores maps each struct field to the stores into it in this package (and the flag
// defaults bound to it), for fields whose address is only ever stored to or loaded from (a
// client's BaseURL set by its constructor). A field written by another package (an exported
// field set by an importer) is not seen: destinations resolved this way are the package's own.
func (a *analyzer) fieldStores() map[*types.Var][]valueStore {
	if a.fields != nil {
		return a.fields
	}
	a.fields = make(map[*types.Var][]valueStore)
	escaped := make(map[*types.Var]bool)
	visit := func(fn *ssa.Function) {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				fa, ok := instr.(*ssa.FieldAddr)
				if !ok {
					continue
				}
				field := fieldVar(fa.X.Type(), fa.Field)
				if field == nil {
					continue
				}
				for _, ref := range *fa.Referrers() {
					if st, ok := a.flagDefault(ref, fa); ok {
						a.fields[field] = append(a.fields[field], st)
						continue
					}
					switch r := ref.(type) {
					case *ssa.Store:
						if r.Addr == fa {
							a.fields[field] = append(a.fields[field], valueStore{Val: r.Val, Fn: r.Parent()})
							continue
						}
					case *ssa.UnOp:
						if r.Op == token.MUL {
							continue
						}
					case *ssa.DebugRef:
						continue
					}
					escaped[field] = true
				}
			}
		}
	}
	for _, fn := range a.ssa.SrcFuncs {
		visit(fn)
	}
	for f := range escaped {
		delete(a.fields, f)
	}
	return a.fields
}

// fieldVar returns field i of the struct (or pointer to struct) type t, or nil.
func fieldVar(t types.Type, i int) *types.Var {
	_, field := structField(t, i)
	return field
}

// structField returns the struct type (dereferenced, aliases removed) of a value of type t and
// its field i (the generic origin), or a nil field when t is not a struct with that field.
func structField(t types.Type, i int) (types.Type, *types.Var) {
	t, st := derefStruct(t)
	if st == nil || i >= st.NumFields() {
		return t, nil
	}
	return t, st.Field(i).Origin()
}

// derefStruct returns t without a pointer (aliases resolved) and its struct type, or nil when
// it is not a struct.
func derefStruct(t types.Type) (types.Type, *types.Struct) {
	t = types.Unalias(t)
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	st, _ := t.Underlying().(*types.Struct)
	return t, st
}

// globalStores maps each package variable whose address never escapes to the stores into it
// (and the flag defaults bound to it).
func (a *analyzer) globalStores() map[*ssa.Global][]valueStore {
	if a.globals != nil {
		return a.globals
	}
	a.globals = make(map[*ssa.Global][]valueStore)
	escaped := make(map[*ssa.Global]bool)
	var ops []*ssa.Value
	visit := func(fn *ssa.Function) {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				ops = instr.Operands(ops[:0])
				for i, op := range ops {
					g, ok := (*op).(*ssa.Global)
					if !ok {
						continue
					}
					if st, ok := a.flagDefault(instr, g); ok {
						a.globals[g] = append(a.globals[g], st)
						continue
					}
					switch in := instr.(type) {
					case *ssa.Store:
						if i == 0 { // the address operand
							a.globals[g] = append(a.globals[g], valueStore{Val: in.Val, Fn: in.Parent()})
							continue
						}
					case *ssa.UnOp:
						if in.Op == token.MUL {
							continue
						}
					}
					escaped[g] = true
				}
			}
		}
	}
	for _, fn := range a.ssa.SrcFuncs {
		visit(fn)
	}
	if init, ok := a.ssa.Pkg.Members["init"].(*ssa.Function); ok {
		visit(init)
	}
	for g := range escaped {
		delete(a.globals, g)
	}
	return a.globals
}

// flows converts the function's reports into flows.
func (s *fstate) flows() []*Flow {
	var out []*Flow
	for k, r := range s.reports {
		f := &Flow{Pos: k.pos, Func: shortName(s.fn), Sink: k.sink, Site: k.site, Dest: k.dest}
		if r.via != "" {
			f.Via = strings.Split(r.via, "\x00")
		}
		for _, id := range r.srcs {
			f.Sources = append(f.Sources, s.a.atoms.infos[id].src)
		}
		slices.SortFunc(f.Sources, func(x, y *Source) int { return cmp.Compare(x.Key, y.Key) })
		out = append(out, f)
	}
	return out
}

// encode converts a summary to its fact form.
func (a *analyzer) encode(s *fsum) *Summary {
	out := new(Summary)
	if s == nil {
		return out
	}
	ref := func(id atomID) AtomRef {
		info := a.atoms.infos[id]
		if info.src != nil {
			return AtomRef{Source: info.src}
		}
		return AtomRef{Param: info.param, Path: info.path}
	}
	var walk func(t *tree, path []int, emit func(path []int, id atomID))
	walk = func(t *tree, path []int, emit func(path []int, id atomID)) {
		if t == nil {
			return
		}
		for _, id := range t.atoms {
			emit(path, id)
		}
		for _, k := range t.keys() {
			walk(t.fields[k], append(path[:len(path):len(path)], k), emit)
		}
	}
	walk(s.returns, nil, func(path []int, id atomID) {
		if len(path) > 0 {
			out.Returns = append(out.Returns, Edge{To: path[0], Path: pathString(path[1:]), From: ref(id)})
		}
	})
	for _, i := range sortedKeys(s.writes) {
		walk(s.writes[i], nil, func(path []int, id atomID) {
			e := Edge{To: i, Path: pathString(path), From: ref(id)}
			if e.From.Source == nil && e.From.Param == e.To && e.From.Path == e.Path {
				return // a value written back where it came from moves nothing
			}
			out.Writes = append(out.Writes, e)
		})
	}
	for _, k := range sortedSinkKeys(s.sinks) {
		se := s.sinks[k]
		e := SinkEffect{Sink: k.sink, Site: k.site, Dest: k.dest}
		if se.via != "" {
			e.Via = strings.Split(se.via, "\x00")
		}
		for _, id := range se.payload {
			e.Payload = append(e.Payload, ref(id))
		}
		out.Sinks = append(out.Sinks, e)
	}
	out.ReturnDests = slices.Clone(s.returnDests)
	for k, d := range s.fieldDests {
		if d.Kind != DestUnknown {
			out.FieldDests = append(out.FieldDests, FieldDest{Result: k.result, Field: k.field, Dest: d})
		}
	}
	return out
}

// decode converts an imported fact into this pass's atoms.
func (a *analyzer) decode(f *Summary) *fsum {
	s := newFsum()
	atom := func(r AtomRef) atomID {
		if r.Source != nil {
			return a.atoms.source(r.Source)
		}
		return a.atoms.param(r.Param, r.Path)
	}
	for _, e := range f.Returns {
		s.returns.addAtoms(append([]int{e.To}, parsePath(e.Path)...), atomSet{atom(e.From)})
	}
	for _, e := range f.Writes {
		w := s.writes[e.To]
		if w == nil {
			w = new(tree)
			s.writes[e.To] = w
		}
		w.addAtoms(parsePath(e.Path), atomSet{atom(e.From)})
	}
	for _, k := range f.Sinks {
		key := sinkKey{sink: k.Sink, site: k.Site, dest: k.Dest}
		var ids []atomID
		for _, r := range k.Payload {
			ids = append(ids, atom(r))
		}
		e := s.sinks[key]
		if e == nil {
			e = &sinkEffect{via: strings.Join(k.Via, "\x00")}
			s.sinks[key] = e
		}
		e.payload = e.payload.union(setOf(ids...))
	}
	s.returnDests = slices.Clone(f.ReturnDests)
	for _, fd := range f.FieldDests {
		if s.fieldDests == nil {
			s.fieldDests = make(map[fieldKey]DestRef)
		}
		s.fieldDests[fieldKey{fd.Result, fd.Field}] = fd.Dest
	}
	return s
}

// openFlows reports tagged data whose destination only a caller can supply, at the frame
// holding the sink, in the functions that nothing in this package calls (exported functions
// and methods, handlers handed over as values, closures' own parameters): a caller elsewhere
// may resolve it, but if none does the flow would go unreported. The destination is
// unknown, or a catalogued SDK's default host when the client is the caller's.
func (a *analyzer) openFlows(funcs []*ssa.Function) []*Flow {
	called := make(map[*ssa.Function]bool)
	var all []*ssa.Function
	for fn := range a.local {
		all = append(all, fn)
	}
	for fn := range a.onDemand {
		all = append(all, fn) // wrappers call the methods they promote
	}
	for _, fn := range all {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch in := instr.(type) {
				case ssa.CallInstruction:
					for _, callee := range a.callTargets(in.Common()) {
						called[cmp.Or(callee.Origin(), callee)] = true
					}
				case *ssa.MakeClosure:
					if onlyCalled(in) {
						called[in.Fn.(*ssa.Function)] = true
					}
				}
			}
		}
	}
	var out []*Flow
	for _, fn := range funcs {
		sum := a.local[fn]
		if called[fn] || sum == nil {
			continue
		}
		// A sink that also went to a destination resolved here (a field's default that
		// callers may override) is judged there: the default stands for the callers.
		resolved := make(map[[2]string]bool)
		for pk := range sum.reported(a.atoms) {
			resolved[[2]string{pk.sink, pk.site}] = true
		}
		for _, k := range sortedSinkKeys(sum.sinks) {
			e := sum.sinks[k]
			srcs := a.atoms.sourcesOf(e.payload)
			if k.dest.Kind != DestParam || len(srcs) == 0 || resolved[[2]string{k.sink, k.site}] {
				continue
			}
			sk, isSDK := a.table.Sink(k.sink)
			isSDK = isSDK && len(sk.Default) > 0
			// A function literal's effects apply where it is made (see fstate.closure), its
			// captured variables resolved there and an SDK's default taken for its own
			// parameters: only a destination in its own parameters is left open.
			if fn.Parent() != nil && (isSDK || k.dest.Param >= len(fn.Params)) {
				continue
			}
			dests := []DestRef{a.openDest(fn, k.dest)}
			if isSDK {
				dests = withDefaults([]DestRef{{Kind: DestUnknown}}, sk.Default)
			}
			for _, d := range dests {
				f := &Flow{Pos: cmp.Or(e.pos, fn.Pos()), Func: shortName(fn), Sink: k.sink, Site: k.site, Dest: d}
				if e.via != "" {
					f.Via = strings.Split(e.via, "\x00")
				}
				for _, id := range srcs {
					f.Sources = append(f.Sources, a.atoms.infos[id].src)
				}
				slices.SortFunc(f.Sources, func(x, y *Source) int { return cmp.Compare(x.Key, y.Key) })
				out = append(out, f)
			}
		}
	}
	return out
}

// openDest is the unknown destination of an open flow, naming where it is held: "parameter
// baseURL of app.post", "s.config.VerifyBaseURL in app.Server.Verify" (with the field, for
// the advice to declare it).
func (a *analyzer) openDest(fn *ssa.Function, d DestRef) DestRef {
	var v ssa.Value
	switch {
	case d.Param < len(fn.Params):
		v = fn.Params[d.Param]
	case d.Param-len(fn.Params) < len(fn.FreeVars):
		v = fn.FreeVars[d.Param-len(fn.Params)]
	default:
		return DestRef{Kind: DestUnknown, Origin: fmt.Sprintf("set by the callers of %s", shortName(fn))}
	}
	if d.Path != "" && !strings.ContainsAny(d.Path[:1], "0123456789") {
		out := DestRef{Kind: DestUnknown, Origin: fmt.Sprintf("%s.%s in %s, set by its callers", v.Name(), d.Path, shortName(fn))}
		if holder, f := fieldAt(v.Type(), d.Path); f != nil {
			out.Field = qualifiedField(holder, f)
		}
		return out
	}
	return DestRef{Kind: DestUnknown, Origin: fmt.Sprintf("parameter %s of %s, set by its callers", v.Name(), shortName(fn))}
}

// sccs returns the strongly connected components of the static call graph among funcs,
// callees before callers (Tarjan's algorithm emits them in that order).
func (a *analyzer) sccs(funcs []*ssa.Function, local map[*ssa.Function]bool) [][]*ssa.Function {
	index := make(map[*ssa.Function]int)
	low := make(map[*ssa.Function]int)
	onStack := make(map[*ssa.Function]bool)
	var stack []*ssa.Function
	var out [][]*ssa.Function
	var strong func(fn *ssa.Function)
	strong = func(fn *ssa.Function) {
		index[fn] = len(index)
		low[fn] = index[fn]
		stack = append(stack, fn)
		onStack[fn] = true
		for _, c := range a.callees(fn, local) {
			if _, seen := index[c]; !seen {
				strong(c)
				low[fn] = min(low[fn], low[c])
			} else if onStack[c] {
				low[fn] = min(low[fn], index[c])
			}
		}
		if low[fn] == index[fn] {
			var scc []*ssa.Function
			for {
				top := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				onStack[top] = false
				scc = append(scc, top)
				if top == fn {
					break
				}
			}
			slices.Reverse(scc)
			out = append(out, scc)
		}
	}
	for _, fn := range funcs {
		if _, seen := index[fn]; !seen {
			strong(fn)
		}
	}
	return out
}

// callees returns the local functions fn calls directly or makes closures of, in order.
func (a *analyzer) callees(fn *ssa.Function, local map[*ssa.Function]bool) []*ssa.Function {
	var out []*ssa.Function
	var add func(c *ssa.Function, depth int)
	add = func(c *ssa.Function, depth int) {
		if c == nil {
			return
		}
		if o := c.Origin(); o != nil {
			c = o
		}
		if local[c] && !slices.Contains(out, c) {
			out = append(out, c)
		}
		// Synthetic wrappers (promoted methods, bound methods, thunks) are analysed on demand:
		// what they call must be ready first.
		if !local[c] && c.Synthetic != "" && depth < 3 {
			for _, inner := range a.directCallees(c) {
				add(inner, depth+1)
			}
		}
	}
	for _, c := range a.directCallees(fn) {
		add(c, 0)
	}
	return out
}

// directCallees lists the static callees, the implementations of interface methods called,
// and the closures of fn, with duplicates.
func (a *analyzer) directCallees(fn *ssa.Function) []*ssa.Function {
	var out []*ssa.Function
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch in := instr.(type) {
			case ssa.CallInstruction:
				out = append(out, a.callTargets(in.Common())...)
			case *ssa.MakeClosure:
				out = append(out, in.Fn.(*ssa.Function))
			}
		}
	}
	return out
}

// callTargets returns the functions a call may run: its static callee, the implementations
// of an interface method, or the functions stored where a function value comes from.
func (a *analyzer) callTargets(c *ssa.CallCommon) []*ssa.Function {
	if c.IsInvoke() {
		return a.implementations(c.Value.Type(), c.Method)
	}
	if callee := c.StaticCallee(); callee != nil {
		return []*ssa.Function{callee}
	}
	if _, builtin := c.Value.(*ssa.Builtin); builtin {
		return nil
	}
	return a.funcTargets(c.Value)
}

func (a *analyzer) selfRecursive(fn *ssa.Function) bool {
	return slices.Contains(a.callees(fn, map[*ssa.Function]bool{fn: true}), fn)
}

// plainDependency reports whether the package belongs to a module other than the main one
// and nothing in it is tagged or declared (no tagged field, no [[source]], [[sink]] or
// //xborder:endpoint of its own). Such a package's summaries need say only which parameters
// reach what, as the standard library's do: coarse parameter atoms over-approximate field
// paths (a callee reading one field of an argument carries the whole argument), which is
// sound, and cheaper where generated clients and SDKs have thousands of functions.
func (a *analyzer) plainDependency() bool {
	m := a.pass.Module
	if m == nil || m.Version == "" || a.srcs.Tagged() > 0 || len(a.srcs.Endpoints) > 0 {
		return false // the main module, or a driver that does not say
	}
	path := a.pass.Pkg.Path()
	for k := range a.declSources {
		if rest, ok := strings.CutPrefix(k, path+"."); ok && !strings.Contains(rest, "/") {
			return false
		}
	}
	for k := range a.declSinks {
		if strings.Contains(k, path+".") {
			return false
		}
	}
	return true
}

// isStandard reports whether the package belongs to the standard library: its path's first
// element has no dot (the go command's rule for module paths) and its files are under GOROOT.
func isStandard(pass *analysis.Pass) bool {
	first, _, _ := strings.Cut(pass.Pkg.Path(), "/")
	if strings.Contains(first, ".") || len(pass.Files) == 0 {
		return false
	}
	goroot := build.Default.GOROOT
	f := pass.Fset.File(pass.Files[0].Pos())
	if goroot == "" || f == nil {
		return false
	}
	return strings.HasPrefix(filepath.ToSlash(f.Name()), filepath.ToSlash(filepath.Join(goroot, "src"))+"/")
}

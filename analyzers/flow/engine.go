package flow

import (
	"cmp"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/xborder/xborder/analyzers/sinks"
	"github.com/xborder/xborder/policy"
)

// The intra-procedural engine: a flow-insensitive, field-sensitive abstract interpretation
// of one function's SSA. Registers are single-assignment, so flow-insensitivity only costs
// precision for memory, which is modelled by access paths: every write is recorded at the
// root value it goes through (an allocation, parameter, call result, …) and the field path
// from that root. Reads see every write to their root at or under their path.

// maxValueDepth bounds the chain of operations followed back from one value for its taint,
// and maxWriteDepth the values a write is followed through to its roots (soundness).
const (
	maxValueDepth = 64
	maxWriteDepth = 64
)

// limitHit records that bound b cut in this function.
func (s *fstate) limitHit(b Bound) {
	s.a.limitHit(s.fn.Pos(), shortName(s.fn), b)
}

// maxIterations bounds the per-function fixpoint; taint only grows, and the lattice is
// finite, so this is a guard against pathological functions rather than a cut-off.
const maxIterations = 32

// fsum is a function's summary in this pass's atoms.
type fsum struct {
	returns     *tree         // field j is result j
	writes      map[int]*tree // parameter index → taint written into its contents
	sinks       map[sinkKey]*sinkEffect
	returnDests []DestRef
	fieldDests  map[fieldKey]DestRef   // DestUnknown where the return sites disagree
	done        map[placedSink]atomSet // memoised reported
}

// fieldKey names a field of a result.
type fieldKey struct {
	result int
	field  string
}

// sinkKey identifies a flow without its path: the sink call (site, which names it
// across packages) and the destination. Paths are not part of a flow's identity: every
// caller would otherwise multiply a summary's sinks by its own call paths.
type sinkKey struct {
	sink string // the catalogue name of the function called
	site string // where the sink call is (see analyzer.site)
	dest DestRef
}

// sinkEffect is what a summary says of data reaching one sink: the payload and one witness
// path. For a destination resolved in the function, the payload's source atoms are those
// already reported there: callers add only what is new. For a parameter's destination,
// nothing was reported and every atom waits for the caller.
type sinkEffect struct {
	payload atomSet
	via     string    // the shortest call path to the sink, names joined with "\x00"
	pos     token.Pos // the call in this function that starts via (not in facts)
}

// maxSummarySinks bounds the sink effects of one summary (precision): past it, effects that
// differ only in their sink call merge into one with no site, so that a function reaching
// many sinks (a router, a generated client's facade) does not carry each of them to every
// caller. The data and destinations stay; only which call of the sink is lost.
const maxSummarySinks = 32

// boundSinks applies maxSummarySinks to the summary.
func (s *fstate) boundSinks() {
	if len(s.sum.sinks) <= maxSummarySinks {
		return
	}
	s.limitHit(BoundSummarySinks)
	merged := make(map[sinkKey]*sinkEffect)
	for _, k := range sortedSinkKeys(s.sum.sinks) {
		e := s.sum.sinks[k]
		mk := sinkKey{sink: k.sink, dest: k.dest}
		m := merged[mk]
		if m == nil {
			m = &sinkEffect{via: e.via, pos: e.pos}
			merged[mk] = m
		} else if shorterPath(e.via, m.via) {
			m.via, m.pos = e.via, e.pos
		}
		m.payload = m.payload.union(e.payload)
	}
	s.sum.sinks = merged
}

// calls counts the calls in a witness path.
func calls(via string) int {
	if via == "" {
		return 0
	}
	return strings.Count(via, "\x00") + 1
}

// shorterPath reports whether via x is a better witness than y: fewer calls, then the
// lexically smaller (so that the choice does not depend on the order of discovery).
func shorterPath(x, y string) bool {
	return cmp.Or(cmp.Compare(calls(x), calls(y)), strings.Compare(x, y)) < 0
}

// equal reports whether two summaries say the same (the witness paths of sinks aside: they
// only shorten, and do not change what callers find).
func (s *fsum) equal(o *fsum) bool {
	if !s.returns.equal(o.returns) || len(s.writes) != len(o.writes) || len(s.sinks) != len(o.sinks) ||
		!slices.Equal(s.returnDests, o.returnDests) || !maps.Equal(s.fieldDests, o.fieldDests) {
		return false
	}
	for i, w := range s.writes {
		if !w.equal(o.writes[i]) {
			return false
		}
	}
	for k, e := range s.sinks {
		if oe := o.sinks[k]; oe == nil || !slices.Equal(e.payload, oe.payload) {
			return false
		}
	}
	return true
}

// placedSink is a sink call and the place its destination resolves to: the same flow,
// whether a URL or a prefix of it names the place.
type placedSink struct {
	sink, site string
	place      policy.Destination
}

// reported returns the sources the function reported itself, by sink call and place: at
// destinations it resolved, the sources of its sink effects (see sinkEffect).
// Summaries are complete when callers read them, so the index is built once.
func (s *fsum) reported(at *atomTable) map[placedSink]atomSet {
	if s.done != nil {
		return s.done
	}
	out := make(map[placedSink]atomSet)
	s.done = out
	for k, e := range s.sinks {
		if k.dest.Kind == DestParam {
			continue
		}
		place := k.dest.Destination()
		if place == (policy.Destination{}) {
			continue
		}
		pk := placedSink{k.sink, k.site, place}
		out[pk] = out[pk].union(at.sourcesOf(e.payload))
	}
	return out
}

func newFsum() *fsum {
	return &fsum{returns: new(tree), writes: make(map[int]*tree), sinks: make(map[sinkKey]*sinkEffect)}
}

// fstate is the state of one function's analysis.
type fstate struct {
	a       *analyzer
	fn      *ssa.Function
	mem     map[ssa.Value]*tree
	sum     *fsum
	changed bool
	// reports collects flows found here: data and a resolved destination meet at a call.
	reports map[reportKey]*report
	// inherited collects the sources callees reported at destinations this function also
	// reaches through them (see applyEffects), for its summary.
	inherited map[reportKey]*report
	// destCache memoises destination resolution (values are immutable in SSA).
	destCache  map[ssa.Value][]DestRef
	fieldCache map[fieldQuery][]DestRef
}

// reportKey identifies a flow found in a function: the call here where data and destination
// meet, and the flow (sink call and destination) it reaches.
type reportKey struct {
	pos token.Pos
	sinkKey
}

// report is the tagged data of a flow found here, with one witness path from the call down
// to the sink.
type report struct {
	srcs atomSet
	via  string
}

func (a *analyzer) newState(fn *ssa.Function) *fstate {
	s := &fstate{a: a, fn: fn, mem: make(map[ssa.Value]*tree), sum: newFsum(), reports: make(map[reportKey]*report)}
	for i, p := range fn.Params {
		s.mem[p] = &tree{atoms: atomSet{a.atoms.param(i, "")}}
	}
	for j, fv := range fn.FreeVars {
		s.mem[fv] = &tree{atoms: atomSet{a.atoms.param(len(fn.Params)+j, "")}}
	}
	return s
}

// isolated returns a fresh state for resolving values of fn out of context (used for package
// variable initialisers).
func (a *analyzer) isolated(fn *ssa.Function) *fstate {
	if fn == nil {
		fn = &ssa.Function{}
	}
	return a.newState(fn)
}

// run iterates the function to its fixpoint and returns its summary.
func (s *fstate) run() *fsum {
	for iter := 0; iter < maxIterations; iter++ {
		s.changed = false
		for _, b := range s.fn.Blocks {
			for _, instr := range b.Instrs {
				s.transfer(instr)
			}
		}
		if !s.changed {
			break
		}
		if iter == maxIterations-1 {
			s.limitHit(BoundIterations)
		}
	}
	for _, b := range s.fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
			for j, r := range ret.Results {
				if !mayCarryDest(r.Type()) {
					continue
				}
				for len(s.sum.returnDests) <= j {
					s.sum.returnDests = append(s.sum.returnDests, DestRef{})
				}
				if ds := s.dests(r); len(ds) == 1 && s.sum.returnDests[j] == (DestRef{}) {
					s.sum.returnDests[j] = ds[0]
				} else if len(ds) != 1 || ds[0] != s.sum.returnDests[j] {
					s.sum.returnDests[j] = DestRef{Kind: DestUnknown}
				}
			}
		}
	}
	// Keep only destinations a caller can use.
	for j, d := range s.sum.returnDests {
		if !usable(d) {
			s.sum.returnDests[j] = DestRef{}
		}
	}
	s.sum.fieldDests = s.resultFieldDests()
	// A summary's sink effect at a destination resolved here lists what was reported here,
	// whichever emit came first, so that callers report only what they add. Where callers
	// may resolve the same sink to the same place again (a field whose stores here give a
	// default that callers may override), the report is recorded for them even without
	// data of theirs.
	openSinks := make(map[[2]string]bool)
	for k := range s.sum.sinks {
		if k.dest.Kind == DestParam {
			openSinks[[2]string{k.sink, k.site}] = true
		}
	}
	added := make(map[sinkKey]bool)
	done := func(k reportKey, r *report) {
		e := s.sum.sinks[k.sinkKey]
		if e == nil && openSinks[[2]string{k.sink, k.site}] && !s.a.std {
			e = &sinkEffect{via: r.via, pos: k.pos}
			s.sum.sinks[k.sinkKey] = e
			added[k.sinkKey] = true
		} else if added[k.sinkKey] && (shorterPath(r.via, e.via) || r.via == e.via && k.pos < e.pos) {
			e.via, e.pos = r.via, k.pos // the witness does not depend on the map's order
		}
		if e != nil {
			e.payload = e.payload.union(r.srcs)
		}
	}
	for k, r := range s.reports {
		done(k, r)
	}
	// What callees reported, and this function therefore did not, counts the same for
	// this function's callers.
	for k, r := range s.inherited {
		done(k, r)
	}
	s.boundSinks()
	return s.sum
}

func (s *fstate) root(v ssa.Value) *tree {
	t := s.mem[v]
	if t == nil {
		t = new(tree)
		s.mem[v] = t
	}
	return t
}

func (s *fstate) joinRoot(v ssa.Value, path []int, t *tree) {
	if t.empty() {
		return
	}
	if s.root(v).join(path, t) {
		s.changed = true
	}
}

func (s *fstate) joinAtoms(v ssa.Value, set atomSet) {
	if len(set) > 0 && s.root(v).addAtoms(nil, set) {
		s.changed = true
	}
}

// carriesData reports whether values of type t can carry regulated data. Booleans cannot (a
// comparison result is not the data), nor can unsafe pointers. A function value carries what
// its closure captured (slack.MsgOptionText(text) returns an option holding the text).
func carriesData(t types.Type) bool {
	if u, ok := t.Underlying().(*types.Basic); ok {
		return u.Info()&types.IsBoolean == 0 && u.Kind() != types.UnsafePointer && u.Kind() != types.Invalid
	}
	return true
}

// value returns the taint of v.
func (s *fstate) value(v ssa.Value) *tree {
	return s.valueDepth(v, 0)
}

func (s *fstate) valueDepth(v ssa.Value, depth int) *tree {
	if v == nil {
		return nil
	}
	if depth > maxValueDepth {
		s.limitHit(BoundValueDepth)
		return nil
	}
	if _, isTuple := v.Type().(*types.Tuple); !isTuple && !carriesData(v.Type()) {
		return nil
	}
	depth++
	at := s.a.atoms
	switch v := v.(type) {
	case *ssa.Const, *ssa.Function, *ssa.Builtin:
		return nil
	case *ssa.MakeClosure:
		var in atomSet
		for _, b := range v.Bindings {
			in = in.union(s.valueDepth(b, depth).flatten())
		}
		if len(in) == 0 {
			return nil
		}
		return &tree{atoms: in}
	case *ssa.FieldAddr:
		return s.withSource(s.valueDepth(v.X, depth).child(at, v.Field), v.X.Type(), v.Field)
	case *ssa.Field:
		return s.withSource(s.valueDepth(v.X, depth).child(at, v.Field), v.X.Type(), v.Field)
	// Selecting from a table by a tainted index reveals the index (strconv's digit tables):
	// the element carries the index's taint. A map lookup does not: a value found by a
	// personal key is whatever was stored, not the key.
	case *ssa.IndexAddr:
		return s.withIndex(s.valueDepth(v.X, depth), v.Index, depth)
	case *ssa.Index:
		return s.withIndex(s.valueDepth(v.X, depth), v.Index, depth)
	case *ssa.Lookup:
		return s.valueDepth(v.X, depth)
	case *ssa.Slice:
		t := s.valueDepth(v.X, depth)
		for _, b := range []ssa.Value{v.Low, v.High, v.Max} {
			t = s.withIndex(t, b, depth)
		}
		return t
	case *ssa.ChangeType:
		return s.valueDepth(v.X, depth)
	case *ssa.Convert:
		return s.valueDepth(v.X, depth)
	case *ssa.MultiConvert:
		return s.valueDepth(v.X, depth)
	case *ssa.ChangeInterface:
		return s.valueDepth(v.X, depth)
	case *ssa.SliceToArrayPointer:
		return s.valueDepth(v.X, depth)
	case *ssa.TypeAssert:
		return s.valueDepth(v.X, depth)
	case *ssa.MakeInterface:
		t := s.valueDepth(v.X, depth)
		if tt := s.a.typeTaint(v.X.Type()); len(tt) > 0 {
			t = joined(t, &tree{atoms: tt})
		}
		return t
	case *ssa.UnOp:
		if v.Op == token.MUL || v.Op == token.ARROW {
			return s.valueDepth(v.X, depth)
		}
	case *ssa.Extract:
		switch t := v.Tuple.(type) {
		case *ssa.TypeAssert, *ssa.Lookup, *ssa.UnOp:
			if v.Index == 0 {
				return s.valueDepth(operand0(t), depth)
			}
			return nil
		case *ssa.Next:
			if r, ok := t.Iter.(*ssa.Range); ok && v.Index > 0 {
				return s.valueDepth(r.X, depth)
			}
			return nil
		case *ssa.Select:
			k := v.Index - 2
			for _, st := range t.States {
				if st.Dir != types.RecvOnly {
					continue
				}
				if k == 0 {
					return s.valueDepth(st.Chan, depth)
				}
				k--
			}
			return nil
		case *ssa.Call:
			r := s.mem[v.Tuple].child(at, v.Index)
			if alias := s.aliasArg(&t.Call); alias != nil && v.Index == 0 {
				r = joined(r, s.valueDepth(alias, depth))
			}
			return r
		default:
			return s.mem[v.Tuple].child(at, v.Index)
		}
	case *ssa.Call:
		if alias := s.aliasArg(&v.Call); alias != nil {
			return joined(s.mem[v], s.valueDepth(alias, depth))
		}
	}
	return s.mem[v]
}

// withIndex adds the taint of an index expression to an element's taint.
func (s *fstate) withIndex(t *tree, index ssa.Value, depth int) *tree {
	if index == nil {
		return t
	}
	if _, isConst := index.(*ssa.Const); isConst {
		return t
	}
	it := s.valueDepth(index, depth).flatten()
	if len(it) == 0 {
		return t
	}
	return joined(t, &tree{atoms: it})
}

// withSource returns the taint of reading field i of a value of type xt whose field taint is
// t. A tagged field holds its tag's data: reading it gives the source atom, and no parameter
// atom, since what a caller stored there is that field's data too. (Keeping the parameter
// would make every caller report the field again, and bring along every other field of a
// value its caller tainted whole.) Other sources stored into the field stay.
func (s *fstate) withSource(t *tree, xt types.Type, i int) *tree {
	src := s.a.fieldSource(xt, i)
	if src == nil {
		return t
	}
	return &tree{atoms: s.a.atoms.sourcesOf(t.flatten()).union(atomSet{s.a.atoms.source(src)})}
}

// joined returns the union of two trees without modifying either.
func joined(a, b *tree) *tree {
	switch {
	case a.empty():
		return b
	case b.empty():
		return a
	}
	u := new(tree)
	u.join(nil, a)
	u.join(nil, b)
	return u
}

// deep is the taint of v consumed as a whole (sent, encoded): every atom in it, plus the
// tagged fields its static type carries.
func (s *fstate) deep(v ssa.Value) atomSet {
	return s.value(v).flatten().union(s.a.typeTaint(v.Type()))
}

// write records that t is written into the memory v points to (or the contents v refers to),
// at the given field path relative to v.
func (s *fstate) write(v ssa.Value, path []int, t *tree) {
	if t.empty() {
		return
	}
	s.writeSeen(v, path, t, make(map[ssa.Value]bool))
}

func (s *fstate) writeSeen(v ssa.Value, path []int, t *tree, seen map[ssa.Value]bool) {
	if v == nil || seen[v] {
		return
	}
	if len(seen) > maxWriteDepth {
		s.limitHit(BoundWriteDepth)
		return
	}
	seen[v] = true
	prepend := func(f int) []int { return append([]int{f}, path...) }
	switch v := v.(type) {
	case *ssa.Const, *ssa.Function, *ssa.Builtin:
		return
	case *ssa.FieldAddr:
		s.writeSeen(v.X, prepend(v.Field), t, seen)
		return
	case *ssa.Field:
		s.writeSeen(v.X, prepend(v.Field), t, seen)
		return
	case *ssa.IndexAddr, *ssa.Index, *ssa.Lookup, *ssa.Slice, *ssa.ChangeType, *ssa.Convert,
		*ssa.MultiConvert, *ssa.MakeInterface, *ssa.TypeAssert, *ssa.ChangeInterface, *ssa.SliceToArrayPointer:
		s.writeSeen(operand0(v), path, t, seen)
		return
	case *ssa.UnOp:
		if v.Op == token.MUL || v.Op == token.ARROW {
			s.writeSeen(v.X, path, t, seen)
			return
		}
	case *ssa.Extract:
		switch tup := v.Tuple.(type) {
		case *ssa.TypeAssert, *ssa.Lookup, *ssa.UnOp:
			if v.Index == 0 {
				s.writeSeen(operand0(tup), path, t, seen)
			}
			return
		case *ssa.Call:
			// Results of a call live in the call's tree, one field per result; a result that
			// aliases an argument (a compressor over a writer) writes through to it.
			if alias := s.aliasArg(&tup.Call); alias != nil && v.Index == 0 {
				s.writeSeen(alias, path, t, seen)
			}
			s.writeSeen(tup, prepend(v.Index), t, seen)
			return
		}
	case *ssa.Phi:
		for _, e := range v.Edges {
			s.writeSeen(e, path, t, seen)
		}
	case *ssa.Call:
		if alias := s.aliasArg(&v.Call); alias != nil {
			s.writeSeen(alias, path, t, seen)
		}
	case *ssa.Parameter:
		s.recordWrite(slices.Index(s.fn.Params, v), path, t)
	case *ssa.FreeVar:
		s.recordWrite(len(s.fn.Params)+slices.Index(s.fn.FreeVars, v), path, t)
	}
	s.joinRoot(v, path, t)
}

func (s *fstate) recordWrite(param int, path []int, t *tree) {
	w := s.sum.writes[param]
	if w == nil {
		w = new(tree)
		s.sum.writes[param] = w
	}
	if w.join(path, t) {
		s.changed = true
	}
}

// transfer applies one instruction.
func (s *fstate) transfer(instr ssa.Instruction) {
	switch in := instr.(type) {
	case *ssa.Store:
		s.write(in.Addr, nil, s.value(in.Val))
	case *ssa.MapUpdate:
		s.write(in.Map, nil, s.value(in.Value))
		s.write(in.Map, nil, &tree{atoms: s.value(in.Key).flatten()})
	case *ssa.Send:
		s.write(in.Chan, nil, s.value(in.X))
	case *ssa.Return:
		for j, r := range in.Results {
			if s.sum.returns.join([]int{j}, s.value(r)) {
				s.changed = true
			}
		}
	case *ssa.Phi:
		for _, e := range in.Edges {
			s.joinRoot(in, nil, s.value(e))
		}
	case *ssa.BinOp:
		switch in.Op {
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
			// A comparison does not carry the data.
		default:
			s.joinAtoms(in, s.value(in.X).flatten().union(s.value(in.Y).flatten()))
		}
	case *ssa.UnOp:
		if in.Op != token.MUL && in.Op != token.ARROW {
			s.joinAtoms(in, s.value(in.X).flatten())
		}
	case *ssa.Call:
		s.call(in, &in.Call)
	case *ssa.Go:
		s.call(nil, &in.Call)
	case *ssa.Defer:
		s.call(nil, &in.Call)
	case *ssa.MakeClosure:
		s.closure(in)
	}
}

// aliasArg returns the argument a call's result aliases, per the library models
// (bufio.NewWriter(w) writes into w), or nil.
func (s *fstate) aliasArg(c *ssa.CallCommon) ssa.Value {
	callee := c.StaticCallee()
	if callee == nil {
		if b, ok := c.Value.(*ssa.Builtin); ok && b.Name() == "ssa:wrapnilchk" && len(c.Args) > 0 {
			return c.Args[0]
		}
		return nil
	}
	m, ok := models[s.a.funcName(callee)]
	if !ok || m.alias == 0 {
		return nil
	}
	args := s.callArgs(c, callee)
	if m.alias-1 < len(args) {
		return args[m.alias-1]
	}
	return nil
}

// callArgs returns the arguments of a call in the callee's parameter order: receiver first
// (the interface value for an interface method call), then parameters, then the free
// variables bound by a closure.
func (s *fstate) callArgs(c *ssa.CallCommon, callee *ssa.Function) []ssa.Value {
	if c.IsInvoke() {
		return append([]ssa.Value{c.Value}, c.Args...)
	}
	if mc, ok := c.Value.(*ssa.MakeClosure); ok {
		return append(slices.Clone(c.Args), mc.Bindings...)
	}
	return c.Args
}

// call applies a call's effects. result is nil for go and defer.
func (s *fstate) call(result ssa.Value, c *ssa.CallCommon) {
	pos := c.Pos()
	if c.IsInvoke() {
		args := s.callArgs(c, nil)
		if s.catalogued(pos, result, s.a.fullName(c.Method), c.Method, args, true) {
			return
		}
		// The implementations known here decide. (One declared where this package cannot see
		// it is checked where it is known.)
		if impls := s.targets(c); len(impls) > 0 {
			for _, impl := range impls {
				if sum := s.a.summaryOf(impl); sum != nil {
					s.applySummary(pos, result, impl, sum, args)
				} else {
					s.unknownCall(result, args)
				}
			}
			return
		}
		// No implementation known: what goes in may come out, and arguments written to the
		// receiver (io.Writer.Write) stay in it.
		var in atomSet
		for _, a := range c.Args {
			in = in.union(s.value(a).flatten())
		}
		s.write(c.Value, nil, &tree{atoms: in})
		if result != nil {
			s.joinAtoms(result, in.union(s.value(c.Value).flatten()))
		}
		return
	}
	if b, ok := c.Value.(*ssa.Builtin); ok {
		s.builtin(result, b, c.Args)
		return
	}
	callee := c.StaticCallee()
	if callee == nil {
		s.dynamicCall(pos, result, c)
		return
	}
	args := s.callArgs(c, callee)
	obj := callee.Object()
	if o := callee.Origin(); o != nil {
		obj = o.Object()
	}
	if s.catalogued(pos, result, s.a.funcName(callee), obj, args, callee.Signature.Recv() != nil) {
		return
	}
	sum := s.a.summaryOf(callee)
	if sum == nil {
		s.unknownCall(result, args)
		return
	}
	s.applySummary(pos, result, callee, sum, args)
}

// dynamicCall applies a call through a function value: the summaries of the functions stored
// where the value comes from (see funcTargets), or, when none is known, what goes in may come
// out.
func (s *fstate) dynamicCall(pos token.Pos, result ssa.Value, c *ssa.CallCommon) {
	targets := s.a.funcTargets(c.Value)
	applied := false
	for _, fn := range targets {
		if len(fn.Params) != len(c.Args) {
			continue // a method value's receiver is bound: its wrapper has the call's arity
		}
		sum := s.a.summaryOf(fn)
		if sum == nil {
			continue
		}
		// The literal's captured variables are not known here: its parameters only.
		args := make([]ssa.Value, len(fn.Params), len(fn.Params)+len(fn.FreeVars))
		copy(args, c.Args)
		s.applySummary(pos, result, fn, sum, append(args, make([]ssa.Value, len(fn.FreeVars))...))
		applied = true
	}
	if !applied {
		s.unknownCall(result, c.Args)
	}
}

// catalogued applies what the configuration and the catalogues say of the function called
// (name, obj), in order: a sanitizer (the results carry no personal information), a declared
// sink, a catalogued sink, a request or connection builder, a library model. It reports
// whether one applied.
func (s *fstate) catalogued(pos token.Pos, result ssa.Value, name string, obj types.Object, args []ssa.Value, method bool) bool {
	if s.a.isSanitizer(name, obj) {
		return true
	}
	if d, ok := s.a.declSinks[name]; ok {
		s.declaredSink(pos, d, args, method)
		return true
	}
	if sk, ok := s.a.table.Sink(name); ok {
		s.sink(pos, name, sk, args)
		return true
	}
	if b, ok := s.a.table.Builder(name); ok {
		s.builder(result, b, args)
		return true
	}
	if _, ok := s.a.table.Option(name); ok {
		return true // an SDK option carries a destination, not data
	}
	if _, ok := s.a.table.Setter(name); ok {
		return true // so does an SDK client's destination setter (see setterDests)
	}
	if m, ok := models[name]; ok {
		s.applyModel(result, m, args)
		return true
	}
	return false
}

// builder handles a call of a request or connection constructor: its first result carries
// the payload arguments.
func (s *fstate) builder(result ssa.Value, b *sinks.Builder, args []ssa.Value) {
	if result == nil {
		return
	}
	var in atomSet
	for _, i := range b.Payload {
		if i < len(args) {
			in = in.union(s.deep(args[i]))
		}
	}
	if _, isTuple := result.Type().(*types.Tuple); isTuple {
		s.joinRoot(result, []int{0}, &tree{atoms: in})
	} else {
		s.joinAtoms(result, in)
	}
}

// unknownCall handles a call with no model and no summary: its result may carry any argument.
func (s *fstate) unknownCall(result ssa.Value, args []ssa.Value) {
	if result == nil {
		return
	}
	var in atomSet
	for _, a := range args {
		in = in.union(s.value(a).flatten())
	}
	s.joinAtoms(result, in)
}

func (s *fstate) builtin(result ssa.Value, b *ssa.Builtin, args []ssa.Value) {
	switch b.Name() {
	case "len", "cap", "print", "println", "recover", "delete", "clear", "close", "panic":
		return
	case "copy":
		if len(args) == 2 {
			s.write(args[0], nil, s.value(args[1]))
		}
		return
	case "append":
		if result != nil {
			for _, a := range args {
				s.joinRoot(result, nil, s.value(a))
			}
		}
		return
	}
	s.unknownCall(result, args)
}

func (s *fstate) applyModel(result ssa.Value, m model, args []ssa.Value) {
	argsOf := func(i int) []ssa.Value {
		if i == all {
			return args
		}
		if i < len(args) {
			return args[i : i+1]
		}
		return nil
	}
	for _, w := range m.writes {
		for _, from := range argsOf(w[0]) {
			for _, to := range argsOf(w[1]) {
				t := &tree{atoms: s.deep(from)}
				s.write(to, nil, t)
				// Scanning into a variadic list of pointers writes through each of them.
				for _, op := range varargs(to) {
					s.write(op, nil, t)
				}
			}
		}
	}
	if result == nil || m.clean {
		return
	}
	var in atomSet
	for _, i := range m.ret {
		for _, a := range argsOf(i) {
			in = in.union(s.deep(a))
		}
	}
	if tup, ok := result.Type().(*types.Tuple); ok {
		for j := range tup.Len() {
			s.joinRoot(result, []int{j}, &tree{atoms: in})
		}
		return
	}
	s.joinAtoms(result, in)
}

// substitution translates a callee's atoms into the caller's taint at one call site. A nil
// argument is unknown at this point (a closure's parameters where the closure is made):
// atoms of it are dropped.
type substitution struct {
	s      *fstate
	callee *ssa.Function
	args   []ssa.Value
	vals   map[int]*tree // argument taints, computed once per call site
	atoms  map[atomID]*tree
	flat   map[atomID]atomSet // whole-value translations, for sink payloads
}

func (s *fstate) substFor(callee *ssa.Function, args []ssa.Value) *substitution {
	return &substitution{s: s, callee: callee, args: args, vals: make(map[int]*tree), atoms: make(map[atomID]*tree)}
}

func (u *substitution) arg(i int) (ssa.Value, *tree) {
	if i >= len(u.args) || u.args[i] == nil {
		return nil, nil
	}
	t, ok := u.vals[i]
	if !ok {
		t = u.s.value(u.args[i])
		u.vals[i] = t
	}
	return u.args[i], t
}

// atom returns the caller's taint for callee atom a. whole marks a value consumed whole
// (sent, encoded): then the argument's static type may carry tagged fields that the callee,
// seeing only its parameter's type, could not know about.
func (u *substitution) atom(a atomID, whole bool) *tree {
	info := u.s.a.atoms.infos[a]
	if !info.isParam() {
		return &tree{atoms: atomSet{a}}
	}
	arg, t := u.arg(info.param)
	if arg == nil {
		return nil
	}
	if info.path != "" {
		cached, ok := u.atoms[a]
		if !ok {
			cached = t.at(u.s.a.atoms, parsePath(info.path))
			u.atoms[a] = cached
		}
		return cached
	}
	if whole {
		extra := u.s.a.typeTaint(arg.Type()).minus(u.s.a.typeTaint(paramType(u.callee, info.param)))
		t = joined(t, &tree{atoms: extra})
	}
	return t
}

// set translates a set of callee atoms consumed whole. Many callee atoms usually map to the
// same caller atoms, so the result is deduplicated as it is built.
func (u *substitution) set(set atomSet) atomSet {
	if u.flat == nil {
		u.flat = make(map[atomID]atomSet)
	}
	seen := make(map[atomID]bool)
	var out []atomID
	for _, a := range set {
		flat, ok := u.flat[a]
		if !ok {
			flat = u.atom(a, true).flatten()
			u.flat[a] = flat
		}
		for _, b := range flat {
			if !seen[b] {
				seen[b] = true
				out = append(out, b)
			}
		}
	}
	return setOf(out...)
}

// resultTree translates a callee's results tree (field j is result j). In coarse mode (the
// standard library) each result is translated whole: field structure below the result would
// cost more than it tells.
func (u *substitution) resultTree(t *tree) *tree {
	if !u.s.a.atoms.coarse {
		return u.tree(t)
	}
	out := &tree{atoms: u.set(t.atoms)} // atoms at the root belong to every result
	for _, k := range t.keys() {
		out.join([]int{k}, &tree{atoms: u.set(t.fields[k].flatten())})
	}
	return out
}

// writeTree translates what a callee writes into an argument (whole, in coarse mode).
func (u *substitution) writeTree(t *tree) *tree {
	if !u.s.a.atoms.coarse {
		return u.tree(t)
	}
	return &tree{atoms: u.set(t.flatten())}
}

// tree translates a callee taint tree.
func (u *substitution) tree(t *tree) *tree {
	if t.empty() {
		return nil
	}
	out := new(tree)
	for _, a := range t.atoms {
		out.join(nil, u.atom(a, false))
	}
	for _, k := range t.keys() {
		out.join([]int{k}, u.tree(t.fields[k]))
	}
	return out
}

// dests resolves a callee destination in the caller; ok is false when it depends on an
// argument unknown here.
func (u *substitution) dests(d DestRef) ([]DestRef, bool) {
	if d.Kind != DestParam {
		return []DestRef{d}, true
	}
	if arg, _ := u.arg(d.Param); arg == nil {
		return nil, false
	}
	return u.s.calleeDest(d, u.args, "", 0), true
}

func paramType(fn *ssa.Function, i int) types.Type {
	if i < len(fn.Params) {
		return fn.Params[i].Type()
	}
	if j := i - len(fn.Params); j < len(fn.FreeVars) {
		return fn.FreeVars[j].Type()
	}
	return types.Typ[types.Invalid]
}

// applySummary applies a callee's summary at a call site.
func (s *fstate) applySummary(pos token.Pos, result ssa.Value, callee *ssa.Function, sum *fsum, args []ssa.Value) {
	u := s.substFor(callee, args)
	if result != nil && !sum.returns.empty() {
		rt := u.resultTree(sum.returns)
		if _, isTuple := result.Type().(*types.Tuple); isTuple {
			s.joinRoot(result, nil, rt)
		} else {
			s.joinRoot(result, nil, rt.child(s.a.atoms, 0))
		}
	}
	s.applyEffects(pos, u, sum)
}

// applyEffects applies a callee's writes to its arguments and brings its sink effects to the
// call site: the callee's name joins the witness path, parameter destinations are resolved in
// the caller, parameter payloads become the caller's. Data the callee already reported at a
// destination it resolved itself is not reported again here.
func (s *fstate) applyEffects(pos token.Pos, u *substitution, sum *fsum) {
	for _, i := range sortedKeys(sum.writes) {
		if arg, _ := u.arg(i); arg != nil {
			s.write(arg, nil, u.writeTree(sum.writes[i]))
		}
	}
	name := shortName(u.callee)
	done := sum.reported(s.a.atoms)
	for _, k := range sortedSinkKeys(sum.sinks) {
		e := sum.sinks[k]
		dests, ok := u.dests(k.dest)
		if sk, isSDK := s.a.table.Sink(k.sink); isSDK && len(sk.Default) > 0 {
			// An SDK call on a client unknown here (a scope handed to a callback) goes
			// to the SDK's default destination.
			if !ok {
				dests, ok = []DestRef{{Kind: DestUnknown}}, true
			}
			dests = withDefaults(dests, sk.Default)
		}
		if !ok {
			continue
		}
		payload := u.set(e.payload)
		via := name
		if e.via != "" && !strings.HasPrefix(e.via, name+"\x00") && e.via != name {
			via = name + "\x00" + e.via // (a bound method's wrapper has the method's name)
		} else if e.via != "" {
			via = e.via
		}
		for _, d := range dests {
			// What the callee reported at this sink and destination (one it resolved itself,
			// or a default it knew for a field its callers may also set) is not new here.
			p := payload
			if place := d.Destination(); place != (policy.Destination{}) {
				if prior := done[placedSink{k.sink, k.site, place}]; len(prior) > 0 {
					p = p.minus(prior)
					s.inherit(reportKey{pos, sinkKey{k.sink, k.site, d}}, prior, via)
				}
			}
			s.emit(pos, sinkKey{k.sink, k.site, d}, via, p)
		}
	}
}

// inherit records that a callee reported srcs at k's sink and destination.
func (s *fstate) inherit(k reportKey, srcs atomSet, via string) {
	if s.inherited == nil {
		s.inherited = make(map[reportKey]*report)
	}
	r := s.inherited[k]
	if r == nil {
		r = &report{via: via}
		s.inherited[k] = r
	} else if shorterPath(via, r.via) {
		r.via = via
	}
	r.srcs = r.srcs.union(srcs)
}

// sink handles a call of a catalogued network send.
// name is the function called, which a catalogue row may match in another major version.
func (s *fstate) sink(pos token.Pos, name string, sk *sinks.Sink, args []ssa.Value) {
	var payload atomSet
	for _, i := range sk.Payload {
		if i < len(args) {
			payload = payload.union(s.deep(args[i]))
		}
	}
	var dests []DestRef
	switch {
	case sk.Dest != sinks.None && sk.Dest < len(args):
		dests = s.dests(args[sk.Dest])
	case sk.Request != sinks.None && sk.Request < len(args):
		dests = s.dests(args[sk.Request])
	default:
		dests = []DestRef{{Kind: DestUnknown}}
	}
	site := s.a.site(pos)
	for _, d := range withDefaults(dests, sk.Default) {
		s.emit(pos, sinkKey{name, site, d}, "", payload)
	}
}

// declaredSink handles a call of a sink declared in the configuration: its destination is the
// declared endpoint; its payload the declared arguments, by default all but a receiver.
func (s *fstate) declaredSink(pos token.Pos, d *policy.SinkDecl, args []ssa.Value, method bool) {
	var payload atomSet
	for i, arg := range args {
		if len(d.Payload) > 0 && !slices.Contains(d.Payload, i) || len(d.Payload) == 0 && method && i == 0 {
			continue
		}
		payload = payload.union(s.deep(arg))
	}
	s.emit(pos, sinkKey{d.Function, s.a.site(pos), DestRef{Kind: DestEndpoint, URL: d.Endpoint}}, "", payload)
}

// emit records data reaching a sink at k (a sink call and a destination) through the call
// at pos and the witness path via below it. Where both the data (sources) and the destination
// are known here, it is a flow to report; what still depends on parameters goes in the
// summary, with the sources reported here so that callers do not report them again.
func (s *fstate) emit(pos token.Pos, k sinkKey, via string, payload atomSet) {
	if k.dest.Kind == DestInbound {
		return // a reply to whoever connected: the data subject, not a transfer abroad
	}
	var srcs, params atomSet
	for _, a := range payload {
		if s.a.atoms.infos[a].isParam() {
			params = append(params, a)
		} else {
			srcs = append(srcs, a)
		}
	}
	if k.dest.Kind == DestParam {
		params = payload
		srcs = nil
	}
	if len(srcs) > 0 {
		r := s.reports[reportKey{pos, k}]
		if r == nil {
			r = &report{via: via}
			s.reports[reportKey{pos, k}] = r
			s.changed = true
		} else if shorterPath(via, r.via) {
			r.via = via
		}
		if u := r.srcs.union(srcs); len(u) != len(r.srcs) {
			r.srcs = u
			s.changed = true
		}
	}
	// The standard library's own uses of sinks (tls writing to its net.Conn, net/http writing
	// requests) are not summarised: user code reaches them only through the catalogued entry
	// points, which are sinks themselves, and carrying them through every std summary would
	// cost more than all the rest of the analysis.
	if len(params) > 0 && !s.a.std {
		e := s.sum.sinks[k]
		if e == nil {
			e = &sinkEffect{via: via, pos: pos}
			s.sum.sinks[k] = e
		} else if shorterPath(via, e.via) {
			e.via, e.pos = via, pos
		}
		if u := e.payload.union(params).union(srcs); len(u) != len(e.payload) {
			e.payload = u
			s.changed = true
		}
	}
}

// closure applies the effects of a function literal where it is made: it may run there (go,
// defer) or be handed to code that runs it later, so its sinks and its writes to captured
// variables count at this point. Its parameters are unknown here.
func (s *fstate) closure(mc *ssa.MakeClosure) {
	fn, ok := mc.Fn.(*ssa.Function)
	if !ok || onlyCalled(mc) {
		return // a literal that is only called directly is applied at its calls
	}
	sum := s.a.summaryOf(fn)
	if sum == nil {
		return
	}
	args := make([]ssa.Value, len(fn.Params), len(fn.Params)+len(mc.Bindings))
	pos := mc.Pos() // a method value's selector
	if !pos.IsValid() {
		pos = fn.Pos() // a function literal's "func"
	}
	s.applyEffects(pos, s.substFor(fn, append(args, mc.Bindings...)), sum)
}

// shortName is a callee's name for paths: "pkg.Func" or "pkg.Type.Method".
func shortName(fn *ssa.Function) string {
	if o := fn.Origin(); o != nil {
		fn = o
	}
	if obj, ok := fn.Object().(*types.Func); ok && obj != nil && obj.Pkg() != nil {
		recv := ""
		if sig, ok := obj.Type().(*types.Signature); ok && sig.Recv() != nil {
			t := sig.Recv().Type()
			if p, ok := t.(*types.Pointer); ok {
				t = p.Elem()
			}
			if n, ok := types.Unalias(t).(*types.Named); ok {
				recv = n.Obj().Name() + "."
			} else if _, ok := t.Underlying().(*types.Interface); ok {
				recv = types.TypeString(t, types.RelativeTo(obj.Pkg())) + "."
			}
		}
		return obj.Pkg().Name() + "." + recv + obj.Name()
	}
	if p := fn.Parent(); p != nil {
		// A function literal: its enclosing function's name and its own suffix ("$1").
		return shortName(p) + strings.TrimPrefix(fn.Name(), p.Name())
	}
	name := fn.String()
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		name = name[i+1:]
	}
	return name
}

func sortedKeys[V any](m map[int]V) []int {
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func sortedSinkKeys[V any](m map[sinkKey]V) []sinkKey {
	keys := make([]sinkKey, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b sinkKey) int {
		if c := strings.Compare(a.sink, b.sink); c != 0 {
			return c
		}
		if c := strings.Compare(a.site, b.site); c != 0 {
			return c
		}
		return strings.Compare(a.dest.String(), b.dest.String())
	})
	return keys
}

// onlyCalled reports whether every use of a closure is as the function of a call, go or defer.
func onlyCalled(mc *ssa.MakeClosure) bool {
	for _, ref := range *mc.Referrers() {
		call, ok := ref.(ssa.CallInstruction)
		if !ok || call.Common().Value != mc || slices.Contains(call.Common().Args, ssa.Value(mc)) {
			return false
		}
	}
	return true
}

// operand0 returns the first operand of a value-defining instruction.
func operand0(v ssa.Value) ssa.Value {
	if in, ok := v.(ssa.Instruction); ok {
		if ops := in.Operands(nil); len(ops) > 0 && ops[0] != nil {
			return *ops[0]
		}
	}
	return nil
}

// mayCarryDest reports whether a value of type t can hold a URL or address: strings, and
// pointers, structs or interfaces (a *url.URL, an *http.Request, a net.Conn).
func mayCarryDest(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Pointer, *types.Struct, *types.Interface:
		return true
	}
	return false
}

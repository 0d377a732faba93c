package flow

import (
	"go/token"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// Calls through function values: a callback held in a struct field (n.send(u.Phone), where
// NewNotifier stores send: func(s string) error {…}), in a package variable, or in a slice or
// map of them (hooks appended in init and fired in a loop). The functions a call may run are
// those stored there in this package: function literals, method values and named functions,
// through append and composite literals. Their summaries apply at the call, as an interface
// call applies its implementations'. What a literal captured is unknown at the call (its own
// effects apply where it is made, see fstate.closure), so only its parameters are bound here.

// maxFuncTargets bounds the functions applied at one dynamic call (soundness: past it, the
// others are not applied; the cut is recorded as maxImplementations).
const maxFuncTargets = maxImplementations

// funcTargets returns the functions that the function value v may be, as stored in this
// package, or nil when nothing is known.
func (a *analyzer) funcTargets(v ssa.Value) []*ssa.Function {
	if fns, ok := a.funcValues[v]; ok {
		return fns
	}
	fns := a.computeFuncTargets(v)
	a.funcValues[v] = fns
	return fns
}

func (a *analyzer) computeFuncTargets(v ssa.Value) []*ssa.Function {
	var out []*ssa.Function
	seen := make(map[ssa.Value]bool)
	var visit func(v ssa.Value, depth int)
	add := func(fn *ssa.Function) {
		if fn != nil && !slices.Contains(out, fn) {
			out = append(out, fn)
		}
	}
	visit = func(v ssa.Value, depth int) {
		if v == nil || seen[v] || depth > maxDestDepth {
			return
		}
		seen[v] = true
		switch x := v.(type) {
		case *ssa.Function:
			add(x)
		case *ssa.MakeClosure:
			fn, _ := x.Fn.(*ssa.Function)
			add(fn)
		case *ssa.ChangeType:
			visit(x.X, depth+1)
		case *ssa.MakeInterface:
			visit(x.X, depth+1)
		case *ssa.TypeAssert:
			visit(x.X, depth+1)
		case *ssa.Phi:
			for _, e := range x.Edges {
				visit(e, depth+1)
			}
		case *ssa.UnOp:
			if x.Op == token.MUL {
				a.visitLoad(x.X, depth, visit)
			}
		case *ssa.Index:
			visit(x.X, depth+1)
		case *ssa.Lookup:
			visit(x.X, depth+1)
		case *ssa.Extract:
			switch t := x.Tuple.(type) {
			case *ssa.Next: // for _, h := range hooks
				if r, ok := t.Iter.(*ssa.Range); ok {
					visit(r.X, depth+1)
				}
			case *ssa.Lookup:
				visit(t.X, depth+1)
			}
		case *ssa.Slice:
			visit(x.X, depth+1)
		case *ssa.Alloc:
			// A slice or array literal: its elements as stored.
			a.visitElements(x, depth, visit)
		case *ssa.MakeMap:
			for _, ref := range *x.Referrers() {
				if u, ok := ref.(*ssa.MapUpdate); ok && u.Map == x {
					visit(u.Value, depth+1)
				}
			}
		case *ssa.Call:
			// append(hooks, f): what was there and what is added.
			if b, ok := x.Call.Value.(*ssa.Builtin); ok && b.Name() == "append" {
				for _, arg := range x.Call.Args {
					visit(arg, depth+1)
				}
			}
		}
	}
	visit(v, 0)
	if len(out) > maxFuncTargets {
		if fn := v.Parent(); fn != nil {
			a.limitHit(fn.Pos(), shortName(fn), BoundImplementations)
		}
		out = out[:maxFuncTargets]
	}
	return out
}

// visitLoad follows a load from addr to what was stored there: a field's stores in this
// package, a package variable's, an element of a slice.
func (a *analyzer) visitLoad(addr ssa.Value, depth int, visit func(ssa.Value, int)) {
	switch x := addr.(type) {
	case *ssa.FieldAddr:
		if field := fieldVar(x.X.Type(), x.Field); field != nil {
			for _, st := range a.fieldStores()[field] {
				visit(st.Val, depth+1)
			}
		}
	case *ssa.Global:
		for _, st := range a.globalStores()[x] {
			visit(st.Val, depth+1)
		}
	case *ssa.IndexAddr:
		visit(x.X, depth+1)
	case *ssa.Alloc:
		for _, ref := range *x.Referrers() {
			if st, ok := ref.(*ssa.Store); ok && st.Addr == x {
				visit(st.Val, depth+1)
			}
		}
		a.visitElements(x, depth, visit)
	}
}

// visitElements visits the values stored into the elements of an array allocation (the
// backing array of a slice literal).
func (a *analyzer) visitElements(alloc *ssa.Alloc, depth int, visit func(ssa.Value, int)) {
	for _, ref := range *alloc.Referrers() {
		ia, ok := ref.(*ssa.IndexAddr)
		if !ok || ia.X != alloc {
			continue
		}
		for _, r := range *ia.Referrers() {
			if st, ok := r.(*ssa.Store); ok && st.Addr == ia {
				visit(st.Val, depth+1)
			}
		}
	}
}

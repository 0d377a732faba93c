package flow

import (
	"cmp"
	"go/build"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// Interface method calls run whichever implementation the value holds. The analysis sees one
// package and its imports, so it takes the union of the implementations declared there: a
// generated gRPC client's interface and its unexported implementation live in the same
// package, a service's repository interface and its implementation usually in the caller's
// package or one it imports. Interfaces of the standard library (io.Writer and friends) are
// left to the library models: their implementations are everywhere, and data written into
// them stays in the receiver either way.

// maxImplementations bounds the implementations applied at one interface call.
const maxImplementations = 16

type ifaceMethod struct {
	iface *types.Interface
	name  string
}

// targets returns the functions a call may run: its static callee, or for an interface method
// call the implementations known here.
func (s *fstate) targets(c *ssa.CallCommon) []*ssa.Function {
	if c.IsInvoke() {
		return s.a.implementations(c.Value.Type(), c.Method)
	}
	if f := c.StaticCallee(); f != nil {
		return []*ssa.Function{f}
	}
	return nil
}

// implementations returns the methods that implement m for values of interface type recv,
// among the non-generic named types of this package and its direct imports, outside the
// standard library.
func (a *analyzer) implementations(recv types.Type, m *types.Func) []*ssa.Function {
	iface, ok := recv.Underlying().(*types.Interface)
	// The universe's error.Error has no package: it is a standard interface too.
	if !ok || m.Pkg() == nil || a.isStdPath(m.Pkg().Path()) {
		return nil
	}
	key := ifaceMethod{iface, m.Id()}
	if fns, ok := a.impls[key]; ok {
		return fns
	}
	prog := a.ssa.Pkg.Prog
	var fns []*ssa.Function
	for _, named := range a.implementers(iface) {
		obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(named), false, m.Pkg(), m.Name())
		method, ok := obj.(*types.Func)
		if !ok {
			continue
		}
		if fn := prog.FuncValue(method); fn != nil && !slices.Contains(fns, fn) {
			if len(fns) == maxImplementations {
				a.limitHit(m.Pos(), m.FullName(), BoundImplementations)
				break
			}
			fns = append(fns, fn)
		}
	}
	a.impls[key] = fns
	return fns
}

// implementers returns the non-generic named types of this package and its direct imports
// (outside the standard library) whose pointer implements iface, in a deterministic order.
// They are computed once per interface type, identical interfaces sharing (an interface
// literal in a type assertion is a new *types.Interface at every occurrence).
func (a *analyzer) implementers(iface *types.Interface) []*types.Named {
	if v := a.implsByType.At(iface); v != nil {
		return v.([]*types.Named)
	}
	if a.candidates == nil {
		pkgs := []*types.Package{a.pass.Pkg}
		for _, p := range a.pass.Pkg.Imports() {
			if !a.isStdPath(p.Path()) {
				pkgs = append(pkgs, p)
			}
		}
		slices.SortFunc(pkgs[1:], func(x, y *types.Package) int { return cmp.Compare(x.Path(), y.Path()) })
		a.candidates = []*types.Named{}
		for _, p := range pkgs {
			scope := p.Scope()
			for _, name := range scope.Names() {
				tn, ok := scope.Lookup(name).(*types.TypeName)
				if !ok || tn.IsAlias() {
					continue
				}
				named, ok := tn.Type().(*types.Named)
				if !ok || named.TypeParams().Len() > 0 || types.IsInterface(named) {
					continue
				}
				a.candidates = append(a.candidates, named)
			}
		}
	}
	out := []*types.Named{}
	for _, named := range a.candidates {
		if types.Implements(types.NewPointer(named), iface) {
			out = append(out, named)
		}
	}
	a.implsByType.Set(iface, out)
	return out
}

// isStdPath reports whether an import path belongs to the standard library: no dot in its
// first element, and its directory under GOROOT/src.
func (a *analyzer) isStdPath(path string) bool {
	if std, ok := a.stdPaths[path]; ok {
		return std
	}
	first, _, _ := strings.Cut(path, "/")
	std := false
	if !strings.Contains(first, ".") && build.Default.GOROOT != "" {
		fi, err := os.Stat(filepath.Join(build.Default.GOROOT, "src", filepath.FromSlash(path)))
		std = err == nil && fi.IsDir()
	}
	a.stdPaths[path] = std
	return std
}

package flow

import (
	"fmt"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/xborder/xborder/analyzers/sinks"
	"github.com/xborder/xborder/policy"
)

// Destination resolution: which URL or address a value holds, from constants, concatenation,
// fmt.Sprintf with a constant format, package variables initialised with constants and never
// reassigned, environment variables, request builders, and the destinations that callees'
// summaries say they return.

// maxDests bounds the alternatives tracked for one value.
const maxDests = 8

// destPassthrough are functions whose result keeps the destination of an argument.
var destPassthrough = map[string]int{
	"(*net/http.Request).WithContext": 0,
	"(*net/http.Request).Clone":       0,
	"strings.TrimSpace":               0,
	"strings.TrimSuffix":              0,
	"strings.TrimRight":               0,
	"net/url.JoinPath":                0,
	"(*net/url.URL).JoinPath":         0,
	"(*net/url.URL).String":           0,
	"net/url.Parse":                   0,
	"net/url.ParseRequestURI":         0,
}

// dests returns the possible destinations of v, in the function's terms.
func (s *fstate) dests(v ssa.Value) []DestRef {
	return s.destsDepth(v, 0)
}

func (s *fstate) destsDepth(v ssa.Value, depth int) []DestRef {
	if depth > 16 {
		return []DestRef{{Kind: DestUnknown}}
	}
	if ds, ok := s.destCache[v]; ok {
		return ds // nil while in progress: a cycle adds nothing
	}
	if s.destCache == nil {
		s.destCache = make(map[ssa.Value][]DestRef)
	}
	s.destCache[v] = nil
	ds := s.computeDests(v, depth+1)
	s.destCache[v] = ds
	return ds
}

func (s *fstate) computeDests(v ssa.Value, depth int) []DestRef {
	unknown := []DestRef{{Kind: DestUnknown}}
	switch v := v.(type) {
	case *ssa.Const:
		if v.Value == nil {
			return unknown
		}
		switch v.Value.Kind() {
		case constant.String:
			return []DestRef{{Kind: DestURL, URL: constant.StringVal(v.Value)}}
		case constant.Int:
			return []DestRef{{Kind: DestURL, URL: v.Value.ExactString()}}
		}
	case *ssa.Parameter:
		return []DestRef{{Kind: DestParam, Param: slices.Index(s.fn.Params, v)}}
	case *ssa.FreeVar:
		return []DestRef{{Kind: DestParam, Param: len(s.fn.Params) + slices.Index(s.fn.FreeVars, v)}}
	case *ssa.BinOp:
		if v.Op == token.ADD {
			return concatDests(s.destsDepth(v.X, depth), s.destsDepth(v.Y, depth))
		}
	case *ssa.Phi:
		var out []DestRef
		for _, e := range v.Edges {
			if e == v {
				continue
			}
			out = appendDests(out, s.destsDepth(e, depth)...)
		}
		return out
	case *ssa.ChangeType:
		return s.destsDepth(v.X, depth)
	case *ssa.Convert:
		return s.destsDepth(v.X, depth)
	case *ssa.MakeInterface:
		return s.destsDepth(v.X, depth)
	case *ssa.UnOp:
		if v.Op == token.MUL {
			return s.loadDests(v.X, depth)
		}
	case *ssa.Extract:
		if call, ok := v.Tuple.(*ssa.Call); ok {
			return s.callDests(&call.Call, v.Index, depth)
		}
	case *ssa.Alloc:
		return s.urlLiteralDests(v, depth)
	case *ssa.Call:
		return s.callDests(&v.Call, 0, depth)
	}
	return unknown
}

// urlLiteralDests resolves a net/url.URL built as a composite literal (or field by field) in
// the function: its destination is its Host.
func (s *fstate) urlLiteralDests(alloc *ssa.Alloc, depth int) []DestRef {
	unknown := []DestRef{{Kind: DestUnknown}}
	n, ok := types.Unalias(alloc.Type().(*types.Pointer).Elem()).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "net/url" || n.Obj().Name() != "URL" {
		return unknown
	}
	var out []DestRef
	for _, ref := range *alloc.Referrers() {
		// target := url.URL{…} copies the literal's own allocation into the variable.
		if st, ok := ref.(*ssa.Store); ok && st.Addr == alloc {
			if load, ok := st.Val.(*ssa.UnOp); ok && load.Op == token.MUL {
				if src, ok := load.X.(*ssa.Alloc); ok && src != alloc {
					out = appendDests(out, s.destsDepth(src, depth)...)
				}
			}
			continue
		}
		fa, ok := ref.(*ssa.FieldAddr)
		if !ok {
			continue
		}
		if f := fieldVar(fa.X.Type(), fa.Field); f == nil || f.Name() != "Host" {
			continue
		}
		for _, r := range *fa.Referrers() {
			if st, ok := r.(*ssa.Store); ok && st.Addr == fa {
				out = appendDests(out, concatDests([]DestRef{{Kind: DestURL, URL: "//"}}, s.destsDepth(st.Val, depth))...)
			}
		}
	}
	if out == nil {
		return unknown
	}
	return out
}

// loadDests resolves a load from addr: a package variable or a local whose every store
// is known.
func (s *fstate) loadDests(addr ssa.Value, depth int) []DestRef {
	switch addr := addr.(type) {
	case *ssa.Global:
		if stores := s.a.globalStores()[addr]; len(stores) > 0 {
			return s.a.storedDests(addr, stores, depth)
		}
	case *ssa.FieldAddr:
		field := fieldVar(addr.X.Type(), addr.Field)
		if stores := s.a.fieldStores()[field]; field != nil && len(stores) > 0 {
			return s.a.storedDests(field, stores, depth)
		}
	case *ssa.Alloc:
		var out []DestRef
		for _, ref := range *addr.Referrers() {
			if st, ok := ref.(*ssa.Store); ok && st.Addr == addr {
				out = appendDests(out, s.destsDepth(st.Val, depth)...)
			}
		}
		if out != nil {
			return out
		}
	}
	return []DestRef{{Kind: DestUnknown}}
}

// callDests resolves the destination carried by result index of a call.
func (s *fstate) callDests(c *ssa.CallCommon, index, depth int) []DestRef {
	unknown := []DestRef{{Kind: DestUnknown}}
	callee := c.StaticCallee()
	if callee == nil || c.IsInvoke() {
		return unknown
	}
	args := s.callArgs(c, callee)
	name := funcName(callee)
	arg := func(i int) []DestRef {
		if i < 0 || i >= len(args) {
			return unknown
		}
		return s.destsDepth(args[i], depth)
	}
	if b, ok := sinks.LookupBuilder(name); ok && index == 0 {
		return arg(b.Dest)
	}
	if i, ok := destPassthrough[name]; ok && index == 0 {
		return arg(i)
	}
	switch name {
	case "os.Getenv":
		if len(args) == 1 {
			if k, ok := args[0].(*ssa.Const); ok && k.Value != nil && k.Value.Kind() == constant.String {
				return []DestRef{{Kind: DestEnv, Env: constant.StringVal(k.Value)}}
			}
		}
		return unknown
	case "os.LookupEnv":
		if index == 0 && len(args) == 1 {
			if k, ok := args[0].(*ssa.Const); ok && k.Value != nil && k.Value.Kind() == constant.String {
				return []DestRef{{Kind: DestEnv, Env: constant.StringVal(k.Value)}}
			}
		}
		return unknown
	case "fmt.Sprintf":
		return s.sprintfDests(args, depth)
	case "net.JoinHostPort":
		return concatDests(concatDests(arg(0), []DestRef{{Kind: DestURL, URL: ":"}}), arg(1))
	}
	sum := s.a.summaryOf(callee)
	if sum == nil || index >= len(sum.returnDests) {
		return unknown
	}
	d := sum.returnDests[index]
	if d.Kind == DestParam {
		return arg(d.Param)
	}
	return []DestRef{d}
}

// sprintfDests renders fmt.Sprintf with a constant format, substituting resolvable operands.
func (s *fstate) sprintfDests(args []ssa.Value, depth int) []DestRef {
	unknown := []DestRef{{Kind: DestUnknown}}
	if len(args) < 1 {
		return unknown
	}
	k, ok := args[0].(*ssa.Const)
	if !ok || k.Value == nil || k.Value.Kind() != constant.String {
		return unknown
	}
	var operands []ssa.Value
	if len(args) > 1 {
		operands = varargs(args[1])
	}
	format := constant.StringVal(k.Value)
	acc := []DestRef{{Kind: DestURL, URL: ""}}
	n := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			j := strings.IndexByte(format[i:], '%')
			if j < 0 {
				j = len(format) - i
			}
			acc = concatDests(acc, []DestRef{{Kind: DestURL, URL: format[i : i+j]}})
			i += j - 1
			continue
		}
		// A verb: skip flags, width and precision up to the verb letter.
		j := i + 1
		for j < len(format) && strings.IndexByte("+-# 0123456789.[]*", format[j]) >= 0 {
			j++
		}
		if j >= len(format) {
			break
		}
		if format[j] == '%' {
			acc = concatDests(acc, []DestRef{{Kind: DestURL, URL: "%"}})
		} else if n < len(operands) && operands != nil {
			acc = concatDests(acc, s.destsDepth(operands[n], depth))
			n++
		} else {
			acc = concatDests(acc, unknown)
		}
		i = j
	}
	return acc
}

// varargs returns the operands of a variadic ...any slice built at the call site, in order,
// with interface conversions removed; nil if the slice is not a literal.
func varargs(v ssa.Value) []ssa.Value {
	sl, ok := v.(*ssa.Slice)
	if !ok {
		return nil
	}
	alloc, ok := sl.X.(*ssa.Alloc)
	if !ok {
		return nil
	}
	var ops []ssa.Value
	for _, ref := range *alloc.Referrers() {
		ia, ok := ref.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		idx, ok := ia.Index.(*ssa.Const)
		if !ok {
			return nil
		}
		i := int(idx.Int64())
		for _, r := range *ia.Referrers() {
			if st, ok := r.(*ssa.Store); ok && st.Addr == ia {
				for len(ops) <= i {
					ops = append(ops, nil)
				}
				val := st.Val
				if mi, ok := val.(*ssa.MakeInterface); ok {
					val = mi.X
				}
				ops[i] = val
			}
		}
	}
	if slices.Contains(ops, nil) {
		return nil
	}
	return ops
}

// concatDests combines the destinations of l + r. Once a prefix holds the host, what follows
// does not matter; a parameter or environment variable at the front decides the destination.
func concatDests(l, r []DestRef) []DestRef {
	var out []DestRef
	for _, a := range l {
		switch a.Kind {
		case DestURL:
			for _, b := range r {
				switch b.Kind {
				case DestURL:
					out = appendDests(out, DestRef{Kind: DestURL, URL: a.URL + b.URL})
				case DestPrefix:
					out = appendDests(out, DestRef{Kind: DestPrefix, URL: a.URL + b.URL})
				default:
					if a.URL == "" {
						out = appendDests(out, b)
					} else {
						out = appendDests(out, DestRef{Kind: DestPrefix, URL: a.URL})
					}
				}
			}
		default:
			out = appendDests(out, a)
		}
	}
	return out
}

func appendDests(list []DestRef, ds ...DestRef) []DestRef {
	for _, d := range ds {
		if !slices.Contains(list, d) {
			if len(list) >= maxDests {
				return list
			}
			list = append(list, d)
		}
	}
	return list
}

// Destination converts a resolved destination to the policy's form. A prefix yields a host
// only when the host part is complete ("https://api.example.com/…").
func (d DestRef) Destination() policy.Destination {
	switch d.Kind {
	case DestURL:
		return policy.Destination{Host: policy.HostOf(d.URL)}
	case DestPrefix:
		return policy.Destination{Host: hostOfPrefix(d.URL)}
	case DestEnv:
		return policy.Destination{Env: d.Env}
	case DestEndpoint:
		return policy.Destination{Endpoint: d.URL}
	}
	return policy.Destination{}
}

// hostOfPrefix returns the host of a URL prefix if the prefix contains all of it.
func hostOfPrefix(p string) string {
	i := strings.Index(p, "://")
	if strings.HasPrefix(p, "//") { // scheme-relative, as url.URL{Host: …} renders
		p, i = "x:"+p, 1
	}
	if i < 0 {
		// An address: "host:" + port.
		if j := strings.IndexByte(p, ':'); j > 0 && !strings.ContainsAny(p[:j], "/@( ") {
			return policy.HostOf(p[:j])
		}
		return ""
	}
	rest := p[i+3:]
	host := rest
	if j := strings.IndexAny(rest, "/?#:"); j >= 0 {
		host = rest[:j]
	} else if !strings.Contains(host, ".") || strings.HasSuffix(host, ".") || strings.HasSuffix(host, "-") {
		// "https://api." + tld: the host continues in the unknown part. A prefix that
		// already holds a full host name ("https://api.example.com" + path) is taken as the
		// host: URLs are built by appending paths to a base.
		return ""
	}
	if at := strings.LastIndexByte(host, '@'); at >= 0 {
		host = host[at+1:]
	}
	return policy.HostOf(host)
}

// funcName returns the types.Func full name of a callee (its generic origin for instances),
// or the SSA name for functions without an object.
func funcName(fn *ssa.Function) string {
	if o := fn.Origin(); o != nil {
		fn = o
	}
	if obj, ok := fn.Object().(*types.Func); ok && obj != nil {
		return obj.FullName()
	}
	return fmt.Sprint(fn)
}

// storedDests resolves the destinations stored into a package variable or struct field, each
// store in isolation in its own function (a parameter there is unknown here). Results are
// memoised per variable; a variable whose stores depend on itself resolves to what the
// other stores give.
func (a *analyzer) storedDests(key any, stores []*ssa.Store, depth int) []DestRef {
	if ds, ok := a.stored[key]; ok {
		return ds // nil while in progress
	}
	a.stored[key] = nil
	var out []DestRef
	for _, st := range stores {
		for _, d := range a.isolated(st.Parent()).destsDepth(st.Val, depth) {
			if d.Kind == DestParam {
				d = DestRef{Kind: DestUnknown}
			}
			out = appendDests(out, d)
		}
	}
	a.stored[key] = out
	return out
}

package flow

import (
	"cmp"
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

// maxDests bounds the alternatives tracked for one value (precision): past it, the value may
// also go somewhere unknown, which is reported, so a dropped destination never hides a flow.
const maxDests = 8

// maxDestDepth bounds the operations followed back from a value for its destination
// (precision: the destination becomes unknown, which is reported).
const maxDestDepth = 16

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
	if depth > maxDestDepth {
		s.limitHit(BoundDestDepth)
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
	if allUnknown(ds) {
		// A struct that embeds a connection or client is that connection (a gRPC stream
		// wrapping its grpc.ClientStream).
		if name := embeddedCarrier(v.Type()); name != "" {
			ds = s.fieldDests(v, name, depth+1)
		}
	}
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
	case *ssa.Parameter, *ssa.FreeVar:
		return []DestRef{{Kind: DestParam, Param: s.paramIndex(v)}}
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
	case *ssa.ChangeInterface:
		return s.destsDepth(v.X, depth)
	case *ssa.TypeAssert:
		if !v.CommaOk {
			return s.destsDepth(v.X, depth)
		}
	case *ssa.UnOp:
		if v.Op == token.MUL {
			return s.loadDests(v.X, depth)
		}
	case *ssa.Extract:
		if call, ok := v.Tuple.(*ssa.Call); ok {
			if ds := s.setterDests(v, depth); ds != nil {
				return ds
			}
			return s.callDests(&call.Call, v.Index, depth)
		}
	case *ssa.Alloc:
		return s.urlLiteralDests(v, depth)
	case *ssa.Call:
		if ds := s.setterDests(v, depth); ds != nil {
			return ds
		}
		return s.callDests(&v.Call, 0, depth)
	case *ssa.Field:
		if field := fieldVar(v.X.Type(), v.Field); field != nil {
			return s.serviceDests(v.X, field, s.fieldDests(v.X, field.Name(), depth), depth)
		}
	}
	return unknown
}

// serviceDests completes the destinations ds of field of client: a field of a client whose
// destination a catalogued setter changed goes there; an SDK client's services
// (cos.Client.Object, stripe's sc.V1Customers), declared in the client's own package and
// left unresolved, reach the client's destination.
func (s *fstate) serviceDests(client ssa.Value, field *types.Var, ds []DestRef, depth int) []DestRef {
	if field.Pkg() == nil || s.a.isStdPath(field.Pkg().Path()) {
		return ds
	}
	// A setter called on the client moves its services too (twilio's client.SetRegion("ie1")
	// moves client.Api).
	if sds := s.setterDests(client, depth); sds != nil {
		return sds
	}
	if !allUnknown(ds) {
		return ds
	}
	t := field.Type()
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != field.Pkg() {
		return ds
	}
	if cds := s.destsDepth(client, depth); !allUnknown(cds) {
		return cds
	}
	return ds
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
		}
	}
	for _, st := range storesTo(alloc, "Host") {
		out = appendDests(out, concatDests([]DestRef{{Kind: DestURL, URL: "//"}}, s.destsDepth(st.Val, depth))...)
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
		if name, ok := s.a.srcs.Endpoint(addr.Object()); ok {
			return []DestRef{{Kind: DestEndpoint, URL: name}}
		}
		if stores := s.a.globalStores()[addr]; len(stores) > 0 {
			return s.a.storedDests(addr, "", stores, depth)
		}
	case *ssa.FieldAddr:
		if field := fieldVar(addr.X.Type(), addr.Field); field != nil {
			return s.serviceDests(addr.X, field, s.fieldDests(addr.X, field.Name(), depth), depth)
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
	case *ssa.Call, *ssa.Extract, *ssa.Parameter, *ssa.FreeVar, *ssa.Phi:
		// A struct loaded from a pointer goes where the pointer does (a value-receiver
		// method called on a client made by New).
		return s.destsDepth(addr, depth)
	}
	return []DestRef{{Kind: DestUnknown}}
}

// setterDests resolves the destination given to client (a call's result) by the catalogued
// setter methods called on it in its function (mg.SetAPIBase(mailgun.APIBaseEU)), or nil when
// none is. Like the catalogue's options it is flow-insensitive: a setter counts for every
// send through the client, which is how clients are configured (once, after they are made).
func (s *fstate) setterDests(client ssa.Value, depth int) []DestRef {
	var out []DestRef
	for _, v := range conversionsOf(client) {
		out = appendDests(out, s.settersOn(v, depth)...)
	}
	return out
}

// conversionsOf returns v and the values that convert it in its function (an interface
// holding the client, a named type of it): the same client under other types.
func conversionsOf(v ssa.Value) []ssa.Value {
	out := []ssa.Value{v}
	for i := 0; i < len(out) && i < 16; i++ {
		refs := out[i].Referrers()
		if refs == nil {
			continue
		}
		for _, r := range *refs {
			switch r := r.(type) {
			case *ssa.MakeInterface, *ssa.ChangeType, *ssa.ChangeInterface:
				out = append(out, r.(ssa.Value))
			case *ssa.TypeAssert:
				if !r.CommaOk {
					out = append(out, r)
				}
			}
		}
	}
	return out
}

// settersOn resolves the catalogued setters called with client as their receiver.
func (s *fstate) settersOn(client ssa.Value, depth int) []DestRef {
	refs := client.Referrers()
	if refs == nil {
		return nil
	}
	var out []DestRef
	for _, r := range *refs {
		call, ok := r.(*ssa.Call)
		if !ok {
			continue
		}
		c := &call.Call
		var name string
		switch {
		case c.IsInvoke() && c.Value == client:
			name = s.a.fullName(c.Method)
		case !c.IsInvoke() && len(c.Args) > 0 && c.Args[0] == client && c.Signature().Recv() != nil:
			callee := c.StaticCallee()
			if callee == nil {
				continue
			}
			name = s.a.funcName(callee)
		default:
			continue
		}
		st, ok := s.a.table.Setter(name)
		if !ok {
			continue
		}
		var ds []DestRef
		if st.Host != "" {
			ds = []DestRef{{Kind: DestURL, URL: st.Host}}
		} else {
			ds = s.argDests(s.callArgs(c, nil), st.Dest, depth)
		}
		out = appendDests(out, placeDests(ds, st.Zones, st.Region, st.Default)...)
	}
	return out
}

// callDests resolves the destination carried by result index of a call.
func (s *fstate) callDests(c *ssa.CallCommon, index, depth int) []DestRef {
	unknown := []DestRef{{Kind: DestUnknown}}
	if c.IsInvoke() {
		var out []DestRef
		if b, ok := s.a.table.Builder(s.a.fullName(c.Method)); ok {
			if index != 0 {
				return unknown
			}
			return s.builderDests(b, s.callArgs(c, nil), depth)
		}
		for _, impl := range s.targets(c) {
			// An implementation that says nothing about the result adds nothing.
			if sum := s.a.summaryOf(impl); sum != nil && index < len(sum.returnDests) && usable(sum.returnDests[index]) {
				out = appendDests(out, s.calleeDest(sum.returnDests[index], s.callArgs(c, impl), "", depth)...)
			}
		}
		if out == nil {
			return unknown
		}
		return out
	}
	callee := c.StaticCallee()
	if callee == nil {
		return unknown
	}
	if obj, ok := callee.Object().(*types.Func); ok {
		if name, ok := s.a.srcs.Endpoint(obj); ok {
			return []DestRef{{Kind: DestEndpoint, URL: name}}
		}
	}
	args := s.callArgs(c, callee)
	name := s.a.funcName(callee)
	arg := func(i int) []DestRef { return s.argDests(args, i, depth) }
	if b, ok := s.a.table.Builder(name); ok {
		if index != 0 {
			return unknown
		}
		return s.builderDests(b, args, depth)
	}
	if o, ok := s.a.table.Option(name); ok && index == 0 {
		if o.Host != "" {
			return []DestRef{{Kind: DestURL, URL: o.Host}}
		}
		return placeDests(arg(o.Dest), nil, o.Region, nil)
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
	return s.calleeDest(sum.returnDests[index], args, "", depth)
}

// calleeDest resolves a destination in a callee's terms, followed by field path rest, at a
// call with args.
func (s *fstate) calleeDest(d DestRef, args []ssa.Value, rest string, depth int) []DestRef {
	if d.Kind != DestParam {
		if rest != "" {
			return []DestRef{{Kind: DestUnknown}} // a URL has no fields
		}
		return []DestRef{d}
	}
	if d.Param < 0 || d.Param >= len(args) || args[d.Param] == nil {
		return []DestRef{{Kind: DestUnknown}}
	}
	var ds []DestRef
	if path := joinPath(d.Path, rest); path != "" {
		ds = s.fieldDests(args[d.Param], path, depth)
	} else {
		ds = s.destsDepth(args[d.Param], depth)
	}
	if d.URL != "" {
		ds = regionHosts(ds, d.URL)
	}
	return ds
}

// builderDests resolves the destination of a connection or client a builder makes.
func (s *fstate) builderDests(b *sinks.Builder, args []ssa.Value, depth int) []DestRef {
	if b.Inbound {
		return []DestRef{{Kind: DestInbound}}
	}
	if len(b.LocalDrivers) > 0 && b.Driver < len(args) {
		if k, ok := args[b.Driver].(*ssa.Const); ok && k.Value != nil && k.Value.Kind() == constant.String &&
			slices.Contains(b.LocalDrivers, constant.StringVal(k.Value)) {
			return []DestRef{{Kind: DestLocal, URL: constant.StringVal(k.Value)}}
		}
	}
	var ds []DestRef
	// Options override. (Built-in rows name their options only together with a Field; a
	// catalogue row's options may also be constructors of destination-carrying values.)
	if b.Options != sinks.None && b.Options < len(args) && (b.Field != "" || b.Vendor != "") {
		ds = s.optionDests(args[b.Options], b.Field, depth)
	}
	switch {
	case ds != nil:
	case b.Dest == sinks.None || b.Dest >= len(args):
		ds = []DestRef{{Kind: DestUnknown}}
	case b.Field == "":
		ds = s.destsDepth(args[b.Dest], depth)
	default:
		ds = s.fieldDests(args[b.Dest], b.Field, depth)
	}
	return placeDests(ds, b.Zones, b.Host, b.Default)
}

// placeDests turns what code set as an SDK destination into hosts: a residency zone through
// zones, a region through the host format region, and what stays unresolved to the vendor's
// defaults. Each step is skipped when not given.
func placeDests(ds []DestRef, zones map[string]string, region string, defaults []sinks.Default) []DestRef {
	if zones != nil {
		ds = zoneHosts(ds, zones)
	}
	if region != "" {
		ds = regionHosts(ds, region)
	}
	return withDefaults(ds, defaults)
}

// argDests resolves the destination of argument i (unknown when the call has no such
// argument).
func (s *fstate) argDests(args []ssa.Value, i, depth int) []DestRef {
	if i < 0 || i >= len(args) {
		return []DestRef{{Kind: DestUnknown}}
	}
	return s.destsDepth(args[i], depth)
}

// zoneHosts maps destinations naming a residency zone ("EU") to the zone's host. A value that
// names no zone is left as it is (a URL set directly).
func zoneHosts(ds []DestRef, zones map[string]string) []DestRef {
	out := make([]DestRef, 0, len(ds))
	for _, d := range ds {
		if host, ok := zones[d.URL]; ok && d.Kind == DestURL {
			d.URL = host
		}
		out = appendDests(out, d)
	}
	return out
}

// withDefaults replaces the unknown (or empty: "use the default") destinations of an SDK's
// client or send by the SDK's defaults: its vendor's host or the environment variables it reads. Code that sets a
// destination the analysis cannot resolve is taken to keep the vendor's (the finding names
// the vendor host; a configured endpoint or an [[sdk]] override corrects it).
func withDefaults(ds []DestRef, defaults []sinks.Default) []DestRef {
	unset := func(d DestRef) bool { return isUnknown(d) || d.Kind == DestURL && d.URL == "" }
	if len(defaults) == 0 || !slices.ContainsFunc(ds, unset) {
		return ds
	}
	var out []DestRef
	for _, d := range ds {
		if !unset(d) {
			out = appendDests(out, d)
		}
	}
	for _, def := range defaults {
		if def.Host != "" {
			out = appendDests(out, DestRef{Kind: DestURL, URL: def.Host})
		} else {
			out = appendDests(out, DestRef{Kind: DestEnv, Env: def.Env})
		}
	}
	return out
}

// optionResults are library functions whose result holds, in field Field, the destination
// set by the functional options among arguments from Options on, or else read from the
// environment variable Env.
var optionResults = map[string]struct {
	Field   string
	Options int
	Env     string
}{
	// The region of an aws.Config: config.WithRegion, else AWS_REGION.
	"github.com/aws/aws-sdk-go-v2/config.LoadDefaultConfig": {"Region", 1, "AWS_REGION"},
}

// optionDests resolves what the functional options in variadic slice opts set field to:
// closures that store into the field of their parameter, and option constructors whose
// result carries a destination (config.WithRegion). It returns nil when no option says.
func (s *fstate) optionDests(opts ssa.Value, field string, depth int) []DestRef {
	var out []DestRef
	for _, opt := range varargs(opts) {
		fn, bindings := closureOf(opt)
		if fn == nil {
			// Only a catalogued option sets the destination: others (credentials files,
			// timeouts) may hold strings that are not one.
			if !s.isOptionCall(opt) {
				continue
			}
			for _, d := range s.destsDepth(opt, depth) {
				if !isUnknown(d) {
					out = appendDests(out, d)
				}
			}
			continue
		}
		if len(fn.Params) == 0 {
			continue
		}
		inner := s.a.isolated(fn)
		for _, st := range storesTo(fn.Params[0], field) {
			for _, d := range inner.destsDepth(st.Val, depth) {
				if d.Kind == DestParam && d.Path == "" && d.Param >= len(fn.Params) && d.Param-len(fn.Params) < len(bindings) {
					out = appendDests(out, s.destsDepth(bindings[d.Param-len(fn.Params)], depth)...)
				} else if d.Kind != DestParam {
					out = appendDests(out, d)
				} else {
					out = appendDests(out, DestRef{Kind: DestUnknown})
				}
			}
		}
	}
	return out
}

// isOptionCall reports whether v is the result of a catalogued SDK option
// (config.WithRegion, option.WithEndpoint).
func (s *fstate) isOptionCall(v ssa.Value) bool {
	for {
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
			continue
		case *ssa.ChangeType:
			v = x.X
			continue
		case *ssa.Call:
			if callee := x.Call.StaticCallee(); callee != nil {
				_, ok := s.a.table.Option(s.a.funcName(callee))
				return ok
			}
		}
		return false
	}
}

// closureOf returns the function literal (or function) v is, with the variables it binds.
func closureOf(v ssa.Value) (*ssa.Function, []ssa.Value) {
	for {
		// A literal converted to a named function type (newrelic.ConfigOption) or an
		// interface is still the literal.
		if ct, ok := v.(*ssa.ChangeType); ok {
			v = ct.X
			continue
		}
		if mi, ok := v.(*ssa.MakeInterface); ok {
			v = mi.X
			continue
		}
		break
	}
	switch v := v.(type) {
	case *ssa.MakeClosure:
		fn, _ := v.Fn.(*ssa.Function)
		return fn, v.Bindings
	case *ssa.Function:
		return v, nil
	}
	return nil, nil
}

func fieldVarOf(fa *ssa.FieldAddr) *types.Var {
	if fa == nil {
		return nil
	}
	return fieldVar(fa.X.Type(), fa.Field)
}

// regionHosts turns cloud regions into the host names of a service's regional endpoint,
// format having one %s for the region ("s3.%s.amazonaws.com"). Regions of the China
// partition ("cn-north-1") use its domain (".amazonaws.com.cn"). A destination still in a
// parameter keeps the format for the caller.
func regionHosts(ds []DestRef, format string) []DestRef {
	out := make([]DestRef, 0, len(ds))
	for _, d := range ds {
		switch d.Kind {
		case DestURL:
			if d.URL == "" || strings.ContainsAny(d.URL, "/:. ") {
				d = DestRef{Kind: DestUnknown}
				break
			}
			host := fmt.Sprintf(format, d.URL)
			if strings.HasPrefix(d.URL, "cn-") && strings.HasSuffix(host, ".amazonaws.com") {
				host += ".cn" // the AWS China partition's domain
			}
			d = DestRef{Kind: DestURL, URL: host}
		case DestParam:
			d.URL = format
		case DestPrefix:
			d = DestRef{Kind: DestUnknown}
		}
		out = appendDests(out, d)
	}
	return out
}

// maxFieldPath bounds the field paths followed for destinations ("client.cc").
const maxFieldPath = 3

// fieldDests resolves the destination held in field path (names, dot-separated) of v: a
// client's base URL, the connection a generated gRPC client wraps. It unions the stores into
// that field in this function (c.BaseURL = "…"), what the value's origin says (a composite
// literal, a constructor's summary, the caller for a parameter) and, failing those, every
// store into the field in this package.
func (s *fstate) fieldDests(v ssa.Value, path string, depth int) []DestRef {
	if depth > maxDestDepth {
		s.limitHit(BoundDestDepth)
		return []DestRef{{Kind: DestUnknown}}
	}
	if strings.Count(path, ".") >= maxFieldPath {
		return []DestRef{{Kind: DestUnknown}}
	}
	q := fieldQuery{v, path}
	if ds, ok := s.fieldCache[q]; ok {
		return ds // nil while in progress: a cycle adds nothing
	}
	if s.fieldCache == nil {
		s.fieldCache = make(map[fieldQuery][]DestRef)
	}
	s.fieldCache[q] = nil
	ds := s.computeFieldDests(v, path, depth+1)
	s.fieldCache[q] = ds
	return ds
}

type fieldQuery struct {
	v    ssa.Value
	path string
}

func (s *fstate) computeFieldDests(v ssa.Value, path string, depth int) []DestRef {
	unknown := []DestRef{{Kind: DestUnknown}}
	first, rest, _ := strings.Cut(path, ".")
	if f := fieldByName(v.Type(), first); f != nil && rest == "" {
		if name, ok := s.a.srcs.Endpoint(f); ok {
			return []DestRef{{Kind: DestEndpoint, URL: name}}
		}
		if name, ok := s.a.cfg.FieldEndpoint(qualifiedField(v.Type(), f)); ok {
			return []DestRef{{Kind: DestEndpoint, URL: name}}
		}
	}
	within := func(val ssa.Value) []DestRef {
		if rest == "" {
			return s.destsDepth(val, depth)
		}
		return s.fieldDests(val, rest, depth)
	}
	var out []DestRef
	for _, st := range storesTo(v, first) {
		out = appendDests(out, within(st.Val)...)
	}
	switch v := v.(type) {
	case *ssa.Parameter, *ssa.FreeVar:
		// The stores into the field (the last of the path) in the program: complete for an
		// unexported field they all resolve, defaults that a caller may override otherwise
		// (a Config's URL set by its constructor, a flag's default).
		if holder, f := fieldAt(v.Type(), path); f != nil {
			stored := s.packageFieldDests(holder, f.Name(), depth)
			if !f.Exported() && len(stored) > 0 && !slices.ContainsFunc(stored, isUnknown) {
				return appendDests(out, stored...)
			}
			for _, d := range stored {
				if !isUnknown(d) {
					out = appendDests(out, d)
				}
			}
		}
		return appendDests(out, DestRef{Kind: DestParam, Param: s.paramIndex(v), Path: path})
	case *ssa.MakeInterface:
		return appendDests(out, s.fieldDests(v.X, path, depth)...)
	case *ssa.ChangeType:
		return appendDests(out, s.fieldDests(v.X, path, depth)...)
	case *ssa.ChangeInterface:
		return appendDests(out, s.fieldDests(v.X, path, depth)...)
	case *ssa.TypeAssert:
		return appendDests(out, s.fieldDests(v.X, path, depth)...)
	case *ssa.Phi:
		for _, e := range v.Edges {
			if e != v {
				out = appendDests(out, s.fieldDests(e, path, depth)...)
			}
		}
		return out
	case *ssa.Alloc:
		if out != nil {
			return out
		}
	case *ssa.UnOp:
		if v.Op != token.MUL {
			break
		}
		switch x := v.X.(type) {
		case *ssa.FieldAddr:
			if f := fieldVar(x.X.Type(), x.Field); f != nil {
				return appendDests(out, s.fieldDests(x.X, f.Name()+"."+path, depth)...)
			}
		case *ssa.Global:
			// A package variable holding a client (var events = analytics.New(…)): what
			// was stored there, each store resolved in its own function.
			if stores := s.a.globalStores()[x]; len(stores) > 0 {
				return appendDests(out, s.a.storedDests(x, path, stores, depth)...)
			}
		case *ssa.Alloc:
			if isStruct(x.Type().(*types.Pointer).Elem()) {
				return appendDests(out, s.fieldDests(x, path, depth)...) // a struct variable
			}
			for _, ref := range *x.Referrers() {
				if st, ok := ref.(*ssa.Store); ok && st.Addr == x {
					out = appendDests(out, s.fieldDests(st.Val, path, depth)...)
				}
			}
			return out
		}
	case *ssa.Field:
		if f := fieldVar(v.X.Type(), v.Field); f != nil {
			return appendDests(out, s.fieldDests(v.X, f.Name()+"."+path, depth)...)
		}
	case *ssa.Call:
		if ds := s.callFieldDests(&v.Call, 0, first, rest, depth); ds != nil {
			return appendDests(out, ds...)
		}
	case *ssa.Extract:
		if call, ok := v.Tuple.(*ssa.Call); ok {
			if ds := s.callFieldDests(&call.Call, v.Index, first, rest, depth); ds != nil {
				return appendDests(out, ds...)
			}
		}
	}
	if !allUnknown(out) {
		return out
	}
	if rest == "" {
		if ds := s.packageFieldDests(v.Type(), first, depth); len(ds) > 0 {
			return appendDests(out, ds...)
		}
	}
	return appendDests(out, unknown...)
}

// callFieldDests resolves field first (then rest) of result index of a call from the callee's
// summary, or returns nil when the summary says nothing about that field.
func (s *fstate) callFieldDests(c *ssa.CallCommon, index int, first, rest string, depth int) []DestRef {
	var out []DestRef
	if callee := c.StaticCallee(); callee != nil && index == 0 && rest == "" {
		if m, ok := optionResults[s.a.funcName(callee)]; ok && m.Field == first {
			args := s.callArgs(c, callee)
			if m.Options < len(args) {
				out = s.optionDests(args[m.Options], first, depth)
			}
			if out == nil && m.Env != "" {
				out = []DestRef{{Kind: DestEnv, Env: m.Env}}
			}
			return out
		}
	}
	for _, callee := range s.targets(c) {
		sum := s.a.summaryOf(callee)
		if sum == nil {
			continue
		}
		args := s.callArgs(c, callee)
		if d, ok := sum.fieldDests[fieldKey{index, joinPath(first, rest)}]; ok && rest != "" {
			out = appendDests(out, s.calleeDest(d, args, "", depth)...)
		} else if d, ok := sum.fieldDests[fieldKey{index, first}]; ok {
			out = appendDests(out, s.calleeDest(d, args, rest, depth)...)
		}
	}
	return out
}

// packageFieldDests resolves the stores into field name of a struct type (or pointer to one)
// anywhere in this package.
func (s *fstate) packageFieldDests(t types.Type, name string, depth int) []DestRef {
	field := fieldByName(t, name)
	if field == nil {
		return nil
	}
	if field.Pkg() != nil && field.Pkg() != s.a.pass.Pkg {
		// A field of another package: what its stores there resolve to (its constructor's
		// default, a flag's), from the fact that package exports.
		var fact FieldStores
		if s.a.pass.ImportObjectFact(field, &fact) {
			return fact.Dests
		}
		return nil
	}
	stores := s.a.fieldStores()[field]
	if len(stores) == 0 {
		return nil
	}
	return s.a.storedDests(field, "", stores, depth)
}

// FieldStores is the fact exported for a string field whose stores in its package (struct
// literals, assignments, flag defaults) resolve to destinations: importers that read the
// field see them, as the package itself does. An unresolvable store is an unknown
// destination among them.
type FieldStores struct {
	Dests []DestRef
}

func (*FieldStores) AFact() {}

func (f *FieldStores) String() string {
	parts := make([]string, len(f.Dests))
	for i, d := range f.Dests {
		parts[i] = d.String()
	}
	return "stores " + strings.Join(parts, ", ")
}

// exportFieldStores exports FieldStores for this package's string fields.
func (a *analyzer) exportFieldStores() {
	stores := a.fieldStores()
	fields := make([]*types.Var, 0, len(stores))
	for f := range stores {
		if f.Pkg() == a.pass.Pkg && isString(f.Type()) {
			fields = append(fields, f)
		}
	}
	slices.SortFunc(fields, func(x, y *types.Var) int { return cmp.Compare(x.Pos(), y.Pos()) })
	for _, f := range fields {
		ds := a.storedDests(f, "", stores[f], 0)
		if slices.ContainsFunc(ds, usable) {
			a.pass.ExportObjectFact(f, &FieldStores{Dests: ds})
		}
	}
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// resultFieldDests computes the destinations held in the fields of the function's results,
// for its summary: the fields stored into a struct it allocates, and those its callees' summaries
// describe for a result it returns.
func (s *fstate) resultFieldDests() map[fieldKey]DestRef {
	var out map[fieldKey]DestRef
	for _, b := range s.fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		for j, r := range ret.Results {
			for _, name := range s.knownFields(r, 0) {
				ds := s.fieldDests(r, name, 0)
				d := DestRef{Kind: DestUnknown}
				if len(ds) == 1 && usable(ds[0]) {
					d = ds[0]
				}
				if out == nil {
					out = make(map[fieldKey]DestRef)
				}
				k := fieldKey{j, name}
				if old, ok := out[k]; ok && old != d {
					d = DestRef{Kind: DestUnknown}
				}
				out[k] = d
			}
		}
	}
	return out
}

// knownFields lists the field paths of v whose destinations its origin may know: the fields
// stored into a struct allocated here (and their own known fields), and those a callee's
// summary describes.
func (s *fstate) knownFields(v ssa.Value, depth int) []string {
	for {
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
			continue
		case *ssa.ChangeType:
			v = x.X
			continue
		}
		break
	}
	var names []string
	add := func(name string) {
		if !slices.Contains(names, name) && strings.Count(name, ".") < maxFieldPath {
			names = append(names, name)
		}
	}
	switch v := v.(type) {
	case *ssa.Alloc:
		for _, ref := range *v.Referrers() {
			fa, ok := ref.(*ssa.FieldAddr)
			if !ok || fa.X != v {
				continue
			}
			f := fieldVarOf(fa)
			if f == nil || !mayCarryDest(f.Type()) {
				continue
			}
			add(f.Name())
			if depth+1 >= maxFieldPath {
				continue
			}
			for _, r := range *fa.Referrers() {
				if st, ok := r.(*ssa.Store); ok && st.Addr == fa {
					for _, inner := range s.knownFields(st.Val, depth+1) {
						add(f.Name() + "." + inner)
					}
				}
			}
		}
	case *ssa.Call:
		for _, callee := range s.targets(&v.Call) {
			if sum := s.a.summaryOf(callee); sum != nil {
				for k := range sum.fieldDests {
					if k.result == 0 {
						add(k.field)
					}
				}
			}
		}
	}
	slices.Sort(names)
	return names
}

// usable reports whether a destination in a summary can help a caller.
func usable(d DestRef) bool {
	return d.Kind != DestUnknown && (d.Kind != DestPrefix || hostOfPrefix(d.URL) != "")
}

func allUnknown(ds []DestRef) bool {
	return !slices.ContainsFunc(ds, func(d DestRef) bool { return !isUnknown(d) })
}

func isUnknown(d DestRef) bool { return d.Kind == DestUnknown }

// paramIndex returns the index of a parameter or free variable in the function's terms.
func (s *fstate) paramIndex(v ssa.Value) int {
	if fv, ok := v.(*ssa.FreeVar); ok {
		return len(s.fn.Params) + slices.Index(s.fn.FreeVars, fv)
	}
	return slices.Index(s.fn.Params, v.(*ssa.Parameter))
}

func joinPath(a, b string) string {
	if a == "" || b == "" {
		return a + b
	}
	return a + "." + b
}

// embeddedCarrier returns the name of the one embedded field of a struct type (or pointer to
// one) that can hold a destination, or "".
func embeddedCarrier(t types.Type) string {
	st := structOf(t)
	if st == nil {
		return ""
	}
	name := ""
	for i := range st.NumFields() {
		f := st.Field(i)
		if f.Embedded() && mayCarryDest(f.Type()) {
			if name != "" {
				return ""
			}
			name = f.Name()
		}
	}
	return name
}

// structOf returns the struct type of t or of what t points to.
func structOf(t types.Type) *types.Struct {
	_, st := derefStruct(t)
	return st
}

func isStruct(t types.Type) bool {
	_, ok := types.Unalias(t).Underlying().(*types.Struct)
	return ok
}

// qualifiedField names field f of struct type t (or a pointer to one) as the configuration
// does: "package/path.Type.Field" ("" for a field of an unnamed struct).
func qualifiedField(t types.Type, f *types.Var) string {
	t, _ = derefStruct(t)
	n, ok := t.(*types.Named)
	if !ok || n.Origin().Obj().Pkg() == nil {
		return ""
	}
	return n.Origin().Obj().Pkg().Path() + "." + n.Origin().Obj().Name() + "." + f.Name()
}

// fieldAt returns the struct field at the end of a path of field names in a value of type t,
// with the type that holds it, or nil.
func fieldAt(t types.Type, path string) (types.Type, *types.Var) {
	var f *types.Var
	holder := t
	for name := range strings.SplitSeq(path, ".") {
		if f != nil {
			holder = f.Type()
		}
		if f = fieldByName(holder, name); f == nil {
			return nil, nil
		}
	}
	return holder, f
}

// fieldByName returns the field (generic origin) of a struct type or pointer to one.
func fieldByName(t types.Type, name string) *types.Var {
	st := structOf(t)
	if st == nil {
		return nil
	}
	for i := range st.NumFields() {
		if f := st.Field(i); f.Name() == name {
			return f.Origin()
		}
	}
	return nil
}

// storesTo returns the stores into field name of x made through x itself (x.f = v, or the
// fields of a composite literal x allocates).
func storesTo(x ssa.Value, name string) []*ssa.Store {
	var out []*ssa.Store
	for _, ref := range *referrers(x) {
		fa, ok := ref.(*ssa.FieldAddr)
		if !ok || fa.X != x {
			continue
		}
		if f := fieldVar(fa.X.Type(), fa.Field); f == nil || f.Name() != name {
			continue
		}
		for _, r := range *fa.Referrers() {
			if st, ok := r.(*ssa.Store); ok && st.Addr == fa {
				out = append(out, st)
			}
		}
	}
	return out
}

// referrers returns v's referrers, or none for values that have no list.
func referrers(v ssa.Value) *[]ssa.Instruction {
	if r := v.Referrers(); r != nil {
		return r
	}
	return new([]ssa.Instruction)
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
				// Fail closed: the alternatives past the bound are somewhere unknown.
				if !slices.ContainsFunc(list, isUnknown) {
					list[len(list)-1] = DestRef{Kind: DestUnknown}
				}
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
	case DestLocal:
		return policy.Destination{Local: "an embedded database (" + d.URL + " driver)"}
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

// funcName returns the catalogue name of a callee (see fullName), or the SSA name for
// functions without an object.
func funcName(fn *ssa.Function) string {
	if o := fn.Origin(); o != nil {
		fn = o
	}
	if obj, ok := fn.Object().(*types.Func); ok && obj != nil {
		return fullName(obj)
	}
	return fmt.Sprint(fn)
}

// funcName is funcName memoised: names are built by formatting (allocating), and the
// fixpoint asks for the same callees' names on every round.
func (a *analyzer) funcName(fn *ssa.Function) string { return memoName(a.fnNames, fn, funcName) }

// fullName is fullName memoised.
func (a *analyzer) fullName(obj *types.Func) string { return memoName(a.objNames, obj, fullName) }

func memoName[K comparable](memo map[K]string, k K, name func(K) string) string {
	n, ok := memo[k]
	if !ok {
		n = name(k)
		memo[k] = n
	}
	return n
}

// fullName returns the name catalogues, models and configuration use for a function or
// method: its types.Func full name, without the type parameters or arguments of a generic
// receiver ("(*google.golang.org/grpc.GenericClientStream).Send"), so that one row covers
// every instance.
func fullName(obj *types.Func) string {
	name := obj.Origin().FullName()
	if !strings.Contains(name, "[") {
		return name
	}
	var b strings.Builder
	depth := 0
	for _, r := range name {
		switch {
		case r == '[':
			depth++
		case r == ']':
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// storedDests resolves the destinations stored into a package variable or struct field (or,
// with a path, the destination held at that field path of what was stored), each store in
// isolation in its own function (a parameter there is unknown here). Results are memoised
// per variable and path; a variable whose stores depend on itself resolves to what the other
// stores give.
func (a *analyzer) storedDests(key any, path string, stores []valueStore, depth int) []DestRef {
	k := storedKey{key, path}
	if ds, ok := a.stored[k]; ok {
		return ds // nil while in progress
	}
	a.stored[k] = nil
	var out []DestRef
	for _, st := range stores {
		s := a.isolated(st.Fn)
		var ds []DestRef
		if path == "" {
			ds = s.destsDepth(st.Val, depth)
		} else {
			ds = s.fieldDests(st.Val, path, depth)
		}
		for _, d := range ds {
			// A parameter there is unknown here; an empty string stored (a flag's empty
			// default) is no destination but "not set".
			if d.Kind == DestParam || d.Kind == DestURL && d.URL == "" {
				d = DestRef{Kind: DestUnknown}
			}
			out = appendDests(out, d)
		}
	}
	a.stored[k] = out
	return out
}

type storedKey struct {
	variable any // *ssa.Global or *types.Var
	path     string
}

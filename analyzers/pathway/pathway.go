// Package pathway defines the xborder analyzer, the one users run: it takes the flows found
// by xborderflow, places each destination, applies China's cross-border rules (package
// policy) and reports every flow that lacks a valid declared legal pathway.
package pathway

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/xborder/xborder/analyzers/config"
	"github.com/xborder/xborder/analyzers/flow"
	"github.com/xborder/xborder/analyzers/sources"
	"github.com/xborder/xborder/annotations"
	"github.com/xborder/xborder/policy"
)

const doc = `report personal and important data sent abroad without a legal pathway

xborder follows fields tagged xborder:"personal|sensitive|important[,category...]" to network
calls, places each destination (xborder.toml [[endpoint]] entries first, then built-in cloud
region and country-code hints), and applies the 2024 CAC Regulations on Promoting and
Regulating Cross-border Data Flows as a decision table. A flow abroad is reported unless an
exemption applies or a declared [[pathway]] (security assessment, standard contract,
certification, or a declared exemption) covers its endpoint and data and is valid today.
Malformed xborder tags are reported at the tag.

The configuration is the first of: -config-text (inline TOML), -config (a file),
$XBORDER_CONFIG, or xborder.toml found by walking up from the package directory to the
module root.`

// Options configure an xborder analyzer instance.
type Options struct {
	// ConfigText is the configuration itself, as TOML (for hosts where files are awkward).
	ConfigText string
	// ConfigPath is the path of an xborder.toml.
	ConfigPath string
	// Today is the evaluation date, YYYY-MM-DD; empty means the current date.
	Today string
	// ReportUnusedIgnores reports //xborder:ignore comments that suppress nothing.
	ReportUnusedIgnores bool
	// ObserveFlows, if not nil, is given the flow analysis result of every package analysed,
	// dependencies included, concurrently (see flow.New).
	ObserveFlows func(*analysis.Pass, *flow.Result)
	// Tests reports flows whose call is in a _test.go file (test code is analysed either
	// way: a production flow is reported from production code).
	Tests bool
}

// EnvConfig names the environment variable that points at a config file (for go vet).
const EnvConfig = config.EnvConfig

// Analyzer is the xborder analyzer with options from its flags.
var Analyzer = New(Options{})

// New returns an xborder analyzer with its own options, bound to its flags, and its own
// configuration and flow analyzers. Instances share no state, so several hosts can embed
// xborder in one process.
func New(opts Options) *analysis.Analyzer {
	c := &checker{today: opts.Today, tests: opts.Tests, source: config.Options{ConfigText: opts.ConfigText, ConfigPath: opts.ConfigPath}}
	c.config = config.New(&c.source)
	c.flow = flow.New(c.config, opts.ObserveFlows)
	a := &analysis.Analyzer{
		Name:       "xborder",
		Doc:        doc,
		URL:        "https://github.com/xborder/xborder",
		Run:        c.run,
		Requires:   []*analysis.Analyzer{c.flow, c.config, sources.Analyzer, inspect.Analyzer},
		ResultType: reflect.TypeFor[*Result](),
	}
	a.Flags.StringVar(&c.source.ConfigPath, "config", opts.ConfigPath, "path of the xborder.toml to use (default: $"+EnvConfig+", else found next to the code)")
	a.Flags.StringVar(&c.source.ConfigText, "config-text", opts.ConfigText, "the configuration as inline TOML (overrides -config)")
	a.Flags.StringVar(&c.today, "today", opts.Today, "evaluate pathway validity on this date (YYYY-MM-DD; default today)")
	a.Flags.BoolVar(&c.reportUnused, "report-unused-ignores", opts.ReportUnusedIgnores, "report //xborder:ignore comments that suppress nothing")
	a.Flags.BoolVar(&c.tests, "tests", opts.Tests, "also report flows in _test.go files")
	return a
}

// Finding categories, stable for SARIF rules, baselines and suppressions.
const (
	CategoryMissing      = "missing-pathway"
	CategoryInsufficient = "insufficient-pathway"
	CategoryExpired      = "expired-pathway"
	CategoryExpiring     = "extension-window"
	CategoryUnknown      = "unknown-destination"
	CategoryAnnotation   = "malformed-annotation"
	CategoryUnusedIgnore = "unused-ignore"
)

// Evaluated is a flow with the policy's verdict on it.
type Evaluated struct {
	Flow    *flow.Flow
	Pos     token.Pos // start of the call expression
	Verdict policy.Verdict
	// Category is the finding category, or "" when the flow is not reported.
	Category string
	Message  string
	// Suppressed is the reason of the //xborder:ignore comment that silenced the finding.
	Suppressed string
	// Package is the analysed package's path; Endpoint the configured endpoint the
	// destination matched, if any (for inventories).
	Package  string
	Endpoint *policy.Endpoint
	// Group, for an unknown destination reported once for several calls, is the flow that
	// reports it (on the others) or the number of calls it stands for (on that one).
	GroupedInto *Evaluated
	Calls       int
}

// groupUnknowns reports each unresolved destination once per sink call: flows to the same
// unresolved destination (the same origin) at the same sink call, from whichever calls,
// become one finding at the shortest witness, listing all their data; the others stay in
// the result (explain lists every path) without a category of their own.
func groupUnknowns(flows []*Evaluated, evaluate func(*flow.Flow) *Evaluated) {
	type key struct{ site, sink, dest string }
	groups := make(map[key][]int)
	var order []key
	for i, e := range flows {
		if e.Category != CategoryUnknown || e.Flow.Site == "" {
			continue
		}
		k := key{e.Flow.Site, e.Flow.Sink, e.Flow.Dest.String()}
		if groups[k] == nil {
			order = append(order, k)
		}
		groups[k] = append(groups[k], i)
	}
	for _, k := range order {
		members := groups[k]
		if len(members) == 1 {
			continue
		}
		// The shortest witness reports (flows are in position order: ties go to the first).
		best := members[0]
		for _, i := range members[1:] {
			if len(flows[i].Flow.Via) < len(flows[best].Flow.Via) {
				best = i
			}
		}
		merged := *flows[best].Flow
		merged.Sources = slices.Clone(merged.Sources)
		for _, i := range members {
			for _, src := range flows[i].Flow.Sources {
				if !slices.ContainsFunc(merged.Sources, func(x *flow.Source) bool { return x.Key == src.Key }) {
					merged.Sources = append(merged.Sources, src)
				}
			}
		}
		slices.SortFunc(merged.Sources, func(x, y *flow.Source) int { return cmp.Compare(x.Key, y.Key) })
		rep := evaluate(&merged)
		rep.Calls = len(members)
		rep.Message += fmt.Sprintf(" (%d calls reach this sink with this destination; xborder explain lists them)", len(members))
		flows[best] = rep
		for _, i := range members {
			if i != best {
				flows[i].GroupedInto = rep
				flows[i].Category, flows[i].Message = "", ""
			}
		}
	}
}

// Result lists every flow of the package with its verdict (reported or not), for reports
// and inventories, and where the flow analysis hit a bound.
type Result struct {
	Flows  []*Evaluated
	Limits []flow.Limit
}

type checker struct {
	today        string
	tests        bool
	reportUnused bool
	source       config.Options
	config       *analysis.Analyzer
	flow         *analysis.Analyzer
}

func (c *checker) run(pass *analysis.Pass) (any, error) {
	srcs := pass.ResultOf[sources.Analyzer].(*sources.Result)
	flows := pass.ResultOf[c.flow].(*flow.Result)
	for _, p := range srcs.Problems {
		pass.Report(analysis.Diagnostic{Pos: p.Pos, Category: CategoryAnnotation, Message: p.Msg})
	}
	res := new(Result)
	loaded := pass.ResultOf[c.config].(*config.Result)
	if loaded.Err != nil && (len(flows.Flows) > 0 || srcs.Tagged() > 0 || len(srcs.Problems) > 0 || len(srcs.Endpoints) > 0) {
		return nil, loaded.Err // reported where xborder is in use, not in every dependency
	}
	// A bound that cut matters where regulated data may be: a package with flows, tagged
	// fields or declared sources. (Code that handles no tagged data has no flow to hide.)
	if len(flows.Flows) > 0 || srcs.Tagged() > 0 || loaded.Config != nil && len(loaded.Config.Sources) > 0 {
		res.Limits = flows.Limits
	}
	for _, u := range srcs.Endpoints {
		if _, ok := loaded.Config.Endpoint(u.Name); !ok {
			pass.Report(analysis.Diagnostic{Pos: u.Pos, Category: CategoryAnnotation,
				Message: fmt.Sprintf("xborder:endpoint names %q, which is not an [[endpoint]] of %s", u.Name, configName(loaded.Config))})
		}
	}
	ignores := readIgnores(pass)
	for _, ig := range ignores {
		if ig.reason == "" {
			pass.Report(analysis.Diagnostic{Pos: ig.pos, Category: CategoryAnnotation,
				Message: "//xborder:ignore needs a reason: //xborder:ignore <why this flow is allowed>"})
		}
	}
	if len(flows.Flows) == 0 {
		c.reportUnusedIgnores(pass, ignores)
		return res, nil
	}
	cfg := loaded.Config
	today, err := c.date()
	if err != nil {
		return nil, err
	}
	starts := callStarts(pass)
	evaluate := func(f *flow.Flow) *Evaluated {
		pf := policy.Flow{Destination: f.Dest.Destination()}
		if e, ok := cfg.Catalog().SendEntry(f.Sink); ok {
			pf.Destination.SDK = e.Name
		}
		for _, s := range f.Sources {
			pf.Fields = append(pf.Fields, policy.Field{Name: s.Name, Label: s.Label})
		}
		e := &Evaluated{Flow: f, Pos: cmp.Or(starts[f.Pos], f.Pos), Verdict: cfg.Evaluate(pf, today), Package: pass.Pkg.Path()}
		if ep, ok := cfg.Endpoint(e.Verdict.Location.Endpoint); ok {
			e.Endpoint = &ep
		}
		e.Category, e.Message = describe(e, pf, cfg)
		return e
	}
	for _, f := range flows.Flows {
		if !c.tests && inTestFile(pass, f.Pos) {
			continue
		}
		res.Flows = append(res.Flows, evaluate(f))
	}
	groupUnknowns(res.Flows, evaluate)
	for _, e := range res.Flows {
		if e.Category == "" {
			continue
		}
		if ig := ignores.at(pass.Fset, e.Pos); ig != nil {
			ig.used = true
			e.Suppressed = ig.reason
			continue
		}
		pass.Report(analysis.Diagnostic{Pos: e.Pos, Category: e.Category, Message: e.Message})
	}
	c.reportUnusedIgnores(pass, ignores)
	return res, nil
}

func (c *checker) reportUnusedIgnores(pass *analysis.Pass, ignores ignoreSet) {
	if !c.reportUnused {
		return
	}
	for _, ig := range ignores {
		if ig.reason != "" && !ig.used {
			pass.Report(analysis.Diagnostic{Pos: ig.pos, Category: CategoryUnusedIgnore,
				Message: "//xborder:ignore suppresses no finding here (on this line or the next)"})
		}
	}
}

func (c *checker) date() (time.Time, error) {
	if c.today == "" {
		return time.Now(), nil
	}
	return ParseToday(c.today)
}

// ParseToday parses the value of a -today flag (YYYY-MM-DD).
func ParseToday(today string) (time.Time, error) {
	t, err := time.Parse(time.DateOnly, today)
	if err != nil {
		return time.Time{}, fmt.Errorf("xborder: -today=%q: want YYYY-MM-DD", today)
	}
	return t, nil
}

// inTestFile reports whether pos is in a _test.go file.
func inTestFile(pass *analysis.Pass, pos token.Pos) bool {
	f := pass.Fset.File(pos)
	return f != nil && strings.HasSuffix(f.Name(), "_test.go")
}

// callStarts maps each call's '(' to the start of the call expression, so that findings point
// at the call rather than its parenthesis.
func callStarts(pass *analysis.Pass) map[token.Pos]token.Pos {
	m := make(map[token.Pos]token.Pos)
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	for n := range insp.PreorderSeq((*ast.CallExpr)(nil)) {
		call := n.(*ast.CallExpr)
		m[call.Lparen] = call.Pos()
	}
	return m
}

// describe returns the finding category and message for a verdict ("" when not reported).
func describe(e *Evaluated, pf policy.Flow, cfg *policy.Config) (category, msg string) {
	v := e.Verdict
	what := fmt.Sprintf("%s %s", dataClass(pf.Label()), fieldList(pf.Fields))
	dest := pf.Destination.String()
	where := fmt.Sprintf("%s (%s)", dest, v.Location)
	via := e.Flow.Path()
	required := fmt.Sprintf("required: %s (%s; rule %d)", v.Requirement, v.Rule.Basis, v.Rule.Row)
	notes := ""
	if len(v.Notes) > 0 {
		notes = "; " + strings.Join(v.Notes, "; ")
	}
	switch v.Status {
	case policy.StatusMissing:
		return CategoryMissing, fmt.Sprintf("%s flows to %s via %s without a declared legal pathway; %s%s", what, where, via, required, notes)
	case policy.StatusInsufficient:
		return CategoryInsufficient, fmt.Sprintf("%s flows to %s via %s under pathway %q (%s), which is not enough; %s", what, where, via, v.Pathway.ID, v.Pathway.Kind, required)
	case policy.StatusExpired:
		return CategoryExpired, fmt.Sprintf("%s flows to %s via %s under pathway %q (%s), which expired on %s; renew it (Regs Art. 9); %s", what, where, via, v.Pathway.ID, v.Pathway.Kind, v.Expires.Format(time.DateOnly), required)
	case policy.StatusExpiring:
		return CategoryExpiring, fmt.Sprintf("%s flows to %s via %s under pathway %q (%s), which expires on %s: request the extension now, its %d-working-day window opened on %s (Regs Art. 9)", what, where, via, v.Pathway.ID, v.Pathway.Kind, v.Expires.Format(time.DateOnly), policy.ExtensionWindowWorkingDays, v.WindowStart.Format(time.DateOnly))
	case policy.StatusUnknown:
		if !cfg.UnknownDestinationReported() {
			return "", ""
		}
		hint := "declare it with an [[endpoint]] (hosts and country) in xborder.toml"
		if d := e.Flow.Dest; d.Field != "" {
			hint = fmt.Sprintf("the destination is %s; declare where it goes with an [[endpoint]] with fields = [%q] and its country in xborder.toml", d.Origin, d.Field)
		} else if pf.Destination.Host == "" && pf.Destination.Env == "" && d.Origin != "" {
			hint = fmt.Sprintf("the destination is %s; where callers set it to a constant, the flow is reported there", d.Origin)
		} else if pf.Destination.Host == "" && pf.Destination.Env == "" {
			hint = "the destination is not a constant; declare the endpoint in xborder.toml or set policy.unknown_destination"
		} else if pf.Destination.Env != "" {
			hint = fmt.Sprintf("declare an [[endpoint]] with env = [%q] and its country", pf.Destination.Env)
		}
		return CategoryUnknown, fmt.Sprintf("%s flows to %s via %s; if it is outside the mainland, %s is needed: %s", what, where, via, v.Requirement, hint)
	}
	return "", ""
}

func dataClass(l annotations.Label) string {
	switch l.Strongest() {
	case annotations.Important:
		if l.IsPI() {
			return "important personal data"
		}
		return "important data"
	case annotations.Sensitive:
		return "sensitive personal data"
	}
	return "personal data"
}

func fieldList(fields []policy.Field) string {
	names := make([]string, 0, len(fields))
	for _, f := range fields {
		names = append(names, f.Name)
	}
	slices.Sort(names)
	return strings.Join(slices.Compact(names), ", ")
}

// configName names a configuration in messages: its file's base name (messages must not carry
// absolute paths: Bazel's sandbox paths differ from run to run), or "the configuration".
func configName(cfg *policy.Config) string {
	if cfg == nil || cfg.File == "" {
		return "the configuration"
	}
	return filepath.Base(cfg.File)
}

package main

import (
	"cmp"
	"flag"
	"fmt"
	"go/token"
	"io"
	"maps"
	"os"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"time"

	goanalysis "golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/xborder/xborder/analyzers/pathway"
	"github.com/xborder/xborder/policy"
	"github.com/xborder/xborder/report"
)

func usage(w io.Writer) int {
	fmt.Fprint(w, `xborder reports personal and important data sent out of mainland China
without a declared legal pathway (CAC Regulations on Cross-border Data Flows, 2024).

Usage:
  xborder [flags] [packages]              analyse packages (default ./...)
  go vet -vettool=$(which xborder) ./...   the same checks under go vet
  xborder explain [flags] [packages]      every flow with the reasoning behind its verdict
  xborder inventory [-format json|md|csv|dot|html|filing] [-o file] [-all] [flags] [packages]
                                          every cross-border flow, approved or not
  xborder baseline write [-o file] [flags] [packages]
                                          record today's findings (then run with -baseline file)
  xborder suggest [-fix] [-format text|json] [-q] [packages]
                                          untagged struct fields that look personal; -fix tags them
  xborder catalog [-format md|json] [-config file]
                                          the SDK catalogue: vendor SDKs, sends, hosts, countries
  xborder config check [file]             validate an xborder.toml
  xborder version                         print the version

Flags:
`)
	fs, _ := standaloneFlags(w)
	fs.PrintDefaults()
	fmt.Fprint(w, `
Exit status: 0 clean, 1 findings, 2 usage, configuration, load or internal error.
`)
	return exitClean
}

type standaloneOptions struct {
	opts       pathway.Options
	format     string
	load       testLoading
	stats      bool
	strict     bool
	quiet      bool
	baseline   string
	ssaFloor   bool
	cpuProfile string
	memProfile string
}

func standaloneFlags(stderr io.Writer) (*flag.FlagSet, *standaloneOptions) {
	o := new(standaloneOptions)
	fs := flag.NewFlagSet("xborder", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.opts.ConfigPath, "config", "", "path of the xborder.toml (default: $"+pathway.EnvConfig+", else found next to each package)")
	fs.StringVar(&o.opts.Today, "today", "", "evaluate pathway validity on this date, YYYY-MM-DD (default: today)")
	fs.StringVar(&o.format, "format", "text", "output format: text, json or sarif")
	fs.BoolVar(&o.opts.Tests, "tests", false, "also report flows in _test.go files (loads test files)")
	fs.Var(&o.load, "test", "load test files (default: as -tests; production flows are found without them)")
	fs.BoolVar(&o.stats, "stats", false, "print per-package analysis costs and the bounds that cut to stderr")
	fs.BoolVar(&o.strict, "strict", false, "fail on warnings too (assessments inside their extension window)")
	fs.BoolVar(&o.quiet, "q", false, "no progress line on a terminal")
	fs.StringVar(&o.baseline, "baseline", "", "report only findings not in this baseline file (see xborder baseline write)")
	fs.BoolVar(&o.opts.ReportUnusedIgnores, "report-unused-ignores", false, "report //xborder:ignore comments that suppress nothing")
	fs.BoolVar(&o.ssaFloor, "ssa-floor", false, "benchmarking: run only type checking and SSA construction (see scripts/bench.sh)")
	fs.StringVar(&o.cpuProfile, "cpuprofile", "", "write a CPU profile to this file")
	fs.StringVar(&o.memProfile, "memprofile", "", "write a heap profile to this file")
	return fs, o
}

func standalone(args []string, stdout, stderr io.Writer) int {
	fs, o := standaloneFlags(stderr)
	fs.Usage = func() { usage(stderr) }
	if err := fs.Parse(args); err != nil {
		return exitError
	}
	if o.format != "text" && o.format != "json" && o.format != "sarif" {
		fmt.Fprintf(stderr, "xborder: -format=%q: want text, json or sarif\n", o.format)
		return exitError
	}
	if !validateConfig(o, stderr) {
		return exitError
	}
	var base *report.Baseline
	if o.baseline != "" {
		b, err := report.ReadBaseline(o.baseline)
		if err != nil {
			fmt.Fprintf(stderr, "xborder: %v\n", err)
			return exitError
		}
		base = b
	}
	if o.cpuProfile != "" {
		f, err := os.Create(o.cpuProfile)
		if err != nil {
			fmt.Fprintf(stderr, "xborder: %v\n", err)
			return exitError
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintf(stderr, "xborder: %v\n", err)
			return exitError
		}
		defer func() { pprof.StopCPUProfile(); f.Close() }()
	}
	res, code := analyzeAll(patterns(fs.Args()), o, stderr)
	if o.memProfile != "" {
		if f, err := os.Create(o.memProfile); err == nil {
			_ = pprof.WriteHeapProfile(f)
			f.Close()
		}
	}
	if code != exitClean {
		return code
	}
	findings := res.findings
	if base != nil {
		var gone []report.BaselineEntry
		findings, gone = base.Filter(findings)
		if len(gone) > 0 {
			fmt.Fprintf(stderr, "xborder: %d baselined finding(s) no longer occur; rewrite the baseline to drop them:\n", len(gone))
			for _, g := range gone {
				fmt.Fprintf(stderr, "  %s %s in %s (%s)\n", g.Fingerprint, g.Category, g.Function, g.File)
			}
		}
	}
	var err error
	switch o.format {
	case "json":
		err = report.WriteJSON(stdout, findings)
	case "sarif":
		err = report.WriteSARIF(stdout, findings, res.limits, res.root, moduleVersion())
	default:
		err = report.WriteText(stdout, findings)
	}
	if err != nil {
		fmt.Fprintf(stderr, "xborder: %v\n", err)
		return exitError
	}
	if o.format == "text" {
		writeUnknownSummary(stderr, res.evaluated)
		writeLimitSummary(stderr, res.limits)
	}
	for _, f := range findings {
		if !f.Warning() || o.strict {
			return exitFindings
		}
	}
	return exitClean
}

// validateConfig loads an explicit configuration, or the one found from the working
// directory, before any code: a broken config is an error even where no flow would consult
// it. It prints the error and returns false.
func validateConfig(o *standaloneOptions, stderr io.Writer) bool {
	p := cmp.Or(o.opts.ConfigPath, os.Getenv(pathway.EnvConfig))
	if p == "" {
		if wd, err := os.Getwd(); err == nil {
			p = policy.Find(wd)
		}
	}
	if p == "" {
		return true
	}
	if _, err := policy.Load(p); err != nil {
		fmt.Fprintln(stderr, err)
		return false
	}
	return true
}

// evaluatedFlow is a flow with its verdict and resolved position, for explanations.
type evaluatedFlow struct {
	pos  token.Position
	eval *pathway.Evaluated
}

// analysis is what a run found: the findings and every flow, reported or not, in report form
// and (for explanations) as evaluated.
type analysis struct {
	root      string
	limits    []report.Limit // bounds that cut in the analysed packages
	findings  []*report.Finding
	flows     []*report.Flow
	evaluated []evaluatedFlow
}

// analyzeAll loads the packages and runs the xborder analyzer over them, returning the sorted,
// deduplicated findings and flows, or an exit code for errors (already printed).
func analyzeAll(patterns []string, o *standaloneOptions, stderr io.Writer) (*analysis, int) {
	// Nothing is downloaded at run time: the go command may not fetch modules or toolchains
	// while loading (a missing dependency is a load error, reported with its cause).
	cfg := &packages.Config{Mode: packages.LoadAllSyntax | packages.NeedModule, Tests: o.load.or(o.opts.Tests),
		Env: append(os.Environ(), "GOPROXY=off", "GOTOOLCHAIN=local")}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		fmt.Fprintf(stderr, "xborder: %v\n", err)
		return nil, exitError
	}
	if len(pkgs) == 0 {
		fmt.Fprintf(stderr, "xborder: no packages match %s\n", strings.Join(patterns, " "))
		return nil, exitError
	}
	// Code that does not type-check cannot be analysed soundly: report and stop.
	var loadErrs []string
	total := 0
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		total++
		for _, e := range p.Errors {
			loadErrs = append(loadErrs, e.Error())
		}
	})
	if len(loadErrs) > 0 {
		slices.Sort(loadErrs)
		for _, e := range slices.Compact(loadErrs) {
			fmt.Fprintln(stderr, e)
		}
		return nil, exitError
	}
	today, err := evaluationDate(o.opts.Today)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return nil, exitError
	}
	var stats *statsCollector
	opts := o.opts
	if o.stats {
		stats = new(statsCollector)
		opts.ObserveFlows = stats.observe
	}
	a := pathway.New(opts)
	if o.ssaFloor {
		stats = nil
		a = floorAnalyzer
	}
	prog := newProgress(stderr, total, o.quiet)
	prog.attach(a)
	graph, err := checker.Analyze([]*goanalysis.Analyzer{a}, pkgs, nil)
	prog.done()
	if err != nil {
		fmt.Fprintf(stderr, "xborder: %v\n", err)
		return nil, exitError
	}
	if stats != nil {
		stats.write(stderr)
	}
	wd, _ := os.Getwd()
	res := &analysis{root: wd}
	b := &report.Builder{Fset: pkgs[0].Fset, Root: wd, Today: today}
	var errs []string
	for _, act := range graph.Roots {
		if act.Err != nil {
			errs = append(errs, act.Err.Error())
			continue
		}
		type diagKey struct {
			pos      token.Pos
			category string
			message  string
		}
		byDiag := make(map[diagKey]*report.Flow)
		if r, ok := act.Result.(*pathway.Result); ok {
			for _, l := range r.Limits {
				res.limits = append(res.limits, report.Limit{Position: b.Position(l.Pos), Function: l.Func, Bound: string(l.Bound), MayHideFlows: !l.Bound.Sound()})
			}
			for _, e := range r.Flows {
				pos := act.Package.Fset.Position(e.Pos)
				pos.Filename = report.Relative(wd, pos.Filename)
				res.evaluated = append(res.evaluated, evaluatedFlow{pos, e})
				f := b.Flow(e)
				res.flows = append(res.flows, f)
				if e.Category != "" {
					byDiag[diagKey{e.Pos, e.Category, e.Message}] = f
				}
			}
		}
		for _, d := range act.Diagnostics {
			flow := byDiag[diagKey{d.Pos, d.Category, d.Message}]
			res.findings = append(res.findings, b.Finding(d.Pos, d.Category, d.Message, act.Package.PkgPath, flow))
		}
	}
	if len(errs) > 0 {
		slices.Sort(errs)
		for _, e := range slices.Compact(errs) {
			fmt.Fprintln(stderr, e)
		}
		return nil, exitError
	}
	// A package and its test variant share files: report each finding and flow once.
	report.SortFindings(res.findings)
	res.findings = slices.CompactFunc(res.findings, func(x, y *report.Finding) bool {
		return x.Position == y.Position && x.Category == y.Category && x.Message == y.Message
	})
	report.SortFlows(res.flows)
	res.flows = slices.CompactFunc(res.flows, func(x, y *report.Flow) bool {
		return x.Position == y.Position && x.Fingerprint == y.Fingerprint && x.Message == y.Message
	})
	slices.SortFunc(res.limits, func(x, y report.Limit) int {
		return cmp.Or(cmp.Compare(x.Position.File, y.Position.File), cmp.Compare(x.Position.Line, y.Position.Line), cmp.Compare(x.Bound, y.Bound))
	})
	res.limits = slices.Compact(res.limits) // a package and its test variant
	slices.SortStableFunc(res.evaluated, func(x, y evaluatedFlow) int {
		return cmp.Or(cmp.Compare(x.pos.Filename, y.pos.Filename), cmp.Compare(x.pos.Line, y.pos.Line), cmp.Compare(x.pos.Column, y.pos.Column))
	})
	res.evaluated = slices.CompactFunc(res.evaluated, func(x, y evaluatedFlow) bool {
		return x.pos == y.pos && x.eval.Flow.Path() == y.eval.Flow.Path() && x.eval.Message == y.eval.Message && x.eval.Flow.Dest == y.eval.Flow.Dest
	})
	return res, exitClean
}

// writeUnknownSummary says, after the findings, how many flows reach destinations the
// analysis could not place, and which: "xborder: 12 flows reach 3 unresolved destinations:
// $CRM_URL (5), p0.BaseURL (4), ? (3)".
func writeUnknownSummary(w io.Writer, flows []evaluatedFlow) {
	byDest := make(map[string]int)
	n := 0
	for _, f := range flows {
		if f.eval.Verdict.Status != policy.StatusUnknown || f.eval.Category == "" && f.eval.GroupedInto == nil {
			continue
		}
		n++
		d := f.eval.Flow.Dest.Destination()
		if d == (policy.Destination{}) {
			byDest["unresolved "+f.eval.Flow.Dest.String()]++ // the origin: a parameter, "?"
		} else {
			byDest[d.String()]++
		}
	}
	if n == 0 {
		return
	}
	dests := slices.Collect(maps.Keys(byDest))
	slices.SortFunc(dests, func(x, y string) int { return cmp.Or(cmp.Compare(byDest[y], byDest[x]), cmp.Compare(x, y)) })
	parts := make([]string, len(dests))
	for i, d := range dests {
		parts[i] = fmt.Sprintf("%s (%d)", d, byDest[d])
	}
	fmt.Fprintf(w, "xborder: %s reach %s: %s\n", plural(n, "flow"), plural(len(dests), "unresolved destination"), strings.Join(parts, ", "))
}

// writeLimitSummary says when analysis bounds cut in the analysed packages, so that a clean
// run is not read as a proof (explain and SARIF list them; -stats lists dependencies' too).
func writeLimitSummary(w io.Writer, limits []report.Limit) {
	hiding := 0
	for _, l := range limits {
		if l.MayHideFlows {
			hiding++
		}
	}
	if hiding > 0 {
		fmt.Fprintf(w, "xborder: %s cut in the analysed packages (%d may hide flows); xborder explain lists them\n", plural(len(limits), "analysis bound"), hiding)
	}
}

// testLoading is the -test flag: unset, test files are loaded only when their flows are
// reported (-tests).
type testLoading struct{ set, value bool }

func (t *testLoading) String() string { return strconv.FormatBool(t.value) }
func (t *testLoading) Set(s string) error {
	v, err := strconv.ParseBool(s)
	t.set, t.value = true, v
	return err
}
func (t *testLoading) IsBoolFlag() bool { return true }

func (t testLoading) or(def bool) bool {
	if t.set {
		return t.value
	}
	return def
}

// evaluationDate parses -today, defaulting to the current date.
func evaluationDate(today string) (time.Time, error) {
	if today == "" {
		now := time.Now()
		return time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC), nil
	}
	return pathway.ParseToday(today)
}

// configCommand implements "xborder config check [file]".
func configCommand(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] != "check" || len(args) > 2 {
		fmt.Fprintln(stderr, "usage: xborder config check [xborder.toml]")
		return exitError
	}
	path := ""
	if len(args) == 2 {
		path = args[1]
	} else if p := os.Getenv(pathway.EnvConfig); p != "" {
		path = p
	} else if wd, err := os.Getwd(); err == nil {
		path = policy.Find(wd)
	}
	if path == "" {
		fmt.Fprintf(stderr, "xborder: no %s found between here and the module root\n", policy.FileName)
		return exitError
	}
	cfg, err := policy.Load(path)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitError
	}
	fmt.Fprintf(stdout, "%s: ok (%s, %s)\n", path, plural(len(cfg.Endpoints), "endpoint"), plural(len(cfg.Pathways), "pathway"))
	return exitClean
}

// plural renders "1 endpoint", "3 endpoints".
func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

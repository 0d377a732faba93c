package main

import (
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/xborder/xborder/analyzers/pathway"
	"github.com/xborder/xborder/policy"
)

// finding is one reported diagnostic in driver form.
type finding struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Col      int    `json:"column"`
	Category string `json:"category"`
	Message  string `json:"message"`
	Warning  bool   `json:"warning,omitempty"`
}

func usage(w io.Writer) int {
	fmt.Fprint(w, `xborder reports personal and important data sent out of mainland China
without a declared legal pathway (CAC Regulations on Cross-border Data Flows, 2024).

Usage:
  xborder [flags] [packages]              analyse packages (default ./...)
  go vet -vettool=$(which xborder) ./...   the same checks under go vet
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
	tests      bool
	strict     bool
	cpuProfile string
	memProfile string
}

func standaloneFlags(stderr io.Writer) (*flag.FlagSet, *standaloneOptions) {
	o := new(standaloneOptions)
	fs := flag.NewFlagSet("xborder", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.opts.ConfigPath, "config", "", "path of the xborder.toml (default: $"+pathway.EnvConfig+", else found next to each package)")
	fs.StringVar(&o.opts.Today, "today", "", "evaluate pathway validity on this date, YYYY-MM-DD (default: today)")
	fs.StringVar(&o.format, "format", "text", "output format: text or json")
	fs.BoolVar(&o.tests, "test", true, "also analyse test files")
	fs.BoolVar(&o.strict, "strict", false, "fail on warnings too (assessments inside their extension window)")
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
	if o.format != "text" && o.format != "json" {
		fmt.Fprintf(stderr, "xborder: -format=%q: want text or json\n", o.format)
		return exitError
	}
	// Validate an explicit configuration before loading any code: a broken config is an
	// error even where no flow would consult it.
	if p := cmp.Or(o.opts.ConfigPath, os.Getenv(pathway.EnvConfig)); p != "" {
		if _, err := policy.Load(p); err != nil {
			fmt.Fprintln(stderr, err)
			return exitError
		}
	} else if wd, err := os.Getwd(); err == nil {
		if p := policy.Find(wd); p != "" {
			if _, err := policy.Load(p); err != nil {
				fmt.Fprintln(stderr, err)
				return exitError
			}
		}
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
	patterns := fs.Args()
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}
	findings, code := analyze(patterns, o, stderr)
	if o.memProfile != "" {
		if f, err := os.Create(o.memProfile); err == nil {
			_ = pprof.WriteHeapProfile(f)
			f.Close()
		}
	}
	if code != exitClean {
		return code
	}
	switch o.format {
	case "json":
		if findings == nil {
			findings = []finding{}
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(findings); err != nil {
			fmt.Fprintf(stderr, "xborder: %v\n", err)
			return exitError
		}
	default:
		for _, f := range findings {
			fmt.Fprintf(stdout, "%s:%d:%d: %s\n", f.File, f.Line, f.Col, f.Message)
		}
	}
	for _, f := range findings {
		if !f.Warning || o.strict {
			return exitFindings
		}
	}
	return exitClean
}

// analyze loads the packages and runs the xborder analyzer over them, returning the sorted,
// deduplicated findings, or an exit code for errors (already printed).
func analyze(patterns []string, o *standaloneOptions, stderr io.Writer) ([]finding, int) {
	findings, _, code := analyzeAll(patterns, o, stderr)
	return findings, code
}

// evaluatedFlow is a flow with its verdict and resolved position, for explanations.
type evaluatedFlow struct {
	pos  token.Position
	eval *pathway.Evaluated
}

// analyzeAll is analyze that also returns every evaluated flow, reported or not.
func analyzeAll(patterns []string, o *standaloneOptions, stderr io.Writer) ([]finding, []evaluatedFlow, int) {
	cfg := &packages.Config{Mode: packages.LoadAllSyntax | packages.NeedModule, Tests: o.tests}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		fmt.Fprintf(stderr, "xborder: %v\n", err)
		return nil, nil, exitError
	}
	if len(pkgs) == 0 {
		fmt.Fprintf(stderr, "xborder: no packages match %s\n", strings.Join(patterns, " "))
		return nil, nil, exitError
	}
	// Code that does not type-check cannot be analysed soundly: report and stop.
	var loadErrs []string
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			loadErrs = append(loadErrs, e.Error())
		}
	})
	if len(loadErrs) > 0 {
		slices.Sort(loadErrs)
		for _, e := range slices.Compact(loadErrs) {
			fmt.Fprintln(stderr, e)
		}
		return nil, nil, exitError
	}
	a := pathway.New(o.opts)
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		fmt.Fprintf(stderr, "xborder: %v\n", err)
		return nil, nil, exitError
	}
	wd, _ := os.Getwd()
	var findings []finding
	var flows []evaluatedFlow
	var errs []string
	for _, act := range graph.Roots {
		if act.Err != nil {
			errs = append(errs, act.Err.Error())
			continue
		}
		if res, ok := act.Result.(*pathway.Result); ok {
			for _, e := range res.Flows {
				pos := act.Package.Fset.Position(e.Pos)
				pos.Filename = relative(wd, pos.Filename)
				flows = append(flows, evaluatedFlow{pos, e})
			}
		}
		for _, d := range act.Diagnostics {
			pos := act.Package.Fset.Position(d.Pos)
			findings = append(findings, finding{
				File: relative(wd, pos.Filename), Line: pos.Line, Col: pos.Column,
				Category: d.Category, Message: d.Message,
				Warning: d.Category == pathway.CategoryExpiring,
			})
		}
	}
	if len(errs) > 0 {
		slices.Sort(errs)
		for _, e := range slices.Compact(errs) {
			fmt.Fprintln(stderr, e)
		}
		return nil, nil, exitError
	}
	slices.SortFunc(findings, func(x, y finding) int {
		return cmp.Or(cmp.Compare(x.File, y.File), cmp.Compare(x.Line, y.Line), cmp.Compare(x.Col, y.Col), cmp.Compare(x.Message, y.Message))
	})
	slices.SortStableFunc(flows, func(x, y evaluatedFlow) int {
		return cmp.Or(cmp.Compare(x.pos.Filename, y.pos.Filename), cmp.Compare(x.pos.Line, y.pos.Line), cmp.Compare(x.pos.Column, y.pos.Column))
	})
	flows = slices.CompactFunc(flows, func(x, y evaluatedFlow) bool {
		return x.pos == y.pos && x.eval.Flow.Path() == y.eval.Flow.Path() && x.eval.Message == y.eval.Message && x.eval.Flow.Dest == y.eval.Flow.Dest
	})
	// A package and its test variant share files: report each finding once.
	return slices.Compact(findings), flows, exitClean
}

func relative(wd, file string) string {
	if wd == "" {
		return file
	}
	if rel, err := filepath.Rel(wd, file); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return file
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

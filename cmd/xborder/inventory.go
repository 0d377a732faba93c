package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"

	"github.com/xborder/xborder/report"
)

// inventory implements "xborder inventory [-format f] [-o file] [-all] [flags] [packages]":
// every cross-border flow, approved or not.
func inventory(args []string, stdout, stderr io.Writer) int {
	fs, o := standaloneFlags(stderr)
	// -format means the inventory's format here.
	ff := fs.Lookup("format")
	ff.Usage, ff.DefValue = "inventory format: json, md, csv, dot, html or filing", "md"
	_ = ff.Value.Set("md")
	format := &o.format
	out := fs.String("o", "", "write to this file instead of standard output")
	all := fs.Bool("all", false, "include domestic flows")
	if err := fs.Parse(args); err != nil {
		return exitError
	}
	writers := map[string]func(*report.Inventory, io.Writer) error{
		"json":   (*report.Inventory).WriteJSON,
		"md":     (*report.Inventory).WriteMarkdown,
		"csv":    (*report.Inventory).WriteCSV,
		"dot":    (*report.Inventory).WriteDOT,
		"html":   (*report.Inventory).WriteHTML,
		"filing": (*report.Inventory).WriteFiling,
	}
	write, ok := writers[*format]
	if !ok {
		fmt.Fprintf(stderr, "xborder inventory: -format=%q: want json, md, csv, dot, html or filing\n", *format)
		return exitError
	}
	res, code := analyzeArgs(fs, o, stderr)
	if code != exitClean {
		return code
	}
	today, _ := evaluationDate(o.opts.Today) // validated by analyzeAll
	inv := report.NewInventory(res.flows, *all, today.Format("2006-01-02"))
	if err := emit(*out, stdout, func(w io.Writer) error { return write(inv, w) }); err != nil {
		fmt.Fprintf(stderr, "xborder inventory: %v\n", err)
		return exitError
	}
	return exitClean
}

// baselineCommand implements "xborder baseline write [-o file] [flags] [packages]".
func baselineCommand(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] != "write" {
		fmt.Fprintln(stderr, "usage: xborder baseline write [-o xborder-baseline.json] [flags] [packages]")
		return exitError
	}
	fs, o := standaloneFlags(stderr)
	out := fs.String("o", "xborder-baseline.json", "the baseline file to write")
	if err := fs.Parse(args[1:]); err != nil {
		return exitError
	}
	res, code := analyzeArgs(fs, o, stderr)
	if code != exitClean {
		return code
	}
	b := report.NewBaseline(res.findings)
	if err := b.Write(*out); err != nil {
		fmt.Fprintf(stderr, "xborder baseline: %v\n", err)
		return exitError
	}
	fmt.Fprintf(stdout, "%s: %d finding(s) recorded\n", *out, len(b.Findings))
	return exitClean
}

// analyzeArgs validates the configuration and analyses the packages the command line names
// (default ./...).
func analyzeArgs(fs *flag.FlagSet, o *standaloneOptions, stderr io.Writer) (*analysis, int) {
	if !validateConfig(o, stderr) {
		return nil, exitError
	}
	return analyzeAll(patterns(fs.Args()), o, stderr)
}

func patterns(args []string) []string {
	if len(args) == 0 {
		return []string{"./..."}
	}
	return args
}

// emit writes what write produces to path (atomically), or to stdout when path is empty.
func emit(path string, stdout io.Writer, write func(io.Writer) error) error {
	if path == "" {
		return write(stdout)
	}
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		return err
	}
	return report.WriteFile(path, buf.Bytes())
}

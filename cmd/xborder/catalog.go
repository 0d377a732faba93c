package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/xborder/xborder/analyzers/pathway"
	"github.com/xborder/xborder/policy"
)

// catalogCommand implements "xborder catalog [-format md|json] [-config file]": the SDK
// catalogue the analysis uses, built-in entries with the configuration's [[sdk]] applied.
func catalogCommand(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("xborder catalog", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "md", "output format: md or json")
	configPath := fs.String("config", "", "path of the xborder.toml whose [[sdk]] entries apply (default: $"+pathway.EnvConfig+", else found from here)")
	out := fs.String("o", "", "write to this file instead of standard output")
	if err := fs.Parse(args); err != nil {
		return exitError
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: xborder catalog [-format md|json] [-config xborder.toml] [-o file]")
		return exitError
	}
	path := *configPath
	if path == "" {
		path = os.Getenv(pathway.EnvConfig)
	}
	if path == "" {
		if wd, err := os.Getwd(); err == nil {
			path = policy.Find(wd)
		}
	}
	var cfg *policy.Config
	if path != "" {
		var err error
		if cfg, err = policy.Load(path); err != nil {
			fmt.Fprintln(stderr, err)
			return exitError
		}
	}
	c := cfg.Catalog()
	if c == nil {
		fmt.Fprintln(stderr, "xborder: the built-in SDK catalogue does not load (a broken build)")
		return exitError
	}
	var write func(io.Writer) error
	switch *format {
	case "md", "markdown":
		write = c.WriteMarkdown
	case "json":
		write = c.WriteJSON
	default:
		fmt.Fprintf(stderr, "xborder catalog: unknown format %q (want md or json)\n", *format)
		return exitError
	}
	if err := emit(*out, stdout, write); err != nil {
		fmt.Fprintf(stderr, "xborder: %v\n", err)
		return exitError
	}
	return exitClean
}

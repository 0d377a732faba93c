// Command xborder reports personal and important data that Go code sends out of mainland
// China without a declared legal pathway.
//
// Usage:
//
//	xborder [flags] [packages]             analyse packages (default ./...)
//	go vet -vettool=$(which xborder) ./...  the same checks under go vet
//	xborder explain [flags] [packages]     every flow with the reasoning behind its verdict
//	xborder inventory [-format f] [-o file] [-all] [packages]
//	                                        every cross-border flow: json, md, csv, dot, html, filing
//	xborder baseline write [-o file] [packages]
//	                                        record today's findings; -baseline file reports only new ones
//	xborder catalog [-format md|json]      the SDK catalogue: vendor SDKs, their sends and hosts
//	xborder suggest [-fix] [-format text|json] [packages]
//	                                        untagged fields that look personal; -fix tags them
//	xborder config check [xborder.toml]    validate a configuration
//	xborder version                        print the version
//
// Exit status: 0 when no flow needs attention, 1 when findings were reported, 2 for usage,
// configuration, load or internal errors.
package main

import (
	"os"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/xborder/xborder/analyzers/pathway"
)

// Exit codes.
const (
	exitClean    = 0
	exitFindings = 1
	exitError    = 2
)

func main() {
	os.Exit(run(os.Args[1:]))
}

func run(args []string) int {
	switch {
	case slices.Contains(args, "-V=full") || slices.Contains(args, "--V=full"):
		return printVetVersion(os.Stdout)
	case isVetInvocation(args):
		// go vet runs the tool once per package with a JSON .cfg file, and asks for its
		// flags with -flags. unitchecker implements that protocol and exits.
		unitchecker.Main(vetAnalyzer(pathway.Analyzer))
		return exitError // not reached
	}
	if len(args) > 0 {
		switch args[0] {
		case "version":
			return printVersion(os.Stdout)
		case "config":
			return configCommand(args[1:], os.Stdout, os.Stderr)
		case "explain":
			return explain(args[1:], os.Stdout, os.Stderr)
		case "inventory":
			return inventory(args[1:], os.Stdout, os.Stderr)
		case "baseline":
			return baselineCommand(args[1:], os.Stdout, os.Stderr)
		case "catalog":
			return catalogCommand(args[1:], os.Stdout, os.Stderr)
		case "suggest":
			return suggestCommand(args[1:], os.Stdout, os.Stderr)
		case "help":
			return usage(os.Stdout)
		}
	}
	return standalone(args, os.Stdout, os.Stderr)
}

// isVetInvocation recognises go vet's protocol: "-flags" or a trailing *.cfg argument.
func isVetInvocation(args []string) bool {
	if slices.Contains(args, "-flags") || slices.Contains(args, "--flags") {
		return true
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}

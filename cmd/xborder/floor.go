package main

import (
	"os"

	goanalysis "golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
)

// The SSA floor is what any SSA-based analyzer pays: type checking and SSA construction.
// scripts/bench.sh compares xborder with it through the same driver: the standalone checker's
// hidden -ssa-floor flag, and go vet with XBORDER_SSA_FLOOR=1 in the environment.

// envSSAFloor makes the go vet tool run the floor analyzer instead of xborder.
const envSSAFloor = "XBORDER_SSA_FLOOR"

// floorAnalyzer requires buildssa and does nothing else. It declares a fact type (and exports
// none) so that drivers run it over dependencies too, as they run xborder's flow analysis.
var floorAnalyzer = &goanalysis.Analyzer{
	Name:      "ssafloor",
	Doc:       "build SSA and do nothing (benchmark baseline)",
	Requires:  []*goanalysis.Analyzer{buildssa.Analyzer},
	Run:       func(*goanalysis.Pass) (any, error) { return nil, nil },
	FactTypes: []goanalysis.Fact{new(floorFact)},
}

type floorFact struct{}

func (*floorFact) AFact() {}

func vetAnalyzer(xborder *goanalysis.Analyzer) *goanalysis.Analyzer {
	if os.Getenv(envSSAFloor) != "" {
		return floorAnalyzer
	}
	return xborder
}

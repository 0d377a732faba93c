package main

import (
	"cmp"
	"fmt"
	"io"
	"maps"
	"slices"
	"sync"
	"time"

	goanalysis "golang.org/x/tools/go/analysis"

	"github.com/xborder/xborder/analyzers/flow"
)

// statsTop is how many packages -stats lists, costliest first, and statsLimitLines how many
// of the limits that may hide flows it lists one by one.
const (
	statsTop        = 10
	statsLimitLines = 20
)

// packageStats is one package's flow analysis cost.
type packageStats struct {
	path   string
	stats  flow.Stats
	limits []flow.Limit
}

// statsCollector gathers every package's flow analysis cost as the analysis runs.
type statsCollector struct {
	mu  sync.Mutex
	all []packageStats
}

func (c *statsCollector) observe(pass *goanalysis.Pass, r *flow.Result) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.all = append(c.all, packageStats{pass.Pkg.Path(), r.Stats, r.Limits})
}

// write prints what the flow analysis cost per package (the costliest statsTop first), the
// totals, and every bound that cut, for -stats.
func (c *statsCollector) write(w io.Writer) {
	all := c.all
	slices.SortFunc(all, func(x, y packageStats) int {
		return cmp.Or(cmp.Compare(y.stats.Duration, x.stats.Duration), cmp.Compare(x.path, y.path))
	})
	var total flow.Stats
	var limits, unsound int
	for _, p := range all {
		total.Duration += p.stats.Duration
		total.Functions += p.stats.Functions
		total.Summaries += p.stats.Summaries
		total.Size += p.stats.Size
		total.Rounds += p.stats.Rounds
		limits += len(p.limits)
		for _, l := range p.limits {
			if !l.Bound.Sound() {
				unsound++
			}
		}
	}
	fmt.Fprintf(w, "xborder: flow analysis of %d packages: %s, %d functions, %d summaries (size %d), %d extra rounds, %d bounds hit (%d may hide flows)\n",
		len(all), total.Duration.Round(time.Millisecond), total.Functions, total.Summaries, total.Size, total.Rounds, limits, unsound)
	fmt.Fprintf(w, "  %-60s %9s %7s %9s %7s %6s %6s %s\n", "package", "flow ms", "funcs", "summaries", "size", "rounds", "limits", "mode")
	for _, p := range all[:min(len(all), statsTop)] {
		mode := "precise"
		if p.stats.Coarse {
			mode = "coarse"
		}
		fmt.Fprintf(w, "  %-60s %9d %7d %9d %7d %6d %6d %s\n", p.path, p.stats.Duration.Milliseconds(), p.stats.Functions,
			p.stats.Summaries, p.stats.Size, p.stats.Rounds, len(p.limits), mode)
	}
	// Bounds that trade precision are counted; those that may hide a flow are listed.
	byBound := make(map[flow.Bound]int)
	var listed int
	for _, p := range all {
		for _, l := range p.limits {
			byBound[l.Bound]++
			if l.Bound.Sound() {
				continue
			}
			if listed++; listed <= statsLimitLines {
				fmt.Fprintf(w, "  limit: %s in %s (%s): may hide flows\n", l.Bound, l.Func, p.path)
			}
		}
	}
	if listed > statsLimitLines {
		fmt.Fprintf(w, "  … and %d more limits that may hide flows\n", listed-statsLimitLines)
	}
	for _, b := range slices.Sorted(maps.Keys(byBound)) {
		effect := "precision"
		if !b.Sound() {
			effect = "may hide flows"
		}
		fmt.Fprintf(w, "  %s hit %d times (%s)\n", b, byBound[b], effect)
	}
}

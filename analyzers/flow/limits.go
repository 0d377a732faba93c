package flow

import (
	"cmp"
	"go/token"
	"slices"
)

// The analysis is bounded so that it finishes on any code. Each bound is a named constant
// that says what it trades when it cuts:
//
//   - precision: the result over-approximates (more data or more destinations than the
//     code can produce); nothing is missed, but a finding may be spurious or unresolved.
//   - soundness: the result may miss a flow. These cuts are the ones a user must see.
//
// Every cut is recorded as a Limit in the package's Result, shown by -stats, explain and
// SARIF (a notification), so that a clean run that hit one is not mistaken for a proof.

// Bound names an analysis limit.
type Bound string

// The bounds that record when they cut.
const (
	BoundSCCRounds       Bound = "maxSCCRounds"       // soundness: recursion not at its fixpoint
	BoundIterations      Bound = "maxIterations"      // soundness: a function not at its fixpoint
	BoundValueDepth      Bound = "maxValueDepth"      // soundness: a value's taint not followed further
	BoundWriteDepth      Bound = "maxWriteDepth"      // soundness: a write not followed to every alias
	BoundImplementations Bound = "maxImplementations" // soundness: implementations beyond it not applied
	BoundDestDepth       Bound = "maxDestDepth"       // precision: the destination becomes unknown (reported)
	BoundDests           Bound = "maxDests"           // precision: further destinations become unknown (reported)
	BoundSummarySinks    Bound = "maxSummarySinks"    // precision: sink calls merged in a summary
	BoundSummaryEdges    Bound = "maxSummaryEdges"    // precision: field paths dropped from a summary
)

// Sound reports whether hitting the bound can hide a flow.
func (b Bound) Sound() bool {
	switch b {
	case BoundSCCRounds, BoundIterations, BoundValueDepth, BoundWriteDepth, BoundImplementations:
		return false
	}
	return true
}

// Limit is a bound that cut while analysing a function.
type Limit struct {
	Pos   token.Pos // the function (or interface method call)
	Func  string
	Bound Bound
}

// limitHit records that bound cut at pos in fn (named as in paths).
func (a *analyzer) limitHit(pos token.Pos, fn string, b Bound) {
	a.limits = append(a.limits, Limit{Pos: pos, Func: fn, Bound: b})
}

// sortedLimits returns the limits sorted and without repeats.
func sortedLimits(ls []Limit) []Limit {
	slices.SortFunc(ls, func(x, y Limit) int {
		return cmp.Or(cmp.Compare(x.Pos, y.Pos), cmp.Compare(x.Func, y.Func), cmp.Compare(x.Bound, y.Bound))
	})
	return slices.Compact(ls)
}

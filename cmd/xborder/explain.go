package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/xborder/xborder/policy"
)

// explain implements "xborder explain [flags] [packages]": every flow found, reported or not,
// with the reasoning behind its verdict: where the destination is and why, which rows of the
// decision table were checked and which decided, and which pathway was considered.
func explain(args []string, stdout, stderr io.Writer) int {
	fs, o := standaloneFlags(stderr)
	if err := fs.Parse(args); err != nil {
		return exitError
	}
	res, code := analyzeArgs(fs, o, stderr)
	if code != exitClean {
		return code
	}
	flows := res.evaluated
	for i, f := range flows {
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		writeExplanation(stdout, f)
	}
	if len(flows) == 0 {
		fmt.Fprintln(stdout, "no flows of tagged data to network calls")
	}
	if len(res.limits) > 0 {
		fmt.Fprintln(stdout, "\nanalysis bounds that cut (results there are approximate):")
		for _, l := range res.limits {
			fmt.Fprintf(stdout, "  %s:%d:%d: %s\n", l.Position.File, l.Position.Line, l.Position.Column, l.Message())
		}
	}
	return exitClean
}

func writeExplanation(w io.Writer, f evaluatedFlow) {
	e := f.eval
	v := e.Verdict
	var fields []string
	for _, s := range e.Flow.Sources {
		fields = append(fields, fmt.Sprintf("%s (%s)", s.Name, s.Label))
	}
	dest := e.Flow.Dest.Destination()
	fmt.Fprintf(w, "%s:%d:%d: in %s\n", f.pos.Filename, f.pos.Line, f.pos.Column, e.Flow.Func)
	fmt.Fprintf(w, "  data:        %s\n", strings.Join(fields, ", "))
	fmt.Fprintf(w, "  via:         %s\n", e.Flow.Path())
	fmt.Fprintf(w, "  destination: %s (resolved from %s)\n", dest, e.Flow.Dest)
	fmt.Fprintf(w, "  location:    %s — %s\n", v.Location, v.Location.Basis)
	fmt.Fprintf(w, "  rules:\n")
	for _, st := range v.Trace {
		mark := "no "
		if st.Matched {
			mark = "YES"
		}
		fmt.Fprintf(w, "    %s row %2d: %s\n", mark, st.Row, st.Name)
	}
	fmt.Fprintf(w, "  requirement: %s (%s)\n", v.Requirement, v.Rule.Basis)
	for _, m := range v.Listed {
		fmt.Fprintf(w, "  negative list: %s — %s / %s: %s (%s)\n", m.Field, m.Industry, m.Scenario, m.Item.Category, m.Item.List)
	}
	if v.Pathway != nil {
		fmt.Fprintf(w, "  pathway:     %s (%s)", v.Pathway.ID, v.Pathway.Kind)
		if !v.Expires.IsZero() {
			fmt.Fprintf(w, ", valid to %s", v.Expires.Format(time.DateOnly))
		}
		fmt.Fprintln(w)
	}
	for _, n := range v.Notes {
		fmt.Fprintf(w, "  note:        %s\n", n)
	}
	status := v.Status.String()
	if e.Category != "" {
		status += " — reported as " + e.Category
		if e.Calls > 1 {
			status += fmt.Sprintf(", once for the %d calls that reach this sink with this destination", e.Calls)
		}
	} else if e.GroupedInto != nil {
		status += " — reported once with the other calls that reach this sink with this destination"
	} else if v.Status == policy.StatusUnknown {
		status += " — ignored by policy"
	}
	fmt.Fprintf(w, "  status:      %s\n", status)
}

package main

import (
	"fmt"
	"io"
	"os"
	"sync"

	goanalysis "golang.org/x/tools/go/analysis"
)

// progress prints "xborder: 12/85 packages" on stderr while a long run analyses packages,
// only when stderr is a terminal and -q is not set.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	total int
	n     int
	on    bool
}

func newProgress(w io.Writer, total int, quiet bool) *progress {
	on := false
	if f, ok := w.(*os.File); ok && !quiet {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			on = true
		}
	}
	return &progress{w: w, total: total, on: on}
}

// attach counts the runs of the flow analyzer, which runs once per package (dependencies
// included, for their facts).
func (p *progress) attach(a *goanalysis.Analyzer) {
	if !p.on {
		return
	}
	for _, req := range a.Requires {
		if req.Name != "xborderflow" {
			continue
		}
		run := req.Run
		req.Run = func(pass *goanalysis.Pass) (any, error) {
			defer p.tick()
			return run(pass)
		}
	}
}

func (p *progress) tick() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.n++
	fmt.Fprintf(p.w, "\rxborder: %d/%d packages", p.n, p.total)
}

func (p *progress) done() {
	if p.on && p.n > 0 {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

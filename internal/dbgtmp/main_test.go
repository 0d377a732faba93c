package dbg

import (
	"os"
	"runtime/pprof"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/xborder/xborder/analyzers/flow"
)

func TestProfile(t *testing.T) {
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax}, os.Getenv("PKG"))
	if err != nil {
		t.Fatal(err)
	}
	f, _ := os.Create("/tmp/dbg/cpu.out")
	pprof.StartCPUProfile(f)
	done := make(chan bool)
	go func() {
		select {
		case <-time.After(40 * time.Second):
		case <-done:
		}
		pprof.StopCPUProfile()
		f.Close()
	}()
	start := time.Now()
	g, err := checker.Analyze([]*analysis.Analyzer{flow.Analyzer}, pkgs, &checker.Options{Sequential: true})
	_ = g
	t.Log(time.Since(start), err)
	close(done)
	time.Sleep(time.Second)
}

package dbg

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/xborder/xborder/analyzers/flow"
)

func TestCount(t *testing.T) {
	pkgs, _ := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax}, os.Getenv("PKG"))
	var log bytes.Buffer
	start := time.Now()
	_, err := checker.Analyze([]*analysis.Analyzer{flow.Analyzer}, pkgs, &checker.Options{SanityCheck: os.Getenv("SANITY") != "", FactLog: &log})
	t.Log(time.Since(start), err)
	lines := strings.Split(log.String(), "\n")
	n := map[string]int{}
	for _, l := range lines {
		f := strings.Fields(l)
		if len(f) > 2 {
			n[f[len(f)-2]]++
		}
	}
	t.Log(len(lines), len(n))
	os.WriteFile("/tmp/dbg/facts.log", log.Bytes(), 0644)
}

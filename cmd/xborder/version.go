package main

import (
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"time"

	"github.com/xborder/xborder/analyzers/pathway"
	"github.com/xborder/xborder/policy"
)

// moduleVersion is the version of the xborder module this binary was built from.
func moduleVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}

func printVersion(w io.Writer) int {
	fmt.Fprintf(w, "xborder %s (rules %s)\n", moduleVersion(), policy.RulesVersion)
	return exitClean
}

// printVetVersion answers go vet's "-V=full". go vet caches results under the tool's ID and
// flags, not the configuration's contents or the date, so both are folded into the build ID:
// an edited xborder.toml, or a new day (assessments expire), re-runs the analysis.
func printVetVersion(w io.Writer) int {
	h := sha256.New()
	if exe, err := os.Executable(); err == nil {
		if f, err := os.Open(exe); err == nil {
			_, _ = io.Copy(h, f)
			f.Close()
		}
	}
	cfgPath := os.Getenv(pathway.EnvConfig)
	if cfgPath == "" {
		if wd, err := os.Getwd(); err == nil {
			cfgPath = policy.Find(wd)
		}
	}
	dated := true
	if cfgPath != "" {
		if data, err := os.ReadFile(cfgPath); err == nil {
			fmt.Fprintf(h, "config %s\n", cfgPath)
			h.Write(data)
			if cfg, err := policy.Parse(cfgPath, data); err == nil {
				dated = cfg.DateSensitive(time.Now())
			}
		}
	}
	// Benchmarks defeat go vet's cache with a nonce, and the floor analyzer is another tool.
	fmt.Fprintf(h, "nonce %s floor %s\n", os.Getenv("XBORDER_VET_NONCE"), os.Getenv(envSSAFloor))
	// Findings change with the date only when a pathway can expire; otherwise keep the cache.
	if dated {
		fmt.Fprintf(h, "date %s\n", time.Now().Format(time.DateOnly))
	}
	fmt.Fprintf(w, "xborder version devel %s buildID=%02x\n", moduleVersion(), h.Sum(nil))
	return exitClean
}

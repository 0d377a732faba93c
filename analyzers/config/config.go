// Package config defines the xborderconfig analyzer, which finds and loads the xborder.toml
// that applies to a package, so that the analyzers needing it (flow: declared sources, sinks
// and sanitizers; pathway: endpoints and pathways) read one configuration.
package config

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/xborder/xborder/policy"
)

// EnvConfig names the environment variable that points at a config file (for go vet).
const EnvConfig = "XBORDER_CONFIG"

// Options say where the configuration comes from. The first that is set wins: ConfigText,
// ConfigPath, $XBORDER_CONFIG, then xborder.toml found by walking up from the package
// directory to its module root.
type Options struct {
	ConfigText string // the configuration itself, as TOML
	ConfigPath string // a file
}

// New returns a configuration analyzer reading opts when it runs (so that flags bound to opts
// take effect). Its result is a *Result; a package with no configuration in reach (a
// dependency in the module cache, say) gets the empty configuration.
func New(opts *Options) *analysis.Analyzer {
	l := &loader{opts: opts, cache: make(map[string]entry)}
	return &analysis.Analyzer{
		Name:       "xborderconfig",
		Doc:        "load the xborder.toml that applies to the package",
		Run:        l.run,
		ResultType: reflect.TypeFor[*Result](),
	}
}

type loader struct {
	opts  *Options
	mu    sync.Mutex
	cache map[string]entry // by file path; "" for inline text
}

type entry struct {
	cfg     *policy.Config
	err     error
	modTime time.Time
	size    int64
	text    string
}

// Result is the package's configuration, or the error loading it. The error is not the
// analyzer's own: go vet runs analyzers over every dependency, where a failure would stop the
// build without a message; the reporting analyzer returns it where it matters.
type Result struct {
	Config *policy.Config // the empty configuration when Err is set
	Err    error
}

func (l *loader) run(pass *analysis.Pass) (any, error) {
	cfg, err := l.find(pass)
	if err != nil {
		return &Result{Config: new(policy.Config), Err: err}, nil
	}
	return &Result{Config: cfg}, nil
}

func (l *loader) find(pass *analysis.Pass) (*policy.Config, error) {
	if l.opts.ConfigText != "" {
		return l.load("", func() (*policy.Config, error) {
			return policy.Parse("xborder.toml (inline)", []byte(l.opts.ConfigText))
		})
	}
	path := cmp.Or(l.opts.ConfigPath, os.Getenv(EnvConfig))
	if path == "" && len(pass.Files) > 0 {
		if f := pass.Fset.File(pass.Files[0].Pos()); f != nil {
			path = policy.Find(filepath.Dir(f.Name()))
		}
	}
	if path == "" {
		return new(policy.Config), nil
	}
	return l.load(path, func() (*policy.Config, error) { return policy.Load(path) })
}

// load caches configurations per file, revalidated by size and modification time (inline text
// by its content), since every package of a run asks for the same one.
func (l *loader) load(path string, load func() (*policy.Config, error)) (*policy.Config, error) {
	var st os.FileInfo
	if path != "" {
		var err error
		if st, err = os.Stat(path); err != nil {
			return nil, fmt.Errorf("xborder config: %w", err)
		}
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	e, ok := l.cache[path]
	if ok && (st == nil && e.text == l.opts.ConfigText || st != nil && e.modTime.Equal(st.ModTime()) && e.size == st.Size()) {
		return e.cfg, e.err
	}
	cfg, err := load()
	e = entry{cfg: cfg, err: err, text: l.opts.ConfigText}
	if st != nil {
		e.modTime, e.size = st.ModTime(), st.Size()
	}
	l.cache[path] = e
	return cfg, err
}

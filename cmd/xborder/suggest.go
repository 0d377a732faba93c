package main

import (
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"go/token"
	"go/types"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	goanalysis "golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/xborder/xborder/analyzers/suggest"
	"github.com/xborder/xborder/annotations"
	"github.com/xborder/xborder/report"
)

const suggestUsage = `usage: xborder suggest [-fix] [-format text|json] [-q] [packages]

Find struct fields that look like personal data but have no xborder tag, and propose the tag
(rules: docs/suggest.md). With -fix, add the tags and gofmt the files.

Exit status: 0 no suggestion left (none, or -fix applied them all); 1 suggestions remain or a
directive is malformed; 2 usage or load error.

Flags:
`

// suggestCommand implements xborder suggest in the current directory.
func suggestCommand(args []string, stdout, stderr io.Writer) int {
	return runSuggest("", args, stdout, stderr)
}

// suggestedField is one suggestion as printed: the JSON output's element.
type suggestedField struct {
	Position string `json:"position"`
	Field    string `json:"field"`
	Type     string `json:"type"`
	Label    string `json:"label"`
	Class    string `json:"class"`
	Reason   string `json:"reason"`

	message string
	fixable bool
	pos     token.Position
}

// runSuggest runs xborder suggest with dir as the working directory ("" for the process's).
func runSuggest(dir string, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("xborder suggest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fix := fs.Bool("fix", false, "add the suggested tags to the source files")
	format := fs.String("format", "text", "output format: text or json")
	quiet := fs.Bool("q", false, "no summary line")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), suggestUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitError
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "xborder suggest: unknown format %q (want text or json)\n", *format)
		return exitError
	}
	patterns := fs.Args()
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}
	root, err := filepath.Abs(dir) // the working directory when dir is ""
	if err != nil {
		fmt.Fprintf(stderr, "xborder suggest: %v\n", err)
		return exitError
	}

	// The analyzer uses no facts: syntax and types of the named packages are enough. Nothing
	// is downloaded while loading, as for xborder itself.
	cfg := &packages.Config{Mode: packages.LoadSyntax | packages.NeedModule, Dir: dir,
		Env: append(os.Environ(), "GOPROXY=off", "GOTOOLCHAIN=local")}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		fmt.Fprintf(stderr, "xborder suggest: %v\n", err)
		return exitError
	}
	if len(pkgs) == 0 {
		fmt.Fprintf(stderr, "xborder suggest: no packages match %s\n", strings.Join(patterns, " "))
		return exitError
	}
	var loadErrs []string
	for _, p := range pkgs {
		for _, e := range p.Errors {
			loadErrs = append(loadErrs, e.Error())
		}
	}
	if len(loadErrs) > 0 {
		slices.Sort(loadErrs)
		for _, e := range slices.Compact(loadErrs) {
			fmt.Fprintln(stderr, e)
		}
		return exitError
	}
	graph, err := checker.Analyze([]*goanalysis.Analyzer{suggest.Analyzer}, pkgs, nil)
	if err != nil {
		fmt.Fprintf(stderr, "xborder suggest: %v\n", err)
		return exitError
	}

	fset := pkgs[0].Fset
	var (
		fields   []suggestedField
		problems []string
		diags    []goanalysis.Diagnostic
	)
	for _, act := range graph.Roots {
		if act.Err != nil {
			fmt.Fprintf(stderr, "xborder suggest: %s: %v\n", act.Package.PkgPath, act.Err)
			return exitError
		}
		qual := types.RelativeTo(act.Package.Types)
		for _, s := range act.Result.(*suggest.Result).Suggestions {
			pos := fset.Position(s.Pos)
			pos.Filename = report.Relative(root, pos.Filename)
			fields = append(fields, suggestedField{
				Position: pos.String(), Field: s.Name(), Type: types.TypeString(s.Field.Type(), qual),
				Label: s.Label.String(), Class: string(s.Class()), Reason: s.Reason(),
				message: s.Message(), fixable: s.Fixable, pos: pos,
			})
		}
		for _, d := range act.Diagnostics {
			pos := fset.Position(d.Pos)
			pos.Filename = report.Relative(root, pos.Filename)
			if d.Category == "malformed" {
				problems = append(problems, fmt.Sprintf("%s: %s", pos, d.Message))
			} else {
				diags = append(diags, d)
			}
		}
	}
	// A package and its test variant share files: report each field once.
	slices.SortFunc(fields, func(a, b suggestedField) int {
		return cmp.Or(cmp.Compare(a.pos.Filename, b.pos.Filename), cmp.Compare(a.pos.Offset, b.pos.Offset))
	})
	fields = slices.CompactFunc(fields, func(a, b suggestedField) bool { return a.Position == b.Position })
	slices.Sort(problems)
	problems = slices.Compact(problems)
	for _, p := range problems {
		fmt.Fprintln(stderr, p)
	}

	if *fix {
		files, err := suggest.ApplyFixes(fset, diags)
		if err != nil {
			fmt.Fprintf(stderr, "xborder suggest: %v\n", err)
			return exitError
		}
		names := slices.Sorted(maps.Keys(files))
		for _, name := range names {
			if err := writeAtomically(name, files[name]); err != nil {
				fmt.Fprintf(stderr, "xborder suggest: %v\n", err)
				return exitError
			}
		}
		// What -fix could not do is left for a person: print it as without -fix.
		var left []suggestedField
		for _, f := range fields {
			if !f.fixable {
				left = append(left, f)
				fmt.Fprintf(stdout, "%s: %s\n", f.Position, f.message)
			}
		}
		if !*quiet {
			fmt.Fprintf(stderr, "xborder suggest: %s: %s; tagged %s in %s\n", plural(len(fields), "field"),
				classCounts(fields), plural(len(fields)-len(left), "field"), plural(len(files), "file"))
		}
		if len(left) > 0 || len(problems) > 0 {
			return exitFindings
		}
		return exitClean
	}

	switch *format {
	case "json":
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if fields == nil {
			fields = []suggestedField{}
		}
		if err := enc.Encode(fields); err != nil {
			fmt.Fprintf(stderr, "xborder suggest: %v\n", err)
			return exitError
		}
	default:
		for _, f := range fields {
			fmt.Fprintf(stdout, "%s: %s\n", f.Position, f.message)
		}
	}
	if !*quiet {
		fmt.Fprintf(stderr, "xborder suggest: %s: %s\n", plural(len(fields), "field"), classCounts(fields))
	}
	if len(fields) > 0 || len(problems) > 0 {
		return exitFindings
	}
	return exitClean
}

// classCounts renders the number of fields of each class: "9 personal, 3 sensitive, 0 important".
func classCounts(fields []suggestedField) string {
	var parts []string
	for _, c := range annotations.Classes {
		n := 0
		for _, f := range fields {
			if f.Class == string(c) {
				n++
			}
		}
		parts = append(parts, fmt.Sprintf("%d %s", n, c))
	}
	return strings.Join(parts, ", ")
}

// writeAtomically replaces the file name with data, keeping its mode: it writes a temporary
// file in the same directory and renames it over the original, so a crash leaves either the
// old file or the new one.
func writeAtomically(name string, data []byte) error {
	info, err := os.Stat(name)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".xborder-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after a successful rename, there is nothing to remove
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(info.Mode().Perm()); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name)
}

package suggest_test

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/xborder/xborder/analyzers/suggest"
)

// stdJustified are the suggestions the analyzer makes on the standard library, each with why
// it is right (or an accepted miss). The standard library has few personal fields, so a new
// entry here is a false friend until shown otherwise: TestSuggestStdPrecision fails on any
// suggestion not listed, and when the list outgrows maxStdSuggestions.
var stdJustified = map[string]string{
	"crypto/x509/pkix: Name.PostalCode personal,contact":              "a certificate subject's postal code: PI when the subject is a person",
	"crypto/x509/pkix: Name.StreetAddress personal,contact":           "a certificate subject's street address: PI when the subject is a person",
	"crypto/x509: Certificate.EmailAddresses personal,contact":        "subject alternative name mailboxes (S/MIME certificates are issued to people)",
	"crypto/x509: CertificateRequest.EmailAddresses personal,contact": "the same, in a certificate request",
	"net/mail: Address.Address personal,contact":                      "an RFC 5322 mailbox: an email address",
	"os/user: User.Name personal,basic":                               "a user account's real name (the GECOS field)",
	"os/user: User.Username personal,online":                          "a login name",
}

// maxStdSuggestions bounds the suggestions on the standard library.
const maxStdSuggestions = 10

// suggestions loads packages (syntax and types of the roots only: the analyzer uses no facts)
// and returns "pkgpath: Struct.Field label" for each suggestion, sorted.
func suggestions(t *testing.T, dir string, patterns ...string) ([]string, *checker.Graph) {
	t.Helper()
	cfg := &packages.Config{
		Mode: packages.LoadSyntax | packages.NeedModule,
		Dir:  dir,
		Env:  append(os.Environ(), "GOPROXY=off", "GOTOOLCHAIN=local", "GOFLAGS=-mod=mod"),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	var errs []string
	for _, p := range pkgs {
		for _, e := range p.Errors {
			errs = append(errs, e.Error())
		}
	}
	if len(errs) > 0 {
		t.Fatalf("load errors:\n%s", strings.Join(errs, "\n"))
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{suggest.Analyzer}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, act := range graph.Roots {
		if act.Err != nil {
			t.Fatalf("%s: %v", act, act.Err)
		}
		for _, s := range act.Result.(*suggest.Result).Suggestions {
			got = append(got, fmt.Sprintf("%s: %s %s", act.Package.PkgPath, s.Name(), s.Label))
		}
	}
	slices.Sort(got)
	return slices.Compact(got), graph
}

// TestSuggestStdPrecision runs the analyzer over the whole standard library.
func TestSuggestStdPrecision(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("loads the standard library")
	}
	got, _ := suggestions(t, "", "std")
	t.Logf("%d suggestions on std", len(got))
	for _, s := range got {
		if _, ok := stdJustified[s]; !ok {
			t.Errorf("unjustified suggestion on std (a new false friend?): %s", s)
		}
	}
	if len(got) > maxStdSuggestions {
		t.Errorf("%d suggestions on std, want at most %d", len(got), maxStdSuggestions)
	}
	for s := range stdJustified {
		if !slices.Contains(got, s) {
			t.Errorf("justified suggestion no longer made (update stdJustified): %s", s)
		}
	}
}

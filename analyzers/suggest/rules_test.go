package suggest

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xborder/xborder/annotations"
)

// TestSuggestRules checks the table: labels parse, words are whole words as Split produces them, and
// no word sequence belongs to two rules.
func TestSuggestRules(t *testing.T) {
	owner := make(map[string]string)
	for _, r := range Rules {
		if _, err := annotations.ParseLabel(r.Label); err != nil {
			t.Errorf("rule %q: label %q: %v", r.Reason, r.Label, err)
		}
		if r.Reason == "" || len(r.Words) == 0 {
			t.Errorf("rule %+v: needs words and a reason", r)
		}
		for _, w := range r.Words {
			if got := strings.Join(Split(w), " "); got != w {
				t.Errorf("rule %q: word %q splits as %q: it can never match", r.Reason, w, got)
			}
			if prev, dup := owner[w]; dup {
				t.Errorf("word %q is in rules %q and %q", w, prev, r.Reason)
			}
			owner[w] = r.Reason
		}
	}
	for _, list := range [][]string{personWords, recordWords, machineWords} {
		for _, w := range list {
			if strings.Join(Split(w), " ") != w {
				t.Errorf("context word %q is not a single word", w)
			}
		}
	}
}

// TestSuggestFalseFriends checks that each false friend's example would be suggested without it and
// is not with it, so that no entry is dead weight.
func TestSuggestFalseFriends(t *testing.T) {
	with, without := newMatcher(Rules, FalseFriends), newMatcher(Rules, nil)
	for _, ff := range FalseFriends {
		words := Split(ff.Example)
		if len(without.find(words, "")) == 0 {
			t.Errorf("false friend %q: %s matches no rule anyway", ff.Words, ff.Example)
		}
		if got := with.find(words, ""); len(got) != 0 {
			t.Errorf("false friend %q: %s still matches %q", ff.Words, ff.Example, got[0].matched)
		}
	}
}

func TestSuggestSplit(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
	}{
		{"Email", "email"},
		{"userEmail", "user email"},
		{"IPAddr", "ip addr"},
		{"UserID", "user id"},
		{"UserIDs", "user ids"},
		{"HTTPServer", "http server"},
		{"IDCardNo", "id card no"},
		{"id_card", "id card"},
		{"bank-card-no", "bank card no"},
		{"Address2", "address 2"},
		{"Zip64", "zip 64"},
		{"IPv4Addr", "ip v 4 addr"},
		{"ipv6", "ipv 6"},
		{"person>dizhi", "person dizhi"},
		{"ShoujiHao", "shouji hao"},
		{"VIN", "vin"},
		{"_x__Y", "x y"},
		{"", ""},
		{"用户Email", "用户 email"},
	} {
		if got := strings.Join(Split(tc.in), " "); got != tc.want {
			t.Errorf("Split(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzSplit checks that splitting never panics, yields non-empty lower-case words of letters
// and digits only, and loses no letter or digit.
func FuzzSplit(f *testing.F) {
	for _, s := range []string{"IPAddr", "UserIDs", "id_card", "IPv4", "ÀÉÎ", "a1B2c3", "ǅx"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		words := Split(s)
		var kept strings.Builder
		for _, w := range words {
			if w == "" {
				t.Fatalf("Split(%q) has an empty word: %q", s, words)
			}
			kept.WriteString(w)
		}
		var want strings.Builder
		for _, r := range s {
			if isWordRune(r) {
				want.WriteString(strings.ToLower(string(r)))
			}
		}
		if kept.String() != want.String() {
			t.Fatalf("Split(%q) = %q: letters %q, want %q", s, words, kept.String(), want.String())
		}
	})
}

var update = flag.Bool("update", false, "rewrite docs/suggest.md from the rule table")

// TestDocs checks that docs/suggest.md documents the current rule table; -update rewrites it.
func TestDocs(t *testing.T) {
	path := filepath.Join("..", "..", "docs", "suggest.md")
	doc, err := os.ReadFile(path)
	if err != nil && !*update {
		t.Fatal(err)
	}
	const begin, end = "<!-- BEGIN RULES (go test ./analyzers/suggest -run TestDocs -update) -->\n", "<!-- END RULES -->\n"
	i, j := strings.Index(string(doc), begin), strings.Index(string(doc), end)
	if i < 0 || j < i {
		t.Fatalf("%s: no %q … %q section", path, strings.TrimSpace(begin), strings.TrimSpace(end))
	}
	want := string(doc[:i]) + begin + rulesMarkdown() + string(doc[j:])
	if string(doc) == want {
		return
	}
	if *update {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("%s is out of date: run go test ./analyzers/suggest -run TestDocs -update", path)
}

// rulesMarkdown renders the rule and false-friend tables.
func rulesMarkdown() string {
	var b strings.Builder
	b.WriteString("\n| label | reason | words | types | context |\n|---|---|---|---|---|\n")
	for _, r := range Rules {
		words := make([]string, len(r.Words))
		for i, w := range r.Words {
			words[i] = "`" + w + "`"
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s |\n", r.Label, r.Reason, strings.Join(words, ", "), r.Types, r.Context)
	}
	b.WriteString("\nFalse friends (a rule match overlapping one of these is dropped):\n\n| words | example | why |\n|---|---|---|\n")
	for _, ff := range FalseFriends {
		fmt.Fprintf(&b, "| `%s` | `%s` | %s |\n", ff.Words, ff.Example, ff.Why)
	}
	fmt.Fprintf(&b, "\nPerson words (`person` and `named person` contexts): %s.\n", code(personWords))
	fmt.Fprintf(&b, "\nRecord words (a struct named `UserInfo` is about a user): %s.\n", code(recordWords))
	fmt.Fprintf(&b, "\nMachine words (`not networking` context): %s.\n", code(machineWords))
	fmt.Fprintf(&b, "\nNetwork types (never a postal address): %s.\n\n", code(networkTypes))
	return b.String()
}

func code(words []string) string {
	out := slices.Clone(words)
	for i, w := range out {
		out[i] = "`" + w + "`"
	}
	return strings.Join(out, ", ")
}

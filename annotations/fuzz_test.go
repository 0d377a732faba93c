package annotations

import (
	"strings"
	"testing"
)

// FuzzParseLabel: any tag value gives a label or a positioned error, never a panic; a label
// renders back to a value that parses to the same label.
func FuzzParseLabel(f *testing.F) {
	for _, s := range []string{"personal", "sensitive,health", "important,geographic,personal,contact", "", ",", "persnal", "personal,,contact", "sensitive,health,health", "\x00", "personal,contact "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, value string) {
		l, err := ParseLabel(value)
		if err != nil {
			se, ok := err.(*SyntaxError)
			if !ok || se.Offset < 0 || se.Offset > len(value) {
				t.Fatalf("ParseLabel(%q): error %v without a position inside the value", value, err)
			}
			return
		}
		again, err := ParseLabel(l.String())
		if err != nil || again.String() != l.String() {
			t.Fatalf("ParseLabel(%q) = %s, which parses back to %s, %v", value, l, again, err)
		}
	})
}

// FuzzTagValue: any struct tag gives the xborder value, nothing, or a positioned error.
func FuzzTagValue(f *testing.F) {
	for _, s := range []string{`json:"a" xborder:"personal"`, `xborder:personal`, `xborder:"`, `xborder:"a\"b"`, ` `, `a:"b" c`, "xborder:\"\\x00\""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, tag string) {
		value, off, ok, err := TagValue(tag)
		if err != nil {
			if se, isSE := err.(*SyntaxError); !isSE || se.Offset < 0 || se.Offset > len(tag) {
				t.Fatalf("TagValue(%q): error %v without a position inside the tag", tag, err)
			}
			return
		}
		if ok && (off < 0 || off > len(tag)) {
			t.Fatalf("TagValue(%q) = %q at offset %d outside the tag", tag, value, off)
		}
	})
}

// FuzzParseDirective: any comment is a directive or not, never a panic; a directive's name
// and arguments are words.
func FuzzParseDirective(f *testing.F) {
	for _, s := range []string{"//xborder:personal", "//xborder:endpoint analytics // note", "//xborder:ignore because reasons", "//xborder: ", "//xborder:", "// xborder:personal", "//xborder:ignore // want `x`", "//xborder:\t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d, ok := ParseDirective(text)
		if !ok {
			return
		}
		for _, w := range append([]string{d.Name}, d.Args...) {
			if w == "" || strings.ContainsAny(w, " \t\n") || strings.HasPrefix(w, "//") {
				t.Fatalf("ParseDirective(%q) = %+v: %q is not a word", text, d, w)
			}
		}
	})
}

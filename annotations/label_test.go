package annotations

import (
	"errors"
	"strconv"
	"strings"
	"testing"
)

func TestParseLabel(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // Label.String(), or "error: <substring>@offset"
	}{
		{"personal", "personal"},
		{"personal,contact", "personal,contact"},
		{"sensitive,health", "sensitive,health"},
		{"sensitive", "sensitive"},
		{"sensitive,minor,contact", "sensitive,contact,minor"},
		{"important", "important"},
		{"important,medical", "important,medical"},
		{"important,personal,contact", "important,personal,contact"},
		{"important,sensitive,health,medical", "important,sensitive,health,medical"},
		{"personal, contact", "personal,contact"},
		{"", "error: empty xborder annotation@0"},
		{"  ", "error: empty xborder annotation@0"},
		{"personal,,contact", "error: empty item@9"},
		{"persnal", `error: did you mean "personal"@0`},
		{"personal,contcat", `error: did you mean "contact"@9`},
		{"personal,xyzzy", `error: unknown class or category "xyzzy"@9`},
		{"contact", "error: names no class@0"},
		{"personal,health", "error: use class sensitive@9"},
		{"personal,medical", "error: use class important@9"},
		{"important,contact", "error: add class personal or sensitive@10"},
		{"personal,personal", `error: duplicate "personal"@9`},
	} {
		l, err := ParseLabel(tc.in)
		var got string
		if err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("ParseLabel(%q): error %v is not a *SyntaxError", tc.in, err)
			}
			want, off, _ := strings.Cut(strings.TrimPrefix(tc.want, "error: "), "@")
			if !strings.HasPrefix(tc.want, "error: ") || !strings.Contains(se.Msg, want) || off != strconv.Itoa(se.Offset) {
				t.Errorf("ParseLabel(%q) = error %q at %d, want %s", tc.in, se.Msg, se.Offset, tc.want)
			}
			continue
		}
		got = l.String()
		if got != tc.want {
			t.Errorf("ParseLabel(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestLabelSemantics(t *testing.T) {
	l, err := ParseLabel("sensitive,health")
	if err != nil {
		t.Fatal(err)
	}
	if !l.Has(Personal) || !l.Has(Sensitive) || l.Has(Important) {
		t.Errorf("sensitive label classes wrong: %+v", l)
	}
	if !l.HasCategory("health") || l.HasCategory("contact") {
		t.Errorf("HasCategory wrong: %+v", l)
	}
	u := l.Union(Label{Important: true, Categories: []string{"medical"}})
	if got := u.String(); got != "important,sensitive,health,medical" {
		t.Errorf("Union = %q", got)
	}
	if u.Strongest() != Important || l.Strongest() != Sensitive || (Label{}).Strongest() != "" {
		t.Errorf("Strongest wrong")
	}
}

func TestTagValue(t *testing.T) {
	for _, tc := range []struct {
		tag     string
		value   string
		off     int
		ok, err bool
	}{
		{`json:"email" xborder:"personal,contact"`, "personal,contact", 22, true, false},
		{`xborder:"sensitive"`, "sensitive", 9, true, false},
		{`json:"email"`, "", 0, false, false},
		{`json:"x" xborder:personal`, "", 9, false, true},
		{`json:"myxborder:"`, "", 0, false, false},
	} {
		v, off, ok, err := TagValue(tc.tag)
		if v != tc.value || ok != tc.ok || (err != nil) != tc.err || (ok || err != nil) && off != tc.off {
			t.Errorf("TagValue(%q) = %q, %d, %v, %v; want %q, %d, %v, err=%v", tc.tag, v, off, ok, err, tc.value, tc.off, tc.ok, tc.err)
		}
	}
}

// A key glued to the previous pair is reported, and its value kept.
func TestTagValueGlued(t *testing.T) {
	v, off, ok, err := TagValue(`json:"email",xborder:"personal,contact"`)
	if !ok || err == nil || v != "personal,contact" || off != 22 {
		t.Errorf(`TagValue(glued) = %q, %d, %v, %v; want "personal,contact", 22, true, an error`, v, off, ok, err)
	}
	if _, _, ok, err := TagValue(`json:"email" noxborder:"x"`); ok || err != nil {
		t.Errorf("TagValue(noxborder) = %v, %v; want not found", ok, err)
	}
}

func TestSalvageLabel(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
	}{
		{"sensitive,locaton", "sensitive"},
		{"persnal,contact", "personal,contact"},
		{"personal,health", "sensitive,health"},
		{"nonsense", ""},
	} {
		if got := SalvageLabel(tc.in).String(); got != tc.want {
			t.Errorf("SalvageLabel(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

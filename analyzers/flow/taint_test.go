package flow

import (
	"bytes"
	"encoding/gob"
	"reflect"
	"testing"

	"github.com/xborder/xborder/annotations"
)

func TestTreeFieldSensitivity(t *testing.T) {
	at := newAtomTable()
	email := at.source(&Source{Key: "p.C.Email", Name: "C.Email", Label: annotations.Label{Personal: true}})
	p0 := at.param(0, "")

	v := new(tree)
	v.addAtoms([]int{2}, atomSet{email}) // field 2 holds the email
	if got := v.child(at, 2).flatten(); !reflect.DeepEqual(got, atomSet{email}) {
		t.Errorf("field 2 = %v, want the email", got)
	}
	if got := v.child(at, 1); !got.empty() {
		t.Errorf("sibling field 1 = %v, want clean", got.flatten())
	}
	if got := v.flatten(); !reflect.DeepEqual(got, atomSet{email}) {
		t.Errorf("whole value = %v, want the email", got)
	}

	// A parameter refines as it descends: field 1 of p0 is p0.1, not p0.
	p := &tree{atoms: atomSet{p0}}
	f1 := p.child(at, 1).flatten()
	if len(f1) != 1 || at.infos[f1[0]].param != 0 || at.infos[f1[0]].path != "1" {
		t.Errorf("p0 field 1 = %v", f1)
	}
	// Beyond maxParamPathDepth, the atom stands for the whole value at its path.
	deep := p.at(at, []int{1, 2, 3, 4})
	if got := at.infos[deep.flatten()[0]].path; got != "1.2" {
		t.Errorf("deep path = %q, want 1.2", got)
	}
}

func TestTreeCollapse(t *testing.T) {
	at := newAtomTable()
	src := at.source(&Source{Key: "k", Name: "n"})
	v := new(tree)
	for i := range maxTreeNodes + 10 {
		v.addAtoms([]int{i}, atomSet{src})
	}
	if !v.collapsed || !reflect.DeepEqual(v.flatten(), atomSet{src}) {
		t.Fatalf("tree did not collapse soundly: collapsed=%v atoms=%v", v.collapsed, v.flatten())
	}
	// Once collapsed, every field carries every atom: nothing is lost.
	if got := v.child(at, 3).flatten(); !reflect.DeepEqual(got, atomSet{src}) {
		t.Errorf("child of collapsed tree = %v", got)
	}
}

func TestAtomSetUnion(t *testing.T) {
	a := setOf(1, 3, 5)
	b := setOf(2, 3, 6)
	if got := a.union(b); !reflect.DeepEqual(got, atomSet{1, 2, 3, 5, 6}) {
		t.Errorf("union = %v", got)
	}
	if got := a.minus(b); !reflect.DeepEqual(got, atomSet{1, 5}) {
		t.Errorf("minus = %v", got)
	}
}

func TestSummaryEncodingRoundTrip(t *testing.T) {
	src := &Source{Key: "example.com/m.C.Email", Name: "C.Email", Label: annotations.Label{Personal: true, Sensitive: true, Categories: []string{"health"}}}
	in := &Summary{
		Returns:     []Edge{{To: 0, Path: "1.2", From: AtomRef{Param: 1, Path: "0"}}, {To: 1, From: AtomRef{Source: src}}},
		Writes:      []Edge{{To: 0, Path: "3", From: AtomRef{Param: 2}}},
		Sinks:       []SinkEffect{{Sink: "net/http.Post", Site: "example.com/m/m.go:3:14", Via: []string{"a.B", "c.D"}, Dest: DestRef{Kind: DestPrefix, URL: "https://x.example.com/"}, Payload: []AtomRef{{Param: 0}, {Source: src}}}},
		ReturnDests: []DestRef{{Kind: DestEnv, Env: "URL"}, {Kind: DestParam, Param: 2}},
	}
	// Summaries travel in the package fact.
	fact := &Analyzed{Bodiless: []string{"m.asm"}, Summaries: []FuncSummary{{Name: "C.Send", Summary: in}, {Name: "New", Summary: &Summary{}}}}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(fact); err != nil {
		t.Fatal(err)
	}
	out := new(Analyzed)
	if err := gob.NewDecoder(&buf).Decode(out); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(fact, out) {
		t.Errorf("round trip:\n got %+v\nwant %+v", out, fact)
	}
	if got := out.summary("C.Send"); !reflect.DeepEqual(got, in) {
		t.Errorf("summary(C.Send) = %+v", got)
	}
	if got := out.summary("C.Recv"); got != nil {
		t.Errorf("summary(C.Recv) = %+v, want none", got)
	}
	// Truncated or corrupt input is an error, not a panic.
	data, _ := fact.GobEncode()
	for n := range len(data) {
		if err := new(Analyzed).GobDecode(data[:n]); err == nil {
			t.Errorf("decoding %d of %d bytes succeeded", n, len(data))
		}
	}
}

func TestHostOfPrefix(t *testing.T) {
	for in, want := range map[string]string{
		"https://api.example.com/v2/":  "api.example.com",
		"https://api.example.com":      "api.example.com",
		"https://api.example.com:8443": "api.example.com",
		"https://user@h.example.org/":  "h.example.org",
		"https://api.":                 "",
		"https://":                     "",
		"https://eu-":                  "",
		"/relative/path":               "",
	} {
		if got := hostOfPrefix(in); got != want {
			t.Errorf("hostOfPrefix(%q) = %q, want %q", in, got, want)
		}
	}
}

package flow

import (
	"encoding/binary"
	"fmt"

	"github.com/xborder/xborder/annotations"
)

// Summaries are encoded by hand rather than by gob's reflection: drivers copy facts into every
// dependent package (go vet writes them into each .vetx file), so their size and the cost of
// each encoding round trip multiply across a build.

const summaryEncodingVersion = 3

// GobEncode implements gob.GobEncoder.
func (s *Summary) GobEncode() ([]byte, error) {
	w := &writer{buf: []byte{summaryEncodingVersion}}
	w.summary(s)
	return w.buf, nil
}

func (w *writer) summary(s *Summary) {
	w.edges(s.Returns)
	w.edges(s.Writes)
	w.int(len(s.Sinks))
	for _, k := range s.Sinks {
		w.str(k.Sink)
		w.str(k.Site)
		w.int(len(k.Via))
		for _, v := range k.Via {
			w.str(v)
		}
		w.dest(k.Dest)
		w.int(len(k.Payload))
		for _, a := range k.Payload {
			w.atom(a)
		}
	}
	w.int(len(s.ReturnDests))
	for _, d := range s.ReturnDests {
		w.dest(d)
	}
	w.int(len(s.FieldDests))
	for _, f := range s.FieldDests {
		w.int(f.Result)
		w.str(f.Field)
		w.dest(f.Dest)
	}
}

// GobDecode implements gob.GobDecoder.
func (s *Summary) GobDecode(data []byte) error {
	return decodeWith(data, "summary", func(r *reader) {
		*s = readSummary(r)
	})
}

// decodeWith runs read over data after checking the version, turning the reader's panics on
// malformed input into an error.
func decodeWith(data []byte, what string, read func(*reader)) (err error) {
	r := &reader{buf: data}
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("decoding xborder %s: %v", what, e)
		}
	}()
	if r.byte() != summaryEncodingVersion {
		return fmt.Errorf("decoding xborder %s: unknown encoding version", what)
	}
	read(r)
	if len(r.buf) != 0 {
		return fmt.Errorf("decoding xborder %s: trailing data", what)
	}
	return nil
}

func readSummary(r *reader) Summary {
	var s Summary
	s.Returns = r.edges()
	s.Writes = r.edges()
	for range r.count() {
		var k SinkEffect
		k.Sink = r.str()
		k.Site = r.str()
		for range r.count() {
			k.Via = append(k.Via, r.str())
		}
		k.Dest = r.dest()
		for range r.count() {
			k.Payload = append(k.Payload, r.atom())
		}
		s.Sinks = append(s.Sinks, k)
	}
	for range r.count() {
		s.ReturnDests = append(s.ReturnDests, r.dest())
	}
	for range r.count() {
		s.FieldDests = append(s.FieldDests, FieldDest{Result: r.int(), Field: r.str(), Dest: r.dest()})
	}
	return s
}

type writer struct{ buf []byte }

func (w *writer) int(n int)    { w.buf = binary.AppendVarint(w.buf, int64(n)) }
func (w *writer) str(s string) { w.int(len(s)); w.buf = append(w.buf, s...) }
func (w *writer) byte(b byte)  { w.buf = append(w.buf, b) }
func (w *writer) edges(es []Edge) {
	w.int(len(es))
	for _, e := range es {
		w.int(e.To)
		w.str(e.Path)
		w.atom(e.From)
	}
}

func (w *writer) atom(a AtomRef) {
	if a.Source == nil {
		w.byte(0)
		w.int(a.Param)
		w.str(a.Path)
		return
	}
	w.byte(1)
	w.str(a.Source.Key)
	w.str(a.Source.Name)
	l := a.Source.Label
	var bits byte
	if l.Personal {
		bits |= 1
	}
	if l.Sensitive {
		bits |= 2
	}
	if l.Important {
		bits |= 4
	}
	w.byte(bits)
	w.int(len(l.Categories))
	for _, c := range l.Categories {
		w.str(c)
	}
}

func (w *writer) dest(d DestRef) {
	w.byte(byte(d.Kind))
	w.str(d.URL)
	w.int(d.Param)
	w.str(d.Path)
	w.str(d.Env)
}

// reader panics on malformed input; GobDecode turns the panic into an error.
type reader struct{ buf []byte }

func (r *reader) byte() byte {
	b := r.buf[0]
	r.buf = r.buf[1:]
	return b
}

func (r *reader) int() int {
	n, k := binary.Varint(r.buf)
	if k <= 0 {
		panic("bad varint")
	}
	r.buf = r.buf[k:]
	return int(n)
}

func (r *reader) count() int {
	n := r.int()
	if n < 0 || n > len(r.buf) {
		panic("bad count")
	}
	return n
}

func (r *reader) str() string {
	n := r.count()
	s := string(r.buf[:n])
	r.buf = r.buf[n:]
	return s
}

func (r *reader) edges() []Edge {
	var es []Edge
	for range r.count() {
		es = append(es, Edge{To: r.int(), Path: r.str(), From: r.atom()})
	}
	return es
}

func (r *reader) atom() AtomRef {
	if r.byte() == 0 {
		return AtomRef{Param: r.int(), Path: r.str()}
	}
	src := &Source{Key: r.str(), Name: r.str()}
	bits := r.byte()
	src.Label = annotations.Label{Personal: bits&1 != 0, Sensitive: bits&2 != 0, Important: bits&4 != 0}
	for range r.count() {
		src.Label.Categories = append(src.Label.Categories, r.str())
	}
	return AtomRef{Source: src}
}

func (r *reader) dest() DestRef {
	return DestRef{Kind: DestKind(r.byte()), URL: r.str(), Param: r.int(), Path: r.str(), Env: r.str()}
}

// GobEncode implements gob.GobEncoder: the package fact is copied into every dependent
// package, so it is kept as plain bytes.
func (f *Analyzed) GobEncode() ([]byte, error) {
	w := &writer{buf: []byte{summaryEncodingVersion}}
	w.int(len(f.Bodiless))
	for _, s := range f.Bodiless {
		w.str(s)
	}
	w.int(len(f.Summaries))
	for _, s := range f.Summaries {
		w.str(s.Name)
		w.summary(s.Summary)
	}
	return w.buf, nil
}

// GobDecode implements gob.GobDecoder.
func (f *Analyzed) GobDecode(data []byte) error {
	return decodeWith(data, "package fact", func(r *reader) {
		*f = Analyzed{}
		for range r.count() {
			f.Bodiless = append(f.Bodiless, r.str())
		}
		for range r.count() {
			name := r.str()
			sum := readSummary(r)
			f.Summaries = append(f.Summaries, FuncSummary{Name: name, Summary: &sum})
		}
	})
}

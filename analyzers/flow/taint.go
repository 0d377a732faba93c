package flow

import (
	"go/token"
	"slices"
	"strconv"
	"strings"

	"github.com/xborder/xborder/annotations"
)

// Taint is tracked as sets of atoms. An atom is either a Source (a tagged field: the data
// itself) or a parameter of the function being summarised at a field path (symbolic: it stands
// for whatever the caller passes, and is replaced by the caller's taint at each call site).
//
// Atoms are interned per pass so that sets are small sorted slices of integers.

// Source is a tagged field, the origin of regulated data.
type Source struct {
	Key   string // package path and field, e.g. "example.com/shop.Customer.Email"
	Name  string // display name, e.g. "Customer.Email"
	Label annotations.Label
	// Decl is where the field is declared, when this package reads it (not part of facts).
	Decl token.Position
}

type atomID uint32

type atomInfo struct {
	src   *Source // non-nil for a source atom
	param int     // parameter index (receiver first, then params, then free variables)
	path  string  // field path within the parameter, e.g. "2.0"; "" is the whole value
}

func (a atomInfo) isParam() bool { return a.src == nil }

type atomTable struct {
	infos   []atomInfo
	sources map[string]atomID
	params  map[paramKey]atomID
	// coarse keeps parameter atoms whole (no field paths): the standard library has no
	// tagged fields, so its summaries need only say which parameters reach what.
	coarse bool
}

type paramKey struct {
	param int
	path  string
}

func newAtomTable() *atomTable {
	return &atomTable{sources: make(map[string]atomID), params: make(map[paramKey]atomID)}
}

func (t *atomTable) source(s *Source) atomID {
	if id, ok := t.sources[s.Key]; ok {
		if old := t.infos[id].src; !old.Decl.IsValid() && s.Decl.IsValid() {
			t.infos[id].src = s // the same field, now with its declaration
		}
		return id
	}
	id := atomID(len(t.infos))
	t.infos = append(t.infos, atomInfo{src: s})
	t.sources[s.Key] = id
	return id
}

func (t *atomTable) param(i int, path string) atomID {
	k := paramKey{i, path}
	if id, ok := t.params[k]; ok {
		return id
	}
	id := atomID(len(t.infos))
	t.infos = append(t.infos, atomInfo{param: i, path: path})
	t.params[k] = id
	return id
}

// maxPathDepth bounds field paths in trees so that recursive types terminate.
const maxPathDepth = 4

// maxParamPathDepth bounds the field paths of parameter atoms. Beyond it an atom stands for
// the whole value at its path (a sound over-approximation); without the bound, loops over
// linked structures would mint a new atom for every path through their fields.
const maxParamPathDepth = 2

// refine returns the atom for field f of atom a: a parameter atom gains the field in its
// path (so that reading p.Email is "parameter 0, field Email", not all of p); a source
// atom is unchanged (every part of tagged data is tagged data).
func (t *atomTable) refine(a atomID, f int) atomID {
	info := t.infos[a]
	if !info.isParam() || t.coarse || info.path != "" && strings.Count(info.path, ".")+1 >= maxParamPathDepth {
		return a
	}
	path := strconv.Itoa(f)
	if info.path != "" {
		path = info.path + "." + path
	}
	return t.param(info.param, path)
}

// atomSet is a sorted set of atoms. Sets are never mutated in place once shared.
type atomSet []atomID

func (s atomSet) has(a atomID) bool {
	_, ok := slices.BinarySearch(s, a)
	return ok
}

// union returns s ∪ u, reusing s when u adds nothing.
func (s atomSet) union(u atomSet) atomSet {
	if len(u) == 0 {
		return s
	}
	if len(s) == 0 {
		return u
	}
	added := false
	for _, a := range u {
		if !s.has(a) {
			added = true
			break
		}
	}
	if !added {
		return s
	}
	out := make(atomSet, 0, len(s)+len(u))
	i, j := 0, 0
	for i < len(s) && j < len(u) {
		switch {
		case s[i] < u[j]:
			out = append(out, s[i])
			i++
		case s[i] > u[j]:
			out = append(out, u[j])
			j++
		default:
			out = append(out, s[i])
			i, j = i+1, j+1
		}
	}
	out = append(out, s[i:]...)
	return append(out, u[j:]...)
}

func (s atomSet) minus(u atomSet) atomSet {
	if len(u) == 0 {
		return s
	}
	var out atomSet
	for _, a := range s {
		if !u.has(a) {
			out = append(out, a)
		}
	}
	return out
}

// sourcesOf returns the source atoms of s.
func (t *atomTable) sourcesOf(s atomSet) atomSet {
	var out atomSet
	for _, a := range s {
		if !t.infos[a].isParam() {
			out = append(out, a)
		}
	}
	return out
}

func setOf(ids ...atomID) atomSet {
	s := atomSet(ids)
	slices.Sort(s)
	return slices.Compact(s)
}

// tree is the taint of a value, field-sensitively: atoms taint the whole value (and so every
// part of it), fields[i] taints only field i. Slices, maps, channels and pointers are
// transparent: their elements or pointee share the node. A nil *tree is clean.
type tree struct {
	atoms  atomSet
	fields map[int]*tree
	// nodes counts the nodes created under this node when it is a root (its own fields) or a
	// root's field (the subtree below it); past maxTreeNodes that node collapses (every field
	// under it then carries every atom under it): self-referential structures (lists, trees,
	// treaps) would otherwise grow a node per path.
	nodes     int
	collapsed bool
}

// maxTreeNodes bounds the size of one value's taint tree.
const maxTreeNodes = 64

func (t *tree) empty() bool {
	if t == nil {
		return true
	}
	if len(t.atoms) > 0 {
		return false
	}
	for _, c := range t.fields {
		if !c.empty() {
			return false
		}
	}
	return true
}

// equal reports whether two trees hold the same atoms at the same paths.
func (t *tree) equal(u *tree) bool {
	if t.empty() || u.empty() {
		return t.empty() && u.empty()
	}
	if !slices.Equal(t.atoms, u.atoms) {
		return false
	}
	for k, c := range t.fields {
		if !c.equal(u.fields[k]) {
			return false
		}
	}
	for k, c := range u.fields {
		if _, ok := t.fields[k]; !ok && !c.empty() {
			return false
		}
	}
	return true
}

// flatten returns every atom anywhere in the tree: the taint of the value taken as a whole.
func (t *tree) flatten() atomSet {
	if t == nil {
		return nil
	}
	s := t.atoms
	for _, k := range t.keys() {
		s = s.union(t.fields[k].flatten())
	}
	return s
}

func (t *tree) keys() []int {
	keys := make([]int, 0, len(t.fields))
	for k := range t.fields {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// child returns the taint of field f: the field's own subtree plus the whole value's atoms,
// refined to the field.
func (t *tree) child(at *atomTable, f int) *tree {
	if t == nil {
		return nil
	}
	c := t.fields[f]
	if len(t.atoms) == 0 {
		return c
	}
	inherited := make([]atomID, len(t.atoms))
	for i, a := range t.atoms {
		inherited[i] = at.refine(a, f)
	}
	slices.Sort(inherited)
	inherited = slices.Compact(inherited)
	if c == nil {
		return &tree{atoms: inherited}
	}
	return &tree{atoms: c.atoms.union(inherited), fields: c.fields}
}

// at returns the taint at a field path.
func (t *tree) at(at *atomTable, path []int) *tree {
	for _, f := range path {
		t = t.child(at, f)
	}
	return t
}

// addAtoms joins atoms into the node at path, creating nodes; it reports whether t changed.
func (t *tree) addAtoms(path []int, s atomSet) bool {
	if len(s) == 0 {
		return false
	}
	s = t.novel(path, s)
	if len(s) == 0 {
		return false
	}
	n := t.node(path)
	u := n.atoms.union(s)
	if len(u) == len(n.atoms) {
		return false
	}
	n.atoms = u
	return true
}

// novel drops from s the atoms that an ancestor of path already gives every descendant:
// sources, which are the same in every part of a value. (A parameter atom refines as it
// descends, so it is never redundant this way.)
func (t *tree) novel(path []int, s atomSet) atomSet {
	n := t
	for i := 0; n != nil && i < len(path); i++ {
		if len(n.atoms) > 0 {
			var keep atomSet
			for _, a := range s {
				if !n.atoms.has(a) {
					keep = append(keep, a)
				}
			}
			s = keep
		}
		n = n.fields[path[i]]
	}
	return s
}

// join grafts a copy of u at path; it reports whether t changed.
func (t *tree) join(path []int, u *tree) bool {
	if u == nil {
		return false
	}
	if t.collapsed {
		return t.addAtoms(nil, u.flatten())
	}
	if len(path) >= maxPathDepth {
		return t.addAtoms(path, u.flatten())
	}
	changed := t.addAtoms(path, u.atoms)
	for _, k := range u.keys() {
		if t.join(append(path[:len(path):len(path)], k), u.fields[k]) {
			changed = true
		}
	}
	return changed
}

func (t *tree) node(path []int) *tree {
	if t.collapsed {
		return t
	}
	n := t
	budget := t // the node whose count pays for new nodes
	for i, f := range path {
		if i >= maxPathDepth {
			break
		}
		if n.fields == nil {
			n.fields = make(map[int]*tree)
		}
		c := n.fields[f]
		if c == nil {
			if budget.nodes >= maxTreeNodes {
				budget.collapse()
				return budget
			}
			budget.nodes++
			c = new(tree)
			n.fields[f] = c
		}
		if c.collapsed {
			return c
		}
		n = c
		if i == 0 {
			// Below a root's own fields, each field's subtree has a budget of its own: a
			// large struct (a server holding its caches and clients) keeps its fields apart
			// when one of them holds a self-referential structure.
			budget = c
		}
	}
	return n
}

// collapse folds every field's atoms into the root.
func (t *tree) collapse() {
	t.atoms = t.flatten()
	t.fields = nil
	t.collapsed = true
}

// pathString and parsePath convert field paths to and from their fact encoding.
func pathString(p []int) string {
	var b strings.Builder
	for i, f := range p {
		if i > 0 {
			b.WriteByte('.')
		}
		b.WriteString(strconv.Itoa(f))
	}
	return b.String()
}

func parsePath(s string) []int {
	if s == "" {
		return nil
	}
	var p []int
	for part := range strings.SplitSeq(s, ".") {
		n, err := strconv.Atoi(part)
		if err != nil {
			return p // a malformed path degrades to its valid prefix
		}
		p = append(p, n)
	}
	return p
}

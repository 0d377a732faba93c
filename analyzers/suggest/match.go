package suggest

import (
	"cmp"
	"slices"
	"strings"
)

// matcher finds the rules whose words occur in an identifier's words.
type matcher struct {
	rules        []Rule
	seqs         []ruleSeq  // every word sequence of every rule, longest first
	falseFriends [][]string // word sequences that silence the rules they overlap
	personWords  map[string]bool
	machineWords map[string]bool
	recordWords  map[string]bool
}

// ruleSeq is one word sequence of a rule.
type ruleSeq struct {
	words []string
	rule  int // index in matcher.rules
}

// match is a rule found in one source of a field: its name, a tag name or its type's name.
type match struct {
	rule    int      // index in matcher.rules
	matched string   // the rule's word sequence that matched
	source  string   // "" for the field's name, else e.g. `json tag "email"` or "type Email"
	words   []string // all the source's words, for context checks
}

func newMatcher(rules []Rule, falseFriends []FalseFriend) *matcher {
	m := &matcher{
		rules:        rules,
		personWords:  set(personWords),
		machineWords: set(machineWords),
		recordWords:  set(recordWords),
	}
	for i, r := range rules {
		for _, w := range r.Words {
			m.seqs = append(m.seqs, ruleSeq{strings.Fields(w), i})
		}
	}
	// Longer sequences claim their words first: "ip address" is a device identifier, not a
	// postal address. The sort is stable, so equally long sequences keep table order.
	slices.SortStableFunc(m.seqs, func(a, b ruleSeq) int { return cmp.Compare(len(b.words), len(a.words)) })
	for _, ff := range falseFriends {
		m.falseFriends = append(m.falseFriends, strings.Fields(ff.Words))
	}
	return m
}

func set(words []string) map[string]bool {
	s := make(map[string]bool, len(words))
	for _, w := range words {
		s[w] = true
	}
	return s
}

// find returns the rules whose word sequences occur as whole words in words, each span of
// words claimed by the longest sequence found there. A match overlapping a false friend is
// dropped, and its words stay claimed so that a shorter rule cannot match them instead.
func (m *matcher) find(words []string, source string) []match {
	blocked := make([]bool, len(words))
	for _, ff := range m.falseFriends {
		for i := range occurrences(words, ff) {
			for k := i; k < i+len(ff); k++ {
				blocked[k] = true
			}
		}
	}
	claimed := make([]bool, len(words))
	var found []match
	for _, s := range m.seqs {
		for i := range occurrences(words, s.words) {
			span := claimed[i : i+len(s.words)]
			if slices.Contains(span, true) {
				continue
			}
			for k := range span {
				span[k] = true
			}
			if slices.Contains(blocked[i:i+len(s.words)], true) {
				continue
			}
			found = append(found, match{rule: s.rule, matched: strings.Join(s.words, " "), source: source, words: words})
		}
	}
	return found
}

// occurrences yields the start of every occurrence of seq in words.
func occurrences(words, seq []string) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i+len(seq) <= len(words); i++ {
			if slices.Equal(words[i:i+len(seq)], seq) && !yield(i) {
				return
			}
		}
	}
}

// anyIn reports whether any of words is in the set.
func anyIn(words []string, set map[string]bool) bool {
	return slices.ContainsFunc(words, func(w string) bool { return set[w] })
}

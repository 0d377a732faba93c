package suggest

import (
	"strings"
	"unicode"
)

// Split breaks an identifier or a tag name into lower-case words: at underscores, hyphens,
// dots, spaces and other punctuation; between a lower-case letter or digit and an upper-case
// letter (userEmail); at the end of an upper-case acronym followed by a word (IPAddr → ip,
// addr; HTTPServer → http, server), keeping a plural s with its acronym (UserIDs → user, ids)
// and a version letter apart (IPv4 → ip, v, 4); and between letters and digits (Address2 →
// address, 2).
func Split(ident string) []string {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	rs := []rune(ident)
	for i, r := range rs {
		if !isWordRune(r) {
			flush()
			continue
		}
		if len(cur) > 0 {
			prev := cur[len(cur)-1]
			switch {
			case unicode.IsDigit(r) != unicode.IsDigit(prev):
				flush() // Address2, v4
			case unicode.IsUpper(r) && !unicode.IsUpper(prev):
				flush() // userEmail
			case unicode.IsLower(r) && unicode.IsUpper(prev) && len(cur) > 1 && !acronymPlural(rs, i):
				if i+1 < len(rs) && unicode.IsDigit(rs[i+1]) {
					flush() // IPv4: the acronym is whole, v starts a word
					break
				}
				// IPAddr: the last upper-case letter of a run starts the next word.
				cur = cur[:len(cur)-1]
				flush()
				cur = append(cur, prev)
			}
		}
		cur = append(cur, r)
	}
	flush()
	return words
}

// acronymPlural reports whether the lower-case letter at rs[i], after an upper-case run, is a
// plural s ending the acronym (IDs, URLs) rather than the start of a word (IDsFoo keeps it too).
func acronymPlural(rs []rune, i int) bool {
	if rs[i] != 's' {
		return false
	}
	return i+1 == len(rs) || !unicode.IsLower(rs[i+1])
}

// isWordRune reports whether r belongs in a word: letters and digits do, the rest separates.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

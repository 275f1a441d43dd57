package masking

import "bytes"

// scanState is the per-call state of one scan: the text, the output, and the little memory
// that context rules need (a pending "Key": "Name" tag, a pending Terraform output value).
type scanState struct {
	d    *detector
	text []byte
	dst  []match
	base int
	late []match // low-priority spans (tables), merged where they overlap nothing

	active    uint64 // bit i: rule i is enabled and its keywords occur in the text
	hostDone  int    // host rule already judged the dotted run ending here
	b64Done   int    // secret-key rule already judged the base64 run ending here
	tableRule int    // index of the markdown-table rule, -1 when disabled
	tableCols []string
	tableBuf  [24]string
	pendTyp   string // type for the next `value`-style key ...
	pendUntil int    // ... if it starts before this offset
	pairTyp   string // a `"Key": "Name"`-style key was seen: the type of its Value ...
	pairTill  int    // ... if that Value starts before this offset
	lastValue seg    // the last unclaimed "Value": span, for {"Value": x, "Key": "Name"}
}

// keywordsPresent reports whether text contains one of kws (or kws is empty).
func keywordsPresent(text []byte, kws []string) bool {
	if len(kws) == 0 {
		return true
	}
	for _, k := range kws {
		if bytes.Contains(text, []byte(k)) {
			return true
		}
	}
	return false
}

// byte classes, computed once per byte value at compile time by a switch.
func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isLower(c byte) bool { return c >= 'a' && c <= 'z' }
func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isLetter(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}
func isWord(c byte) bool { return isAlnum(c) || c == '_' }

// at returns text[i] or 0 outside the text.
func (s *scanState) at(i int) byte {
	if i < 0 || i >= len(s.text) {
		return 0
	}
	return s.text[i]
}

// emit appends a match.
func (s *scanState) emit(start, end int, typ string, rule int) {
	if end <= start || tokenLike(s.text[start:end]) {
		return
	}
	if n := len(s.dst); n > s.base && s.dst[n-1].end > start {
		return // never overlap (defensive: matchers emit in order)
	}
	s.dst = append(s.dst, match{start: start, end: end, typ: typ, rule: rule})
}

// tokenLike: text that is already a token (AWS_TYPE_001) is never an original, so masking is
// idempotent.
func tokenLike(b []byte) bool {
	if len(b) < 7 || string(b[:4]) != "AWS_" || !isDigit(b[len(b)-1]) {
		return false
	}
	for _, c := range b {
		if !isUpper(c) && !isDigit(c) && c != '_' {
			return false
		}
	}
	return true
}

// run is the single pass: at every word start (an ASCII letter or digit not preceded by one)
// the enabled rules whose first byte fits are tried in table order; the first that matches
// consumes its span. Non-ASCII bytes (Hangul, Unicode punctuation) are boundaries.
func (s *scanState) run() {
	s.tableCols = s.tableBuf[:0]
	s.tableRule = -1
	for ri := range s.d.table {
		if !s.d.on[ri] || !keywordsPresent(s.text, s.d.table[ri].keywords) {
			continue
		}
		s.active |= 1 << ri
		if s.d.table[ri].id == "markdown-table" {
			s.tableRule = ri
		}
	}
	text := s.text
	n := len(text)
	i := 0
	for i < n {
		c := text[i]
		if !isAlnum(c) {
			if c == '|' && s.tableRule >= 0 && (i == 0 || text[i-1] == '\n') {
				s.tableRow(i)
			}
			i++
			continue
		}
		if i > 0 && isAlnum(text[i-1]) {
			i++
			continue
		}
		if end := s.tryAt(i); end > i {
			i = end
			continue
		}
		// skip the rest of this alphanumeric run
		i++
		for i < n && isAlnum(text[i]) {
			i++
		}
	}
}

// tryAt runs the rules for the word starting at i and returns the end of what was consumed,
// or -1.
func (s *scanState) tryAt(i int) int {
	for _, ri := range s.d.byFirst[s.text[i]] {
		if s.active&(1<<ri) == 0 {
			continue
		}
		if end := s.d.table[ri].match(s, i, int(ri)); end > i {
			return end
		}
	}
	return -1
}

// tryStructural runs only the structural rules (not context or heuristic ones) at i; used by
// context rules so that a value that is an ID or ARN gets its precise type.
func (s *scanState) tryStructural(i int) int {
	if i >= len(s.text) {
		return -1
	}
	for _, ri := range s.d.byFirst[s.text[i]] {
		r := &s.d.table[ri]
		if r.kind != kindStructural || s.active&(1<<ri) == 0 {
			continue
		}
		if end := r.match(s, i, int(ri)); end > i {
			return end
		}
	}
	return -1
}

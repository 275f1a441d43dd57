package masking

import (
	"bytes"
	"slices"
	"strings"
)

// Mapping is the token -> original table of one request. Restoring with it replaces only
// tokens it issued, so text the model wrote that merely looks like a token stays as it is.
// A Mapping is read-only once masking is done and is then safe for concurrent use.
type Mapping struct {
	eng    *Engine          // thinking key for envelopes
	tokens []string         // in issue order (MarshalJSON keeps it)
	origs  []string         // origs[i] is the original of tokens[i]
	tables []tokenTable     // per token type: its TYPE part and its tokens by counter
	byName map[string]int32 // TYPE part -> index in tables, once there are many types
	sparse map[string]int32 // tokens not in canonical form or with far counters -> index
	slab   []int32          // unused storage for the first counters of new types
	arena  strings.Builder  // holds the bytes of tokens and originals (see strs)
	maxLen int              // longest token
	slots  [64]int8         // nameSlot(name) -> 1 + index in tables of a type of that slot
	shared bool             // some type did not get its slot: a miss there proves nothing

	// the first tables and counters, in the Mapping's own allocation
	tabBuf  [16]tokenTable
	slabBuf [16 * tableSlots]int32
}

// nameSlot hashes a TYPE part for Mapping.slots (a type is also found when its slot is taken).
func nameSlot[T ~string | ~[]byte](name T) int {
	if len(name) == 0 {
		return 0
	}
	return (len(name)*131 + int(name[0])*7 + int(name[len(name)-1])) & 63
}

// tokenTable indexes one token type by counter: at[n] is 1 + the index of counter n's token,
// 0 when that counter was not issued. Tokens are numbered densely, so lookups need no hashing
// of the whole token and issuing one needs no map insertion.
type tokenTable struct {
	name string // TYPE part of the tokens
	at   []int32
}

// Token types are found by a linear search of names up to this many types, by byName above.
const maxLinearTypes = 16

// tableSlots is the number of counters a type's table holds before it grows on its own.
const tableSlots = 8

func newMapping(e *Engine) *Mapping {
	return &Mapping{eng: e}
}

// typeIndex returns the index of token type name, or -1.
func (m *Mapping) typeIndex(name []byte) int {
	if m.byName != nil {
		if i, ok := m.byName[string(name)]; ok {
			return int(i)
		}
		return -1
	}
	j := int(m.slots[nameSlot(name)]) - 1
	if j >= 0 && m.tables[j].name == string(name) {
		return j
	}
	if !m.shared {
		return -1
	}
	for i := range m.tables {
		if m.tables[i].name == string(name) {
			return i
		}
	}
	return -1
}

// table returns the index of the table of token type name, creating it.
func (m *Mapping) table(name string) int32 {
	if i := m.typeIndex([]byte(name)); i >= 0 {
		return int32(i)
	}
	if m.tables == nil {
		m.tables, m.slab = m.tabBuf[:0], m.slabBuf[:]
	}
	if len(m.slab) < tableSlots {
		m.slab = make([]int32, tableSlots*16)
	}
	m.tables = append(m.tables, tokenTable{name: name, at: m.slab[:tableSlots:tableSlots]})
	m.slab = m.slab[tableSlots:]
	i := int32(len(m.tables) - 1)
	if h := nameSlot(name); m.slots[h] == 0 && i < 127 {
		m.slots[h] = int8(i + 1)
	} else {
		m.shared = true
	}
	switch {
	case m.byName != nil:
		m.byName[name] = i
	case len(m.tables) > maxLinearTypes:
		m.byName = make(map[string]int32, 2*len(m.tables))
		for j := range m.tables {
			m.byName[m.tables[j].name] = int32(j)
		}
	}
	return i
}

// strs returns tok and orig as strings stored in the mapping's arena: the bytes are appended
// to a strings.Builder, whose String shares its buffer and never changes bytes once written,
// so one allocation holds the strings of many tokens. A full arena is replaced by a larger
// one; the strings already handed out keep the old buffer.
func (m *Mapping) strs(tok, orig []byte) (string, string) {
	need := len(tok) + len(orig)
	if m.arena.Cap()-m.arena.Len() < need {
		size := min(max(2*m.arena.Cap(), arenaMin), arenaMax)
		m.arena = strings.Builder{}
		m.arena.Grow(max(size, need))
	}
	start := m.arena.Len()
	m.arena.Write(tok)
	m.arena.Write(orig)
	all := m.arena.String()
	return all[start : start+len(tok)], all[start+len(tok) : start+need]
}

// Arena sizes, in bytes: the first, and the largest a full arena is replaced by.
const (
	arenaMin = 1 << 10
	arenaMax = 64 << 10
)

// grow makes room for n more tokens, with one allocation for tokens and originals.
func (m *Mapping) grow(n int) {
	if cap(m.tokens)-len(m.tokens) >= n && cap(m.origs)-len(m.origs) >= n {
		return
	}
	c := max(2*len(m.tokens), len(m.tokens)+n, 16)
	buf := make([]string, 2*c)
	copy(buf, m.tokens)
	copy(buf[c:], m.origs)
	m.tokens, m.origs = buf[:len(m.tokens):c], buf[c:c+len(m.origs):2*c]
}

// issue records token tok (type table ti, counter n, canonical form) for orig.
func (m *Mapping) issue(ti int32, n int, tok, orig string) {
	m.tokens = append(m.tokens, tok)
	m.origs = append(m.origs, orig)
	m.maxLen = max(m.maxLen, len(tok))
	t := &m.tables[ti]
	if n >= len(t.at) {
		t.at = slices.Grow(t.at, n+1-len(t.at))[:n+1]
	}
	t.at[n] = int32(len(m.tokens))
}

// add records any token-shaped tok for orig, canonical or not.
func (m *Mapping) add(tok, orig string) {
	name, n, canonical := parseToken(tok)
	if canonical && n <= 4*len(m.tokens)+1024 {
		m.issue(m.table(name), n, tok, orig)
		return
	}
	m.tokens = append(m.tokens, tok)
	m.origs = append(m.origs, orig)
	m.maxLen = max(m.maxLen, len(tok))
	if m.sparse == nil {
		m.sparse = make(map[string]int32)
	}
	m.sparse[tok] = int32(len(m.tokens) - 1)
}

// lookup returns the original of an issued token.
func (m *Mapping) lookup(tok []byte) (string, bool) {
	last := -1
	return m.lookupCached(tok, &last)
}

// lookupCached is lookup remembering in *last the index of the last token type resolved:
// tokens of one type tend to come together, and this saves hashing the type name.
func (m *Mapping) lookupCached(tok []byte, last *int) (string, bool) {
	// tok is token-shaped: "AWS_" NAME "_" DIGITS, NAME non-empty
	j := len(tok)
	for j > 0 && isDec(tok[j-1]) {
		j--
	}
	digits := tok[j:]
	if len(digits) >= 3 && (len(digits) == 3 || digits[0] != '0') && len(digits) <= 9 && j >= len(tokenPrefix)+2 && tok[j-1] == '_' {
		name := tok[len(tokenPrefix) : j-1]
		ti := *last
		if ti < 0 || string(name) != m.tables[ti].name {
			ti = m.typeIndex(name)
			*last = ti
		}
		if ti >= 0 {
			t := &m.tables[ti]
			n := 0
			for _, c := range digits {
				n = n*10 + int(c-'0')
			}
			if n < len(t.at) && t.at[n] > 0 {
				return m.origs[t.at[n]-1], true
			}
		}
	}
	if m.sparse != nil {
		if i, ok := m.sparse[string(tok)]; ok {
			return m.origs[i], true
		}
	}
	return "", false
}

// parseToken splits a token-shaped string into its TYPE part and counter, and reports
// whether it is in the canonical form formatToken produces.
func parseToken(tok string) (name string, n int, canonical bool) {
	j := len(tok)
	for j > 0 && isDec(tok[j-1]) {
		j--
	}
	digits := tok[j:]
	if j < len(tokenPrefix)+2 || tok[j-1] != '_' || len(digits) < 3 || len(digits) > 9 || len(digits) > 3 && digits[0] == '0' {
		return "", 0, false
	}
	for _, c := range []byte(digits) {
		n = n*10 + int(c-'0')
	}
	return tok[len(tokenPrefix) : j-1], n, true
}

// Len returns the number of issued tokens.
func (m *Mapping) Len() int { return len(m.tokens) }

// Original returns the original of an issued token.
func (m *Mapping) Original(token string) (string, bool) {
	if _, ok := tokenShape([]byte(token)); !ok {
		return "", false
	}
	return m.lookup([]byte(token))
}

// MarshalJSON encodes the mapping as one compact JSON object, token -> original, in issue
// order: {"AWS_INSTANCE_ID_001":"i-0abc...",...}. It is the CLI's --mapping file and what
// the Kong plugin keeps in its per-request context.
func (m *Mapping) MarshalJSON() ([]byte, error) {
	n := 2
	for i, t := range m.tokens {
		n += len(t) + len(m.origs[i]) + 6
	}
	b := make([]byte, 0, n)
	b = append(b, '{')
	for i, t := range m.tokens {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, []byte(t))
		b = append(b, ':')
		b = appendJSONString(b, m.origs[i])
	}
	return append(b, '}'), nil
}

// LoadMapping decodes a mapping written by Mapping.MarshalJSON and attaches e, whose
// thinking key signs envelopes in restored responses. Every key must be token-shaped and
// every value a non-empty string; duplicates are refused. Failures are INVALID_MAPPING.
func (e *Engine) LoadMapping(data []byte) (*Mapping, error) {
	p := parser{buf: data}
	root, err := p.parse()
	if err != nil {
		return nil, &Error{Code: CodeInvalidMapping, Message: "mapping is not valid JSON", Err: err}
	}
	n := p.nodes[root]
	if n.kind != kObject {
		return nil, newError(CodeInvalidMapping, "mapping is not a JSON object")
	}
	m := newMapping(e)
	var scratch, valScratch []byte
	for c := n.first; c >= 0; c = p.nodes[c].next {
		kn := &p.nodes[c]
		key := p.str(kn.keyStart, kn.keyEnd, kn.keyEsc, &scratch)
		if _, ok := tokenShape(key); !ok || len(key) > len(tokenPrefix)+maxTypeLen+1+maxCounterLen {
			return nil, newError(CodeInvalidMapping, "mapping key is not a token")
		}
		if kn.kind != kString {
			return nil, newError(CodeInvalidMapping, "mapping value is not a string")
		}
		if _, dup := m.lookup(key); dup {
			return nil, newError(CodeInvalidMapping, "mapping has a duplicate token")
		}
		val := p.str(kn.start, kn.end, kn.esc, &valScratch)
		if len(val) == 0 {
			return nil, newError(CodeInvalidMapping, "mapping value is empty")
		}
		m.add(m.strs(key, val))
	}
	return m, nil
}

// UnmaskText restores every issued token in src. Anything else is copied unchanged.
func (m *Mapping) UnmaskText(src []byte) []byte {
	out, _ := m.restore(make([]byte, 0, len(src)+64), src, false, true, nil) // originals are rarely longer than tokens
	return out
}

// span records where restore placed an original: out[start:end] replaced token tok.
type span struct {
	start, end int
	tok        string
}

// restore appends src to dst with issued tokens replaced by their originals, JSON-escaped
// when esc is set (src is the inside of a JSON string literal, or JSON text whose tokens can
// only stand inside string literals). When final is false it stops before the first place
// whose reading depends on bytes not yet seen (a possible token running to the end of src)
// and reports how many bytes it consumed; the caller carries the rest. When spans is not
// nil, every replacement is recorded with offsets into dst.
func (m *Mapping) restore(dst, src []byte, esc, final bool, spans *[]span) ([]byte, int) {
	if len(m.tokens) == 0 {
		if final {
			return append(dst, src...), len(src)
		}
		n := len(src) - partialPrefix(src)
		return append(dst, src[:n]...), n
	}
	var endsBuf [8]int
	lastType := -1
	i := 0 // src[:i] is done
	from := 0
	for {
		k := bytes.Index(src[from:], []byte(tokenPrefix))
		if k < 0 {
			if final {
				return append(dst, src[i:]...), len(src)
			}
			n := len(src) - partialPrefix(src[from:])
			return append(dst, src[i:n]...), n
		}
		p := from + k
		ends, complete := candidateEnds(src, p, m.maxLen, endsBuf[:0])
		if !complete && !final {
			return append(dst, src[i:p]...), p
		}
		found := false
		for x := len(ends) - 1; x >= 0; x-- {
			e := ends[x]
			if orig, ok := m.lookupCached(src[p:e], &lastType); ok {
				dst = append(dst, src[i:p]...)
				start := len(dst)
				if esc {
					dst = appendJSONEscaped(dst, orig)
				} else {
					dst = append(dst, orig...)
				}
				if spans != nil {
					*spans = append(*spans, span{start: start, end: len(dst), tok: string(src[p:e])})
				}
				i, from = e, e
				found = true
				break
			}
		}
		if !found {
			from = p + 1
		}
	}
}

// partialPrefix returns the length of the longest proper prefix of "AWS_" that ends src.
func partialPrefix(src []byte) int {
	for n := len(tokenPrefix) - 1; n > 0; n-- {
		if len(src) >= n && bytes.Equal(src[len(src)-n:], []byte(tokenPrefix[:n])) {
			return n
		}
	}
	return 0
}

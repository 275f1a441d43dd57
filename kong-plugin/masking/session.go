package masking

import (
	"bytes"
	"slices"
)

// Stats describes what one Session masked. It carries counts and sizes only, never data, so
// it is safe to log.
type Stats struct {
	Counts           map[string]int // occurrences replaced by a token, per secret type
	BytesIn          int            // bytes given to MaskText/MaskRequest
	BytesOut         int            // bytes returned by them
	ThinkingVerified int            // thinking envelopes verified and forwarded byte-identical
	ThinkingFallback int            // thinking envelopes that failed verification (block masked normally)
}

// Session masks one request. Tokens are numbered per Session, so every call on a Session
// shares one mapping: the same original always gets the same token. Not safe for
// concurrent use.
type Session struct {
	eng      *Engine
	mapping  *Mapping
	byOrig   map[string]origInfo   // original -> its token and type
	types    map[string]*typeState // per secret type: token name, counter, occurrences
	pinned   int                   // tokens registered from thinking envelopes
	reserved map[string]struct{}   // token-shaped strings seen in the input
	stats    Stats
	prop     propIndex
}

type origInfo struct {
	tok string
	ts  *typeState
}

// typeState is a Session's state for one secret type.
type typeState struct {
	typ     string      // the secret type
	name    string      // TYPE part of its tokens
	table   *tokenTable // the mapping's index of its tokens
	counter int         // last counter issued
	count   int         // occurrences replaced
}

// segment is one piece of text the model sees: the whole input of MaskText, or one decoded
// JSON string literal of a request.
type segment struct {
	text     []byte   // decoded text
	litStart int      // raw span of the literal in the body, quotes included; -1 for plain text
	litEnd   int      //
	raw      []byte   // the literal's raw content (between the quotes)
	esc      bool     // the literal has escapes: text is decoded, offsets differ from raw
	ms       []match  // matches to replace, sorted and non-overlapping
	toks     []string // token of each match (set by render)
	out      []byte   // fixed replacement of the whole literal (thinking blocks); nil otherwise
	verbatim bool     // not masked: forwarded as it is, or replaced by out
	reencode bool     // a match boundary falls inside an escape: re-encode the literal
}

// Mapping returns the session's token -> original table. It grows as the session masks.
func (s *Session) Mapping() *Mapping { return s.mapping }

// Stats returns a copy of the session's counters.
func (s *Session) Stats() Stats {
	st := s.stats
	st.Counts = make(map[string]int, len(s.types))
	for typ, ts := range s.types {
		if ts.count > 0 {
			st.Counts[typ] = ts.count
		}
	}
	return st
}

// MaskText masks plain text: every identifier the rules find, and every other occurrence
// of one, is replaced by its token. The result restores exactly with Mapping().UnmaskText.
func (s *Session) MaskText(src []byte) (out []byte, err error) {
	defer failClosed(&out, &err)
	s.stats.BytesIn += len(src)
	segs := []segment{{text: src, litStart: -1, litEnd: -1}}
	if err := s.maskSegments(segs, nil); err != nil {
		return nil, err
	}
	sg := &segs[0]
	out = sg.emit(make([]byte, 0, len(src)+len(sg.ms)*8))
	s.stats.BytesOut += len(out)
	return out, nil
}

// failClosed turns a panic while masking into CodeInternal: the caller gets an error and no
// output, never half-masked data. The panic value is not kept, as it might quote input.
func failClosed(out *[]byte, err *error) {
	if r := recover(); r != nil {
		*out = nil
		*err = newError(CodeInternal, "internal error while masking; nothing may be forwarded")
	}
}

// maskSegments runs the whole pipeline over segments given in prompt-cache order:
// reserve token-shaped input, detect, number tokens in order of first detection, propagate
// every detected original to its other occurrences, and render each changed segment.
// afterReserve, when set, runs once the input's token-shaped strings are reserved.
func (s *Session) maskSegments(segs []segment, afterReserve func() error) error {
	for i := range segs {
		if !segs[i].verbatim {
			s.reserve(segs[i].text)
		}
	}
	if afterReserve != nil {
		if err := afterReserve(); err != nil {
			return err
		}
	}
	var all []match
	for i := range segs {
		sg := &segs[i]
		if sg.verbatim {
			continue
		}
		lo := len(all)
		all = s.eng.det.scan(sg.text, all)
		all = s.dropTokens(sg.text, all, lo)
		sg.ms = all[lo:len(all):len(all)]
	}
	s.reserveCapacity(len(all))
	for i := range segs {
		sg := &segs[i]
		for _, m := range sg.ms {
			s.tokenFor(sg.text[m.start:m.end], m.typ)
		}
	}
	s.prop.build(s.byOrig)
	for i := range segs {
		sg := &segs[i]
		if sg.verbatim {
			continue
		}
		sg.ms = s.prop.propagate(sg.text, sg.ms, s.byOrig)
		if len(sg.ms) == 0 {
			continue
		}
		if err := s.render(sg); err != nil {
			return err
		}
	}
	return nil
}

// reserveCapacity sizes the session's maps for up to n more originals at once, instead of
// letting them grow (and rehash) one insertion at a time.
func (s *Session) reserveCapacity(n int) {
	n /= 2 // matches repeat originals; a rough guess beats growing from empty
	if n < 128 || len(s.byOrig) > n {
		return
	}
	byOrig := make(map[string]origInfo, len(s.byOrig)+n)
	for k, v := range s.byOrig {
		byOrig[k] = v
	}
	s.byOrig = byOrig
	s.mapping.tokens = slices.Grow(s.mapping.tokens, n)
	s.mapping.origs = slices.Grow(s.mapping.origs, n)
}

// dropTokens removes matches in all[lo:] that are exactly a token of a known type, so masking
// masked text changes nothing.
func (s *Session) dropTokens(text []byte, all []match, lo int) []match {
	w := lo
	for _, m := range all[lo:] {
		if name, ok := tokenShape(text[m.start:m.end]); ok && s.eng.knownName(name) {
			continue
		}
		all[w] = m
		w++
	}
	return all[:w]
}

// tokenFor returns the token of orig, issuing the next free one of type typ when orig is new.
func (s *Session) tokenFor(orig []byte, typ string) string {
	if oi, ok := s.byOrig[string(orig)]; ok {
		return oi.tok
	}
	ts := s.typeState(typ)
	var arr [256]byte
	for {
		ts.counter++
		buf := appendToken(arr[:0], ts.name, ts.counter)
		if _, taken := s.reserved[string(buf)]; taken {
			continue
		}
		if s.pinned > 0 {
			if _, taken := s.mapping.lookup(buf); taken {
				continue
			}
		}
		// one allocation holds both the token and the original
		both := string(append(buf, orig...))
		tok, o := both[:len(buf)], both[len(buf):]
		s.byOrig[o] = origInfo{tok: tok, ts: ts}
		s.mapping.issue(ts.table, ts.counter, tok, o)
		return tok
	}
}

// typeState returns the session's state for secret type typ.
func (s *Session) typeState(typ string) *typeState {
	ts := s.types[typ]
	if ts == nil {
		name := s.eng.tokenName(typ)
		ts = &typeState{typ: typ, name: name, table: s.mapping.table(name)}
		s.types[typ] = ts
	}
	return ts
}

// reserve records every string in text that the restorer would read as a token, so no
// issued token can collide with text the input already holds.
func (s *Session) reserve(text []byte) {
	var endsBuf [8]int
	from := 0
	for {
		k := bytes.Index(text[from:], []byte(tokenPrefix))
		if k < 0 {
			return
		}
		p := from + k
		ends, _ := candidateEnds(text, p, s.eng.maxTokLen, endsBuf[:0])
		for _, e := range ends {
			if s.reserved == nil {
				s.reserved = make(map[string]struct{})
			}
			s.reserved[string(text[p:e])] = struct{}{}
		}
		from = p + 1
	}
}

// render resolves the tokens of sg's matches, counts them, and checks that the masked text
// restores exactly wherever a token touches a word character (the only case where the
// restorer could read it differently). The output is written later by emit.
func (s *Session) render(sg *segment) error {
	text := sg.text
	sg.toks = make([]string, len(sg.ms))
	risky := false
	for i, m := range sg.ms {
		oi := s.byOrig[string(text[m.start:m.end])]
		sg.toks[i] = oi.tok
		if oi.ts != nil {
			oi.ts.count++
		}
		if m.start > 0 && isWordChar(text[m.start-1]) || m.end < len(text) && isWordChar(text[m.end]) {
			risky = true
		}
	}
	if risky {
		masked := sg.appendMasked(make([]byte, 0, len(text)+len(sg.ms)*8))
		back, _ := s.mapping.restore(make([]byte, 0, len(text)), masked, false, true, nil)
		if !bytes.Equal(back, text) {
			return newError(CodeUnmaskableContent, "an identifier is glued to text so that its token would not restore exactly")
		}
	}
	if sg.esc {
		w := offsetWalker{lit: sg.raw}
		for _, m := range sg.ms {
			if w.rawAt(m.start) < 0 || w.rawAt(m.end) < 0 {
				sg.reencode = true // a match boundary inside one escape
				break
			}
		}
	}
	return nil
}

// appendMasked appends sg's decoded text with its matches replaced by their tokens.
func (sg *segment) appendMasked(dst []byte) []byte {
	prev := 0
	for i, m := range sg.ms {
		dst = append(dst, sg.text[prev:m.start]...)
		dst = append(dst, sg.toks[i]...)
		prev = m.end
	}
	return append(dst, sg.text[prev:]...)
}

// changed reports whether emit writes something other than the input for sg.
func (sg *segment) changed() bool { return sg.out != nil || !sg.verbatim && len(sg.toks) > 0 }

// emit appends the masked form of sg: for a JSON literal the raw literal with tokens spliced
// in, so unchanged bytes (escapes included) stay as they were.
func (sg *segment) emit(dst []byte) []byte {
	switch {
	case sg.out != nil:
		return append(dst, sg.out...)
	case sg.litStart < 0:
		return sg.appendMasked(dst)
	case sg.reencode:
		dst = append(dst, '"')
		dst = appendJSONEscaped(dst, sg.appendMasked(nil))
		return append(dst, '"')
	}
	raw := sg.raw
	dst = append(dst, '"')
	w := offsetWalker{lit: raw}
	prev := 0
	for i, m := range sg.ms {
		rs, re := m.start, m.end
		if sg.esc {
			rs, re = w.rawAt(m.start), w.rawAt(m.end)
		}
		dst = append(dst, raw[prev:rs]...)
		dst = append(dst, sg.toks[i]...)
		prev = re
	}
	dst = append(dst, raw[prev:]...)
	return append(dst, '"')
}

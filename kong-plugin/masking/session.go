package masking

import (
	"bytes"
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
	byOrig   map[string]origInfo // original -> its token and type
	counters map[string]int      // secret type -> last counter used
	names    map[string]string   // secret type -> TYPE part of its tokens
	reserved map[string]struct{} // token-shaped strings seen in the input
	stats    Stats
	prop     propIndex
	body     []byte // the request body being masked (MaskRequest only)
}

type origInfo struct {
	tok, typ string
}

// segment is one piece of text the model sees: the whole input of MaskText, or one decoded
// JSON string literal of a request.
type segment struct {
	text     []byte   // decoded text
	litStart int      // raw span of the literal in the body, quotes included; -1 for plain text
	litEnd   int      //
	escs     []escape // escapes of the literal, nil when it has none
	ms       []match  // matches to replace, sorted and non-overlapping
	out      []byte   // replacement for the literal (or the masked text); nil when unchanged
	verbatim bool     // forward text as it is (a verified thinking block)
}

// Mapping returns the session's token -> original table. It grows as the session masks.
func (s *Session) Mapping() *Mapping { return s.mapping }

// Stats returns a copy of the session's counters.
func (s *Session) Stats() Stats {
	st := s.stats
	st.Counts = make(map[string]int, len(s.stats.Counts))
	for k, v := range s.stats.Counts {
		st.Counts[k] = v
	}
	return st
}

// MaskText masks plain text: every identifier the rules find, and every other occurrence
// of one, is replaced by its token. The result restores exactly with Mapping().UnmaskText.
func (s *Session) MaskText(src []byte) ([]byte, error) {
	s.stats.BytesIn += len(src)
	segs := []segment{{text: src, litStart: -1, litEnd: -1}}
	if err := s.maskSegments(segs, nil); err != nil {
		return nil, err
	}
	out := segs[0].out
	if out == nil {
		out = append([]byte(nil), src...)
	}
	s.stats.BytesOut += len(out)
	return out, nil
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
		for j := lo; j < len(all); j++ {
			s.tokenFor(sg.text[all[j].start:all[j].end], all[j].typ)
		}
		sg.ms = all[lo:len(all):len(all)]
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
	name, ok := s.names[typ]
	if !ok {
		name = typeTokenName(typ)
		s.names[typ] = name
	}
	for {
		s.counters[typ]++
		tok := formatToken(name, s.counters[typ])
		if _, taken := s.reserved[tok]; taken {
			continue
		}
		if _, taken := s.mapping.orig[tok]; taken {
			continue
		}
		o := string(orig)
		s.byOrig[o] = origInfo{tok: tok, typ: typ}
		s.mapping.add(tok, o)
		return tok
	}
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

// render builds the masked form of sg (sg.out). For a JSON literal it splices tokens into
// the raw literal so unchanged bytes, escapes included, stay as they were.
func (s *Session) render(sg *segment) error {
	text := sg.text
	masked := make([]byte, 0, len(text)+len(sg.ms)*8)
	risky := false
	prev := 0
	if s.stats.Counts == nil {
		s.stats.Counts = make(map[string]int)
	}
	for _, m := range sg.ms {
		masked = append(masked, text[prev:m.start]...)
		if len(masked) > 0 && isWordChar(masked[len(masked)-1]) || m.end < len(text) && isWordChar(text[m.end]) {
			risky = true
		}
		oi := s.byOrig[string(text[m.start:m.end])]
		masked = append(masked, oi.tok...)
		s.stats.Counts[oi.typ]++
		prev = m.end
	}
	masked = append(masked, text[prev:]...)
	if risky {
		back, _ := s.mapping.restore(make([]byte, 0, len(text)), masked, false, true, nil)
		if !bytes.Equal(back, text) {
			return newError(CodeUnmaskableContent, "an identifier is glued to text so that its token would not restore exactly")
		}
	}
	if sg.litStart < 0 {
		sg.out = masked
		return nil
	}
	sg.out = s.spliceLiteral(sg, masked)
	return nil
}

// spliceLiteral returns the raw JSON literal of sg with its matches replaced by tokens.
func (s *Session) spliceLiteral(sg *segment, masked []byte) []byte {
	raw := s.body[sg.litStart+1 : sg.litEnd-1]
	out := make([]byte, 0, len(raw)+len(masked)-len(sg.text)+2)
	out = append(out, '"')
	hint := 0
	prev := 0
	for _, m := range sg.ms {
		rs, re := m.start, m.end
		if sg.escs != nil {
			rs, re = rawOffset(sg.escs, m.start, &hint), rawOffset(sg.escs, m.end, &hint)
			if rs < 0 || re < 0 {
				// A match boundary inside one escape: re-encode the whole literal.
				return appendJSONString(out[:0], masked)
			}
		}
		out = append(out, raw[prev:rs]...)
		out = append(out, s.byOrig[string(sg.text[m.start:m.end])].tok...)
		prev = re
	}
	out = append(out, raw[prev:]...)
	return append(out, '"')
}

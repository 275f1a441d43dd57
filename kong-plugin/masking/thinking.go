package masking

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"strings"
)

// Signed thinking round trip.
//
// Claude signs each thinking block over the text it wrote, which is masked text. The client
// must read restored thinking, yet when it sends the block back in its next turn Claude must
// receive exactly what it wrote. So the restorer replaces the block's signature with an
// envelope:
//
//	"awsm1." + base64url(JSON{"sig": original signature,
//	                          "spans": [[start, end, token], ...],
//	                          "mac": base64url(HMAC-SHA256(key, masked || 0x00 || sig))})
//
// where spans are byte offsets in the restored (decoded) thinking text at which originals
// were placed. MaskRequest rebuilds the masked text by putting each span's token back,
// checks that each span's original agrees with this request's mapping (registering the
// token when it is new), verifies the MAC, and forwards the masked text with the original
// signature. If anything fails (a key change, an edited block), the block is masked like any
// other text and sent with the original signature: never unmasked, and counted in
// Stats.ThinkingFallback. redacted_thinking blocks pass untouched.

const envelopePrefix = "awsm1."

type envelopeJSON struct {
	Sig   string  `json:"sig"`
	Spans [][]any `json:"spans"`
	Mac   string  `json:"mac"`
}

type envelope struct {
	sig   string
	spans []span
	mac   []byte
}

func thinkingMAC(key, masked []byte, sig string) []byte {
	h := hmac.New(sha256.New, key)
	h.Write(masked)
	h.Write([]byte{0})
	h.Write([]byte(sig))
	return h.Sum(nil)
}

// makeEnvelope returns the envelope for a thinking block whose masked text is masked, whose
// original signature is sig, and whose restore placed originals at spans (offsets relative
// to the restored text).
func makeEnvelope(key, masked []byte, sig string, spans []span) string {
	ej := envelopeJSON{Sig: sig, Spans: make([][]any, len(spans))}
	for i, sp := range spans {
		ej.Spans[i] = []any{sp.start, sp.end, sp.tok}
	}
	ej.Mac = base64.RawURLEncoding.EncodeToString(thinkingMAC(key, masked, sig))
	b, _ := json.Marshal(ej) // cannot fail: strings, ints and slices only
	return envelopePrefix + base64.RawURLEncoding.EncodeToString(b)
}

// parseEnvelope decodes an envelope; ok is false when sig is not a well-formed envelope.
func parseEnvelope(sig string) (envelope, bool) {
	rest, found := strings.CutPrefix(sig, envelopePrefix)
	if !found {
		return envelope{}, false
	}
	raw, err := base64.RawURLEncoding.DecodeString(rest)
	if err != nil {
		return envelope{}, false
	}
	var ej envelopeJSON
	if err := json.Unmarshal(raw, &ej); err != nil {
		return envelope{}, false
	}
	mac, err := base64.RawURLEncoding.DecodeString(ej.Mac)
	if err != nil || len(mac) != sha256.Size {
		return envelope{}, false
	}
	env := envelope{sig: ej.Sig, mac: mac, spans: make([]span, 0, len(ej.Spans))}
	prevEnd := 0
	for _, s := range ej.Spans {
		if len(s) != 3 {
			return envelope{}, false
		}
		a, ok1 := s[0].(float64)
		b, ok2 := s[1].(float64)
		tok, ok3 := s[2].(string)
		if !ok1 || !ok2 || !ok3 || a != float64(int(a)) || b != float64(int(b)) || int(a) < prevEnd || b < a {
			return envelope{}, false
		}
		if _, ok := tokenShape([]byte(tok)); !ok {
			return envelope{}, false
		}
		env.spans = append(env.spans, span{start: int(a), end: int(b), tok: tok})
		prevEnd = int(b)
	}
	return env, true
}

// thinkingBlock is a request thinking block whose signature is an envelope.
type thinkingBlock struct {
	textSeg int // segment of the thinking text
	sigSeg  int // segment of the signature literal (verbatim; out set when it changes)
	env     envelope
}

// thinkingBlock collects a request's thinking block. A plain signature is left as it is
// and the text masked normally; an envelope is checked in verifyThinking.
func (w *reqWalker) thinkingBlock(ms []member) error {
	th := lookup(ms, "thinking")
	if th < 0 {
		return newError(CodeUnmaskableContent, `a thinking block has no "thinking"`)
	}
	if err := w.text(th, place{"thinking", ""}); err != nil {
		return err
	}
	textSeg := len(w.segs) - 1
	for _, m := range ms {
		switch m.key {
		case "type", "thinking", "signature", "cache_control":
		default:
			w.data(m.val, true)
		}
	}
	sig := lookup(ms, "signature")
	if sig < 0 || w.kind(sig) != kString {
		return nil
	}
	sv, _ := w.stringValue(sig)
	if !strings.HasPrefix(sv, envelopePrefix) {
		return nil
	}
	nd := &w.p.nodes[sig]
	w.segs = append(w.segs, segment{litStart: int(nd.start), litEnd: int(nd.end), raw: w.p.buf[nd.start+1 : nd.end-1], verbatim: true})
	env, ok := parseEnvelope(sv)
	if !ok {
		// Not ours or damaged: the original signature is lost, so the block cannot verify.
		// Mask the text normally and forward the signature as it came.
		w.s.stats.ThinkingFallback++
		return nil
	}
	w.thinking = append(w.thinking, thinkingBlock{textSeg: textSeg, sigSeg: len(w.segs) - 1, env: env})
	return nil
}

// verifyThinking checks every envelope once the input is reserved and before detection
// numbers new tokens, so the tokens a verified block uses keep their meaning.
func (w *reqWalker) verifyThinking() {
	s := w.s
	for _, tb := range w.thinking {
		restored := append([]byte(nil), w.segs[tb.textSeg].text(&s.fd.buf)...)
		masked, ok := unspan(restored, tb.env.spans)
		if ok {
			ok = hmac.Equal(tb.env.mac, thinkingMAC(s.eng.key, masked, tb.env.sig))
		}
		if ok {
			ok = s.registerSpans(restored, tb.env.spans)
		}
		w.segs[tb.sigSeg].out = appendJSONString(nil, tb.env.sig)
		if !ok {
			s.stats.ThinkingFallback++
			continue
		}
		s.stats.ThinkingVerified++
		w.segs[tb.textSeg].verbatim = true
		if !bytes.Equal(masked, restored) {
			w.segs[tb.textSeg].out = appendJSONString(nil, masked)
		}
	}
}

// unspan rebuilds the masked text from the restored text and the envelope's spans.
func unspan(restored []byte, spans []span) ([]byte, bool) {
	out := make([]byte, 0, len(restored))
	prev := 0
	for _, sp := range spans {
		if sp.start < prev || sp.end > len(restored) || sp.start >= sp.end {
			return nil, false
		}
		out = append(out, restored[prev:sp.start]...)
		out = append(out, sp.tok...)
		prev = sp.end
	}
	return append(out, restored[prev:]...), true
}

// pin registers tok as the token of orig (type typ), as a verified envelope says it is.
func (s *Session) pin(orig, tok, typ string) {
	idx := int32(len(s.mapping.tokens))
	s.mapping.add(tok, orig)
	s.tstate = append(s.tstate, s.typeState(typ))
	s.pinned++
	if _, ok := s.byOrig[orig]; !ok {
		s.byOrig[orig] = idx
	}
}

// registerSpans makes the session's mapping agree with a verified block: each span's token
// must mean its original here too. New tokens are registered; a conflict refuses the block.
func (s *Session) registerSpans(restored []byte, spans []span) bool {
	seen := make(map[string]string, len(spans))
	for _, sp := range spans {
		orig := string(restored[sp.start:sp.end])
		if have, ok := s.mapping.lookup([]byte(sp.tok)); ok && have != orig {
			return false
		}
		if have, ok := seen[sp.tok]; ok && have != orig {
			return false
		}
		seen[sp.tok] = orig
	}
	for _, sp := range spans {
		if _, ok := s.mapping.lookup([]byte(sp.tok)); ok {
			continue
		}
		s.pin(seen[sp.tok], sp.tok, s.eng.typeOfToken(sp.tok))
	}
	return true
}

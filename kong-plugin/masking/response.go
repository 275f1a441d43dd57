package masking

import (
	"slices"
)

// UnmaskResponse restores a Messages API JSON response or error body: every issued token in
// any string (text, tool_use input, thinking, error messages) becomes its original again,
// JSON-escaped where needed, and every other byte is kept. Thinking blocks get restored text
// and an envelope signature (see the package doc) when the mapping has an engine. A body
// that is not JSON is restored as text. It never fails; the error is kept for API symmetry.
func (m *Mapping) UnmaskResponse(body []byte) ([]byte, error) {
	p := parser{buf: body}
	root, err := p.parse()
	if err != nil {
		return m.UnmaskText(body), nil
	}
	var splices []splice
	if m.eng != nil {
		splices = m.thinkingSplices(&p, root, splices)
	}
	slices.SortFunc(splices, func(a, b splice) int { return a.start - b.start })
	out := make([]byte, 0, len(body)+len(body)/8)
	prev := 0
	for _, sp := range splices {
		out, _ = m.restore(out, body[prev:sp.start], true, true, nil)
		out = append(out, sp.repl...)
		prev = sp.end
	}
	out, _ = m.restore(out, body[prev:], true, true, nil)
	return out, nil
}

// splice replaces body[start:end] with repl.
type splice struct {
	start, end int
	repl       []byte
}

// field returns the value of member key of object obj, or -1.
func (p *parser) field(obj int32, key string) int32 {
	if obj < 0 || p.nodes[obj].kind != kObject {
		return -1
	}
	for c := p.nodes[obj].first; c >= 0; c = p.nodes[c].next {
		n := &p.nodes[c]
		if !n.keyEsc && string(p.buf[n.keyStart+1:n.keyEnd-1]) == key {
			return c
		}
	}
	return -1
}

// stringAt returns the decoded string at node n, or ok=false when n is not a string.
func (p *parser) stringAt(n int32) ([]byte, bool) {
	if n < 0 || p.nodes[n].kind != kString {
		return nil, false
	}
	nd := &p.nodes[n]
	lit := p.buf[nd.start+1 : nd.end-1]
	if !nd.esc {
		return lit, true
	}
	return decodeString(make([]byte, 0, len(lit)), lit), true
}

// thinkingSplices restores the thinking blocks of a message response and wraps their
// signatures in envelopes.
func (m *Mapping) thinkingSplices(p *parser, root int32, splices []splice) []splice {
	content := p.field(root, "content")
	if content < 0 || p.nodes[content].kind != kArray {
		return splices
	}
	for c := p.nodes[content].first; c >= 0; c = p.nodes[c].next {
		if typ, _ := p.stringAt(p.field(c, "type")); string(typ) != "thinking" {
			continue
		}
		thN, sigN := p.field(c, "thinking"), p.field(c, "signature")
		masked, ok1 := p.stringAt(thN)
		sig, ok2 := p.stringAt(sigN)
		if !ok1 || !ok2 {
			continue
		}
		var spans []span
		restored, _ := m.restore(make([]byte, 0, len(masked)+len(masked)/8), masked, false, true, &spans)
		th, sn := &p.nodes[thN], &p.nodes[sigN]
		splices = append(splices,
			splice{start: int(th.start), end: int(th.end), repl: appendJSONString(nil, restored)},
			splice{start: int(sn.start), end: int(sn.end), repl: appendJSONString(nil, makeEnvelope(m.eng.key, masked, string(sig), spans))})
	}
	return splices
}

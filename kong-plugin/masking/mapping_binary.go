package masking

import (
	"encoding/binary"
	"slices"
)

// The binary form of a Mapping is what a gateway keeps between the request and the response
// of one call: a uvarint count, then for every token in issue order a uvarint length and the
// token, a uvarint length and the original. It is smaller than the JSON form and is read
// without a parser; LoadMappingBinary checks it as strictly as LoadMapping checks JSON.

// maxTokenLen is the longest string a token can be.
const maxTokenLen = len(tokenPrefix) + maxTypeLen + 1 + maxCounterLen

// AppendBinary appends the binary form of m to b (encoding.BinaryAppender).
func (m *Mapping) AppendBinary(b []byte) ([]byte, error) {
	n := binary.MaxVarintLen64
	for i, t := range m.tokens {
		n += len(t) + len(m.origs[i]) + 2*binary.MaxVarintLen32
	}
	b = slices.Grow(b, n)
	b = binary.AppendUvarint(b, uint64(len(m.tokens)))
	for i, t := range m.tokens {
		b = binary.AppendUvarint(b, uint64(len(t)))
		b = append(b, t...)
		b = binary.AppendUvarint(b, uint64(len(m.origs[i])))
		b = append(b, m.origs[i]...)
	}
	return b, nil
}

// MarshalBinary returns the binary form of m (encoding.BinaryMarshaler).
func (m *Mapping) MarshalBinary() ([]byte, error) { return m.AppendBinary(nil) }

// LoadMappingBinary reads a mapping in the binary form of AppendBinary. Every key must be a
// token, every original non-empty, no token repeated, and nothing may follow the last pair;
// otherwise the error has code INVALID_MAPPING.
func (e *Engine) LoadMappingBinary(data []byte) (*Mapping, error) {
	bad := func(what string) (*Mapping, error) {
		return nil, newError(CodeInvalidMapping, "binary mapping: "+what)
	}
	count, k := uvarint(data)
	if k <= 0 {
		return bad("no count")
	}
	data = data[k:]
	if count > uint64(len(data))/4 { // a pair takes at least 4 bytes
		return bad("count larger than the data")
	}
	m := newMapping(e)
	m.grow(int(count))
	next := func(limit int) ([]byte, bool) {
		l, k := uvarint(data)
		if k <= 0 || l > uint64(len(data)-k) || l > uint64(limit) {
			return nil, false
		}
		s := data[k : k+int(l)]
		data = data[k+int(l):]
		return s, true
	}
	for range count {
		tok, ok := next(maxTokenLen)
		if !ok {
			return bad("truncated token")
		}
		if _, ok := tokenShape(tok); !ok {
			return bad("key is not a token")
		}
		orig, ok := next(len(data))
		if !ok || len(orig) == 0 {
			return bad("missing or empty original")
		}
		if _, dup := m.lookup(tok); dup {
			return bad("duplicate token")
		}
		m.add(m.strs(tok, orig))
	}
	if len(data) > 0 {
		return bad("trailing bytes")
	}
	return m, nil
}

// uvarint is binary.Uvarint that also refuses a number not written in its shortest form, so
// that one mapping has one binary form.
func uvarint(b []byte) (uint64, int) {
	v, k := binary.Uvarint(b)
	if k > 1 && b[k-1] == 0 {
		return 0, 0
	}
	return v, k
}

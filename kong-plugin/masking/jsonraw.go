package masking

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"
)

// A small position-preserving JSON parser. The request walker needs byte offsets of every
// string literal so it can splice masked literals into the raw body and leave every other
// byte as the client sent it (prompt-cache stability), which encoding/json cannot give.

const (
	kObject uint8 = iota + 1
	kArray
	kString
	kNumber
	kLiteral // true, false, null
)

const maxDepth = 512

// jnode is one JSON value. Object members carry their key's literal span.
type jnode struct {
	kind     uint8
	esc      bool  // string value contains a backslash escape
	keyEsc   bool  // key contains a backslash escape
	start    int32 // raw span of the value; strings include their quotes
	end      int32
	keyStart int32 // raw span of the member's key literal, -1 outside objects
	keyEnd   int32
	first    int32 // first child, -1 when none
	next     int32 // next sibling, -1 when none
}

type parser struct {
	buf   []byte
	pos   int
	nodes []jnode
}

var errTooDeep = errors.New("nesting deeper than 512 levels")

// parse parses the whole buffer as one JSON value and returns the root node index.
func (p *parser) parse() (int32, error) {
	if len(p.buf) > maxInput {
		return -1, errors.New("body larger than 2 GiB")
	}
	if want := 16 + len(p.buf)/64; cap(p.nodes) < want {
		p.nodes = make([]jnode, 0, want)
	}
	p.skipSpace()
	root, err := p.value(0, -1, -1, false)
	if err != nil {
		return -1, err
	}
	p.skipSpace()
	if p.pos != len(p.buf) {
		return -1, fmt.Errorf("unexpected data after the JSON value at byte %d", p.pos)
	}
	return root, nil
}

func (p *parser) skipSpace() {
	for p.pos < len(p.buf) {
		switch p.buf[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

func (p *parser) errAt(what string) error {
	if p.pos >= len(p.buf) {
		return fmt.Errorf("unexpected end of JSON, want %s", what)
	}
	return fmt.Errorf("invalid JSON at byte %d, want %s", p.pos, what)
}

func (p *parser) value(depth int, keyStart, keyEnd int32, keyEsc bool) (int32, error) {
	if depth > maxDepth {
		return -1, errTooDeep
	}
	if p.pos >= len(p.buf) {
		return -1, p.errAt("a value")
	}
	idx := int32(len(p.nodes))
	p.nodes = append(p.nodes, jnode{start: int32(p.pos), keyStart: keyStart, keyEnd: keyEnd, keyEsc: keyEsc, first: -1, next: -1})
	switch c := p.buf[p.pos]; {
	case c == '{':
		p.nodes[idx].kind = kObject
		p.pos++
		p.skipSpace()
		if p.pos < len(p.buf) && p.buf[p.pos] == '}' {
			p.pos++
			break
		}
		last := int32(-1)
		for {
			p.skipSpace()
			if p.pos >= len(p.buf) || p.buf[p.pos] != '"' {
				return -1, p.errAt("an object key")
			}
			ks := p.pos
			esc, err := p.str0()
			if err != nil {
				return -1, err
			}
			ke := p.pos
			p.skipSpace()
			if p.pos >= len(p.buf) || p.buf[p.pos] != ':' {
				return -1, p.errAt("':'")
			}
			p.pos++
			p.skipSpace()
			child, err := p.value(depth+1, int32(ks), int32(ke), esc)
			if err != nil {
				return -1, err
			}
			if last < 0 {
				p.nodes[idx].first = child
			} else {
				p.nodes[last].next = child
			}
			last = child
			p.skipSpace()
			if p.pos < len(p.buf) && p.buf[p.pos] == ',' {
				p.pos++
				continue
			}
			if p.pos < len(p.buf) && p.buf[p.pos] == '}' {
				p.pos++
				break
			}
			return -1, p.errAt("',' or '}'")
		}
	case c == '[':
		p.nodes[idx].kind = kArray
		p.pos++
		p.skipSpace()
		if p.pos < len(p.buf) && p.buf[p.pos] == ']' {
			p.pos++
			break
		}
		last := int32(-1)
		for {
			p.skipSpace()
			child, err := p.value(depth+1, -1, -1, false)
			if err != nil {
				return -1, err
			}
			if last < 0 {
				p.nodes[idx].first = child
			} else {
				p.nodes[last].next = child
			}
			last = child
			p.skipSpace()
			if p.pos < len(p.buf) && p.buf[p.pos] == ',' {
				p.pos++
				continue
			}
			if p.pos < len(p.buf) && p.buf[p.pos] == ']' {
				p.pos++
				break
			}
			return -1, p.errAt("',' or ']'")
		}
	case c == '"':
		p.nodes[idx].kind = kString
		esc, err := p.str0()
		if err != nil {
			return -1, err
		}
		p.nodes[idx].esc = esc
	case c == '-' || isDec(c):
		p.nodes[idx].kind = kNumber
		if err := p.number(); err != nil {
			return -1, err
		}
	default:
		p.nodes[idx].kind = kLiteral
		if !p.literal("true") && !p.literal("false") && !p.literal("null") {
			return -1, p.errAt("a value")
		}
	}
	p.nodes[idx].end = int32(p.pos)
	return idx, nil
}

func (p *parser) literal(s string) bool {
	if len(p.buf)-p.pos >= len(s) && string(p.buf[p.pos:p.pos+len(s)]) == s {
		p.pos += len(s)
		return true
	}
	return false
}

func (p *parser) number() error {
	b, i := p.buf, p.pos
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && b[i] >= '1' && b[i] <= '9':
		for i < len(b) && isDec(b[i]) {
			i++
		}
	default:
		p.pos = i
		return p.errAt("a digit")
	}
	if i < len(b) && b[i] == '.' {
		i++
		if i >= len(b) || !isDec(b[i]) {
			p.pos = i
			return p.errAt("a digit")
		}
		for i < len(b) && isDec(b[i]) {
			i++
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if i >= len(b) || !isDec(b[i]) {
			p.pos = i
			return p.errAt("a digit")
		}
		for i < len(b) && isDec(b[i]) {
			i++
		}
	}
	p.pos = i
	return nil
}

// str0 validates the string literal at p.pos (which is '"') and moves past it.
func (p *parser) str0() (esc bool, err error) {
	b := p.buf
	i := p.pos + 1
	for {
		for i < len(b) && charClass[b[i]]&clsStrStop == 0 {
			i++
		}
		if i >= len(b) {
			p.pos = i
			return false, p.errAt("'\"'")
		}
		switch c := b[i]; {
		case c == '"':
			p.pos = i + 1
			return esc, nil
		case c < 0x20:
			p.pos = i
			return false, p.errAt("no control character in a string")
		}
		esc = true
		if i+1 >= len(b) {
			p.pos = i + 1
			return false, p.errAt("an escape")
		}
		switch b[i+1] {
		case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			i += 2
		case 'u':
			if i+6 > len(b) || !isHex4(b[i+2:i+6]) {
				p.pos = i
				return false, p.errAt("four hex digits")
			}
			i += 6
		default:
			p.pos = i
			return false, p.errAt("a valid escape")
		}
	}
}

func isHex4(b []byte) bool {
	for _, c := range b[:4] {
		if !isDec(c) && (c < 'a' || c > 'f') && (c < 'A' || c > 'F') {
			return false
		}
	}
	return true
}

func hex4(b []byte) rune {
	var r rune
	for _, c := range b[:4] {
		r <<= 4
		switch {
		case isDec(c):
			r |= rune(c - '0')
		case c >= 'a' && c <= 'f':
			r |= rune(c-'a') + 10
		default:
			r |= rune(c-'A') + 10
		}
	}
	return r
}

// decodeString decodes the content of a valid string literal (without its quotes) into dst.
func decodeString(dst, lit []byte) []byte {
	i := 0
	for i < len(lit) {
		if lit[i] != '\\' {
			k := bytes.IndexByte(lit[i:], '\\')
			if k < 0 {
				return append(dst, lit[i:]...)
			}
			dst = append(dst, lit[i:i+k]...)
			i += k
			continue
		}
		n := 2
		switch lit[i+1] {
		case 'b':
			dst = append(dst, '\b')
		case 'f':
			dst = append(dst, '\f')
		case 'n':
			dst = append(dst, '\n')
		case 'r':
			dst = append(dst, '\r')
		case 't':
			dst = append(dst, '\t')
		case 'u':
			n = 6
			r := hex4(lit[i+2:])
			if utf16.IsSurrogate(r) {
				r2 := rune(-1)
				if i+12 <= len(lit) && lit[i+6] == '\\' && lit[i+7] == 'u' {
					r2 = hex4(lit[i+8:])
				}
				if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
					r, n = d, 12
				} else {
					r = utf8.RuneError
				}
			}
			dst = utf8.AppendRune(dst, r)
		default: // '"', '\\', '/'
			dst = append(dst, lit[i+1])
		}
		i += n
	}
	return dst
}

// escapeLen returns the raw length of the escape at lit[0] ('\\') and the length of what
// it decodes to, as decodeString does.
func escapeLen(lit []byte) (raw, dec int) {
	if lit[1] != 'u' {
		return 2, 1
	}
	r := hex4(lit[2:])
	if utf16.IsSurrogate(r) {
		if len(lit) >= 12 && lit[6] == '\\' && lit[7] == 'u' {
			if d := utf16.DecodeRune(r, hex4(lit[8:])); d != utf8.RuneError {
				return 12, 4
			}
		}
		return 6, 3 // U+FFFD
	}
	return 6, utf8.RuneLen(r)
}

// offsetWalker maps increasing offsets in a literal's decoded text to offsets in its raw
// content, walking the raw bytes once instead of storing a table of escapes.
type offsetWalker struct {
	lit      []byte
	raw, dec int
}

// rawAt returns the raw offset of decoded offset d (d must not decrease between calls), or
// -1 when d falls inside the decoded bytes of one escape.
func (w *offsetWalker) rawAt(d int) int {
	for w.dec < d {
		if w.lit[w.raw] != '\\' {
			k := bytes.IndexByte(w.lit[w.raw:], '\\')
			if k < 0 {
				k = len(w.lit) - w.raw
			}
			step := min(k, d-w.dec)
			w.raw += step
			w.dec += step
			continue
		}
		r, n := 2, 1 // \n, \", \\ ... decode to one byte
		if w.lit[w.raw+1] == 'u' {
			r, n = escapeLen(w.lit[w.raw:])
		}
		if w.dec+n > d {
			return -1
		}
		w.raw += r
		w.dec += n
	}
	return w.raw
}

// str returns the decoded content of the literal at [start,end) (quotes included).
func (p *parser) str(start, end int32, esc bool, scratch *[]byte) []byte {
	lit := p.buf[start+1 : end-1]
	if !esc {
		return lit
	}
	*scratch = decodeString((*scratch)[:0], lit)
	return *scratch
}

// appendJSONString appends s as a JSON string literal.
func appendJSONString[T ~string | ~[]byte](dst []byte, s T) []byte {
	dst = append(dst, '"')
	dst = appendJSONEscaped(dst, s)
	return append(dst, '"')
}

// appendJSONEscaped appends s escaped for the inside of a JSON string literal: only '"', '\\'
// and control characters are escaped, so everything else stays byte-identical.
func appendJSONEscaped[T ~string | ~[]byte](dst []byte, s T) []byte {
	const hexDigits = "0123456789abcdef"
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		dst = append(dst, s[start:i]...)
		switch c {
		case '"', '\\':
			dst = append(dst, '\\', c)
		case '\n':
			dst = append(dst, '\\', 'n')
		case '\r':
			dst = append(dst, '\\', 'r')
		case '\t':
			dst = append(dst, '\\', 't')
		default:
			dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
		}
		start = i + 1
	}
	return append(dst, s[start:]...)
}

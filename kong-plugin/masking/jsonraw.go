package masking

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"slices"
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

	// With decode set, every string literal with escapes is decoded while it is parsed
	// (strDecode): its text goes to dec, its escape offsets to escs, and strs lists them.
	decode bool
	dec    []byte
	escs   []int32
	strs   []strInfo

	uEsc bool // some literal holds a \u escape
}

// strInfo locates the decoded text of the escaped literal whose opening quote is at start:
// parser.dec[decOff:decEnd], and the offsets of its escapes, parser.escs[escOff:escEnd].
type strInfo struct {
	start, decOff, decEnd, escOff, escEnd int32
}

// decoded returns the strInfo of the literal whose opening quote is at start.
func (p *parser) decoded(start int32) (strInfo, bool) {
	k, ok := slices.BinarySearchFunc(p.strs, start, func(si strInfo, t int32) int { return int(si.start - t) })
	if !ok {
		return strInfo{}, false
	}
	return p.strs[k], true
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
		// a word at a time up to '"', '\\' or a control character
		for i+8 <= len(b) {
			x := binary.LittleEndian.Uint64(b[i:])
			if m := strStops(x); m != 0 {
				i += bits.TrailingZeros64(m) >> 3
				break
			}
			i += 8
		}
		for i < len(b) && charClass[b[i]]&clsStrStop == 0 {
			i++
		}
		if closed, err := p.strStop(i); err != nil {
			return false, err
		} else if closed {
			return esc, nil
		}
		if p.decode {
			return p.strDecode(i)
		}
		esc = true
		if i+1 >= len(b) {
			p.pos = i + 1
			return false, p.errAt("an escape")
		}
		switch _, ok := escapedByte(b[i+1]); {
		case ok:
			i += 2
		case b[i+1] == 'u':
			if i+6 > len(b) || !isHex4(b[i+2:i+6]) {
				p.pos = i
				return false, p.errAt("four hex digits")
			}
			p.uEsc = true
			i += 6
		default:
			p.pos = i
			return false, p.errAt("a valid escape")
		}
	}
}

// strDecode finishes str0 for a literal whose first escape is at i (p.pos is its opening
// quote): it validates the rest as str0 does and decodes the literal into p.dec as
// decodeEsc would, in the same pass.
func (p *parser) strDecode(i int) (bool, error) {
	b := p.buf
	start := p.pos
	if cap(p.dec)-len(p.dec) < len(b)+8-start {
		// decoded text is never longer than its literal: room for the rest of the buffer,
		// and for an offset per backslash left (an escape has at least one)
		p.dec = slices.Grow(p.dec, len(b)+8-start)
		p.escs = slices.Grow(p.escs, bytes.Count(b[i:], []byte{'\\'}))
	}
	decOff, escOff := len(p.dec), len(p.escs)
	out := append(p.dec, b[start+1:i]...)
	j := len(out)
	out = out[:cap(out)]
	for {
		// b[i] is '\\'; j-decOff <= i-start, so a word written at j fits
		if i+1 >= len(b) {
			p.pos = i + 1
			return false, p.errAt("an escape")
		}
		p.escs = append(p.escs, int32(i-start-1))
		n := 2
		switch c, ok := escapedByte(b[i+1]); {
		case ok:
			out[j] = c
		case b[i+1] == 'u':
			if i+6 > len(b) || !isHex4(b[i+2:i+6]) {
				p.pos = i
				return false, p.errAt("four hex digits")
			}
			p.uEsc = true
			var w int
			n, w = decodeU(b, i, out, j)
			j += w - 1
		default:
			p.pos = i
			return false, p.errAt("a valid escape")
		}
		j++
		i += n
		// copy a word at a time up to '"', '\\' or a control character
		for i+8 <= len(b) {
			x := binary.LittleEndian.Uint64(b[i:])
			binary.LittleEndian.PutUint64(out[j:], x)
			if m := strStops(x); m != 0 {
				k := bits.TrailingZeros64(m) >> 3
				i += k
				j += k
				break
			}
			i += 8
			j += 8
		}
		for i < len(b) && charClass[b[i]]&clsStrStop == 0 {
			out[j] = b[i]
			i++
			j++
		}
		if i < len(b) && b[i] == '\\' {
			continue // the next escape (the common stop in escaped text)
		}
		if closed, err := p.strStop(i); err != nil {
			return false, err
		} else if closed {
			p.dec = out[:j]
			p.strs = append(p.strs, strInfo{start: int32(start), decOff: int32(decOff), decEnd: int32(j), escOff: int32(escOff), escEnd: int32(len(p.escs))})
			return true, nil
		}
	}
}

// strStops flags, in a word of a string literal, the bytes a plain run stops at: '"', '\\'
// and control characters.
func strStops(x uint64) uint64 {
	return swarEq(x, '"') | swarEq(x, '\\') | (x-swarLo*0x20)&^x&swarHi
}

// strStop judges b[i], where a string literal's plain run stopped: the end of the input or a
// control character is an error, '"' closes the literal (p.pos moves past it), and '\\'
// starts an escape (closed and err are both zero).
func (p *parser) strStop(i int) (closed bool, err error) {
	b := p.buf
	if i >= len(b) {
		p.pos = i
		return false, p.errAt("'\"'")
	}
	switch c := b[i]; {
	case c == '"':
		p.pos = i + 1
		return true, nil
	case c < 0x20:
		p.pos = i
		return false, p.errAt("no control character in a string")
	}
	return false, nil
}

// escapedByte returns the byte a one-letter JSON escape stands for (\n, \", \/, ...); ok is
// false for 'u' and for letters that are not escapes.
func escapedByte(c byte) (byte, bool) {
	switch c {
	case '"', '\\', '/':
		return c, true
	case 'b':
		return '\b', true
	case 'f':
		return '\f', true
	case 'n':
		return '\n', true
	case 'r':
		return '\r', true
	case 't':
		return '\t', true
	}
	return 0, false
}

// decodeU decodes the \u escape at b[i] (with the low surrogate escape after it, when it
// makes a pair) into out at j, and returns the bytes consumed from b and written to out. The
// caller has checked the four hex digits at b[i+2:i+6]; an unpaired surrogate becomes U+FFFD,
// as encoding/json decodes it.
func decodeU(b []byte, i int, out []byte, j int) (consumed, written int) {
	consumed = 6
	r := hex4(b[i+2:])
	if utf16.IsSurrogate(r) {
		r2 := rune(-1)
		if i+12 <= len(b) && b[i+6] == '\\' && b[i+7] == 'u' && isHex4(b[i+8:i+12]) {
			r2 = hex4(b[i+8:])
		}
		if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
			r, consumed = d, 12
		} else {
			r = utf8.RuneError
		}
	}
	return consumed, utf8.EncodeRune(out[j:], r)
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
func decodeString(dst, lit []byte) []byte { return decodeEsc(dst, lit, nil) }

// decodeEsc is decodeString that also appends to *escs, when escs is not nil, the offset in
// lit of every escape (a surrogate pair counts as one), for offsetWalker.
func decodeEsc(dst, lit []byte, escs *[]int32) []byte {
	dst = slices.Grow(dst, len(lit)) // decoded text is never longer than its literal
	j := len(dst)
	out := dst[:cap(dst)]
	i := 0
	for i < len(lit) {
		// copy a word at a time up to the next backslash; j-len(dst) <= i, so the word fits
		for i+8 <= len(lit) {
			x := binary.LittleEndian.Uint64(lit[i:])
			binary.LittleEndian.PutUint64(out[j:], x)
			if m := swarEq(x, '\\'); m != 0 {
				k := bits.TrailingZeros64(m) >> 3
				i += k
				j += k
				break
			}
			i += 8
			j += 8
		}
		for i < len(lit) && lit[i] != '\\' {
			out[j] = lit[i]
			i++
			j++
		}
		if i >= len(lit) {
			break
		}
		if escs != nil {
			*escs = append(*escs, int32(i))
		}
		n := 2
		if c, ok := escapedByte(lit[i+1]); ok {
			out[j] = c
		} else { // 'u': the literal was validated
			var w int
			n, w = decodeU(lit, i, out, j)
			j += w - 1
		}
		j++
		i += n
	}
	return out[:j]
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

// escapesOf appends to dst the offset in lit of every escape, as decodeEsc records them.
func escapesOf(lit []byte, dst []int32) []int32 {
	for i := 0; i < len(lit); i++ {
		if lit[i] == '\\' {
			dst = append(dst, int32(i))
			r, _ := escapeLen(lit[i:])
			i += r - 1
		}
	}
	return dst
}

// offsetWalker maps increasing offsets in a literal's decoded text to offsets in its raw
// content, stepping over the literal's escapes (escs, from decodeEsc or escapesOf) rather
// than its bytes.
type offsetWalker struct {
	lit      []byte
	escs     []int32 // offsets of lit's escapes, in order
	k        int     // escs[k] is the next escape
	raw, dec int
}

// rawAt returns the raw offset of decoded offset d (d must not decrease between calls), or
// -1 when d falls inside the decoded bytes of one escape.
func (w *offsetWalker) rawAt(d int) int {
	for {
		e := len(w.lit) // the next escape, or the end
		if w.k < len(w.escs) {
			e = int(w.escs[w.k])
		}
		if d-w.dec <= e-w.raw {
			w.raw += d - w.dec
			w.dec = d
			return w.raw
		}
		w.dec += e - w.raw
		w.raw = e
		r, n := 2, 1 // \n, \", \\ ... decode to one byte
		if w.lit[e+1] == 'u' {
			r, n = escapeLen(w.lit[e:])
		}
		if w.dec+n > d {
			return -1
		}
		w.raw += r
		w.dec += n
		w.k++
	}
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

// Word-at-a-time (SWAR) tests. JSON text inside JSON escapes every quote and line break, so
// the runs between escapes are a few bytes long and a call to bytes.IndexByte per run costs
// more than the run: the loops over literals test 8 bytes at a time inline instead. The
// lowest flagged byte of a SWAR test is exact (a false flag only ever sits above a true one).
const (
	swarLo = 0x0101010101010101
	swarHi = 0x8080808080808080
)

// swarEq flags the bytes of x equal to c.
func swarEq(x uint64, c byte) uint64 {
	y := x ^ (swarLo * uint64(c))
	return (y - swarLo) &^ y & swarHi
}

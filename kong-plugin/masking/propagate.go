package masking

import (
	"encoding/binary"
	"math/bits"
	"slices"
)

// Propagation: after detection over the whole request, every other occurrence of a detected
// original that stands at identifier boundaries is masked too, so an identifier the rules
// found in one place (an ARN, a JSON field) cannot leak where it stands bare (prose, a log
// line). Only identifier starts are candidates, found 8 bytes at a time; a candidate is
// tested against a bit set of the originals' first three bytes, and looked up where it hits.
//
// A strong original (eight bytes or more, with a digit or two '-') is also masked where it is
// part of a longer name, joined to it by '-' or '_' (prowler-...-acme-media-uploads,
// pod-7c9f4d8b6-x2kqp_payments, ca-central-1_Vk7rQ2mXp_Google): a name found once must not
// leak inside another. A weak one (orders, payments) is not: it would mask words.

const minPropagateLen = 3 // shorter originals are not propagated (too likely to be words)

// propIndex finds occurrences of known originals. A position is checked only when its first
// byte starts an original and a hash of its first three bytes hits a bit filter sized to the
// number of originals; then, for each distinct length of the originals sharing its first two
// bytes (longest first), the boundaries are tested and the candidate looked up in the
// session's originals.
type propIndex struct {
	bits   []uint64 // filter over hashed first three bytes
	shift  uint32   // 32 - log2(len(bits)*64)
	keys   []uint32 // sorted: first two bytes << 16 | (0xffff - length), deduplicated
	n      int      // originals indexed (the index is rebuilt when this changes); -1: none
	words  bool     // every original starts with an identifier byte: test 8 bytes at a time
	strong bool     // some original is strong (see strongOrig)
	// prefixes are the originals that are customers' name prefixes (Session.namePrefixes):
	// like a strong original, one is masked inside a longer name (set before build)
	prefixes []int32
	cls      [256]uint8
	// cls is charClass with clsStart set on the first byte of every indexed original
}

// clsStart marks, in propIndex.cls, a byte that starts an indexed original; clsStrongStart
// one that starts a strong original (which may also be found inside a longer name).
const (
	clsStart       = 1 << 7
	clsStrongStart = 1 << 6
)

// slot hashes the first three bytes of a candidate into the filter (originals have at least
// minPropagateLen bytes).
func slot(b0, b1, b2 byte, shift uint32) uint32 {
	return ((uint32(b0)<<16 | uint32(b1)<<8 | uint32(b2)) * 0x9e3779b1) >> shift
}

// build indexes origs (the mapping's originals, in issue order).
func (x *propIndex) build(origs []string) {
	if len(origs) == x.n && x.bits != nil {
		return
	}
	x.n = len(origs)
	// about 16 filter bits per original, from 512 bits up to 256 Ki
	logBits := uint32(9)
	for logBits < 18 && 1<<logBits < 16*len(origs) {
		logBits++
	}
	x.shift = 32 - logBits
	if n := 1 << logBits / 64; cap(x.bits) >= n {
		x.bits = x.bits[:n]
		clear(x.bits)
	} else {
		x.bits = make([]uint64, n)
	}
	x.keys = x.keys[:0]
	copy(x.cls[:], charClass)
	x.strong = false
	for idx, o := range origs {
		if len(o) < minPropagateLen || len(o) > 0xffff {
			continue
		}
		if strongOrig([]byte(o)) || slices.Contains(x.prefixes, int32(idx)) {
			x.cls[o[0]] |= clsStrongStart
			x.strong = true
		}
		k := uint16(o[0])<<8 | uint16(o[1])
		x.keys = append(x.keys, uint32(k)<<16|uint32(0xffff-len(o)))
		h := slot(o[0], o[1], o[2], x.shift)
		x.bits[h>>6] |= 1 << (h & 63)
	}
	slices.Sort(x.keys)
	x.keys = slices.Compact(x.keys)
	x.words = true
	for _, key := range x.keys {
		x.cls[key>>24] |= clsStart
		if charClass[key>>24]&clsIdent == 0 {
			x.words = false
		}
	}
}

// escapeEnd returns the end of the URL or backslash escape starting at text[i] ('%', '\\' or
// ESC), or -1: text after "%3A", "\\n", "\\u0022" or a terminal colour code (ESC[1m,
// \u001b[0m, \x1b[31m, \033[0m) starts a new identifier even though the escape ends in a
// letter or digit.
func escapeEnd(text []byte, i int) int {
	isHex := func(c byte) bool { return isDec(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }
	switch {
	case text[i] == '%':
		if i+2 < len(text) && isHex(text[i+1]) && isHex(text[i+2]) {
			return i + 3
		}
		return -1
	case text[i] == 0x1b:
		return colourCodeEnd(text, i+1)
	case i+1 >= len(text):
		return -1
	}
	switch text[i+1] {
	case 'n', 'r', 't', 'b', 'f':
		return i + 2
	case 'u':
		if i+5 < len(text) && isHex4(text[i+2:i+6]) {
			if e := i + 6; hasPrefix(text[i+2:], "001b[") {
				return max(e, colourCodeEnd(text, e))
			}
			return i + 6
		}
	case 'x':
		if hasPrefix(text[i+2:], "1b[") {
			return colourCodeEnd(text, i+4)
		}
	case '0':
		if hasPrefix(text[i+2:], "33[") {
			return colourCodeEnd(text, i+4)
		}
	}
	return -1
}

// colourCodeEnd returns the end of the colour code ([1m, [38;5;124m, [K) at text[j], the
// bytes after an ESC, or -1.
func colourCodeEnd(text []byte, j int) int {
	if j >= len(text) || text[j] != '[' {
		return -1
	}
	k := j + 1
	for k < len(text) && k-j <= 16 && (isDec(text[k]) || text[k] == ';') {
		k++
	}
	if k >= len(text) || text[k] != 'm' && text[k] != 'K' {
		return -1
	}
	return k + 1
}

// isIdentChar reports whether c continues an identifier for propagation boundaries.
func isIdentChar(c byte) bool { return charClass[c]&clsIdent != 0 }

// isJoiner reports whether c joins the parts of a compound name ('-' or '_').
func isJoiner(c byte) bool { return c == '-' || c == '_' }

// strongOrig reports whether an original may be masked inside a longer name: eight bytes or
// more, with a letter, and a digit or two '-' (acme-media-uploads, e-m4xq7ctr2p; not a
// product's name such as fluent-bit or cert-manager); twelve digits, an account ID as
// report file names carry it (prowler-output-123456789012-20261125.csv); or an IPv4 address.
func strongOrig(o []byte) bool {
	if len(o) < 8 {
		return false
	}
	var digit, letter, other bool
	dashes, dots := 0, 0
	for _, c := range o {
		switch {
		case c >= '0' && c <= '9':
			digit = true
		case c == '-':
			dashes++
		case c == '.':
			dots++
			other = true
		case c|0x20 >= 'a' && c|0x20 <= 'z':
			letter = true
		default:
			other = true
		}
	}
	if !letter && !other && dashes == 0 {
		return len(o) == 12
	}
	if !letter && dashes == 0 && dots == 3 && digit {
		return true // an IPv4 address, with a suffix in Hungarian or Croatian (10.70.4.21-re, 10.64.2.18-u)
	}
	return letter && (digit || dashes >= 2)
}

// propagate appends to dst, in order, the hits of ms and every other occurrence of an
// indexed original in text that stands at identifier boundaries and overlaps no hit in ms.
//
// Only a byte that starts an original or an escape needs a look; the loop runs over the
// others with one table lookup each.
func (x *propIndex) propagate(text []byte, ms []hit, byOrig map[string]int32, dst []hit) []hit {
	if len(x.keys) == 0 || len(text) < minPropagateLen {
		return append(dst, ms...)
	}
	cls := &x.cls
	words := x.words
	afterEsc := -1 // a position just after an escape (%3A, \n, \u0022): a boundary
	i := 0
	for next := 0; ; next++ {
		// text[i:stop] holds no detected match; an occurrence starts before the last byte
		stop := len(text)
		if next < len(ms) {
			stop = int(ms[next].start)
		}
		seg := text[:stop]
		limit := min(stop, len(text)-1)
		for i < limit {
			if words && afterEsc < i && i+8 <= len(seg) {
				i = x.words8(text, seg, i, limit, byOrig, &dst)
				if i >= limit {
					break
				}
			}
			c := cls[seg[i]]
			if c&(clsStart|clsEsc) == 0 {
				i++
				continue
			}
			if c&clsEsc != 0 {
				afterEsc = escapeEnd(text, i)
			}
			inner := false
			if c&clsIdent != 0 && i > 0 && cls[seg[i-1]]&clsIdent != 0 && i != afterEsc { // inside an identifier
				inner = isJoiner(seg[i-1]) && !isJoiner(seg[i]) && c&clsStrongStart != 0 // after '-' or '_': strong originals only
			}
			if c&clsStart == 0 || c&clsIdent != 0 && i > 0 && cls[seg[i-1]]&clsIdent != 0 && i != afterEsc && !inner {
				i++
				continue
			}
			if i+2 >= len(text) {
				break // too close to the end for an original
			}
			if end := x.candidate(text, i, stop, inner, byOrig, &dst); end >= 0 {
				i = end
				continue
			}
			i++
		}
		if next == len(ms) {
			return dst
		}
		// no occurrence starts inside a detected match
		dst = append(dst, ms[next])
		i = int(ms[next].end)
	}
}

// words8 looks for occurrences 8 bytes at a time in seg (text[:stop]) from i, up to the
// first escape ('%', '\\' or ESC), and returns where it stopped. Between escapes the candidates
// are the identifier bytes that follow a non-identifier byte: an identifier starts no
// original inside it. Occurrences start before limit.
func (x *propIndex) words8(text, seg []byte, i, limit int, byOrig map[string]int32, dst *[]hit) int {
	cls := &x.cls
	var prev, prevJ uint64 // 0x80 when the byte before the word continues an identifier, joins a name
	if i > 0 && cls[seg[i-1]]&clsIdent != 0 {
		prev = 0x80
	}
	if i > 0 && isJoiner(seg[i-1]) {
		prevJ = 0x80
	}
	for i+8 <= len(seg) {
		w := binary.LittleEndian.Uint64(seg[i:])
		id, joins := identJoinBytes(w)
		outer := id &^ (id<<8 | prev)
		var innerStarts uint64
		if x.strong {
			innerStarts = (id &^ joins) & (joins<<8 | prevJ) // after '-' or '_': strong originals only
		}
		starts := outer | innerStarts
		stopAt := -1 // an escape in the word: stop there
		if esc := swarEq(w, '%') | swarEq(w, '\\') | swarEq(w, 0x1b); esc != 0 {
			e := bits.TrailingZeros64(esc) >> 3
			starts &= 1<<(8*e) - 1
			stopAt = i + e
		}
		next, nextPrev, nextPrevJ := i+8, id>>56, joins>>56
		for ; starts != 0; starts &= starts - 1 {
			bit := bits.TrailingZeros64(starts)
			p := i + bit>>3
			if p >= limit {
				return limit
			}
			inner := innerStarts>>bit&1 != 0
			if cls[seg[p]]&clsStart == 0 || inner && cls[seg[p]]&clsStrongStart == 0 {
				continue
			}
			if p+2 >= len(text) {
				break // too close to the end for an original
			}
			if end := x.candidate(text, p, len(seg), inner, byOrig, dst); end >= 0 {
				next, nextPrev, nextPrevJ, stopAt = end, 0, 0, -1 // resume after the occurrence
				if cls[seg[end-1]]&clsIdent != 0 {
					nextPrev = 0x80
				}
				if isJoiner(seg[end-1]) {
					nextPrevJ = 0x80
				}
				break
			}
		}
		if stopAt >= 0 {
			return stopAt
		}
		i, prev, prevJ = next, nextPrev, nextPrevJ
	}
	return i
}

// candidate tests the identifier start at text[p] (p+2 < len(text)): through the filter of
// first three bytes, then occurrence. It returns the end of the occurrence it appended, or -1.
func (x *propIndex) candidate(text []byte, p, limit int, inner bool, byOrig map[string]int32, dst *[]hit) int {
	if h := slot(text[p], text[p+1], text[p+2], x.shift); x.bits[h>>6]&(1<<(h&63)) == 0 {
		return -1
	}
	return x.occurrence(text, p, uint16(text[p])<<8|uint16(text[p+1]), limit, inner, byOrig, dst)
}

// occurrence looks for an indexed original at text[i:] (first two bytes k), longest first,
// ending at an identifier boundary and at or before limit. When it finds one it appends its
// hit to *dst and returns its end; otherwise -1.
func (x *propIndex) occurrence(text []byte, i int, k uint16, limit int, inner bool, byOrig map[string]int32, dst *[]hit) int {
	lo, _ := slices.BinarySearch(x.keys, uint32(k)<<16)
	for _, key := range x.keys[lo:] {
		if key>>16 != uint32(k) {
			break
		}
		end := i + 0xffff - int(key&0xffff)
		if end > limit {
			continue
		}
		joined := inner // part of a longer name: only a strong original counts
		if end < len(text) && isIdentChar(text[end]) && isIdentChar(text[end-1]) {
			camel := isUpper(text[end]) && isLower(text[end-1]) && len(x.prefixes) > 0 && isUpper(text[i]) // NordhafenAllowList
			if (!isJoiner(text[end]) || isJoiner(text[end-1])) && !camel {
				continue
			}
			if camel && !x.prefixAt(text[i:end], byOrig) {
				continue
			}
			joined = true
		}
		if joined && !strongOrig(text[i:end]) && !x.prefixAt(text[i:end], byOrig) {
			continue
		}
		if idx, ok := byOrig[string(text[i:end])]; ok {
			*dst = append(*dst, hit{start: int32(i), end: int32(end), idx: idx})
			return end
		}
	}
	return -1
}

// prefixAt reports whether o is a customer's name prefix (see propIndex.prefixes).
func (x *propIndex) prefixAt(o []byte, byOrig map[string]int32) bool {
	if len(x.prefixes) == 0 {
		return false
	}
	idx, ok := byOrig[string(o)]
	return ok && slices.Contains(x.prefixes, idx)
}

// exactEq flags (high bit of each byte) the bytes of x equal to c, with no false positive
// (swarEq may flag a byte above an equal one, which its callers tolerate).
func exactEq(x uint64, c byte) uint64 {
	const m7 = ^uint64(swarHi)
	y := x ^ swarLo*uint64(c)
	return ^((y&m7 + m7) | y) & swarHi
}

// identBytes flags (high bit of each byte) the bytes of x that continue an identifier,
// [A-Za-z0-9_-], exactly: no flag leaks into a neighbouring byte.
func identBytes(x uint64) uint64 {
	// ge flags the bytes with (byte & 0x7f) >= c; eq those equal to c
	id, _ := identJoinBytes(x)
	return id
}

// identJoinBytes is identBytes, and also flags the bytes that join the parts of a name ('-'
// and '_').
func identJoinBytes(x uint64) (id, joins uint64) {
	ge := func(v uint64, c byte) uint64 { return ((v | swarHi) - swarLo*uint64(c)) & swarHi }
	lower := x | swarLo*0x20 // A-Z folded onto a-z
	digit := ge(x, '0') &^ ge(x, '9'+1)
	alpha := ge(lower, 'a') &^ ge(lower, 'z'+1)
	joins = ^x & swarHi & (exactEq(x, '_') | exactEq(x, '-'))
	return ^x&swarHi&(digit|alpha) | joins, joins
}

package masking

import "slices"

// Propagation: after detection over the whole request, every other occurrence of a detected
// original that stands at identifier boundaries is masked too, so an identifier the rules
// found in one place (an ARN, a JSON field) cannot leak where it stands bare (prose, a log
// line). Originals are indexed by their first two bytes in a 64 Ki-bit set, so the scan is one
// bit test per byte plus a prefix comparison where the set hits.

const minPropagateLen = 3 // shorter originals are not propagated (too likely to be words)

// propIndex finds occurrences of known originals. A position is checked only when it can
// start an occurrence (identifier boundary) and its first two bytes pass a 64 Ki-bit filter;
// then, for each distinct length of the originals sharing those two bytes (longest first),
// the right boundary is tested and the candidate looked up in the session's originals.
type propIndex struct {
	bits [1024]uint64     // first-two-byte filter
	lens map[uint16][]int // first two bytes -> distinct original lengths, longest first
	n    int              // originals indexed (the index is rebuilt when this changes)
}

func (x *propIndex) build(byOrig map[string]origInfo) {
	if len(byOrig) == x.n && x.lens != nil {
		return
	}
	x.bits = [1024]uint64{}
	x.lens = make(map[uint16][]int)
	x.n = len(byOrig)
	for o := range byOrig {
		if len(o) < minPropagateLen {
			continue
		}
		k := uint16(o[0])<<8 | uint16(o[1])
		x.bits[k>>6] |= 1 << (k & 63)
		ls := x.lens[k]
		if !slices.Contains(ls, len(o)) {
			ls = append(ls, len(o))
			slices.SortFunc(ls, func(a, b int) int { return b - a })
			x.lens[k] = ls
		}
	}
}

// isIdentChar reports whether c continues an identifier for propagation boundaries.
func isIdentChar(c byte) bool { return charClass[c]&clsIdent != 0 }

// propagate returns ms merged with every other occurrence of an indexed original in text
// that stands at identifier boundaries and overlaps no match in ms.
func (x *propIndex) propagate(text []byte, ms []match, byOrig map[string]origInfo) []match {
	if len(x.lens) == 0 || len(text) < minPropagateLen {
		return ms
	}
	var added []match
	next := 0 // ms[next] is the first detected match that does not end before i
	bits := &x.bits
	for i := 0; i+1 < len(text); i++ {
		k := uint16(text[i])<<8 | uint16(text[i+1])
		if bits[k>>6]&(1<<(k&63)) == 0 {
			continue
		}
		for next < len(ms) && ms[next].end <= i {
			next++
		}
		if next < len(ms) && ms[next].start <= i {
			i = ms[next].end - 1 // inside a detected match
			continue
		}
		if i > 0 && isIdentChar(text[i]) && isIdentChar(text[i-1]) {
			continue
		}
		for _, l := range x.lens[k] {
			end := i + l
			if end > len(text) || next < len(ms) && end > ms[next].start {
				continue
			}
			if end < len(text) && isIdentChar(text[end]) && isIdentChar(text[end-1]) {
				continue
			}
			if oi, ok := byOrig[string(text[i:end])]; ok {
				added = append(added, match{start: i, end: end, typ: oi.typ, rule: -1})
				i = end - 1
				break
			}
		}
	}
	if added == nil {
		return ms
	}
	out := make([]match, 0, len(ms)+len(added))
	a, b := 0, 0
	for a < len(ms) || b < len(added) {
		if b == len(added) || a < len(ms) && ms[a].start < added[b].start {
			out = append(out, ms[a])
			a++
		} else {
			out = append(out, added[b])
			b++
		}
	}
	return out
}

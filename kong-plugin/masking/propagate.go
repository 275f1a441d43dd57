package masking

import "bytes"

// Propagation: after detection over the whole request, every other occurrence of a detected
// original that stands at identifier boundaries is masked too, so an identifier the rules
// found in one place (an ARN, a JSON field) cannot leak where it stands bare (prose, a log
// line). Originals are indexed by their first two bytes in a 64 Ki-bit set, so the scan is one
// bit test per byte plus a prefix comparison where the set hits.

const minPropagateLen = 3 // shorter originals are not propagated (too likely to be words)

type propIndex struct {
	bits    [1024]uint64        // first-two-byte filter
	byKey   map[uint16][]string // first two bytes -> originals, longest first
	n       int                 // originals indexed
	hasKeys bool
}

func (x *propIndex) build(byOrig map[string]origInfo) {
	if len(byOrig) == x.n {
		return
	}
	x.bits = [1024]uint64{}
	x.byKey = make(map[uint16][]string)
	x.n = len(byOrig)
	for o := range byOrig {
		if len(o) < minPropagateLen {
			continue
		}
		k := uint16(o[0])<<8 | uint16(o[1])
		x.bits[k>>6] |= 1 << (k & 63)
		x.byKey[k] = append(x.byKey[k], o)
		x.hasKeys = true
	}
	for k, list := range x.byKey {
		sortLongestFirst(list)
		x.byKey[k] = list
	}
}

func sortLongestFirst(list []string) {
	// insertion sort: lists are short; ties by value so the order is deterministic
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && (len(list[j]) > len(list[j-1]) || len(list[j]) == len(list[j-1]) && list[j] < list[j-1]); j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
}

// isIdentChar reports whether c continues an identifier for propagation boundaries.
func isIdentChar(c byte) bool { return isWordChar(c) || c == '-' }

// propagate returns ms merged with every other occurrence of an indexed original in text
// that stands at identifier boundaries and overlaps no match in ms.
func (x *propIndex) propagate(text []byte, ms []match, byOrig map[string]origInfo) []match {
	if !x.hasKeys || len(text) < minPropagateLen {
		return ms
	}
	var added []match
	next := 0 // ms[next] is the first detected match not yet passed
	for i := 0; i+1 < len(text); i++ {
		if next < len(ms) && i >= ms[next].start {
			i = ms[next].end - 1
			next++
			continue
		}
		k := uint16(text[i])<<8 | uint16(text[i+1])
		if x.bits[k>>6]&(1<<(k&63)) == 0 {
			continue
		}
		for _, o := range x.byKey[k] {
			end := i + len(o)
			if end > len(text) || !bytes.Equal(text[i:end], []byte(o)) {
				continue
			}
			if next < len(ms) && end > ms[next].start {
				continue
			}
			if i > 0 && isIdentChar(text[i-1]) && isIdentChar(o[0]) {
				continue
			}
			if end < len(text) && isIdentChar(text[end]) && isIdentChar(o[len(o)-1]) {
				continue
			}
			added = append(added, match{start: i, end: end, typ: byOrig[o].typ, rule: -1})
			i = end - 1
			break
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

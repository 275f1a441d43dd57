package masking

import (
	"bytes"
	"strconv"
)

// Token grammar: "AWS_" + TYPE + "_" + NNN, TYPE the secret type upper-cased with '-' -> '_',
// NNN a per-type counter from 001 (more digits past 999). A token ends where its digit run
// ends: the byte after it is not a digit. Tokens hold only [A-Z0-9_], so they need no escaping
// in JSON, URLs or Markdown and cannot be split by an encoder.

const tokenPrefix = "AWS_"

// charClass classifies bytes for the token grammar and identifier boundaries.
const charClass = "\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20" +
	"\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x20\x30\x20\x20\x20\x20" +
	"\x00\x00\x20\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x08\x00\x00" +
	"\x0f\x0f\x0f\x0f\x0f\x0f\x0f\x0f\x0f\x0f\x00\x00\x00\x00\x00\x00" +
	"\x00\x0e\x0e\x0e\x0e\x0e\x0e\x0e\x0e\x0e\x0e\x0e\x0e\x0e\x0e\x0e" +
	"\x0e\x0e\x0e\x0e\x0e\x0e\x0e\x0e\x0e\x0e\x0e\x00\x30\x00\x00\x0e" +
	"\x00\x0c\x0c\x0c\x0c\x0c\x0c\x0c\x0c\x0c\x0c\x0c\x0c\x0c\x0c\x0c" +
	"\x0c\x0c\x0c\x0c\x0c\x0c\x0c\x0c\x0c\x0c\x0c\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"

const (
	clsDigit   = 1 << iota // [0-9]
	clsTok                 // [A-Z0-9_]: may appear in a token
	clsWord                // [A-Za-z0-9_]
	clsIdent               // [A-Za-z0-9_-]: continues an identifier
	clsEsc                 // '%', '\\' or ESC: may start an escape (%2F, \n, \u0022, ESC[1m)
	clsStrStop             // '"', '\\' or a control character: ends a run inside a JSON string
)

func isDec(c byte) bool { return charClass[c]&clsDigit != 0 }

// isTokChar reports whether c may appear in a token.
func isTokChar(c byte) bool { return charClass[c]&clsTok != 0 }

// isWordChar reports whether c continues a word next to a token ([A-Za-z0-9_]).
func isWordChar(c byte) bool { return charClass[c]&clsWord != 0 }

// typeTokenName returns the TYPE part of tokens for secret type typ.
func typeTokenName(typ string) string {
	b := []byte(typ)
	for i, c := range b {
		switch {
		case c >= 'a' && c <= 'z':
			b[i] = c - 'a' + 'A'
		case c >= 'A' && c <= 'Z', isDec(c):
		default:
			b[i] = '_'
		}
	}
	return string(b)
}

// formatToken returns "AWS_<name>_<n>" with n zero-padded to three digits.
func formatToken(name string, n int) string {
	var arr [len(tokenPrefix) + maxTypeLen + 1 + maxCounterLen]byte
	return string(appendToken(arr[:0], name, n))
}

// appendToken appends "AWS_<name>_<n>" to dst.
func appendToken(dst []byte, name string, n int) []byte {
	dst = append(dst, tokenPrefix...)
	dst = append(dst, name...)
	dst = append(dst, '_')
	switch {
	case n < 10:
		dst = append(dst, '0', '0')
	case n < 100:
		dst = append(dst, '0')
	}
	return strconv.AppendInt(dst, int64(n), 10)
}

// tokenShape reports whether b is exactly token-shaped and returns its TYPE part.
func tokenShape(b []byte) (name []byte, ok bool) {
	if len(b) < len(tokenPrefix)+1+1+3 || !bytes.HasPrefix(b, []byte(tokenPrefix)) {
		return nil, false
	}
	for _, c := range b {
		if !isTokChar(c) {
			return nil, false
		}
	}
	i := len(b)
	for i > 0 && isDec(b[i-1]) {
		i--
	}
	if len(b)-i < 3 || i < len(tokenPrefix)+2 || b[i-1] != '_' {
		return nil, false
	}
	return b[len(tokenPrefix) : i-1], true
}

// candidateEnds appends to ends every end e (p < e <= p+maxLen) of a string starting at p
// that the restorer would read as a token: text[p:e] is a run of token bytes ending in a
// digit and text[e] is not a digit. It returns complete=false when the run reaches the end of
// text within maxLen bytes, so a later byte could still change the answer.
func candidateEnds(text []byte, p, maxLen int, ends []int) ([]int, bool) {
	limit := min(len(text), p+maxLen+1)
	j := p + len(tokenPrefix)
	prevDigit := false // text[j-1] is a digit ('_' ends the prefix)
	for ; j < limit; j++ {
		c := charClass[text[j]]
		if c&clsTok == 0 {
			break
		}
		digit := c&clsDigit != 0
		if !digit && prevDigit {
			ends = append(ends, j)
		}
		prevDigit = digit
	}
	if j == len(text) {
		if j > p && isDec(text[j-1]) {
			ends = append(ends, j)
		}
		return ends, false
	}
	if j < limit && isDec(text[j-1]) {
		ends = append(ends, j)
	}
	return ends, true
}

package masking

import (
	"strings"
	"testing"
	"unsafe"
)

// TestByteClassTables checks the constant class tables byte by byte against the
// definitions they encode, so that a hand edit of a table cannot go unnoticed.
func TestByteClassTables(t *testing.T) {
	in := func(set string, c int) bool { return c < 128 && strings.IndexByte(set, byte(c)) >= 0 }
	for c := range 256 {
		var want uint8
		if in(lettersLower, c) {
			want |= clLower
		}
		if in(lettersUpper, c) {
			want |= clUpper
		}
		if in(digits, c) {
			want |= clDigit
		}
		if in(hexFirst, c) {
			want |= clHex
		}
		if in(alnum+".-", c) {
			want |= clHost
		}
		if in(alnum+"+/", c) {
			want |= clB64
		}
		if in("\n|", c) {
			want |= clLine
		}
		if got := byteClass[c]; got != want {
			t.Errorf("byteClass[%#x] = %#x, want %#x", c, got, want)
		}
		var nc uint8
		switch {
		case in(lettersLower, c):
			nc = ncLower
		case in(lettersUpper, c):
			nc = ncUpper
		case in(digits, c):
			nc = ncDigit
		case c == '-':
			nc = ncHyphen
		case c == '.':
			nc = ncDot
		case c == '_':
			nc = ncUnder
		}
		if got := nameClass[c]; got != nc {
			t.Errorf("nameClass[%#x] = %#x, want %#x", c, got, nc)
		}
	}
}

// TestScanStateSize keeps the estimate a Session uses for its pooled memory (scanStateSize)
// an upper bound of the real size.
func TestScanStateSize(t *testing.T) {
	if got := unsafe.Sizeof(scanState{}); got > scanStateSize {
		t.Errorf("scanState is %d bytes, more than scanStateSize (%d): raise the constant", got, scanStateSize)
	}
}

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
		if in("!#$*@", c) {
			want |= clMark
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

// TestKeyCacheSize does the same for the key cache (keyCacheSize).
func TestKeyCacheSize(t *testing.T) {
	if got := unsafe.Sizeof(keyCache{}); got > keyCacheSize {
		t.Errorf("keyCache is %d bytes, more than keyCacheSize (%d): raise the constant", got, keyCacheSize)
	}
}

// TestKeyCacheAgrees checks that the cache answers exactly what normKey and keyType answer,
// for keys that collide in one slot, on a miss and on a hit.
func TestKeyCacheAgrees(t *testing.T) {
	var c keyCache
	keys := []string{"InstanceId", "bucket_name", "DBInstanceIdentifier", "State", "x.y-z", "KmsKeyId", "Name",
		"a" + strings.Repeat("b", 47), "Tags", "user"}
	for round := range 2 {
		for _, k := range keys {
			var b1, b2 [maxKeyLen]byte
			wantKey, wantOK := normKey([]byte(k), b1[:])
			wantTyp, wantMode := "", modeName
			if wantOK {
				wantTyp, wantMode = keyType(wantKey)
			}
			// one slot for every key: each lookup evicts the previous key
			key, typ, mode, ok := c.lookup([]byte(k), 7, b2[:])
			if string(key) != string(wantKey) || typ != wantTyp || mode != wantMode || ok != wantOK {
				t.Errorf("round %d, %q: got (%q, %q, %d, %v), want (%q, %q, %d, %v)", round, k, key, typ, mode, ok,
					wantKey, wantTyp, wantMode, wantOK)
			}
			// the same key again hits the slot
			key, typ, _, _ = c.lookup([]byte(k), 7, b2[:])
			if string(key) != string(wantKey) || typ != wantTyp {
				t.Errorf("round %d, %q on a hit: got (%q, %q)", round, k, key, typ)
			}
		}
	}
}

// TestAPIKeyPrefixShape keeps matchAPIKey's early exit true: apart from 'A' (AIza...), every
// vendor prefix starts with a run of at most six letters and digits followed by '_', '-' or '.'.
func TestAPIKeyPrefixShape(t *testing.T) {
	for c := range 256 {
		if c == 'A' {
			continue
		}
		for _, p := range apiKeyPrefixes(byte(c)) {
			if p.prefix == "" {
				continue
			}
			e := alnumEnd([]byte(p.prefix), 0)
			if e > 6 || e >= len(p.prefix) || !strings.ContainsRune("_-.", rune(p.prefix[e])) {
				t.Errorf("prefix %q: the early exit in matchAPIKey would skip it", p.prefix)
			}
		}
	}
}

// TestCredWordLens checks the constant table of credWord's word lengths against the words it
// reads, so that a hand edit cannot go unnoticed.
func TestCredWordLens(t *testing.T) {
	var want [256]uint16
	add := func(firsts string, lens ...int) {
		for _, c := range []byte(firsts) {
			for _, l := range lens {
				want[c] |= 1 << l
			}
		}
	}
	add("pPkKsS", 5, 6, 7, 8) // password, passwd, passwort, passe, Kennwort, senha, sandi
	add("pP", 3)              // psk, PSK
	add("p", 9)               // psksecret, passwords
	add("a", 2, 5, 9)         // as (a database user); ascii(-text); (_)amazonses
	add("a", 3)               // aws (an indented CLI command's --query projection)
	add("b", 6)               // base64 (echo -n 'ID:SECRET' | base64)
	add("k", 3)               // key (FortiOS: key=16 HEX)
	add("a", 14)              // authentication(-key) (Junos)
	add("nu", 8)              // neighbor, username
	add("iI", 10)             // IDENTIFIED
	add("A", 4, 7)            // AUTH; ipconfig's Address
	add("a", 4)               // auth (HAProxy's stats auth)
	add("N", 4)               // ipconfig's Name
	add("u", 3, 4)            // urn:pulumi:; user (sshd)
	add("f", 3)               // for (sshd)
	add("cC", 4)              // case (AWS Support)
	add("hH", 5, 6)           // heslo, heslem
	add("l", 6)               // (kata) laluan
	add("wW", 10)             // wachtwoord
	add("E", 10)              // ExternalId
	add("fFjJiI", 4)          // FROM, JOIN, INTO
	add("tT", 5)              // TABLE
	add("uU", 6)              // UPDATE
	add("uU", 5)              // using (Db2's CONNECT ... USER x USING y)
	add("r", 11)              // requirepass (Redis)
	add("m", 10)              // masterauth (Redis)
	add("U", 4)               // User (ssh_config)
	add("U", 5)               // Users (C:\Users\x)
	add("mM", 3)              // mdp (French: mot de passe)
	add("nN", 8)              // nenosiri (Swahili)
	add("lL", 7)              // lozinka, lozinku, lozinke (Croatian)
	add("wW", 8)              // wagwoord (Afrikaans)
	for c := range 256 {
		got := uint16(credWordLens[2*c]) | uint16(credWordLens[2*c+1])<<8
		if got != want[c] {
			t.Errorf("credWordLens[%#x] = %#x, want %#x", c, got, want[c])
		}
	}
}

// TestIndexAnchored checks the rare-byte keyword search against bytes.Index: first, last,
// overlapping and absent occurrences, and keywords whose rarest byte is not the first.
func TestIndexAnchored(t *testing.T) {
	texts := []string{"", ":", "a:b:c://x", "x://", "://", "a:@b", ":@", "::@@", "-\n--\n-", "\n--",
		"AAAAA", "AAA", "key: value\nurl: https://h/p\nuser:@host", "abc\\PRIVATE KEY\\"}
	for _, kw := range []string{"://", ":@", "\n--", "AAAA", "PRIVATE KEY", "LS0tLS1CRUdJTi"} {
		for _, text := range texts {
			if got, want := indexAnchored([]byte(text), kw), strings.Index(text, kw); got != want {
				t.Errorf("indexAnchored(%q, %q) = %d, want %d", text, kw, got, want)
			}
		}
	}
}

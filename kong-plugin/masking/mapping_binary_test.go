package masking

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"testing"
)

// pairs writes a binary mapping by hand: count, then token/original pairs.
func pairs(count uint64, kv ...string) []byte {
	b := binary.AppendUvarint(nil, count)
	for _, s := range kv {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	return b
}

func TestMappingBinaryRoundTrip(t *testing.T) {
	e := newTestEngine(t)
	s := e.NewSession()
	text := []byte(genAWSText(rand.New(rand.NewPCG(5, 6)), 64<<10) + "\nodd bytes: é \x00 \xff")
	masked, err := s.MaskText(text)
	if err != nil {
		t.Fatal(err)
	}
	m := s.Mapping()
	if m.Len() < 50 {
		t.Fatalf("only %d tokens: the test needs a real mapping", m.Len())
	}
	bin, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	js, _ := m.MarshalJSON()
	if len(bin) >= len(js) {
		t.Errorf("binary form %d bytes, JSON %d: expected smaller", len(bin), len(js))
	}
	back, err := e.LoadMappingBinary(bin)
	if err != nil {
		t.Fatal(err)
	}
	if back.Len() != m.Len() {
		t.Fatalf("loaded %d tokens, want %d", back.Len(), m.Len())
	}
	for i, tok := range m.tokens {
		if o, ok := back.Original(tok); !ok || o != m.origs[i] {
			t.Fatalf("Original(%s) = %q, %v; want %q", tok, o, ok, m.origs[i])
		}
	}
	if got := back.UnmaskText(masked); !bytes.Equal(got, text) {
		t.Error("a mapping read from its binary form does not restore the text exactly")
	}
	again, _ := back.AppendBinary([]byte("prefix"))
	if !bytes.Equal(again, append([]byte("prefix"), bin...)) {
		t.Error("AppendBinary of the loaded mapping differs from the original's")
	}
	// the JSON form of the loaded mapping is the original's: both forms carry the same table
	if j2, _ := back.MarshalJSON(); !bytes.Equal(j2, js) {
		t.Error("JSON of the mapping read back differs")
	}
}

func TestLoadMappingBinaryRejects(t *testing.T) {
	e := newTestEngine(t)
	good := pairs(1, "AWS_X_001", "orig")
	if _, err := e.LoadMappingBinary(good); err != nil {
		t.Fatalf("well-formed mapping refused: %v", err)
	}
	for name, data := range map[string][]byte{
		"empty":              nil,
		"count only":         pairs(1),
		"count too large":    pairs(1000, "AWS_X_001", "orig"),
		"truncated":          good[:len(good)-2],
		"not a token":        pairs(1, "aws_x_001", "orig"),
		"token too long":     pairs(1, "AWS_"+string(bytes.Repeat([]byte("X"), 60))+"_001", "orig"),
		"empty original":     pairs(1, "AWS_X_001", ""),
		"duplicate":          pairs(2, "AWS_X_001", "a", "AWS_X_001", "b"),
		"trailing bytes":     append(pairs(1, "AWS_X_001", "orig"), 0),
		"length past end":    append(binary.AppendUvarint(binary.AppendUvarint(nil, 1), 200), "AWS_X_001"...),
		"bad varint":         {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff},
		"fewer than counted": pairs(2, "AWS_X_001", "orig", "AWS_X_002"),
	} {
		_, err := e.LoadMappingBinary(data)
		var me *Error
		if !errors.As(err, &me) || me.Code != CodeInvalidMapping {
			t.Errorf("%s: err = %v, want %s", name, err, CodeInvalidMapping)
		}
	}
}

// FuzzLoadMappingBinary: reading any bytes never panics, and what is accepted is written back
// byte for byte.
func FuzzLoadMappingBinary(f *testing.F) {
	f.Add(pairs(1, "AWS_X_001", "orig"))
	f.Add(pairs(2, "AWS_INSTANCE_ID_001", "i-0abc", "AWS_ACCOUNT_ID_001", "123456789012"))
	f.Add(pairs(2, "AWS_X_001", "a", "AWS_X_001", "b"))
	e, err := New(Config{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := e.LoadMappingBinary(data)
		if err != nil {
			return
		}
		out, _ := m.MarshalBinary()
		if !bytes.Equal(out, data) {
			t.Fatalf("accepted %q but writes %q", data, out)
		}
	})
}

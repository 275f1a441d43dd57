package masking

import (
	"fmt"
	"strings"
	"testing"
)

func TestMappingJSONRoundTrip(t *testing.T) {
	e := newTestEngine(t)
	s := e.NewSession()
	if _, err := s.MaskText([]byte("i-0fedcba9876543210 123456789012 i-0a1b2c3d4e5f67890")); err != nil {
		t.Fatal(err)
	}
	mj, err := s.Mapping().MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	want := `{"AWS_INSTANCE_ID_001":"i-0fedcba9876543210","AWS_ACCOUNT_ID_001":"123456789012","AWS_INSTANCE_ID_002":"i-0a1b2c3d4e5f67890"}`
	if d := diff(want, string(mj)); d != "" {
		t.Fatal(d)
	}
	m, err := e.LoadMapping(mj)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := m.MarshalJSON()
	if d := diff(want, string(again)); d != "" {
		t.Error(d)
	}
	if o, ok := m.Original("AWS_ACCOUNT_ID_001"); !ok || o != "123456789012" {
		t.Errorf("Original = %q, %v", o, ok)
	}
	weird := loadMapping(t, e, `{"AWS_X_001":"a\"b\\c\n\u0001é"}`)
	wj, _ := weird.MarshalJSON()
	if d := diff(`{"AWS_X_001":"a\"b\\c\n\u0001é"}`, string(wj)); d != "" {
		t.Error(d)
	}
}

func TestLoadMappingErrors(t *testing.T) {
	e := newTestEngine(t)
	tests := []struct{ name, in string }{
		{"not json", `{`},
		{"array", `[]`},
		{"key not a token", `{"i-123":"x"}`},
		{"lower-case token", `{"aws_x_001":"x"}`},
		{"too few digits", `{"AWS_X_01":"x"}`},
		{"too long", `{"AWS_` + strings.Repeat("X", 80) + `_001":"x"}`},
		{"value not string", `{"AWS_X_001":1}`},
		{"empty value", `{"AWS_X_001":""}`},
		{"duplicate", `{"AWS_X_001":"a","AWS_X_001":"b"}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := e.LoadMapping([]byte(tc.in))
			if ErrorCode(err) != CodeInvalidMapping {
				t.Errorf("LoadMapping(%s) error = %v, want %s", tc.in, err, CodeInvalidMapping)
			}
		})
	}
}

func TestUnmaskText(t *testing.T) {
	e := newTestEngine(t)
	m := loadMapping(t, e, `{"AWS_INSTANCE_ID_001":"i-1","AWS_INSTANCE_ID_0010":"i-10","AWS_X_001":"x1","AWS_X_001_Y_002":"xy","AWS_FAR_999999999":"far","AWS_FAR_10000000000":"farther"}`)
	tests := []struct{ name, in, want string }{
		{"plain", "see AWS_INSTANCE_ID_001.", "see i-1."},
		{"not issued", "AWS_INSTANCE_ID_002 AWS_Y_001", "AWS_INSTANCE_ID_002 AWS_Y_001"},
		{"followed by a digit is another token", "AWS_INSTANCE_ID_0010 AWS_INSTANCE_ID_0011", "i-10 AWS_INSTANCE_ID_0011"},
		{"glued left and right", "xAWS_X_001y AWS_X_001_z", "xx1y x1_z"},
		{"longest issued wins", "AWS_X_001_Y_002 AWS_X_001_Y_003", "xy x1_Y_003"},
		{"prefix inside a run", "AWS_AWS_X_001", "AWS_x1"},
		{"adjacent tokens", "AWS_X_001AWS_X_001", "x1x1"},
		{"partial", "AWS_X_00 AWS_ AWS", "AWS_X_00 AWS_ AWS"},
		{"korean", "AWS_X_001에서", "x1에서"},
		{"no separator before the counter", "AWS_X001 AWS_XY001 AWS__001", "AWS_X001 AWS_XY001 AWS__001"},
		{"far and long counters", "AWS_FAR_999999999 AWS_FAR_10000000000 AWS_FAR_001", "far farther AWS_FAR_001"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if d := diff(tc.want, string(m.UnmaskText([]byte(tc.in)))); d != "" {
				t.Error(d)
			}
		})
	}
	empty := loadMapping(t, e, `{}`)
	if got := string(empty.UnmaskText([]byte("AWS_X_001"))); got != "AWS_X_001" {
		t.Errorf("empty mapping changed text: %q", got)
	}
}

// TestRestoreStreamingMatchesWhole feeds restore in two pieces at every split point, carrying
// what it does not consume, and expects exactly the whole-text result.
func TestRestoreStreamingMatchesWhole(t *testing.T) {
	e := newTestEngine(t)
	m := loadMapping(t, e, `{"AWS_INSTANCE_ID_001":"i-1","AWS_INSTANCE_ID_0010":"i-10","AWS_X_001":"x\"1"}`)
	texts := []string{
		"a AWS_INSTANCE_ID_001 b AWS_INSTANCE_ID_0010 AWS_X_001AWS_X_001 AWS_INSTANCE_ID_00 AW",
		"AWS_X_001",
		"AWS_AWS_X_001_",
	}
	for _, esc := range []bool{false, true} {
		for _, text := range texts {
			want, _ := m.restore(nil, []byte(text), esc, true, nil)
			for cut := 0; cut <= len(text); cut++ {
				got, n := m.restore(nil, []byte(text[:cut]), esc, false, nil)
				carry := text[n:cut]
				got, _ = m.restore(got, []byte(carry+text[cut:]), esc, true, nil)
				if d := diff(string(want), string(got)); d != "" {
					t.Fatalf("esc=%v split at %d of %q: %s", esc, cut, text, d)
				}
			}
		}
	}
}

// TestMappingTypeLookup restores tokens whose type names share a lookup slot (same length,
// first and last byte), and tokens of more types than the linear search covers.
func TestMappingTypeLookup(t *testing.T) {
	e := newTestEngine(t)
	var sb strings.Builder
	var text, want strings.Builder
	sb.WriteString("{")
	for i := range 40 {
		name := fmt.Sprintf("A%cX", 'A'+i%26) // A?X: colliding slots
		if i >= 26 {
			name = fmt.Sprintf("T%02d_%c", i, 'A'+i%26)
		}
		tok := fmt.Sprintf("AWS_%s_%03d", name, 1+i%3)
		if i > 0 {
			sb.WriteString(",")
		}
		fmt.Fprintf(&sb, "%q:%q", tok, fmt.Sprintf("orig-%d", i))
		fmt.Fprintf(&text, "%s ", tok)
		fmt.Fprintf(&want, "orig-%d ", i)
		sb2 := sb.String() + "}"
		m := loadMapping(t, e, sb2)
		if got := string(m.UnmaskText([]byte(text.String()))); got != want.String() {
			t.Fatalf("with %d types: %s", i+1, diff(want.String(), got))
		}
	}
}

package masking

import (
	"encoding/base64"
	"fmt"
	"strings"
	"testing"
)

// testKey is a fixed thinking key so envelopes are reproducible in tests.
const testKey = "0123456789abcdef0123456789abcdef"

func newTestEngine(t testing.TB) *Engine {
	t.Helper()
	e, err := New(Config{ThinkingKey: []byte(testKey)})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return e
}

// loadMapping builds a mapping from JSON (token -> original) for restore tests.
func loadMapping(t testing.TB, e *Engine, js string) *Mapping {
	t.Helper()
	m, err := e.LoadMapping([]byte(js))
	if err != nil {
		t.Fatalf("LoadMapping(%s): %v", js, err)
	}
	return m
}

// diff renders want and got as a "(-want +got)" report around the first difference.
func diff(want, got string) string {
	if want == got {
		return ""
	}
	i := 0
	for i < len(want) && i < len(got) && want[i] == got[i] {
		i++
	}
	from := max(i-60, 0)
	cut := func(s string) string {
		end := min(len(s), i+120)
		if from > len(s) {
			return ""
		}
		return s[from:end]
	}
	return fmt.Sprintf("(-want +got) first difference at byte %d:\n-%q\n+%q", i, cut(want), cut(got))
}

// sensitive lists originals used across tests; none may survive masking.
var sensitive = []string{
	"i-0a1b2c3d4e5f67890", "i-0fedcba9876543210", "123456789012", "210987654321",
	"10.20.30.40", "172.16.5.9",
}

func assertNoLeak(t *testing.T, out []byte) {
	t.Helper()
	for _, s := range sensitive {
		if strings.Contains(string(out), s) {
			t.Errorf("masked output still contains %q", s)
		}
	}
}

func b64(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }

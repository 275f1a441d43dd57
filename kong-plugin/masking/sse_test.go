package masking

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// sseEvent renders one Messages API event the way the API does.
func sseEvent(typ string, data any) string {
	b, err := json.Marshal(data)
	if err != nil {
		panic(err)
	}
	return "event: " + typ + "\ndata: " + string(b) + "\n\n"
}

func textDelta(i int, field, deltaType, text string) string {
	return sseEvent("content_block_delta", map[string]any{"type": "content_block_delta", "index": i,
		"delta": map[string]any{"type": deltaType, field: text}})
}

// sseText concatenates the restored text of every delta of one field, and the signature.
func sseText(t *testing.T, stream []byte, field string) string {
	t.Helper()
	var sb strings.Builder
	for _, ev := range strings.Split(string(stream), "\n\n") {
		_, data, ok := strings.Cut(ev, "data: ")
		if !ok {
			continue
		}
		var v struct {
			Type  string                     `json:"type"`
			Delta map[string]json.RawMessage `json:"delta"`
		}
		if err := json.Unmarshal([]byte(data), &v); err != nil {
			t.Fatalf("event data is not JSON: %q", data)
		}
		if raw, ok := v.Delta[field]; ok {
			var s string
			if err := json.Unmarshal(raw, &s); err != nil {
				t.Fatal(err)
			}
			sb.WriteString(s)
		}
	}
	return sb.String()
}

func TestUnmaskSSESplitTokens(t *testing.T) {
	e := newTestEngine(t)
	m := loadMapping(t, e, `{"AWS_INSTANCE_ID_001":"i-0a1b2c3d4e5f67890","AWS_Q_001":"q\"x"}`)
	masked := "a AWS_INSTANCE_ID_001, b AWS_Q_001 AWS_INSTANCE_ID_0012 AWS_INSTANCE_ID_001"
	for _, tc := range []struct{ field, deltaType, want string }{
		{"text", "text_delta", `a i-0a1b2c3d4e5f67890, b q"x AWS_INSTANCE_ID_0012 i-0a1b2c3d4e5f67890`},
		{"partial_json", "input_json_delta", `a i-0a1b2c3d4e5f67890, b q\"x AWS_INSTANCE_ID_0012 i-0a1b2c3d4e5f67890`},
	} {
		for cut1 := 1; cut1 < len(masked); cut1++ {
			cut2 := min(cut1+7, len(masked)-1)
			stream := sseEvent("message_start", map[string]any{"type": "message_start", "message": map[string]any{"id": "msg_1"}}) +
				sseEvent("content_block_start", map[string]any{"type": "content_block_start", "index": 0, "content_block": map[string]any{"type": "text", "text": ""}}) +
				textDelta(0, tc.field, tc.deltaType, masked[:cut1]) +
				"event: ping\ndata: {\"type\": \"ping\"}\n\n" +
				textDelta(0, tc.field, tc.deltaType, masked[cut1:cut2]) +
				textDelta(0, tc.field, tc.deltaType, masked[cut2:]) +
				sseEvent("content_block_stop", map[string]any{"type": "content_block_stop", "index": 0}) +
				sseEvent("message_stop", map[string]any{"type": "message_stop"})
			got, err := m.UnmaskSSE([]byte(stream))
			if err != nil {
				t.Fatal(err)
			}
			if d := diff(tc.want, sseText(t, got, tc.field)); d != "" {
				t.Fatalf("%s split at %d,%d: %s", tc.field, cut1, cut2, d)
			}
			if !strings.Contains(string(got), "event: ping\ndata: {\"type\": \"ping\"}\n\n") {
				t.Fatalf("ping event changed")
			}
			stop := strings.Index(string(got), "content_block_stop")
			if last := strings.LastIndex(string(got), "content_block_delta"); last > stop {
				t.Fatalf("a delta after content_block_stop:\n%s", got)
			}
			// the streaming form, one byte per write, gives the same bytes
			var buf bytes.Buffer
			w := m.NewSSERestorer(&buf)
			for i := range len(stream) {
				if _, err := w.Write([]byte{stream[i]}); err != nil {
					t.Fatal(err)
				}
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			if d := diff(string(got), buf.String()); d != "" {
				t.Fatalf("byte-wise streaming differs from whole body: %s", d)
			}
		}
	}
}

func TestUnmaskSSEKeepsOtherEventsByteIdentical(t *testing.T) {
	e := newTestEngine(t)
	m := loadMapping(t, e, `{"AWS_INSTANCE_ID_001":"i-1"}`)
	stream := ": comment\r\n\r\nevent: message_start\r\ndata: {\"type\":\"message_start\",\"message\":{\"content\":[]}}\r\n\r\n" +
		"event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"caf\\u00e9\"}}\n\n" +
		"event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"}}\n\n" +
		"event: error\ndata: {\"type\":\"error\",\"error\":{\"message\":\"AWS_INSTANCE_ID_001 failed\"}}\n\n" +
		"data: not json AWS_INSTANCE_ID_001\n\n" +
		"event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"citations_delta\",\"citation\":{\"cited_text\":\"AWS_INSTANCE_ID_001\"}}}\n\n" +
		"data: unterminated AWS_INSTANCE_ID_001"
	want := strings.ReplaceAll(stream, "AWS_INSTANCE_ID_001", "i-1")
	got, err := m.UnmaskSSE([]byte(stream))
	if err != nil {
		t.Fatal(err)
	}
	if d := diff(want, string(got)); d != "" {
		t.Error(d)
	}
}

func TestUnmaskSSEFlushesCarryAtClose(t *testing.T) {
	e := newTestEngine(t)
	m := loadMapping(t, e, `{"AWS_X_001":"x-1"}`)
	stream := textDelta(3, "text", "text_delta", "tail AWS_X_001")
	got, err := m.UnmaskSSE([]byte(stream))
	if err != nil {
		t.Fatal(err)
	}
	if d := diff("tail x-1", sseText(t, got, "text")); d != "" {
		t.Error(d)
	}
	if !strings.Contains(string(got), `"index":3`) {
		t.Errorf("flushed delta lost its index: %s", got)
	}
}

type failWriter struct{ n int }

func (f *failWriter) Write(b []byte) (int, error) {
	f.n++
	return 0, errors.New("broken pipe")
}

func TestSSERestorerErrors(t *testing.T) {
	e := newTestEngine(t)
	m := loadMapping(t, e, `{"AWS_X_001":"x-1"}`)
	w := m.NewSSERestorer(&failWriter{})
	if _, err := w.Write([]byte("data: {}\n\n")); err == nil {
		t.Error("write error not reported")
	}
	if _, err := w.Write([]byte("data: {}\n\n")); err == nil {
		t.Error("write after a failed write accepted")
	}
	var buf bytes.Buffer
	w = m.NewSSERestorer(&buf)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if _, err := w.Write([]byte("x")); ErrorCode(err) != CodeInvalidSSE {
		t.Errorf("write after Close: %v, want %s", err, CodeInvalidSSE)
	}
	w = m.NewSSERestorer(&buf)
	big := bytes.Repeat([]byte("x"), maxSSEEvent+1)
	if _, err := w.Write(big); ErrorCode(err) != CodeInvalidSSE {
		t.Errorf("oversized event: %v, want %s", err, CodeInvalidSSE)
	}
	if _, err := m.UnmaskSSE(big); ErrorCode(err) != CodeInvalidSSE {
		t.Errorf("UnmaskSSE oversized event: %v", err)
	}
}

func ExampleMapping_UnmaskSSE() {
	e, _ := New(Config{})
	m, _ := e.LoadMapping([]byte(`{"AWS_INSTANCE_ID_001":"i-0a1b2c3d4e5f67890"}`))
	stream := "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"stop AWS_INSTANCE\"}}\n\n" +
		"event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"_ID_001 now\"}}\n\n"
	out, _ := m.UnmaskSSE([]byte(stream))
	fmt.Print(string(out))
	// Output:
	// event: content_block_delta
	// data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"stop "}}
	//
	// event: content_block_delta
	// data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"i-0a1b2c3d4e5f67890 now"}}
}

func TestUnmaskSSEOddDeltas(t *testing.T) {
	e := newTestEngine(t)
	m := loadMapping(t, e, `{"AWS_X_001":"x-1"}`)
	stream := "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"signature_delta\",\"signature\":\"AWS_X_001\"}}\n\n" + // not a thinking block: passes
		"event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":1,\"content_block\":{\"type\":\"thinking\"}}\n\n" +
		"event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"signature_delta\",\"signature\":7}}\n\n" + // not a string: passes
		"event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"thinking_delta\"}}\n\n" + // no text: passes
		"data: {\"a\":1}\ndata: AWS_X_001\n\n" // two data lines: restored as text
	got, err := m.UnmaskSSE([]byte(stream))
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Replace(stream, "data: AWS_X_001", "data: x-1", 1)
	want = strings.Replace(want, "\"signature\":\"AWS_X_001\"", "\"signature\":\"x-1\"", 1)
	if d := diff(want, string(got)); d != "" {
		t.Error(d)
	}
}

package masking

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// corpusRequest builds a Messages API body from every corpus document: as tool results, as
// tool_use inputs under keys that type their values, and as system blocks, with short
// literals that repeat (the memo's case).
func corpusRequest(t *testing.T) []byte {
	t.Helper()
	docs := loadCorpus(t)
	type block = map[string]any
	system := []any{}
	msgs := []any{}
	for i, d := range docs {
		switch i % 4 {
		case 0:
			system = append(system, block{"type": "text", "text": d.Text})
		case 1:
			msgs = append(msgs,
				block{"role": "assistant", "content": []block{{"type": "tool_use", "id": fmt.Sprintf("toolu_%04d", i), "name": "aws",
					"input": block{"region": "eu-west-1", "FunctionName": fmt.Sprintf("orders-fn-%d", i%7), "Bucket": "acme-logs", "raw": d.Text}}}},
				block{"role": "user", "content": []block{{"type": "tool_result", "tool_use_id": fmt.Sprintf("toolu_%04d", i), "content": d.Text}}})
		default:
			msgs = append(msgs, block{"role": "user", "content": d.Text}, block{"role": "assistant", "content": "noted"})
		}
	}
	body, err := json.Marshal(block{"model": "claude-sonnet-4-5", "max_tokens": 1024, "system": system, "messages": msgs})
	if err != nil {
		t.Fatal(err)
	}
	return body
}

// TestParallelMaskingMatchesSequential: a request scanned and rendered by several goroutines masks to
// the same bytes, with the same tokens in the same order, as one scanned on the caller's
// goroutine, whatever the number of workers.
func TestParallelMaskingMatchesSequential(t *testing.T) {
	bodies := map[string][]byte{
		"generated": benchRequest(300 << 10),
		"corpus":    corpusRequest(t),
	}
	seq, err := New(Config{ScanWorkers: 1, ThinkingKey: []byte(testKey)})
	if err != nil {
		t.Fatal(err)
	}
	for name, body := range bodies {
		s := seq.NewSession()
		want, err := s.MaskRequest(body)
		if err != nil {
			t.Fatalf("%s: sequential: %v", name, err)
		}
		if len(s.workers) != 0 {
			t.Fatalf("%s: ScanWorkers 1 started workers", name)
		}
		wantMap, err := json.Marshal(s.Mapping())
		if err != nil {
			t.Fatal(err)
		}
		wantStats := s.Stats()
		for _, w := range []int{2, 3, 8} {
			e, err := New(Config{ScanWorkers: w, ThinkingKey: []byte(testKey)})
			if err != nil {
				t.Fatal(err)
			}
			for round := range 2 { // the second round reuses the released Session's finders
				p := e.NewSession()
				got, err := p.MaskRequest(body)
				if err != nil {
					t.Fatalf("%s, %d workers: %v", name, w, err)
				}
				if len(p.workers) != w-1 {
					t.Fatalf("%s, %d workers: the request was scanned by %d extra goroutines", name, w, len(p.workers))
				}
				if !bytes.Equal(got, want) {
					t.Fatalf("%s, %d workers, round %d: output differs from the sequential scan%s", name, w, round, diff(string(want), string(got)))
				}
				gotMap, err := json.Marshal(p.Mapping())
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(gotMap, wantMap) {
					t.Fatalf("%s, %d workers: the mapping differs from the sequential scan's", name, w)
				}
				if st := p.Stats(); fmt.Sprint(st.Counts) != fmt.Sprint(wantStats.Counts) {
					t.Fatalf("%s, %d workers: counts %v, want %v", name, w, st.Counts, wantStats.Counts)
				}
				back, _ := p.Mapping().restore(nil, got, true, true, nil)
				var orig, restored any
				if err := json.Unmarshal(body, &orig); err != nil {
					t.Fatal(err)
				}
				if err := json.Unmarshal(back, &restored); err != nil {
					t.Fatalf("%s, %d workers: restored body: %v", name, w, err)
				}
				if !reflect.DeepEqual(orig, restored) {
					t.Fatalf("%s, %d workers: the restored request differs from the original", name, w)
				}
				p.Release()
			}
		}
	}
}

// TestScanWorkers: small or single-literal input stays on the caller's goroutine; the
// default follows GOMAXPROCS within bounds; a negative setting is refused.
func TestScanWorkers(t *testing.T) {
	e, err := New(Config{ScanWorkers: 4})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ n, segs, want int }{
		{parallelMin - 1, 100, 1},
		{parallelMin, 1, 1},
		{parallelMin, 2, 2},
		{1 << 20, 100, 4},
	} {
		if got := e.scanWorkers(c.n, c.segs); got != c.want {
			t.Errorf("scanWorkers(%d, %d) = %d, want %d", c.n, c.segs, got, c.want)
		}
	}
	auto, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	if got := auto.scanWorkers(1<<20, 100); got < 1 || got > maxScanWorkers {
		t.Errorf("automatic workers = %d, want 1..%d", got, maxScanWorkers)
	}
	_, err = New(Config{ScanWorkers: -1})
	if err == nil || !strings.Contains(err.Error(), "ScanWorkers") {
		t.Errorf("ScanWorkers -1: err = %v, want an INVALID_CONFIG naming ScanWorkers", err)
	}
	if ErrorCode(err) != CodeInvalidConfig {
		t.Errorf("ScanWorkers -1: code %q, want %q", ErrorCode(err), CodeInvalidConfig)
	}
}

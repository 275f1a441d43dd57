package gateway

// Benchmarks of the handler cost per request, Access (decode, mask, save the mapping) plus
// Response (load the mapping, restore a Claude answer that quotes the masked inventory), over
// realistic inventory bodies. Run:
//
//	cd kong-plugin && go test -run '^$' -bench AccessResponse -benchmem ./internal/gateway

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
)

// inventory renders about n bytes of AWS inventory text with many distinct identifiers.
func inventory(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "Instance i-0%015x (t3.large) in account 1234567%05d, subnet-0%016x, vpc-0%016x, "+
			"private IP 10.%d.%d.%d, security group sg-0%016x, role arn:aws:iam::1234567%05d:role/app-%d, "+
			"bucket acme-logs-%d; CPU 12%%, no public IP, encrypted volume.\n",
			i, i%97, i*7, i%13, i%200, (i/200)%250, i%250+1, i*3, i%97, i%50, i%40)
	}
	return b.String()
}

func BenchmarkAccessResponse(b *testing.B) {
	h := handler(b, nil)
	for _, size := range []struct {
		name string
		n    int
	}{{"10KB", 10 << 10}, {"100KB", 100 << 10}, {"1MB", 1 << 20}} {
		body := messages(inventory(size.n))
		// Claude's answer quotes the whole masked inventory back.
		req := newFakeRequest("POST", "/v1/messages", body)
		h.Access(req)
		if req.replied != 0 {
			b.Fatalf("refused: %s", req.reply)
		}
		var masked struct {
			Messages []struct{ Content string } `json:"messages"`
		}
		if err := json.Unmarshal(req.upstreamBody, &masked); err != nil {
			b.Fatal(err)
		}
		answer, _ := json.Marshal(map[string]any{"type": "message", "content": []any{
			map[string]any{"type": "text", "text": masked.Messages[0].Content},
		}})
		hdr := http.Header{"Content-Type": {"application/json"}}

		b.Run(size.name, func(b *testing.B) {
			b.SetBytes(int64(len(body) + len(answer)))
			b.ReportAllocs()
			for b.Loop() {
				req := newFakeRequest("POST", "/v1/messages", body)
				h.Access(req)
				res := &fakeResponse{state: req.state, saved: req.saved, status: 200, header: hdr, body: answer}
				h.Response(res)
				if res.replied != 1 || res.outStatus != 200 {
					b.Fatal("not restored")
				}
			}
		})
	}
}

// BenchmarkResponseSSE compares restoring a whole buffered event stream (what Kong does: it
// hands the plugin the complete upstream body) with restoring it event by event as it arrives
// (the standalone proxy). Both restore the same 2,000-event stream with tokens split across
// events.
func BenchmarkResponseSSE(b *testing.B) {
	h := handler(b, nil)
	req := newFakeRequest("POST", "/v1/messages", messages(inventory(20<<10)))
	h.Access(req)
	toks := tokRE.FindAllString(string(req.upstreamBody), -1)
	var parts []string
	for i := 0; len(parts) < 2000; i++ {
		tok := toks[i%len(toks)]
		parts = append(parts, "see "+tok[:6], tok[6:]+" and ")
	}
	stream := sse(parts...)
	hdr := http.Header{"Content-Type": {"text/event-stream"}}

	b.Run("buffered", func(b *testing.B) {
		b.SetBytes(int64(len(stream)))
		b.ReportAllocs()
		for b.Loop() {
			res := &fakeResponse{state: req.state, saved: true, status: 200, header: hdr, body: []byte(stream)}
			h.Response(res)
			if res.outStatus != 200 {
				b.Fatal("not restored")
			}
		}
	})
	b.Run("streamed", func(b *testing.B) {
		b.SetBytes(int64(len(stream)))
		b.ReportAllocs()
		for b.Loop() {
			s := &fakeStreamer{
				fakeResponse: &fakeResponse{state: req.state, saved: true, status: 200, header: hdr},
				reader:       strings.NewReader(stream),
			}
			h.Response(s)
			if s.outStatus != 200 || s.buf.Len() == 0 {
				b.Fatal("not streamed")
			}
		}
	})
}

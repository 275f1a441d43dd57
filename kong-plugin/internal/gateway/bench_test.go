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

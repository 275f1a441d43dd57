package gateway

import (
	"bytes"
	"net/http"
	"testing"
)

// FuzzRoundTrip: whatever the body, encoding header and path, Access either refuses (and
// forwards nothing) or forwards a body that, echoed back by the upstream, Response restores
// to exactly the decoded original. Run: go test -fuzz FuzzRoundTrip ./internal/gateway
func FuzzRoundTrip(f *testing.F) {
	f.Add([]byte(secretText), "", "/v1/other")
	f.Add(messages(secretText), "", "/v1/messages")
	f.Add(messages(secretText), "identity", "/v1/messages/count_tokens")
	f.Add([]byte(`{"messages":[{"role":"user","content":[{"type":"text","text":"i-0123456789abcdef0 \u0069"}]}]}`), "", "/v1/messages")
	f.Add([]byte("AWS_INSTANCE_ID_001 already looks like a token; i-0123456789abcdef0"), "", "/x")
	f.Add([]byte("\xff\xfe 10.0.1.25"), "gzip", "/x")
	h, err := (&Config{MaxBodyBytes: 1 << 16}).Handler()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body []byte, encoding, path string) {
		req := newFakeRequest("POST", path, body)
		req.header.Set("Content-Encoding", encoding)
		h.Access(req)
		if req.replied > 0 {
			if req.upstreamBody != nil {
				t.Fatal("a refused request set an upstream body")
			}
			return
		}
		if len(body) == 0 {
			return
		}
		codings, err := parseEncodings(encoding)
		if err != nil {
			t.Fatal("forwarded despite an unsupported encoding")
		}
		plain, err := decodeBody(body, codings, 1<<16)
		if err != nil {
			t.Fatal("forwarded a body that does not decode")
		}
		res := &fakeResponse{state: req.state, saved: req.saved, status: 200,
			header: http.Header{"Content-Type": {"application/octet-stream"}}, body: req.upstreamBody}
		h.Response(res)
		if res.replied != 1 || res.outStatus != 200 {
			t.Fatalf("not restored: %d %s", res.outStatus, res.out)
		}
		if !bytes.Equal(res.out, plain) {
			t.Fatalf("round trip changed the body:\n in  %q\n out %q", plain, res.out)
		}
	})
}

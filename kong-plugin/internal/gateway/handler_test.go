package gateway

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const secretText = "Instance i-0123456789abcdef0 in account 123456789012 uses subnet-0a1b2c3d4e5f67890."

func messages(text string) []byte {
	b, _ := json.Marshal(map[string]any{
		"model": "claude-sonnet-4-5", "max_tokens": 256,
		"messages": []any{map[string]any{"role": "user", "content": text}},
	})
	return b
}

func handler(t testing.TB, cfg *Config) *Handler {
	t.Helper()
	if cfg == nil {
		cfg = &Config{}
	}
	h, err := cfg.Handler()
	require.NoError(t, err)
	return h
}

var tokRE = regexp.MustCompile(`AWS_[A-Z0-9_]+?_[0-9]{3,}`)

func errCode(t *testing.T, body []byte) string {
	t.Helper()
	var e struct {
		Error struct{ Code string } `json:"error"`
	}
	require.NoError(t, json.Unmarshal(body, &e))
	return e.Error.Code
}

// roundTrip masks req with h and returns the state and the masked body.
func roundTrip(t *testing.T, h *Handler, req *fakeRequest) (string, []byte) {
	t.Helper()
	h.Access(req)
	require.Zero(t, req.replied, "refused: %d %s", req.status, req.reply)
	require.True(t, req.saved)
	return req.state, req.upstreamBody
}

func TestAccessMasksMessagesAndText(t *testing.T) {
	h := handler(t, nil)
	t.Run("messages", func(t *testing.T) {
		req := newFakeRequest("POST", "/v1/messages/", messages(secretText))
		_, up := roundTrip(t, h, req)
		assert.NotContains(t, string(up), "i-0123456789abcdef0")
		assert.True(t, json.Valid(up))
		assert.Equal(t, "identity", req.upstreamHeader.Get("Accept-Encoding"))
		require.Len(t, req.events, 1)
		ev := req.events[0]
		assert.Equal(t, OutcomeMasked, ev.Outcome)
		assert.Positive(t, ev.Tokens)
		assert.Equal(t, len(up), ev.BytesOut)
	})
	t.Run("count_tokens is a Messages request too", func(t *testing.T) {
		req := newFakeRequest("POST", "/v1/messages/count_tokens", []byte(`{"prompt":"x"}`))
		h.Access(req)
		assert.Equal(t, 400, req.status)
	})
	t.Run("text elsewhere", func(t *testing.T) {
		req := newFakeRequest("POST", "/v1/other", []byte(secretText))
		req.header.Set("Content-Type", "text/plain")
		_, up := roundTrip(t, h, req)
		assert.NotContains(t, string(up), "i-0123456789abcdef0")
	})
	t.Run("empty body passes through", func(t *testing.T) {
		req := newFakeRequest("GET", "/v1/models", nil)
		h.Access(req)
		assert.Zero(t, req.replied)
		assert.False(t, req.saved)
		assert.Nil(t, req.upstreamBody)
		assert.Equal(t, OutcomePassthrough, req.events[0].Outcome)
	})
}

func compress(t *testing.T, kind string, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	var w interface {
		Write([]byte) (int, error)
		Close() error
	}
	switch kind {
	case "gzip":
		w = gzip.NewWriter(&buf)
	case "zlib":
		w = zlib.NewWriter(&buf)
	case "flate":
		fw, err := flate.NewWriter(&buf, flate.DefaultCompression)
		require.NoError(t, err)
		w = fw
	}
	_, err := w.Write(b)
	require.NoError(t, err)
	require.NoError(t, w.Close())
	return buf.Bytes()
}

func TestAccessDecodesContentEncodings(t *testing.T) {
	h := handler(t, nil)
	body := messages(secretText)
	for name, tc := range map[string]struct {
		header string
		body   []byte
	}{
		"gzip":            {"gzip", compress(t, "gzip", body)},
		"x-gzip":          {"x-gzip", compress(t, "gzip", body)},
		"deflate (zlib)":  {"deflate", compress(t, "zlib", body)},
		"deflate (raw)":   {"deflate", compress(t, "flate", body)},
		"identity":        {"identity", body},
		"gzip of deflate": {"deflate, gzip", compress(t, "gzip", compress(t, "zlib", body))},
	} {
		t.Run(name, func(t *testing.T) {
			req := newFakeRequest("POST", "/v1/messages", tc.body)
			req.header.Set("Content-Encoding", tc.header)
			_, up := roundTrip(t, h, req)
			assert.True(t, json.Valid(up))
			assert.NotContains(t, string(up), "i-0123456789abcdef0")
			if tc.header != "identity" {
				assert.Contains(t, req.cleared, "Content-Encoding")
			}
		})
	}
}

func TestAccessRefusesAndForwardsNothing(t *testing.T) {
	small := &Config{MaxBodyBytes: 2048}
	bomb := compress(t, "gzip", append(messages(""), bytes.Repeat([]byte(" "), 1<<20)...))
	for name, tc := range map[string]struct {
		cfg    *Config
		req    func() *fakeRequest
		status int
		code   string
	}{
		"declared too large": {small, func() *fakeRequest {
			r := newFakeRequest("POST", "/v1/messages", messages("x"))
			r.header.Set("Content-Length", "4096")
			return r
		}, 413, CodeBodyTooLarge},
		"read too large": {small, func() *fakeRequest {
			return newFakeRequest("POST", "/v1/messages", messages(strings.Repeat("y", 4096)))
		}, 413, CodeBodyTooLarge},
		"decompression bomb": {small, func() *fakeRequest {
			r := newFakeRequest("POST", "/v1/messages", bomb)
			r.header.Set("Content-Encoding", "gzip")
			return r
		}, 413, CodeBodyTooLarge},
		"brotli": {nil, func() *fakeRequest {
			r := newFakeRequest("POST", "/v1/messages", []byte("x"))
			r.header.Set("Content-Encoding", "br")
			return r
		}, 415, CodeUnsupportedContentEncoding},
		"bad gzip": {nil, func() *fakeRequest {
			r := newFakeRequest("POST", "/v1/messages", []byte("nope"))
			r.header.Set("Content-Encoding", "gzip")
			return r
		}, 400, CodeInvalidContentEncoding},
		"invalid JSON": {nil, func() *fakeRequest {
			return newFakeRequest("POST", "/v1/messages", []byte(`{"messages":[}`))
		}, 400, "INVALID_JSON"},
		"probe POST": {nil, func() *fakeRequest {
			return newFakeRequest("POST", ProbePath, []byte("{}"))
		}, 405, CodeMethodNotAllowed},
		"HTTP/2 in Kong": {nil, func() *fakeRequest {
			r := newFakeRequest("POST", "/v1/messages", messages(secretText))
			r.canRestore = false
			return r
		}, 505, CodeHTTP2NotSupported},
		"transport failure": {nil, func() *fakeRequest {
			r := newFakeRequest("POST", "/v1/messages", messages(secretText))
			r.failOn = "SaveState"
			return r
		}, 500, CodeInternal},
		"panic in the adapter": {nil, func() *fakeRequest {
			r := newFakeRequest("POST", "/v1/messages", messages(secretText))
			r.panicOn = "Body"
			return r
		}, 500, CodeInternal},
	} {
		t.Run(name, func(t *testing.T) {
			req := tc.req()
			handler(t, tc.cfg).Access(req)
			assert.Equal(t, 1, req.replied)
			assert.Equal(t, tc.status, req.status)
			assert.Equal(t, tc.code, errCode(t, req.reply))
			assert.Equal(t, tc.code, req.replyH.Get("X-Aws-Masker-Error"))
			assert.Nil(t, req.upstreamBody, "nothing is forwarded")
			require.Len(t, req.events, 1)
			assert.Equal(t, OutcomeRefused, req.events[0].Outcome)
			assert.Equal(t, tc.code, req.events[0].Code)
			assert.Equal(t, tc.status, req.events[0].Status)
		})
	}
}

func TestHTTP2AllowedWhenNotRestoring(t *testing.T) {
	off := false
	req := newFakeRequest("POST", "/v1/messages", messages(secretText))
	req.canRestore = false
	handler(t, &Config{RestoreResponses: &off}).Access(req)
	assert.Zero(t, req.replied)
	assert.False(t, req.saved)
	assert.NotContains(t, string(req.upstreamBody), "i-0123456789abcdef0")
}

func TestPanicsAreAnsweredAndLogged(t *testing.T) {
	h := handler(t, nil)
	t.Run("a panicking logger does not stop the reply", func(t *testing.T) {
		req := newFakeRequest("GET", ProbePath, nil)
		req.panicOn = "Log"
		assert.NotPanics(t, func() { h.Access(req) })
		assert.Equal(t, 200, req.status)
	})
	t.Run("a failing reply is not retried", func(t *testing.T) {
		req := newFakeRequest("POST", ProbePath, nil)
		req.failOn = "Respond"
		h.Access(req)
		assert.Equal(t, 1, req.replied)
	})
	t.Run("response phase", func(t *testing.T) {
		res := &fakeResponse{panicOn: "LoadState"}
		assert.NotPanics(t, func() { h.Response(res) })
		assert.Equal(t, 500, res.outStatus)
		require.Len(t, res.events, 1)
		assert.True(t, res.events[0].Panic)
	})
}

func TestProbe(t *testing.T) {
	h := handler(t, &Config{CustomRules: []CustomRule{{ID: "acme", Type: "ticket", Pattern: `TCK-[0-9]+`}}})
	for _, m := range []string{"GET", "HEAD"} {
		req := newFakeRequest(m, ProbePath, nil)
		h.Access(req)
		assert.Equal(t, 200, req.status)
		var p map[string]any
		require.NoError(t, json.Unmarshal(req.reply, &p))
		assert.Equal(t, map[string]any{
			"plugin": "aws-masker", "version": Version,
			"rulesetVersion": h.Engine().Version(), "rules": float64(len(h.Engine().Rules())),
		}, p)
		assert.Equal(t, OutcomeProbe, req.events[0].Outcome)
	}
}

func TestResponseRestores(t *testing.T) {
	h := handler(t, nil)
	state, up := roundTrip(t, h, newFakeRequest("POST", "/v1/messages", messages(secretText)))
	toks := tokRE.FindAllString(string(up), -1)
	require.NotEmpty(t, toks)
	answer := []byte(`{"type":"message","content":[{"type":"text","text":"` + strings.Join(toks, " ") + `"}]}`)

	for name, tc := range map[string]struct {
		ctype, enc string
		body       []byte
	}{
		"json":          {"application/json", "", answer},
		"json gzip":     {"application/json", "gzip", compress(t, "gzip", answer)},
		"problem+json":  {"application/problem+json", "", answer},
		"text":          {"text/plain", "", []byte(strings.Join(toks, " "))},
		"sse":           {"text/event-stream", "", []byte("event: x\ndata: {\"t\":\"" + toks[0] + "\"}\n\n")},
		"bad mediatype": {";;", "", []byte(toks[0])},
	} {
		t.Run(name, func(t *testing.T) {
			res := &fakeResponse{state: state, saved: true, status: 201, header: http.Header{}, body: tc.body}
			res.header.Set("Content-Type", tc.ctype)
			res.header.Set("Content-Encoding", tc.enc)
			h.Response(res)
			require.Equal(t, 1, res.replied)
			assert.Equal(t, 201, res.outStatus, "upstream status kept")
			assert.Contains(t, string(res.out), "i-0123456789abcdef0")
			assert.NotContains(t, string(res.out), toks[0])
			assert.Equal(t, tc.ctype, res.outHeader.Get("Content-Type"))
			assert.Equal(t, OutcomeRestored, res.events[0].Outcome)
		})
	}
}

// TestResponseReadsV1State: a request whose access phase saved the JSON state (before an
// upgrade) is still restored.
func TestResponseReadsV1State(t *testing.T) {
	h := handler(t, nil)
	state, up := roundTrip(t, h, newFakeRequest("POST", "/v1/messages", messages(secretText)))
	require.True(t, strings.HasPrefix(state, stateVersion))
	m, err := h.decodeState(state)
	require.NoError(t, err)
	js, err := m.MarshalJSON()
	require.NoError(t, err)
	var masked struct {
		Messages []struct{ Content string } `json:"messages"`
	}
	require.NoError(t, json.Unmarshal(up, &masked))
	answer, _ := json.Marshal(map[string]any{"type": "message", "content": []any{map[string]any{"type": "text", "text": masked.Messages[0].Content}}})
	res := &fakeResponse{state: stateVersionV1 + base64.StdEncoding.EncodeToString(js), saved: true, status: 200,
		header: http.Header{"Content-Type": {"application/json"}}, body: answer}
	h.Response(res)
	require.Equal(t, 200, res.outStatus)
	assert.Contains(t, string(res.out), secretText)
}

func TestResponseFailures(t *testing.T) {
	h := handler(t, &Config{MaxResponseBytes: 1024})
	state, _ := roundTrip(t, h, newFakeRequest("POST", "/v1/messages", messages(secretText)))
	for name, tc := range map[string]struct {
		res    *fakeResponse
		status int
		code   string
	}{
		"too large":            {&fakeResponse{body: bytes.Repeat([]byte("a"), 2048)}, 502, CodeUpstreamTooLarge},
		"too large decoded":    {&fakeResponse{header: http.Header{"Content-Encoding": {"gzip"}}, body: compress(t, "gzip", bytes.Repeat([]byte("a"), 4096))}, 502, CodeUpstreamTooLarge},
		"unsupported encoding": {&fakeResponse{header: http.Header{"Content-Encoding": {"zstd"}}, body: []byte("x")}, 502, CodeUpstreamEncodingUnsupported},
		"corrupt gzip":         {&fakeResponse{header: http.Header{"Content-Encoding": {"gzip"}}, body: []byte("x")}, 502, CodeRestoreFailed},
		"corrupt state":        {&fakeResponse{state: "v2:!!!"}, 500, CodeInternal},
		"corrupt v1 state":     {&fakeResponse{state: "v1:!!!"}, 500, CodeInternal},
		"malformed mapping":    {&fakeResponse{state: "v2:" + base64.StdEncoding.EncodeToString([]byte{1, 3, 'A', 'W', 'S'})}, 500, CodeInternal},
		"unknown state format": {&fakeResponse{state: "v9:e30="}, 500, CodeInternal},
	} {
		t.Run(name, func(t *testing.T) {
			res := tc.res
			if res.state == "" {
				res.state = state
			}
			res.saved, res.status = true, 200
			if res.header == nil {
				res.header = http.Header{}
			}
			h.Response(res)
			assert.Equal(t, tc.status, res.outStatus)
			assert.Equal(t, tc.code, errCode(t, res.out))
		})
	}
	t.Run("empty body: untouched", func(t *testing.T) {
		res := &fakeResponse{state: state, saved: true, status: 204, header: http.Header{"Content-Length": {"0"}}}
		h.Response(res)
		assert.Zero(t, res.replied)
		assert.Equal(t, OutcomePassthrough, res.events[0].Outcome)
	})
	t.Run("no state: untouched", func(t *testing.T) {
		res := &fakeResponse{status: 200, header: http.Header{}, body: []byte("AWS_INSTANCE_ID_001")}
		h.Response(res)
		assert.Zero(t, res.replied)
		assert.Equal(t, OutcomePassthrough, res.events[0].Outcome)
	})
}

// sse builds a stream of text deltas.
func sse(deltas ...string) string {
	var b strings.Builder
	for _, d := range deltas {
		js, _ := json.Marshal(map[string]any{"type": "content_block_delta", "index": 0, "delta": map[string]any{"type": "text_delta", "text": d}})
		fmt.Fprintf(&b, "event: content_block_delta\ndata: %s\n\n", js)
	}
	b.WriteString("event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n")
	return b.String()
}

func deltas(t *testing.T, stream string) string {
	t.Helper()
	var out strings.Builder
	for _, line := range strings.Split(stream, "\n") {
		if d, ok := strings.CutPrefix(line, "data: "); ok {
			var ev struct {
				Delta struct{ Text string } `json:"delta"`
			}
			require.NoError(t, json.Unmarshal([]byte(d), &ev))
			out.WriteString(ev.Delta.Text)
		}
	}
	return out.String()
}

func TestResponseStreamsSSE(t *testing.T) {
	h := handler(t, nil)
	state, up := roundTrip(t, h, newFakeRequest("POST", "/v1/messages", messages(secretText)))
	tok := tokRE.FindString(string(up))
	require.NotEmpty(t, tok)
	stream := sse("see "+tok[:5], tok[5:], " now")

	s := &fakeStreamer{
		fakeResponse: &fakeResponse{state: state, saved: true, status: 200, header: http.Header{"Content-Type": {"text/event-stream"}}},
		reader:       strings.NewReader(stream),
	}
	h.Response(s)
	assert.Zero(t, s.replied, "streamed, not replaced")
	assert.Equal(t, 200, s.outStatus)
	assert.Equal(t, "see i-0123456789abcdef0 now", deltas(t, s.buf.String()))
	assert.Positive(t, s.writes)
	assert.Equal(t, OutcomeStreamed, s.events[0].Outcome)

	t.Run("over the limit is cut and reported", func(t *testing.T) {
		h := handler(t, &Config{MaxResponseBytes: 64})
		state, _ := roundTrip(t, h, newFakeRequest("POST", "/v1/messages", messages(secretText)))
		s := &fakeStreamer{
			fakeResponse: &fakeResponse{state: state, saved: true, status: 200, header: http.Header{"Content-Type": {"text/event-stream"}}},
			reader:       strings.NewReader(stream),
		}
		h.Response(s)
		assert.Equal(t, CodeUpstreamTooLarge, s.events[0].Code)
	})
}

func TestConfigValidation(t *testing.T) {
	for name, cfg := range map[string]*Config{
		"negative body":   {MaxBodyBytes: -1},
		"huge response":   {MaxResponseBytes: 1 << 31},
		"both keys":       {ThinkingKey: "0123456789abcdef", ThinkingKeyEnv: "K"},
		"unset key env":   {ThinkingKeyEnv: "AWS_MASKER_SURELY_UNSET_VAR"},
		"unknown rule":    {DisabledRules: []string{"nope"}},
		"bad custom rule": {CustomRules: []CustomRule{{ID: "x", Type: "y", Pattern: "("}}},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := cfg.Handler()
			require.Error(t, err)
			_, again := cfg.Handler()
			assert.Equal(t, err, again, "compiled once")
		})
	}
	t.Run("every problem is reported", func(t *testing.T) {
		_, err := (&Config{MaxBodyBytes: -1, MaxResponseBytes: -1, DisabledRules: []string{"nope"}}).Handler()
		require.Error(t, err)
		assert.Contains(t, err.Error(), "max_body_bytes")
		assert.Contains(t, err.Error(), "max_response_bytes")
	})
	t.Run("defaults", func(t *testing.T) {
		h := handler(t, &Config{})
		assert.Equal(t, int64(DefaultMaxBodyBytes), h.set.maxBody)
		assert.Equal(t, int64(DefaultMaxResponseBytes), h.set.maxResponse)
		assert.True(t, h.set.restore)
	})
	t.Run("key from env", func(t *testing.T) {
		t.Setenv("AWS_MASKER_TEST_KEY", "0123456789abcdef0123")
		handler(t, &Config{ThinkingKeyEnv: "AWS_MASKER_TEST_KEY"})
	})
}

func TestEventStringCarriesNoValues(t *testing.T) {
	h := handler(t, nil)
	req := newFakeRequest("POST", "/v1/messages", messages(secretText))
	state, up := roundTrip(t, h, req)
	res := &fakeResponse{state: state, saved: true, status: 200, header: http.Header{"Content-Type": {"application/json"}},
		body: []byte(`{"content":[{"type":"text","text":"` + string(tokRE.Find(up)) + `"}]}`)}
	h.Response(res)
	lines := req.events[0].String() + "\n" + res.events[0].String()
	for _, v := range []string{"i-0123456789abcdef0", "123456789012", "subnet-0a1b2c3d4e5f67890", "AWS_"} {
		assert.NotContains(t, lines, v)
	}
	assert.Regexp(t, `^aws-masker phase=access outcome=masked bytes_in=\d+ bytes_out=\d+ tokens=\d+ counts=[a-z0-9-]+:\d+.* duration_ms=[0-9.]+$`, req.events[0].String())
	assert.Equal(t, "aws-masker phase=response outcome=refused code=X status=502 bytes_in=1 bytes_out=2 tokens=3 panic=true duration_ms=1.500",
		Event{Phase: "response", Outcome: OutcomeRefused, Code: "X", Status: 502, BytesIn: 1, BytesOut: 2, Tokens: 3, Panic: true, Duration: 1500 * time.Microsecond}.String())
}

func TestErrorResponseShape(t *testing.T) {
	st, hdr, body := ErrorResponse(ConfigError(fmt.Errorf("detail with i-0123456789abcdef0")))
	assert.Equal(t, 500, st)
	assert.Equal(t, "application/json", hdr.Get("Content-Type"))
	assert.JSONEq(t, `{"type":"error","error":{"type":"aws_masker_error","code":"INVALID_CONFIG",`+
		`"message":"the aws-masker plugin configuration is invalid; see the gateway log"}}`, string(body))
	assert.NotContains(t, string(body), "i-0123456789abcdef0", "causes are never rendered")
	e := &Error{Code: "C", Message: "m", Err: fmt.Errorf("x")}
	assert.Equal(t, "C: m", e.Error())
	assert.EqualError(t, e.Unwrap(), "x")
}

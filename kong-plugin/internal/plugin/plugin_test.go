package plugin

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/Kong/go-pdk"
	"github.com/Kong/go-pdk/test"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aws-masker/aws-masker/kong-plugin/internal/gateway"
)

// Identifiers of a realistic inventory. None may reach the upstream; all must come back.
var originals = []string{
	"i-0123456789abcdef0",
	"123456789012",
	"10.0.1.25",
	"subnet-0a1b2c3d4e5f67890",
}

const inventoryText = "Review this estate. Instance i-0123456789abcdef0 in account 123456789012 " +
	"runs in subnet subnet-0a1b2c3d4e5f67890 with private IP 10.0.1.25; its role is " +
	"arn:aws:iam::123456789012:role/app-server. Is the instance i-0123456789abcdef0 exposed?"

func messagesRequest(t *testing.T, text string, stream bool) []byte {
	t.Helper()
	b, err := json.Marshal(map[string]any{
		"model":      "claude-sonnet-4-5",
		"max_tokens": 1024,
		"stream":     stream,
		"system":     "You review AWS estates for security issues.",
		"messages": []any{
			map[string]any{"role": "user", "content": []any{map[string]any{"type": "text", "text": text}}},
		},
	})
	require.NoError(t, err)
	return b
}

func clientRequest(path string, body []byte, hdr map[string]string) test.Request {
	h := http.Header{"Content-Type": {"application/json"}, "X-Api-Key": {"sk-ant-test"}}
	for k, v := range hdr {
		h.Set(k, v)
	}
	return test.Request{Method: "POST", Url: "https://api.anthropic.com" + path, Headers: h, Body: body}
}

var tokenRE = regexp.MustCompile(`AWS_[A-Z0-9_]+?_[0-9]{3,}`)

// tokensOf lists the distinct tokens of a masked body, in order of appearance.
func tokensOf(b []byte) []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range tokenRE.FindAll(b, -1) {
		if !seen[string(m)] {
			seen[string(m)] = true
			out = append(out, string(m))
		}
	}
	return out
}

func assertNoOriginals(t *testing.T, b []byte) {
	t.Helper()
	for _, o := range originals {
		assert.NotContains(t, string(b), o, "an original reached the upstream")
	}
}

// claudeMessage is the upstream's non-streaming answer quoting text.
func claudeMessage(text string) []byte {
	b, _ := json.Marshal(map[string]any{
		"id": "msg_01XyZ", "type": "message", "role": "assistant", "model": "claude-sonnet-4-5",
		"content":     []any{map[string]any{"type": "text", "text": text}},
		"stop_reason": "end_turn", "usage": map[string]any{"input_tokens": 120, "output_tokens": 40},
	})
	return b
}

func jsonHeader() http.Header {
	return http.Header{"Content-Type": {"application/json"}, "Request-Id": {"req_011"}, "Content-Length": {"999"}}
}

func TestAccessMasksAndResponseRestoresJSON(t *testing.T) {
	c := config(t, `{}`)
	env := newKongEnv(t, clientRequest("/v1/messages", messagesRequest(t, inventoryText, false), nil))

	env.access(c)
	require.True(t, env.IsRunning(), "the request must be forwarded, got %d %s", env.ClientRes.Status, env.ClientRes.Body)
	up := env.ServiceReq.Body
	assertNoOriginals(t, up)
	assert.Equal(t, "identity", env.ServiceReq.Headers.Get("Accept-Encoding"))
	var parsed map[string]any
	require.NoError(t, json.Unmarshal(up, &parsed), "the masked body stays valid JSON")
	toks := tokensOf(up)
	require.GreaterOrEqual(t, len(toks), 3, "masked body: %s", up)

	answer := "Findings: " + strings.Join(toks, ", ") + ". Remember " + toks[0] + "."
	env.respond(c, http.StatusOK, jsonHeader(), claudeMessage(answer))

	assert.Equal(t, http.StatusOK, env.ClientRes.Status)
	got := string(env.ClientRes.Body)
	for _, tok := range toks {
		assert.NotContains(t, got, tok, "every token is restored")
	}
	for _, o := range []string{"i-0123456789abcdef0", "123456789012", "10.0.1.25"} {
		assert.Contains(t, got, o)
	}
	assert.Empty(t, env.ClientRes.Headers.Get("Content-Length"), "Content-Length is recomputed by Kong")
	assert.Equal(t, "req_011", env.ClientRes.Headers.Get("Request-Id"), "other upstream headers are kept")
	assert.Equal(t, "application/json", env.ClientRes.Headers.Get("Content-Type"))
}

func TestEchoServiceRoundTrip(t *testing.T) {
	// go-pdk's own DoHttps: the service echoes the (masked) request; the client must get the
	// original request back, byte for byte.
	body := messagesRequest(t, inventoryText, false)
	env, err := test.New(t, clientRequest("/v1/messages", body, nil))
	require.NoError(t, err)
	env.DoHttps(config(t, `{}`))
	assertNoOriginals(t, env.ServiceReq.Body)
	assert.Equal(t, 200, env.ClientRes.Status)
	assert.Equal(t, string(body), string(env.ClientRes.Body))
}

// sseEvents renders a Messages API stream whose text arrives in the given deltas.
func sseEvents(deltas []string) []byte {
	var b bytes.Buffer
	b.WriteString("event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"content\":[]}}\n\n")
	b.WriteString("event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n")
	for _, d := range deltas {
		js, _ := json.Marshal(map[string]any{"type": "content_block_delta", "index": 0, "delta": map[string]any{"type": "text_delta", "text": d}})
		fmt.Fprintf(&b, "event: content_block_delta\ndata: %s\n\n", js)
	}
	b.WriteString("event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n")
	b.WriteString("event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n")
	return b.Bytes()
}

// sseText concatenates the text deltas of a stream.
func sseText(t *testing.T, stream []byte) string {
	t.Helper()
	var out strings.Builder
	for _, line := range strings.Split(string(stream), "\n") {
		data, ok := strings.CutPrefix(line, "data: ")
		if !ok {
			continue
		}
		var ev struct {
			Type  string `json:"type"`
			Delta struct {
				Text string `json:"text"`
			} `json:"delta"`
		}
		require.NoError(t, json.Unmarshal([]byte(data), &ev), "event data: %s", data)
		if ev.Type == "content_block_delta" {
			out.WriteString(ev.Delta.Text)
		}
	}
	return out.String()
}

func TestResponseRestoresSSEWithTokensSplitAcrossEvents(t *testing.T) {
	c := config(t, `{}`)
	env := newKongEnv(t, clientRequest("/v1/messages", messagesRequest(t, inventoryText, true), nil))
	env.access(c)
	require.True(t, env.IsRunning())
	toks := tokensOf(env.ServiceReq.Body)
	require.NotEmpty(t, toks)

	tok := toks[0]
	want := "Instance " + tok + " is public."
	// Split the token in the middle, and its suffix again, across three events.
	deltas := []string{"Instance " + tok[:6], tok[6:11], tok[11:] + " is public."}
	env.respond(c, http.StatusOK, http.Header{"Content-Type": {"text/event-stream; charset=utf-8"}}, sseEvents(deltas))

	require.Equal(t, http.StatusOK, env.ClientRes.Status)
	got := sseText(t, env.ClientRes.Body)
	assert.Equal(t, strings.Replace(want, tok, "i-0123456789abcdef0", 1), got)
	assert.Contains(t, string(env.ClientRes.Body), "event: message_stop", "the stream is complete")
	assert.Equal(t, "text/event-stream; charset=utf-8", env.ClientRes.Headers.Get("Content-Type"))
}

func gz(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	_, err := w.Write(b)
	require.NoError(t, err)
	require.NoError(t, w.Close())
	return buf.Bytes()
}

func TestResponseDecodesGzipUpstream(t *testing.T) {
	c := config(t, `{}`)
	env := newKongEnv(t, clientRequest("/v1/messages", messagesRequest(t, inventoryText, false), nil))
	env.access(c)
	toks := tokensOf(env.ServiceReq.Body)
	require.NotEmpty(t, toks)

	hdr := jsonHeader()
	hdr.Set("Content-Encoding", "gzip")
	env.respond(c, http.StatusOK, hdr, gz(t, claudeMessage("About "+toks[0])))

	assert.Equal(t, http.StatusOK, env.ClientRes.Status)
	assert.Contains(t, string(env.ClientRes.Body), "About i-0123456789abcdef0")
	assert.Empty(t, env.ClientRes.Headers.Get("Content-Encoding"), "the client gets the decoded body")
}

func TestRequestGzipIsDecodedAndMasked(t *testing.T) {
	c := config(t, `{}`)
	body := gz(t, messagesRequest(t, inventoryText, false))
	env := newKongEnv(t, clientRequest("/v1/messages", body, map[string]string{"Content-Encoding": "gzip"}))
	env.access(c)
	require.True(t, env.IsRunning(), "%s", env.ClientRes.Body)
	assertNoOriginals(t, env.ServiceReq.Body)
	assert.True(t, json.Valid(env.ServiceReq.Body), "forwarded decoded")
	assert.Empty(t, env.ServiceReq.Headers.Get("Content-Encoding"))
}

func TestResponseRestoresErrorBodies(t *testing.T) {
	c := config(t, `{}`)
	env := newKongEnv(t, clientRequest("/v1/messages", messagesRequest(t, inventoryText, false), nil))
	env.access(c)
	toks := tokensOf(env.ServiceReq.Body)
	require.NotEmpty(t, toks)
	errBody := `{"type":"error","error":{"type":"invalid_request_error","message":"messages.0: unexpected ` + toks[0] + `"}}`
	env.respond(c, http.StatusBadRequest, http.Header{"Content-Type": {"application/json"}}, []byte(errBody))
	assert.Equal(t, http.StatusBadRequest, env.ClientRes.Status, "the upstream status is kept")
	assert.Contains(t, string(env.ClientRes.Body), "unexpected i-0123456789abcdef0")
}

func TestAccessRefusals(t *testing.T) {
	big := messagesRequest(t, strings.Repeat("x", 2048)+inventoryText, false)
	tests := []struct {
		name   string
		config string
		req    test.Request
		status int
		code   string
	}{
		{"oversized body", `{"max_body_bytes": 1024}`, clientRequest("/v1/messages", big, nil), 413, gateway.CodeBodyTooLarge},
		{"malformed JSON", `{}`, clientRequest("/v1/messages", []byte(`{"messages": [`), nil), 400, "INVALID_JSON"},
		{"JSON that is not a Messages request", `{}`, clientRequest("/v1/messages", []byte(`{"prompt": "i-0123456789abcdef0"}`), nil), 400, "NOT_A_MESSAGES_REQUEST"},
		{"unsupported encoding", `{}`, clientRequest("/v1/messages", []byte("xx"), map[string]string{"Content-Encoding": "br"}), 415, gateway.CodeUnsupportedContentEncoding},
		{"corrupt gzip", `{}`, clientRequest("/v1/messages", []byte("not gzip"), map[string]string{"Content-Encoding": "gzip"}), 400, gateway.CodeInvalidContentEncoding},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			env := newKongEnv(t, tc.req)
			env.access(config(t, tc.config))
			assert.False(t, env.IsRunning(), "the request must not be forwarded")
			assert.Equal(t, tc.status, env.ClientRes.Status)
			assert.Equal(t, tc.code, errorCode(t, env.ClientRes.Body))
			assert.Equal(t, "application/json", env.ClientRes.Headers.Get("Content-Type"))
			assert.Equal(t, tc.code, env.ClientRes.Headers.Get("X-Aws-Masker-Error"))
		})
	}
}

func TestOversizedBodyRefusedFromContentLength(t *testing.T) {
	// The declared length is enough: the body is never read.
	req := clientRequest("/v1/messages", []byte(`{}`), map[string]string{"Content-Length": "20000000"})
	env := newKongEnv(t, req)
	env.access(config(t, `{}`))
	assert.Equal(t, 413, env.ClientRes.Status)
}

func TestNonJSONBodyIsMaskedAsText(t *testing.T) {
	req := test.Request{
		Method:  "POST",
		Url:     "https://api.anthropic.com/v1/notes",
		Headers: http.Header{"Content-Type": {"text/plain"}},
		Body:    []byte(inventoryText),
	}
	env := newKongEnv(t, req)
	c := config(t, `{}`)
	env.access(c)
	require.True(t, env.IsRunning())
	assertNoOriginals(t, env.ServiceReq.Body)
	toks := tokensOf(env.ServiceReq.Body)
	require.NotEmpty(t, toks)
	env.respond(c, 200, http.Header{"Content-Type": {"text/plain"}}, []byte("seen "+toks[0]))
	assert.Equal(t, "seen i-0123456789abcdef0", string(env.ClientRes.Body))
}

func TestBodySpilledToFileIsRead(t *testing.T) {
	body := messagesRequest(t, inventoryText, false)
	path := filepath.Join(t.TempDir(), "0000000001")
	require.NoError(t, os.WriteFile(path, body, 0o600))
	env := newKongEnv(t, clientRequest("/v1/messages", body, nil))
	env.bodyFile = path
	env.access(config(t, `{}`))
	require.True(t, env.IsRunning())
	assertNoOriginals(t, env.ServiceReq.Body)
	assert.NotEmpty(t, tokensOf(env.ServiceReq.Body))

	t.Run("over the limit", func(t *testing.T) {
		env := newKongEnv(t, clientRequest("/v1/messages", body, nil))
		env.bodyFile = path
		env.access(config(t, `{"max_body_bytes": 100}`))
		assert.Equal(t, 413, env.ClientRes.Status)
	})
}

func TestProbe(t *testing.T) {
	c := config(t, `{}`)
	env, err := test.New(t, test.Request{Method: "GET", Url: "https://api.anthropic.com" + gateway.ProbePath})
	require.NoError(t, err)
	env.DoHttps(c)
	require.Equal(t, 200, env.ClientRes.Status)
	assert.Equal(t, "application/json", env.ClientRes.Headers.Get("Content-Type"))
	var p struct {
		Plugin         string `json:"plugin"`
		Version        string `json:"version"`
		RulesetVersion string `json:"rulesetVersion"`
		Rules          int    `json:"rules"`
	}
	require.NoError(t, json.Unmarshal(env.ClientRes.Body, &p))
	h, err := (*gateway.Config)(c).Handler()
	require.NoError(t, err)
	assert.Equal(t, "aws-masker", p.Plugin)
	assert.Equal(t, Version, p.Version)
	assert.Equal(t, h.Engine().Version(), p.RulesetVersion)
	assert.Equal(t, len(h.Engine().Rules()), p.Rules)
	assert.Positive(t, p.Rules)

	t.Run("POST is refused", func(t *testing.T) {
		env := newKongEnv(t, clientRequest(gateway.ProbePath, []byte(`{}`), nil))
		env.access(c)
		assert.Equal(t, 405, env.ClientRes.Status)
	})
}

func TestCustomRules(t *testing.T) {
	c := config(t, `{"custom_rules":[{"id":"acme-cost-center","type":"cost-center","pattern":"\\bCC-[0-9]{6}\\b"}]}`)
	env := newKongEnv(t, clientRequest("/v1/messages", messagesRequest(t, "Charge CC-123456 for i-0123456789abcdef0", false), nil))
	env.access(c)
	require.True(t, env.IsRunning(), "%s", env.ClientRes.Body)
	up := string(env.ServiceReq.Body)
	assert.NotContains(t, up, "CC-123456")
	assert.Contains(t, up, "AWS_COST_CENTER_001")
	env.respond(c, 200, jsonHeader(), claudeMessage("Cost center AWS_COST_CENTER_001"))
	assert.Contains(t, string(env.ClientRes.Body), "Cost center CC-123456")
}

func TestDisabledRules(t *testing.T) {
	h, err := (&gateway.Config{}).Handler()
	require.NoError(t, err)
	var ruleID string
	for _, r := range h.Engine().Rules() {
		if r.Type == "instance-id" {
			ruleID = r.ID
		}
	}
	require.NotEmpty(t, ruleID, "a built-in rule finds instance IDs")

	c := config(t, fmt.Sprintf(`{"disabled_rules":[%q]}`, ruleID))
	env := newKongEnv(t, clientRequest("/v1/messages", messagesRequest(t, "Only i-0123456789abcdef0 here", false), nil))
	env.access(c)
	require.True(t, env.IsRunning())
	assert.Contains(t, string(env.ServiceReq.Body), "i-0123456789abcdef0", "a disabled rule does not mask")
}

func TestNeverMask(t *testing.T) {
	c := config(t, `{"never_mask":["123456789012"]}`)
	env := newKongEnv(t, clientRequest("/v1/messages", messagesRequest(t, "account 123456789012 and i-0123456789abcdef0", false), nil))
	env.access(c)
	require.True(t, env.IsRunning())
	assert.Contains(t, string(env.ServiceReq.Body), "123456789012")
	assert.NotContains(t, string(env.ServiceReq.Body), "i-0123456789abcdef0")
}

func TestRestoreResponsesOff(t *testing.T) {
	c := config(t, `{"restore_responses": false}`)
	env := newKongEnv(t, clientRequest("/v1/messages", messagesRequest(t, inventoryText, false), nil))
	env.access(c)
	toks := tokensOf(env.ServiceReq.Body)
	require.NotEmpty(t, toks)
	env.respond(c, 200, jsonHeader(), claudeMessage("About "+toks[0]))
	assert.Contains(t, string(env.ClientRes.Body), "About "+toks[0], "tokens stay when restoring is off")
	_, saved := env.Ctx.Store[stateKey]
	assert.False(t, saved, "no mapping is kept when it is not needed")
}

func TestHTTP2IsRefusedWhenRestoring(t *testing.T) {
	env := newKongEnv(t, clientRequest("/v1/messages", messagesRequest(t, inventoryText, false), nil))
	env.httpVersion = 2
	env.access(config(t, `{}`))
	assert.Equal(t, 505, env.ClientRes.Status)
	assert.Equal(t, gateway.CodeHTTP2NotSupported, errorCode(t, env.ClientRes.Body))
}

func TestMappingTravelsInKongCtxOnly(t *testing.T) {
	c := config(t, `{}`)
	env := newKongEnv(t, clientRequest("/v1/messages", messagesRequest(t, inventoryText, false), nil))
	env.access(c)
	state, ok := env.Ctx.Store[stateKey].(string)
	require.True(t, ok, "the mapping is in kong.ctx.shared")
	assert.NotEmpty(t, state)

	// A second request on the same instance has its own mapping: the first request's
	// tokens are not restored with the second's context.
	other := newKongEnv(t, clientRequest("/v1/messages", messagesRequest(t, "nothing secret", false), nil))
	other.access(c)
	toks := tokensOf(env.ServiceReq.Body)
	other.respond(c, 200, jsonHeader(), claudeMessage("About "+toks[0]))
	assert.Contains(t, string(other.ClientRes.Body), toks[0])
}

func TestInvalidConfig(t *testing.T) {
	for name, js := range map[string]string{
		"unknown rule":     `{"disabled_rules":["no-such-rule"]}`,
		"bad pattern":      `{"custom_rules":[{"id":"x","type":"y","pattern":"("}]}`,
		"negative limit":   `{"max_body_bytes": -1}`,
		"short key":        `{"thinking_key": "short"}`,
		"both keys":        `{"thinking_key": "0123456789abcdef0123", "thinking_key_env": "X"}`,
		"unset env":        `{"thinking_key_env": "AWS_MASKER_TEST_SURELY_UNSET"}`,
		"wrong JSON types": `{"max_body_bytes": "big"}`,
	} {
		t.Run(name, func(t *testing.T) {
			c, _ := New().(*Config)
			assert.Error(t, json.Unmarshal([]byte(js), c), "Kong's StartInstance fails")
		})
	}
	t.Run("an instance that did not compile refuses every request", func(t *testing.T) {
		c := &Config{DisabledRules: []string{"no-such-rule"}}
		env := newKongEnv(t, clientRequest("/v1/messages", messagesRequest(t, inventoryText, false), nil))
		env.access(c)
		assert.Equal(t, 500, env.ClientRes.Status)
		assert.Equal(t, gateway.CodeInvalidConfig, errorCode(t, env.ClientRes.Body))
		c.Response(env.pdk) // does nothing, does not panic
	})
	t.Run("Kong's cjson encodes empty lists as {} and absent fields as null", func(t *testing.T) {
		c := config(t, `{"__key__":"plugins:aws-masker::::","__seq__":3,"__plugin_id":"0b6b2f5c","disabled_rules":{},`+
			`"never_mask":{},"custom_rules":{},"max_body_bytes":null,"max_response_bytes":null,"restore_responses":null,`+
			`"thinking_key":null,"thinking_key_env":null}`)
		h, err := (*gateway.Config)(c).Handler()
		require.NoError(t, err)
		assert.NotNil(t, h)
	})
	t.Run("thinking key from the environment", func(t *testing.T) {
		t.Setenv("AWS_MASKER_TEST_KEY", "0123456789abcdef0123456789abcdef")
		config(t, `{"thinking_key_env": "AWS_MASKER_TEST_KEY"}`)
	})
}

func TestPanicsAreRecovered(t *testing.T) {
	c := config(t, `{}`)
	// A PDK without a connection makes every call panic inside go-pdk.
	assert.NotPanics(t, func() { c.Access(&pdk.PDK{}) })
	assert.NotPanics(t, func() { c.Response(&pdk.PDK{}) })
}

func TestLogsCarryCountsNeverValues(t *testing.T) {
	c := config(t, `{}`)
	env := newKongEnv(t, clientRequest("/v1/messages", messagesRequest(t, inventoryText, false), nil))
	env.access(c)
	toks := tokensOf(env.ServiceReq.Body)
	require.NotEmpty(t, toks)
	env.respond(c, 200, jsonHeader(), claudeMessage("About "+strings.Join(toks, " ")))

	refused := newKongEnv(t, clientRequest("/v1/messages", []byte(`{"messages": [ "i-0123456789abcdef0`), nil))
	refused.access(c)

	logs := append(env.logLines(), refused.logLines()...)
	require.Len(t, logs, 3, "one line per phase: %q", logs)
	all := strings.Join(logs, "\n")
	for _, o := range append(originals, "sk-ant-test", "Review this estate") {
		assert.NotContains(t, all, o)
	}
	for _, tok := range toks {
		assert.NotContains(t, all, tok, "tokens are not logged either")
	}
	assert.Contains(t, logs[0], "phase=access outcome=masked")
	assert.Contains(t, logs[0], "instance-id:")
	assert.Regexp(t, `bytes_in=\d+ bytes_out=\d+ tokens=\d+`, logs[0])
	assert.Contains(t, logs[1], "phase=response outcome=restored")
	assert.Contains(t, logs[2], "kong.log.err aws-masker phase=access outcome=refused code=INVALID_JSON status=400")
}

func TestBinaryBodyIsForwardedByteExact(t *testing.T) {
	// go-pdk's SetRawBody sends a protobuf string, which Go refuses to marshal for invalid
	// UTF-8; the adapter sends bytes, so such a body is masked and forwarded intact.
	body := []byte("\xff\xfe raw bytes, then i-0123456789abcdef0 \xc3\x28 end")
	req := test.Request{Method: "POST", Url: "https://api.anthropic.com/v1/upload",
		Headers: http.Header{"Content-Type": {"application/octet-stream"}}, Body: body}
	env := newKongEnv(t, req)
	c := config(t, `{}`)
	env.access(c)
	require.True(t, env.IsRunning(), "%s", env.ClientRes.Body)
	up := env.ServiceReq.Body
	assert.True(t, bytes.HasPrefix(up, []byte("\xff\xfe raw bytes, then AWS_")), "%q", up)
	assert.True(t, bytes.HasSuffix(up, []byte(" \xc3\x28 end")), "%q", up)
	assert.NotContains(t, string(up), "i-0123456789abcdef0")

	env.respond(c, 200, http.Header{"Content-Type": {"application/octet-stream"}}, up)
	assert.Equal(t, body, env.ClientRes.Body, "restored byte for byte")
}

package masking

import (
	"encoding/json"
	"strings"
	"testing"
)

// block is a content block as a client SDK would hold it.
type block map[string]any

func requestJSON(t *testing.T, msgs ...any) []byte {
	t.Helper()
	b, err := json.Marshal(map[string]any{"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": msgs})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func msg(role string, content any) map[string]any {
	return map[string]any{"role": role, "content": content}
}

// forwardedThinking returns the thinking blocks of a masked request as Claude receives them.
func forwardedThinking(t *testing.T, body []byte) []block {
	t.Helper()
	var req struct {
		Messages []struct {
			Content json.RawMessage `json:"content"`
		} `json:"messages"`
	}
	if err := json.Unmarshal(body, &req); err != nil {
		t.Fatalf("forwarded body is not JSON: %v", err)
	}
	var out []block
	for _, m := range req.Messages {
		var blocks []block
		if json.Unmarshal(m.Content, &blocks) != nil {
			continue
		}
		for _, b := range blocks {
			if b["type"] == "thinking" {
				out = append(out, b)
			}
		}
	}
	return out
}

// thinkingTurn runs turn 1 (mask, fake Claude answer with a signed thinking block, restore)
// and returns the restored assistant blocks the client keeps.
func thinkingTurn(t *testing.T, e *Engine, claudeThinking string) (turn1 map[string]any, assistant []block) {
	t.Helper()
	turn1 = msg("user", "why is i-0a1b2c3d4e5f67890 in 123456789012 slow?")
	s := e.NewSession()
	if _, err := s.MaskRequest(requestJSON(t, turn1)); err != nil {
		t.Fatal(err)
	}
	resp, _ := json.Marshal(map[string]any{"type": "message", "role": "assistant", "content": []block{
		{"type": "thinking", "thinking": claudeThinking, "signature": "SIG/claude+1=="},
		{"type": "text", "text": "Check AWS_INSTANCE_ID_001."},
	}})
	restored, err := s.Mapping().UnmaskResponse(resp)
	if err != nil {
		t.Fatal(err)
	}
	var r struct {
		Content []block `json:"content"`
	}
	if err := json.Unmarshal(restored, &r); err != nil {
		t.Fatalf("restored response is not JSON: %v", err)
	}
	return turn1, r.Content
}

const claudeThinking = "The user asks about AWS_INSTANCE_ID_001 in AWS_ACCOUNT_ID_001; \"AWS_INSTANCE_ID_001\" may be CPU-bound. I recall 10.20.30.40 from docs."

func TestThinkingRoundTripVerified(t *testing.T) {
	e := newTestEngine(t)
	turn1, assistant := thinkingTurn(t, e, claudeThinking)
	th := assistant[0]
	if got := th["thinking"].(string); !strings.Contains(got, "i-0a1b2c3d4e5f67890 in 123456789012") {
		t.Fatalf("client did not get restored thinking: %q", got)
	}
	if sig := th["signature"].(string); !strings.HasPrefix(sig, envelopePrefix) {
		t.Fatalf("signature is not an envelope: %q", sig)
	}
	s2 := e.NewSession()
	out, err := s2.MaskRequest(requestJSON(t, turn1, msg("assistant", assistant), msg("user", "and now?")))
	if err != nil {
		t.Fatal(err)
	}
	fw := forwardedThinking(t, out)
	if len(fw) != 1 {
		t.Fatalf("forwarded %d thinking blocks", len(fw))
	}
	if d := diff(claudeThinking, fw[0]["thinking"].(string)); d != "" {
		t.Errorf("Claude did not get its thinking back byte-identical %s", d)
	}
	if got := fw[0]["signature"]; got != "SIG/claude+1==" {
		t.Errorf("signature = %q, want the original", got)
	}
	if st := s2.Stats(); st.ThinkingVerified != 1 || st.ThinkingFallback != 0 {
		t.Errorf("Stats = %+v", st)
	}
	if strings.Contains(string(out), "i-0a1b2c3d4e5f67890") || strings.Contains(string(out), "123456789012") {
		t.Errorf("an original reached Claude: %s", out)
	}
}

func TestThinkingFallback(t *testing.T) {
	e := newTestEngine(t)
	other, err := New(Config{ThinkingKey: []byte("another key, another process....")})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		eng    *Engine
		change func(b block)
	}{
		{"edited text", e, func(b block) { b["thinking"] = b["thinking"].(string) + " (edited)" }},
		{"edited original", e, func(b block) {
			b["thinking"] = strings.Replace(b["thinking"].(string), "i-0a1b2c3d4e5f67890", "i-0fedcba9876543210", 1)
		}},
		{"key changed", other, func(block) {}},
		{"damaged envelope", e, func(b block) { b["signature"] = b["signature"].(string)[:20] }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			turn1, assistant := thinkingTurn(t, e, claudeThinking)
			tc.change(assistant[0])
			s := tc.eng.NewSession()
			out, err := s.MaskRequest(requestJSON(t, turn1, msg("assistant", assistant), msg("user", "next")))
			if err != nil {
				t.Fatal(err)
			}
			assertNoLeak(t, out)
			if st := s.Stats(); st.ThinkingFallback != 1 || st.ThinkingVerified != 0 {
				t.Errorf("Stats = %+v, want one fallback", st)
			}
			fw := forwardedThinking(t, out)
			if tc.name != "damaged envelope" && fw[0]["signature"] != "SIG/claude+1==" {
				t.Errorf("fallback did not restore the original signature: %q", fw[0]["signature"])
			}
		})
	}
}

func TestThinkingConflictingEnvelopes(t *testing.T) {
	e := newTestEngine(t)
	turn1, a1 := thinkingTurn(t, e, "about AWS_INSTANCE_ID_001")
	// a second envelope, made in another conversation, where the same token means another instance
	s := e.NewSession()
	if _, err := s.MaskText([]byte("i-0fedcba9876543210")); err != nil {
		t.Fatal(err)
	}
	resp := `{"content":[{"type":"thinking","thinking":"about AWS_INSTANCE_ID_001","signature":"S2"}]}`
	restored, _ := s.Mapping().UnmaskResponse([]byte(resp))
	var r struct {
		Content []block `json:"content"`
	}
	if err := json.Unmarshal(restored, &r); err != nil {
		t.Fatal(err)
	}
	s2 := e.NewSession()
	out, err := s2.MaskRequest(requestJSON(t, turn1, msg("assistant", a1), msg("user", "x"), msg("assistant", r.Content), msg("user", "y")))
	if err != nil {
		t.Fatal(err)
	}
	assertNoLeak(t, out)
	if st := s2.Stats(); st.ThinkingVerified != 1 || st.ThinkingFallback != 1 {
		t.Errorf("Stats = %+v, want one verified and one fallback", st)
	}
}

func TestThinkingRoundTripSSE(t *testing.T) {
	e := newTestEngine(t)
	turn1 := msg("user", "why is i-0a1b2c3d4e5f67890 in 123456789012 slow?")
	for cut := 1; cut < len(claudeThinking); cut += 3 {
		s := e.NewSession()
		if _, err := s.MaskRequest(requestJSON(t, turn1)); err != nil {
			t.Fatal(err)
		}
		stream := sseEvent("content_block_start", map[string]any{"type": "content_block_start", "index": 0, "content_block": map[string]any{"type": "thinking", "thinking": ""}}) +
			textDelta(0, "thinking", "thinking_delta", claudeThinking[:cut]) +
			textDelta(0, "thinking", "thinking_delta", claudeThinking[cut:]) +
			textDelta(0, "signature", "signature_delta", "SIG/claude") +
			textDelta(0, "signature", "signature_delta", "+1==") +
			sseEvent("content_block_stop", map[string]any{"type": "content_block_stop", "index": 0})
		got, err := s.Mapping().UnmaskSSE([]byte(stream))
		if err != nil {
			t.Fatal(err)
		}
		thinking, sig := sseText(t, got, "thinking"), sseText(t, got, "signature")
		if !strings.Contains(thinking, "i-0a1b2c3d4e5f67890") || !strings.HasPrefix(sig, envelopePrefix) {
			t.Fatalf("cut %d: thinking %q signature %q", cut, thinking, sig)
		}
		s2 := e.NewSession()
		out, err := s2.MaskRequest(requestJSON(t, turn1, msg("assistant", []block{{"type": "thinking", "thinking": thinking, "signature": sig}}), msg("user", "more")))
		if err != nil {
			t.Fatal(err)
		}
		fw := forwardedThinking(t, out)
		if fw[0]["thinking"] != claudeThinking || fw[0]["signature"] != "SIG/claude+1==" {
			t.Fatalf("cut %d: forwarded %q / %q", cut, fw[0]["thinking"], fw[0]["signature"])
		}
	}
}

func TestParseEnvelopeRejects(t *testing.T) {
	good := makeEnvelope([]byte(testKey), []byte("m AWS_X_001"), "sig", []span{{start: 2, end: 5, tok: "AWS_X_001"}})
	if _, ok := parseEnvelope(good); !ok {
		t.Fatal("a fresh envelope does not parse")
	}
	for _, bad := range []string{
		"plain-signature",
		envelopePrefix + "!!!",
		envelopePrefix + "e30", // {}
		envelopePrefix + b64(`{"sig":"s","spans":[[1,2]],"mac":"`+strings.Repeat("A", 43)+`"}`),
		envelopePrefix + b64(`{"sig":"s","spans":[[3,2,"AWS_X_001"]],"mac":"`+strings.Repeat("A", 43)+`"}`),
		envelopePrefix + b64(`{"sig":"s","spans":[[0,2,"nope"]],"mac":"`+strings.Repeat("A", 43)+`"}`),
		envelopePrefix + b64(`{"sig":"s","spans":[[0.5,2,"AWS_X_001"]],"mac":"`+strings.Repeat("A", 43)+`"}`),
		envelopePrefix + b64(`{"sig":"s","spans":[],"mac":"short"}`),
		envelopePrefix + b64(`[]`),
	} {
		if _, ok := parseEnvelope(bad); ok {
			t.Errorf("parseEnvelope(%q) accepted", bad)
		}
	}
	if _, ok := unspan([]byte("abc"), []span{{start: 1, end: 9, tok: "AWS_X_001"}}); ok {
		t.Error("unspan accepted a span past the end")
	}
}

func TestThinkingEnvelopeWithoutTokens(t *testing.T) {
	e := newTestEngine(t)
	s := e.NewSession()
	turn1 := msg("user", "what is a VPC?")
	if _, err := s.MaskRequest(requestJSON(t, turn1)); err != nil {
		t.Fatal(err)
	}
	// Claude mentions an address itself; nothing was masked in this request
	resp := `{"content":[{"type":"thinking","thinking":"e.g. 10.20.30.40 in a VPC","signature":"S0"}]}`
	restored, err := s.Mapping().UnmaskResponse([]byte(resp))
	if err != nil {
		t.Fatal(err)
	}
	var r struct {
		Content []block `json:"content"`
	}
	if err := json.Unmarshal(restored, &r); err != nil {
		t.Fatal(err)
	}
	s2 := e.NewSession()
	out, err := s2.MaskRequest(requestJSON(t, turn1, msg("assistant", r.Content), msg("user", "more")))
	if err != nil {
		t.Fatal(err)
	}
	fw := forwardedThinking(t, out)
	if fw[0]["thinking"] != "e.g. 10.20.30.40 in a VPC" || fw[0]["signature"] != "S0" {
		t.Errorf("Claude's own words were not forwarded byte-identical: %q / %q", fw[0]["thinking"], fw[0]["signature"])
	}
}

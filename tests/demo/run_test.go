package demo_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aws-masker/aws-masker/tests/demo"
	"github.com/aws-masker/aws-masker/tests/fakeclaude"
)

// estate is what the stand-in backend "collects".
var estate = map[string]string{
	"i-0123456789abcdef0":              "AWS_EC2_INSTANCE_001",
	"acme-prod-logs":                   "AWS_S3_BUCKET_002",
	"arn:aws:iam::123456789012:role/x": "AWS_IAM_ROLE_003",
}

// stack is a stand-in for Kong + backend: it checks the two keys, "masks" the estate with a
// fixed table (or not, when leak is set), asks fake-claude, and restores the answer.
func stack(t *testing.T, fakeURL string, leak bool) http.Handler {
	t.Helper()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("apikey") != demo.DefaultClientKey || r.Header.Get("Authorization") != "Bearer "+demo.DefaultBackendKey {
			w.WriteHeader(http.StatusUnauthorized)
			_, _ = io.WriteString(w, `{"success":false,"error":{"message":"no","code":"UNAUTHORIZED"}}`)
			return
		}
		prompt := "inventory:"
		for id, tok := range estate {
			if leak {
				prompt += " " + id + " " + tok
			} else {
				prompt += " " + tok
			}
		}
		body, _ := json.Marshal(map[string]any{"model": "m", "max_tokens": 10,
			"messages": []map[string]string{{"role": "user", "content": prompt}}})
		req, _ := http.NewRequestWithContext(r.Context(), http.MethodPost, fakeURL+"/v1/messages", bytes.NewReader(body))
		req.Header.Set("x-api-key", "k")
		req.Header.Set("anthropic-version", "2023-06-01")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			w.WriteHeader(http.StatusBadGateway)
			return
		}
		defer func() { _ = resp.Body.Close() }()
		var msg struct {
			Content []struct{ Text string } `json:"content"`
		}
		_ = json.NewDecoder(resp.Body).Decode(&msg)
		text := msg.Content[0].Text
		for id, tok := range estate {
			text = strings.ReplaceAll(text, tok, id)
		}
		out, _ := json.Marshal(map[string]any{"success": true, "requestId": "req-1",
			"analysis":  map[string]any{"text": text, "model": "m", "stopReason": "end_turn"},
			"inventory": map[string]any{"counts": map[string]int{"ec2": 1, "s3": 1}, "regions": []string{"us-east-1"}}})
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(out)
	})
}

func TestRun(t *testing.T) {
	fake := fakeclaude.New(fakeclaude.Options{})
	fakeSrv := httptest.NewServer(fake.Handler())
	defer fakeSrv.Close()

	t.Run("masked and restored", func(t *testing.T) {
		kong := httptest.NewServer(stack(t, fakeSrv.URL, false))
		defer kong.Close()
		cfg := demo.ConfigFromEnv(func(k string) string {
			return map[string]string{"DEMO_KONG_URL": kong.URL, "DEMO_FAKE_CLAUDE_URL": fakeSrv.URL}[k]
		})
		var out bytes.Buffer
		sum, err := demo.Run(context.Background(), cfg, &out)
		require.NoError(t, err)
		assert.Equal(t, 1, sum.Requests, "the record was reset before the run")
		assert.Equal(t, 3, sum.Tokens)
		assert.Len(t, sum.Restored, 3)
		assert.Empty(t, sum.Leaked)
		for id, tok := range estate {
			assert.Contains(t, out.String(), tok)
			assert.Contains(t, out.String(), id)
		}
		assert.Contains(t, out.String(), "WHAT CLAUDE SAW")
		assert.Contains(t, out.String(), "leaked: 0")

		cfg.MaxLines = 3
		out.Reset()
		_, err = demo.Run(context.Background(), cfg, &out)
		require.NoError(t, err)
		assert.Contains(t, out.String(), "more lines")
		assert.NotContains(t, out.String(), "Priority:", "rows past MaxLines are not printed")
	})

	t.Run("leak detected", func(t *testing.T) {
		kong := httptest.NewServer(stack(t, fakeSrv.URL, true))
		defer kong.Close()
		cfg := demo.Config{KongURL: kong.URL, FakeClaudeURL: fakeSrv.URL, ClientKey: demo.DefaultClientKey, BackendKey: demo.DefaultBackendKey}
		sum, err := demo.Run(context.Background(), cfg, io.Discard)
		require.ErrorIs(t, err, demo.ErrPromiseBroken)
		assert.Len(t, sum.Leaked, 3)
	})

	t.Run("wrong key", func(t *testing.T) {
		kong := httptest.NewServer(stack(t, fakeSrv.URL, false))
		defer kong.Close()
		cfg := demo.Config{KongURL: kong.URL, FakeClaudeURL: fakeSrv.URL, ClientKey: "nope"}
		_, err := demo.Run(context.Background(), cfg, io.Discard)
		require.ErrorContains(t, err, "401 UNAUTHORIZED")
	})

	t.Run("fake-claude unreachable", func(t *testing.T) {
		cfg := demo.Config{KongURL: "http://127.0.0.1:1", FakeClaudeURL: "http://127.0.0.1:1"}
		_, err := demo.Run(context.Background(), cfg, io.Discard)
		require.ErrorContains(t, err, "fake-claude at")
	})
}

func TestLeaksSeesJSONEscapes(t *testing.T) {
	rep := fakeclaude.ReceivedReport{Count: 1, Requests: []fakeclaude.Received{{Body: `{"x":"a\u003cb"}`}}}
	assert.Equal(t, []string{"a<b"}, demo.Leaks(rep, []string{"a<b", "zzz"}))
}

func TestConfigFromEnvDefaults(t *testing.T) {
	cfg := demo.ConfigFromEnv(func(string) string { return "" })
	assert.Equal(t, demo.DefaultKongURL, cfg.KongURL)
	assert.Equal(t, demo.DefaultFakeClaudeURL, cfg.FakeClaudeURL)
	assert.Equal(t, demo.DefaultClientKey, cfg.ClientKey)
	assert.Equal(t, demo.DefaultBackendKey, cfg.BackendKey)
}

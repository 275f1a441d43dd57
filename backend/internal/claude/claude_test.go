package claude_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/aws-masker/aws-masker/backend/internal/claude"
	"github.com/aws-masker/aws-masker/backend/internal/claudetest"
)

const testKey = "sk-ant-test-key-0123456789"

func newClient(t *testing.T, fake *claudetest.Server, timeout time.Duration) *claude.Client {
	t.Helper()
	c, err := claude.New(claude.Config{
		APIKey: testKey, Model: "claude-sonnet-5-5", Timeout: timeout,
		HTTPClient: claude.NewHTTPClient(fake.Dial, fake.CAs),
	})
	require.NoError(t, err)
	return c
}

func TestAnalyzeRequestShape(t *testing.T) {
	fake := claudetest.New(t)
	res, err := newClient(t, fake, 10*time.Second).Analyze(context.Background(), claude.Request{System: "sys prompt", User: "user prompt", MaxTokens: 777})
	require.NoError(t, err)
	assert.Equal(t, claude.Result{Text: "Finding: the instance is exposed.", Model: "claude-sonnet-5-5", StopReason: "end_turn",
		Usage: claude.Usage{InputTokens: 1234, OutputTokens: 56}}, res)

	reqs := fake.MessageRequests()
	require.Len(t, reqs, 1)
	r := reqs[0]
	assert.Equal(t, http.MethodPost, r.Method)
	assert.Equal(t, "Bearer "+testKey, r.Header.Get("Authorization"))
	assert.NotEmpty(t, r.Header.Get("Anthropic-Version"))
	var body struct {
		Model     string `json:"model"`
		MaxTokens int    `json:"max_tokens"`
		System    []struct {
			Type, Text string
		} `json:"system"`
		Messages []struct {
			Role    string `json:"role"`
			Content []struct {
				Type, Text string
			} `json:"content"`
		} `json:"messages"`
	}
	require.NoError(t, json.Unmarshal(r.Body, &body))
	assert.Equal(t, "claude-sonnet-5-5", body.Model)
	assert.Equal(t, 777, body.MaxTokens)
	require.Len(t, body.System, 1)
	assert.Equal(t, "sys prompt", body.System[0].Text)
	require.Len(t, body.Messages, 1)
	assert.Equal(t, "user", body.Messages[0].Role)
	require.Len(t, body.Messages[0].Content, 1)
	assert.Equal(t, "user prompt", body.Messages[0].Content[0].Text)
	assert.Equal(t, []string{claudetest.Host}, fake.Dialed())
}

// TestBaseURLCannotBeRedirected proves that the SDK's environment variables
// cannot move the client off api.anthropic.com.
func TestBaseURLCannotBeRedirected(t *testing.T) {
	t.Setenv("ANTHROPIC_BASE_URL", "http://127.0.0.1:1")
	t.Setenv("ANTHROPIC_CUSTOM_HEADERS", "X-Leak: yes")
	t.Setenv("ANTHROPIC_API_KEY", "sk-ant-from-env-must-not-be-used")
	fake := claudetest.New(t)
	_, err := newClient(t, fake, 10*time.Second).Analyze(context.Background(), claude.Request{System: "s", User: "u", MaxTokens: 10})
	require.NoError(t, err)
	for _, addr := range fake.Dialed() {
		assert.Equal(t, claudetest.Host, addr)
	}
	reqs := fake.MessageRequests()
	require.Len(t, reqs, 1)
	assert.Empty(t, reqs[0].Header.Get("X-Leak"))
	assert.Equal(t, "Bearer "+testKey, reqs[0].Header.Get("Authorization"))
	assert.Equal(t, "https://api.anthropic.com", claude.BaseURL)
}

func TestAnalyzeRetriesAndErrors(t *testing.T) {
	tests := []struct {
		name     string
		statuses []int // answers in order; the last repeats
		wantKind claude.Kind
		wantReqs int
	}{
		{"529 twice then success", []int{529, 529, 200}, "", 3},
		{"429 then success", []int{429, 200}, "", 2},
		{"529 always: bounded", []int{529}, claude.KindUnavailable, claude.MaxRetries + 1},
		{"429 always: bounded", []int{429}, claude.KindRateLimited, claude.MaxRetries + 1},
		{"500 always", []int{500}, claude.KindUnavailable, claude.MaxRetries + 1},
		{"400 is not retried", []int{400}, claude.KindRejected, 1},
		{"401 is not retried", []int{401}, claude.KindAuth, 1},
		{"403 is not retried", []int{403}, claude.KindAuth, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake := claudetest.New(t)
			n := 0
			fake.SetMessages(func(w http.ResponseWriter, r *http.Request) {
				s := tt.statuses[min(n, len(tt.statuses)-1)]
				n++
				if s == 200 {
					claudetest.Reply("ok")(w, r)
					return
				}
				claudetest.Status(s, "some_error")(w, r)
			})
			_, err := newClient(t, fake, 10*time.Second).Analyze(context.Background(), claude.Request{System: "s", User: "u", MaxTokens: 10})
			assert.Len(t, fake.MessageRequests(), tt.wantReqs)
			if tt.wantKind == "" {
				require.NoError(t, err)
				return
			}
			var ce *claude.Error
			require.ErrorAs(t, err, &ce)
			assert.Equal(t, tt.wantKind, ce.Kind)
			assert.NotContains(t, ce.Error(), "fake", "no upstream message in the error text")
		})
	}
}

func TestAnalyzeTimeout(t *testing.T) {
	fake := claudetest.New(t)
	fake.SetMessages(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	start := time.Now()
	_, err := newClient(t, fake, 300*time.Millisecond).Analyze(context.Background(), claude.Request{System: "s", User: "u", MaxTokens: 10})
	var ce *claude.Error
	require.ErrorAs(t, err, &ce)
	assert.Equal(t, claude.KindTimeout, ce.Kind)
	assert.Less(t, time.Since(start), 4*time.Second)
}

func TestAnalyzeCanceled(t *testing.T) {
	fake := claudetest.New(t)
	ctx, cancel := context.WithCancel(context.Background())
	fake.SetMessages(func(w http.ResponseWriter, r *http.Request) {
		cancel()
		<-r.Context().Done()
	})
	_, err := newClient(t, fake, 10*time.Second).Analyze(ctx, claude.Request{System: "s", User: "u", MaxTokens: 10})
	var ce *claude.Error
	require.ErrorAs(t, err, &ce)
	assert.Equal(t, claude.KindCanceled, ce.Kind)
}

func TestAnalyzeRefusesUntrustedCertificate(t *testing.T) {
	fake := claudetest.New(t)
	c, err := claude.New(claude.Config{APIKey: testKey, Model: "m", Timeout: 5 * time.Second, HTTPClient: claude.NewHTTPClient(fake.Dial, nil)})
	require.NoError(t, err)
	_, err = c.Analyze(context.Background(), claude.Request{System: "s", User: "u", MaxTokens: 10})
	var ce *claude.Error
	require.ErrorAs(t, err, &ce)
	assert.Equal(t, claude.KindUnavailable, ce.Kind)
	assert.Empty(t, fake.MessageRequests(), "nothing may be sent over an unverified TLS connection")
}

func TestNewValidates(t *testing.T) {
	_, err := claude.New(claude.Config{Model: "m", Timeout: time.Second})
	require.Error(t, err)
	c, err := claude.New(claude.Config{APIKey: "k", Model: "m", Timeout: time.Second})
	require.NoError(t, err)
	assert.NotNil(t, c)
	assert.Equal(t, "claude: timeout", (&claude.Error{Kind: claude.KindTimeout}).Error())
	assert.Equal(t, "claude: auth (status 401)", (&claude.Error{Kind: claude.KindAuth, Status: 401}).Error())
}

func TestGateway(t *testing.T) {
	type probe struct {
		handler http.HandlerFunc
		wantErr bool
		rules   int
	}
	body := func(s string) http.HandlerFunc {
		return func(w http.ResponseWriter, _ *http.Request) { _, _ = io.WriteString(w, s) }
	}
	tests := map[string]probe{
		"plugin answers":        {handler: claudetest.GatewayOK(), rules: 42},
		"rules as a list":       {handler: body(`{"plugin":"aws-masker","version":"1","rulesetVersion":"x","rules":["a","b"]}`), rules: 2},
		"real API (404)":        {handler: claudetest.Status(404, "not_found_error"), wantErr: true},
		"another plugin":        {handler: body(`{"plugin":"something-else"}`), wantErr: true},
		"not JSON":              {handler: body(`<html>hello</html>`), wantErr: true},
		"server error":          {handler: claudetest.Status(500, "api_error"), wantErr: true},
		"plugin field missing":  {handler: body(`{"version":"1"}`), wantErr: true},
		"JSON but not object":   {handler: body(`["aws-masker"]`), wantErr: true},
		"empty 200":             {handler: body(``), wantErr: true},
		"plugin name differs":   {handler: body(`{"plugin":"AWS-MASKER"}`), wantErr: true},
		"plugin with more data": {handler: body(`{"plugin":"aws-masker","extra":{"a":1}}`)},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			fake := claudetest.New(t)
			fake.SetGateway(tt.handler)
			g := &claude.Gateway{HTTPClient: claude.NewHTTPClient(fake.Dial, fake.CAs), TTL: time.Minute}
			info, err := g.Verify(context.Background())
			if tt.wantErr {
				require.ErrorIs(t, err, claude.ErrGatewayUnverified)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, "aws-masker", info.Plugin)
			assert.Equal(t, tt.rules, info.Rules)
		})
	}
}

func TestGatewayCachesSuccessOnly(t *testing.T) {
	fake := claudetest.New(t)
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	core, logs := observer.New(zapcore.InfoLevel)
	g := &claude.Gateway{HTTPClient: claude.NewHTTPClient(fake.Dial, fake.CAs), TTL: 30 * time.Second, Now: func() time.Time { return now }, Logger: zap.New(core)}
	probes := func() int { return len(fake.Requests()) }

	_, err := g.Verify(context.Background())
	require.NoError(t, err)
	_, err = g.Verify(context.Background())
	require.NoError(t, err)
	assert.Equal(t, 1, probes(), "a success is cached")
	require.Equal(t, 1, logs.FilterMessage("masking gateway verified").Len(), "logged once per fresh verification")
	assert.Equal(t, "2026.11", logs.All()[0].ContextMap()["rulesetVersion"])

	now = now.Add(31 * time.Second)
	fake.SetGateway(claudetest.Status(404, "not_found_error"))
	_, err = g.Verify(context.Background())
	require.ErrorIs(t, err, claude.ErrGatewayUnverified)
	assert.Equal(t, 2, probes(), "expired cache probes again")

	_, err = g.Verify(context.Background())
	require.Error(t, err)
	assert.Equal(t, 3, probes(), "a failure is not cached")

	fake.SetGateway(claudetest.GatewayOK())
	_, err = g.Verify(context.Background())
	require.NoError(t, err)
}

func TestGatewayUnreachableAndTimeout(t *testing.T) {
	fake := claudetest.New(t)
	refuse := func(ctx context.Context, network, addr string) (net.Conn, error) { return nil, errors.New("refused") }
	g := &claude.Gateway{HTTPClient: claude.NewHTTPClient(refuse, fake.CAs)}
	_, err := g.Verify(context.Background())
	require.ErrorIs(t, err, claude.ErrGatewayUnverified)

	fake.SetGateway(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	g = &claude.Gateway{HTTPClient: claude.NewHTTPClient(fake.Dial, fake.CAs), Timeout: 200 * time.Millisecond}
	_, err = g.Verify(context.Background())
	require.ErrorIs(t, err, claude.ErrGatewayUnverified)
	assert.Contains(t, err.Error(), "timed out")
}

func TestAnalyzeGatewayRefusal(t *testing.T) {
	tests := map[string]struct {
		status   int
		body     string
		wantKind claude.Kind
		wantCode string
	}{
		"unmaskable":       {400, `{"type":"error","error":{"type":"aws_masker_error","code":"UNMASKABLE_CONTENT","message":"m"}}`, claude.KindMaskingRefused, "UNMASKABLE_CONTENT"},
		"too large":        {413, `{"type":"error","error":{"type":"aws_masker_error","code":"BODY_TOO_LARGE","message":"m"}}`, claude.KindMaskingRefused, "BODY_TOO_LARGE"},
		"odd code":         {400, `{"type":"error","error":{"type":"aws_masker_error","code":"<script>","message":"m"}}`, claude.KindMaskingRefused, "UNKNOWN"},
		"claude's own 400": {400, `{"type":"error","error":{"type":"invalid_request_error","message":"m"}}`, claude.KindRejected, ""},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			fake := claudetest.New(t)
			fake.SetMessages(func(w http.ResponseWriter, _ *http.Request) {
				w.Header().Set("Content-Type", "application/json")
				w.WriteHeader(tt.status)
				_, _ = io.WriteString(w, tt.body)
			})
			_, err := newClient(t, fake, 10*time.Second).Analyze(context.Background(), claude.Request{System: "s", User: "u", MaxTokens: 10})
			var ce *claude.Error
			require.ErrorAs(t, err, &ce)
			assert.Equal(t, tt.wantKind, ce.Kind)
			assert.Equal(t, tt.wantCode, ce.GatewayCode)
			assert.Len(t, fake.MessageRequests(), 1, "a refusal is not retried")
			if tt.wantCode != "" {
				assert.Contains(t, ce.Error(), tt.wantCode)
			}
		})
	}
}

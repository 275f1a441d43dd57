package httpapi_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/aws-masker/aws-masker/backend/internal/claude"
	"github.com/aws-masker/aws-masker/backend/internal/config"
	"github.com/aws-masker/aws-masker/backend/internal/httpapi"
	"github.com/aws-masker/aws-masker/backend/internal/inventory"
)

const apiKey = "backend-key-0123456789abcdef"

type fakeCollector struct {
	collect func(ctx context.Context, req inventory.Request) (*inventory.Inventory, error)
	mu      sync.Mutex
	got     []inventory.Request
}

func (f *fakeCollector) Collect(ctx context.Context, req inventory.Request) (*inventory.Inventory, error) {
	f.mu.Lock()
	f.got = append(f.got, req)
	f.mu.Unlock()
	return f.collect(ctx, req)
}

func (f *fakeCollector) calls() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.got)
}

type fakeClaude struct {
	analyze func(ctx context.Context, req claude.Request) (claude.Result, error)
	mu      sync.Mutex
	got     []claude.Request
}

func (f *fakeClaude) Analyze(ctx context.Context, req claude.Request) (claude.Result, error) {
	f.mu.Lock()
	f.got = append(f.got, req)
	f.mu.Unlock()
	return f.analyze(ctx, req)
}

func (f *fakeClaude) calls() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.got)
}

type fakeGateway struct {
	err error
}

func (f *fakeGateway) Verify(context.Context) (claude.GatewayInfo, error) {
	return claude.GatewayInfo{Plugin: "aws-masker"}, f.err
}

func sampleInventory() *inventory.Inventory {
	return &inventory.Inventory{
		Regions:   []string{"us-east-1"},
		Instances: []inventory.Instance{{ID: "i-0abc1234def567890", Region: "us-east-1", PrivateIP: "10.0.1.17", Type: "t3.micro"}},
		Buckets:   []inventory.Bucket{{Name: "acme-secret-payroll", Region: "us-east-1"}},
		Users:     []inventory.User{{Name: "alice.admin", ARN: "arn:aws:iam::123456789012:user/alice.admin"}},
		Warnings:  []inventory.Warning{{Service: "lambda", Region: "us-east-1", Code: "AccessDenied", Message: "access denied"}},
		Tasks:     5, FailedTasks: 1,
	}
}

type harness struct {
	h         http.Handler
	collector *fakeCollector
	claude    *fakeClaude
	gateway   *fakeGateway
	logs      *observer.ObservedLogs
}

func newHarness(t testing.TB, mutate func(*httpapi.Deps)) *harness {
	t.Helper()
	core, logs := observer.New(zapcore.DebugLevel)
	cfg, err := config.Load(func(k string) string {
		return map[string]string{"BACKEND_API_KEYS": apiKey, "ANTHROPIC_API_KEY": "sk-ant-secret-000000"}[k]
	})
	require.NoError(t, err)
	hs := &harness{
		collector: &fakeCollector{collect: func(context.Context, inventory.Request) (*inventory.Inventory, error) { return sampleInventory(), nil }},
		claude: &fakeClaude{analyze: func(context.Context, claude.Request) (claude.Result, error) {
			return claude.Result{Text: "Instance i-0abc1234def567890 is exposed.", Model: "claude-sonnet-5-5", StopReason: "end_turn", Usage: claude.Usage{InputTokens: 10, OutputTokens: 5}}, nil
		}},
		gateway: &fakeGateway{},
		logs:    logs,
	}
	d := httpapi.Deps{
		Config: cfg, Logger: zap.New(core), Collector: hs.collector, Claude: hs.claude, Gateway: hs.gateway,
		Credentials:    func(context.Context) error { return nil },
		DefaultRegions: []string{"us-east-1"},
	}
	if mutate != nil {
		mutate(&d)
	}
	hs.h = httpapi.NewHandler(d)
	return hs
}

type envelope struct {
	Success bool `json:"success"`
	Error   struct {
		Message string               `json:"message"`
		Code    string               `json:"code"`
		Details []httpapi.FieldError `json:"details"`
	} `json:"error"`
	RequestID string `json:"requestId"`
}

func (h *harness) do(t *testing.T, method, path, body string, hdr map[string]string) (*httptest.ResponseRecorder, envelope) {
	t.Helper()
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+apiKey)
	for k, v := range hdr {
		if v == "" {
			req.Header.Del(k)
		} else {
			req.Header.Set(k, v)
		}
	}
	rec := httptest.NewRecorder()
	h.h.ServeHTTP(rec, req)
	var env envelope
	_ = json.Unmarshal(rec.Body.Bytes(), &env)
	return rec, env
}

func TestAnalyzeSuccess(t *testing.T) {
	h := newHarness(t, nil)
	rec, _ := h.do(t, http.MethodPost, "/analyze", `{"resources":["ec2","s3","iam","ec2"],"options":{"regions":["us-east-1","eu-west-1","us-east-1"],"analysisType":"security","question":"Which instance is most exposed?","maxTokens":2048}}`, map[string]string{"X-Request-Id": "client-req-0001"})
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	var res httpapi.AnalyzeResponse
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &res))
	assert.True(t, res.Success)
	assert.Equal(t, "client-req-0001", res.RequestID)
	assert.Equal(t, "client-req-0001", rec.Header().Get("X-Request-Id"))
	assert.Equal(t, "Instance i-0abc1234def567890 is exposed.", res.Analysis.Text)
	assert.Equal(t, "end_turn", res.Analysis.StopReason)
	assert.Equal(t, 1, res.Inventory.Counts["ec2Instances"])
	assert.Equal(t, 1, res.Inventory.Counts["s3Buckets"])
	assert.False(t, res.Inventory.Truncated)
	require.Len(t, res.Inventory.Warnings, 1)
	assert.Equal(t, "AccessDenied", res.Inventory.Warnings[0].Code)

	require.Len(t, h.collector.got, 1)
	assert.Equal(t, inventory.Request{Services: []inventory.Service{"ec2", "s3", "iam"}, Regions: []string{"us-east-1", "eu-west-1"}}, h.collector.got[0])
	require.Len(t, h.claude.got, 1)
	sent := h.claude.got[0]
	assert.Equal(t, 2048, sent.MaxTokens)
	assert.Contains(t, sent.User, "Which instance is most exposed?")
	assert.Contains(t, sent.User, "i-0abc1234def567890", "the prompt carries the inventory; the gateway masks it")
	assert.Contains(t, sent.User, "security review")
	assert.Contains(t, sent.User, `"notCollected"`)
}

func TestAnalyzeDefaults(t *testing.T) {
	h := newHarness(t, func(d *httpapi.Deps) { d.DefaultRegions = []string{"eu-central-1"} })
	rec, _ := h.do(t, http.MethodPost, "/analyze", `{}`, nil)
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	assert.Equal(t, inventory.AllServices(), h.collector.got[0].Services)
	assert.Equal(t, []string{"eu-central-1"}, h.collector.got[0].Regions)
	assert.Equal(t, httpapi.DefaultMaxTokens, h.claude.got[0].MaxTokens)
	assert.Contains(t, h.claude.got[0].User, "Analysis type: general")
}

func TestAnalyzeValidation(t *testing.T) {
	long := strings.Repeat("é", 2001)
	tests := []struct {
		name, body string
		status     int
		code       string
		field      string
	}{
		{"unknown resource", `{"resources":["ec2","dynamodb"]}`, 400, "VALIDATION_ERROR", "resources[1]"},
		{"empty resources", `{"resources":[]}`, 400, "VALIDATION_ERROR", "resources"},
		{"bad region", `{"options":{"regions":["us-east-1","moon-1"]}}`, 400, "VALIDATION_ERROR", "options.regions[1]"},
		{"empty regions", `{"options":{"regions":[]}}`, 400, "VALIDATION_ERROR", "options.regions"},
		{"too many regions", `{"options":{"regions":[` + strings.TrimSuffix(strings.Repeat(`"us-east-1",`, 26), ",") + `]}}`, 400, "VALIDATION_ERROR", "options.regions"},
		{"bad type", `{"options":{"analysisType":"fun"}}`, 400, "VALIDATION_ERROR", "options.analysisType"},
		{"question too long", `{"options":{"question":"` + long + `"}}`, 400, "VALIDATION_ERROR", "options.question"},
		{"question control char", `{"options":{"question":"a\u0000b"}}`, 400, "VALIDATION_ERROR", "options.question"},
		{"maxTokens zero", `{"options":{"maxTokens":0}}`, 400, "VALIDATION_ERROR", "options.maxTokens"},
		{"maxTokens huge", `{"options":{"maxTokens":1000000}}`, 400, "VALIDATION_ERROR", "options.maxTokens"},
		{"wrong type", `{"resources":"ec2"}`, 400, "VALIDATION_ERROR", "resources"},
		{"unknown field", `{"resource":["ec2"]}`, 400, "VALIDATION_ERROR", "resource"},
		{"not JSON", `{"resources":`, 400, "INVALID_JSON", ""},
		{"empty body", ``, 400, "INVALID_JSON", ""},
		{"two objects", `{} {}`, 400, "INVALID_JSON", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, nil)
			rec, env := h.do(t, http.MethodPost, "/analyze", tt.body, nil)
			assert.Equal(t, tt.status, rec.Code, rec.Body.String())
			assert.False(t, env.Success)
			assert.Equal(t, tt.code, env.Error.Code)
			assert.NotEmpty(t, env.Error.Message)
			if tt.field != "" {
				var fields []string
				for _, d := range env.Error.Details {
					fields = append(fields, d.Field)
				}
				assert.Contains(t, fields, tt.field)
			}
			assert.Zero(t, h.collector.calls(), "invalid input collects nothing")
			assert.Zero(t, h.claude.calls())
		})
	}
}

func TestAnalyzeQuestionAtLimit(t *testing.T) {
	h := newHarness(t, nil)
	rec, _ := h.do(t, http.MethodPost, "/analyze", `{"options":{"question":"`+strings.Repeat("é", 2000)+`"}}`, nil)
	assert.Equal(t, http.StatusOK, rec.Code)
}

func TestAuth(t *testing.T) {
	tests := map[string]struct {
		header string
		want   int
	}{
		"missing":      {"", 401},
		"wrong key":    {"Bearer not-the-key-0123456789", 401},
		"basic scheme": {"Basic " + apiKey, 401},
		"no token":     {"Bearer ", 401},
		"valid":        {"Bearer " + apiKey, 200},
		"scheme case":  {"bearer " + apiKey, 200},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			h := newHarness(t, nil)
			rec, env := h.do(t, http.MethodPost, "/analyze", `{}`, map[string]string{"Authorization": tt.header})
			assert.Equal(t, tt.want, rec.Code)
			if tt.want == 401 {
				assert.Equal(t, "UNAUTHORIZED", env.Error.Code)
				assert.NotEmpty(t, rec.Header().Get("WWW-Authenticate"))
				assert.Zero(t, h.collector.calls())
			}
		})
	}
	t.Run("disabled in development", func(t *testing.T) {
		h := newHarness(t, func(d *httpapi.Deps) { d.Config.AuthDisabled = true })
		rec, _ := h.do(t, http.MethodPost, "/analyze", `{}`, map[string]string{"Authorization": ""})
		assert.Equal(t, http.StatusOK, rec.Code)
	})
}

func TestBodyLimitsAndMediaType(t *testing.T) {
	h := newHarness(t, func(d *httpapi.Deps) { d.Config.MaxBodyBytes = 2048 })
	big := `{"options":{"question":"` + strings.Repeat("a", 3000) + `"}}`
	rec, env := h.do(t, http.MethodPost, "/analyze", big, nil)
	assert.Equal(t, http.StatusRequestEntityTooLarge, rec.Code)
	assert.Equal(t, "PAYLOAD_TOO_LARGE", env.Error.Code)

	// Without a Content-Length the limit applies while reading.
	req := httptest.NewRequest(http.MethodPost, "/analyze", io.MultiReader(strings.NewReader(big)))
	req.ContentLength = -1
	req.Header.Set("Authorization", "Bearer "+apiKey)
	rr := httptest.NewRecorder()
	h.h.ServeHTTP(rr, req)
	assert.Equal(t, http.StatusRequestEntityTooLarge, rr.Code)

	rec, env = h.do(t, http.MethodPost, "/analyze", `{}`, map[string]string{"Content-Type": "text/plain"})
	assert.Equal(t, http.StatusUnsupportedMediaType, rec.Code)
	assert.Equal(t, "UNSUPPORTED_MEDIA_TYPE", env.Error.Code)
}

func TestRoutes(t *testing.T) {
	h := newHarness(t, nil)
	rec, env := h.do(t, http.MethodGet, "/nope", ``, nil)
	assert.Equal(t, http.StatusNotFound, rec.Code)
	assert.Equal(t, "NOT_FOUND", env.Error.Code)
	rec, env = h.do(t, http.MethodGet, "/analyze", ``, nil)
	assert.Equal(t, http.StatusMethodNotAllowed, rec.Code)
	assert.Equal(t, "METHOD_NOT_ALLOWED", env.Error.Code)
	rec, _ = h.do(t, http.MethodGet, "/health", ``, map[string]string{"Authorization": ""})
	assert.Equal(t, http.StatusOK, rec.Code)
	assert.JSONEq(t, `{"status":"ok"}`, rec.Body.String())
	assert.Len(t, rec.Header().Get("X-Request-Id"), 24, "a generated request id")
}

func TestReady(t *testing.T) {
	tests := map[string]struct {
		creds   error
		gateway error
		off     bool
		want    int
	}{
		"all good":          {want: 200},
		"no credentials":    {creds: errors.New("no creds"), want: 503},
		"gateway missing":   {gateway: claude.ErrGatewayUnverified, want: 503},
		"gateway check off": {off: true, want: 200},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			h := newHarness(t, func(d *httpapi.Deps) {
				d.Credentials = func(context.Context) error { return tt.creds }
				if tt.off {
					d.Gateway = nil
				}
			})
			h.gateway.err = tt.gateway
			rec, _ := h.do(t, http.MethodGet, "/ready", ``, map[string]string{"Authorization": ""})
			assert.Equal(t, tt.want, rec.Code, rec.Body.String())
		})
	}
}

func TestGatewayUnverifiedSendsNothing(t *testing.T) {
	h := newHarness(t, nil)
	h.gateway.err = errors.New("masking gateway unverified: probe answered HTTP 404")
	rec, env := h.do(t, http.MethodPost, "/analyze", `{}`, nil)
	assert.Equal(t, http.StatusServiceUnavailable, rec.Code)
	assert.Equal(t, "MASKING_GATEWAY_UNVERIFIED", env.Error.Code)
	assert.Zero(t, h.collector.calls(), "no AWS call either")
	assert.Zero(t, h.claude.calls(), "nothing sent to Claude")
}

func TestGatewayCheckOffWarnsLoudly(t *testing.T) {
	h := newHarness(t, func(d *httpapi.Deps) { d.Gateway = nil })
	rec, _ := h.do(t, http.MethodPost, "/analyze", `{}`, nil)
	assert.Equal(t, http.StatusOK, rec.Code)
	assert.NotZero(t, h.logs.FilterMessageSnippet("MASKING GATEWAY CHECK IS OFF").Len())
}

func TestErrorMapping(t *testing.T) {
	tests := []struct {
		name     string
		collect  error
		failAll  bool
		claude   error
		status   int
		code     string
		prodHide bool
	}{
		{"claude overloaded", nil, false, &claude.Error{Kind: claude.KindUnavailable, Status: 529}, 502, "CLAUDE_UNAVAILABLE", false},
		{"claude rate limited", nil, false, &claude.Error{Kind: claude.KindRateLimited, Status: 429}, 429, "CLAUDE_RATE_LIMITED", false},
		{"claude timeout", nil, false, &claude.Error{Kind: claude.KindTimeout}, 504, "TIMEOUT", false},
		{"claude auth", nil, false, &claude.Error{Kind: claude.KindAuth, Status: 401}, 502, "CLAUDE_AUTH_FAILED", false},
		{"claude rejected", nil, false, &claude.Error{Kind: claude.KindRejected, Status: 400}, 502, "CLAUDE_ERROR", false},
		{"gateway refused", nil, false, &claude.Error{Kind: claude.KindMaskingRefused, Status: 400, GatewayCode: "UNMASKABLE_CONTENT"}, 502, "MASKING_REFUSED", false},
		{"claude canceled", nil, false, &claude.Error{Kind: claude.KindCanceled}, 499, "CANCELED", false},
		{"collection timeout", context.DeadlineExceeded, false, nil, 504, "TIMEOUT", false},
		{"collection failed entirely", nil, true, nil, 502, "AWS_COLLECTION_FAILED", false},
		{"internal error hidden in production", errors.New("secret internal detail"), false, nil, 500, "INTERNAL_ERROR", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, nil)
			h.collector.collect = func(context.Context, inventory.Request) (*inventory.Inventory, error) {
				if tt.collect != nil {
					return nil, tt.collect
				}
				inv := sampleInventory()
				if tt.failAll {
					inv = &inventory.Inventory{Tasks: 2, FailedTasks: 2, Warnings: []inventory.Warning{{Service: "ec2", Region: "us-east-1", Code: "AccessDenied"}}}
				}
				return inv, nil
			}
			h.claude.analyze = func(context.Context, claude.Request) (claude.Result, error) {
				if tt.claude != nil {
					return claude.Result{}, tt.claude
				}
				return claude.Result{Text: "ok"}, nil
			}
			rec, env := h.do(t, http.MethodPost, "/analyze", `{}`, nil)
			assert.Equal(t, tt.status, rec.Code, rec.Body.String())
			assert.Equal(t, tt.code, env.Error.Code)
			assert.False(t, env.Success)
			assert.NotEmpty(t, env.RequestID)
			if tt.prodHide {
				assert.Equal(t, "internal error", env.Error.Message)
				assert.NotContains(t, rec.Body.String(), "secret internal detail")
			}
			if tt.failAll {
				assert.Zero(t, h.claude.calls(), "an empty estate is not sent")
			}
		})
	}
	t.Run("internal error shown in development", func(t *testing.T) {
		h := newHarness(t, func(d *httpapi.Deps) { d.Config.Env = config.EnvDevelopment })
		h.collector.collect = func(context.Context, inventory.Request) (*inventory.Inventory, error) {
			return nil, errors.New("detail for developers")
		}
		_, env := h.do(t, http.MethodPost, "/analyze", `{}`, nil)
		assert.Contains(t, env.Error.Message, "detail for developers")
	})
}

func TestConcurrencyLimit(t *testing.T) {
	release := make(chan struct{})
	entered := make(chan struct{}, 1)
	h := newHarness(t, func(d *httpapi.Deps) { d.Config.MaxConcurrentAnalyses = 1 })
	h.collector.collect = func(context.Context, inventory.Request) (*inventory.Inventory, error) {
		entered <- struct{}{}
		<-release
		return sampleInventory(), nil
	}
	done := make(chan int)
	go func() {
		rec, _ := h.do(t, http.MethodPost, "/analyze", `{}`, nil)
		done <- rec.Code
	}()
	<-entered
	rec, env := h.do(t, http.MethodPost, "/analyze", `{}`, nil)
	assert.Equal(t, http.StatusTooManyRequests, rec.Code)
	assert.Equal(t, "RATE_LIMITED", env.Error.Code)
	assert.Equal(t, "5", rec.Header().Get("Retry-After"))
	close(release)
	assert.Equal(t, http.StatusOK, <-done)
}

func TestPanicRecovery(t *testing.T) {
	h := newHarness(t, nil)
	h.collector.collect = func(context.Context, inventory.Request) (*inventory.Inventory, error) {
		panic("boom with i-0abc1234def567890")
	}
	rec, env := h.do(t, http.MethodPost, "/analyze", `{}`, nil)
	assert.Equal(t, http.StatusInternalServerError, rec.Code)
	assert.Equal(t, "INTERNAL_ERROR", env.Error.Code)
	entries := h.logs.FilterMessage("panic recovered").All()
	require.Len(t, entries, 1)
	for _, e := range h.logs.All() {
		b, _ := json.Marshal(e.ContextMap())
		assert.NotContains(t, string(b), "i-0abc1234def567890", "the panic value is not logged")
	}
}

func TestRequestIDSanitised(t *testing.T) {
	h := newHarness(t, nil)
	rec, _ := h.do(t, http.MethodGet, "/health", ``, map[string]string{"X-Request-Id": "bad id with spaces and i-0abc1234def567890"})
	assert.NotContains(t, rec.Header().Get("X-Request-Id"), " ")
	assert.Len(t, rec.Header().Get("X-Request-Id"), 24)
}

// TestLogsCarryNoData captures every log line of a successful and a failed
// /analyze and proves that no identifier, prompt text or key appears.
func TestLogsCarryNoData(t *testing.T) {
	h := newHarness(t, nil)
	question := "Is the payroll bucket public? secret-question-marker"
	rec, _ := h.do(t, http.MethodPost, "/analyze", `{"options":{"question":"`+question+`"}}`, nil)
	require.Equal(t, http.StatusOK, rec.Code)
	h.claude.analyze = func(context.Context, claude.Request) (claude.Result, error) {
		return claude.Result{}, &claude.Error{Kind: claude.KindUnavailable, Status: 529}
	}
	rec, _ = h.do(t, http.MethodPost, "/analyze", `{"options":{"question":"`+question+`"}}`, map[string]string{"Authorization": "Bearer wrong-key-but-still-secret"})
	require.Equal(t, http.StatusUnauthorized, rec.Code)
	rec, _ = h.do(t, http.MethodPost, "/analyze", `{}`, nil)
	require.Equal(t, http.StatusBadGateway, rec.Code)

	require.NotZero(t, h.logs.Len())
	var all strings.Builder
	for _, e := range h.logs.All() {
		all.WriteString(e.Message)
		b, err := json.Marshal(e.ContextMap())
		require.NoError(t, err)
		all.Write(b)
	}
	logs := all.String()
	secrets := []string{"i-0abc1234def567890", "10.0.1.17", "acme-secret-payroll", "alice.admin", "123456789012",
		"secret-question-marker", "security review", "Inventory (JSON)", apiKey, "wrong-key-but-still-secret", "sk-ant-secret-000000"}
	for _, s := range secrets {
		assert.NotContains(t, logs, s)
	}
	assert.Contains(t, logs, "analysis complete")
	assert.Contains(t, logs, `"route":"/analyze"`)
}

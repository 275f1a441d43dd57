package app_test

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/aws-masker/aws-masker/backend/app"
	"github.com/aws-masker/aws-masker/backend/demoestate"
	"github.com/aws-masker/aws-masker/backend/internal/claudetest"
	"github.com/aws-masker/aws-masker/backend/testenv"
)

const (
	backendKey   = "backend-key-0123456789abcdef"
	anthropicKey = "sk-ant-api03-secret-test-key-0000"
)

func getenv(extra map[string]string) func(string) string {
	m := map[string]string{"BACKEND_API_KEYS": backendKey, "ANTHROPIC_API_KEY": anthropicKey, "APP_ENV": "test"}
	for k, v := range extra {
		m[k] = v
	}
	return func(k string) string { return m[k] }
}

// awsEnv points the AWS SDK's standard variables at endpoint.
func awsEnv(t *testing.T, endpoint, region string) {
	t.Setenv("AWS_ENDPOINT_URL", endpoint)
	t.Setenv("AWS_ACCESS_KEY_ID", testenv.AccessKeyID)
	t.Setenv("AWS_SECRET_ACCESS_KEY", testenv.SecretAccessKey)
	t.Setenv("AWS_REGION", region)
	t.Setenv("AWS_EC2_METADATA_DISABLED", "true")
	t.Setenv("AWS_CONFIG_FILE", "/nonexistent")
	t.Setenv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent")
}

func post(t *testing.T, h http.Handler, body string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, "/analyze", strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+backendKey)
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestNewReportsConfigurationProblems(t *testing.T) {
	_, err := app.New(context.Background(), app.Options{Getenv: func(string) string { return "" }, Logger: zap.NewNop()})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "BACKEND_API_KEYS")
	assert.Contains(t, err.Error(), "ANTHROPIC_API_KEY")
}

func TestNewLogger(t *testing.T) {
	l, err := app.NewLogger("debug")
	require.NoError(t, err)
	assert.True(t, l.Core().Enabled(zapcore.DebugLevel))
	l, err = app.NewLogger("")
	require.NoError(t, err)
	assert.False(t, l.Core().Enabled(zapcore.DebugLevel))
	_, err = app.NewLogger("chatty")
	require.Error(t, err)
}

// TestAnalyzeAgainstMotoLeaksNothingToLogs runs a full /analyze: the AWS SDK
// against moto through the standard AWS_* variables, Claude as a TLS fake
// reached for api.anthropic.com through the injected dialer. It proves the
// seeded estate reaches the prompt and that no identifier, prompt text or
// key reaches the logs.
func TestAnalyzeAgainstMotoLeaksNothingToLogs(t *testing.T) {
	endpoint := testenv.MotoEndpoint(t)
	regions := []string{"ap-northeast-1", "us-west-1"}
	awsEnv(t, endpoint, regions[0])
	t.Setenv("ANTHROPIC_BASE_URL", "http://127.0.0.1:9") // must have no effect
	ctx := context.Background()
	estate, err := demoestate.Seed(ctx, testenv.AWSConfig(endpoint, regions[0]), demoestate.Options{Regions: regions, Instances: 20})
	require.NoError(t, err)

	fake := claudetest.New(t)
	fake.SetMessages(claudetest.Reply("Instance " + estate.InstanceIDs[0] + " allows SSH from anywhere."))
	core, logs := observer.New(zapcore.DebugLevel)
	a, err := app.New(ctx, app.Options{Getenv: getenv(map[string]string{"LOG_LEVEL": "debug"}), Logger: zap.New(core), DialContext: fake.Dial, RootCAs: fake.CAs})
	require.NoError(t, err)

	question := "Which security group is the riskiest? question-marker-7f3a"
	rec := post(t, a.Handler(), `{"resources":["ec2","vpc","s3","rds","iam","lambda"],"options":{"regions":["ap-northeast-1","us-west-1"],"analysisType":"security","question":"`+question+`"}}`)
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	var res struct {
		Success   bool
		Analysis  struct{ Text string }
		Inventory struct {
			Counts   map[string]int
			Warnings []any
		}
	}
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &res))
	assert.True(t, res.Success)
	assert.Contains(t, res.Analysis.Text, estate.InstanceIDs[0])
	assert.GreaterOrEqual(t, res.Inventory.Counts["ec2Instances"], 20)
	assert.GreaterOrEqual(t, res.Inventory.Counts["lambdaFunctions"], 2)
	assert.Empty(t, res.Inventory.Warnings)

	msgs := fake.MessageRequests()
	require.Len(t, msgs, 1)
	prompt := string(msgs[0].Body)
	for _, id := range []string{estate.InstanceIDs[0], estate.BucketNames[0], estate.DBInstanceIDs[0], estate.FunctionNames[0], estate.RoleNames[0]} {
		assert.Contains(t, prompt, id, "collected data reaches the prompt (the gateway masks it in production)")
	}
	for _, d := range fake.Dialed() {
		assert.Equal(t, claudetest.Host, d)
	}

	require.NotZero(t, logs.Len())
	var all strings.Builder
	for _, e := range logs.All() {
		all.WriteString(e.Message)
		b, err := json.Marshal(e.ContextMap())
		require.NoError(t, err)
		all.Write(b)
		all.WriteByte('\n')
	}
	text := all.String()
	ids := estate.Identifiers()
	require.Greater(t, len(ids), 50)
	for _, id := range ids {
		if !assert.NotContains(t, text, id) {
			break
		}
	}
	for _, s := range []string{backendKey, anthropicKey, "question-marker-7f3a", "Inventory (JSON)", "security review", "allows SSH from anywhere"} {
		assert.NotContains(t, text, s)
	}
	assert.Contains(t, text, "analysis complete")
}

func TestGatewayUnverifiedEndToEnd(t *testing.T) {
	awsEnv(t, "http://127.0.0.1:9", "us-east-1")
	fake := claudetest.New(t)
	fake.SetGateway(claudetest.Status(404, "not_found_error")) // the real API: no plugin in the path
	a, err := app.New(context.Background(), app.Options{Getenv: getenv(nil), Logger: zap.NewNop(), DialContext: fake.Dial, RootCAs: fake.CAs})
	require.NoError(t, err)
	rec := post(t, a.Handler(), `{"resources":["ec2"]}`)
	assert.Equal(t, http.StatusServiceUnavailable, rec.Code)
	assert.Contains(t, rec.Body.String(), "MASKING_GATEWAY_UNVERIFIED")
	assert.Empty(t, fake.MessageRequests(), "nothing sent to Claude")

	// A TLS peer that is not trusted is not a gateway either.
	a, err = app.New(context.Background(), app.Options{Getenv: getenv(nil), Logger: zap.NewNop(), DialContext: fake.Dial})
	require.NoError(t, err)
	rec = post(t, a.Handler(), `{"resources":["ec2"]}`)
	assert.Equal(t, http.StatusServiceUnavailable, rec.Code)
}

func TestGatewayCheckOffInDevelopment(t *testing.T) {
	awsEnv(t, "http://127.0.0.1:9", "us-east-1")
	core, logs := observer.New(zapcore.InfoLevel)
	_, err := app.New(context.Background(), app.Options{Getenv: getenv(map[string]string{"APP_ENV": "development", "MASKING_GATEWAY_CHECK": "off", "BACKEND_AUTH_DISABLED": "true"}), Logger: zap.New(core)})
	require.NoError(t, err)
	assert.Equal(t, 1, logs.FilterMessageSnippet("MASKING_GATEWAY_CHECK=off").Len())
	assert.Equal(t, 1, logs.FilterMessageSnippet("BACKEND_AUTH_DISABLED=true").Len())
}

// TestServeDrainsInFlightRequests cancels the serving context while a request
// is in flight: the request still completes and Serve returns nil.
func TestServeDrainsInFlightRequests(t *testing.T) {
	awsEnv(t, "http://127.0.0.1:9", "us-east-1")
	fake := claudetest.New(t)
	entered := make(chan struct{})
	fake.SetGateway(func(w http.ResponseWriter, r *http.Request) {
		close(entered)
		time.Sleep(300 * time.Millisecond)
		claudetest.GatewayOK()(w, r)
	})
	a, err := app.New(context.Background(), app.Options{Getenv: getenv(map[string]string{"SHUTDOWN_TIMEOUT": "10s"}), Logger: zap.NewNop(), DialContext: fake.Dial, RootCAs: fake.CAs})
	require.NoError(t, err)
	var lc net.ListenConfig
	ln, err := lc.Listen(context.Background(), "tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- a.Serve(ctx, ln) }()

	url := "http://" + ln.Addr().String()
	status := make(chan int, 1)
	go func() {
		req, _ := http.NewRequestWithContext(context.Background(), http.MethodGet, url+"/ready", nil)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			status <- -1
			return
		}
		_ = res.Body.Close()
		status <- res.StatusCode
	}()
	<-entered
	cancel()
	assert.Equal(t, http.StatusOK, <-status, "the in-flight request finishes")
	select {
	case err := <-served:
		require.NoError(t, err)
	case <-time.After(10 * time.Second):
		t.Fatal("Serve did not return after shutdown")
	}
	req, _ := http.NewRequestWithContext(context.Background(), http.MethodGet, url+"/health", nil)
	res, err := http.DefaultClient.Do(req)
	if err == nil {
		_ = res.Body.Close()
	}
	require.Error(t, err, "no new connections after shutdown")
}

func TestServeReturnsListenerErrors(t *testing.T) {
	awsEnv(t, "http://127.0.0.1:9", "us-east-1")
	a, err := app.New(context.Background(), app.Options{Getenv: getenv(nil), Logger: zap.NewNop()})
	require.NoError(t, err)
	assert.Equal(t, 8080, a.Port())
	var lc net.ListenConfig
	ln, err := lc.Listen(context.Background(), "tcp", "127.0.0.1:0")
	require.NoError(t, err)
	require.NoError(t, ln.Close())
	err = a.Serve(context.Background(), ln)
	require.Error(t, err)
	assert.False(t, errors.Is(err, http.ErrServerClosed))
}

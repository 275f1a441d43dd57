package tests

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest/observer"

	"github.com/aws-masker/aws-masker/backend/app"
	"github.com/aws-masker/aws-masker/backend/demoestate"
	"github.com/aws-masker/aws-masker/backend/testenv"
	"github.com/aws-masker/aws-masker/tests/demo"
	"github.com/aws-masker/aws-masker/tests/fakeclaude"
)

// The in-process end-to-end suite: the real backend (backend/app) served on loopback, the
// real `aws-masker proxy` binary over TLS with the certs tool's certificate, fake-claude, and
// moto seeded with backend/demoestate. The backend's hardcoded https://api.anthropic.com
// reaches the proxy through its injected dialer, exactly as Kong's DNS alias does in compose.

const (
	backendKey = "e2e-backend-key-0123456789abcdef"
	// The estate's own region keeps its EC2, RDS and Lambda resources apart from other
	// tests sharing the emulator (IAM and the S3 bucket list are global).
	e2eRegion = "ap-southeast-2"
)

// backendEnv is the environment of an in-process backend.
func backendEnv(extra map[string]string) func(string) string {
	env := map[string]string{
		"BACKEND_API_KEYS":          backendKey,
		"ANTHROPIC_API_KEY":         "sk-ant-e2e-not-a-real-key",
		"APP_ENV":                   "test",
		"LOG_LEVEL":                 "debug",
		"AWS_REGIONS":               e2eRegion,
		"PROMPT_BUDGET_BYTES":       "4000000",
		"MASKING_GATEWAY_CACHE_TTL": "0s",
		// CI's emulator is shared with the backend's own suites (IAM and S3 are global there).
		"COLLECT_TIMEOUT":     "300s",
		"COLLECT_CONCURRENCY": "16",
	}
	for k, v := range extra {
		env[k] = v
	}
	return func(k string) string { return env[k] }
}

// startBackend runs the real backend on loopback with dial as its way to api.anthropic.com.
func startBackend(t *testing.T, dial func(ctx context.Context, network, addr string) (net.Conn, error), cs certSet, logger *zap.Logger) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	a, err := app.New(ctx, app.Options{Getenv: backendEnv(nil), Logger: logger, DialContext: dial, RootCAs: cs.pool})
	require.NoError(t, err)
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", "127.0.0.1:0")
	require.NoError(t, err)
	done := make(chan error, 1)
	go func() { done <- a.Serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			assert.NoError(t, err, "graceful shutdown")
		case <-time.After(40 * time.Second):
			t.Error("backend did not shut down")
		}
	})
	return "http://" + ln.Addr().String()
}

// seedEstate writes the demo estate into moto, in e2eRegion, under a unique prefix.
func seedEstate(t *testing.T, endpoint string) *demoestate.Estate {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	prefix := fmt.Sprintf("e2e-%x", time.Now().UnixNano()&0xffffff)
	estate, err := demoestate.Seed(ctx, testenv.AWSConfig(endpoint, e2eRegion), demoestate.Options{Regions: []string{e2eRegion}, Prefix: prefix})
	require.NoError(t, err)
	require.NotEmpty(t, estate.Identifiers())
	return estate
}

// setAWSEnv points the AWS SDK's standard chain (read from the process environment by
// config.LoadDefaultConfig) at moto, and away from any real profile.
func setAWSEnv(t *testing.T, endpoint string) {
	t.Helper()
	empty := filepath.Join(t.TempDir(), "none")
	for k, v := range map[string]string{
		"AWS_ENDPOINT_URL":            endpoint,
		"AWS_ACCESS_KEY_ID":           testenv.AccessKeyID,
		"AWS_SECRET_ACCESS_KEY":       testenv.SecretAccessKey,
		"AWS_SESSION_TOKEN":           "",
		"AWS_REGION":                  e2eRegion,
		"AWS_PROFILE":                 "",
		"AWS_CONFIG_FILE":             empty,
		"AWS_SHARED_CREDENTIALS_FILE": empty,
		"AWS_EC2_METADATA_DISABLED":   "true",
	} {
		t.Setenv(k, v)
	}
}

func analyzeRequest() demo.AnalyzeRequest {
	return demo.AnalyzeRequest{
		Resources: []string{"ec2", "vpc", "s3", "rds", "iam", "lambda"},
		Options:   &demo.AnalyzeOptions{Regions: []string{e2eRegion}, AnalysisType: "security", MaxTokens: 2048},
	}
}

func TestInProcessStack(t *testing.T) {
	endpoint := testenv.MotoEndpoint(t)
	setAWSEnv(t, endpoint)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()

	bin := buildAWSMasker(t)
	cs := makeCerts(t)
	estate := seedEstate(t, endpoint)
	identifiers := estate.Identifiers()

	fake := fakeclaude.New(fakeclaude.Options{Echo: true})
	fakePlain := httptest.NewServer(fake.Handler()) // the proxy's upstream
	t.Cleanup(fakePlain.Close)
	fakeTLS := fakeClaudeTLS(t, fake, cs) // "the real host", reached without the gateway

	proxy := startProxy(t, bin, fakePlain.URL, cs)
	logs, recorded := observer.New(zap.DebugLevel)
	backendURL := startBackend(t, dialTo(proxy.addr), cs, zap.New(logs))
	client := &demo.Client{BaseURL: backendURL, BackendKey: backendKey}
	requests := 0

	t.Run("analyze is masked on the way out and restored on the way back", func(t *testing.T) {
		fake.Reset()
		status, resp, err := client.Analyze(ctx, analyzeRequest())
		requests++
		require.NoError(t, err)
		if status != http.StatusOK {
			for _, r := range fake.Report().Requests {
				t.Logf("fake-claude answered %d to a request of %d bytes with headers %v", r.Status, len(r.Body), r.Headers)
			}
			t.Logf("proxy logs:\n%s", proxy.logs)
		}
		require.Equal(t, http.StatusOK, status, "error: %+v", resp.Error)
		require.True(t, resp.Success)

		rep := fake.Report()
		require.Equal(t, 1, rep.Count, "one Messages request reached Claude")
		got := rep.Requests[0]
		assert.Equal(t, http.StatusOK, got.Status)
		assert.NotEmpty(t, got.Tokens, "Claude saw masked tokens")
		leaked := demo.Leaks(rep, identifiers)
		assert.Empty(t, leaked, "identifiers that reached Claude")

		restored, err := fakeclaude.Restorations(got.Tokens, resp.Analysis.Text)
		require.NoError(t, err, "every token Claude named comes back restored")
		assert.Empty(t, tokenRE.FindAllString(resp.Analysis.Text, -1), "no token left in the answer")
		// The fake quoted the prompt it received; restored, it is the backend's own prompt:
		// every seeded identifier the backend collected is back in place, whole.
		_, echo := fakeclaude.SplitEcho(resp.Analysis.Text)
		require.NotEmpty(t, echo)
		// Not collected by design: access key IDs (the backend reports age and last use only)
		// and Lambda function ARNs (it reports the name). Leaks above covers them all.
		notSent := map[string]bool{}
		for _, id := range slices.Concat(estate.AccessKeyIDs, estate.FunctionARNs) {
			notSent[id] = true
		}
		var missing []string
		expected := 0
		for _, id := range identifiers {
			if notSent[id] {
				continue
			}
			expected++
			if !strings.Contains(echo, id) && !strings.Contains(echo, jsonEscaped(id)) {
				missing = append(missing, id)
			}
		}
		assert.Empty(t, missing, "seeded identifiers absent from the restored prompt")
		assert.Positive(t, resp.Inventory.Counts["ec2Instances"])
		t.Logf("e2e figures: requests to Claude %d, identifiers seeded %d (%d of them in the prompt, all restored), tokens Claude saw %d, findings restored %d, leaked %d",
			rep.Count, len(identifiers), expected-len(missing), len(got.Tokens), len(restored), len(leaked))
	})

	t.Run("make demo's client against the in-process stack", func(t *testing.T) {
		var out strings.Builder
		sum, err := demo.Run(ctx, demo.Config{KongURL: backendURL, FakeClaudeURL: fakePlain.URL, BackendKey: backendKey, Width: 50}, &out)
		requests++
		require.NoError(t, err, "%s", out.String())
		assert.Empty(t, sum.Leaked)
		assert.Equal(t, 1, sum.Requests)
		assert.Contains(t, out.String(), "leaked: 0")
		assert.Empty(t, demo.Leaks(fake.Report(), identifiers))
	})

	t.Run("no key is refused before any work", func(t *testing.T) {
		fake.Reset()
		for name, c := range map[string]*demo.Client{
			"no key":    {BaseURL: backendURL},
			"wrong key": {BaseURL: backendURL, BackendKey: "e2e-wrong-key-0123456789abcdef"},
		} {
			status, resp, err := c.Analyze(ctx, analyzeRequest())
			requests++
			require.NoError(t, err, name)
			assert.Equal(t, http.StatusUnauthorized, status, name)
			require.NotNil(t, resp.Error, name)
			assert.NotEmpty(t, resp.Error.Code, name)
		}
		assert.Zero(t, fake.Report().Count, "nothing reached Claude")
	})

	t.Run("a streaming request comes back restored", func(t *testing.T) {
		fake.Reset()
		inv, sample := streamSample(estate)
		require.Len(t, sample, 9)
		inventory, err := json.Marshal(inv)
		require.NoError(t, err)
		hc := claudeHTTPClient(proxy.addr, cs.pool)
		status, ctype, raw := postMessages(ctx, t, hc, messagesRequest(t, "Review this inventory: "+string(inventory), true))
		requests++
		require.Equal(t, http.StatusOK, status, "%s", raw)
		assert.Contains(t, ctype, "text/event-stream")
		text, deltas := sseText(t, raw)
		assert.Greater(t, deltas, 1)

		rep := fake.Report()
		require.Equal(t, 1, rep.Count)
		assert.True(t, rep.Requests[0].Stream)
		assert.Empty(t, demo.Leaks(rep, identifiers), "identifiers that reached Claude")
		restored, err := fakeclaude.Restorations(rep.Requests[0].Tokens, text)
		require.NoError(t, err, "tokens split across text_delta events are restored")
		_, echo := fakeclaude.SplitEcho(text)
		for _, id := range sample {
			assert.Contains(t, echo, id, "the quoted prompt comes back with the identifier in place")
		}
		assert.Empty(t, tokenRE.FindAllString(text, -1), "no token left in the stream")
		t.Logf("stream: %d text_delta events, %d tokens restored", deltas, len(restored))
	})

	t.Run("no gateway in front of the real host: 503 and nothing sent", func(t *testing.T) {
		// The backend's name for Claude reaches "the real host" directly: no aws-masker probe.
		direct := startBackend(t, dialTo(strings.TrimPrefix(fakeTLS.URL, "https://")), cs, zap.NewNop())
		fake.Reset()
		status, resp, err := (&demo.Client{BaseURL: direct, BackendKey: backendKey}).Analyze(ctx, analyzeRequest())
		requests++
		require.NoError(t, err)
		assert.Equal(t, http.StatusServiceUnavailable, status)
		require.NotNil(t, resp.Error)
		assert.Equal(t, "MASKING_GATEWAY_UNVERIFIED", resp.Error.Code)
		assert.Zero(t, fake.Report().Count, "fake-claude received nothing")
	})

	t.Run("proxy stopped: 503 and nothing sent", func(t *testing.T) {
		proxy.stop()
		fake.Reset()
		status, resp, err := client.Analyze(ctx, analyzeRequest())
		requests++
		require.NoError(t, err)
		assert.Equal(t, http.StatusServiceUnavailable, status)
		require.NotNil(t, resp.Error)
		assert.Equal(t, "MASKING_GATEWAY_UNVERIFIED", resp.Error.Code)
		assert.Zero(t, fake.Report().Count, "fake-claude received nothing")
	})

	t.Run("logs carry no identifier", func(t *testing.T) {
		var all strings.Builder
		for _, e := range recorded.All() {
			all.WriteString(e.Message)
			b, err := json.Marshal(e.ContextMap())
			require.NoError(t, err)
			all.Write(b)
		}
		all.WriteString(proxy.logs.String())
		assert.Positive(t, recorded.Len())
		var inLogs []string
		for _, id := range identifiers {
			if strings.Contains(all.String(), id) {
				inLogs = append(inLogs, id)
			}
		}
		assert.Empty(t, inLogs, "identifiers in the backend's or the proxy's logs")
	})

	t.Logf("e2e totals: %d requests to the backend and the gateway, %d identifiers seeded, leaked 0 is asserted above", requests, len(identifiers))
}

// streamSample builds, from the estate, an inventory in the backend's JSON shape for a direct
// Messages request, and lists the identifiers it carries.
func streamSample(e *demoestate.Estate) (map[string]any, []string) {
	first := func(ids []string) string {
		if len(ids) == 0 {
			return ""
		}
		return ids[0]
	}
	inv := map[string]any{
		"accountId": e.AccountID,
		"ec2Instances": []map[string]any{{
			"id": first(e.InstanceIDs), "privateIp": first(e.PrivateIPs), "securityGroups": []string{first(e.SecurityGroupIDs)},
		}},
		"s3Buckets":    []map[string]any{{"name": first(e.BucketNames), "region": e2eRegion}},
		"iamRoles":     []map[string]any{{"name": first(e.RoleNames), "arn": first(e.RoleARNs)}},
		"rdsInstances": []map[string]any{{"id": first(e.DBInstanceIDs), "endpoint": first(e.DBEndpoints)}},
	}
	ids := []string{e.AccountID, first(e.InstanceIDs), first(e.PrivateIPs), first(e.SecurityGroupIDs), first(e.BucketNames),
		first(e.RoleNames), first(e.RoleARNs), first(e.DBInstanceIDs), first(e.DBEndpoints)}
	return inv, slices.DeleteFunc(ids, func(s string) bool { return s == "" })
}

package tests

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/compose-spec/compose-go/v2/dotenv"
	"github.com/moby/moby/api/types/container"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/testcontainers/testcontainers-go"
	tccompose "github.com/testcontainers/testcontainers-go/modules/compose"
	"github.com/testcontainers/testcontainers-go/wait"

	"github.com/aws-masker/aws-masker/tests/demo"
	"github.com/aws-masker/aws-masker/tests/fakeclaude"
)

// The container suite runs the compose demo stack itself (Kong built from kong/Dockerfile, the
// backend, moto seeded by the seed job, fake-claude) with testcontainers-go's compose module,
// and drives it from outside like a user: /analyze through Kong with the consumer key. It
// needs a Docker engine and skips, with the reason, where there is none.

// awsIdentifierRE matches identifiers of the kinds the demo estate holds, as moto creates
// them: what must never appear in a request fake-claude received.
var awsIdentifierRE = regexp.MustCompile(`\b(i|vpc|subnet|sg|ami|eni|vol)-[0-9a-f]{8,17}\b|arn:aws:[a-z0-9-]+:|\b123456789012\b|\bAKIA[0-9A-Z]{16}\b|\.rds\.amazonaws\.com|\.compute\.internal`)

func TestComposeDemoStack(t *testing.T) {
	testcontainers.SkipIfProviderIsNotHealthy(t)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()

	// The stack mounts the certs tool's output; write a set readable by the containers' users.
	cs := makeCerts(t)
	require.NoError(t, os.Chmod(cs.dir, 0o755))
	require.NoError(t, os.Chmod(cs.key, 0o644))

	env := demoEnv(t)
	env["AWS_MASKER_CERTS_DIR"] = cs.dir
	env["AWS_MASKER_PORT"] = strconv.Itoa(freePort(t))
	env["FAKE_CLAUDE_DEBUG_PORT"] = strconv.Itoa(freePort(t))

	stack, err := tccompose.NewDockerComposeWith(
		tccompose.WithStackFiles(composeFile),
		tccompose.WithProfiles("demo"),
		tccompose.StackIdentifier(fmt.Sprintf("aws-masker-e2e-%d", time.Now().UnixNano()%1_000_000)),
	)
	require.NoError(t, err)
	t.Cleanup(func() {
		dctx, dcancel := context.WithTimeout(context.Background(), 5*time.Minute)
		defer dcancel()
		assert.NoError(t, stack.Down(dctx, tccompose.RemoveOrphans(true), tccompose.RemoveVolumes(true)))
	})
	require.NoError(t, stack.WithEnv(env).Up(ctx, tccompose.Wait(true)), "docker compose up --wait")

	kongURL := "http://127.0.0.1:" + env["AWS_MASKER_PORT"]
	fakeURL := "http://127.0.0.1:" + env["FAKE_CLAUDE_DEBUG_PORT"]
	hc := &http.Client{Timeout: 30 * time.Second}

	t.Run("analyze through Kong: Claude sees tokens, the client gets identifiers", func(t *testing.T) {
		cfg := demo.Config{KongURL: kongURL, FakeClaudeURL: fakeURL, ClientKey: env["AWS_MASKER_CLIENT_API_KEY"],
			BackendKey: firstKey(env["BACKEND_API_KEYS"]), Width: 60}
		var out strings.Builder
		sum, err := demo.Run(ctx, cfg, &out)
		require.NoError(t, err, "%s", out.String())
		assert.Empty(t, sum.Leaked)
		require.NotEmpty(t, sum.Restored)

		rep, err := demo.Received(ctx, hc, fakeURL)
		require.NoError(t, err)
		for _, r := range rep.Requests {
			assert.Empty(t, awsIdentifierRE.FindAllString(r.Body, -1), "AWS identifiers in what fake-claude received")
		}
		real := 0
		for _, r := range sum.Restored {
			if awsIdentifierRE.MatchString(r.Original) {
				real++
			}
		}
		assert.Positive(t, real, "the client got real AWS identifiers back")
		t.Logf("compose figures: requests to Claude %d, tokens %d, restored %d (AWS-shaped %d), leaked %d",
			sum.Requests, sum.Tokens, len(sum.Restored), real, len(sum.Leaked))
	})

	t.Run("no key is rejected by Kong", func(t *testing.T) {
		require.NoError(t, demo.ResetReceived(ctx, hc, fakeURL))
		for name, c := range map[string]*demo.Client{
			"no key":    {BaseURL: kongURL, BackendKey: firstKey(env["BACKEND_API_KEYS"])},
			"wrong key": {BaseURL: kongURL, ClientKey: "not-the-demo-key-0123456789abcdef", BackendKey: firstKey(env["BACKEND_API_KEYS"])},
		} {
			status, _, err := c.Analyze(ctx, demo.Request())
			require.NoError(t, err, name)
			assert.Equal(t, http.StatusUnauthorized, status, name)
		}
		rep, err := demo.Received(ctx, hc, fakeURL)
		require.NoError(t, err)
		assert.Zero(t, rep.Count)
	})

	kong, err := stack.ServiceContainer(ctx, "kong")
	require.NoError(t, err)
	// Requests from inside Kong's network namespace (its Admin API listens on 127.0.0.1 only),
	// made by a curl container so nothing depends on the Kong image's tools.
	curl := func(t *testing.T, args ...string) string {
		t.Helper()
		return curlInNetns(ctx, t, kong.GetContainerID(), cs.dir, args...)
	}

	t.Run("Kong's Admin API lists aws-masker enabled", func(t *testing.T) {
		out := curl(t, "-fsS", "http://127.0.0.1:8001/plugins")
		var plugins struct {
			Data []struct {
				Name    string `json:"name"`
				Enabled bool   `json:"enabled"`
				Service *struct {
					ID string `json:"id"`
				} `json:"service"`
			} `json:"data"`
		}
		require.NoError(t, json.Unmarshal([]byte(out), &plugins), "%s", out)
		found := false
		for _, p := range plugins.Data {
			if p.Name == "aws-masker" {
				found = true
				assert.True(t, p.Enabled)
				assert.NotNil(t, p.Service, "attached to the anthropic service")
			}
		}
		assert.True(t, found, "aws-masker in %s", out)
		status := curl(t, "-fsS", "http://127.0.0.1:8001/")
		assert.Contains(t, status, `"aws-masker"`, "the plugin is loaded by the node")
	})

	t.Run("a streaming request through Kong comes back restored", func(t *testing.T) {
		require.NoError(t, demo.ResetReceived(ctx, hc, fakeURL))
		const instance, bucket = "i-0a1b2c3d4e5f60718", "acme-e2e-stream-logs"
		body := fmt.Sprintf(`{"model":"claude-test","max_tokens":256,"stream":true,"messages":[{"role":"user","content":%q}]}`,
			fmt.Sprintf(`{"ec2Instances":[{"id":%q}],"s3Buckets":[{"name":%q}]}`, instance, bucket))
		// From inside Kong's container, to its own TLS listener, as the backend does.
		out := curl(t, "-fsS", "--resolve", anthropic+":443:127.0.0.1",
			"--cacert", "/certs/"+caFileName, "-H", "content-type: application/json",
			"-H", "x-api-key: sk-ant-demo", "-H", "anthropic-version: 2023-06-01",
			"--data-binary", body, "https://"+anthropic+"/v1/messages")
		text, deltas := sseText(t, []byte(out))
		assert.Positive(t, deltas)
		assert.Empty(t, tokenRE.FindAllString(text, -1), "no token left in the stream")
		assert.Contains(t, text, instance)

		rep, err := demo.Received(ctx, hc, fakeURL)
		require.NoError(t, err)
		require.Equal(t, 1, rep.Count)
		assert.True(t, rep.Requests[0].Stream)
		assert.NotContains(t, rep.Requests[0].Body, instance)
		assert.NotContains(t, rep.Requests[0].Body, bucket)
		_, err = fakeclaude.Restorations(rep.Requests[0].Tokens, text)
		require.NoError(t, err)
	})
}

// demoEnv reads tests/compose/demo.env, leaving out what the process environment already sets
// (compose gives it precedence, and the compose module refuses duplicates).
func demoEnv(t *testing.T) map[string]string {
	t.Helper()
	f, err := os.Open(demoEnvFile)
	require.NoError(t, err)
	defer func() { _ = f.Close() }()
	vars, err := dotenv.ParseWithLookup(f, func(string) (string, bool) { return "", false })
	require.NoError(t, err)
	for k := range vars {
		if _, set := os.LookupEnv(k); set {
			delete(vars, k)
		}
	}
	return vars
}

func firstKey(keys string) string {
	k, _, _ := strings.Cut(keys, ",")
	return strings.TrimSpace(k)
}

// freePort returns a loopback TCP port that was free a moment ago.
func freePort(t *testing.T) int {
	t.Helper()
	var lc net.ListenConfig
	ln, err := lc.Listen(context.Background(), "tcp", "127.0.0.1:0")
	require.NoError(t, err)
	port := ln.Addr().(*net.TCPAddr).Port
	require.NoError(t, ln.Close())
	return port
}

// curlImage runs curl next to Kong; pinned.
const curlImage = "curlimages/curl:8.11.1"

// curlInNetns runs curl with args in the network namespace of the container id, with the
// certificate directory at /certs, and returns its output; a non-zero exit fails the test.
func curlInNetns(ctx context.Context, t *testing.T, id, certDir string, args ...string) string {
	t.Helper()
	c, err := testcontainers.Run(ctx, curlImage,
		testcontainers.WithCmd(args...),
		testcontainers.WithHostConfigModifier(func(hc *container.HostConfig) {
			hc.NetworkMode = container.NetworkMode("container:" + id)
			hc.Binds = append(hc.Binds, certDir+":/certs:ro")
		}),
		testcontainers.WithWaitStrategy(wait.ForExit().WithExitTimeout(2*time.Minute)),
	)
	testcontainers.CleanupContainer(t, c)
	require.NoError(t, err)
	state, err := c.State(ctx)
	require.NoError(t, err)
	logs, err := c.Logs(ctx)
	require.NoError(t, err)
	defer func() { _ = logs.Close() }()
	out, err := io.ReadAll(logs)
	require.NoError(t, err)
	require.Zero(t, state.ExitCode, "curl %v: %s", args, out)
	return string(out)
}

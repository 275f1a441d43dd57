package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// echoClaude answers every Messages request with the request's own text, so the client sees
// exactly what Claude saw, restored.
func echoClaude(received chan<- []byte) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		select {
		case received <- body:
		default:
		}
		var req struct {
			Messages []struct {
				Content string `json:"content"`
			} `json:"messages"`
		}
		_ = json.Unmarshal(body, &req)
		text := ""
		if len(req.Messages) > 0 {
			text = req.Messages[0].Content
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{"content": []any{map[string]any{"type": "text", "text": text}}})
	})
}

// TestProxySubcommand runs `aws-masker proxy` as the end-to-end tests do: a subprocess on
// port 0 that announces its address on stderr.
func TestProxySubcommand(t *testing.T) {
	received := make(chan []byte, 1)
	upstream := httptest.NewServer(echoClaude(received))
	defer upstream.Close()

	cfg := filepath.Join(t.TempDir(), "config.json")
	require.NoError(t, os.WriteFile(cfg, []byte(`{"never_mask":["123456789012"]}`), 0o600))

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cmd := exec.CommandContext(ctx, awsMaskerBinary(t), "proxy", "--listen", "127.0.0.1:0", "--upstream", upstream.URL, "--config", cfg)
	var stdout bytes.Buffer
	cmd.Stdout = &stdout
	stderr, err := cmd.StderrPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	lines := bufio.NewScanner(stderr)
	addr := make(chan string, 1)
	go func() {
		for lines.Scan() {
			if a, ok := strings.CutPrefix(lines.Text(), "listening on "); ok {
				addr <- a
			}
		}
	}()
	var base string
	select {
	case a := <-addr:
		base = "http://" + a
	case <-time.After(30 * time.Second):
		t.Fatal("no 'listening on ADDR' line on stderr")
	}

	body := `{"model":"m","max_tokens":10,"messages":[{"role":"user","content":"i-0123456789abcdef0 in 123456789012"}]}`
	req, _ := http.NewRequestWithContext(ctx, "POST", base+"/v1/messages", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	out, _ := io.ReadAll(resp.Body)
	_ = resp.Body.Close()
	require.Equal(t, 200, resp.StatusCode, "%s", out)

	up := <-received
	assert.NotContains(t, string(up), "i-0123456789abcdef0")
	assert.Contains(t, string(up), "123456789012", "--config never_mask applies")
	assert.Contains(t, string(out), "i-0123456789abcdef0 in 123456789012", "restored")

	require.NoError(t, cmd.Process.Signal(os.Interrupt))
	require.NoError(t, cmd.Wait(), "graceful exit on SIGINT")
	assert.Empty(t, stdout.String(), "the proxy writes nothing on stdout")
}

func TestRunProxyRejectsBadArguments(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte(`{"disabled_rules":["no-such-rule"]}`), 0o600))
	for name, args := range map[string][]string{
		"unknown flag":       {"--nope"},
		"extra argument":     {"extra"},
		"bad upstream":       {"--upstream", "ftp://x"},
		"unparsable URL":     {"--upstream", "http://[::1"},
		"missing config":     {"--config", filepath.Join(dir, "missing.json")},
		"invalid config":     {"--config", bad},
		"cert without key":   {"--listen", "127.0.0.1:0", "--tls-cert", "c.pem"},
		"unusable listen":    {"--listen", "256.0.0.1:99999"},
		"missing cert files": {"--listen", "127.0.0.1:0", "--tls-cert", "c.pem", "--tls-key", "k.pem"},
	} {
		t.Run(name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			var stderr bytes.Buffer
			err := runProxy(ctx, args, &stderr)
			assert.Error(t, err, fmt.Sprint(args))
		})
	}
}

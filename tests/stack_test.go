package tests

import (
	"bufio"
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/aws-masker/aws-masker/tests/fakeclaude"
)

// Shared helpers of the end-to-end suites: building the aws-masker binary, writing the
// certificates with the certs tool, running the standalone proxy, and reading SSE.

const (
	repoRoot      = ".."
	anthropicAddr = anthropic + ":443"
	// certificate file names written by kong-plugin/cmd/certs
	caFileName   = "ca.pem"
	certFileName = anthropic + ".pem"
	keyFileName  = anthropic + "-key.pem"
)

var tokenRE = regexp.MustCompile(fakeclaude.TokenPattern)

// goTool runs `go args...` in the repository root (the go.work workspace) with a deadline.
func goTool(t *testing.T, timeout time.Duration, args ...string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = repoRoot
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "go %s:\n%s", strings.Join(args, " "), out)
}

// buildAWSMasker builds kong-plugin/cmd/aws-masker into a temporary directory.
func buildAWSMasker(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "aws-masker")
	goTool(t, 10*time.Minute, "build", "-o", bin, "./kong-plugin/cmd/aws-masker")
	return bin
}

// certSet is the output of the certs tool.
type certSet struct {
	dir, ca, cert, key string
	pool               *x509.CertPool
}

// makeCerts runs the certs tool (what `make certs` runs) into a temporary directory.
func makeCerts(t *testing.T) certSet {
	t.Helper()
	dir := t.TempDir()
	goTool(t, 5*time.Minute, "run", "./kong-plugin/cmd/certs", "-out", dir)
	cs := certSet{dir: dir, ca: filepath.Join(dir, caFileName), cert: filepath.Join(dir, certFileName), key: filepath.Join(dir, keyFileName)}
	caPEM, err := os.ReadFile(cs.ca)
	require.NoError(t, err)
	cs.pool = x509.NewCertPool()
	require.True(t, cs.pool.AppendCertsFromPEM(caPEM), "the certs tool wrote a CA")
	return cs
}

// syncBuffer is a goroutine-safe log sink for a subprocess.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// proxyProc is a running `aws-masker proxy`.
type proxyProc struct {
	addr string
	logs *syncBuffer
	cmd  *exec.Cmd
	done chan struct{}
}

// startProxy runs `aws-masker proxy --listen 127.0.0.1:0 --upstream URL --tls-cert --tls-key`
// and waits for its "listening on ADDR" line.
func startProxy(t *testing.T, bin, upstream string, cs certSet) *proxyProc {
	t.Helper()
	cmd := exec.Command(bin, "proxy", "--listen", "127.0.0.1:0", "--upstream", upstream,
		"--tls-cert", cs.cert, "--tls-key", cs.key)
	stderr, err := cmd.StderrPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	p := &proxyProc{logs: &syncBuffer{}, cmd: cmd, done: make(chan struct{})}
	addrc := make(chan string, 1)
	go func() {
		defer close(p.done)
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			line := sc.Text()
			_, _ = fmt.Fprintln(p.logs, line)
			if a, ok := strings.CutPrefix(line, "listening on "); ok {
				select {
				case addrc <- a:
				default:
				}
			}
		}
		_ = cmd.Wait()
	}()
	t.Cleanup(p.stop)
	select {
	case p.addr = <-addrc:
	case <-p.done:
		t.Fatalf("aws-masker proxy exited before listening:\n%s", p.logs)
	case <-time.After(30 * time.Second):
		t.Fatalf("aws-masker proxy did not print its address within 30s:\n%s", p.logs)
	}
	return p
}

// stop ends the proxy (SIGTERM, then SIGKILL) and waits for it.
func (p *proxyProc) stop() {
	select {
	case <-p.done:
		return
	default:
	}
	_ = p.cmd.Process.Signal(os.Interrupt)
	select {
	case <-p.done:
	case <-time.After(10 * time.Second):
		_ = p.cmd.Process.Kill()
		<-p.done
	}
}

// dialTo returns a DialContext that sends api.anthropic.com:443 to target and refuses
// anything else: the backend's hardcoded URL reaches whatever the test puts behind it.
func dialTo(target string) func(ctx context.Context, network, addr string) (net.Conn, error) {
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		if addr != anthropicAddr {
			return nil, fmt.Errorf("test dialer: unexpected address %s", addr)
		}
		var d net.Dialer
		return d.DialContext(ctx, network, target)
	}
}

// claudeHTTPClient is an HTTP client for https://api.anthropic.com that reaches target and
// trusts pool, as the backend's client does.
func claudeHTTPClient(target string, pool *x509.CertPool) *http.Client {
	return &http.Client{Timeout: 2 * time.Minute, Transport: &http.Transport{
		DialContext:     dialTo(target),
		TLSClientConfig: &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12},
	}}
}

// fakeClaudeTLS serves fake's API over TLS with the api.anthropic.com certificate: the real
// host as the backend would meet it without the gateway.
func fakeClaudeTLS(t *testing.T, fake *fakeclaude.Server, cs certSet) *httptest.Server {
	t.Helper()
	cert, err := tls.LoadX509KeyPair(cs.cert, cs.key)
	require.NoError(t, err)
	srv := httptest.NewUnstartedServer(fake.Handler())
	srv.TLS = &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
	srv.StartTLS()
	t.Cleanup(srv.Close)
	return srv
}

// messagesRequest is a Messages API request body carrying text in one user message.
func messagesRequest(t *testing.T, text string, stream bool) []byte {
	t.Helper()
	b, err := json.Marshal(map[string]any{
		"model": "claude-test", "max_tokens": 512, "stream": stream,
		"messages": []map[string]any{{"role": "user", "content": text}},
	})
	require.NoError(t, err)
	return b
}

// postMessages sends body to https://api.anthropic.com/v1/messages through hc and returns the
// status, content type and raw answer.
func postMessages(ctx context.Context, t *testing.T, hc *http.Client, body []byte) (int, string, []byte) {
	t.Helper()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://"+anthropic+"/v1/messages", bytes.NewReader(body))
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("x-api-key", "sk-ant-test")
	req.Header.Set("anthropic-version", "2023-06-01")
	resp, err := hc.Do(req)
	require.NoError(t, err)
	defer func() { _ = resp.Body.Close() }()
	raw, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp.StatusCode, resp.Header.Get("Content-Type"), raw
}

// sseText joins the text_delta pieces of a Messages API event stream and counts them.
func sseText(t *testing.T, raw []byte) (string, int) {
	t.Helper()
	var b strings.Builder
	n := 0
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(make([]byte, 0, 64<<10), 16<<20)
	for sc.Scan() {
		data, ok := strings.CutPrefix(sc.Text(), "data: ")
		if !ok {
			continue
		}
		var ev struct {
			Type  string `json:"type"`
			Delta struct {
				Type string `json:"type"`
				Text string `json:"text"`
			} `json:"delta"`
		}
		require.NoError(t, json.Unmarshal([]byte(data), &ev), "SSE data is JSON: %s", data)
		if ev.Type == "content_block_delta" && ev.Delta.Type == "text_delta" {
			b.WriteString(ev.Delta.Text)
			n++
		}
	}
	require.NoError(t, sc.Err())
	return b.String(), n
}

// jsonEscaped is s as it appears inside a JSON string.
func jsonEscaped(s string) string {
	b, err := json.Marshal(s)
	if err != nil || len(b) < 2 {
		return s
	}
	return string(b[1 : len(b)-1])
}

package proxy

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aws-masker/aws-masker/kong-plugin/internal/gateway"
)

const secretText = "Instance i-0123456789abcdef0 in account 123456789012 runs in subnet-0a1b2c3d4e5f67890."

var tokRE = regexp.MustCompile(`AWS_[A-Z0-9_]+?_[0-9]{3,}`)

func messages(text string, stream bool) []byte {
	b, _ := json.Marshal(map[string]any{
		"model": "claude-sonnet-4-5", "max_tokens": 256, "stream": stream,
		"messages": []any{map[string]any{"role": "user", "content": text}},
	})
	return b
}

// recLogger records events.
type recLogger struct {
	mu     sync.Mutex
	events []gateway.Event
}

func (l *recLogger) Log(ev gateway.Event) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.events = append(l.events, ev)
}

// fakeClaude records what it received and answers with the tokens it saw.
type fakeClaude struct {
	mu       sync.Mutex
	received [][]byte
	headers  []http.Header
	gate     chan struct{} // when set, SSE answers pause after the first event until closed
}

func (f *fakeClaude) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	f.mu.Lock()
	f.received = append(f.received, body)
	f.headers = append(f.headers, r.Header.Clone())
	f.mu.Unlock()
	toks := tokRE.FindAllString(string(body), -1)
	switch {
	case r.URL.Path == "/v1/models":
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Connection", "X-Secret-Hop")
		w.Header().Set("X-Secret-Hop", "1")
		_, _ = io.WriteString(w, `{"data":[]}`)
	case strings.Contains(string(body), `"stream":true`):
		w.Header().Set("Content-Type", "text/event-stream")
		fl := http.NewResponseController(w)
		tok := toks[0]
		write := func(text string) {
			js, _ := json.Marshal(map[string]any{"type": "content_block_delta", "index": 0, "delta": map[string]any{"type": "text_delta", "text": text}})
			_, _ = fmt.Fprintf(w, "event: content_block_delta\ndata: %s\n\n", js)
			_ = fl.Flush()
		}
		write("first " + tok + " done.")
		if f.gate != nil {
			select {
			case <-f.gate:
			case <-time.After(10 * time.Second):
				return
			}
		}
		write(" split " + tok[:7])
		write(tok[7:] + " end")
		_, _ = io.WriteString(w, "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n")
	case r.Header.Get("X-Test-Gzip") != "":
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Content-Encoding", "gzip")
		gz := gzip.NewWriter(w)
		_, _ = fmt.Fprintf(gz, `{"content":[{"type":"text","text":"%s"}]}`, strings.Join(toks, " "))
		_ = gz.Close()
	default:
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Request-Id", "req_1")
		_, _ = fmt.Fprintf(w, `{"content":[{"type":"text","text":"%s"}]}`, strings.Join(toks, " "))
	}
}

func (f *fakeClaude) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.received)
}

func newProxy(t testing.TB, upstream http.Handler, cfg *gateway.Config) (*httptest.Server, *recLogger) {
	t.Helper()
	up := httptest.NewServer(upstream)
	t.Cleanup(up.Close)
	u, err := url.Parse(up.URL)
	require.NoError(t, err)
	if cfg == nil {
		cfg = &gateway.Config{}
	}
	h, err := cfg.Handler()
	require.NoError(t, err)
	log := &recLogger{}
	p, err := New(Options{Upstream: u, Handler: h, Logger: log})
	require.NoError(t, err)
	srv := httptest.NewServer(p)
	t.Cleanup(srv.Close)
	return srv, log
}

func post(t *testing.T, url string, body []byte, hdr map[string]string) *http.Response {
	t.Helper()
	req, err := http.NewRequestWithContext(context.Background(), "POST", url, bytes.NewReader(body))
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/json")
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	return resp
}

func TestProxyMasksAndRestoresJSON(t *testing.T) {
	claude := &fakeClaude{}
	srv, log := newProxy(t, claude, nil)
	resp := post(t, srv.URL+"/v1/messages?beta=true", messages(secretText, false), map[string]string{"X-Api-Key": "sk-test"})
	defer resp.Body.Close() //nolint:errcheck // test
	body, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	require.Equal(t, 200, resp.StatusCode, "%s", body)

	require.Equal(t, 1, claude.count())
	got := string(claude.received[0])
	assert.NotContains(t, got, "i-0123456789abcdef0")
	assert.Equal(t, "identity", claude.headers[0].Get("Accept-Encoding"))
	assert.Equal(t, "sk-test", claude.headers[0].Get("X-Api-Key"), "other headers are forwarded")
	assert.Contains(t, string(body), "i-0123456789abcdef0")
	assert.Contains(t, string(body), "123456789012")
	assert.Equal(t, "req_1", resp.Header.Get("Request-Id"))
	assert.Equal(t, fmt.Sprint(len(body)), resp.Header.Get("Content-Length"))
	require.Len(t, log.events, 2)
	assert.Equal(t, gateway.OutcomeMasked, log.events[0].Outcome)
	assert.Equal(t, gateway.OutcomeRestored, log.events[1].Outcome)
}

func TestProxyStreamsSSEEventByEvent(t *testing.T) {
	claude := &fakeClaude{gate: make(chan struct{})}
	srv, log := newProxy(t, claude, nil)
	resp := post(t, srv.URL+"/v1/messages", messages(secretText, true), nil)
	defer resp.Body.Close() //nolint:errcheck // test
	require.Equal(t, 200, resp.StatusCode)
	assert.Equal(t, "text/event-stream", resp.Header.Get("Content-Type"))

	// The first event arrives restored while the upstream is still holding the rest back:
	// the proxy streams, it does not buffer.
	r := bufio.NewReader(resp.Body)
	first := readEvent(t, r)
	assert.Contains(t, first, "first i-0123456789abcdef0 done.")
	close(claude.gate)

	rest, err := io.ReadAll(r)
	require.NoError(t, err)
	text := deltaText(t, first+string(rest))
	assert.Equal(t, "first i-0123456789abcdef0 done. split i-0123456789abcdef0 end", text)
	assert.Contains(t, string(rest), "message_stop")
	require.Len(t, log.events, 2)
	assert.Equal(t, gateway.OutcomeStreamed, log.events[1].Outcome)
}

func readEvent(t *testing.T, r *bufio.Reader) string {
	t.Helper()
	var b strings.Builder
	done := make(chan error, 1)
	go func() {
		for {
			line, err := r.ReadString('\n')
			b.WriteString(line)
			if err != nil || line == "\n" {
				done <- err
				return
			}
		}
	}()
	select {
	case err := <-done:
		require.NoError(t, err)
	case <-time.After(10 * time.Second):
		t.Fatal("the first event did not arrive while the upstream was still streaming")
	}
	return b.String()
}

func deltaText(t *testing.T, stream string) string {
	t.Helper()
	var out strings.Builder
	for _, line := range strings.Split(stream, "\n") {
		if d, ok := strings.CutPrefix(line, "data: "); ok {
			var ev struct {
				Delta struct{ Text string } `json:"delta"`
			}
			require.NoError(t, json.Unmarshal([]byte(d), &ev), d)
			out.WriteString(ev.Delta.Text)
		}
	}
	return out.String()
}

func TestProxyDecodesGzipUpstream(t *testing.T) {
	srv, _ := newProxy(t, &fakeClaude{}, nil)
	resp := post(t, srv.URL+"/v1/messages", messages(secretText, false), map[string]string{"X-Test-Gzip": "1"})
	defer resp.Body.Close() //nolint:errcheck // test
	body, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	assert.Empty(t, resp.Header.Get("Content-Encoding"))
	assert.Contains(t, string(body), "i-0123456789abcdef0")
}

func TestProxyRefusalsForwardNothing(t *testing.T) {
	claude := &fakeClaude{}
	srv, _ := newProxy(t, claude, &gateway.Config{MaxBodyBytes: 512})
	for name, tc := range map[string]struct {
		body   []byte
		hdr    map[string]string
		status int
		code   string
	}{
		"malformed":   {[]byte(`{"messages":`), nil, 400, "INVALID_JSON"},
		"too large":   {messages(strings.Repeat("z", 1024), false), nil, 413, gateway.CodeBodyTooLarge},
		"unsupported": {[]byte("x"), map[string]string{"Content-Encoding": "zstd"}, 415, gateway.CodeUnsupportedContentEncoding},
	} {
		t.Run(name, func(t *testing.T) {
			resp := post(t, srv.URL+"/v1/messages", tc.body, tc.hdr)
			defer resp.Body.Close() //nolint:errcheck // test
			body, _ := io.ReadAll(resp.Body)
			assert.Equal(t, tc.status, resp.StatusCode)
			var e struct {
				Type  string
				Error struct{ Type, Code string }
			}
			require.NoError(t, json.Unmarshal(body, &e))
			assert.Equal(t, "error", e.Type)
			assert.Equal(t, "aws_masker_error", e.Error.Type)
			assert.Equal(t, tc.code, e.Error.Code)
		})
	}
	assert.Zero(t, claude.count(), "nothing reached the upstream")
}

func TestProxyProbeAndPassthrough(t *testing.T) {
	claude := &fakeClaude{}
	srv, _ := newProxy(t, claude, nil)
	req, _ := http.NewRequestWithContext(context.Background(), "GET", srv.URL+gateway.ProbePath, nil)
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close() //nolint:errcheck // test
	var p map[string]any
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&p))
	assert.Equal(t, "aws-masker", p["plugin"])
	assert.Zero(t, claude.count(), "the probe is answered locally")

	req, _ = http.NewRequestWithContext(context.Background(), "GET", srv.URL+"/v1/models", nil)
	resp2, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp2.Body.Close() //nolint:errcheck // test
	body, _ := io.ReadAll(resp2.Body)
	assert.JSONEq(t, `{"data":[]}`, string(body))
	assert.Empty(t, resp2.Header.Get("X-Secret-Hop"), "headers named in Connection are hop-by-hop")
}

func TestProxyUpstreamDown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := ln.Addr().String()
	require.NoError(t, ln.Close())
	h, err := (&gateway.Config{}).Handler()
	require.NoError(t, err)
	log := &recLogger{}
	p, err := New(Options{Upstream: &url.URL{Scheme: "http", Host: addr}, Handler: h, Logger: log})
	require.NoError(t, err)
	srv := httptest.NewServer(p)
	defer srv.Close()
	resp := post(t, srv.URL+"/v1/messages", messages(secretText, false), nil)
	defer resp.Body.Close() //nolint:errcheck // test
	assert.Equal(t, 502, resp.StatusCode)
	assert.Equal(t, gateway.CodeBadGateway, resp.Header.Get("X-Aws-Masker-Error"))
	assert.Equal(t, gateway.CodeBadGateway, log.events[len(log.events)-1].Code)
}

func TestNewValidates(t *testing.T) {
	h, err := (&gateway.Config{}).Handler()
	require.NoError(t, err)
	_, err = New(Options{Handler: h, Upstream: &url.URL{Scheme: "ftp", Host: "x"}})
	assert.Error(t, err)
	_, err = New(Options{Upstream: &url.URL{Scheme: "https", Host: "x"}})
	assert.Error(t, err)
	p, err := New(Options{Handler: h, Upstream: &url.URL{Scheme: "https", Host: "x"}})
	require.NoError(t, err)
	p.log.Log(gateway.Event{}) // the default logger discards
}

func TestWriterLoggerWritesLines(t *testing.T) {
	var buf bytes.Buffer
	WriterLogger(&buf).Log(gateway.Event{Phase: "access", Outcome: gateway.OutcomeProbe})
	assert.Regexp(t, `^aws-masker phase=access outcome=probe .*\n$`, buf.String())
}

func TestLoadConfig(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.json")
	require.NoError(t, os.WriteFile(good, []byte(`{"never_mask":["123456789012"],"max_body_bytes":1024}`), 0o600))
	cfg, err := LoadConfig(good)
	require.NoError(t, err)
	assert.Equal(t, []string{"123456789012"}, cfg.NeverMask)
	assert.Equal(t, 1024, cfg.MaxBodyBytes)

	typo := filepath.Join(dir, "typo.json")
	require.NoError(t, os.WriteFile(typo, []byte(`{"disable_rules":["x"]}`), 0o600))
	_, err = LoadConfig(typo)
	assert.ErrorContains(t, err, "disable_rules")

	_, err = LoadConfig(filepath.Join(dir, "missing.json"))
	assert.Error(t, err)
	cfg, err = LoadConfig("")
	require.NoError(t, err)
	assert.NotNil(t, cfg)
}

func selfSigned(t *testing.T, dir string) (string, string, *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "localhost"},
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")},
		NotBefore:   time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	require.NoError(t, err)
	kder, err := x509.MarshalPKCS8PrivateKey(key)
	require.NoError(t, err)
	certFile, keyFile := filepath.Join(dir, "c.pem"), filepath.Join(dir, "k.pem")
	require.NoError(t, os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600))
	require.NoError(t, os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: kder}), 0o600))
	cert, err := x509.ParseCertificate(der)
	require.NoError(t, err)
	pool := x509.NewCertPool()
	pool.AddCert(cert)
	return certFile, keyFile, pool
}

func TestServeTLSAndShutdown(t *testing.T) {
	certFile, keyFile, pool := selfSigned(t, t.TempDir())
	h, err := (&gateway.Config{}).Handler()
	require.NoError(t, err)
	p, err := New(Options{Handler: h, Upstream: &url.URL{Scheme: "https", Host: "example.invalid"}})
	require.NoError(t, err)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, ln, p, certFile, keyFile) }()

	client := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}}}
	req, _ := http.NewRequestWithContext(context.Background(), "GET", "https://"+ln.Addr().String()+gateway.ProbePath, nil)
	resp, err := client.Do(req)
	require.NoError(t, err)
	_ = resp.Body.Close()
	assert.Equal(t, 200, resp.StatusCode)
	assert.NotNil(t, resp.TLS)

	cancel()
	select {
	case err := <-done:
		assert.NoError(t, err, "graceful shutdown")
	case <-time.After(20 * time.Second):
		t.Fatal("Serve did not return after cancel")
	}

	t.Run("bad TLS arguments", func(t *testing.T) {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		require.NoError(t, err)
		defer ln.Close() //nolint:errcheck // test
		assert.Error(t, Serve(context.Background(), ln, p, certFile, ""))
		assert.Error(t, Serve(context.Background(), ln, p, certFile, certFile))
	})
}

func TestProxyLogLinesCarryNoValues(t *testing.T) {
	up := httptest.NewServer(&fakeClaude{})
	defer up.Close()
	u, _ := url.Parse(up.URL)
	h, err := (&gateway.Config{}).Handler()
	require.NoError(t, err)
	var buf bytes.Buffer
	p, err := New(Options{Upstream: u, Handler: h, Logger: WriterLogger(&buf)})
	require.NoError(t, err)
	srv := httptest.NewServer(p)
	defer srv.Close()
	resp := post(t, srv.URL+"/v1/messages", messages(secretText, false), map[string]string{"X-Api-Key": "sk-ant-secret"})
	defer resp.Body.Close() //nolint:errcheck // test
	_, _ = io.ReadAll(resp.Body)
	resp2 := post(t, srv.URL+"/v1/messages", []byte(`{"messages":["i-0123456789abcdef0`), nil)
	defer resp2.Body.Close() //nolint:errcheck // test

	logs := buf.String()
	assert.Len(t, strings.Split(strings.TrimSpace(logs), "\n"), 3, logs)
	for _, v := range []string{"i-0123456789abcdef0", "123456789012", "subnet-0a1b2c3d4e5f67890", "sk-ant-secret", "AWS_"} {
		assert.NotContains(t, logs, v)
	}
	assert.Contains(t, logs, "outcome=masked")
	assert.Contains(t, logs, "outcome=restored")
	assert.Contains(t, logs, "code=INVALID_JSON")
}

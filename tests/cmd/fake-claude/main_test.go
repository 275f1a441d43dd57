package main

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"io"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// selfSigned writes a certificate for api.anthropic.com and its key into dir.
func selfSigned(t *testing.T, dir string) (certFile, keyFile string, pool *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "api.anthropic.com"},
		DNSNames: []string{"api.anthropic.com"}, NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		IsCA: true, BasicConstraintsValid: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	require.NoError(t, err)
	keyDER, err := x509.MarshalPKCS8PrivateKey(key)
	require.NoError(t, err)
	certFile, keyFile = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	require.NoError(t, os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600))
	require.NoError(t, os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: keyDER}), 0o600))
	cert, err := x509.ParseCertificate(der)
	require.NoError(t, err)
	pool = x509.NewCertPool()
	pool.AddCert(cert)
	return certFile, keyFile, pool
}

func noEnv(string) string { return "" }

func TestRunServesTLSAndDebug(t *testing.T) {
	certFile, keyFile, pool := selfSigned(t, t.TempDir())
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"-listen", "127.0.0.1:0", "-debug-listen", "127.0.0.1:0",
			"-tls-cert", certFile, "-tls-key", keyFile, "-api-key", "sk-demo"}, noEnv, pw)
		_ = pw.Close()
	}()
	sc := bufio.NewScanner(pr)
	var addrs []string
	for len(addrs) < 2 && sc.Scan() {
		if a, ok := strings.CutPrefix(sc.Text(), "listening on "); ok {
			addrs = append(addrs, a)
		}
	}
	go func() { _, _ = io.Copy(io.Discard, pr) }()
	require.Len(t, addrs, 2)

	client := &http.Client{Timeout: 5 * time.Second, Transport: &http.Transport{
		TLSClientConfig: &tls.Config{RootCAs: pool, ServerName: "api.anthropic.com", MinVersion: tls.VersionTLS12},
	}}
	body := `{"model":"m","max_tokens":10,"messages":[{"role":"user","content":"AWS_VPC_ID_001"}]}`
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://"+addrs[0]+"/v1/messages", strings.NewReader(body))
	require.NoError(t, err)
	req.Header.Set("x-api-key", "sk-demo")
	req.Header.Set("anthropic-version", "2023-06-01")
	resp, err := client.Do(req)
	require.NoError(t, err)
	out, _ := io.ReadAll(resp.Body)
	_ = resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Contains(t, string(out), "AWS_VPC_ID_001")

	require.NoError(t, run(ctx, []string{"-healthcheck", "http://" + addrs[1] + "/health"}, noEnv, io.Discard))
	require.Error(t, run(ctx, []string{"-healthcheck", "http://" + addrs[1] + "/nope"}, noEnv, io.Discard))

	dreq, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+addrs[1]+"/debug/received", nil)
	require.NoError(t, err)
	dresp, err := http.DefaultClient.Do(dreq)
	require.NoError(t, err)
	dout, _ := io.ReadAll(dresp.Body)
	_ = dresp.Body.Close()
	assert.Contains(t, string(dout), `"count":1`)

	cancel()
	select {
	case err := <-done:
		require.NoError(t, err)
	case <-time.After(15 * time.Second):
		t.Fatal("run did not return after cancel")
	}
}

func TestParse(t *testing.T) {
	env := map[string]string{"FAKE_CLAUDE_LISTEN": ":9999", "FAKE_CLAUDE_API_KEY": "k"}
	c, err := parse(nil, func(k string) string { return env[k] }, io.Discard)
	require.NoError(t, err)
	assert.Equal(t, ":9999", c.listen)
	assert.Equal(t, "k", c.apiKey)

	c, err = parse([]string{"-listen", ":1"}, func(k string) string { return env[k] }, io.Discard)
	require.NoError(t, err)
	assert.Equal(t, ":1", c.listen, "a flag wins over its variable")

	_, err = parse([]string{"-tls-cert", "x"}, noEnv, io.Discard)
	require.ErrorContains(t, err, "go together")
	_, err = parse([]string{"extra"}, noEnv, io.Discard)
	require.ErrorContains(t, err, "unexpected arguments")
	_, err = parse([]string{"-nope"}, noEnv, io.Discard)
	require.Error(t, err)
}

func TestRunListenError(t *testing.T) {
	err := run(context.Background(), []string{"-listen", "256.0.0.1:1"}, noEnv, io.Discard)
	require.ErrorContains(t, err, "listen")
}

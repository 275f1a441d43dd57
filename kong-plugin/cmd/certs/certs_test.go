package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRunWritesAVerifiableSet(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "certs")
	var stderr bytes.Buffer
	require.NoError(t, run(context.Background(), []string{"-out", dir}, &stderr))

	for name, wantMode := range map[string]os.FileMode{caFile: 0o644, certFile: 0o644, keyFile: 0o600} {
		fi, err := os.Stat(filepath.Join(dir, name))
		require.NoError(t, err, name)
		assert.Equal(t, wantMode, fi.Mode().Perm(), name)
	}
	_, err := os.Stat(filepath.Join(dir, "ca-key.pem"))
	assert.True(t, os.IsNotExist(err), "the CA key must never be written")

	// The pair loads as a TLS server certificate, as Kong will load it.
	pair, err := tls.LoadX509KeyPair(filepath.Join(dir, certFile), filepath.Join(dir, keyFile))
	require.NoError(t, err)
	require.Len(t, pair.Certificate, 2, "leaf followed by the CA")
	leaf, err := x509.ParseCertificate(pair.Certificate[0])
	require.NoError(t, err)
	assert.Equal(t, []string{hostName}, leaf.DNSNames)
	pub, ok := leaf.PublicKey.(*ecdsa.PublicKey)
	require.True(t, ok)
	assert.Equal(t, elliptic.P256(), pub.Curve)

	caPEM, err := os.ReadFile(filepath.Join(dir, caFile))
	require.NoError(t, err)
	roots := x509.NewCertPool()
	require.True(t, roots.AppendCertsFromPEM(caPEM))
	_, err = leaf.Verify(x509.VerifyOptions{DNSName: hostName, Roots: roots})
	require.NoError(t, err)
	_, err = leaf.Verify(x509.VerifyOptions{DNSName: "evil.example.com", Roots: roots})
	require.Error(t, err, "the leaf is only for api.anthropic.com")

	block, _ := pem.Decode(caPEM)
	ca, err := x509.ParseCertificate(block.Bytes)
	require.NoError(t, err)
	assert.True(t, ca.IsCA)
	assert.Equal(t, []string{hostName}, ca.PermittedDNSDomains, "CA is name-constrained")
}

func TestRunKeepsAValidSetUnlessForced(t *testing.T) {
	dir := t.TempDir()
	var stderr bytes.Buffer
	require.NoError(t, run(context.Background(), []string{"-out", dir}, &stderr))
	first, err := os.ReadFile(filepath.Join(dir, caFile))
	require.NoError(t, err)

	require.NoError(t, run(context.Background(), []string{"-out", dir}, &stderr))
	second, err := os.ReadFile(filepath.Join(dir, caFile))
	require.NoError(t, err)
	assert.Equal(t, first, second, "a valid set is kept")
	assert.Contains(t, stderr.String(), "already holds a valid set")

	require.NoError(t, run(context.Background(), []string{"-out", dir, "-force"}, &stderr))
	third, err := os.ReadFile(filepath.Join(dir, caFile))
	require.NoError(t, err)
	assert.NotEqual(t, first, third, "-force writes a new CA")
}

func TestCheckExistingRejectsBrokenSets(t *testing.T) {
	now := time.Now()
	good := t.TempDir()
	set, err := generate(now)
	require.NoError(t, err)
	require.NoError(t, set.write(good))
	require.NoError(t, checkExisting(good, now))

	t.Run("missing dir", func(t *testing.T) {
		assert.Error(t, checkExisting(filepath.Join(good, "nope"), now))
	})
	t.Run("expiring soon", func(t *testing.T) {
		assert.Error(t, checkExisting(good, now.Add(crtLifetime-renewBefore/2)))
	})
	t.Run("key of another set", func(t *testing.T) {
		other, err := generate(now)
		require.NoError(t, err)
		dir := t.TempDir()
		mixed := &certSet{caPEM: set.caPEM, certPEM: set.certPEM, keyPEM: other.keyPEM}
		require.NoError(t, mixed.write(dir))
		assert.ErrorContains(t, checkExisting(dir, now), "does not match")
	})
	t.Run("garbage certificate", func(t *testing.T) {
		dir := t.TempDir()
		bad := &certSet{caPEM: set.caPEM, certPEM: []byte("junk"), keyPEM: set.keyPEM}
		require.NoError(t, bad.write(dir))
		assert.Error(t, checkExisting(dir, now))
	})
}

func TestRunRejectsBadArguments(t *testing.T) {
	var stderr bytes.Buffer
	assert.Error(t, run(context.Background(), []string{"-nope"}, &stderr))
	assert.Error(t, run(context.Background(), []string{"-out", t.TempDir(), "extra"}, &stderr))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	assert.Error(t, run(ctx, []string{"-out", t.TempDir()}, &stderr))
}

func TestRunFailsWhenTheOutputIsNotADirectory(t *testing.T) {
	file := filepath.Join(t.TempDir(), "not-a-dir")
	require.NoError(t, os.WriteFile(file, []byte("x"), 0o600))
	var stderr bytes.Buffer
	err := run(context.Background(), []string{"-out", file}, &stderr)
	assert.ErrorContains(t, err, "write")
}

func TestCheckExistingRejectsMissingPieces(t *testing.T) {
	now := time.Now()
	set, err := generate(now)
	require.NoError(t, err)
	for name, mutate := range map[string]func(s *certSet){
		"garbage CA":  func(s *certSet) { s.caPEM = []byte("junk") },
		"garbage key": func(s *certSet) { s.keyPEM = []byte("junk") },
		"key not PKCS#8": func(s *certSet) {
			s.keyPEM = pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: []byte("junk")})
		},
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			s := *set
			mutate(&s)
			require.NoError(t, s.write(dir))
			assert.Error(t, checkExisting(dir, now))
		})
	}
	for _, missing := range []string{certFile, keyFile} {
		t.Run("missing "+missing, func(t *testing.T) {
			dir := t.TempDir()
			require.NoError(t, set.write(dir))
			require.NoError(t, os.Remove(filepath.Join(dir, missing)))
			assert.Error(t, checkExisting(dir, now))
		})
	}
}

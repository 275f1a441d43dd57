package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"time"
)

// Names of the files written into the output directory.
const (
	hostName    = "api.anthropic.com"
	caFile      = "ca.pem"
	certFile    = hostName + ".pem"
	keyFile     = hostName + "-key.pem"
	caLifetime  = 2 * 365 * 24 * time.Hour
	crtLifetime = 365 * 24 * time.Hour
	// renewBefore: an existing certificate that expires sooner than this is replaced.
	renewBefore = 30 * 24 * time.Hour
)

// run parses the flags and writes (or keeps) the certificate set. Progress goes to stderr.
func run(ctx context.Context, args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("certs", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "kong/certs", "output directory")
	force := fs.Bool("force", false, "replace an existing, still valid certificate set (new CA)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return fmt.Errorf("unexpected arguments: %v", fs.Args())
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	now := time.Now()
	if !*force {
		if err := checkExisting(*out, now); err == nil {
			_, _ = fmt.Fprintf(stderr, "certs: %s already holds a valid set for %s (use -force to replace)\n", *out, hostName)
			return nil
		}
	}
	set, err := generate(now)
	if err != nil {
		return fmt.Errorf("generate: %w", err)
	}
	if err := set.write(*out); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	_, _ = fmt.Fprintf(stderr, "certs: wrote %s, %s and %s into %s\n", caFile, certFile, keyFile, *out)
	return nil
}

// certSet is the PEM material written to disk.
type certSet struct {
	caPEM, certPEM, keyPEM []byte
}

// generate creates a fresh, name-constrained CA and a server certificate signed by it.
func generate(now time.Time) (*certSet, error) {
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, err
	}
	caSerial, err := serial()
	if err != nil {
		return nil, err
	}
	caTmpl := &x509.Certificate{
		SerialNumber:                caSerial,
		Subject:                     pkix.Name{CommonName: "aws-masker local CA", Organization: []string{"aws-masker"}},
		NotBefore:                   now.Add(-time.Hour),
		NotAfter:                    now.Add(caLifetime),
		KeyUsage:                    x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
		BasicConstraintsValid:       true,
		IsCA:                        true,
		MaxPathLenZero:              true,
		PermittedDNSDomainsCritical: true,
		PermittedDNSDomains:         []string{hostName},
	}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	if err != nil {
		return nil, fmt.Errorf("CA certificate: %w", err)
	}
	caCert, err := x509.ParseCertificate(caDER)
	if err != nil {
		return nil, err
	}

	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, err
	}
	leafSerial, err := serial()
	if err != nil {
		return nil, err
	}
	leafTmpl := &x509.Certificate{
		SerialNumber: leafSerial,
		Subject:      pkix.Name{CommonName: hostName},
		DNSNames:     []string{hostName},
		NotBefore:    now.Add(-time.Hour),
		NotAfter:     now.Add(crtLifetime),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	leafDER, err := x509.CreateCertificate(rand.Reader, leafTmpl, caCert, &key.PublicKey, caKey)
	if err != nil {
		return nil, fmt.Errorf("server certificate: %w", err)
	}
	keyDER, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		return nil, err
	}
	caPEM := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: caDER})
	leafPEM := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: leafDER})
	return &certSet{
		caPEM:   caPEM,
		certPEM: append(leafPEM, caPEM...), // full chain, as Kong's ssl_cert expects
		keyPEM:  pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: keyDER}),
	}, nil
}

func serial() (*big.Int, error) {
	return rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 127))
}

// write stores the set; each file is written to a temporary name and renamed, so a reader
// never sees a half-written key or certificate.
func (s *certSet) write(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	files := []struct {
		name string
		data []byte
		mode os.FileMode
	}{
		{keyFile, s.keyPEM, 0o600},
		{certFile, s.certPEM, 0o644},
		{caFile, s.caPEM, 0o644},
	}
	for _, f := range files {
		if err := writeAtomic(filepath.Join(dir, f.name), f.data, f.mode); err != nil {
			return err
		}
	}
	return nil
}

func writeAtomic(path string, data []byte, mode os.FileMode) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".certs-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) //nolint:errcheck // gone after a successful rename
	if err := tmp.Chmod(mode); err != nil {
		_ = tmp.Close()
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		_ = tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// checkExisting reports nil when dir holds a complete set that verifies for hostName and
// stays valid for at least renewBefore.
func checkExisting(dir string, now time.Time) error {
	caPEM, err := os.ReadFile(filepath.Join(dir, caFile))
	if err != nil {
		return err
	}
	chainPEM, err := os.ReadFile(filepath.Join(dir, certFile))
	if err != nil {
		return err
	}
	keyPEM, err := os.ReadFile(filepath.Join(dir, keyFile))
	if err != nil {
		return err
	}
	block, _ := pem.Decode(chainPEM)
	if block == nil {
		return errors.New("no certificate in " + certFile)
	}
	leaf, err := x509.ParseCertificate(block.Bytes)
	if err != nil {
		return err
	}
	roots := x509.NewCertPool()
	if !roots.AppendCertsFromPEM(caPEM) {
		return errors.New("no CA certificate in " + caFile)
	}
	if _, err := leaf.Verify(x509.VerifyOptions{
		DNSName:     hostName,
		Roots:       roots,
		CurrentTime: now.Add(renewBefore),
	}); err != nil {
		return err
	}
	kb, _ := pem.Decode(keyPEM)
	if kb == nil {
		return errors.New("no key in " + keyFile)
	}
	key, err := x509.ParsePKCS8PrivateKey(kb.Bytes)
	if err != nil {
		return err
	}
	ek, ok := key.(*ecdsa.PrivateKey)
	if !ok || !ek.PublicKey.Equal(leaf.PublicKey) {
		return errors.New("key does not match the certificate")
	}
	return nil
}

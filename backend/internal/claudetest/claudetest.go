// Package claudetest is a fake Claude API for tests: an HTTPS server on
// loopback whose certificate is issued for api.anthropic.com by a throwaway
// CA, reached through Dial (the injected dialer), so the client under test
// keeps its constant URL and really verifies TLS.
package claudetest

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"
)

// Host is the only address Dial connects.
const Host = "api.anthropic.com:443"

// Recorded is one request the fake received.
type Recorded struct {
	Method string
	Path   string
	Header http.Header
	Body   []byte
}

// Server is the fake API. Set Messages and Gateway before use to change
// the answers; both default to success.
type Server struct {
	srv *httptest.Server
	// CAs trusts the server's certificate; pass it as the client's RootCAs.
	CAs *x509.CertPool

	mu       sync.Mutex
	requests []Recorded
	dialed   []string
	messages http.HandlerFunc
	gateway  http.HandlerFunc
}

// New starts a fake API and stops it when t ends.
func New(t testing.TB) *Server {
	t.Helper()
	s := &Server{messages: Reply("Finding: the instance is exposed."), gateway: GatewayOK()}
	cert, pool, err := issue()
	if err != nil {
		t.Fatalf("claudetest: %v", err)
	}
	s.CAs = pool
	s.srv = httptest.NewUnstartedServer(http.HandlerFunc(s.serve))
	s.srv.Config.ErrorLog = log.New(io.Discard, "", 0) // handshake failures are expected in TLS tests
	s.srv.TLS = &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
	s.srv.StartTLS()
	t.Cleanup(s.srv.Close)
	return s
}

// Dial connects to the fake when asked for api.anthropic.com:443 and
// refuses any other address.
func (s *Server) Dial(ctx context.Context, network, addr string) (net.Conn, error) {
	s.mu.Lock()
	s.dialed = append(s.dialed, addr)
	s.mu.Unlock()
	if addr != Host {
		return nil, fmt.Errorf("claudetest: refusing to dial %s", addr)
	}
	var d net.Dialer
	return d.DialContext(ctx, network, s.srv.Listener.Addr().String())
}

// SetMessages replaces the handler of POST /v1/messages.
func (s *Server) SetMessages(h http.HandlerFunc) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.messages = h
}

// SetGateway replaces the handler of GET /.well-known/aws-masker.
func (s *Server) SetGateway(h http.HandlerFunc) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.gateway = h
}

// Requests returns the requests received so far.
func (s *Server) Requests() []Recorded {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Recorded(nil), s.requests...)
}

// MessageRequests returns the POST /v1/messages requests received so far.
func (s *Server) MessageRequests() []Recorded {
	var out []Recorded
	for _, r := range s.Requests() {
		if r.Path == "/v1/messages" {
			out = append(out, r)
		}
	}
	return out
}

// Dialed returns the addresses the client asked Dial for.
func (s *Server) Dialed() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.dialed...)
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	s.mu.Lock()
	s.requests = append(s.requests, Recorded{Method: r.Method, Path: r.URL.Path, Header: r.Header.Clone(), Body: body})
	messages, gateway := s.messages, s.gateway
	s.mu.Unlock()
	switch {
	case r.Method == http.MethodPost && r.URL.Path == "/v1/messages":
		messages(w, r)
	case r.Method == http.MethodGet && r.URL.Path == "/.well-known/aws-masker":
		gateway(w, r)
	default:
		Status(http.StatusNotFound, "not_found_error")(w, r)
	}
}

// Reply answers a Messages call with text.
func Reply(text string) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("request-id", "req_fake")
		_ = json.NewEncoder(w).Encode(map[string]any{
			"id": "msg_fake", "type": "message", "role": "assistant", "model": "claude-sonnet-5-5",
			"content":     []map[string]any{{"type": "text", "text": text}},
			"stop_reason": "end_turn", "stop_sequence": nil,
			"usage": map[string]any{"input_tokens": 1234, "output_tokens": 56},
		})
	}
}

// Status answers with an API error of the given status and type. It asks
// the client to retry after 1 ms so retry tests stay fast.
func Status(code int, errType string) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("retry-after-ms", "1")
		w.WriteHeader(code)
		_ = json.NewEncoder(w).Encode(map[string]any{"type": "error", "error": map[string]any{"type": errType, "message": "fake " + errType}})
	}
}

// GatewayOK answers the probe as the aws-masker plugin.
func GatewayOK() http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"plugin":"aws-masker","version":"1.0.0","rulesetVersion":"2026.11","rules":42}`)
	}
}

// issue makes a CA and a certificate for api.anthropic.com signed by it.
func issue() (tls.Certificate, *x509.CertPool, error) {
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	now := time.Now()
	caTmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "claudetest CA"},
		NotBefore: now.Add(-time.Hour), NotAfter: now.Add(24 * time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	ca, err := x509.ParseCertificate(caDER)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	leafTmpl := &x509.Certificate{
		SerialNumber: big.NewInt(2), Subject: pkix.Name{CommonName: "api.anthropic.com"},
		DNSNames:  []string{"api.anthropic.com"},
		NotBefore: now.Add(-time.Hour), NotAfter: now.Add(24 * time.Hour),
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	leafDER, err := x509.CreateCertificate(rand.Reader, leafTmpl, ca, &key.PublicKey, caKey)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	pool := x509.NewCertPool()
	pool.AddCert(ca)
	return tls.Certificate{Certificate: [][]byte{leafDER}, PrivateKey: key}, pool, nil
}

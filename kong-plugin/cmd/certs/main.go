// Command certs writes the local TLS material that lets Kong intercept api.anthropic.com like
// a sidecar: a private certificate authority and a server certificate for api.anthropic.com
// signed by it. `make certs` runs it as `go run ./kong-plugin/cmd/certs -out kong/certs`.
//
// Files written into -out (the directory is created with mode 0700):
//
//	ca.pem                     the CA certificate; the backend trusts it via SSL_CERT_FILE
//	api.anthropic.com.pem      the server certificate (SAN api.anthropic.com), then the CA
//	api.anthropic.com-key.pem  its ECDSA P-256 private key, PKCS#8, mode 0600
//
// The CA's private key is never written: it exists in memory only while the server
// certificate is signed, so nobody can later mint other certificates the backend would trust.
// The CA is also name-constrained to api.anthropic.com. Because the CA cannot be reused, an
// existing, valid set is kept as is; -force replaces it (a new CA the backend must reload).
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintf(os.Stderr, "certs: %v\n", err)
		os.Exit(1)
	}
}

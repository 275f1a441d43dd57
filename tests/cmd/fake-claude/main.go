// Command fake-claude serves the fakeclaude Messages API stand-in, for the compose demo.
//
//	fake-claude [-listen :8443] [-tls-cert FILE -tls-key FILE] [-debug-listen :8081] [-api-key KEY]
//	fake-claude -healthcheck http://127.0.0.1:8081/health
//
// Every flag has an environment variable: FAKE_CLAUDE_LISTEN, FAKE_CLAUDE_TLS_CERT,
// FAKE_CLAUDE_TLS_KEY, FAKE_CLAUDE_DEBUG_LISTEN, FAKE_CLAUDE_API_KEY; a flag wins over its
// variable. With a TLS certificate the API listener speaks HTTPS (the demo serves the
// api.anthropic.com certificate from `make certs`, so Kong reaches it under the real name).
// The debug listener is plain HTTP and serves only /debug/received and /health. A listener
// given port 0 prints "listening on ADDR" on stderr once it accepts connections.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/aws-masker/aws-masker/tests/fakeclaude"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintf(os.Stderr, "fake-claude: %v\n", err)
		os.Exit(1)
	}
}

// config is the parsed command line.
type config struct {
	listen, debugListen string
	tlsCert, tlsKey     string
	apiKey              string
	healthcheck         string
}

func parse(args []string, getenv func(string) string, stderr io.Writer) (config, error) {
	envOr := func(name, def string) string {
		if v := getenv(name); v != "" {
			return v
		}
		return def
	}
	var c config
	fs := flag.NewFlagSet("fake-claude", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.listen, "listen", envOr("FAKE_CLAUDE_LISTEN", ":8443"), "API listen address")
	fs.StringVar(&c.debugListen, "debug-listen", envOr("FAKE_CLAUDE_DEBUG_LISTEN", ""), "plain-HTTP debug listen address (empty: none)")
	fs.StringVar(&c.tlsCert, "tls-cert", envOr("FAKE_CLAUDE_TLS_CERT", ""), "PEM certificate chain for the API listener")
	fs.StringVar(&c.tlsKey, "tls-key", envOr("FAKE_CLAUDE_TLS_KEY", ""), "PEM private key for the API listener")
	fs.StringVar(&c.apiKey, "api-key", envOr("FAKE_CLAUDE_API_KEY", ""), "the only x-api-key accepted (empty: any non-empty key)")
	fs.StringVar(&c.healthcheck, "healthcheck", "", "GET this URL, exit 0 on 200 and 1 otherwise (container healthcheck)")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if fs.NArg() != 0 {
		return c, fmt.Errorf("unexpected arguments: %v", fs.Args())
	}
	if (c.tlsCert == "") != (c.tlsKey == "") {
		return c, errors.New("-tls-cert and -tls-key go together")
	}
	return c, nil
}

func run(ctx context.Context, args []string, getenv func(string) string, stderr io.Writer) error {
	c, err := parse(args, getenv, stderr)
	if err != nil {
		return err
	}
	if c.healthcheck != "" {
		return healthcheck(ctx, c.healthcheck)
	}
	logger := slog.New(slog.NewTextHandler(stderr, nil))
	fake := fakeclaude.New(fakeclaude.Options{APIKey: c.apiKey})

	servers := []*listener{{addr: c.listen, handler: logRequests(logger, fake.Handler()), certFile: c.tlsCert, keyFile: c.tlsKey}}
	if c.debugListen != "" {
		servers = append(servers, &listener{addr: c.debugListen, handler: fake.DebugHandler()})
	}
	errc := make(chan error, len(servers))
	for _, l := range servers {
		if err := l.listen(ctx, stderr); err != nil {
			for _, o := range servers {
				o.close()
			}
			return err
		}
		go func() { errc <- l.serve() }()
	}
	logger.Info("fake-claude ready", "api", c.listen, "tls", c.tlsCert != "", "debug", c.debugListen)

	var serveErr error
	select {
	case <-ctx.Done():
	case serveErr = <-errc:
	}
	shutdownCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	for _, l := range servers {
		_ = l.srv.Shutdown(shutdownCtx)
	}
	if errors.Is(serveErr, http.ErrServerClosed) {
		serveErr = nil
	}
	return serveErr
}

// listener is one HTTP server of the command.
type listener struct {
	addr, certFile, keyFile string
	handler                 http.Handler
	ln                      net.Listener
	srv                     *http.Server
}

func (l *listener) listen(ctx context.Context, stderr io.Writer) error {
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", l.addr)
	if err != nil {
		return fmt.Errorf("listen %s: %w", l.addr, err)
	}
	l.ln = ln
	l.srv = &http.Server{
		Handler:           l.handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       time.Minute,
		WriteTimeout:      2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
	}
	if _, port, err := net.SplitHostPort(l.addr); err == nil && port == "0" {
		if _, err := fmt.Fprintf(stderr, "listening on %s\n", ln.Addr()); err != nil {
			_ = ln.Close()
			return err
		}
	}
	return nil
}

func (l *listener) serve() error {
	if l.certFile != "" {
		return l.srv.ServeTLS(l.ln, l.certFile, l.keyFile)
	}
	return l.srv.Serve(l.ln)
}

func (l *listener) close() {
	if l.ln != nil {
		_ = l.ln.Close()
	}
}

// logRequests logs method, path, status and duration of each request; never a body or header.
func logRequests(logger *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		logger.Info("request", "method", r.Method, "path", r.URL.Path, "status", rec.status,
			"duration_ms", time.Since(start).Milliseconds())
	})
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

// Flush keeps server-sent events flowing through the recorder.
func (s *statusRecorder) Flush() {
	if f, ok := s.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// healthcheck GETs url with a short timeout; distroless images have no curl.
func healthcheck(ctx context.Context, url string) error {
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return fmt.Errorf("healthcheck: %w", err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("healthcheck: %w", err)
	}
	defer func() { _ = resp.Body.Close() }()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("healthcheck: %s answered %d", url, resp.StatusCode)
	}
	return nil
}

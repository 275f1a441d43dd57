// Command backend is the aws-masker backend: POST /analyze collects the AWS
// inventory and asks Claude through the masking gateway.
//
// Usage:
//
//	backend               serve on $PORT (default 8080) until SIGTERM
//	backend healthcheck   exit 0 when GET /health on $PORT answers 200 (for HEALTHCHECK in distroless)
package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"

	"github.com/aws-masker/aws-masker/backend/app"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "healthcheck" {
		if err := healthcheck(context.Background(), os.Getenv); err != nil {
			fmt.Fprintln(os.Stderr, "unhealthy:", err)
			os.Exit(1)
		}
		return
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Getenv); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// run starts the backend and serves until ctx ends.
func run(ctx context.Context, getenv func(string) string) error {
	log, err := app.NewLogger(getenv("LOG_LEVEL"))
	if err != nil {
		return fmt.Errorf("run: %w", err)
	}
	defer func() { _ = log.Sync() }()
	a, err := app.New(ctx, app.Options{Getenv: getenv, Logger: log})
	if err != nil {
		return fmt.Errorf("run: %w", err)
	}
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", ":"+strconv.Itoa(a.Port()))
	if err != nil {
		return fmt.Errorf("run: listen: %w", err)
	}
	return a.Serve(ctx, ln)
}

// healthcheck asks the local backend's /health; distroless has no curl.
func healthcheck(ctx context.Context, getenv func(string) string) error {
	port := getenv("PORT")
	if port == "" {
		port = "8080"
	}
	if _, err := strconv.Atoi(port); err != nil {
		return fmt.Errorf("healthcheck: PORT %q is not a number", port)
	}
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://127.0.0.1:"+port+"/health", nil)
	if err != nil {
		return fmt.Errorf("healthcheck: %w", err)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("healthcheck: %w", err)
	}
	defer func() { _ = res.Body.Close() }()
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("healthcheck: status %d", res.StatusCode)
	}
	return nil
}

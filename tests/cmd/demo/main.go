// Command demo is what `make demo` runs once the compose demo is up: one POST /analyze through
// Kong with the demo consumer key, then what Claude (fake-claude) saw next to what the client
// got. Settings: DEMO_KONG_URL, DEMO_FAKE_CLAUDE_URL, DEMO_CLIENT_API_KEY, DEMO_BACKEND_API_KEY
// (defaults match compose.yaml and tests/compose/demo.env). Exit status 1 when the call fails
// or the masking promise does not hold.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/aws-masker/aws-masker/tests/demo"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	ctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	_, err := demo.Run(ctx, demo.ConfigFromEnv(os.Getenv), os.Stdout)
	cancel()
	stop()
	if err != nil {
		fmt.Fprintf(os.Stderr, "demo: %v\n", err)
		os.Exit(1)
	}
}

// Command seed is the compose demo's one-shot job: it writes the sample estate of
// backend/demoestate into the AWS emulator (moto) and exits 0, so the backend starts on a
// seeded account.
//
// It reads the standard AWS variables (AWS_ENDPOINT_URL names the emulator; moto accepts any
// credentials) and SEED_REGIONS (comma-separated, default us-east-1,eu-west-1). It refuses to
// run without AWS_ENDPOINT_URL: it must never seed a real account. It waits for the emulator
// (bounded) and prints counts only, never an identifier.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	awsconfig "github.com/aws/aws-sdk-go-v2/config"

	"github.com/aws-masker/aws-masker/backend/demoestate"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Getenv, os.Stdout)
	stop()
	if err != nil {
		fmt.Fprintf(os.Stderr, "seed: %v\n", err)
		os.Exit(1)
	}
}

// waitPolicy bounds how long seed waits for the emulator.
type waitPolicy struct {
	attempts int
	interval time.Duration
}

func run(ctx context.Context, getenv func(string) string, out io.Writer) error {
	return seed(ctx, getenv, out, waitPolicy{attempts: 30, interval: 2 * time.Second})
}

func seed(ctx context.Context, getenv func(string) string, out io.Writer, wait waitPolicy) error {
	endpoint := strings.TrimSpace(getenv("AWS_ENDPOINT_URL"))
	if endpoint == "" {
		return errors.New("AWS_ENDPOINT_URL is not set: seed only writes into an emulator, never a real account")
	}
	if err := waitFor(ctx, endpoint, wait); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	cfg, err := awsconfig.LoadDefaultConfig(ctx)
	if err != nil {
		return fmt.Errorf("config.LoadDefaultConfig: %w", err)
	}
	if cfg.Region == "" {
		cfg.Region = "us-east-1"
	}
	var opts demoestate.Options
	for r := range strings.SplitSeq(getenv("SEED_REGIONS"), ",") {
		if r = strings.TrimSpace(r); r != "" {
			opts.Regions = append(opts.Regions, r)
		}
	}
	start := time.Now()
	estate, err := demoestate.Seed(ctx, cfg, opts)
	if err != nil {
		return fmt.Errorf("demoestate.Seed: %w", err)
	}
	_, err = fmt.Fprintf(out, "seed: %d identifiers in %d regions (instances %d, buckets %d, db instances %d, users %d, roles %d, functions %d) in %s\n",
		len(estate.Identifiers()), len(estate.Regions), len(estate.InstanceIDs), len(estate.BucketNames), len(estate.DBInstanceIDs),
		len(estate.UserNames), len(estate.RoleNames), len(estate.FunctionNames), time.Since(start).Round(time.Millisecond))
	return err
}

// waitFor polls the emulator until it answers HTTP at all, at most wait.attempts times.
func waitFor(ctx context.Context, endpoint string, wait waitPolicy) error {
	client := &http.Client{Timeout: 3 * time.Second}
	var last error
	for i := range wait.attempts {
		if i > 0 {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(wait.interval):
			}
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimRight(endpoint, "/")+"/moto-api/", nil)
		if err != nil {
			return fmt.Errorf("AWS_ENDPOINT_URL: %w", err)
		}
		resp, err := client.Do(req)
		if err == nil {
			_ = resp.Body.Close()
			return nil
		}
		last = err
	}
	return fmt.Errorf("emulator at %s did not answer after %d attempts: %w", endpoint, wait.attempts, last)
}

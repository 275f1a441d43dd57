package demo

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/aws-masker/aws-masker/tests/fakeclaude"
)

// Config is what a demo run talks to. ConfigFromEnv fills it.
type Config struct {
	// KongURL is Kong's published proxy (DEMO_KONG_URL). Default DefaultKongURL.
	KongURL string
	// FakeClaudeURL is fake-claude's published debug listener (DEMO_FAKE_CLAUDE_URL).
	// Default DefaultFakeClaudeURL.
	FakeClaudeURL string
	// ClientKey is the Kong consumer key (DEMO_CLIENT_API_KEY). Default DefaultClientKey.
	ClientKey string
	// BackendKey is the backend's Bearer key (DEMO_BACKEND_API_KEY). Default DefaultBackendKey.
	BackendKey string
	// Width is the width of one column of the side-by-side view, in bytes. Default 60.
	Width int
	// MaxLines caps the rows of the side-by-side view; 0 means 40.
	MaxLines int
}

// ConfigFromEnv reads the demo's variables through getenv, with the compose demo's defaults.
func ConfigFromEnv(getenv func(string) string) Config {
	or := func(k, def string) string {
		if v := strings.TrimSpace(getenv(k)); v != "" {
			return v
		}
		return def
	}
	return Config{
		KongURL:       or("DEMO_KONG_URL", DefaultKongURL),
		FakeClaudeURL: or("DEMO_FAKE_CLAUDE_URL", DefaultFakeClaudeURL),
		ClientKey:     or("DEMO_CLIENT_API_KEY", DefaultClientKey),
		BackendKey:    or("DEMO_BACKEND_API_KEY", DefaultBackendKey),
		Width:         60,
	}
}

// Summary is the outcome of one demo run.
type Summary struct {
	// Requests is how many requests reached fake-claude during the run.
	Requests int
	// Tokens is how many distinct masked identifiers fake-claude received.
	Tokens int
	// Restored pairs each token with what the client received in its place.
	Restored []fakeclaude.Restoration
	// Leaked are restored originals that also occur in what fake-claude received.
	Leaked []string
}

// Request is the analysis the demo asks for: every service, a security review.
func Request() AnalyzeRequest {
	return AnalyzeRequest{
		Resources: []string{"ec2", "vpc", "s3", "rds", "iam", "lambda"},
		Options:   &AnalyzeOptions{AnalysisType: "security", MaxTokens: 1024},
	}
}

// ErrPromiseBroken is returned when an identifier reached fake-claude or a token came back.
var ErrPromiseBroken = errors.New("the masking promise does not hold")

// Run performs one /analyze through Kong, then prints what Claude saw (masked) next to what the
// client got (restored), and a summary. It fails when the call fails, when any restored
// identifier occurs in what fake-claude received, or when a token was not restored.
func Run(ctx context.Context, cfg Config, out io.Writer) (Summary, error) {
	var sum Summary
	hc := &http.Client{Timeout: 30 * time.Second}
	if err := ResetReceived(ctx, hc, cfg.FakeClaudeURL); err != nil {
		return sum, fmt.Errorf("fake-claude at %s: %w", cfg.FakeClaudeURL, err)
	}
	client := &Client{BaseURL: cfg.KongURL, ClientKey: cfg.ClientKey, BackendKey: cfg.BackendKey}
	start := time.Now()
	status, resp, err := client.Analyze(ctx, Request())
	if err != nil {
		return sum, err
	}
	if status != http.StatusOK || !resp.Success {
		msg := ""
		if resp.Error != nil {
			msg = resp.Error.Code + ": " + resp.Error.Message
		}
		return sum, fmt.Errorf("POST /analyze answered %d %s", status, msg)
	}
	elapsed := time.Since(start)

	rep, err := Received(ctx, hc, cfg.FakeClaudeURL)
	if err != nil {
		return sum, err
	}
	sum.Requests = rep.Count
	if rep.Count == 0 {
		return sum, errors.New("fake-claude received nothing: is Kong's demo upstream fake-claude?")
	}
	last := rep.Requests[len(rep.Requests)-1]
	sum.Tokens = len(last.Tokens)
	sum.Restored, err = fakeclaude.Restorations(last.Tokens, resp.Analysis.Text)
	if err != nil {
		return sum, fmt.Errorf("%w: %w", ErrPromiseBroken, err)
	}
	originals := make([]string, 0, len(sum.Restored))
	for _, r := range sum.Restored {
		originals = append(originals, r.Original)
	}
	sum.Leaked = Leaks(rep, originals)

	restoredAnalysis, _ := fakeclaude.SplitEcho(resp.Analysis.Text)
	printSideBySide(out, cfg.Width, cfg.MaxLines, fakeclaude.Analysis(last.Tokens), restoredAnalysis)
	printSummary(out, resp, sum, elapsed)
	if len(sum.Leaked) > 0 {
		return sum, fmt.Errorf("%w: %d identifiers reached fake-claude", ErrPromiseBroken, len(sum.Leaked))
	}
	return sum, nil
}

func printSideBySide(out io.Writer, width, maxLines int, left, right string) {
	if width < 20 {
		width = 20
	}
	if maxLines <= 0 {
		maxLines = 40
	}
	l, r := strings.Split(left, "\n"), strings.Split(right, "\n")
	row := func(a, b string) {
		_, _ = fmt.Fprintf(out, "%-*s | %s\n", width, clip(a, width), clip(b, width))
	}
	row("WHAT CLAUDE SAW AND SAID (masked)", "WHAT THE CLIENT GOT (restored)")
	row(strings.Repeat("-", width), strings.Repeat("-", width))
	rows := max(len(l), len(r))
	for i := 0; i < rows; i++ {
		if i == maxLines {
			row(fmt.Sprintf("… %d more lines", rows-i), fmt.Sprintf("… %d more lines", rows-i))
			break
		}
		var a, b string
		if i < len(l) {
			a = l[i]
		}
		if i < len(r) {
			b = r[i]
		}
		row(a, b)
	}
}

func printSummary(out io.Writer, resp *AnalyzeResponse, sum Summary, elapsed time.Duration) {
	services := make([]string, 0, len(resp.Inventory.Counts))
	for k, v := range resp.Inventory.Counts {
		services = append(services, fmt.Sprintf("%s=%d", k, v))
	}
	sort.Strings(services)
	_, _ = fmt.Fprintf(out, "\ninventory: %s (regions %s, truncated %t, %d warnings)\n",
		strings.Join(services, " "), strings.Join(resp.Inventory.Regions, ","), resp.Inventory.Truncated, len(resp.Inventory.Warnings))
	_, _ = fmt.Fprintf(out, "requests that reached Claude: %d; masked identifiers Claude saw: %d; restored for the client: %d; leaked: %d\n",
		sum.Requests, sum.Tokens, len(sum.Restored), len(sum.Leaked))
	_, _ = fmt.Fprintf(out, "model %s, stop %s, request %s, %s through Kong\n",
		resp.Analysis.Model, resp.Analysis.StopReason, resp.RequestID, elapsed.Round(time.Millisecond))
}

// clip shortens s to at most n bytes, never inside a UTF-8 sequence.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n - 1
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}

package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/aws-masker/aws-masker/kong-plugin/masking"
)

// maxInput is the most the mask and unmask subcommands read from stdin (64 MiB): far more
// than any Messages API body (the API itself caps requests at 32 MB), small enough that a
// runaway pipe fails fast instead of exhausting memory.
const maxInput = 64 << 20

// ioTimeout bounds reading stdin and writing the mapping file.
const ioTimeout = 5 * time.Minute

// usageError marks a command-line mistake (exit status 2).
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// exitCode maps an error from a subcommand to the process exit status: 0 for nil, 2 for a
// usage error, 1 for anything else.
func exitCode(err error) int {
	if err == nil {
		return 0
	}
	if ue := (*usageError)(nil); errors.As(err, &ue) {
		return 2
	}
	return 1
}

func newFlagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

func parseFlags(fs *flag.FlagSet, args []string, usage string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return &usageError{msg: "usage: " + usage}
		}
		return &usageError{msg: fmt.Sprintf("%s (usage: %s)", err, usage)}
	}
	if fs.NArg() > 0 {
		return &usageError{msg: fmt.Sprintf("unexpected argument %q (usage: %s)", fs.Arg(0), usage)}
	}
	return nil
}

const (
	maskUsage   = "aws-masker mask [--request] [--mapping FILE] < input > masked"
	unmaskUsage = "aws-masker unmask --mapping FILE [--response] < masked > restored"
)

// runMask implements `aws-masker mask [--request] [--mapping FILE]`: stdin is plain text, or
// a Messages API request body with --request; the masked result goes to stdout and, with
// --mapping, the token -> original JSON object to FILE (mode 0600).
func runMask(ctx context.Context, args []string, stdin io.Reader, stdout io.Writer) error {
	fs := newFlagSet("mask")
	request := fs.Bool("request", false, "stdin is a Messages API request body")
	mappingFile := fs.String("mapping", "", "write the token -> original mapping to FILE")
	if err := parseFlags(fs, args, maskUsage); err != nil {
		return err
	}
	in, err := readInput(ctx, stdin, maxInput)
	if err != nil {
		return err
	}
	eng, err := masking.New(masking.Config{})
	if err != nil {
		return fmt.Errorf("masking.New: %w", err)
	}
	s := eng.NewSession()
	var out []byte
	if *request {
		out, err = s.MaskRequest(in)
	} else {
		out, err = s.MaskText(in)
	}
	if err != nil {
		return fmt.Errorf("mask: %w", err)
	}
	if *mappingFile != "" {
		mj, err := s.Mapping().MarshalJSON()
		if err != nil {
			return fmt.Errorf("mapping: %w", err)
		}
		if err := writeFileAtomic(ctx, *mappingFile, mj); err != nil {
			return err
		}
	}
	if _, err := stdout.Write(out); err != nil {
		return fmt.Errorf("write stdout: %w", err)
	}
	return nil
}

// runUnmask implements `aws-masker unmask --mapping FILE [--response]`: stdin is restored
// as text, or with --response as a Messages API response body or SSE stream (told apart by
// content).
func runUnmask(ctx context.Context, args []string, stdin io.Reader, stdout io.Writer) error {
	fs := newFlagSet("unmask")
	response := fs.Bool("response", false, "stdin is a Messages API response body or SSE stream")
	mappingFile := fs.String("mapping", "", "read the token -> original mapping from FILE (required)")
	if err := parseFlags(fs, args, unmaskUsage); err != nil {
		return err
	}
	if *mappingFile == "" {
		return &usageError{msg: "--mapping FILE is required (usage: " + unmaskUsage + ")"}
	}
	mj, err := readFile(ctx, *mappingFile)
	if err != nil {
		return err
	}
	eng, err := masking.New(masking.Config{})
	if err != nil {
		return fmt.Errorf("masking.New: %w", err)
	}
	m, err := eng.LoadMapping(mj)
	if err != nil {
		return fmt.Errorf("mapping %s: %w", *mappingFile, err)
	}
	in, err := readInput(ctx, stdin, maxInput)
	if err != nil {
		return err
	}
	var out []byte
	switch {
	case !*response:
		out = m.UnmaskText(in)
	case looksLikeSSE(in):
		out, err = m.UnmaskSSE(in)
	default:
		out, err = m.UnmaskResponse(in)
	}
	if err != nil {
		return fmt.Errorf("unmask: %w", err)
	}
	if _, err := stdout.Write(out); err != nil {
		return fmt.Errorf("write stdout: %w", err)
	}
	return nil
}

// looksLikeSSE reports whether a body is a text/event-stream: its first non-blank line is an
// SSE field ("event:", "data:", "id:", "retry:") or a comment (":").
func looksLikeSSE(b []byte) bool {
	b = bytes.TrimLeft(b, " \t\r\n\ufeff")
	for _, p := range []string{"event:", "data:", "id:", "retry:", ":"} {
		if bytes.HasPrefix(b, []byte(p)) {
			return true
		}
	}
	return false
}

// readInput reads at most limit bytes of r, giving up when ctx ends or after ioTimeout.
func readInput(ctx context.Context, r io.Reader, limit int) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, ioTimeout)
	defer cancel()
	type result struct {
		b   []byte
		err error
	}
	done := make(chan result, 1)
	go func() {
		b, err := io.ReadAll(io.LimitReader(r, int64(limit)+1))
		done <- result{b, err}
	}()
	select {
	case <-ctx.Done():
		return nil, fmt.Errorf("read stdin: %w", ctx.Err())
	case res := <-done:
		if res.err != nil {
			return nil, fmt.Errorf("read stdin: %w", res.err)
		}
		if len(res.b) > limit {
			return nil, fmt.Errorf("read stdin: input larger than %d bytes", limit)
		}
		return res.b, nil
	}
}

func readFile(ctx context.Context, name string) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("mapping: %w", err)
	}
	defer func() { _ = f.Close() }() // read-only: a close error loses nothing
	b, err := readInput(ctx, f, maxInput)
	if err != nil {
		return nil, fmt.Errorf("mapping %s: %w", name, err)
	}
	return b, nil
}

// writeFileAtomic writes data to name with mode 0600 through a temporary file in the same
// directory, so a reader never sees half a mapping and the originals are never world-readable.
func writeFileAtomic(ctx context.Context, name string, data []byte) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), ".aws-masker-mapping-*")
	if err != nil {
		return fmt.Errorf("mapping: %w", err)
	}
	defer func() { _ = os.Remove(tmp.Name()) }() // no-op after a successful rename
	if err := tmp.Chmod(0o600); err != nil {
		_ = tmp.Close() // the write error is the one to report
		return fmt.Errorf("mapping: %w", err)
	}
	if _, err := tmp.Write(data); err != nil {
		_ = tmp.Close() // the write error is the one to report
		return fmt.Errorf("mapping: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("mapping: %w", err)
	}
	if err := os.Rename(tmp.Name(), name); err != nil {
		return fmt.Errorf("mapping: %w", err)
	}
	return nil
}

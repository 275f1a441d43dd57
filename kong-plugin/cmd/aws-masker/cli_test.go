package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

type result struct {
	code           int
	stdout, stderr string
}

func runCLI(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return result{code: code, stdout: out.String(), stderr: errb.String()}
}

const inventory = "i-0a1b2c3d4e5f67890 runs in 123456789012 at 10.20.30.40\n"

func TestMaskUnmaskText(t *testing.T) {
	mapping := filepath.Join(t.TempDir(), "mapping.json")
	m := runCLI(t, inventory, "mask", "--mapping", mapping)
	if m.code != 0 || m.stderr != "" {
		t.Fatalf("mask: exit %d, stderr %q", m.code, m.stderr)
	}
	for _, s := range []string{"i-0a1b2c3d4e5f67890", "123456789012", "10.20.30.40"} {
		if strings.Contains(m.stdout, s) {
			t.Errorf("mask leaked %q: %q", s, m.stdout)
		}
	}
	fi, err := os.Stat(mapping)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("mapping file mode %v, want 0600", fi.Mode().Perm())
	}
	var mj map[string]string
	data, _ := os.ReadFile(mapping)
	if err := json.Unmarshal(data, &mj); err != nil || mj["AWS_INSTANCE_ID_001"] != "i-0a1b2c3d4e5f67890" {
		t.Errorf("mapping file = %s (%v)", data, err)
	}
	u := runCLI(t, m.stdout, "unmask", "--mapping", mapping)
	if u.code != 0 || u.stdout != inventory {
		t.Errorf("unmask: exit %d, stdout %q, stderr %q; want %q", u.code, u.stdout, u.stderr, inventory)
	}
}

func TestMaskRequestAndResponse(t *testing.T) {
	mapping := filepath.Join(t.TempDir(), "m.json")
	req := `{"model":"claude-sonnet-4-5","max_tokens":100,"messages":[{"role":"user","content":"` + strings.TrimSpace(inventory) + `"}]}`
	m := runCLI(t, req, "mask", "--request", "--mapping", mapping)
	if m.code != 0 {
		t.Fatalf("mask --request: exit %d, stderr %q", m.code, m.stderr)
	}
	if !json.Valid([]byte(m.stdout)) || strings.Contains(m.stdout, "123456789012") {
		t.Fatalf("mask --request output: %s", m.stdout)
	}
	resp := `{"type":"message","content":[{"type":"text","text":"AWS_INSTANCE_ID_001 in AWS_ACCOUNT_ID_001"}]}`
	u := runCLI(t, resp, "unmask", "--mapping", mapping, "--response")
	want := `{"type":"message","content":[{"type":"text","text":"i-0a1b2c3d4e5f67890 in 123456789012"}]}`
	if u.code != 0 || u.stdout != want {
		t.Errorf("unmask --response: exit %d, stdout %s, stderr %q", u.code, u.stdout, u.stderr)
	}
	sse := "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"AWS_INSTANCE_\"}}\n\n" +
		"event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"ID_001 ok\"}}\n\n"
	u = runCLI(t, sse, "unmask", "--response", "--mapping", mapping)
	if u.code != 0 || !strings.Contains(u.stdout, `"text":"i-0a1b2c3d4e5f67890 ok"`) {
		t.Errorf("unmask --response (SSE): exit %d, stdout %s, stderr %q", u.code, u.stdout, u.stderr)
	}
}

func TestCLIErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte(`{"not-a-token":"x"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		stdin string
		args  []string
		code  int
		msg   string
	}{
		{"unknown flag", "", []string{"mask", "--nope"}, 2, "flag provided but not defined"},
		{"help", "", []string{"mask", "-h"}, 2, "usage: aws-masker mask"},
		{"extra argument", "", []string{"mask", "file.txt"}, 2, `unexpected argument "file.txt"`},
		{"unmask without mapping", "", []string{"unmask"}, 2, "--mapping FILE is required"},
		{"invalid request", `{"messages":`, []string{"mask", "--request"}, 1, "INVALID_JSON"},
		{"not a messages request", `{"model":"m"}`, []string{"mask", "--request"}, 1, "NOT_A_MESSAGES_REQUEST"},
		{"missing mapping file", "", []string{"unmask", "--mapping", filepath.Join(dir, "nope.json")}, 1, "no such file"},
		{"invalid mapping", "", []string{"unmask", "--mapping", bad}, 1, "INVALID_MAPPING"},
		{"mapping dir missing", "x", []string{"mask", "--mapping", filepath.Join(dir, "no", "m.json")}, 1, "mapping:"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := runCLI(t, tc.stdin, tc.args...)
			if r.code != tc.code {
				t.Errorf("exit %d, want %d (stderr %q)", r.code, tc.code, r.stderr)
			}
			if r.stdout != "" {
				t.Errorf("stdout on error: %q", r.stdout)
			}
			if strings.Count(r.stderr, "\n") != 1 || !strings.HasPrefix(r.stderr, "aws-masker: ") || !strings.Contains(r.stderr, tc.msg) {
				t.Errorf("stderr = %q, want one line containing %q", r.stderr, tc.msg)
			}
		})
	}
}

func TestExitCode(t *testing.T) {
	tests := []struct {
		err  error
		want int
	}{
		{nil, 0},
		{errors.New("x"), 1},
		{&usageError{msg: "u"}, 2},
		{errors.Join(errors.New("a"), &usageError{msg: "u"}), 2},
	}
	for _, tc := range tests {
		if got := exitCode(tc.err); got != tc.want {
			t.Errorf("exitCode(%v) = %d, want %d", tc.err, got, tc.want)
		}
	}
}

type blockingReader struct{ done chan struct{} }

func (b blockingReader) Read([]byte) (int, error) {
	<-b.done
	return 0, io.EOF
}

func TestReadInput(t *testing.T) {
	if _, err := readInput(context.Background(), strings.NewReader("12345"), 4); err == nil || !strings.Contains(err.Error(), "larger than 4 bytes") {
		t.Errorf("oversized input: %v", err)
	}
	if b, err := readInput(context.Background(), strings.NewReader("1234"), 4); err != nil || string(b) != "1234" {
		t.Errorf("input at the limit: %q, %v", b, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	br := blockingReader{done: make(chan struct{})}
	defer close(br.done)
	if _, err := readInput(ctx, br, 10); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("blocked stdin: %v, want deadline exceeded", err)
	}
	if _, err := readInput(context.Background(), iotestErrReader{}, 10); err == nil {
		t.Error("read error not reported")
	}
}

type iotestErrReader struct{}

func (iotestErrReader) Read([]byte) (int, error) { return 0, errors.New("EIO") }

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("EPIPE") }

func TestWriteFailures(t *testing.T) {
	ctx := context.Background()
	if err := runMask(ctx, nil, strings.NewReader("x"), failingWriter{}); err == nil {
		t.Error("mask: stdout failure not reported")
	}
	mapping := filepath.Join(t.TempDir(), "m.json")
	if err := runMask(ctx, []string{"--mapping", mapping}, strings.NewReader("x"), io.Discard); err != nil {
		t.Fatal(err)
	}
	if err := runUnmask(ctx, []string{"--mapping", mapping}, strings.NewReader("x"), failingWriter{}); err == nil {
		t.Error("unmask: stdout failure not reported")
	}
	canceled, cancel := context.WithCancel(ctx)
	cancel()
	if err := writeFileAtomic(canceled, mapping, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("writeFileAtomic with a canceled context: %v", err)
	}
	if _, err := readFile(canceled, mapping); !errors.Is(err, context.Canceled) {
		t.Errorf("readFile with a canceled context: %v", err)
	}
}

func TestLooksLikeSSE(t *testing.T) {
	for in, want := range map[string]bool{
		"event: x\n": true, "\n\ndata: {}": true, ": comment": true, "id: 1": true, "retry: 5": true,
		`{"type":"message"}`: false, "": false, "hello": false,
	} {
		if got := looksLikeSSE([]byte(in)); got != want {
			t.Errorf("looksLikeSSE(%q) = %v, want %v", in, got, want)
		}
	}
}

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const stream = `{"Action":"run","Package":"p/a","Test":"TestDocker"}
{"Action":"output","Package":"p/a","Test":"TestDocker","Output":"=== RUN   TestDocker\n"}
{"Action":"output","Package":"p/a","Test":"TestDocker","Output":"    docker_test.go:12: Docker not found: no engine\n"}
{"Action":"output","Package":"p/a","Test":"TestDocker","Output":"--- SKIP: TestDocker (0.00s)\n"}
{"Action":"skip","Package":"p/a","Test":"TestDocker"}
{"Action":"run","Package":"p/a","Test":"TestOK"}
{"Action":"output","Package":"p/a","Test":"TestOK","Output":"    ok_test.go:3: noise\n"}
{"Action":"pass","Package":"p/a","Test":"TestOK"}
{"Action":"skip","Package":"p/b"}
{"Action":"skip","Package":"p/a","Test":"TestQuiet"}
`

func TestRunListsSkippedTestsWithReasons(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "a.json")
	if err := os.WriteFile(name, []byte(stream), 0o600); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := run([]string{name}, &out); err != nil {
		t.Fatal(err)
	}
	want := "skipped tests: 2\n" +
		"  SKIP p/a TestDocker: docker_test.go:12: Docker not found: no engine\n" +
		"  SKIP p/a TestQuiet: (no reason given)\n"
	if got := out.String(); got != want {
		t.Errorf("report mismatch\nwant:\n%s\ngot:\n%s", want, got)
	}
}

func TestRunErrors(t *testing.T) {
	if err := run(nil, &bytes.Buffer{}); err == nil {
		t.Error("no files: want a usage error")
	}
	if err := run([]string{filepath.Join(t.TempDir(), "missing.json")}, &bytes.Buffer{}); err == nil {
		t.Error("missing file: want an error")
	}
	if _, err := parse(strings.NewReader("{not json}\n")); err == nil {
		t.Error("malformed event: want an error")
	}
}

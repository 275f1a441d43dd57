// Command skipreport lists every test that was skipped in one or more `go test -json` streams
// (gotestsum's --jsonfile), with the reason the test gave, so that a skipped test is never
// mistaken for a passing one in CI output.
//
//	go run ./tests/cmd/skipreport bin/test-*.json
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "skipreport: %v\n", err)
		os.Exit(1)
	}
}

// event is the subset of test2json's TestEvent that the report needs.
type event struct {
	Action  string
	Package string
	Test    string
	Output  string
}

// skip is one skipped test and the reason it printed.
type skip struct {
	pkg, test, reason string
}

func run(files []string, out io.Writer) error {
	if len(files) == 0 {
		return errors.New("usage: skipreport FILE.json [FILE.json]")
	}
	var skips []skip
	for _, name := range files {
		s, err := readFile(name)
		if err != nil {
			return err
		}
		skips = append(skips, s...)
	}
	sort.Slice(skips, func(i, j int) bool {
		if skips[i].pkg != skips[j].pkg {
			return skips[i].pkg < skips[j].pkg
		}
		return skips[i].test < skips[j].test
	})
	var b strings.Builder
	fmt.Fprintf(&b, "skipped tests: %d\n", len(skips))
	for _, s := range skips {
		fmt.Fprintf(&b, "  SKIP %s %s: %s\n", s.pkg, s.test, s.reason)
	}
	if _, err := io.WriteString(out, b.String()); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}

func readFile(name string) ([]skip, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", name, err)
	}
	defer f.Close() //nolint:errcheck // read-only file: Close cannot lose data
	return parse(f)
}

// parse reads one test2json stream and returns its skipped tests. The reason is the output the
// test wrote before its "--- SKIP" line (t.Skip's message), trimmed to one line.
func parse(r io.Reader) ([]skip, error) {
	output := map[string][]string{}
	var skips []skip
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	for sc.Scan() {
		line := sc.Bytes()
		if len(line) == 0 || line[0] != '{' {
			continue
		}
		var ev event
		if err := json.Unmarshal(line, &ev); err != nil {
			return nil, fmt.Errorf("decode event: %w", err)
		}
		if ev.Test == "" {
			continue // package-level events ("no test files") are not tests
		}
		key := ev.Package + " " + ev.Test
		switch ev.Action {
		case "output":
			text := strings.TrimSpace(ev.Output)
			if text != "" && !strings.HasPrefix(text, "=== ") && !strings.HasPrefix(text, "--- ") {
				output[key] = append(output[key], text)
			}
		case "skip":
			skips = append(skips, skip{pkg: ev.Package, test: ev.Test, reason: reason(output[key])})
			delete(output, key)
		case "pass", "fail":
			delete(output, key)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read events: %w", err)
	}
	return skips, nil
}

func reason(lines []string) string {
	if len(lines) == 0 {
		return "(no reason given)"
	}
	return strings.Join(lines, " | ")
}

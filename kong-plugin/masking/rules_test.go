package masking

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// parseExample strips the «» marks from an example and returns the text and the marked
// spans.
func parseExample(t *testing.T, ex string) (string, [][2]int) {
	t.Helper()
	var b strings.Builder
	var spans [][2]int
	open := -1
	for _, r := range ex {
		switch r {
		case '«':
			open = b.Len()
		case '»':
			if open < 0 {
				t.Fatalf("unbalanced » in %q", ex)
			}
			spans = append(spans, [2]int{open, b.Len()})
			open = -1
		default:
			b.WriteRune(r)
		}
	}
	if open >= 0 {
		t.Fatalf("unbalanced « in %q", ex)
	}
	return b.String(), spans
}

func spansOf(text string, ms []match) [][2]int {
	out := make([][2]int, 0, len(ms))
	for _, m := range ms {
		out = append(out, [2]int{m.start, m.end})
	}
	return out
}

func describe(text string, spans [][2]int) string {
	parts := make([]string, 0, len(spans))
	for _, s := range spans {
		parts = append(parts, fmt.Sprintf("%q", text[s[0]:s[1]]))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

// TestRuleExamples runs every rule's own true- and false-positive examples through the whole
// detector: a true positive must yield exactly its marked spans, a false positive nothing.
func TestRuleExamples(t *testing.T) {
	d, err := newDetector(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range builtinRules() {
		t.Run(r.id, func(t *testing.T) {
			if len(r.tp) == 0 || len(r.fp) == 0 {
				t.Errorf("rule %s needs true- and false-positive examples", r.id)
			}
			for _, ex := range r.tp {
				text, want := parseExample(t, ex)
				ms := d.scan([]byte(text), nil)
				got := spansOf(text, ms)
				if describe(text, got) != describe(text, want) {
					t.Errorf("tp %q:\n want %s\n  got %s", ex, describe(text, want), describe(text, got))
				}
				if r.match != nil && !hasRule(ms, d, r.id) {
					t.Errorf("tp %q: rule %s itself reported nothing", ex, r.id)
				}
			}
			for _, ex := range r.fp {
				if ms := d.scan([]byte(ex), nil); len(ms) > 0 {
					t.Errorf("fp %q: reported %s", ex, describe(ex, spansOf(ex, ms)))
				}
			}
		})
	}
}

func hasRule(ms []match, d *detector, id string) bool {
	for _, m := range ms {
		if m.rule >= 0 && m.rule < len(d.infos) && d.infos[m.rule].ID == id {
			return true
		}
	}
	return false
}

// TestRuleScanInvariants: output is sorted, non-overlapping, within bounds, appended to dst.
func TestRuleScanInvariants(t *testing.T) {
	d, err := newDetector(Config{})
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	for _, r := range builtinRules() {
		for _, ex := range r.tp {
			text, _ := parseExample(t, ex)
			all.WriteString(text + "\n")
		}
	}
	text := []byte(all.String())
	prefix := []match{{start: 0, end: 1, typ: "x", rule: -1}}
	ms := d.scan(text, prefix)
	if len(ms) < 2 || ms[0].typ != "x" {
		t.Fatalf("scan must append to dst, got %d matches", len(ms))
	}
	last := 0
	for _, m := range ms[1:] {
		if m.start < last || m.end <= m.start || m.end > len(text) {
			t.Fatalf("bad match %+v after end %d", m, last)
		}
		last = m.end
	}
}

func TestRuleConfig(t *testing.T) {
	if _, err := newDetector(Config{DisabledRules: []string{"no-such-rule"}}); err == nil {
		t.Error("unknown disabled rule must be an error")
	}
	_, err := newDetector(Config{CustomRules: []CustomRule{
		{ID: "Bad ID", Type: "x", Pattern: "a"},
		{ID: "ok", Type: "x", Pattern: "("},
		{ID: "empty", Type: "x", Pattern: "a*"},
		{ID: "aws-arn", Type: "x", Pattern: "b"},
	}})
	if err == nil {
		t.Fatal("invalid custom rules must be an error")
	}
	for _, want := range []string{"Bad ID", "pattern", "empty string", "already used"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}

	d, err := newDetector(Config{
		DisabledRules: []string{"ipv4"},
		NeverMask:     []string{"public-data-bucket"},
		CustomRules:   []CustomRule{{ID: "ticket", Type: "ticket-id", Pattern: `TICKET-(\d+)`}},
	})
	if err != nil {
		t.Fatal(err)
	}
	text := []byte("ip 10.1.2.3 bucket s3://public-data-bucket/x and s3://acme-prod-logs/y TICKET-4242")
	ms := d.scan(text, nil)
	got := describe(string(text), spansOf(string(text), ms))
	want := `["acme-prod-logs" "4242"]`
	if got != want {
		t.Errorf("scan with config: want %s got %s", want, got)
	}
	base, _ := newDetector(Config{})
	if d.version() == base.version() || !strings.HasPrefix(d.version(), rulesVersion+"+") {
		t.Errorf("version must reflect the config: %q vs %q", d.version(), base.version())
	}
	infos := d.rules()
	if len(infos) != len(builtinRules())+1 || infos[len(infos)-1].ID != "ticket" || infos[len(infos)-1].Builtin {
		t.Errorf("rules(): %+v", infos)
	}
}

// parseLabelled strips «secret» and ‹keep› marks from a test document.
func parseLabelled(t *testing.T, doc string) (text string, secrets, keeps []string) {
	t.Helper()
	var b strings.Builder
	open, kind := -1, rune(0)
	for _, r := range doc {
		switch r {
		case '«', '‹':
			if open >= 0 {
				t.Fatalf("nested marks in %q", doc)
			}
			open, kind = b.Len(), r
		case '»', '›':
			if open < 0 || r == '»' && kind != '«' || r == '›' && kind != '‹' {
				t.Fatalf("unbalanced marks in %q", doc)
			}
			v := b.String()[open:]
			if kind == '«' {
				secrets = append(secrets, v)
			} else {
				keeps = append(keeps, v)
			}
			open = -1
		default:
			b.WriteRune(r)
		}
	}
	if open >= 0 {
		t.Fatalf("unclosed mark in %q", doc)
	}
	return b.String(), secrets, keeps
}

// TestRuleFamilies masks the hand-written documents in testdata/rules (families beyond the
// development corpus: Korean prose, escaped and URL-encoded JSON, CloudFormation, Terraform,
// flow logs, more services, tables, negatives): no «secret» may survive, every ‹keep› must.
func TestRuleFamilies(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "rules", "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata/rules documents: %v", err)
	}
	e, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			text, secrets, keeps := parseLabelled(t, string(raw))
			out, err := e.NewSession().MaskText([]byte(text))
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range secrets {
				if strings.Contains(string(out), s) {
					t.Errorf("leaked %q", s)
				}
			}
			for _, k := range keeps {
				if !strings.Contains(string(out), k) {
					t.Errorf("lost %q", k)
				}
			}
			if t.Failed() {
				t.Logf("masked:\n%s", out)
			}
		})
	}
}

// FuzzScan: for any input the detector does not panic and reports sorted, non-overlapping
// spans inside the text, none of them empty; scanning is deterministic.
func FuzzScan(f *testing.F) {
	for _, r := range builtinRules() {
		for _, ex := range append(append([]string{}, r.tp...), r.fp...) {
			f.Add(strings.NewReplacer("«", "", "»", "").Replace(ex))
		}
	}
	f.Add("arn:aws:iam::123456789012:role/x%3A\\/")
	f.Add("| Name |\n|---|\n| x |")
	f.Add(" 0000")             // a word at offset 1 with nothing before it (found by fuzzing)
	f.Add("VAlue: KeY:\"NAme") // a Key inside the Value it would pair with (found by fuzzing)
	d, err := newDetector(Config{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, in string) {
		text := []byte(in)
		ms := d.scan(text, nil)
		last := 0
		for _, m := range ms {
			if m.start < last || m.end <= m.start || m.end > len(text) || m.typ == "" {
				t.Fatalf("bad match %+v (previous end %d) in %q", m, last, in)
			}
			last = m.end
		}
		again := d.scan(text, nil)
		if len(again) != len(ms) {
			t.Fatalf("scan is not deterministic on %q", in)
		}
	})
}

package masking

import (
	"os"
	"testing"
)

// TestScanExplain prints, rule by rule, what the detector reports for $SCAN_DEBUG (a
// development aid for tuning rules); without it, it explains a built-in sample and checks that
// every span is reported with its rule and type.
func TestScanExplain(t *testing.T) {
	in := os.Getenv("SCAN_DEBUG")
	if in == "" {
		in = `{"InstanceId": "i-0a1b2c3d4e5f67890", "Arn": "arn:aws:iam::123456789012:role/acme-app"}`
	}
	d, err := newDetector(Config{})
	if err != nil {
		t.Fatal(err)
	}
	ms := d.scan([]byte(in), nil)
	if len(ms) == 0 {
		t.Fatalf("nothing detected in %q", in)
	}
	for _, m := range ms {
		if m.rule < 0 || m.rule >= len(d.infos) || m.typ == "" {
			t.Fatalf("match without rule or type: %+v", m)
		}
		t.Logf("%-22s %-24s %q", d.infos[m.rule].ID, m.typ, in[m.start:m.end])
	}
}

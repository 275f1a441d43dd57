package masking

import (
	"os"
	"testing"
)

// TestScanDebug prints what the detector reports for $SCAN_DEBUG (a development aid; it
// skips when the variable is unset).
func TestScanDebug(t *testing.T) {
	in := os.Getenv("SCAN_DEBUG")
	if in == "" {
		t.Skip("set SCAN_DEBUG to a text to see what the detector reports")
	}
	d, err := newDetector(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range d.scan([]byte(in), nil) {
		t.Logf("%-22s %-24s %q", d.infos[m.rule].ID, m.typ, in[m.start:m.end])
	}
}

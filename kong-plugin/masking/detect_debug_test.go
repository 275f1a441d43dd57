package masking

import (
	"os"
	"runtime"
	"strconv"
	"syscall"
	"testing"
	"time"
	"unsafe"
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

// TestScanCPU reports the CPU time (not wall time) of scanning the corpus, which stays
// meaningful on a shared, loaded machine. Development aid: runs only with SCAN_CPU=N.
func TestScanCPU(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("SCAN_CPU"))
	if n <= 0 {
		t.Skip("set SCAN_CPU to a number of iterations to measure scan CPU time")
	}
	var buf []byte
	for _, d := range loadCorpus(t) {
		buf = append(buf, d.Text...)
		buf = append(buf, '\n')
	}
	d, err := newDetector(Config{})
	if err != nil {
		t.Fatal(err)
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	cpu := func() time.Duration {
		var ts syscall.Timespec
		_, _, _ = syscall.Syscall(syscall.SYS_CLOCK_GETTIME, 3 /* CLOCK_THREAD_CPUTIME_ID */, uintptr(unsafe.Pointer(&ts)), 0)
		return time.Duration(ts.Nano())
	}
	dst := make([]match, 0, 1<<14)
	start := cpu()
	for range n {
		dst = d.scan(buf, dst[:0])
	}
	el := cpu() - start
	t.Logf("%d scans of %d bytes: %v CPU per scan, %.1f MB/s of CPU", n, len(buf), el/time.Duration(n),
		float64(len(buf))*float64(n)/el.Seconds()/1e6)
}

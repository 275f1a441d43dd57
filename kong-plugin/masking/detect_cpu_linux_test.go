package masking

import (
	"runtime"
	"syscall"
	"testing"
	"time"
	"unsafe"
)

// threadCPU is the CPU time of the calling OS thread.
func threadCPU() time.Duration {
	var ts syscall.Timespec
	_, _, _ = syscall.Syscall(syscall.SYS_CLOCK_GETTIME, 3 /* CLOCK_THREAD_CPUTIME_ID */, uintptr(unsafe.Pointer(&ts)), 0)
	return time.Duration(ts.Nano())
}

// BenchmarkScanCPU reports the thread CPU time of a corpus scan next to the wall time: on a
// shared, loaded machine wall time misleads, CPU time much less so.
func BenchmarkScanCPU(b *testing.B) {
	text := detectCorpusText(b)
	d, err := newDetector(Config{})
	if err != nil {
		b.Fatal(err)
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	dst := make([]match, 0, 1<<14)
	b.SetBytes(int64(len(text)))
	start := threadCPU()
	for b.Loop() {
		dst = d.scan(text, dst[:0])
	}
	cpu := threadCPU() - start
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
	b.ReportMetric(float64(len(text))*float64(b.N)/cpu.Seconds()/1e6, "cpu-MB/s")
}

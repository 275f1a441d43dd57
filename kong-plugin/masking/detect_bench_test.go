package masking

// Detection benchmarks. Run them one at a time on one core of a quiet machine, from
// kong-plugin/:
//
//	go test ./masking -run '^$' -bench 'Scan' -benchmem -cpu 1 -count 3
//
// BenchmarkScan reports MB/s over the development corpus (all documents concatenated; it is
// skipped when the corpus is absent); BenchmarkScanSize shows that cost is linear in the input
// size (compare ns/op across the 10 KB, 100 KB and 1 MB cases); BenchmarkScanAdversarial feeds
// inputs built to defeat look-ahead, which must stay linear too. On a shared, loaded machine
// wall time misleads: BenchmarkScanCPU also reports the thread CPU time (cpu-MB/s).

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

func detectCorpusText(b *testing.B) []byte {
	b.Helper()
	var buf bytes.Buffer
	for _, d := range loadCorpus(b) {
		buf.WriteString(d.Text)
		buf.WriteByte('\n')
	}
	return buf.Bytes()
}

func BenchmarkScan(b *testing.B) {
	text := detectCorpusText(b)
	d, err := newDetector(Config{})
	if err != nil {
		b.Fatal(err)
	}
	dst := make([]match, 0, 1<<14)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		dst = d.scan(text, dst[:0])
	}
	b.ReportMetric(float64(len(dst)), "matches")
}

// sizedInput repeats a mixed sample of AWS output to n bytes.
func sizedInput(n int) []byte {
	var sample strings.Builder
	for _, r := range builtinRules() {
		for _, ex := range r.tp {
			sample.WriteString(strings.NewReplacer("«", "", "»", "").Replace(ex))
			sample.WriteByte('\n')
		}
		for _, ex := range r.fp {
			sample.WriteString(ex)
			sample.WriteByte('\n')
		}
	}
	s := sample.String()
	var out bytes.Buffer
	for out.Len() < n {
		out.WriteString(s)
	}
	return out.Bytes()[:n]
}

func BenchmarkScanSize(b *testing.B) {
	d, err := newDetector(Config{})
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{10 << 10, 100 << 10, 1 << 20} {
		text := sizedInput(n)
		b.Run(fmt.Sprintf("%dKB", n>>10), func(b *testing.B) {
			dst := make([]match, 0, 1<<14)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				dst = d.scan(text, dst[:0])
			}
		})
	}
}

// BenchmarkScanAdversarial feeds inputs built to defeat look-ahead (long hyphenated, dotted,
// slashed and base64 runs); ns/op must grow linearly with the size.
func BenchmarkScanAdversarial(b *testing.B) {
	d, err := newDetector(Config{})
	if err != nil {
		b.Fatal(err)
	}
	for _, unit := range []string{"a-", "a.", "/aws", "Ab+/", "1.", "a:", "| a ", "i-0", "arn:aws:s3:::", "x@y.", "a_b-", "eyJ-", "%22a", "postgres://a:b@", "C=", "DC=a", "a@b:", "A\\a_"} {
		for _, n := range []int{100 << 10, 1 << 20} {
			text := []byte(strings.Repeat(unit, n/len(unit)))
			b.Run(fmt.Sprintf("%q/%dKB", unit, n>>10), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					d.scan(text, nil)
				}
			})
		}
	}
}

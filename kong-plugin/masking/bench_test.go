package masking

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Benchmarks of the engine. Run them on one core, as the targets are stated:
//
//	cd kong-plugin && go test -run '^$' -bench . -benchmem -cpu 1 ./masking
//
// BenchmarkMaskCorpus and BenchmarkUnmaskCorpus report MB/s over the development corpus
// (../shared/eval/dev-corpus.jsonl beside the clone, or $AWS_MASKER_CORPUS) when present, and
// over generated AWS-like text otherwise. BenchmarkMaskRequest reports latency, B/op and
// allocs/op for 10 KB, 100 KB and 1 MB Messages API bodies; comparing them shows the cost is
// linear in input size. Sessions are released after use, as the gateway does, so B/op is the
// steady state: the output and the mapping, not the reused working memory.

// benchCorpus returns the texts to benchmark and where they came from.
func benchCorpus(b *testing.B) ([][]byte, string) {
	b.Helper()
	p := os.Getenv("AWS_MASKER_CORPUS")
	if p == "" {
		p = filepath.Join("..", "..", "..", "shared", "eval", "dev-corpus.jsonl")
	}
	if data, err := os.ReadFile(p); err == nil {
		var texts [][]byte
		for line := range bytes.SplitSeq(data, []byte("\n")) {
			var d struct {
				Text string `json:"text"`
			}
			if len(bytes.TrimSpace(line)) == 0 || json.Unmarshal(line, &d) != nil {
				continue
			}
			texts = append(texts, []byte(d.Text))
		}
		if len(texts) > 0 {
			return texts, "corpus"
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	texts := make([][]byte, 250)
	for i := range texts {
		texts[i] = []byte(genAWSText(rng, 2600))
	}
	return texts, "generated"
}

// genAWSText writes about n bytes of AWS-like text: CLI JSON, CloudTrail records, flow logs,
// policies and prose. Like a real estate, it has a bounded set of identifiers (a few hundred
// instances, addresses and buckets per megabyte) that repeat across records.
func genAWSText(rng *rand.Rand, n int) string {
	hex := func(k int) string {
		const h = "0123456789abcdef"
		b := make([]byte, k)
		for i := range b {
			b[i] = h[rng.IntN(16)]
		}
		return string(b)
	}
	pool := func(size int, gen func() string) []string {
		p := make([]string, size)
		for i := range p {
			p[i] = gen()
		}
		return p
	}
	scale := max(1, n>>14) // pools grow with the text: ~1 new identifier per 40 bytes at most
	accounts := pool(2+scale/8, func() string { return fmt.Sprintf("%012d", rng.Int64N(1e12)) })
	instances := pool(4*scale, func() string {
		if rng.IntN(4) == 0 {
			return "i-" + hex(8)
		}
		return "i-" + hex(17)
	})
	buckets := pool(1+scale/2, func() string { return "acme-" + hex(4) + "-logs" })
	privs := pool(6*scale, func() string { return fmt.Sprintf("10.%d.%d.%d", rng.IntN(256), rng.IntN(256), rng.IntN(256)) })
	pubs := pool(3*scale, func() string {
		return fmt.Sprintf("%d.%d.%d.%d", 3+rng.IntN(50), rng.IntN(256), rng.IntN(256), 1+rng.IntN(250))
	})
	subnets := pool(scale, func() string { return "subnet-" + hex(17) })
	enis := pool(4*scale, func() string { return "eni-" + hex(17) })
	sessions := pool(2*scale, func() string { return hex(6) })
	pick := func(s []string) string { return s[rng.IntN(len(s))] }
	var sb strings.Builder
	for sb.Len() < n {
		switch rng.IntN(6) {
		case 0:
			fmt.Fprintf(&sb, "{\n    \"InstanceId\": %q,\n    \"InstanceType\": \"m6i.large\",\n    \"ImageId\": \"ami-0b6abcd13ab1f92f1\",\n    \"PrivateIpAddress\": %q,\n    \"PublicIpAddress\": %q,\n    \"SubnetId\": %q,\n    \"VpcId\": \"vpc-0842dd5b6c1e2f3a4\",\n    \"OwnerId\": %q,\n    \"State\": {\"Name\": \"running\"},\n    \"Placement\": {\"AvailabilityZone\": \"us-east-1a\"}\n}\n",
				pick(instances), pick(privs), pick(pubs), pick(subnets), pick(accounts))
		case 1:
			fmt.Fprintf(&sb, "{\"eventVersion\":\"1.08\",\"userIdentity\":{\"type\":\"AssumedRole\",\"arn\":\"arn:aws:sts::%s:assumed-role/deploy-role/session-%s\",\"accountId\":%q},\"eventTime\":\"2025-03-30T09:42:41Z\",\"eventSource\":\"s3.amazonaws.com\",\"eventName\":\"GetObject\",\"awsRegion\":\"ap-northeast-2\",\"sourceIPAddress\":%q,\"requestParameters\":{\"bucketName\":%q,\"key\":\"reports/2025/03/q1.csv\"}}\n",
				pick(accounts), pick(sessions), pick(accounts), pick(pubs), pick(buckets))
		case 2:
			fmt.Fprintf(&sb, "2 %s %s %s %s 443 49152 6 10 8400 1711791761 1711791821 ACCEPT OK\n", pick(accounts), pick(enis), pick(privs), pick(privs))
		case 3:
			fmt.Fprintf(&sb, "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::%s:root\"},\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::%s/*\"}]}\n", pick(accounts), pick(buckets))
		case 4:
			fmt.Fprintf(&sb, "The instance %s in account %s writes to s3://%s/app/ and talks to %s on port 5432; its security group sg-0123456789abcdef0 allows 0.0.0.0/0 on 22. ", pick(instances), pick(accounts), pick(buckets), pick(privs))
		default:
			sb.WriteString("Reviewing the estate: most workloads run in us-east-1 and eu-west-1 on m6i and t4g instance types, with gp3 volumes and PostgreSQL 15.4 engines. ")
		}
	}
	return sb.String()
}

func corpusBytes(texts [][]byte) int64 {
	var n int64
	for _, t := range texts {
		n += int64(len(t))
	}
	return n
}

func BenchmarkMaskCorpus(b *testing.B) {
	e := newTestEngine(b)
	texts, src := benchCorpus(b)
	b.Logf("%d %s documents, %d bytes", len(texts), src, corpusBytes(texts))
	b.SetBytes(corpusBytes(texts))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			s := e.NewSession()
			if _, err := s.MaskText(t); err != nil {
				b.Fatal(err)
			}
			s.Release()
		}
	}
}

// BenchmarkMaskCorpusParallel masks the corpus on every core at once, a Session per document
// as a gateway serving many requests does: MB/s is the whole machine's throughput, not one
// core's (BenchmarkMaskCorpus).
func BenchmarkMaskCorpusParallel(b *testing.B) {
	e := newTestEngine(b)
	texts, _ := benchCorpus(b)
	b.SetBytes(corpusBytes(texts))
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			for _, t := range texts {
				s := e.NewSession()
				if _, err := s.MaskText(t); err != nil {
					b.Error(err)
					return
				}
				s.Release()
			}
		}
	})
}

func BenchmarkUnmaskCorpus(b *testing.B) {
	e := newTestEngine(b)
	texts, _ := benchCorpus(b)
	masked := make([][]byte, len(texts))
	maps := make([]*Mapping, len(texts))
	var n int64
	for i, t := range texts {
		s := e.NewSession()
		out, err := s.MaskText(t)
		if err != nil {
			b.Fatal(err)
		}
		masked[i], maps[i] = out, s.Mapping()
		n += int64(len(out))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for i, t := range masked {
			maps[i].UnmaskText(t)
		}
	}
}

// benchRequest builds a Messages API body of about size bytes: a system prompt, tools, and
// a conversation whose tool results carry AWS-like inventory text.
func benchRequest(size int) []byte {
	rng := rand.New(rand.NewPCG(uint64(size), 7))
	type block = map[string]any
	msgs := []any{map[string]any{"role": "user", "content": "Review this AWS estate for security and cost issues."}}
	text := genAWSText(rng, size)
	for i := 0; len(text) > 0; i++ {
		cut := min(len(text), 8192)
		chunk := text[:cut]
		text = text[cut:]
		msgs = append(msgs,
			map[string]any{"role": "assistant", "content": []block{{"type": "tool_use", "id": fmt.Sprintf("toolu_%03d", i), "name": "describe", "input": block{"region": "us-east-1", "page": i}}}},
			map[string]any{"role": "user", "content": []block{{"type": "tool_result", "tool_use_id": fmt.Sprintf("toolu_%03d", i), "content": chunk}}})
	}
	body, _ := json.Marshal(map[string]any{
		"model": "claude-sonnet-4-5", "max_tokens": 4096,
		"system":   "You are a cloud security reviewer.",
		"tools":    []any{block{"name": "describe", "description": "Describe resources", "input_schema": block{"type": "object"}}},
		"messages": msgs,
	})
	return body
}

// BenchmarkMaskRequest masks Messages API bodies of three sizes. The "/1worker" runs scan on
// the caller's goroutine only (Config.ScanWorkers 1): their ns/op is the CPU time a request
// costs, where the default runs show the latency of a request on an idle machine.
func BenchmarkMaskRequest(b *testing.B) {
	e := newTestEngine(b)
	seq, err := New(Config{ScanWorkers: 1})
	if err != nil {
		b.Fatal(err)
	}
	for _, size := range []struct {
		name string
		n    int
		e    *Engine
	}{{"10KB", 10 << 10, e}, {"100KB", 100 << 10, e}, {"1MB", 1 << 20, e}, {"100KB/1worker", 100 << 10, seq}, {"1MB/1worker", 1 << 20, seq}} {
		body := benchRequest(size.n)
		e := size.e
		b.Run(size.name, func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			b.ReportAllocs()
			for b.Loop() {
				s := e.NewSession()
				if _, err := s.MaskRequest(body); err != nil {
					b.Fatal(err)
				}
				s.Release() // as the gateway does: B/op is the steady state of a busy proxy
			}
		})
	}
}

func BenchmarkUnmaskSSE(b *testing.B) {
	e := newTestEngine(b)
	s := e.NewSession()
	text, err := s.MaskText([]byte(genAWSText(rand.New(rand.NewPCG(3, 4)), 64<<10)))
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	for i := 0; i < len(text); i += 40 {
		sb.WriteString(textDelta(0, "text", "text_delta", string(text[i:min(i+40, len(text))])))
	}
	stream := []byte(sb.String())
	b.SetBytes(int64(len(stream)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Mapping().UnmaskSSE(stream); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMaskAdversarial masks inputs built to defeat linear scanning: one long word of
// underscore-joined parts, glued tokens, and "AWS_" repeated. ns/op must grow linearly
// between the sizes (8x the input, about 8x the time); a request body is attacker-shaped
// text as far as the proxy is concerned.
func BenchmarkMaskAdversarial(b *testing.B) {
	e := newTestEngine(b)
	for _, unit := range []struct{ name, s string }{{"underscores", "a_"}, {"glued-tokens", "AWS_X_001"}, {"prefixes", "AWS_"}} {
		for _, size := range []int{8 << 10, 64 << 10} {
			in := []byte(strings.Repeat(unit.s, size/len(unit.s)))
			b.Run(fmt.Sprintf("%s/%dKB", unit.name, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(in)))
				for b.Loop() {
					if _, err := e.NewSession().MaskText(in); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

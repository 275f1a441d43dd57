package proxy

// Benchmarks of the standalone proxy against a plain httputil.ReverseProxy to the same
// upstream in the same run; the masking proxy's sub-benchmark reports x_plain, its time per
// request divided by the plain proxy's. Run:
//
//	cd kong-plugin && go test -run '^$' -bench ProxyVsPlain -benchmem ./internal/proxy

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/aws-masker/aws-masker/kong-plugin/internal/gateway"
)

func inventoryText(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "Instance i-0%015x in account 1234567%05d, subnet-0%016x, private IP 10.%d.%d.%d, "+
			"role arn:aws:iam::1234567%05d:role/app-%d; CPU 12%%, encrypted volume.\n",
			i, i%97, i*7, i%200, (i/200)%250, i%250+1, i%97, i%50)
	}
	return b.String()
}

// echoUpstream answers with the request body wrapped as a Messages response: the answer is
// as large as the request and quotes every token.
func echoUpstream() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"type":"message","content":[{"type":"text","text":"`)
		_, _ = w.Write(bytes.ReplaceAll(body, []byte(`"`), []byte(`'`)))
		_, _ = io.WriteString(w, `"}]}`)
	})
}

func BenchmarkProxyVsPlain(b *testing.B) {
	upstream := httptest.NewServer(echoUpstream())
	defer upstream.Close()
	u, _ := url.Parse(upstream.URL)

	plain := httptest.NewServer(httputil.NewSingleHostReverseProxy(u))
	defer plain.Close()
	h, err := (&gateway.Config{}).Handler()
	if err != nil {
		b.Fatal(err)
	}
	p, err := New(Options{Upstream: u, Handler: h})
	if err != nil {
		b.Fatal(err)
	}
	masking := httptest.NewServer(p)
	defer masking.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 4}}

	for _, size := range []struct {
		name string
		n    int
	}{{"10KB", 10 << 10}, {"100KB", 100 << 10}, {"1MB", 1 << 20}} {
		body := messages(inventoryText(size.n), false)
		var plainNs float64
		run := func(target string, record func(ns float64)) func(b *testing.B) {
			return func(b *testing.B) {
				b.SetBytes(int64(len(body)))
				b.ReportAllocs()
				for b.Loop() {
					req, _ := http.NewRequestWithContext(context.Background(), "POST", target+"/v1/messages", bytes.NewReader(body))
					req.Header.Set("Content-Type", "application/json")
					resp, err := client.Do(req)
					if err != nil {
						b.Fatal(err)
					}
					_, _ = io.Copy(io.Discard, resp.Body)
					_ = resp.Body.Close()
					if resp.StatusCode != 200 {
						b.Fatalf("status %d", resp.StatusCode)
					}
				}
				record(float64(b.Elapsed().Nanoseconds()) / float64(b.N))
			}
		}
		b.Run("plain/"+size.name, run(plain.URL, func(ns float64) { plainNs = ns }))
		b.Run("aws-masker/"+size.name, func(b *testing.B) {
			run(masking.URL, func(ns float64) {
				if plainNs > 0 {
					b.ReportMetric(ns/plainNs, "x_plain")
				}
			})(b)
		})
	}
}

// BenchmarkSSETimeToFirstEvent measures what buffering costs a streaming client: the upstream
// generates 20 events 5 ms apart (100 ms); the standalone proxy delivers the first restored
// event after about one interval (ttfb_ms), while Kong, which buffers the whole response for
// the plugin's response phase, delivers nothing before the last event (total_ms).
func BenchmarkSSETimeToFirstEvent(b *testing.B) {
	const events, gap = 20, 5 * time.Millisecond
	upstream := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		tok := tokRE.FindString(string(body))
		w.Header().Set("Content-Type", "text/event-stream")
		rc := http.NewResponseController(w)
		for i := range events {
			time.Sleep(gap)
			_, _ = fmt.Fprintf(w, "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"%d %s \"}}\n\n", i, tok)
			_ = rc.Flush()
		}
	}))
	defer upstream.Close()
	u, _ := url.Parse(upstream.URL)
	h, err := (&gateway.Config{}).Handler()
	if err != nil {
		b.Fatal(err)
	}
	p, err := New(Options{Upstream: u, Handler: h})
	if err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(p)
	defer srv.Close()
	body := messages(secretText, true)
	var ttfb, total time.Duration
	for b.Loop() {
		start := time.Now()
		req, _ := http.NewRequestWithContext(context.Background(), "POST", srv.URL+"/v1/messages", bytes.NewReader(body))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			b.Fatal(err)
		}
		buf := make([]byte, 1)
		if _, err := io.ReadFull(resp.Body, buf); err != nil {
			b.Fatal(err)
		}
		ttfb += time.Since(start)
		_, _ = io.Copy(io.Discard, resp.Body)
		_ = resp.Body.Close()
		total += time.Since(start)
	}
	b.ReportMetric(float64(ttfb.Microseconds())/1000/float64(b.N), "ttfb_ms")
	b.ReportMetric(float64(total.Microseconds())/1000/float64(b.N), "total_ms")
}

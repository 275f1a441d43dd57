// Package proxy is the net/http adapter of aws-masker: a reverse proxy that runs the same
// gateway.Handler as the Kong plugin, for local development and the in-process end-to-end
// test (`aws-masker proxy`). It is not a replacement for Kong: it has no authentication, no
// rate limiting and a single upstream.
//
// Unlike Kong, it restores text/event-stream responses while they stream: each event is
// restored and flushed to the client as soon as the engine's streaming restorer can.
package proxy

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/aws-masker/aws-masker/kong-plugin/internal/gateway"
)

// Logger receives one event per phase (counts, sizes, durations; never content).
type Logger interface {
	Log(gateway.Event)
}

// WriterLogger returns a Logger that writes each event as one line to w; safe for
// concurrent use.
func WriterLogger(w io.Writer) Logger { return &writerLogger{w: w} }

type writerLogger struct {
	mu sync.Mutex
	w  io.Writer
}

// Log writes one line.
func (l *writerLogger) Log(ev gateway.Event) {
	l.mu.Lock()
	defer l.mu.Unlock()
	_, _ = io.WriteString(l.w, ev.String()+"\n")
}

// Options configure a Proxy.
type Options struct {
	// Upstream is the base URL requests are forwarded to (scheme, host, optional path prefix).
	Upstream *url.URL
	// Handler is the compiled gateway handler (gateway.Config.Handler).
	Handler *gateway.Handler
	// Logger receives the events. Default: discard.
	Logger Logger
	// Transport sends upstream requests. Default: NewTransport().
	Transport http.RoundTripper
}

// Proxy is an http.Handler that masks requests to, and restores responses from, Upstream.
type Proxy struct {
	upstream  *url.URL
	h         *gateway.Handler
	log       Logger
	transport http.RoundTripper
}

// New validates opts and returns a Proxy.
func New(opts Options) (*Proxy, error) {
	if opts.Handler == nil {
		return nil, errors.New("proxy: no handler")
	}
	if opts.Upstream == nil || (opts.Upstream.Scheme != "http" && opts.Upstream.Scheme != "https") || opts.Upstream.Host == "" {
		return nil, errors.New("proxy: upstream must be an absolute http or https URL")
	}
	p := &Proxy{upstream: opts.Upstream, h: opts.Handler, log: opts.Logger, transport: opts.Transport}
	if p.log == nil {
		p.log = discard{}
	}
	if p.transport == nil {
		p.transport = NewTransport()
	}
	return p, nil
}

type discard struct{}

// Log drops the event.
func (discard) Log(gateway.Event) {}

// NewTransport returns the upstream transport: bounded dial and TLS handshake, a generous
// wait for response headers (Claude may think for minutes), no transparent decompression
// (the handler decodes what it must), HTTP/2 when the upstream offers it.
func NewTransport() *http.Transport {
	return &http.Transport{
		DialContext:           (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: 10 * time.Minute,
		ExpectContinueTimeout: time.Second,
		IdleConnTimeout:       90 * time.Second,
		MaxIdleConnsPerHost:   32,
		ForceAttemptHTTP2:     true,
		DisableCompression:    true,
	}
}

// hopHeaders are connection-specific and never forwarded (RFC 9110 section 7.6.1).
var hopHeaders = []string{ //nolint:gochecknoglobals // read-only table
	"Connection", "Keep-Alive", "Proxy-Authenticate", "Proxy-Authorization",
	"Proxy-Connection", "Te", "Trailer", "Transfer-Encoding", "Upgrade",
}

func removeHop(h http.Header) {
	for _, f := range h.Values("Connection") {
		for _, name := range strings.Split(f, ",") {
			h.Del(strings.TrimSpace(name))
		}
	}
	for _, name := range hopHeaders {
		h.Del(name)
	}
}

// ServeHTTP runs Access, forwards, runs Response.
func (p *Proxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	ax := &access{r: r, w: w, log: p.log, set: http.Header{}}
	p.h.Access(ax)
	if ax.responded {
		return
	}
	out, err := p.outgoing(r.Context(), r, ax)
	if err == nil {
		var resp *http.Response
		resp, err = p.transport.RoundTrip(out)
		if err == nil {
			defer resp.Body.Close() //nolint:errcheck // response body, read-only
			p.respond(w, resp, ax)
			return
		}
	}
	ev := gateway.Event{Phase: "response", Outcome: gateway.OutcomeRefused, Code: gateway.CodeBadGateway, Status: http.StatusBadGateway}
	p.log.Log(ev)
	status, hdr, body := gateway.ErrorResponse(&gateway.Error{
		Status: http.StatusBadGateway, Code: gateway.CodeBadGateway, Message: "the upstream could not be reached", Err: err,
	})
	writeReply(w, status, hdr, body)
}

func (p *Proxy) outgoing(ctx context.Context, r *http.Request, ax *access) (*http.Request, error) {
	target := *p.upstream
	target.Path = strings.TrimSuffix(p.upstream.Path, "/") + r.URL.Path
	target.RawPath = ""
	target.RawQuery = r.URL.RawQuery
	var body io.Reader = http.NoBody
	length := int64(0)
	switch {
	case ax.upstreamBody != nil:
		body, length = bytes.NewReader(ax.upstreamBody), int64(len(ax.upstreamBody))
	case ax.raw != nil:
		body, length = bytes.NewReader(ax.raw), int64(len(ax.raw))
	}
	out, err := http.NewRequestWithContext(ctx, r.Method, target.String(), body)
	if err != nil {
		return nil, err
	}
	out.ContentLength = length
	if length == 0 {
		out.Body = http.NoBody
	}
	out.Header = r.Header.Clone()
	removeHop(out.Header)
	out.Header.Del("Content-Length")
	for _, name := range ax.clear {
		out.Header.Del(name)
	}
	for name, v := range ax.set {
		out.Header[name] = v
	}
	if ip, _, err := net.SplitHostPort(r.RemoteAddr); err == nil {
		out.Header.Set("X-Forwarded-For", ip)
	}
	return out, nil
}

func (p *Proxy) respond(w http.ResponseWriter, resp *http.Response, ax *access) {
	rx := &response{resp: resp, w: w, log: p.log, state: ax.state, saved: ax.saved}
	p.h.Response(rx)
	if rx.responded {
		return
	}
	// Nothing to restore: pass the response through unchanged, streaming.
	copyHeader(w.Header(), resp.Header)
	w.WriteHeader(resp.StatusCode)
	_, _ = io.Copy(flushWriter{w}, resp.Body)
}

func copyHeader(dst, src http.Header) {
	for k, v := range src {
		dst[k] = append([]string(nil), v...)
	}
	removeHop(dst)
}

func writeReply(w http.ResponseWriter, status int, hdr http.Header, body []byte) {
	for k, v := range hdr {
		w.Header()[k] = v
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

// flushWriter flushes after every write, so streamed events reach the client at once.
type flushWriter struct{ w http.ResponseWriter }

func (f flushWriter) Write(p []byte) (int, error) {
	n, err := f.w.Write(p)
	if err == nil {
		err = http.NewResponseController(f.w).Flush()
	}
	return n, err
}

// access adapts the incoming request to gateway.Request.
type access struct {
	r            *http.Request
	w            http.ResponseWriter
	log          Logger
	raw          []byte // the body as read, when read
	upstreamBody []byte
	set          http.Header
	clear        []string
	state        string
	saved        bool
	responded    bool
}

// Method returns the request method.
func (a *access) Method() (string, error) { return a.r.Method, nil }

// Path returns the request path.
func (a *access) Path() (string, error) { return a.r.URL.Path, nil }

// CanRestore is always true: the proxy runs the response phase for every request.
func (a *access) CanRestore() (bool, error) { return true, nil }

// Log hands the event to the proxy's Logger.
func (a *access) Log(ev gateway.Event) { a.log.Log(ev) }

// Header returns a request header; Content-Length comes from the parsed request.
func (a *access) Header(name string) (string, error) {
	if http.CanonicalHeaderKey(name) == "Content-Length" {
		if a.r.ContentLength < 0 {
			return "", nil
		}
		return strconv.FormatInt(a.r.ContentLength, 10), nil
	}
	return a.r.Header.Get(name), nil
}

// Body reads the request body, at most limit+1 bytes, and keeps it for forwarding.
func (a *access) Body(limit int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(a.r.Body, limit+1))
	if err != nil {
		return nil, err
	}
	if b == nil {
		b = []byte{}
	}
	a.raw = b
	return b, nil
}

// SetUpstreamBody replaces the forwarded body.
func (a *access) SetUpstreamBody(body []byte) error { a.upstreamBody = body; return nil }

// SetUpstreamHeader sets a header of the forwarded request.
func (a *access) SetUpstreamHeader(name, value string) error { a.set.Set(name, value); return nil }

// ClearUpstreamHeader removes a header of the forwarded request.
func (a *access) ClearUpstreamHeader(name string) error {
	a.clear = append(a.clear, name)
	a.set.Del(name)
	return nil
}

// SaveState keeps the state on this exchange for the response phase.
func (a *access) SaveState(state string) error { a.state, a.saved = state, true; return nil }

// Respond answers the client; nothing is forwarded.
func (a *access) Respond(status int, header http.Header, body []byte) error {
	a.responded = true
	writeReply(a.w, status, header, body)
	return nil
}

// response adapts the upstream response to gateway.Response and gateway.Streamer.
type response struct {
	resp      *http.Response
	w         http.ResponseWriter
	log       Logger
	state     string
	saved     bool
	responded bool
}

var (
	_ gateway.Request  = (*access)(nil)
	_ gateway.Response = (*response)(nil)
	_ gateway.Streamer = (*response)(nil)
)

// LoadState returns what the access phase saved.
func (x *response) LoadState() (string, bool, error) { return x.state, x.saved, nil }

// Status returns the upstream status.
func (x *response) Status() (int, error) { return x.resp.StatusCode, nil }

// Header returns an upstream response header.
func (x *response) Header(name string) (string, error) {
	return x.resp.Header.Get(name), nil
}

// Log hands the event to the proxy's Logger.
func (x *response) Log(ev gateway.Event) { x.log.Log(ev) }

// BodyReader returns the upstream body as it arrives.
func (x *response) BodyReader() io.Reader { return x.resp.Body }

// Body reads the upstream body, at most limit+1 bytes.
func (x *response) Body(limit int64) ([]byte, error) {
	return io.ReadAll(io.LimitReader(x.resp.Body, limit+1))
}

func (x *response) header() http.Header {
	h := x.w.Header()
	copyHeader(h, x.resp.Header)
	h.Del("Content-Length")
	h.Del("Content-Encoding")
	return h
}

// Respond sends the restored response with the upstream headers.
func (x *response) Respond(status int, header http.Header, body []byte) error {
	x.responded = true
	x.header()
	writeReply(x.w, status, header, body)
	return nil
}

// Stream sends the status and upstream headers and returns a flushing writer.
func (x *response) Stream(status int) (io.Writer, error) {
	x.responded = true
	x.header()
	x.w.WriteHeader(status)
	return flushWriter{x.w}, nil
}

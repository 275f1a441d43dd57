package gateway

import (
	"bytes"
	"io"
	"net/http"
)

// fakeRequest is an in-memory gateway.Request; panicOn names a method that panics.
type fakeRequest struct {
	method, path string
	header       http.Header
	body         []byte
	canRestore   bool
	panicOn      string
	failOn       string

	upstreamBody   []byte
	upstreamHeader http.Header
	cleared        []string
	state          string
	saved          bool

	status  int
	replyH  http.Header
	reply   []byte
	replied int
	events  []Event
}

func newFakeRequest(method, path string, body []byte) *fakeRequest {
	return &fakeRequest{
		method: method, path: path, body: body, canRestore: true,
		header: http.Header{"Content-Type": {"application/json"}}, upstreamHeader: http.Header{},
	}
}

type failure struct{ name string }

func (f failure) Error() string { return "transport failed in " + f.name }

func (f *fakeRequest) check(name string) error {
	if f.panicOn == name {
		panic("boom in " + name)
	}
	if f.failOn == name {
		return failure{name}
	}
	return nil
}

func (f *fakeRequest) Method() (string, error) { return f.method, f.check("Method") }
func (f *fakeRequest) Path() (string, error)   { return f.path, f.check("Path") }
func (f *fakeRequest) Header(n string) (string, error) {
	return f.header.Get(n), f.check("Header")
}

func (f *fakeRequest) Body(limit int64) ([]byte, error) {
	if err := f.check("Body"); err != nil {
		return nil, err
	}
	if int64(len(f.body)) > limit+1 {
		return f.body[:limit+1], nil
	}
	return f.body, nil
}
func (f *fakeRequest) CanRestore() (bool, error) { return f.canRestore, f.check("CanRestore") }
func (f *fakeRequest) SetUpstreamBody(b []byte) error {
	f.upstreamBody = b
	return f.check("SetUpstreamBody")
}

func (f *fakeRequest) SetUpstreamHeader(n, v string) error {
	f.upstreamHeader.Set(n, v)
	return f.check("SetUpstreamHeader")
}

func (f *fakeRequest) ClearUpstreamHeader(n string) error {
	f.cleared = append(f.cleared, n)
	return f.check("ClearUpstreamHeader")
}

func (f *fakeRequest) SaveState(s string) error {
	f.state, f.saved = s, true
	return f.check("SaveState")
}

func (f *fakeRequest) Respond(status int, h http.Header, b []byte) error {
	f.status, f.replyH, f.reply = status, h, b
	f.replied++
	return f.check("Respond")
}

func (f *fakeRequest) Log(ev Event) {
	f.events = append(f.events, ev)
	if f.panicOn == "Log" {
		panic("logger down")
	}
}

// fakeResponse is an in-memory gateway.Response; with stream set it is also a Streamer.
type fakeResponse struct {
	state   string
	saved   bool
	status  int
	header  http.Header
	body    []byte
	panicOn string

	outStatus int
	outHeader http.Header
	out       []byte
	replied   int
	events    []Event
}

func (f *fakeResponse) LoadState() (string, bool, error) {
	if f.panicOn == "LoadState" {
		panic("boom")
	}
	return f.state, f.saved, nil
}
func (f *fakeResponse) Status() (int, error)            { return f.status, nil }
func (f *fakeResponse) Header(n string) (string, error) { return f.header.Get(n), nil }
func (f *fakeResponse) Body(limit int64) ([]byte, error) {
	if int64(len(f.body)) > limit+1 {
		return f.body[:limit+1], nil
	}
	return f.body, nil
}

func (f *fakeResponse) Respond(status int, h http.Header, b []byte) error {
	f.outStatus, f.outHeader, f.out = status, h, b
	f.replied++
	return nil
}
func (f *fakeResponse) Log(ev Event) { f.events = append(f.events, ev) }

// fakeStreamer adds streaming: the body arrives through reader, output goes to buf.
type fakeStreamer struct {
	*fakeResponse
	reader io.Reader
	buf    bytes.Buffer
	writes int
}

func (s *fakeStreamer) BodyReader() io.Reader { return s.reader }
func (s *fakeStreamer) Stream(status int) (io.Writer, error) {
	s.outStatus = status
	return writerFunc(func(p []byte) (int, error) { s.writes++; return s.buf.Write(p) }), nil
}

type writerFunc func([]byte) (int, error)

func (w writerFunc) Write(p []byte) (int, error) { return w(p) }

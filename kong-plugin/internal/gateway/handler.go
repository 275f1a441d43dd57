package gateway

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/aws-masker/aws-masker/kong-plugin/masking"
)

// Version is the plugin's version, reported by the probe and to Kong.
const Version = "0.1.0"

// PluginName is the plugin's name: Kong's plugin name, the binary's name, the probe's "plugin".
const PluginName = "aws-masker"

// ProbePath is answered by the handler itself (see the package doc). The backend calls it to
// verify that interception is in place before it sends anything to Claude.
const ProbePath = "/.well-known/aws-masker"

// The saved state is prefixed by its format, so the format can evolve: "v2:" is the mapping's
// binary form, "v1:" its JSON form (still read, for a request whose access phase ran before
// an upgrade). Both are base64, as Kong's context holds only valid UTF-8.
const (
	stateVersion   = "v2:"
	stateVersionV1 = "v1:"
)

// Request is the access-phase view of one exchange, implemented by each adapter. Errors from
// its methods are transport failures; the handler answers them with INTERNAL_ERROR.
type Request interface {
	Method() (string, error)
	// Path is the request path without the query.
	Path() (string, error)
	// Header returns the first value of a request header, "" when absent.
	Header(name string) (string, error)
	// Body returns the raw (still encoded) request body. It returns at most limit+1 bytes,
	// so a body over the limit is detected without reading all of it.
	Body(limit int64) ([]byte, error)
	// CanRestore reports whether the adapter will run the response phase for this request.
	CanRestore() (bool, error)
	SetUpstreamBody(body []byte) error
	SetUpstreamHeader(name, value string) error
	ClearUpstreamHeader(name string) error
	// SaveState keeps state in the request's own context for the response phase.
	SaveState(state string) error
	// Respond ends the exchange with this response; nothing is sent upstream.
	Respond(status int, header http.Header, body []byte) error
	Log(Event)
}

// Response is the response-phase view of one exchange, implemented by each adapter.
type Response interface {
	// LoadState returns what SaveState kept; ok is false when nothing was saved.
	LoadState() (state string, ok bool, err error)
	Status() (int, error)
	// Header returns the first value of an upstream response header, "" when absent.
	Header(name string) (string, error)
	// Body returns the upstream body as received (possibly encoded), at most limit+1 bytes.
	Body(limit int64) ([]byte, error)
	// Respond replaces the response: the upstream status and headers are kept except
	// Content-Length, Content-Encoding and Transfer-Encoding, which the adapter drops or
	// recomputes; header adds to or replaces the others.
	Respond(status int, header http.Header, body []byte) error
	Log(Event)
}

// Streamer is implemented by a Response that can restore an event stream while it arrives
// (the standalone proxy). Kong buffers the whole upstream response instead.
type Streamer interface {
	// BodyReader returns the upstream body as it arrives.
	BodyReader() io.Reader
	// Stream starts the response (status, upstream headers minus Content-Length,
	// Content-Encoding, Transfer-Encoding) and returns a writer that flushes every write.
	Stream(status int) (io.Writer, error)
}

type settings struct {
	maxBody     int64
	maxResponse int64
	restore     bool
}

// Handler runs the Access and Response logic with one compiled engine. It is immutable and
// safe for concurrent use.
type Handler struct {
	eng   *masking.Engine
	set   settings
	probe []byte
}

func newHandler(eng *masking.Engine, set settings) *Handler {
	probe, _ := json.Marshal(struct {
		Plugin         string `json:"plugin"`
		Version        string `json:"version"`
		RulesetVersion string `json:"rulesetVersion"`
		Rules          int    `json:"rules"`
	}{PluginName, Version, eng.Version(), len(eng.Rules())})
	return &Handler{eng: eng, set: set, probe: probe}
}

// Engine returns the handler's compiled engine.
func (h *Handler) Engine() *masking.Engine { return h.eng }

// reply is a response the handler decided to send instead of (or in place of) upstream's.
type reply struct {
	status int
	header http.Header
	body   []byte
}

func errorReply(err error, ev *Event) *reply {
	var ge *Error
	if !errors.As(err, &ge) {
		ge = newError(http.StatusInternalServerError, CodeInternal, "internal error", err)
	}
	ev.Outcome, ev.Code = OutcomeRefused, ge.Code
	st, hdr, body := ErrorResponse(ge)
	return &reply{st, hdr, body}
}

// run executes one phase: decide (recovering a panic as INTERNAL_ERROR), log the event, then
// send the reply if there is one. The event is logged before the reply because Kong's
// connection is gone once a reply is sent.
func run(ev *Event, logf func(Event), respond func(int, http.Header, []byte) error, decide func() (*reply, error)) {
	start := time.Now()
	var rep *reply
	func() {
		defer func() {
			if p := recover(); p != nil {
				ev.Panic = true
				rep = errorReply(newError(http.StatusInternalServerError, CodeInternal, "internal error", nil), ev)
			}
		}()
		var err error
		rep, err = decide()
		if err != nil {
			rep = errorReply(err, ev)
		}
	}()
	if rep != nil {
		ev.Status, ev.BytesOut = rep.status, len(rep.body)
	}
	ev.Duration = time.Since(start)
	func() {
		defer func() { _ = recover() }() // a logger must not take the reply down
		logf(*ev)
	}()
	if rep != nil {
		func() {
			defer func() { _ = recover() }()
			_ = respond(rep.status, rep.header, rep.body) // nothing left to do if the transport failed
		}()
	}
}

// Access masks the request body, or ends the exchange with a response (probe or error).
// It never panics: a panic is recovered and answered with INTERNAL_ERROR.
func (h *Handler) Access(r Request) {
	ev := Event{Phase: "access"}
	run(&ev, r.Log, r.Respond, func() (*reply, error) { return h.access(r, &ev) })
}

func (h *Handler) access(r Request, ev *Event) (*reply, error) {
	method, err := r.Method()
	if err != nil {
		return nil, err
	}
	path, err := r.Path()
	if err != nil {
		return nil, err
	}
	if path == ProbePath {
		if method != http.MethodGet && method != http.MethodHead {
			return nil, newError(http.StatusMethodNotAllowed, CodeMethodNotAllowed, "the probe answers GET and HEAD only", nil)
		}
		ev.Outcome = OutcomeProbe
		hdr := http.Header{}
		hdr.Set("Content-Type", "application/json")
		hdr.Set("Cache-Control", "no-store")
		return &reply{http.StatusOK, hdr, h.probe}, nil
	}
	if h.set.restore {
		ok, err := r.CanRestore()
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, newError(http.StatusHTTPVersionNotSupported, CodeHTTP2NotSupported,
				"responses cannot be restored over HTTP/2 here; use HTTP/1.1", nil)
		}
	}

	if cl, err := r.Header("Content-Length"); err != nil {
		return nil, err
	} else if n, perr := strconv.ParseInt(strings.TrimSpace(cl), 10, 64); perr == nil && n > h.set.maxBody {
		return nil, tooLarge(h.set.maxBody)
	}
	ce, err := r.Header("Content-Encoding")
	if err != nil {
		return nil, err
	}
	codings, err := parseEncodings(ce)
	if err != nil {
		return nil, newError(http.StatusUnsupportedMediaType, CodeUnsupportedContentEncoding,
			"Content-Encoding must be identity, gzip or deflate", nil)
	}
	raw, err := r.Body(h.set.maxBody)
	if err != nil {
		return nil, err
	}
	if int64(len(raw)) > h.set.maxBody {
		return nil, tooLarge(h.set.maxBody)
	}
	body, err := decodeBody(raw, codings, h.set.maxBody)
	switch {
	case errors.Is(err, errTooLarge):
		return nil, tooLarge(h.set.maxBody)
	case err != nil:
		return nil, newError(http.StatusBadRequest, CodeInvalidContentEncoding, "the body does not decode as its Content-Encoding says", err)
	}
	ev.BytesIn = len(body)
	if len(body) == 0 {
		ev.Outcome = OutcomePassthrough
		return nil, nil
	}

	sess := h.eng.NewSession()
	defer sess.Release() // the mapping stays valid; the session's working memory is reused
	var masked []byte
	if isMessagesPath(path) {
		masked, err = sess.MaskRequest(body)
	} else {
		masked, err = sess.MaskText(body)
	}
	if err != nil {
		return nil, fromMasking(err)
	}
	st := sess.Stats()
	ev.Counts = st.Counts
	ev.Tokens = sess.Mapping().Len()

	if h.set.restore {
		state, err := encodeState(sess.Mapping())
		if err != nil {
			return nil, err
		}
		if err := r.SaveState(state); err != nil {
			return nil, err
		}
	}
	if len(codings) > 0 {
		if err := r.ClearUpstreamHeader("Content-Encoding"); err != nil {
			return nil, err
		}
	}
	if err := r.SetUpstreamHeader("Accept-Encoding", "identity"); err != nil {
		return nil, err
	}
	if err := r.SetUpstreamBody(masked); err != nil {
		return nil, err
	}
	ev.BytesOut = len(masked)
	ev.Outcome = OutcomeMasked
	return nil, nil
}

func tooLarge(limit int64) *Error {
	return newError(http.StatusRequestEntityTooLarge, CodeBodyTooLarge,
		fmt.Sprintf("the request body is over the %d-byte limit", limit), nil)
}

// isMessagesPath reports whether path takes a Messages API request body.
func isMessagesPath(path string) bool {
	path = strings.TrimSuffix(path, "/")
	return path == "/v1/messages" || path == "/v1/messages/count_tokens"
}

func encodeState(m *masking.Mapping) (string, error) {
	bin, err := m.MarshalBinary()
	if err != nil {
		return "", err
	}
	// base64 keeps the state valid UTF-8 whatever bytes the originals hold, as Kong's
	// context (a protobuf string) requires.
	out := make([]byte, len(stateVersion)+base64.StdEncoding.EncodedLen(len(bin)))
	copy(out, stateVersion)
	base64.StdEncoding.Encode(out[len(stateVersion):], bin)
	return string(out), nil
}

func (h *Handler) decodeState(state string) (*masking.Mapping, error) {
	load := h.eng.LoadMappingBinary
	rest, ok := strings.CutPrefix(state, stateVersion)
	if !ok {
		if rest, ok = strings.CutPrefix(state, stateVersionV1); !ok {
			return nil, errors.New("unknown state format")
		}
		load = h.eng.LoadMapping
	}
	data, err := base64.StdEncoding.DecodeString(rest)
	if err != nil {
		return nil, err
	}
	return load(data)
}

// Response restores the upstream response, or leaves it alone when Access kept no state
// (probe, empty body, restore_responses off). It never panics: a panic is recovered and
// answered with INTERNAL_ERROR.
func (h *Handler) Response(r Response) {
	ev := Event{Phase: "response"}
	run(&ev, r.Log, r.Respond, func() (*reply, error) { return h.response(r, &ev) })
}

func (h *Handler) response(r Response, ev *Event) (*reply, error) {
	state, ok, err := r.LoadState()
	if err != nil {
		return nil, err
	}
	if !ok || !h.set.restore {
		ev.Outcome = OutcomePassthrough
		return nil, nil
	}
	m, err := h.decodeState(state)
	if err != nil {
		return nil, newError(http.StatusInternalServerError, CodeInternal, "the request's mapping is unreadable", err)
	}
	ev.Tokens = m.Len()
	status, err := r.Status()
	if err != nil {
		return nil, err
	}
	ctype, err := r.Header("Content-Type")
	if err != nil {
		return nil, err
	}
	ce, err := r.Header("Content-Encoding")
	if err != nil {
		return nil, err
	}
	codings, err := parseEncodings(ce)
	if err != nil {
		return nil, newError(http.StatusBadGateway, CodeUpstreamEncodingUnsupported,
			"the upstream answered with a Content-Encoding that cannot be decoded", nil)
	}
	kind := contentKind(ctype)

	if s, ok := r.(Streamer); ok && kind == kindSSE && len(codings) == 0 {
		return nil, h.stream(s, m, status, ev)
	}

	raw, err := r.Body(h.set.maxResponse)
	if err != nil {
		return nil, err
	}
	if int64(len(raw)) > h.set.maxResponse {
		return nil, upstreamTooLarge(h.set.maxResponse)
	}
	if len(raw) == 0 { // HEAD, 204, 304: nothing to restore, headers stay as they are
		ev.Outcome = OutcomePassthrough
		return nil, nil
	}
	body, err := decodeBody(raw, codings, h.set.maxResponse)
	switch {
	case errors.Is(err, errTooLarge):
		return nil, upstreamTooLarge(h.set.maxResponse)
	case err != nil:
		return nil, newError(http.StatusBadGateway, CodeRestoreFailed, "the upstream body does not decode as its Content-Encoding says", err)
	}
	ev.BytesIn = len(body)

	var out []byte
	switch kind {
	case kindSSE:
		out, err = m.UnmaskSSE(body)
	case kindJSON:
		out, err = m.UnmaskResponse(body)
	default:
		out = m.UnmaskText(body)
	}
	if err != nil {
		return nil, newError(http.StatusBadGateway, CodeRestoreFailed, "the upstream response could not be restored", err)
	}
	ev.Outcome = OutcomeRestored
	hdr := http.Header{}
	if ctype != "" {
		hdr.Set("Content-Type", ctype)
	}
	return &reply{status, hdr, out}, nil
}

func (h *Handler) stream(s Streamer, m *masking.Mapping, status int, ev *Event) error {
	w, err := s.Stream(status)
	if err != nil {
		return err
	}
	ev.Status = status
	cw := &countingWriter{w: w}
	rw := m.NewSSERestorer(cw)
	n, copyErr := io.Copy(rw, io.LimitReader(s.BodyReader(), h.set.maxResponse+1))
	closeErr := rw.Close()
	ev.BytesIn, ev.BytesOut = int(n), cw.n
	// The status line is sent: a failure can only cut the stream, which the client sees
	// as a truncated stream rather than a wrong one.
	switch {
	case n > h.set.maxResponse:
		ev.Outcome, ev.Code = OutcomeRefused, CodeUpstreamTooLarge
		return nil
	case copyErr != nil || closeErr != nil:
		ev.Outcome, ev.Code = OutcomeRefused, CodeRestoreFailed
		return nil
	}
	ev.Outcome = OutcomeStreamed
	return nil
}

type countingWriter struct {
	w io.Writer
	n int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += n
	return n, err
}

func upstreamTooLarge(limit int64) *Error {
	return newError(http.StatusBadGateway, CodeUpstreamTooLarge,
		fmt.Sprintf("the upstream response is over the %d-byte limit", limit), nil)
}

type bodyKind int

const (
	kindText bodyKind = iota
	kindJSON
	kindSSE
)

func contentKind(ctype string) bodyKind {
	mt, _, err := mime.ParseMediaType(ctype)
	if err != nil {
		return kindText
	}
	switch {
	case mt == "text/event-stream":
		return kindSSE
	case mt == "application/json" || strings.HasSuffix(mt, "+json"):
		return kindJSON
	}
	return kindText
}

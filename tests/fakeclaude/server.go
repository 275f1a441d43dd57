package fakeclaude

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// TokenPattern matches an aws-masker token such as AWS_INSTANCE_ID_001: the prefix AWS_, an
// upper-case type, and a sequence number of at least three digits.
const TokenPattern = `AWS_[A-Z0-9_]+_[0-9]{3,}`

// DefaultMaxBodyBytes is the largest request body accepted when Options.MaxBodyBytes is zero.
const DefaultMaxBodyBytes = 32 << 20

// Paths served by the fake.
const (
	MessagesPath = "/v1/messages"
	ReceivedPath = "/debug/received"
	HealthPath   = "/health"
)

// Options configure a Server. The zero value is a working fake that accepts any non-empty key.
type Options struct {
	// APIKey, when set, is the only key accepted (x-api-key, or Authorization: Bearer as the
	// official Go SDK sends it); any other key answers 401. Empty accepts any non-empty key,
	// as a stand-in for a real key the fake cannot check.
	APIKey string
	// MaxBodyBytes bounds a request body; a larger one answers 413. Default DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// DeltaBytes is the longest text_delta piece of a stream, in bytes. Default 24.
	DeltaBytes int
	// Now is the clock used to stamp received requests. Default time.Now.
	Now func() time.Time
	// Echo appends the last user message, as received, under EchoHeading: a restoring gateway
	// must then give the caller back its own prompt with every identifier in place.
	Echo bool
}

// EchoHeading introduces the quoted prompt of an Echo answer.
const EchoHeading = "## Inventory as received"

// Received is one request that reached POST /v1/messages, as the fake saw it.
type Received struct {
	// At is when the request arrived (UTC).
	At time.Time `json:"at"`
	// Status is the HTTP status the fake answered with.
	Status int `json:"status"`
	// Model is the request's model field; empty when the body was not valid JSON.
	Model string `json:"model,omitempty"`
	// Stream reports whether the request asked for server-sent events.
	Stream bool `json:"stream"`
	// Tokens are the distinct aws-masker tokens found in the body, in order of first appearance.
	Tokens []string `json:"tokens"`
	// Headers are the names of the request's headers, sorted; values are not kept.
	Headers []string `json:"headers"`
	// Body is the request body exactly as received (what "Claude saw").
	Body string `json:"body"`
}

// ReceivedReport is the JSON document served on GET /debug/received.
type ReceivedReport struct {
	// Count is the number of requests that reached POST /v1/messages.
	Count int `json:"count"`
	// Requests lists them in arrival order.
	Requests []Received `json:"requests"`
}

// Server is a fake Messages API. It is safe for concurrent use.
type Server struct {
	opts     Options
	tokenRE  *regexp.Regexp
	mu       sync.Mutex
	received []Received
	seq      int
}

// New returns a Server with opts' defaults applied.
func New(opts Options) *Server {
	if opts.MaxBodyBytes <= 0 {
		opts.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if opts.DeltaBytes <= 0 {
		opts.DeltaBytes = 24
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	return &Server{opts: opts, tokenRE: regexp.MustCompile(TokenPattern)}
}

// Handler serves the Messages API, the debug endpoint and the health check.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST "+MessagesPath, s.messages)
	s.debugRoutes(mux)
	mux.HandleFunc("/", func(w http.ResponseWriter, _ *http.Request) {
		writeError(w, http.StatusNotFound, "not_found_error", "Not found")
	})
	return mux
}

// DebugHandler serves only GET and DELETE /debug/received and GET /health, for a separate
// plain-HTTP listener next to a TLS API listener.
func (s *Server) DebugHandler() http.Handler {
	mux := http.NewServeMux()
	s.debugRoutes(mux)
	mux.HandleFunc("/", func(w http.ResponseWriter, _ *http.Request) {
		writeError(w, http.StatusNotFound, "not_found_error", "Not found")
	})
	return mux
}

func (s *Server) debugRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET "+ReceivedPath, func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, s.Report())
	})
	mux.HandleFunc("DELETE "+ReceivedPath, func(w http.ResponseWriter, _ *http.Request) {
		s.Reset()
		w.WriteHeader(http.StatusNoContent)
	})
	mux.HandleFunc("GET "+HealthPath, func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
}

// Report returns a copy of everything received so far.
func (s *Server) Report() ReceivedReport {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Received, len(s.received))
	copy(out, s.received)
	return ReceivedReport{Count: len(out), Requests: out}
}

// Reset forgets every received request.
func (s *Server) Reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.received = nil
}

// request is the part of a Messages API request the fake reads.
type request struct {
	Model     string          `json:"model"`
	MaxTokens int             `json:"max_tokens"`
	Messages  json.RawMessage `json:"messages"`
	Stream    bool            `json:"stream"`
}

// lastUserText returns the text of the request's last user message (a string content, or
// its text blocks joined by newlines).
func (r request) lastUserText() string {
	var msgs []struct {
		Role    string          `json:"role"`
		Content json.RawMessage `json:"content"`
	}
	if json.Unmarshal(r.Messages, &msgs) != nil {
		return ""
	}
	for i := len(msgs) - 1; i >= 0; i-- {
		if msgs[i].Role != "user" {
			continue
		}
		var text string
		if json.Unmarshal(msgs[i].Content, &text) == nil {
			return text
		}
		var blocks []struct {
			Type string `json:"type"`
			Text string `json:"text"`
		}
		if json.Unmarshal(msgs[i].Content, &blocks) != nil {
			return ""
		}
		parts := make([]string, 0, len(blocks))
		for _, b := range blocks {
			if b.Type == "text" {
				parts = append(parts, b.Text)
			}
		}
		return strings.Join(parts, "\n")
	}
	return ""
}

func (s *Server) messages(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.opts.MaxBodyBytes))
	rec := Received{At: s.opts.Now().UTC(), Body: string(body), Tokens: s.tokens(string(body)), Headers: headerNames(r.Header)}
	status := s.answer(w, r, body, err, &rec)
	rec.Status = status
	s.mu.Lock()
	s.received = append(s.received, rec)
	s.mu.Unlock()
}

// answer validates the request like the real API and writes the reply; it returns the status.
func (s *Server) answer(w http.ResponseWriter, r *http.Request, body []byte, readErr error, rec *Received) int {
	if readErr != nil {
		if maxErr := (*http.MaxBytesError)(nil); errors.As(readErr, &maxErr) {
			return writeError(w, http.StatusRequestEntityTooLarge, "request_too_large", "Request exceeds the maximum allowed size.")
		}
		return writeError(w, http.StatusBadRequest, "invalid_request_error", "could not read the request body")
	}
	key := apiKey(r.Header)
	if key == "" || (s.opts.APIKey != "" && key != s.opts.APIKey) {
		return writeError(w, http.StatusUnauthorized, "authentication_error", "invalid x-api-key")
	}
	if r.Header.Get("Anthropic-Version") == "" {
		return writeError(w, http.StatusBadRequest, "invalid_request_error", "anthropic-version: header is required")
	}
	var req request
	if err := json.Unmarshal(body, &req); err != nil {
		return writeError(w, http.StatusBadRequest, "invalid_request_error", "the request body is not valid JSON")
	}
	rec.Model, rec.Stream = req.Model, req.Stream
	switch {
	case req.Model == "":
		return writeError(w, http.StatusBadRequest, "invalid_request_error", "model: field required")
	case req.MaxTokens <= 0:
		return writeError(w, http.StatusBadRequest, "invalid_request_error", "max_tokens: must be a positive integer")
	case len(req.Messages) == 0 || string(req.Messages) == "null" || string(req.Messages) == "[]":
		return writeError(w, http.StatusBadRequest, "invalid_request_error", "messages: at least one message is required")
	}
	msg := s.reply(req, rec.Tokens, len(body))
	if req.Stream {
		s.stream(w, msg)
		return http.StatusOK
	}
	return writeJSON(w, http.StatusOK, msg)
}

// apiKey returns the request's key: the x-api-key header, or the official SDK's
// "Authorization: Bearer <key>".
func apiKey(h http.Header) string {
	if k := h.Get("X-Api-Key"); k != "" {
		return k
	}
	scheme, token, ok := strings.Cut(h.Get("Authorization"), " ")
	if ok && strings.EqualFold(scheme, "Bearer") {
		return strings.TrimSpace(token)
	}
	return ""
}

// tokens returns the distinct tokens in text in order of first appearance.
func (s *Server) tokens(text string) []string {
	all := s.tokenRE.FindAllString(text, -1)
	seen := make(map[string]bool, len(all))
	out := make([]string, 0, len(all))
	for _, t := range all {
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}

// message is a Messages API response.
type message struct {
	ID           string         `json:"id"`
	Type         string         `json:"type"`
	Role         string         `json:"role"`
	Model        string         `json:"model"`
	Content      []contentBlock `json:"content"`
	StopReason   *string        `json:"stop_reason"`
	StopSequence *string        `json:"stop_sequence"`
	Usage        usage          `json:"usage"`
}

type contentBlock struct {
	Type string `json:"type"`
	Text string `json:"text"`
}

type usage struct {
	InputTokens  int `json:"input_tokens"`
	OutputTokens int `json:"output_tokens"`
}

func (s *Server) reply(req request, tokens []string, bodyLen int) message {
	s.mu.Lock()
	s.seq++
	id := fmt.Sprintf("msg_fake%020d", s.seq)
	s.mu.Unlock()
	text := Analysis(tokens)
	if s.opts.Echo {
		text += "\n" + EchoHeading + "\n\n" + req.lastUserText()
	}
	stop := "end_turn"
	return message{
		ID: id, Type: "message", Role: "assistant", Model: req.Model,
		Content:    []contentBlock{{Type: "text", Text: text}},
		StopReason: &stop,
		Usage:      usage{InputTokens: max(1, bodyLen/4), OutputTokens: max(1, len(text)/4)},
	}
}

// Analysis is the answer the fake gives for a request carrying tokens: a short review that
// names every token, one finding a line, so that each must be restored for the caller.
func Analysis(tokens []string) string {
	var b strings.Builder
	b.WriteString("## Review of the masked AWS inventory\n\n")
	if len(tokens) == 0 {
		b.WriteString("The inventory carried no masked identifiers, so there is nothing to report per resource.\n")
		return b.String()
	}
	fmt.Fprintf(&b, "I received %d masked identifiers. Findings per resource:\n\n", len(tokens))
	for _, t := range tokens {
		fmt.Fprintf(&b, "- %s: %s\n", t, advice(t))
	}
	b.WriteString("\nPriority: fix public exposure first, then encryption and least privilege.\n")
	return b.String()
}

// advice picks a plausible finding from a token's type, the part between AWS_ and the number.
func advice(token string) string {
	kind := strings.TrimPrefix(token, "AWS_")
	if i := strings.LastIndexByte(kind, '_'); i >= 0 {
		kind = kind[:i]
	}
	switch {
	case strings.Contains(kind, "ACCESS_KEY"), strings.Contains(kind, "SECRET"):
		return "a credential; rotate it and check its last use."
	case strings.Contains(kind, "SECURITY_GROUP"), strings.HasPrefix(kind, "SG"):
		return "restrict ingress from 0.0.0.0/0 to the ports and sources that need it."
	case strings.Contains(kind, "BUCKET"), strings.Contains(kind, "S3"):
		return "confirm Block Public Access, default encryption and versioning."
	case strings.Contains(kind, "RDS"), strings.Contains(kind, "DB"):
		return "check encryption at rest, backups and public accessibility."
	case strings.Contains(kind, "INSTANCE"), strings.Contains(kind, "EC2"):
		return "require IMDSv2 and review the security groups attached to it."
	case strings.Contains(kind, "ROLE"), strings.Contains(kind, "ARN"), strings.Contains(kind, "IAM"), strings.Contains(kind, "USER"):
		return "review its trust and permission policies for least privilege."
	case kind == "IP", strings.HasSuffix(kind, "_IP"), strings.HasPrefix(kind, "IP_"), strings.Contains(kind, "_IP_"):
		return "confirm this address is not reachable from the internet unless it must be."
	case strings.Contains(kind, "ACCOUNT"):
		return "the account in scope; enable GuardDuty and CloudTrail in every region."
	default:
		return "referenced in the inventory; review its configuration."
	}
}

// stream writes msg as the Messages API's server-sent events, splitting the text so that every
// token straddles two text_delta events.
func (s *Server) stream(w http.ResponseWriter, msg message) {
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusOK)
	flusher, _ := w.(http.Flusher)
	send := func(event string, data any) {
		b, err := json.Marshal(data)
		if err != nil {
			return
		}
		_, _ = fmt.Fprintf(w, "event: %s\ndata: %s\n\n", event, b)
		if flusher != nil {
			flusher.Flush()
		}
	}
	text := msg.Content[0].Text
	start := msg
	start.Content = []contentBlock{}
	start.StopReason = nil
	start.Usage.OutputTokens = 1
	send("message_start", map[string]any{"type": "message_start", "message": start})
	send("content_block_start", map[string]any{"type": "content_block_start", "index": 0,
		"content_block": contentBlock{Type: "text", Text: ""}})
	send("ping", map[string]string{"type": "ping"})
	for _, piece := range SplitDeltas(text, s.tokenRE.FindAllStringIndex(text, -1), s.opts.DeltaBytes) {
		send("content_block_delta", map[string]any{"type": "content_block_delta", "index": 0,
			"delta": map[string]string{"type": "text_delta", "text": piece}})
	}
	send("content_block_stop", map[string]any{"type": "content_block_stop", "index": 0})
	send("message_delta", map[string]any{"type": "message_delta",
		"delta": map[string]any{"stop_reason": msg.StopReason, "stop_sequence": nil},
		"usage": map[string]int{"output_tokens": msg.Usage.OutputTokens}})
	send("message_stop", map[string]string{"type": "message_stop"})
}

// SplitDeltas cuts text into pieces of at most size bytes, never inside a UTF-8 sequence, and
// always in the middle of every span in spans (byte offsets [start, end)), so that no span
// arrives whole in one piece. Joining the pieces gives text back.
func SplitDeltas(text string, spans [][]int, size int) []string {
	if size <= 0 {
		size = 1
	}
	cuts := make(map[int]bool)
	for _, sp := range spans {
		if len(sp) == 2 && sp[1]-sp[0] >= 2 {
			cuts[sp[0]+(sp[1]-sp[0])/2] = true
		}
	}
	var pieces []string
	startAt := 0
	for i := 1; i <= len(text); i++ {
		atEnd := i == len(text)
		if !atEnd && !isRuneStart(text[i]) {
			continue
		}
		if atEnd || cuts[i] || i-startAt >= size {
			pieces = append(pieces, text[startAt:i])
			startAt = i
		}
	}
	return pieces
}

func headerNames(h http.Header) []string {
	names := make([]string, 0, len(h))
	for k := range h {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

func writeJSON(w http.ResponseWriter, status int, v any) int {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, "encode", http.StatusInternalServerError)
		return http.StatusInternalServerError
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(status)
	_, _ = w.Write(b)
	return status
}

// writeError writes the Messages API's error shape and returns status.
func writeError(w http.ResponseWriter, status int, kind, message string) int {
	return writeJSON(w, status, map[string]any{
		"type":  "error",
		"error": map[string]string{"type": kind, "message": message},
	})
}

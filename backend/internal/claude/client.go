// Package claude is the backend's Claude client. The API URL is the
// constant BaseURL: no environment variable, flag or option can change it
// (the official SDK's ANTHROPIC_BASE_URL is ignored on purpose). The masking
// gateway intercepts that host by DNS alias and a local CA; only the HTTP
// transport (dialer, root CAs) can be injected, for tests.
package claude

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/anthropics/anthropic-sdk-go/v2"
	"github.com/anthropics/anthropic-sdk-go/v2/option"
)

// BaseURL is the Claude API. It is a constant by design: requests must go
// to this host so the masking gateway in front of it sees them.
const BaseURL = "https://api.anthropic.com"

// MaxRetries is the number of retries after a failed attempt (429, 529, 5xx,
// connection errors), so at most MaxRetries+1 attempts per call.
const MaxRetries = 2

// DialFunc dials a network connection; nil means a net.Dialer.
type DialFunc func(ctx context.Context, network, addr string) (net.Conn, error)

// NewHTTPClient returns the HTTP client used for Claude and the gateway
// probe: TLS 1.2+, roots from roots (nil = system pool, which honours
// SSL_CERT_FILE), and no proxy, so that the request reaches the host that
// the masking gateway answers for.
func NewHTTPClient(dial DialFunc, roots *x509.CertPool) *http.Client {
	if dial == nil {
		d := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
		dial = d.DialContext
	}
	return &http.Client{Transport: &http.Transport{
		DialContext:         dial,
		TLSClientConfig:     &tls.Config{RootCAs: roots, MinVersion: tls.VersionTLS12},
		TLSHandshakeTimeout: 10 * time.Second,
		ForceAttemptHTTP2:   true,
		MaxIdleConns:        16,
		IdleConnTimeout:     90 * time.Second,
	}}
}

// Config configures a Client.
type Config struct {
	// APIKey is the Claude API key; required.
	APIKey string
	// Model is the model name; required.
	Model string
	// Timeout bounds one call, retries included; required.
	Timeout time.Duration
	// AttemptTimeout bounds one attempt. Default: Timeout.
	AttemptTimeout time.Duration
	// HTTPClient carries the requests; default NewHTTPClient(nil, nil).
	HTTPClient *http.Client
}

// Client sends analysis prompts to Claude.
type Client struct {
	sdk     anthropic.Client
	model   string
	timeout time.Duration
}

// New returns a Client. The SDK is built without its environment defaults,
// so ANTHROPIC_BASE_URL, ANTHROPIC_CUSTOM_HEADERS and the SDK's own
// credential chain have no effect; the base URL is BaseURL.
func New(cfg Config) (*Client, error) {
	if cfg.APIKey == "" || cfg.Model == "" || cfg.Timeout <= 0 {
		return nil, errors.New("claude.New: APIKey, Model and Timeout are required")
	}
	hc := cfg.HTTPClient
	if hc == nil {
		hc = NewHTTPClient(nil, nil)
	}
	attempt := cfg.AttemptTimeout
	if attempt <= 0 {
		attempt = cfg.Timeout
	}
	sdk := anthropic.NewClient(
		option.WithoutEnvironmentDefaults(),
		option.WithBaseURL(BaseURL),
		option.WithAPIKey(cfg.APIKey),
		option.WithHTTPClient(hc),
		option.WithMaxRetries(MaxRetries),
		option.WithRequestTimeout(attempt),
	)
	return &Client{sdk: sdk, model: cfg.Model, timeout: cfg.Timeout}, nil
}

// Request is one analysis call.
type Request struct {
	System    string
	User      string
	MaxTokens int
}

// Usage counts tokens.
type Usage struct {
	InputTokens  int64 `json:"inputTokens"`
	OutputTokens int64 `json:"outputTokens"`
}

// Result is Claude's answer.
type Result struct {
	Text       string `json:"text"`
	Model      string `json:"model"`
	StopReason string `json:"stopReason"`
	Usage      Usage  `json:"usage"`
}

// Kind classifies a failed call.
type Kind string

// The kinds of Error.
const (
	KindTimeout     Kind = "timeout"      // the total timeout elapsed
	KindRateLimited Kind = "rate_limited" // 429 after the retries
	KindUnavailable Kind = "unavailable"  // 5xx, 529 or connection failures after the retries
	KindAuth        Kind = "auth"         // 401 or 403: the API key was refused
	KindRejected    Kind = "rejected"     // another 4xx: the request was refused
	KindCanceled    Kind = "canceled"     // the caller went away
	// KindMaskingRefused: the masking gateway refused to forward the request
	// (fail closed); GatewayCode says why. Nothing reached Claude.
	KindMaskingRefused Kind = "masking_refused"
)

// Error is a failed Claude call. Its text carries no prompt, body or key.
type Error struct {
	Kind      Kind
	Status    int    // HTTP status of the last attempt, 0 if none
	RequestID string // Claude's request id, when it answered
	// GatewayCode is the masking gateway's stable error code (e.g.
	// UNMASKABLE_CONTENT) when Kind is KindMaskingRefused.
	GatewayCode string
	err         error
}

// Error returns the kind and status only: no prompt, body or key.
func (e *Error) Error() string {
	if e.GatewayCode != "" {
		return fmt.Sprintf("claude: %s %s (status %d)", e.Kind, e.GatewayCode, e.Status)
	}
	if e.Status != 0 {
		return fmt.Sprintf("claude: %s (status %d)", e.Kind, e.Status)
	}
	return "claude: " + string(e.Kind)
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.err }

// Analyze sends req and returns Claude's answer, or an *Error.
func (c *Client) Analyze(ctx context.Context, req Request) (Result, error) {
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	msg, err := c.sdk.Messages.New(ctx, anthropic.MessageNewParams{
		Model:     c.model,
		MaxTokens: int64(req.MaxTokens),
		System:    []anthropic.TextBlockParam{{Text: req.System}},
		Messages:  []anthropic.MessageParam{anthropic.NewUserMessage(anthropic.NewTextBlock(req.User))},
	})
	if err != nil {
		return Result{}, classify(ctx, err)
	}
	var text strings.Builder
	for _, b := range msg.Content {
		if b.Type == "text" {
			if text.Len() > 0 {
				text.WriteString("\n\n")
			}
			text.WriteString(b.Text)
		}
	}
	return Result{
		Text:       text.String(),
		Model:      msg.Model,
		StopReason: string(msg.StopReason),
		Usage:      Usage{InputTokens: msg.Usage.InputTokens, OutputTokens: msg.Usage.OutputTokens},
	}, nil
}

func classify(ctx context.Context, err error) *Error {
	var apiErr *anthropic.Error
	if errors.As(err, &apiErr) {
		e := &Error{Status: apiErr.StatusCode, RequestID: apiErr.RequestID, err: err}
		switch s := apiErr.StatusCode; {
		case s == http.StatusTooManyRequests:
			e.Kind = KindRateLimited
		case s == http.StatusUnauthorized || s == http.StatusForbidden:
			e.Kind = KindAuth
		case s == http.StatusRequestTimeout || s == http.StatusGatewayTimeout:
			e.Kind = KindTimeout
		case s >= 500:
			e.Kind = KindUnavailable
		default:
			e.Kind = KindRejected
		}
		if code, ok := gatewayRefusal(apiErr.RawJSON()); ok {
			e.Kind, e.GatewayCode = KindMaskingRefused, code
		}
		return e
	}
	switch {
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded):
		return &Error{Kind: KindTimeout, err: err}
	case errors.Is(err, context.Canceled):
		return &Error{Kind: KindCanceled, err: err}
	}
	return &Error{Kind: KindUnavailable, err: err}
}

// gatewayRefusal reads an error body in the gateway's shape,
// {"type":"error","error":{"type":"aws_masker_error","code":"..."}}, and
// returns its code, kept only when it looks like one (A-Z, 0-9, _).
func gatewayRefusal(body string) (string, bool) {
	var b struct {
		Error struct {
			Type string `json:"type"`
			Code string `json:"code"`
		} `json:"error"`
	}
	if body == "" || json.Unmarshal([]byte(body), &b) != nil || b.Error.Type != "aws_masker_error" {
		return "", false
	}
	code := b.Error.Code
	valid := len(code) > 0 && len(code) <= 64
	for _, r := range code {
		if (r < 'A' || r > 'Z') && (r < '0' || r > '9') && r != '_' {
			valid = false
		}
	}
	if !valid {
		code = "UNKNOWN"
	}
	return code, true
}

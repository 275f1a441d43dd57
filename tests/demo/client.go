// Package demo is the client side of the aws-masker stack: it calls POST /analyze through Kong
// the way a user does, reads what fake-claude received, and checks the promise (Claude saw no
// identifier, the caller got every one back). `make demo` runs it through cmd/demo; the
// end-to-end suites use the same Client.
package demo

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/aws-masker/aws-masker/tests/fakeclaude"
)

// Defaults of the compose demo; tests/compose/demo.env and compose.yaml must agree with them
// (tests/compose_test.go checks).
const (
	DefaultKongURL       = "http://127.0.0.1:8000"
	DefaultFakeClaudeURL = "http://127.0.0.1:8081"
	DefaultClientKey     = "demo-client-key-0123456789abcdef"
	DefaultBackendKey    = "demo-backend-key-0123456789abcdef"
)

// AnalyzeRequest is the body of POST /analyze.
type AnalyzeRequest struct {
	Resources []string        `json:"resources,omitempty"`
	Options   *AnalyzeOptions `json:"options,omitempty"`
}

// AnalyzeOptions are the request's options.
type AnalyzeOptions struct {
	Regions      []string `json:"regions,omitempty"`
	AnalysisType string   `json:"analysisType,omitempty"`
	Question     string   `json:"question,omitempty"`
	MaxTokens    int      `json:"maxTokens,omitempty"`
}

// AnalyzeResponse is the answer of POST /analyze, success or error.
type AnalyzeResponse struct {
	Success  bool `json:"success"`
	Analysis struct {
		Text       string         `json:"text"`
		Model      string         `json:"model"`
		StopReason string         `json:"stopReason"`
		Usage      map[string]int `json:"usage"`
	} `json:"analysis"`
	Inventory struct {
		Counts    map[string]int    `json:"counts"`
		Regions   []string          `json:"regions"`
		Truncated bool              `json:"truncated"`
		Warnings  []json.RawMessage `json:"warnings"`
	} `json:"inventory"`
	RequestID string `json:"requestId"`
	Error     *struct {
		Message string `json:"message"`
		Code    string `json:"code"`
	} `json:"error"`
}

// Client calls the stack. The zero value is not usable: set BaseURL.
type Client struct {
	// BaseURL is Kong's proxy (or the backend itself), e.g. http://127.0.0.1:8000.
	BaseURL string
	// ClientKey is sent as Kong's key-auth header "apikey" when not empty.
	ClientKey string
	// BackendKey is sent as "Authorization: Bearer" when not empty.
	BackendKey string
	// HTTPClient defaults to a client with a 5-minute timeout.
	HTTPClient *http.Client
}

func (c *Client) httpClient() *http.Client {
	if c.HTTPClient != nil {
		return c.HTTPClient
	}
	return &http.Client{Timeout: 5 * time.Minute}
}

// Analyze posts req to /analyze and returns the HTTP status and the decoded answer. A non-JSON
// answer (Kong's own errors are JSON too) is an error.
func (c *Client) Analyze(ctx context.Context, req AnalyzeRequest) (int, *AnalyzeResponse, error) {
	body, err := json.Marshal(req)
	if err != nil {
		return 0, nil, err
	}
	hreq, err := http.NewRequestWithContext(ctx, http.MethodPost, strings.TrimRight(c.BaseURL, "/")+"/analyze", bytes.NewReader(body))
	if err != nil {
		return 0, nil, err
	}
	hreq.Header.Set("Content-Type", "application/json")
	if c.ClientKey != "" {
		hreq.Header.Set("apikey", c.ClientKey)
	}
	if c.BackendKey != "" {
		hreq.Header.Set("Authorization", "Bearer "+c.BackendKey)
	}
	resp, err := c.httpClient().Do(hreq)
	if err != nil {
		return 0, nil, fmt.Errorf("POST /analyze: %w", err)
	}
	defer func() { _ = resp.Body.Close() }()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 16<<20))
	if err != nil {
		return resp.StatusCode, nil, fmt.Errorf("POST /analyze: read: %w", err)
	}
	var out AnalyzeResponse
	if err := json.Unmarshal(raw, &out); err != nil {
		return resp.StatusCode, nil, fmt.Errorf("POST /analyze: %d answer is not JSON (%d bytes)", resp.StatusCode, len(raw))
	}
	return resp.StatusCode, &out, nil
}

// Received reads fake-claude's GET /debug/received at baseURL.
func Received(ctx context.Context, hc *http.Client, baseURL string) (fakeclaude.ReceivedReport, error) {
	var rep fakeclaude.ReceivedReport
	resp, err := debugCall(ctx, hc, http.MethodGet, baseURL)
	if err != nil {
		return rep, err
	}
	defer func() { _ = resp.Body.Close() }()
	if resp.StatusCode != http.StatusOK {
		return rep, fmt.Errorf("GET %s: status %d", fakeclaude.ReceivedPath, resp.StatusCode)
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, 256<<20)).Decode(&rep); err != nil {
		return rep, fmt.Errorf("GET %s: %w", fakeclaude.ReceivedPath, err)
	}
	return rep, nil
}

// ResetReceived empties fake-claude's record at baseURL.
func ResetReceived(ctx context.Context, hc *http.Client, baseURL string) error {
	resp, err := debugCall(ctx, hc, http.MethodDelete, baseURL)
	if err != nil {
		return err
	}
	defer func() { _ = resp.Body.Close() }()
	if resp.StatusCode != http.StatusNoContent {
		return fmt.Errorf("DELETE %s: status %d", fakeclaude.ReceivedPath, resp.StatusCode)
	}
	return nil
}

func debugCall(ctx context.Context, hc *http.Client, method, baseURL string) (*http.Response, error) {
	if hc == nil {
		hc = &http.Client{Timeout: 30 * time.Second}
	}
	req, err := http.NewRequestWithContext(ctx, method, strings.TrimRight(baseURL, "/")+fakeclaude.ReceivedPath, nil)
	if err != nil {
		return nil, err
	}
	resp, err := hc.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", method, fakeclaude.ReceivedPath, err)
	}
	return resp, nil
}

// Leaks returns the identifiers that occur in any request body fake-claude received.
func Leaks(rep fakeclaude.ReceivedReport, identifiers []string) []string {
	var leaked []string
	for _, id := range identifiers {
		for _, r := range rep.Requests {
			if strings.Contains(r.Body, id) || strings.Contains(r.Body, jsonEscaped(id)) {
				leaked = append(leaked, id)
				break
			}
		}
	}
	return leaked
}

// jsonEscaped is id as it appears inside a JSON string (e.g. a "/" in an ARN stays "/", a
// quote becomes \").
func jsonEscaped(id string) string {
	b, err := json.Marshal(id)
	if err != nil || len(b) < 2 {
		return id
	}
	return string(b[1 : len(b)-1])
}

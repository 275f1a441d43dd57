package claude

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync"
	"time"

	"go.uber.org/zap"
)

// GatewayURL is where the aws-masker plugin answers for itself on the
// Claude host. Only the masking gateway answers there; the real API does not.
const GatewayURL = BaseURL + "/.well-known/aws-masker"

// GatewayPlugin is the "plugin" value the gateway must report.
const GatewayPlugin = "aws-masker"

// ErrGatewayUnverified is returned (wrapped) when the masking gateway is not
// confirmed in front of the Claude API: nothing may be sent.
var ErrGatewayUnverified = errors.New("masking gateway unverified")

// GatewayInfo is what the gateway reports about itself.
type GatewayInfo struct {
	Plugin         string `json:"plugin"`
	Version        string `json:"version"`
	RulesetVersion string `json:"rulesetVersion"`
	Rules          int    `json:"-"` // number of masking rules
}

// Gateway verifies that the masking gateway intercepts BaseURL. Successes
// are cached for TTL; failures are never cached. Safe for concurrent use.
type Gateway struct {
	// HTTPClient reaches BaseURL; required (the same transport as the Client).
	HTTPClient *http.Client
	// TTL of a successful verification. Zero means verify every time.
	TTL time.Duration
	// Timeout of one probe. Default 5s.
	Timeout time.Duration
	// Now is the clock; default time.Now.
	Now func() time.Time
	// Logger, when set, records each fresh verification (plugin version,
	// ruleset version, rule count: nothing sensitive).
	Logger *zap.Logger

	mu    sync.Mutex
	until time.Time
	info  GatewayInfo
}

func (g *Gateway) now() time.Time {
	if g.Now != nil {
		return g.Now()
	}
	return time.Now()
}

// Verify returns the gateway's self-description, or an error wrapping
// ErrGatewayUnverified that says why (no body content, no secrets).
func (g *Gateway) Verify(ctx context.Context) (GatewayInfo, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.now().Before(g.until) {
		return g.info, nil
	}
	info, err := g.probe(ctx)
	if err != nil {
		g.until = time.Time{}
		return GatewayInfo{}, fmt.Errorf("%w: %s", ErrGatewayUnverified, err.Error())
	}
	g.info, g.until = info, g.now().Add(g.TTL)
	if g.Logger != nil {
		g.Logger.Info("masking gateway verified", zap.String("version", info.Version),
			zap.String("rulesetVersion", info.RulesetVersion), zap.Int("rules", info.Rules))
	}
	return info, nil
}

func (g *Gateway) probe(ctx context.Context) (GatewayInfo, error) {
	timeout := g.Timeout
	if timeout <= 0 {
		timeout = 5 * time.Second
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, GatewayURL, nil)
	if err != nil {
		return GatewayInfo{}, err
	}
	req.Header.Set("Accept", "application/json")
	res, err := g.HTTPClient.Do(req)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return GatewayInfo{}, errors.New("probe timed out")
		}
		return GatewayInfo{}, errors.New("probe failed: cannot reach the Claude host through a trusted TLS connection")
	}
	defer func() { _ = res.Body.Close() }()
	if res.StatusCode != http.StatusOK {
		return GatewayInfo{}, fmt.Errorf("probe answered HTTP %d", res.StatusCode)
	}
	body, err := io.ReadAll(io.LimitReader(res.Body, 64<<10))
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		// the deadline passed during the exchange: whatever arrived (an empty answer written
		// as the connection was cancelled) is not the gateway's probe answer
		return GatewayInfo{}, errors.New("probe timed out")
	}
	if err != nil {
		return GatewayInfo{}, errors.New("probe body unreadable")
	}
	var raw struct {
		GatewayInfo
		Rules json.RawMessage `json:"rules"`
	}
	if err := json.Unmarshal(body, &raw); err != nil {
		return GatewayInfo{}, errors.New("probe answer is not a JSON object")
	}
	if raw.Plugin != GatewayPlugin {
		return GatewayInfo{}, errors.New("probe answer does not identify the aws-masker plugin")
	}
	info := raw.GatewayInfo
	var n int
	var list []json.RawMessage
	switch {
	case json.Unmarshal(raw.Rules, &n) == nil:
		info.Rules = n
	case json.Unmarshal(raw.Rules, &list) == nil:
		info.Rules = len(list)
	}
	return info, nil
}

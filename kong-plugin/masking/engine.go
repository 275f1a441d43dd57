package masking

import (
	"crypto/rand"
	"errors"
	"fmt"
	"strings"
	"sync"
)

// Config adjusts the built-in rule set. The zero value is the full built-in rule set with a
// random thinking key.
type Config struct {
	// DisabledRules lists rule IDs to switch off. An unknown ID is an error.
	DisabledRules []string
	// NeverMask lists exact values that are never masked (for example a public data-set
	// bucket the model should see by name).
	NeverMask []string
	// CustomRules are extra rules, run after the built-in ones.
	CustomRules []CustomRule
	// ThinkingKey is the HMAC-SHA256 key that authenticates thinking-block envelopes (see
	// the package doc). It must be at least 16 bytes when set. Nil means a random key per
	// Engine, so envelopes do not survive a restart; set it to share envelopes between
	// processes or restarts.
	ThinkingKey []byte
	// ScanWorkers bounds the goroutines that scan one large request (64 KiB of text or more,
	// in two or more string literals); the output is the same for every value. 0 means
	// runtime.GOMAXPROCS(0), at most 8; 1 scans every request on the caller's goroutine.
	// Negative is an error.
	ScanWorkers int
}

// CustomRule is a user-supplied detection rule.
type CustomRule struct {
	ID      string // unique, [a-z0-9][a-z0-9-]*
	Type    string // secret type, [a-z0-9][a-z0-9-]*; shown in tokens (upper-cased)
	Pattern string // RE2; the whole match is masked, or capture group 1 when the pattern has one
}

// RuleInfo describes one enabled rule.
type RuleInfo struct {
	ID      string // stable rule ID
	Type    string // secret type the rule reports
	Builtin bool   // false for Config.CustomRules
}

// Engine is a compiled rule set plus the thinking key. It is immutable and safe for
// concurrent use; create one per configuration and a Session per request.
type Engine struct {
	det       *detector
	key       []byte
	maxTokLen int               // longest token any enabled type can produce
	names     map[string]string // TYPE part of a token -> secret type, for every enabled rule
	typeNames map[string]string // secret type -> TYPE part of its tokens
	sessions  sync.Pool         // *Session released by Session.Release, for reuse
	workers   int               // Config.ScanWorkers
}

const (
	minThinkingKey = 16
	maxTypeLen     = 48 // longest secret type, so tokens stay short and bounded
	maxCounterLen  = 10 // digits of a per-type counter
)

// New validates cfg (every problem is reported, joined) and compiles the rule set once.
// A failure is an *Error with Code INVALID_CONFIG.
func New(cfg Config) (*Engine, error) {
	var errs []error
	if cfg.ThinkingKey != nil && len(cfg.ThinkingKey) < minThinkingKey {
		errs = append(errs, fmt.Errorf("ThinkingKey: %d bytes, want at least %d", len(cfg.ThinkingKey), minThinkingKey))
	}
	if cfg.ScanWorkers < 0 {
		errs = append(errs, fmt.Errorf("ScanWorkers: %d, want 0 (automatic) or more", cfg.ScanWorkers))
	}
	det, err := newDetector(cfg)
	if err != nil {
		errs = append(errs, err)
	}
	e := &Engine{det: det, workers: cfg.ScanWorkers, names: make(map[string]string), typeNames: make(map[string]string)}
	if det != nil {
		for _, r := range det.rules() {
			e.names[typeTokenName(r.Type)] = r.Type
			e.typeNames[r.Type] = typeTokenName(r.Type)
			if len(r.Type) > maxTypeLen {
				errs = append(errs, fmt.Errorf("rule %q: type is %d bytes, at most %d", r.ID, len(r.Type), maxTypeLen))
			}
			if n := len(tokenPrefix) + len(r.Type) + 1 + maxCounterLen; n > e.maxTokLen {
				e.maxTokLen = n
			}
		}
	}
	if len(errs) > 0 {
		return nil, &Error{Code: CodeInvalidConfig, Message: "invalid masking configuration", Err: errors.Join(errs...)}
	}
	if cfg.ThinkingKey != nil {
		e.key = append([]byte(nil), cfg.ThinkingKey...)
	} else {
		e.key = make([]byte, 32)
		if _, err := rand.Read(e.key); err != nil {
			return nil, &Error{Code: CodeInvalidConfig, Message: "cannot draw a random thinking key", Err: err}
		}
	}
	if e.maxTokLen == 0 {
		e.maxTokLen = len(tokenPrefix) + 1 + 1 + maxCounterLen
	}
	return e, nil
}

// Version returns the rule-set version, "<semver>+<short hash of the enabled rules>", so logs
// and metrics can tell which rules masked a request.
func (e *Engine) Version() string { return e.det.version() }

// Rules lists the enabled rules in the order they run (built-in, then custom).
func (e *Engine) Rules() []RuleInfo {
	all := e.det.rules() // indexed like the detector's table; disabled built-ins included
	out := make([]RuleInfo, 0, len(all))
	for i, r := range all {
		if i < len(e.det.on) && !e.det.on[i] {
			continue
		}
		out = append(out, r)
	}
	return out
}

// NewSession starts the masking of one request. A Session is not safe for concurrent use.
// It reuses the working memory of a Session given back with Release when there is one.
func (e *Engine) NewSession() *Session {
	s, _ := e.sessions.Get().(*Session)
	if s == nil {
		s = &Session{eng: e, byOrig: make(map[string]int32), typeIdx: make(map[string]int32)}
		s.prop.n = -1
	}
	s.released = false
	s.mapping = newMapping(e)
	return s
}

// typeOfToken returns the secret type a token stands for (best effort for disabled types).
func (e *Engine) typeOfToken(tok string) string {
	name, _ := tokenShape([]byte(tok))
	if t, ok := e.names[string(name)]; ok {
		return t
	}
	return strings.ReplaceAll(strings.ToLower(string(name)), "_", "-")
}

// tokenName returns the TYPE part of the tokens of secret type typ.
func (e *Engine) tokenName(typ string) string {
	if n, ok := e.typeNames[typ]; ok {
		return n
	}
	return typeTokenName(typ)
}

package gateway

import (
	"errors"
	"fmt"
	"os"
	"sync"

	"github.com/aws-masker/aws-masker/kong-plugin/masking"
)

// Defaults applied by [Config.Handler] to fields left empty (Kong sends absent fields as
// null, which decodes to the zero value).
const (
	// DefaultMaxBodyBytes is the request body limit: 8 MiB. Claude's own request limit for
	// the Messages API is 32 MB, but AWS inventories that need more than 8 MiB of text are
	// better split; keep it at or below nginx's client_body_buffer_size (16m in kong/) so
	// bodies stay in memory.
	DefaultMaxBodyBytes = 8 << 20
	// DefaultMaxResponseBytes is the upstream response limit: 32 MiB, decoded.
	DefaultMaxResponseBytes = 32 << 20
	// maxLimit caps both limits (1 GiB) so a typo cannot disable them.
	maxLimit = 1 << 30
)

// Config is the plugin's configuration: the Kong plugin schema (snake_case JSON keys, go-pdk
// derives the schema from these fields) and the standalone proxy's --config file. Defaults
// are applied in one place, [Config.Handler]; prepared state lives in unexported fields.
type Config struct {
	// DisabledRules lists built-in rule IDs to switch off. Default: none. An unknown ID is
	// a configuration error.
	DisabledRules []string `json:"disabled_rules"`
	// NeverMask lists exact values never masked (for example a public data-set bucket the
	// model should see by name). Default: none.
	NeverMask []string `json:"never_mask"`
	// CustomRules are extra rules run after the built-in ones. Default: none.
	CustomRules []CustomRule `json:"custom_rules"`
	// MaxBodyBytes is the largest request body accepted, in bytes, raw and decoded.
	// Default (0 or null): DefaultMaxBodyBytes (8 MiB). Larger bodies get 413.
	MaxBodyBytes int `json:"max_body_bytes"`
	// MaxResponseBytes is the largest upstream body restored, in bytes, raw and decoded.
	// Default (0 or null): DefaultMaxResponseBytes (32 MiB). Larger bodies get 502.
	MaxResponseBytes int `json:"max_response_bytes"`
	// RestoreResponses restores tokens in upstream responses. Default (null): true. With
	// false, clients see tokens (useful only to inspect what Claude received).
	RestoreResponses *bool `json:"restore_responses"`
	// ThinkingKey is the secret (at least 16 bytes) that authenticates the engine's
	// thinking-block envelopes, so multi-turn conversations with extended thinking survive
	// restarts and span processes. Default: empty, a random key per plugin instance.
	ThinkingKey string `json:"thinking_key"`
	// ThinkingKeyEnv names an environment variable holding ThinkingKey, so the secret stays
	// out of kong.yml (Kong must pass it to the plugin server: KONG_NGINX_MAIN_ENV). Default:
	// empty. Setting both ThinkingKey and ThinkingKeyEnv is an error; naming an unset or
	// empty variable is an error.
	ThinkingKeyEnv string `json:"thinking_key_env"`

	once    sync.Once
	handler *Handler
	err     error
}

// CustomRule is one user-supplied detection rule (see masking.CustomRule).
type CustomRule struct {
	// ID is unique, [a-z0-9][a-z0-9-]*.
	ID string `json:"id"`
	// Type is the secret type shown in tokens, [a-z0-9][a-z0-9-]*.
	Type string `json:"type"`
	// Pattern is RE2; the whole match is masked, or capture group 1 when it has one.
	Pattern string `json:"pattern"`
}

// Handler applies the defaults, validates every field (all problems joined) and compiles the
// engine, once per Config; later calls return the same result. The returned Handler is
// immutable and safe for concurrent use, as Kong shares one plugin instance between requests.
func (c *Config) Handler() (*Handler, error) {
	c.once.Do(func() { c.handler, c.err = c.build() })
	return c.handler, c.err
}

func (c *Config) build() (*Handler, error) {
	var errs []error
	maxBody, err := limit("max_body_bytes", c.MaxBodyBytes, DefaultMaxBodyBytes)
	errs = appendErr(errs, err)
	maxResp, err := limit("max_response_bytes", c.MaxResponseBytes, DefaultMaxResponseBytes)
	errs = appendErr(errs, err)
	restore := true
	if c.RestoreResponses != nil {
		restore = *c.RestoreResponses
	}
	key, err := c.thinkingKey()
	errs = appendErr(errs, err)

	mc := masking.Config{
		DisabledRules: c.DisabledRules,
		NeverMask:     c.NeverMask,
		ThinkingKey:   key,
	}
	for _, r := range c.CustomRules {
		mc.CustomRules = append(mc.CustomRules, masking.CustomRule{ID: r.ID, Type: r.Type, Pattern: r.Pattern})
	}
	eng, err := masking.New(mc)
	errs = appendErr(errs, err)
	if len(errs) > 0 {
		return nil, fmt.Errorf("aws-masker config: %w", errors.Join(errs...))
	}
	return newHandler(eng, settings{
		maxBody:     maxBody,
		maxResponse: maxResp,
		restore:     restore,
	}), nil
}

func (c *Config) thinkingKey() ([]byte, error) {
	switch {
	case c.ThinkingKey != "" && c.ThinkingKeyEnv != "":
		return nil, errors.New("thinking_key and thinking_key_env are mutually exclusive")
	case c.ThinkingKey != "":
		return []byte(c.ThinkingKey), nil
	case c.ThinkingKeyEnv != "":
		v, ok := os.LookupEnv(c.ThinkingKeyEnv)
		if !ok || v == "" {
			// The variable's name is configuration, not a secret; its value is never shown.
			return nil, fmt.Errorf("thinking_key_env: environment variable %q is not set", c.ThinkingKeyEnv)
		}
		return []byte(v), nil
	}
	return nil, nil
}

func limit(name string, v, def int) (int64, error) {
	switch {
	case v == 0:
		return int64(def), nil
	case v < 0 || v > maxLimit:
		return 0, fmt.Errorf("%s: %d is outside 1..%d", name, v, maxLimit)
	}
	return int64(v), nil
}

func appendErr(errs []error, err error) []error {
	if err != nil {
		return append(errs, err)
	}
	return errs
}

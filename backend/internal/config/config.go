// Package config is the backend's one composed configuration: every
// environment variable it reads, its default, and a Validate that reports
// every problem at once.
package config

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/anthropics/anthropic-sdk-go/v2"
)

// DefaultModel is the Claude model used when CLAUDE_MODEL is unset: a
// current model, named by the SDK's own constant.
const DefaultModel = anthropic.ModelClaudeSonnet5_5

// Environments accepted in APP_ENV.
const (
	EnvProduction  = "production"
	EnvDevelopment = "development"
	EnvTest        = "test"
)

// Config is the backend configuration. Zero values are replaced by the
// defaults stated on each field when read with Load.
type Config struct {
	// Port to listen on (PORT). Default 8080.
	Port int
	// APIKeys accepted as "Authorization: Bearer <key>" (BACKEND_API_KEYS,
	// comma-separated, each at least 16 characters). Required unless AuthDisabled.
	APIKeys []string
	// AuthDisabled turns off client authentication (BACKEND_AUTH_DISABLED=true).
	// Development only: refused when Env is production.
	AuthDisabled bool
	// AnthropicAPIKey authenticates to the Claude API (ANTHROPIC_API_KEY). Required.
	AnthropicAPIKey string
	// Model is the Claude model (CLAUDE_MODEL). Default DefaultModel.
	Model string
	// Env is production, development or test (APP_ENV). Default production,
	// which hides internal error messages.
	Env string
	// LogLevel is debug, info, warn or error (LOG_LEVEL). Default info.
	LogLevel string
	// GatewayCheck verifies the masking gateway before any call to Claude
	// (MASKING_GATEWAY_CHECK=on|off). Default on; off is refused in production.
	GatewayCheck bool
	// GatewayCacheTTL is how long a successful gateway verification is
	// trusted (MASKING_GATEWAY_CACHE_TTL). Default 30s. Failures are never cached.
	GatewayCacheTTL time.Duration
	// Regions collected when a request names none (AWS_REGIONS, comma-separated).
	// Default: the region of the AWS configuration (AWS_REGION), else us-east-1.
	Regions []string
	// ClaudeTimeout bounds one Claude call including its retries (CLAUDE_TIMEOUT). Default 120s.
	ClaudeTimeout time.Duration
	// CollectTimeout bounds the whole AWS collection (COLLECT_TIMEOUT). Default 60s.
	CollectTimeout time.Duration
	// AWSCallTimeout bounds one AWS API call (AWS_CALL_TIMEOUT). Default 20s.
	AWSCallTimeout time.Duration
	// CollectConcurrency bounds the AWS calls in flight per analysis (COLLECT_CONCURRENCY). Default 8.
	CollectConcurrency int
	// MaxConcurrentAnalyses bounds the analyses in flight; more get 429
	// (MAX_CONCURRENT_ANALYSES). Default 4.
	MaxConcurrentAnalyses int
	// PromptBudgetBytes caps the inventory JSON sent to Claude (PROMPT_BUDGET_BYTES). Default 200000.
	PromptBudgetBytes int
	// MaxBodyBytes caps a request body; larger gets 413 (MAX_BODY_BYTES). Default 65536.
	MaxBodyBytes int64
	// ShutdownTimeout is how long in-flight requests may finish after SIGTERM (SHUTDOWN_TIMEOUT). Default 30s.
	ShutdownTimeout time.Duration
}

// Production reports whether internal messages must be hidden.
func (c Config) Production() bool { return c.Env == EnvProduction }

// AnalyzeTimeout bounds a whole /analyze: collection, gateway check and Claude.
func (c Config) AnalyzeTimeout() time.Duration {
	return c.CollectTimeout + c.ClaudeTimeout + 10*time.Second
}

// Load reads the configuration through getenv, applies defaults and
// validates it. The error joins every problem found.
func Load(getenv func(string) string) (Config, error) {
	var errs []error
	str := func(k, def string) string {
		if v := strings.TrimSpace(getenv(k)); v != "" {
			return v
		}
		return def
	}
	integer := func(k string, def int) int {
		v := str(k, "")
		if v == "" {
			return def
		}
		n, err := strconv.Atoi(v)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %q is not an integer", k, v))
			return def
		}
		return n
	}
	duration := func(k string, def time.Duration) time.Duration {
		v := str(k, "")
		if v == "" {
			return def
		}
		d, err := time.ParseDuration(v)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %q is not a duration (e.g. 30s)", k, v))
			return def
		}
		return d
	}
	boolean := func(k string, def bool) bool {
		v := strings.ToLower(str(k, ""))
		switch v {
		case "":
			return def
		case "true", "1", "yes", "on":
			return true
		case "false", "0", "no", "off":
			return false
		}
		errs = append(errs, fmt.Errorf("%s: %q is not a boolean (true/false, on/off)", k, v))
		return def
	}
	c := Config{
		Port:                  integer("PORT", 8080),
		APIKeys:               list(getenv("BACKEND_API_KEYS")),
		AuthDisabled:          boolean("BACKEND_AUTH_DISABLED", false),
		AnthropicAPIKey:       strings.TrimSpace(getenv("ANTHROPIC_API_KEY")),
		Model:                 str("CLAUDE_MODEL", DefaultModel),
		Env:                   strings.ToLower(str("APP_ENV", EnvProduction)),
		LogLevel:              strings.ToLower(str("LOG_LEVEL", "info")),
		GatewayCheck:          boolean("MASKING_GATEWAY_CHECK", true),
		GatewayCacheTTL:       duration("MASKING_GATEWAY_CACHE_TTL", 30*time.Second),
		Regions:               list(getenv("AWS_REGIONS")),
		ClaudeTimeout:         duration("CLAUDE_TIMEOUT", 120*time.Second),
		CollectTimeout:        duration("COLLECT_TIMEOUT", 60*time.Second),
		AWSCallTimeout:        duration("AWS_CALL_TIMEOUT", 20*time.Second),
		CollectConcurrency:    integer("COLLECT_CONCURRENCY", 8),
		MaxConcurrentAnalyses: integer("MAX_CONCURRENT_ANALYSES", 4),
		PromptBudgetBytes:     integer("PROMPT_BUDGET_BYTES", 200_000),
		MaxBodyBytes:          int64(integer("MAX_BODY_BYTES", 64<<10)),
		ShutdownTimeout:       duration("SHUTDOWN_TIMEOUT", 30*time.Second),
	}
	errs = append(errs, c.Validate())
	return c, errors.Join(errs...)
}

func list(s string) []string {
	var out []string
	for p := range strings.SplitSeq(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

var (
	modelPattern  = regexp.MustCompile(`^[a-z0-9][a-z0-9.\-]{0,99}$`)
	regionPattern = regexp.MustCompile(`^[a-z]{2}(-[a-z]+)+-\d{1,2}$`)
)

// ValidRegion reports whether s looks like an AWS region name (us-east-1, us-gov-west-1).
func ValidRegion(s string) bool { return regionPattern.MatchString(s) }

// Validate reports every problem of c, joined; nil when c is usable.
func (c Config) Validate() error {
	var errs []error
	bad := func(format string, a ...any) { errs = append(errs, fmt.Errorf(format, a...)) }
	if c.Port < 1 || c.Port > 65535 {
		bad("PORT: %d is not a TCP port", c.Port)
	}
	switch c.Env {
	case EnvProduction, EnvDevelopment, EnvTest:
	default:
		bad("APP_ENV: %q is not production, development or test", c.Env)
	}
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		bad("LOG_LEVEL: %q is not debug, info, warn or error", c.LogLevel)
	}
	if c.AuthDisabled && c.Production() {
		bad("BACKEND_AUTH_DISABLED: authentication cannot be disabled when APP_ENV=production")
	}
	if !c.AuthDisabled && len(c.APIKeys) == 0 {
		bad("BACKEND_API_KEYS: at least one key is required (or BACKEND_AUTH_DISABLED=true in development)")
	}
	for i, k := range c.APIKeys {
		if len(k) < 16 {
			bad("BACKEND_API_KEYS: key %d is shorter than 16 characters", i+1)
		}
	}
	if c.AnthropicAPIKey == "" {
		bad("ANTHROPIC_API_KEY: required")
	}
	if !modelPattern.MatchString(c.Model) {
		bad("CLAUDE_MODEL: %q is not a model name", c.Model)
	}
	if !c.GatewayCheck && c.Production() {
		bad("MASKING_GATEWAY_CHECK: the masking gateway check cannot be turned off when APP_ENV=production")
	}
	for _, r := range c.Regions {
		if !ValidRegion(r) {
			bad("AWS_REGIONS: %q is not a region name", r)
		}
	}
	positive := func(name string, d time.Duration) {
		if d <= 0 {
			bad("%s: must be positive", name)
		}
	}
	positive("CLAUDE_TIMEOUT", c.ClaudeTimeout)
	positive("COLLECT_TIMEOUT", c.CollectTimeout)
	positive("AWS_CALL_TIMEOUT", c.AWSCallTimeout)
	positive("SHUTDOWN_TIMEOUT", c.ShutdownTimeout)
	if c.GatewayCacheTTL < 0 {
		bad("MASKING_GATEWAY_CACHE_TTL: must not be negative")
	}
	if c.CollectConcurrency < 1 || c.CollectConcurrency > 64 {
		bad("COLLECT_CONCURRENCY: %d is not in 1..64", c.CollectConcurrency)
	}
	if c.MaxConcurrentAnalyses < 1 {
		bad("MAX_CONCURRENT_ANALYSES: must be at least 1")
	}
	if c.PromptBudgetBytes < 1000 {
		bad("PROMPT_BUDGET_BYTES: must be at least 1000")
	}
	if c.MaxBodyBytes < 1024 {
		bad("MAX_BODY_BYTES: must be at least 1024")
	}
	return errors.Join(errs...)
}

package config_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aws-masker/aws-masker/backend/internal/config"
)

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func base() map[string]string {
	return map[string]string{"BACKEND_API_KEYS": "key-aaaaaaaaaaaaaaaa, key-bbbbbbbbbbbbbbbb", "ANTHROPIC_API_KEY": "sk-ant-x"}
}

func TestLoadDefaults(t *testing.T) {
	c, err := config.Load(env(base()))
	require.NoError(t, err)
	assert.Equal(t, 8080, c.Port)
	assert.Equal(t, []string{"key-aaaaaaaaaaaaaaaa", "key-bbbbbbbbbbbbbbbb"}, c.APIKeys)
	assert.Equal(t, config.DefaultModel, c.Model)
	assert.Equal(t, "claude-sonnet-5-5", c.Model)
	assert.Equal(t, "production", c.Env)
	assert.True(t, c.Production())
	assert.Equal(t, "info", c.LogLevel)
	assert.True(t, c.GatewayCheck)
	assert.Equal(t, 30*time.Second, c.GatewayCacheTTL)
	assert.Equal(t, 120*time.Second, c.ClaudeTimeout)
	assert.Equal(t, 60*time.Second, c.CollectTimeout)
	assert.Equal(t, 190*time.Second, c.AnalyzeTimeout())
	assert.Equal(t, int64(65536), c.MaxBodyBytes)
	assert.False(t, c.AuthDisabled)
}

func TestLoadOverrides(t *testing.T) {
	m := base()
	for k, v := range map[string]string{
		"PORT": "9090", "APP_ENV": "development", "LOG_LEVEL": "debug", "MASKING_GATEWAY_CHECK": "off",
		"BACKEND_AUTH_DISABLED": "true", "CLAUDE_MODEL": "claude-opus-5-5", "AWS_REGIONS": "eu-west-1, us-gov-west-1",
		"CLAUDE_TIMEOUT": "30s", "COLLECT_CONCURRENCY": "16", "PROMPT_BUDGET_BYTES": "5000", "MASKING_GATEWAY_CACHE_TTL": "0s",
	} {
		m[k] = v
	}
	c, err := config.Load(env(m))
	require.NoError(t, err)
	assert.Equal(t, 9090, c.Port)
	assert.False(t, c.GatewayCheck)
	assert.True(t, c.AuthDisabled)
	assert.Equal(t, "claude-opus-5-5", c.Model)
	assert.Equal(t, []string{"eu-west-1", "us-gov-west-1"}, c.Regions)
	assert.Equal(t, 30*time.Second, c.ClaudeTimeout)
	assert.Equal(t, 16, c.CollectConcurrency)
	assert.Equal(t, time.Duration(0), c.GatewayCacheTTL)
}

func TestLoadReportsEveryProblem(t *testing.T) {
	_, err := config.Load(env(map[string]string{
		"PORT": "http", "APP_ENV": "staging", "LOG_LEVEL": "loud", "BACKEND_API_KEYS": "tiny-k3y",
		"CLAUDE_MODEL": "Bad Model!", "AWS_REGIONS": "mars-1", "CLAUDE_TIMEOUT": "soon", "COLLECT_CONCURRENCY": "0",
		"MASKING_GATEWAY_CHECK": "maybe", "MAX_BODY_BYTES": "10", "PROMPT_BUDGET_BYTES": "1", "MAX_CONCURRENT_ANALYSES": "0",
		"AWS_CALL_TIMEOUT": "-1s", "MASKING_GATEWAY_CACHE_TTL": "-1s",
	}))
	require.Error(t, err)
	for _, want := range []string{"PORT", "APP_ENV", "LOG_LEVEL", "BACKEND_API_KEYS", "ANTHROPIC_API_KEY", "CLAUDE_MODEL",
		"AWS_REGIONS", "CLAUDE_TIMEOUT", "COLLECT_CONCURRENCY", "MASKING_GATEWAY_CHECK", "MAX_BODY_BYTES", "PROMPT_BUDGET_BYTES",
		"MAX_CONCURRENT_ANALYSES", "AWS_CALL_TIMEOUT", "MASKING_GATEWAY_CACHE_TTL"} {
		assert.Contains(t, err.Error(), want)
	}
	assert.NotContains(t, err.Error(), "tiny-k3y", "key values are never echoed")
}

func TestProductionRefusesDevelopmentSwitches(t *testing.T) {
	for _, k := range []string{"BACKEND_AUTH_DISABLED=true", "MASKING_GATEWAY_CHECK=off"} {
		t.Run(k, func(t *testing.T) {
			m := base()
			name, val, _ := strings.Cut(k, "=")
			m[name] = val
			_, err := config.Load(env(m))
			require.Error(t, err)
			assert.Contains(t, err.Error(), name)
			m["APP_ENV"] = "development"
			_, err = config.Load(env(m))
			require.NoError(t, err)
		})
	}
}

func TestAuthDisabledNeedsNoKeys(t *testing.T) {
	_, err := config.Load(env(map[string]string{"ANTHROPIC_API_KEY": "k", "APP_ENV": "test", "BACKEND_AUTH_DISABLED": "1"}))
	require.NoError(t, err)
	_, err = config.Load(env(map[string]string{"ANTHROPIC_API_KEY": "k", "APP_ENV": "test"}))
	require.ErrorContains(t, err, "BACKEND_API_KEYS")
}

func TestValidRegion(t *testing.T) {
	for r, want := range map[string]bool{
		"us-east-1": true, "ap-southeast-2": true, "us-gov-west-1": true, "eu-central-2": true,
		"": false, "us-east": false, "US-EAST-1": false, "us_east_1": false, "us-east-1; rm": false,
	} {
		assert.Equal(t, want, config.ValidRegion(r), r)
	}
}

package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"
)

// kongDir is the repository's kong/ directory (the image, its config and their scripts).
func kongDir(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "kong"))
	require.NoError(t, err)
	return dir
}

type declarative struct {
	FormatVersion string `yaml:"_format_version"`
	Services      []struct {
		Name     string  `yaml:"name"`
		URL      string  `yaml:"url"`
		TLSVerif *bool   `yaml:"tls_verify"`
		TLSDepth *int    `yaml:"tls_verify_depth"`
		Retries  *int    `yaml:"retries"`
		Routes   []route `yaml:"routes"`
		Plugins  []struct {
			Name   string         `yaml:"name"`
			Config map[string]any `yaml:"config"`
		} `yaml:"plugins"`
	} `yaml:"services"`
	Consumers []struct {
		Username string `yaml:"username"`
		Keys     []struct {
			Key string `yaml:"key"`
		} `yaml:"keyauth_credentials"`
	} `yaml:"consumers"`
	Plugins []any `yaml:"plugins"`
}

type route struct {
	Name      string   `yaml:"name"`
	Protocols []string `yaml:"protocols"`
	Hosts     []string `yaml:"hosts"`
	SNIs      []string `yaml:"snis"`
	Paths     []string `yaml:"paths"`
	StripPath *bool    `yaml:"strip_path"`
}

func loadKongYML(t *testing.T, path string) declarative {
	t.Helper()
	raw, err := os.ReadFile(path)
	require.NoError(t, err)
	var d declarative
	dec := yaml.NewDecoder(strings.NewReader(string(raw)))
	require.NoError(t, dec.Decode(&d))
	return d
}

func TestKongYML(t *testing.T) {
	d := loadKongYML(t, filepath.Join(kongDir(t), "kong.yml"))
	assert.Equal(t, "3.0", d.FormatVersion)
	assert.Empty(t, d.Plugins, "no global plugin: each service states its own")

	schema := configSchema(t, func() pluginDump { pd, _ := dumpInfo(t, t.TempDir()); return pd }())

	services := map[string]int{}
	for i, s := range d.Services {
		services[s.Name] = i
	}
	require.Contains(t, services, "anthropic")
	require.Contains(t, services, "backend")
	require.Len(t, d.Services, 2)

	t.Run("anthropic", func(t *testing.T) {
		s := d.Services[services["anthropic"]]
		assert.Equal(t, "https://api.anthropic.com", s.URL)
		require.NotNil(t, s.TLSVerif)
		assert.True(t, *s.TLSVerif, "Kong verifies the real api.anthropic.com")
		require.NotNil(t, s.TLSDepth)
		assert.GreaterOrEqual(t, *s.TLSDepth, 2, "nginx's default depth 1 rejects public chains")
		require.NotNil(t, s.Retries)
		assert.Zero(t, *s.Retries, "a Messages request is never replayed")
		require.Len(t, s.Routes, 1)
		r := s.Routes[0]
		assert.Equal(t, []string{"https"}, r.Protocols, "only over TLS, with the local certificate")
		assert.Equal(t, []string{"api.anthropic.com"}, r.Hosts)
		assert.Equal(t, []string{"api.anthropic.com"}, r.SNIs)
		require.Len(t, s.Plugins, 1)
		p := s.Plugins[0]
		assert.Equal(t, "aws-masker", p.Name)
		for key := range p.Config {
			assert.Contains(t, schema, key, "kong.yml sets %q, which the plugin's -dump schema lacks", key)
		}
		// Types Kong will validate against the schema.
		for key, v := range p.Config {
			switch schema[key].Type {
			case "integer":
				assert.IsType(t, 0, v, key)
			case "boolean":
				assert.IsType(t, true, v, key)
			case "string":
				assert.IsType(t, "", v, key)
			case "array":
				assert.IsType(t, []any{}, v, key)
			}
		}
		assert.NotContains(t, p.Config, "thinking_key", "the secret itself never lives in kong.yml")
	})

	t.Run("backend", func(t *testing.T) {
		s := d.Services[services["backend"]]
		assert.Equal(t, "http://backend:8080", s.URL)
		var paths []string
		for _, r := range s.Routes {
			paths = append(paths, r.Paths...)
			assert.Empty(t, r.Hosts, "the backend API is matched by path")
		}
		assert.ElementsMatch(t, []string{"/analyze", "/health", "/ready"}, paths)
		names := map[string]map[string]any{}
		for _, p := range s.Plugins {
			names[p.Name] = p.Config
		}
		require.Contains(t, names, "key-auth", "no unauthenticated path reaches the backend")
		require.Contains(t, names, "rate-limiting")
		assert.Equal(t, true, names["key-auth"]["hide_credentials"], "the key is not forwarded")
		assert.Equal(t, false, names["key-auth"]["key_in_query"], "keys in URLs end up in logs")
		assert.Equal(t, "consumer", names["rate-limiting"]["limit_by"])
	})

	t.Run("consumer keys come from the environment", func(t *testing.T) {
		require.NotEmpty(t, d.Consumers)
		for _, c := range d.Consumers {
			require.NotEmpty(t, c.Keys)
			for _, k := range c.Keys {
				assert.Regexp(t, `^\$\{[A-Z][A-Z0-9_]*\}$`, k.Key, "a placeholder, never a literal key")
			}
		}
	})
}

// renderConfig runs kong/render-config.sh as the image's entrypoint does.
func renderConfig(t *testing.T, env []string, extra ...string) (string, string, error) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "kong.yml")
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	args := append([]string{filepath.Join(kongDir(t), "render-config.sh"), filepath.Join(kongDir(t), "kong.yml")}, extra...)
	cmd := exec.CommandContext(ctx, "sh", args...)
	cmd.Env = append([]string{"PATH=" + os.Getenv("PATH"), "KONG_DECLARATIVE_CONFIG=" + out}, env...)
	msg, err := cmd.CombinedOutput()
	return out, string(msg), err
}

func TestRenderConfig(t *testing.T) {
	const key = "k3y-0123456789abcdefABCDEF_xyz"
	out, msg, err := renderConfig(t, []string{"AWS_MASKER_CLIENT_API_KEY=" + key})
	require.NoError(t, err, msg)
	d := loadKongYML(t, out)
	require.Len(t, d.Consumers, 1)
	assert.Equal(t, key, d.Consumers[0].Keys[0].Key)
	fi, err := os.Stat(out)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), fi.Mode().Perm(), "the rendered file holds a secret")
	assert.NotContains(t, msg, key, "the key is never printed")

	t.Run("then execs the command", func(t *testing.T) {
		_, msg, err := renderConfig(t, []string{"AWS_MASKER_CLIENT_API_KEY=" + key}, "echo", "kong-started")
		require.NoError(t, err)
		assert.Equal(t, "kong-started\n", msg)
	})

	for name, env := range map[string][]string{
		"missing key":       nil,
		"short key":         {"AWS_MASKER_CLIENT_API_KEY=short"},
		"YAML injection":    {"AWS_MASKER_CLIENT_API_KEY=abcdefghijklmnopqrstuvwxyz\"\n  evil: true"},
		"sed metacharacter": {"AWS_MASKER_CLIENT_API_KEY=abcdefghijklmnopqrstuvwxyz|&"},
	} {
		t.Run(name, func(t *testing.T) {
			out, msg, err := renderConfig(t, env, "echo", "kong-started")
			assert.Error(t, err)
			assert.NotContains(t, msg, "kong-started", "Kong does not start")
			_, statErr := os.Stat(out)
			assert.True(t, os.IsNotExist(statErr), "no config is written")
		})
	}
}

func TestDockerfileWiresThePluginServer(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(kongDir(t), "Dockerfile"))
	require.NoError(t, err)
	df := string(raw)
	for _, want := range []string{
		"FROM kong:${KONG_VERSION}", "ARG KONG_VERSION=3.9.3",
		"CGO_ENABLED=0",
		"/usr/local/bin/aws-masker -dump",
		"KONG_DATABASE=off",
		"KONG_PLUGINS=bundled,aws-masker",
		"KONG_PLUGINSERVER_NAMES=aws-masker",
		`KONG_PLUGINSERVER_AWS_MASKER_START_CMD="/usr/local/bin/aws-masker -kong-prefix /usr/local/kong"`,
		`KONG_PLUGINSERVER_AWS_MASKER_QUERY_CMD="/usr/local/bin/aws-masker -dump -kong-prefix /usr/local/kong"`,
		"KONG_PLUGINSERVER_AWS_MASKER_SOCKET=/usr/local/kong/aws-masker.socket",
		"KONG_NGINX_HTTP_CLIENT_BODY_BUFFER_SIZE=16m",
		"KONG_ADMIN_LISTEN=127.0.0.1:8001",
		"KONG_NGINX_PROXY_PROXY_SSL_TRUSTED_CERTIFICATE=/etc/ssl/certs/ca-certificates.crt",
		"USER kong",
	} {
		assert.Contains(t, df, want)
	}
	// The listener that serves the intercepted name must not offer HTTP/2 (see plugin doc).
	m := regexp.MustCompile(`KONG_PROXY_LISTEN="([^"]*)"`).FindStringSubmatch(df)
	require.Len(t, m, 2)
	assert.NotContains(t, m[1], "http2")
	assert.Contains(t, m[1], ":443 ssl")
}

package tests

import (
	"bufio"
	"context"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/compose-spec/compose-go/v2/cli"
	"github.com/compose-spec/compose-go/v2/types"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gopkg.in/yaml.v3"

	"github.com/aws-masker/aws-masker/tests/demo"
)

// The compose file and the files it uses, relative to this package's directory.
const (
	composeFile  = "../compose.yaml"
	demoEnvFile  = "compose/demo.env"
	demoHosts    = "compose/kong-demo.hosts"
	kongConfig   = "../kong/kong.yml"
	anthropic    = "api.anthropic.com"
	meshNetwork  = "mesh"
	kongAdminTCP = 8001
)

// loadCompose loads compose.yaml with the compose specification's own loader (schema
// validation, interpolation, profiles), hermetically: env is the only environment, plus the
// --env-file files when given. Profiles come from COMPOSE_PROFILES as `docker compose` reads it.
func loadCompose(t *testing.T, env []string, envFiles ...string) *types.Project {
	t.Helper()
	root, err := filepath.Abs("..")
	require.NoError(t, err)
	opts := []cli.ProjectOptionsFn{
		cli.WithWorkingDirectory(root),
		cli.WithEnv(append([]string{"HOME=/home/user"}, env...)),
	}
	if len(envFiles) > 0 {
		opts = append(opts, cli.WithEnvFiles(envFiles...), cli.WithDotEnv)
	}
	opts = append(opts, cli.WithDefaultProfiles(), cli.WithName("aws-masker"))
	po, err := cli.NewProjectOptions([]string{composeFile}, opts...)
	require.NoError(t, err)
	p, err := po.LoadProject(context.Background())
	require.NoError(t, err, "compose.yaml must load with the compose-spec loader")
	return p
}

func serviceNames(p *types.Project) []string {
	names := p.ServiceNames()
	slices.Sort(names)
	return names
}

// oneShot services run to completion and are exempt from healthchecks and restart policies.
var oneShot = map[string]bool{"seed": true}

// checkCommon asserts what every profile must hold.
func checkCommon(t *testing.T, p *types.Project) {
	t.Helper()
	for name, svc := range p.Services {
		t.Run(name, func(t *testing.T) {
			assert.True(t, svc.ReadOnly, "read-only root filesystem")
			assert.Contains(t, svc.CapDrop, "ALL")
			assert.Contains(t, svc.SecurityOpt, "no-new-privileges:true")
			if oneShot[name] {
				assert.Equal(t, "no", svc.Restart, "a one-shot job is not restarted")
			} else {
				assert.Equal(t, types.RestartPolicyUnlessStopped, svc.Restart)
				require.NotNil(t, svc.HealthCheck, "healthcheck")
				assert.False(t, svc.HealthCheck.Disable)
				assert.NotEmpty(t, svc.HealthCheck.Test)
				assert.NotEqual(t, "NONE", svc.HealthCheck.Test[0])
			}
			if svc.Image != "" && svc.Build == nil {
				ref := svc.Image
				assert.Regexp(t, `:[0-9][0-9A-Za-z.\-]*$`, ref, "a pulled image is pinned to a version")
			}
			for _, port := range svc.Ports {
				assert.Equal(t, "127.0.0.1", port.HostIP, "published only on localhost by default: %v", port)
				assert.NotEqual(t, uint32(kongAdminTCP), port.Target, "the Admin API is never published")
				assert.NotEqual(t, uint32(443), port.Target, "the interception listener is not published")
			}
			for _, v := range svc.Volumes {
				if v.Type == types.VolumeTypeBind {
					assert.True(t, v.ReadOnly, "bind mount %s is read-only", v.Target)
				}
			}
		})
	}

	mesh, ok := p.Networks[meshNetwork]
	require.True(t, ok)
	assert.True(t, mesh.Internal, "the backend's network has no route out")

	kong := p.Services["kong"]
	require.NotNil(t, kong.Build)
	assert.Equal(t, "kong/Dockerfile", kong.Build.Dockerfile)
	assert.Equal(t, p.WorkingDir, kong.Build.Context, "Kong builds from the repository root")
	require.Contains(t, kong.Networks, meshNetwork)
	assert.Contains(t, kong.Networks[meshNetwork].Aliases, anthropic, "on the backend's network api.anthropic.com is Kong")
	for name, svc := range p.Services {
		if name == "kong" {
			continue
		}
		for net, cfg := range svc.Networks {
			if cfg != nil {
				assert.NotContains(t, cfg.Aliases, anthropic, "%s must not claim api.anthropic.com on %s", name, net)
			}
		}
	}
	require.Len(t, kong.Ports, 1)
	assert.Equal(t, uint32(8000), kong.Ports[0].Target, "only Kong's proxy port is published")
	kongURL, err := url.Parse(demo.DefaultKongURL)
	require.NoError(t, err)
	assert.Equal(t, kongURL.Port(), kong.Ports[0].Published, "make demo's default Kong URL")
	assert.Contains(t, mountTargets(kong), "/etc/kong/certs")

	backend := p.Services["backend"]
	require.NotNil(t, backend.Build)
	assert.Equal(t, "backend/Dockerfile", backend.Build.Dockerfile)
	assert.Empty(t, backend.Ports, "the backend is reached through Kong only")
	require.Contains(t, backend.Networks, meshNetwork)
	caFile := env(backend, "SSL_CERT_FILE")
	src, ok := mountSource(backend, caFile)
	require.True(t, ok, "SSL_CERT_FILE %q is a mounted file", caFile)
	assert.Equal(t, filepath.Join(p.WorkingDir, "kong/certs/ca.pem"), src, "the backend trusts the CA of `make certs`")
	for _, v := range backend.Volumes {
		assert.NotContains(t, v.Source, "key.pem", "the backend never sees the certificate's key")
		if v.Source == filepath.Join(p.WorkingDir, "kong/certs") {
			t.Errorf("the backend mounts the whole certs directory, key included")
		}
	}
	assert.Equal(t, "8080", env(backend, "PORT"))

	// Kong reaches the backend through its hosts file (its DNS client does not ask Docker's),
	// at the backend's fixed address; kong.yml's backend service must be that name and port.
	backendIP := backend.Networks[meshNetwork].Ipv4Address
	require.NotEmpty(t, backendIP)
	assert.Contains(t, kong.ExtraHosts["backend"], backendIP)
	svcURL := kongServiceURL(t, "backend")
	assert.Equal(t, "backend", svcURL.Hostname())
	assert.Equal(t, env(backend, "PORT"), svcURL.Port())
	anthropicURL := kongServiceURL(t, "anthropic")
	assert.Equal(t, "https://"+anthropic, anthropicURL.String(), "kong.yml proxies to the real host name in every profile")
}

func TestComposeDefaultProfile(t *testing.T) {
	p := loadCompose(t, nil)
	assert.Equal(t, []string{"backend", "kong"}, serviceNames(p), "make up runs Kong and the backend only")
	checkCommon(t, p)

	kong := p.Services["kong"]
	assert.Equal(t, "system", env(kong, "KONG_LUA_SSL_TRUSTED_CERTIFICATE"), "Kong verifies the real Claude API with public roots only")
	assert.Equal(t, "/etc/hosts", env(kong, "KONG_DNS_HOSTSFILE"))
	resolver := env(kong, "KONG_DNS_RESOLVER")
	assert.NotEmpty(t, resolver)
	assert.NotContains(t, resolver, "127.0.0.11", "Docker's DNS would answer api.anthropic.com with Kong itself")
	assert.Contains(t, kong.Networks, "egress", "Kong reaches the internet")

	backend := p.Services["backend"]
	_, set := backend.Environment["AWS_ENDPOINT_URL"]
	assert.True(t, set, "AWS_ENDPOINT_URL is passed through when set")
	assert.Nil(t, backend.Environment["AWS_ENDPOINT_URL"], "and is absent by default: real AWS")
	src, ok := mountSource(backend, "/aws")
	require.True(t, ok)
	home, err := os.UserHomeDir()
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(home, ".aws"), src, "~/.aws is mounted read-only by default")
	assert.Equal(t, "/aws/config", env(backend, "AWS_CONFIG_FILE"))
	assert.Equal(t, "production", env(backend, "APP_ENV"))
	for _, k := range []string{"ANTHROPIC_API_KEY", "BACKEND_API_KEYS"} {
		assert.Empty(t, env(backend, k), "%s has no default: the backend refuses to start without it", k)
	}

	// Secrets come from the environment, never from compose.yaml.
	withKeys := loadCompose(t, []string{"ANTHROPIC_API_KEY=sk-ant-x", "AWS_MASKER_CLIENT_API_KEY=client-key-0123456789abcdef",
		"AWS_ENDPOINT_URL=http://localstack:4566", "AWS_CONFIG_DIR=/srv/aws"})
	assert.Equal(t, "sk-ant-x", env(withKeys.Services["backend"], "ANTHROPIC_API_KEY"))
	assert.Equal(t, "client-key-0123456789abcdef", env(withKeys.Services["kong"], "AWS_MASKER_CLIENT_API_KEY"))
	assert.Equal(t, "http://localstack:4566", env(withKeys.Services["backend"], "AWS_ENDPOINT_URL"))
	src, _ = mountSource(withKeys.Services["backend"], "/aws")
	assert.Equal(t, "/srv/aws", src)
}

func TestComposeDemoProfile(t *testing.T) {
	p := loadCompose(t, nil, demoEnvFile)
	assert.Equal(t, []string{"backend", "fake-claude", "kong", "moto", "seed"}, serviceNames(p),
		"demo.env selects the demo profile")
	checkCommon(t, p)
	for _, name := range []string{"moto", "seed", "fake-claude"} {
		assert.Equal(t, []string{"demo"}, p.Services[name].Profiles, name)
	}

	moto := p.Services["moto"]
	assert.True(t, strings.HasPrefix(moto.Image, "motoserver/moto:"), "the official moto image")
	assert.Contains(t, moto.Networks, meshNetwork)

	seed := p.Services["seed"]
	assert.Equal(t, types.ServiceConditionHealthy, seed.DependsOn["moto"].Condition)
	assert.Equal(t, "http://moto:5000", env(seed, "AWS_ENDPOINT_URL"))

	backend := p.Services["backend"]
	dep, ok := backend.DependsOn["seed"]
	require.True(t, ok)
	assert.Equal(t, types.ServiceConditionCompletedSuccessfully, dep.Condition, "the backend starts on a seeded estate")
	assert.False(t, dep.Required, "and without the job outside the demo")
	assert.Equal(t, "http://moto:5000", env(backend, "AWS_ENDPOINT_URL"))
	src, _ := mountSource(backend, "/aws")
	assert.Equal(t, filepath.Join(p.WorkingDir, "tests/compose/aws"), src)
	for _, f := range []string{"config", "credentials"} {
		_, err := os.Stat(filepath.Join(src, f))
		assert.NoError(t, err, "the demo's AWS profile has %s", f)
	}

	// Kong: fake-claude is api.anthropic.com through Kong's demo hosts file, and Kong trusts
	// the local CA whose certificate fake-claude serves.
	kong := p.Services["kong"]
	hostsTarget := env(kong, "KONG_DNS_HOSTSFILE")
	hostsSrc, ok := mountSource(kong, hostsTarget)
	require.True(t, ok, "KONG_DNS_HOSTSFILE %q is mounted", hostsTarget)
	assert.Equal(t, filepath.Join(p.WorkingDir, "tests", demoHosts), hostsSrc)
	hosts := readHosts(t, demoHosts)
	fake := p.Services["fake-claude"]
	assert.Equal(t, fake.Networks[meshNetwork].Ipv4Address, hosts[anthropic], "the demo hosts file names fake-claude api.anthropic.com")
	assert.Equal(t, backend.Networks[meshNetwork].Ipv4Address, hosts["backend"], "and the backend at its fixed address")
	trusted := env(kong, "KONG_LUA_SSL_TRUSTED_CERTIFICATE")
	assert.True(t, strings.HasPrefix(trusted, "/etc/kong/certs/"), "Kong trusts the local CA: %q", trusted)
	assert.NotContains(t, trusted, "system", "and nothing else in the offline demo")
	caSrc, ok := mountSource(kong, trusted)
	require.True(t, ok, "the trusted CA %q is mounted", trusted)
	assert.Equal(t, filepath.Join(p.WorkingDir, "kong/certs/ca.pem"), caSrc)

	assert.Equal(t, ":443", env(fake, "FAKE_CLAUDE_LISTEN"), "Kong's anthropic service is https on 443")
	for _, k := range []string{"FAKE_CLAUDE_TLS_CERT", "FAKE_CLAUDE_TLS_KEY"} {
		_, ok := mountSource(fake, env(fake, k))
		assert.True(t, ok, "%s is a mounted file", k)
	}
	require.Len(t, fake.Ports, 1)
	fakeURL, err := url.Parse(demo.DefaultFakeClaudeURL)
	require.NoError(t, err)
	assert.Equal(t, fakeURL.Port(), fake.Ports[0].Published, "make demo's default fake-claude URL")
	assert.True(t, strings.HasSuffix(env(fake, "FAKE_CLAUDE_DEBUG_LISTEN"), ":"+strconv.FormatUint(uint64(fake.Ports[0].Target), 10)))

	// make demo's defaults are the demo's keys.
	assert.Equal(t, demo.DefaultClientKey, env(kong, "AWS_MASKER_CLIENT_API_KEY"))
	assert.Contains(t, strings.Split(env(backend, "BACKEND_API_KEYS"), ","), demo.DefaultBackendKey)
	assert.GreaterOrEqual(t, len(env(kong, "AWS_MASKER_CLIENT_API_KEY")), 24, "kong/render-config.sh wants 24 characters")
	assert.GreaterOrEqual(t, len(env(kong, "AWS_MASKER_THINKING_KEY")), 16, "the plugin wants a 16-byte thinking key")
}

func env(svc types.ServiceConfig, key string) string {
	if v := svc.Environment[key]; v != nil {
		return *v
	}
	return ""
}

func mountTargets(svc types.ServiceConfig) []string {
	var out []string
	for _, v := range svc.Volumes {
		out = append(out, v.Target)
	}
	return out
}

// mountSource returns the host source of the bind mount that provides path in svc.
func mountSource(svc types.ServiceConfig, path string) (string, bool) {
	for _, v := range svc.Volumes {
		if v.Target == path {
			return v.Source, true
		}
		if rel, ok := strings.CutPrefix(path, strings.TrimSuffix(v.Target, "/")+"/"); ok {
			return filepath.Join(v.Source, rel), true
		}
	}
	return "", false
}

func readHosts(t *testing.T, path string) map[string]string {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer func() { _ = f.Close() }()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		fields := strings.Fields(line)
		for _, name := range fields[min(1, len(fields)):] {
			out[name] = fields[0]
		}
	}
	require.NoError(t, sc.Err())
	return out
}

// kongServiceURL returns the url of the named service in kong/kong.yml.
func kongServiceURL(t *testing.T, name string) *url.URL {
	t.Helper()
	raw, err := os.ReadFile(kongConfig)
	require.NoError(t, err)
	var cfg struct {
		Services []struct {
			Name string `yaml:"name"`
			URL  string `yaml:"url"`
		} `yaml:"services"`
	}
	require.NoError(t, yaml.Unmarshal(raw, &cfg))
	for _, s := range cfg.Services {
		if s.Name == name {
			u, err := url.Parse(s.URL)
			require.NoError(t, err)
			return u
		}
	}
	t.Fatalf("kong.yml has no service %q", name)
	return nil
}

// TestComposeBuildsMatchDockerfiles checks that every build target compose names exists in its
// Dockerfile and that each CMD healthcheck runs a binary the image installs there.
func TestComposeBuildsMatchDockerfiles(t *testing.T) {
	p := loadCompose(t, nil, demoEnvFile)
	for name, svc := range p.Services {
		if svc.Build == nil {
			continue
		}
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(svc.Build.Context, svc.Build.Dockerfile))
			require.NoError(t, err)
			dockerfile := string(raw)
			if svc.Build.Target != "" {
				assert.Regexp(t, `(?m)^FROM \S+ AS `+regexp.QuoteMeta(svc.Build.Target)+`$`, dockerfile, "build target")
			}
			if svc.HealthCheck == nil || len(svc.HealthCheck.Test) < 2 || svc.HealthCheck.Test[0] != "CMD" {
				return
			}
			bin := svc.HealthCheck.Test[1]
			if !strings.HasPrefix(bin, "/") {
				return // on PATH in the base image (kong health)
			}
			stage := dockerfile
			if svc.Build.Target != "" {
				_, after, _ := strings.Cut(dockerfile, " AS "+svc.Build.Target+"\n")
				stage, _, _ = strings.Cut(after, "\nFROM ")
			} else if i := strings.LastIndex(dockerfile, "\nFROM "); i >= 0 {
				stage = dockerfile[i:]
			}
			assert.Regexp(t, `(?m)^COPY .*\s`+regexp.QuoteMeta(bin)+`$`, stage, "the healthcheck's binary is installed in the final stage")
		})
	}
}

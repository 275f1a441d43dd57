package testenv_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aws-masker/aws-masker/backend/testenv"
)

// recorder stands in for a test to observe Skip and Fatal.
type recorder struct {
	testing.TB
	skipped, failed string
}

func (r *recorder) Helper()            {}
func (r *recorder) Skip(args ...any)   { r.skipped = fmt.Sprint(args...) }
func (r *recorder) Fatal(args ...any)  { r.failed = fmt.Sprint(args...) }
func (r *recorder) Name() string       { return "recorder" }
func (r *recorder) Cleanup(func())     {}
func (r *recorder) Setenv(_, _ string) {}

func TestMotoEndpoint(t *testing.T) {
	t.Run("set", func(t *testing.T) {
		t.Setenv(testenv.EnvMotoEndpoint, " http://127.0.0.1:5000/ ")
		r := &recorder{TB: t}
		assert.Equal(t, "http://127.0.0.1:5000", testenv.MotoEndpoint(r))
		assert.Empty(t, r.skipped+r.failed)
	})
	t.Run("absent skips", func(t *testing.T) {
		t.Setenv(testenv.EnvMotoEndpoint, "")
		t.Setenv("CI", "")
		r := &recorder{TB: t}
		assert.Empty(t, testenv.MotoEndpoint(r))
		assert.Contains(t, r.skipped, "MOTO_ENDPOINT_URL is not set")
		assert.Empty(t, r.failed)
	})
	t.Run("absent under CI fails", func(t *testing.T) {
		t.Setenv(testenv.EnvMotoEndpoint, "")
		t.Setenv("CI", "true")
		r := &recorder{TB: t}
		testenv.MotoEndpoint(r)
		assert.Contains(t, r.failed, "CI=true")
	})
}

func TestAWSConfig(t *testing.T) {
	cfg := testenv.AWSConfig("http://127.0.0.1:5000", "eu-west-1")
	assert.Equal(t, "eu-west-1", cfg.Region)
	assert.Equal(t, "http://127.0.0.1:5000", *cfg.BaseEndpoint)
	creds, err := cfg.Credentials.Retrieve(context.Background())
	require.NoError(t, err)
	assert.Equal(t, testenv.AccessKeyID, creds.AccessKeyID)
	assert.Equal(t, 3, cfg.Retryer().MaxAttempts())
}

func TestResetMoto(t *testing.T) {
	var got string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { got = r.Method + " " + r.URL.Path }))
	defer srv.Close()
	require.NoError(t, testenv.ResetMoto(context.Background(), srv.URL))
	assert.Equal(t, "POST /moto-api/reset", got)
	require.Error(t, testenv.ResetMoto(context.Background(), "http://127.0.0.1:1"))
}

// Package testenv gives tests the AWS emulator (moto) the way CI provides it:
// MOTO_ENDPOINT_URL names a running moto server. Absent, a test is skipped
// with the reason, except under CI=true, where absence is a failure.
package testenv

import (
	"context"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

// EnvMotoEndpoint is the variable naming the moto server, e.g. http://127.0.0.1:5000.
const EnvMotoEndpoint = "MOTO_ENDPOINT_URL"

// Static test credentials moto accepts; moto maps them to account 123456789012.
const (
	AccessKeyID     = "testing"
	SecretAccessKey = "testing"
)

// MotoEndpoint returns MOTO_ENDPOINT_URL. When it is empty the test is
// skipped with the reason, or fails when CI=true.
func MotoEndpoint(t testing.TB) string {
	t.Helper()
	ep := strings.TrimRight(strings.TrimSpace(os.Getenv(EnvMotoEndpoint)), "/")
	if ep != "" {
		return ep
	}
	const reason = "MOTO_ENDPOINT_URL is not set: start moto with `bash .ci/moto start` and export the URL it prints"
	if os.Getenv("CI") == "true" {
		t.Fatal(reason + " (CI=true: a missing emulator is a failure)")
	}
	t.Skip(reason)
	return ""
}

// AWSConfig returns an aws.Config that talks to the moto server at endpoint
// in region, with static test credentials and bounded retries. S3 clients
// built from it should use path-style addressing.
func AWSConfig(endpoint, region string) aws.Config {
	return aws.Config{
		Region:       region,
		Credentials:  aws.NewCredentialsCache(credentials.NewStaticCredentialsProvider(AccessKeyID, SecretAccessKey, "")),
		BaseEndpoint: aws.String(endpoint),
		Retryer: func() aws.Retryer {
			return retry.NewStandard(func(o *retry.StandardOptions) { o.MaxAttempts = 3 })
		},
		HTTPClient: &http.Client{Timeout: 2 * time.Minute},
	}
}

// Moto returns an aws.Config for the moto server of MOTO_ENDPOINT_URL
// (skipping or failing the test as MotoEndpoint does).
func Moto(t testing.TB, region string) aws.Config {
	t.Helper()
	return AWSConfig(MotoEndpoint(t), region)
}

// ResetMoto clears every account and region of the moto server at endpoint.
// Tests that share one server should rather use their own regions and names.
func ResetMoto(ctx context.Context, endpoint string) error {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint+"/moto-api/reset", nil)
	if err != nil {
		return err
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return res.Body.Close()
}

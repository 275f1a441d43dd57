package main

import (
	"bytes"
	"context"
	"regexp"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aws-masker/aws-masker/backend/testenv"
)

func TestSeedIntoMoto(t *testing.T) {
	endpoint := testenv.MotoEndpoint(t)
	env := map[string]string{
		"AWS_ENDPOINT_URL":      endpoint,
		"AWS_ACCESS_KEY_ID":     testenv.AccessKeyID,
		"AWS_SECRET_ACCESS_KEY": testenv.SecretAccessKey,
		"AWS_REGION":            "us-east-1",
		"SEED_REGIONS":          "us-west-2",
	}
	for k, v := range env {
		t.Setenv(k, v) // the AWS SDK reads the process environment
	}
	var out bytes.Buffer
	require.NoError(t, run(context.Background(), func(k string) string { return env[k] }, &out))
	assert.Regexp(t, `^seed: \d+ identifiers in 1 regions \(instances 6, buckets 3, db instances 2, users 3, roles 3, functions 2\) in `, out.String())
	assert.NotRegexp(t, regexp.MustCompile(`i-[0-9a-f]{8,}|\d{12}|arn:aws`), out.String(), "counts only, never an identifier")
}

func TestSeedRefusesWithoutEndpoint(t *testing.T) {
	err := run(context.Background(), func(string) string { return "" }, &bytes.Buffer{})
	require.ErrorContains(t, err, "never a real account")
}

func TestSeedWaitIsBounded(t *testing.T) {
	get := func(k string) string { return map[string]string{"AWS_ENDPOINT_URL": "http://127.0.0.1:1"}[k] }
	err := seed(context.Background(), get, &bytes.Buffer{}, waitPolicy{attempts: 3, interval: time.Millisecond})
	require.ErrorContains(t, err, "did not answer after 3 attempts")

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = seed(ctx, get, &bytes.Buffer{}, waitPolicy{attempts: 3, interval: time.Hour})
	require.Error(t, err)
}

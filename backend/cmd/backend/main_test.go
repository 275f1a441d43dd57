package main

import (
	"context"
	"net"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func freePort(t *testing.T) int {
	t.Helper()
	var lc net.ListenConfig
	ln, err := lc.Listen(context.Background(), "tcp", "127.0.0.1:0")
	require.NoError(t, err)
	port := ln.Addr().(*net.TCPAddr).Port
	require.NoError(t, ln.Close())
	return port
}

func TestRunServesUntilCancelled(t *testing.T) {
	t.Setenv("AWS_EC2_METADATA_DISABLED", "true")
	port := strconv.Itoa(freePort(t))
	env := map[string]string{"PORT": port, "BACKEND_API_KEYS": "backend-key-0123456789abcdef", "ANTHROPIC_API_KEY": "sk-ant-x", "LOG_LEVEL": "error"}
	getenv := func(k string) string { return env[k] }
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- run(ctx, getenv) }()

	require.Eventually(t, func() bool { return healthcheck(context.Background(), getenv) == nil }, 10*time.Second, 50*time.Millisecond)
	cancel()
	select {
	case err := <-done:
		require.NoError(t, err)
	case <-time.After(10 * time.Second):
		t.Fatal("run did not return")
	}
	assert.Error(t, healthcheck(context.Background(), getenv), "nothing answers after shutdown")
}

func TestRunRejectsBadConfiguration(t *testing.T) {
	err := run(context.Background(), func(k string) string { return map[string]string{"LOG_LEVEL": "info"}[k] })
	require.Error(t, err)
	assert.Contains(t, err.Error(), "ANTHROPIC_API_KEY")
	err = run(context.Background(), func(k string) string { return map[string]string{"LOG_LEVEL": "shout"}[k] })
	require.Error(t, err)
}

func TestHealthcheckInput(t *testing.T) {
	err := healthcheck(context.Background(), func(k string) string { return map[string]string{"PORT": "x"}[k] })
	require.ErrorContains(t, err, "not a number")
	err = healthcheck(context.Background(), func(k string) string { return map[string]string{"PORT": strconv.Itoa(freePort(t))}[k] })
	require.Error(t, err)
}

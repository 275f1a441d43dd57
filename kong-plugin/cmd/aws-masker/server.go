package main

import (
	"context"
	"errors"
	"io"
)

// Placeholder until the plugin server and proxy land (issue 3).
func runPluginServer() error { return errors.New("plugin server: not built yet") }

func runProxy(_ context.Context, _ []string, _ io.Writer) error {
	return errors.New("proxy: not built yet")
}

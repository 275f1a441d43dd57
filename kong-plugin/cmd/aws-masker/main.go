// Command aws-masker is three things in one binary:
//
//   - with no subcommand (or with go-pdk's flags such as -dump and -kong-prefix) it is the
//     Kong plugin server for the aws-masker plugin;
//   - `aws-masker mask` and `aws-masker unmask` mask and restore text or Claude bodies on
//     stdin/stdout;
//   - `aws-masker proxy` is a standalone reverse proxy running the plugin's handler logic.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run dispatches to a subcommand and returns the process exit code. Errors are printed as
// one line on stderr; stdout carries only the command's output.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var err error
	switch {
	case len(args) > 0 && args[0] == "mask":
		err = runMask(ctx, args[1:], stdin, stdout)
	case len(args) > 0 && args[0] == "unmask":
		err = runUnmask(ctx, args[1:], stdin, stdout)
	case len(args) > 0 && args[0] == "proxy":
		err = runProxy(ctx, args[1:], stderr)
	default:
		// No subcommand: the Kong plugin server. go-pdk parses its own flags (-dump,
		// -kong-prefix, -help) from os.Args.
		err = runPluginServer()
	}
	if err != nil {
		_, _ = fmt.Fprintf(stderr, "aws-masker: %v\n", err) // nothing better to do if stderr is gone
		return exitCode(err)
	}
	return 0
}

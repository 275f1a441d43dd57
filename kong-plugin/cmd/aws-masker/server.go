package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/url"

	"github.com/Kong/go-pdk/server"

	"github.com/aws-masker/aws-masker/kong-plugin/internal/plugin"
	"github.com/aws-masker/aws-masker/kong-plugin/internal/proxy"
)

// runPluginServer is the Kong plugin server. go-pdk parses its own flags from os.Args:
// -dump prints the plugin info (name, phases, version, priority, config schema) as one JSON
// document on stdout and exits, which is Kong's pluginserver query_cmd; -kong-prefix DIR
// makes it listen on DIR/aws-masker.socket (the binary's name), which is the start_cmd.
// go-pdk's own log lines (socket path, closed instances) go to stderr, which Kong logs.
func runPluginServer() error {
	return server.StartServer(plugin.New, plugin.Version, plugin.Priority)
}

// defaultUpstream is where the standalone proxy forwards unless told otherwise.
const defaultUpstream = "https://api.anthropic.com"

// runProxy is `aws-masker proxy --listen ADDR --upstream URL [--tls-cert FILE --tls-key FILE]
// [--config FILE]`: the plugin's handler behind a net/http reverse proxy. Once listening it
// prints one line "listening on ADDR" on stderr (the bound address, so --listen
// 127.0.0.1:0 works for tests), then one line per phase event.
func runProxy(ctx context.Context, args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("proxy", flag.ContinueOnError)
	fs.SetOutput(stderr)
	listen := fs.String("listen", "127.0.0.1:8080", "address to listen on (host:port; port 0 picks a free port)")
	upstream := fs.String("upstream", defaultUpstream, "base URL to forward to")
	certFile := fs.String("tls-cert", "", "serve TLS with this certificate (PEM, chain)")
	keyFile := fs.String("tls-key", "", "private key of --tls-cert (PEM)")
	configFile := fs.String("config", "", "JSON file with the plugin's config keys (see kong/README.md)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return fmt.Errorf("proxy: unexpected arguments %q", fs.Args())
	}
	up, err := url.Parse(*upstream)
	if err != nil {
		return fmt.Errorf("proxy: --upstream: %w", err)
	}
	cfg, err := proxy.LoadConfig(*configFile)
	if err != nil {
		return fmt.Errorf("proxy: --config: %w", err)
	}
	h, err := cfg.Handler()
	if err != nil {
		return fmt.Errorf("proxy: %w", err)
	}
	p, err := proxy.New(proxy.Options{Upstream: up, Handler: h, Logger: proxy.WriterLogger(stderr)})
	if err != nil {
		return err
	}
	if (*certFile == "") != (*keyFile == "") {
		return errors.New("proxy: --tls-cert and --tls-key go together")
	}
	ln, err := (&net.ListenConfig{}).Listen(ctx, "tcp", *listen)
	if err != nil {
		return fmt.Errorf("proxy: %w", err)
	}
	_, _ = fmt.Fprintf(stderr, "listening on %s\n", ln.Addr())
	if err := proxy.Serve(ctx, ln, p, *certFile, *keyFile); err != nil {
		return fmt.Errorf("proxy: %w", err)
	}
	return nil
}

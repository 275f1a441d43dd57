// Package app assembles the backend: configuration from the environment,
// the AWS collector, the Claude client and gateway check, and the HTTP API.
// It is public so the end-to-end suite can run the whole backend in process
// with an injected dialer and root CAs.
package app

import (
	"context"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	awsconfig "github.com/aws/aws-sdk-go-v2/config"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/aws-masker/aws-masker/backend/internal/awsinv"
	"github.com/aws-masker/aws-masker/backend/internal/claude"
	"github.com/aws-masker/aws-masker/backend/internal/config"
	"github.com/aws-masker/aws-masker/backend/internal/httpapi"
)

// Options are the process-level inputs of the backend.
type Options struct {
	// Getenv reads the app's variables (PORT, BACKEND_API_KEYS, ...); nil means os.Getenv.
	// The AWS SDK reads its standard AWS_* variables from the process environment.
	Getenv func(string) string
	// Logger receives the logs; nil means a JSON logger at LOG_LEVEL on stderr.
	Logger *zap.Logger
	// DialContext dials the Claude host for the Claude client and the gateway
	// probe; nil means a net.Dialer. The URL itself cannot be changed.
	DialContext func(ctx context.Context, network, addr string) (net.Conn, error)
	// RootCAs verifies the Claude host; nil means the system pool, which honours SSL_CERT_FILE.
	RootCAs *x509.CertPool
}

// App is an assembled backend.
type App struct {
	cfg     config.Config
	log     *zap.Logger
	handler http.Handler
}

// NewLogger returns the production JSON logger at level (debug, info, warn,
// error; empty means info), writing to stderr.
func NewLogger(level string) (*zap.Logger, error) {
	lvl := zapcore.InfoLevel
	if level != "" {
		if err := lvl.UnmarshalText([]byte(level)); err != nil {
			return nil, fmt.Errorf("app.NewLogger: LOG_LEVEL %q: %w", level, err)
		}
	}
	zc := zap.NewProductionConfig()
	zc.Level = zap.NewAtomicLevelAt(lvl)
	zc.Sampling = nil
	zc.EncoderConfig.TimeKey = "time"
	zc.EncoderConfig.EncodeTime = zapcore.ISO8601TimeEncoder
	return zc.Build()
}

// New reads the configuration, loads the AWS configuration with the standard
// chain and builds the API. Every configuration problem is reported at once.
func New(ctx context.Context, opts Options) (*App, error) {
	getenv := opts.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	cfg, err := config.Load(getenv)
	if err != nil {
		return nil, fmt.Errorf("app.New: configuration: %w", err)
	}
	log := opts.Logger
	if log == nil {
		if log, err = NewLogger(cfg.LogLevel); err != nil {
			return nil, err
		}
	}
	awsCfg, err := awsconfig.LoadDefaultConfig(ctx, awsconfig.WithRetryer(func() aws.Retryer {
		return retry.NewStandard(func(o *retry.StandardOptions) {
			o.MaxAttempts = 3
			o.MaxBackoff = 5 * time.Second
		})
	}))
	if err != nil {
		return nil, fmt.Errorf("app.New: AWS configuration: %w", err)
	}
	regions := cfg.Regions
	home := awsCfg.Region
	if home == "" {
		home = "us-east-1"
	}
	if len(regions) == 0 {
		regions = []string{home}
	}
	hc := claude.NewHTTPClient(opts.DialContext, opts.RootCAs)
	cl, err := claude.New(claude.Config{APIKey: cfg.AnthropicAPIKey, Model: cfg.Model, Timeout: cfg.ClaudeTimeout, HTTPClient: hc})
	if err != nil {
		return nil, fmt.Errorf("app.New: %w", err)
	}
	var gw httpapi.GatewayVerifier
	if cfg.GatewayCheck {
		gw = &claude.Gateway{HTTPClient: hc, TTL: cfg.GatewayCacheTTL, Logger: log}
	} else {
		log.Warn("MASKING_GATEWAY_CHECK=off: the backend will send AWS inventory to Claude WITHOUT verifying the masking gateway; development only",
			zap.String("env", cfg.Env))
	}
	if cfg.AuthDisabled {
		log.Warn("BACKEND_AUTH_DISABLED=true: /analyze accepts unauthenticated requests; development only", zap.String("env", cfg.Env))
	}
	h := httpapi.NewHandler(httpapi.Deps{
		Config: cfg,
		Logger: log,
		Collector: &awsinv.Collector{
			Clients:     awsinv.SDKClients{Config: awsCfg},
			Concurrency: cfg.CollectConcurrency,
			CallTimeout: cfg.AWSCallTimeout,
			HomeRegion:  home,
			Verbose:     !cfg.Production(),
		},
		Claude:  cl,
		Gateway: gw,
		Credentials: func(ctx context.Context) error {
			if awsCfg.Credentials == nil {
				return errors.New("no AWS credentials provider")
			}
			_, err := awsCfg.Credentials.Retrieve(ctx)
			return err
		},
		DefaultRegions: regions,
	})
	log.Info("backend configured", zap.String("env", cfg.Env), zap.String("model", cfg.Model),
		zap.Bool("gatewayCheck", cfg.GatewayCheck), zap.Bool("authDisabled", cfg.AuthDisabled),
		zap.Int("apiKeys", len(cfg.APIKeys)), zap.Int("defaultRegions", len(regions)))
	return &App{cfg: cfg, log: log, handler: h}, nil
}

// Handler returns the HTTP handler of the API.
func (a *App) Handler() http.Handler { return a.handler }

// Port returns the configured listening port (PORT).
func (a *App) Port() int { return a.cfg.Port }

// Serve serves the API on ln until ctx ends, then shuts down gracefully:
// it stops accepting connections and lets in-flight requests finish for up
// to SHUTDOWN_TIMEOUT. It returns nil after a clean shutdown.
func (a *App) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           a.handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      a.cfg.AnalyzeTimeout() + 15*time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    32 << 10,
		ErrorLog:          zap.NewStdLog(a.log.Named("http")),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	a.log.Info("listening", zap.String("addr", ln.Addr().String()))
	select {
	case err := <-errc:
		return fmt.Errorf("app.Serve: %w", err)
	case <-ctx.Done():
	}
	a.log.Info("shutting down", zap.Duration("grace", a.cfg.ShutdownTimeout))
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), a.cfg.ShutdownTimeout)
	defer cancel()
	err := srv.Shutdown(sctx)
	if serr := <-errc; serr != nil && !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	if err != nil {
		return fmt.Errorf("app.Serve: shutdown: %w", err)
	}
	a.log.Info("stopped")
	return nil
}

// Package httpapi is the backend's HTTP API on Gin: POST /analyze, GET
// /health and GET /ready, with request ids, access logs that carry no data,
// panic recovery, a body size limit, bearer authentication and one error
// renderer ({"success": false, "error": {"message", "code"}}).
//
// Benchmarks of the /analyze overhead (collection adapter, prompt, JSON, no
// AWS or Claude latency) at 100, 1,000 and 10,000 resources, and the peak
// heap at 10,000:
//
//	go test -run '^$' -bench Analyze -benchmem ./internal/httpapi
package httpapi

import (
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"go.uber.org/zap"

	"github.com/aws-masker/aws-masker/backend/internal/claude"
	"github.com/aws-masker/aws-masker/backend/internal/config"
	"github.com/aws-masker/aws-masker/backend/internal/inventory"
)

// ClaudeAPI sends a prompt to Claude (claude.Client).
type ClaudeAPI interface {
	Analyze(ctx context.Context, req claude.Request) (claude.Result, error)
}

// GatewayVerifier confirms the masking gateway (claude.Gateway).
type GatewayVerifier interface {
	Verify(ctx context.Context) (claude.GatewayInfo, error)
}

// Deps is what the API needs.
type Deps struct {
	Config    config.Config
	Logger    *zap.Logger
	Collector inventory.Collector
	Claude    ClaudeAPI
	// Gateway is nil when the check is turned off (development only).
	Gateway GatewayVerifier
	// Credentials reports whether AWS credentials can be resolved (for /ready).
	Credentials func(ctx context.Context) error
	// DefaultRegions are collected when a request names none.
	DefaultRegions []string
}

type api struct {
	Deps
	slots chan struct{}
}

// NewHandler returns the HTTP handler of the API.
func NewHandler(d Deps) http.Handler {
	gin.SetMode(gin.ReleaseMode)
	a := &api{Deps: d, slots: make(chan struct{}, d.Config.MaxConcurrentAnalyses)}
	prod := d.Config.Production()
	r := gin.New()
	r.HandleMethodNotAllowed = true
	r.ContextWithFallback = true
	r.Use(requestID(), accessLog(d.Logger), recovery(d.Logger, prod), bodyLimit(d.Config.MaxBodyBytes))
	r.NoRoute(func(c *gin.Context) {
		renderError(c, &Error{Status: http.StatusNotFound, Code: CodeNotFound, Message: "no such route"}, prod)
	})
	r.NoMethod(func(c *gin.Context) {
		renderError(c, &Error{Status: http.StatusMethodNotAllowed, Code: CodeMethodNotAllowed, Message: "method not allowed on this route"}, prod)
	})
	r.GET("/health", func(c *gin.Context) { c.JSON(http.StatusOK, gin.H{"status": "ok"}) })
	r.GET("/ready", a.ready)
	authed := r.Group("/")
	if !d.Config.AuthDisabled {
		authed.Use(auth(d.Config.APIKeys))
	}
	authed.POST("/analyze", a.handle(a.analyze))
	return r
}

// handle adapts a handler that returns an error to Gin.
func (a *api) handle(h func(c *gin.Context) error) gin.HandlerFunc {
	return func(c *gin.Context) {
		if err := h(c); err != nil {
			var e *Error
			if !errors.As(err, &e) {
				a.Logger.Error("internal error", zap.String("requestId", c.GetString(ctxRequestID)), zap.Error(err))
			}
			renderError(c, err, a.Config.Production())
		}
	}
}

func (a *api) ready(c *gin.Context) {
	ctx, cancel := context.WithTimeout(c.Request.Context(), 5*time.Second)
	defer cancel()
	checks := gin.H{}
	ok := true
	if a.Credentials != nil {
		if err := a.Credentials(ctx); err != nil {
			checks["awsCredentials"] = "unresolvable"
			ok = false
		} else {
			checks["awsCredentials"] = "ok"
		}
	}
	if a.Gateway == nil {
		checks["maskingGateway"] = "check disabled"
	} else if _, err := a.Gateway.Verify(ctx); err != nil {
		checks["maskingGateway"] = "unverified"
		ok = false
	} else {
		checks["maskingGateway"] = "verified"
	}
	if !ok {
		c.Set(ctxErrorCode, CodeNotReady)
		c.JSON(http.StatusServiceUnavailable, gin.H{"success": false, "status": "not ready", "checks": checks,
			"error": errorBody{Message: "not ready", Code: CodeNotReady}})
		return
	}
	c.JSON(http.StatusOK, gin.H{"success": true, "status": "ready", "checks": checks})
}

func (a *api) verifyGateway(ctx context.Context, requestID string) error {
	if a.Gateway == nil {
		a.Logger.Warn("MASKING GATEWAY CHECK IS OFF: inventory is sent to Claude without confirming that identifiers are masked",
			zap.String("requestId", requestID))
		return nil
	}
	if _, err := a.Gateway.Verify(ctx); err != nil {
		a.Logger.Warn("masking gateway unverified; nothing sent to Claude", zap.String("requestId", requestID), zap.Error(err))
		return &Error{Status: http.StatusServiceUnavailable, Code: CodeGatewayUnverified,
			Message: "the aws-masker gateway could not be verified in front of the Claude API; nothing was sent", Err: err}
	}
	return nil
}

func claudeError(err error) error {
	var ce *claude.Error
	if !errors.As(err, &ce) {
		return err
	}
	switch ce.Kind {
	case claude.KindTimeout:
		return &Error{Status: http.StatusGatewayTimeout, Code: CodeTimeout, Message: "Claude did not answer in time", Err: err}
	case claude.KindRateLimited:
		return &Error{Status: http.StatusTooManyRequests, Code: CodeClaudeRateLimited, Message: "Claude API rate limit reached after retries; try again later", Err: err}
	case claude.KindUnavailable:
		return &Error{Status: http.StatusBadGateway, Code: CodeClaudeUnavailable, Message: "Claude API unavailable after retries", Err: err}
	case claude.KindAuth:
		return &Error{Status: http.StatusBadGateway, Code: CodeClaudeAuth, Message: "Claude API refused the backend's credentials", Err: err}
	case claude.KindMaskingRefused:
		return &Error{Status: http.StatusBadGateway, Code: CodeMaskingRefused,
			Message: "the masking gateway refused the request (" + ce.GatewayCode + "); nothing was sent to Claude", Err: err}
	case claude.KindCanceled:
		return &Error{Status: 499, Code: "CANCELED", Message: "request cancelled", Err: err}
	}
	return &Error{Status: http.StatusBadGateway, Code: CodeClaudeError, Message: "Claude API refused the request", Err: err}
}

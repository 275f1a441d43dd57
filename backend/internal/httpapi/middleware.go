package httpapi

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"fmt"
	"net/http"
	"runtime/debug"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
	"go.uber.org/zap"
)

const (
	ctxRequestID = "requestId"
	ctxErrorCode = "errorCode"
	headerReqID  = "X-Request-Id"
)

// validRequestID accepts a caller's request id only when it is short and
// plain, so it cannot smuggle data into the logs.
func validRequestID(s string) bool {
	if len(s) < 8 || len(s) > 64 {
		return false
	}
	for _, r := range s {
		alnum := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
		if !alnum && r != '-' && r != '_' {
			return false
		}
	}
	return true
}

func newRequestID() string {
	var b [12]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// requestID assigns every request an id, echoed in X-Request-Id.
func requestID() gin.HandlerFunc {
	return func(c *gin.Context) {
		id := c.GetHeader(headerReqID)
		if !validRequestID(id) {
			id = newRequestID()
		}
		c.Set(ctxRequestID, id)
		c.Header(headerReqID, id)
		c.Next()
	}
}

// accessLog writes one line per request: route template (never the raw
// path or query), status, duration, sizes and the error code if any.
func accessLog(log *zap.Logger) gin.HandlerFunc {
	return func(c *gin.Context) {
		start := time.Now()
		c.Next()
		route := c.FullPath()
		if route == "" {
			route = "unmatched"
		}
		fields := []zap.Field{
			zap.String("requestId", c.GetString(ctxRequestID)),
			zap.String("method", c.Request.Method),
			zap.String("route", route),
			zap.Int("status", c.Writer.Status()),
			zap.Duration("duration", time.Since(start)),
			zap.Int64("requestBytes", c.Request.ContentLength),
			zap.Int("responseBytes", c.Writer.Size()),
		}
		if code := c.GetString(ctxErrorCode); code != "" {
			fields = append(fields, zap.String("errorCode", code))
		}
		switch s := c.Writer.Status(); {
		case s >= 500:
			log.Warn("request", fields...)
		default:
			log.Info("request", fields...)
		}
	}
}

// recovery turns a panic into a 500 and logs its type and stack, not its value.
func recovery(log *zap.Logger, production bool) gin.HandlerFunc {
	return func(c *gin.Context) {
		defer func() {
			if r := recover(); r != nil {
				if r == http.ErrAbortHandler { //nolint:errorlint // sentinel compared as net/http does
					panic(r)
				}
				log.Error("panic recovered",
					zap.String("requestId", c.GetString(ctxRequestID)),
					zap.String("panicType", fmt.Sprintf("%T", r)),
					zap.ByteString("stack", debug.Stack()))
				renderError(c, &Error{Status: http.StatusInternalServerError, Code: CodeInternal, Message: internalMessageProduction}, production)
			}
		}()
		c.Next()
	}
}

// bodyLimit caps request bodies; reading past it fails with *http.MaxBytesError.
func bodyLimit(n int64) gin.HandlerFunc {
	return func(c *gin.Context) {
		if c.Request.ContentLength > n {
			renderError(c, &Error{Status: http.StatusRequestEntityTooLarge, Code: CodePayloadTooLarge,
				Message: fmt.Sprintf("request body exceeds %d bytes", n)}, false)
			return
		}
		c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, n)
		c.Next()
	}
}

// auth requires "Authorization: Bearer <key>" with one of keys. Keys are
// compared as SHA-256 digests in constant time.
func auth(keys []string) gin.HandlerFunc {
	digests := make([][32]byte, len(keys))
	for i, k := range keys {
		digests[i] = sha256.Sum256([]byte(k))
	}
	return func(c *gin.Context) {
		h := c.GetHeader("Authorization")
		scheme, token, ok := strings.Cut(h, " ")
		if !ok || !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(token) == "" {
			renderError(c, &Error{Status: http.StatusUnauthorized, Code: CodeUnauthorized, Message: "missing or malformed Authorization: Bearer header"}, false)
			return
		}
		d := sha256.Sum256([]byte(strings.TrimSpace(token)))
		match := 0
		for i := range digests {
			match |= subtle.ConstantTimeCompare(d[:], digests[i][:])
		}
		if match != 1 {
			renderError(c, &Error{Status: http.StatusUnauthorized, Code: CodeUnauthorized, Message: "invalid API key"}, false)
			return
		}
		c.Next()
	}
}

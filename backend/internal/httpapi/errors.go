package httpapi

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"
)

// Stable error codes of the API.
const (
	CodeInvalidJSON           = "INVALID_JSON"
	CodeValidation            = "VALIDATION_ERROR"
	CodeUnauthorized          = "UNAUTHORIZED"
	CodeNotFound              = "NOT_FOUND"
	CodeMethodNotAllowed      = "METHOD_NOT_ALLOWED"
	CodePayloadTooLarge       = "PAYLOAD_TOO_LARGE"
	CodeUnsupportedMedia      = "UNSUPPORTED_MEDIA_TYPE"
	CodeRateLimited           = "RATE_LIMITED"
	CodeClaudeRateLimited     = "CLAUDE_RATE_LIMITED"
	CodeClaudeError           = "CLAUDE_ERROR"
	CodeClaudeUnavailable     = "CLAUDE_UNAVAILABLE"
	CodeClaudeAuth            = "CLAUDE_AUTH_FAILED"
	CodeAWSCollectionFailed   = "AWS_COLLECTION_FAILED"
	CodeGatewayUnverified     = "MASKING_GATEWAY_UNVERIFIED"
	CodeMaskingRefused        = "MASKING_REFUSED"
	CodeTimeout               = "TIMEOUT"
	CodeNotReady              = "NOT_READY"
	CodeInternal              = "INTERNAL_ERROR"
	internalMessageProduction = "internal error"
)

// FieldError names one invalid input field.
type FieldError struct {
	Field   string `json:"field"`
	Message string `json:"message"`
}

// Error is an error with an HTTP status and a stable code. Handlers return
// it; renderError writes it. Message is shown to the client; Err is the
// internal cause, logged by type only and shown outside production.
type Error struct {
	Status  int
	Code    string
	Message string
	Details []FieldError
	Err     error
}

// Error returns the code, the client message and the cause, for logs and tests.
func (e *Error) Error() string {
	if e.Err != nil {
		return e.Code + ": " + e.Message + ": " + e.Err.Error()
	}
	return e.Code + ": " + e.Message
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

type errorBody struct {
	Message string       `json:"message"`
	Code    string       `json:"code"`
	Details []FieldError `json:"details,omitempty"`
}

type errorEnvelope struct {
	Success   bool      `json:"success"`
	Error     errorBody `json:"error"`
	RequestID string    `json:"requestId,omitempty"`
}

// renderError writes err as {"success": false, "error": {...}}. An error that
// is not an *Error is a 500 whose message is hidden in production.
func renderError(c *gin.Context, err error, production bool) {
	var e *Error
	if !errors.As(err, &e) {
		e = &Error{Status: http.StatusInternalServerError, Code: CodeInternal, Message: internalMessageProduction, Err: err}
		if !production {
			e.Message = err.Error()
		}
	}
	msg := e.Message
	if e.Status >= 500 && e.Code == CodeInternal && production {
		msg = internalMessageProduction
	}
	if e.Status == http.StatusUnauthorized {
		c.Header("WWW-Authenticate", `Bearer realm="aws-masker"`)
	}
	c.Set(ctxErrorCode, e.Code)
	c.AbortWithStatusJSON(e.Status, errorEnvelope{Error: errorBody{Message: msg, Code: e.Code, Details: e.Details}, RequestID: c.GetString(ctxRequestID)})
}

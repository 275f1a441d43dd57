package gateway

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/aws-masker/aws-masker/kong-plugin/masking"
)

// Error codes of the gateway; each is documented in the package doc. Engine codes that reach
// a client (INVALID_JSON, NOT_A_MESSAGES_REQUEST, UNMASKABLE_CONTENT) keep the engine's name.
const (
	CodeBodyTooLarge                = "BODY_TOO_LARGE"
	CodeUnsupportedContentEncoding  = "UNSUPPORTED_CONTENT_ENCODING"
	CodeInvalidContentEncoding      = "INVALID_CONTENT_ENCODING"
	CodeMethodNotAllowed            = "METHOD_NOT_ALLOWED"
	CodeHTTP2NotSupported           = "HTTP2_NOT_SUPPORTED"
	CodeInternal                    = "INTERNAL_ERROR"
	CodeRestoreFailed               = "RESTORE_FAILED"
	CodeUpstreamTooLarge            = "UPSTREAM_TOO_LARGE"
	CodeUpstreamEncodingUnsupported = "UPSTREAM_ENCODING_UNSUPPORTED"
	CodeBadGateway                  = "UPSTREAM_BAD_GATEWAY"
	CodeInvalidConfig               = "INVALID_CONFIG"
)

// ConfigError renders a configuration that does not compile (adapters answer every request
// with it rather than forwarding unmasked). The details are for the operator's log.
func ConfigError(cause error) *Error {
	return newError(http.StatusInternalServerError, CodeInvalidConfig, "the aws-masker plugin configuration is invalid; see the gateway log", cause)
}

// Error is a failure that ends an exchange: an HTTP status, a stable code and a message safe
// to show to the client (never request content). Err, the cause, is for the log's code only.
type Error struct {
	Status  int    // HTTP status sent to the client
	Code    string // stable code, one of the Code constants or an engine code
	Message string // client-facing, free of request content
	Err     error  // cause; never rendered
}

// Error implements error as "CODE: message".
func (e *Error) Error() string { return e.Code + ": " + e.Message }

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

func newError(status int, code, msg string, cause error) *Error {
	return &Error{Status: status, Code: code, Message: msg, Err: cause}
}

// fromMasking maps an engine failure on the request side to a client error. Codes the client
// can fix are 400 (413 for TOO_LARGE); anything else is an internal error. The engine's
// messages are documented as free of request content, so they are shown.
func fromMasking(err error) *Error {
	var me *masking.Error
	if !errors.As(err, &me) {
		return newError(http.StatusInternalServerError, CodeInternal, "masking failed", err)
	}
	switch me.Code {
	case masking.CodeInvalidJSON, masking.CodeNotAMessagesRequest, masking.CodeUnmaskableContent:
		return newError(http.StatusBadRequest, me.Code, me.Message, err)
	case masking.CodeTooLarge:
		return newError(http.StatusRequestEntityTooLarge, CodeBodyTooLarge, me.Message, err)
	}
	return newError(http.StatusInternalServerError, CodeInternal, "masking failed", err)
}

// errorBody renders e in the Anthropic error shape, so SDKs surface code and message.
func errorBody(e *Error) []byte {
	type inner struct {
		Type    string `json:"type"`
		Code    string `json:"code"`
		Message string `json:"message"`
	}
	b, err := json.Marshal(struct {
		Type  string `json:"type"`
		Error inner  `json:"error"`
	}{"error", inner{"aws_masker_error", e.Code, e.Message}})
	if err != nil { // cannot happen: three strings
		return []byte(`{"type":"error","error":{"type":"aws_masker_error","code":"INTERNAL_ERROR","message":"internal error"}}`)
	}
	return b
}

// ErrorResponse renders e as the status, headers and body an adapter sends; adapters use it
// for failures outside the handler (for example an unreachable upstream in the proxy).
func ErrorResponse(e *Error) (int, http.Header, []byte) {
	h := http.Header{}
	h.Set("Content-Type", "application/json")
	h.Set("X-Aws-Masker-Error", e.Code)
	return e.Status, h, errorBody(e)
}

package masking

import "errors"

// Error codes. Each is stable: callers (the Kong plugin, the proxy, the CLI) branch on them and
// render them to clients, so a code is never renamed or reused for a different failure.
const (
	// CodeInvalidJSON: a request or mapping body is not well-formed JSON.
	CodeInvalidJSON = "INVALID_JSON"
	// CodeNotAMessagesRequest: the body is JSON but not a Messages API request (for example
	// no "messages" array, or "system" of the wrong JSON type).
	CodeNotAMessagesRequest = "NOT_A_MESSAGES_REQUEST"
	// CodeUnmaskableContent: the body holds content the engine cannot mask with certainty
	// (a base64 PDF document, a block without a type, a masked text that would not restore
	// exactly). It is refused rather than forwarded.
	CodeUnmaskableContent = "UNMASKABLE_CONTENT"
	// CodeInvalidMapping: a serialised mapping is malformed (not a JSON object of token to
	// original, a binary form that does not parse exactly, or a key that is not a token).
	CodeInvalidMapping = "INVALID_MAPPING"
	// CodeInvalidSSE: a server-sent event stream cannot be restored (an event larger than
	// the restorer's limit, or a write after Close).
	CodeInvalidSSE = "INVALID_SSE"
	// CodeInvalidConfig: Config is rejected by New; Message lists every problem.
	CodeInvalidConfig = "INVALID_CONFIG"
	// CodeTooLarge: an input exceeds a documented size limit.
	CodeTooLarge = "TOO_LARGE"
	// CodeInternal: the engine failed unexpectedly (a bug). The input was not masked and
	// must not be forwarded.
	CodeInternal = "INTERNAL_ERROR"
)

// Error is every failure the engine reports. Code is one of the Code constants and is stable;
// Message is safe to show to a client: it never contains prompt text, identifiers or the
// originals of tokens, only positions, field paths and counts.
type Error struct {
	Code    string // stable machine-readable code, e.g. "INVALID_JSON"
	Message string // human-readable, free of sensitive data
	Err     error  // optional cause, also free of sensitive data
}

// Error implements error as "CODE: message".
func (e *Error) Error() string {
	if e.Err != nil {
		return e.Code + ": " + e.Message + ": " + e.Err.Error()
	}
	return e.Code + ": " + e.Message
}

// Unwrap returns the cause, so errors.Is and errors.As see through an Error.
func (e *Error) Unwrap() error { return e.Err }

// Is reports whether target is an *Error with the same Code, so
// errors.Is(err, &masking.Error{Code: masking.CodeInvalidJSON}) works.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Code == e.Code
}

// ErrorCode returns the Code of the first *Error in err's chain, or "" when there is none.
func ErrorCode(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}

func newError(code, msg string) *Error { return &Error{Code: code, Message: msg} }

// Package fakeclaude is a small, offline stand-in for the Anthropic Messages API.
//
// It serves POST /v1/messages both as one JSON message and as a server-sent event stream
// (stream: true) whose text_delta events deliberately split every masked token in two, so a
// gateway that restores tokens event by event is caught out. Its answer is an analysis that
// names every aws-masker token (AWS_<TYPE>_<NNN>) it received, so a restoring gateway must put
// back every original for the caller to see them.
//
// Everything it receives on /v1/messages is kept in memory and shown on GET /debug/received:
// that is what "Claude saw". DELETE /debug/received forgets it. GET /health answers 200. Any
// other path, the aws-masker probe included, answers 404 with the API's error shape, exactly
// as the real host would: a backend talking to it without the gateway in between must refuse.
//
// The package is used by the end-to-end suites and by the `fake-claude` command of the
// compose demo.
package fakeclaude

// Package gateway is aws-masker's request and response logic in front of the Claude API,
// shared by the Kong plugin (internal/plugin) and the standalone proxy (internal/proxy).
// Each adapter implements the small [Request] and [Response] interfaces over its own
// transport (go-pdk calls, or net/http) and calls [Handler.Access] and [Handler.Response];
// no masking decision is made in an adapter.
//
// # Access
//
//   - GET or HEAD on [ProbePath] is answered by the handler itself: 200 application/json
//     {"plugin":"aws-masker","version":...,"rulesetVersion":...,"rules":N}; nothing goes
//     upstream.
//   - The body (at most Config.MaxBodyBytes, decoded) is decoded from Content-Encoding
//     (identity, gzip, x-gzip, deflate; anything else is refused), masked as a Messages API
//     request on /v1/messages and /v1/messages/count_tokens and as text elsewhere, and set
//     as the upstream body with Accept-Encoding: identity.
//   - The request's mapping (token -> original) is kept in the request's own context through
//     [Request.SaveState]; nothing is process-global.
//
// # Response
//
// The upstream body is decoded if it arrived encoded anyway, restored (JSON, server-sent
// events, error bodies, text) and returned with the upstream status and headers minus
// Content-Length, Content-Encoding and Transfer-Encoding. An adapter that can stream
// ([Streamer]) restores text/event-stream bodies event by event as they arrive.
//
// # Failing closed
//
// Anything that cannot be masked with certainty ends the exchange with an error response and
// nothing is forwarded. A panic in an event is recovered and answered the same way. Error
// bodies have the Anthropic error shape, so SDKs surface them:
//
//	{"type":"error","error":{"type":"aws_masker_error","code":"BODY_TOO_LARGE","message":"..."}}
//
// Codes (stable; status in brackets):
//
//	BODY_TOO_LARGE                [413] request body (raw or decoded) over max_body_bytes
//	UNSUPPORTED_CONTENT_ENCODING  [415] request Content-Encoding other than identity, gzip, deflate
//	INVALID_CONTENT_ENCODING      [400] the body does not decode as its Content-Encoding says
//	INVALID_JSON                  [400] a Messages request body is not well-formed JSON
//	NOT_A_MESSAGES_REQUEST        [400] JSON on a Messages endpoint that is not a Messages request
//	UNMASKABLE_CONTENT            [400] content the engine cannot mask with certainty
//	METHOD_NOT_ALLOWED            [405] the probe path with a method other than GET or HEAD
//	HTTP2_NOT_SUPPORTED           [505] an HTTP/2 request where the adapter cannot restore the
//	                                    response (Kong runs no response phase for HTTP/2)
//	INTERNAL_ERROR                [500] an unexpected failure while masking (including a panic)
//	INVALID_CONFIG                [500] the plugin configuration does not compile (Kong normally
//	                                    refuses it when the instance starts)
//	RESTORE_FAILED                [502] the upstream response could not be restored
//	UPSTREAM_TOO_LARGE            [502] upstream body (raw or decoded) over max_response_bytes
//	UPSTREAM_ENCODING_UNSUPPORTED [502] upstream Content-Encoding other than identity, gzip, deflate
//	UPSTREAM_BAD_GATEWAY          [502] the upstream could not be reached (standalone proxy)
//
// # Logging
//
// The handler reports one [Event] per phase to [Request.Log] / [Response.Log]: phase,
// outcome, code, status, sizes, counts per secret type and duration. An Event has no field
// that can carry request content, so a log line can never hold a prompt, an identifier or an
// original.
package gateway

// Package plugin is the go-pdk adapter of aws-masker: the Kong plugin's Config (= its Kong
// schema) and its Access and Response phases. It holds no masking logic: each phase wraps
// the PDK in the gateway package's Request/Response interfaces and calls the shared
// gateway.Handler.
//
// Kong behaviour this adapter relies on (Kong 3.9, go-pdk v0.11.2, read from their source):
//
//   - One Config value is created per plugin instance (per configured plugin entity) by
//     json.Unmarshal of the instance's config, and shared by every request the instance
//     handles, concurrently. UnmarshalJSON therefore validates and compiles once, so a bad
//     config fails at instance start ("starting instance" in Kong's log) and never forwards.
//   - A plugin with a response phase makes Kong proxy in buffered mode (ngx.location.capture
//     of the whole upstream response) for HTTP/1.x requests only; for HTTP/2 the response
//     phase does not run, so the plugin refuses HTTP/2 requests when it restores responses.
//   - kong.request.get_raw_body answers with the body, or with the path of the temp file
//     nginx spilled it to (client_body_buffer_size); both are read, bounded.
//   - go-pdk's ServiceRequest.SetRawBody sends a protobuf string, which Go refuses to
//     marshal for invalid UTF-8; Kong declares the argument as bytes, so the adapter sends a
//     ByteString with the same wire encoding.
//   - kong.response.exit ends the request: go-pdk closes the event's connection after it, so
//     the handler logs before it replies. In the response phase Kong has already copied the
//     upstream headers; the adapter clears Content-Length, Content-Encoding and
//     Transfer-Encoding before exit, which sets Content-Length for the new body.
//   - The per-request mapping travels in kong.ctx.shared (a string), never in process state.
//   - A panic in a phase would kill the plugin server and every request in flight; each
//     phase recovers.
package plugin

import (
	"encoding/json"
	"io"
	"net/http"
	"os"

	"github.com/Kong/go-pdk"
	"github.com/Kong/go-pdk/bridge"
	"github.com/Kong/go-pdk/server/kong_plugin_protocol"

	"github.com/aws-masker/aws-masker/kong-plugin/internal/gateway"
)

// Priority orders aws-masker among Kong plugins in a phase (higher runs first): after
// authentication (key-auth 1250) and request transformers (801), so it masks the body
// that is actually forwarded.
const Priority = 700

// Version is the plugin version Kong reports.
const Version = gateway.Version

// stateKey is the kong.ctx.shared key of the request's mapping.
const stateKey = "aws_masker_state"

// Config is the plugin configuration, field for field gateway.Config (documented there with
// its defaults); go-pdk derives the Kong schema from it.
type Config gateway.Config

// New returns an empty Config; it is go-pdk's constructor, called once per plugin instance.
func New() any { return &Config{} }

// Interface guards: go-pdk finds phases by type assertion, so a wrong signature would drop
// a phase silently.
var (
	_ interface{ Access(*pdk.PDK) }   = (*Config)(nil)
	_ interface{ Response(*pdk.PDK) } = (*Config)(nil)
	_ json.Unmarshaler                = (*Config)(nil)
)

// UnmarshalJSON decodes the instance configuration Kong sends, then validates and compiles it,
// so an invalid configuration fails when Kong starts the instance.
//
// Kong serialises the instance config with cjson, which encodes an empty Lua table as {}
// unless it is marked as an array; an empty object for a list field is read as an empty list.
func (c *Config) UnmarshalJSON(data []byte) error {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(data, &fields); err != nil {
		return err
	}
	for _, k := range []string{"disabled_rules", "never_mask", "custom_rules"} {
		if v, ok := fields[k]; ok && isEmptyObject(v) {
			fields[k] = json.RawMessage("[]")
		}
	}
	fixed, err := json.Marshal(fields)
	if err != nil {
		return err
	}
	type plain Config // no methods: no recursion
	if err := json.Unmarshal(fixed, (*plain)(c)); err != nil {
		return err
	}
	_, err = (*gateway.Config)(c).Handler()
	return err
}

func isEmptyObject(v json.RawMessage) bool {
	var m map[string]json.RawMessage
	return json.Unmarshal(v, &m) == nil && m != nil && len(m) == 0
}

// Access masks the request (or answers the probe, or refuses the request).
func (c *Config) Access(kong *pdk.PDK) {
	defer recoverPhase(kong, "access")
	h, err := (*gateway.Config)(c).Handler()
	if err != nil {
		_ = kong.Log.Err("aws-masker: invalid configuration: ", err.Error())
		status, hdr, body := gateway.ErrorResponse(gateway.ConfigError(err))
		kong.Response.Exit(status, body, hdr)
		return
	}
	h.Access(&exchange{kong: kong})
}

// Response restores the upstream response Kong has buffered.
func (c *Config) Response(kong *pdk.PDK) {
	defer recoverPhase(kong, "response")
	h, err := (*gateway.Config)(c).Handler()
	if err != nil {
		return // Access refused the request already
	}
	h.Response(&upstream{exchange{kong: kong}})
}

// recoverPhase is the last line of defence: the gateway recovers its own panics, this
// catches the adapter's. The request is answered with INTERNAL_ERROR when still possible.
func recoverPhase(kong *pdk.PDK, phase string) {
	if p := recover(); p != nil {
		_ = kong.Log.Err("aws-masker phase=" + phase + " panic recovered")
		status, hdr, body := gateway.ErrorResponse(&gateway.Error{
			Status: http.StatusInternalServerError, Code: gateway.CodeInternal, Message: "internal error",
		})
		func() {
			defer func() { _ = recover() }()
			kong.Response.Exit(status, body, hdr)
		}()
	}
}

// exchange adapts one PDK event to gateway.Request and gateway.Response.
type exchange struct {
	kong *pdk.PDK
}

var _ gateway.Request = (*exchange)(nil)

// Method returns the client request method.
func (x *exchange) Method() (string, error) { return x.kong.Request.GetMethod() }

// Path returns the client request path.
func (x *exchange) Path() (string, error) { return x.kong.Request.GetPath() }

// CanRestore reports whether Kong will run the response phase: only for HTTP/1.x.
func (x *exchange) CanRestore() (bool, error) {
	v, err := x.kong.Request.GetHttpVersion()
	return v < 2, err
}

// SetUpstreamHeader sets a header of the request to the service.
func (x *exchange) SetUpstreamHeader(name, value string) error {
	return x.kong.ServiceRequest.SetHeader(name, value)
}

// ClearUpstreamHeader removes a header of the request to the service.
func (x *exchange) ClearUpstreamHeader(name string) error {
	return x.kong.ServiceRequest.ClearHeader(name)
}

// SetUpstreamBody sends the body as bytes (see the package doc on SetRawBody).
func (x *exchange) SetUpstreamBody(body []byte) error {
	return x.kong.ServiceRequest.Ask("kong.service.request.set_raw_body", bridge.WrapByteString(body), nil)
}

// SaveState keeps state in kong.ctx.shared.
func (x *exchange) SaveState(state string) error { return x.kong.Ctx.SetShared(stateKey, state) }

// LoadState reads the state from kong.ctx.shared.
func (x *exchange) LoadState() (string, bool, error) {
	v, err := x.kong.Ctx.GetSharedAny(stateKey)
	if err != nil || v == nil {
		return "", false, err
	}
	s, ok := v.(string)
	if !ok || s == "" {
		return "", false, nil
	}
	return s, true, nil
}

// Header reads a client request header.
func (x *exchange) Header(name string) (string, error) {
	return x.kong.Request.GetHeader(name)
}

// Body reads the client request body, from memory or from nginx's temp file, bounded.
func (x *exchange) Body(limit int64) ([]byte, error) {
	out := new(kong_plugin_protocol.RawBodyResult)
	if err := x.kong.Request.Ask("kong.request.get_raw_body", nil, out); err != nil {
		return nil, err
	}
	if path := out.GetBodyFilepath(); path != "" {
		return readFileLimited(path, limit)
	}
	if msg := out.GetError(); msg != "" {
		return nil, &bodyError{msg}
	}
	return out.GetContent(), nil
}

// Respond ends the request with kong.response.exit.
func (x *exchange) Respond(status int, header http.Header, body []byte) error {
	x.kong.Response.Exit(status, body, header)
	return nil
}

// Log writes the event through kong.log: refusals at err, the rest at info.
func (x *exchange) Log(ev gateway.Event) {
	if ev.Outcome == gateway.OutcomeRefused {
		_ = x.kong.Log.Err(ev.String())
		return
	}
	_ = x.kong.Log.Info(ev.String())
}

// bodyError is Kong's own message for an unreadable body; it names no content.
type bodyError struct{ msg string }

func (e *bodyError) Error() string { return "kong.request.get_raw_body: " + e.msg }

func readFileLimited(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path) //nolint:gosec // the path comes from Kong (nginx's client body temp file)
	if err != nil {
		return nil, err
	}
	defer f.Close() //nolint:errcheck // read-only
	return io.ReadAll(io.LimitReader(f, limit+1))
}

// upstream adapts the response phase: headers and body come from the service response.
type upstream struct {
	exchange
}

var _ gateway.Response = (*upstream)(nil)

// Status returns the service response status.
func (u *upstream) Status() (int, error) { return u.kong.ServiceResponse.GetStatus() }

// Header returns a service response header.
func (u *upstream) Header(name string) (string, error) {
	return u.kong.ServiceResponse.GetHeader(name)
}

// Body returns the buffered service response body, cut at limit+1 bytes.
func (u *upstream) Body(limit int64) ([]byte, error) {
	b, err := u.kong.ServiceResponse.GetRawBody()
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit+1 {
		b = b[:limit+1]
	}
	return b, nil
}

// Respond replaces the buffered response; Kong already copied the upstream headers.
func (u *upstream) Respond(status int, header http.Header, body []byte) error {
	for _, h := range []string{"Content-Length", "Content-Encoding", "Transfer-Encoding"} {
		if err := u.kong.Response.ClearHeader(h); err != nil {
			return err
		}
	}
	u.kong.Response.Exit(status, body, header)
	return nil
}

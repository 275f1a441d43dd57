package main

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	pb "github.com/Kong/go-pdk/server/kong_plugin_protocol"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/structpb"

	"github.com/aws-masker/aws-masker/kong-plugin/internal/gateway"
)

// buildOnce builds the real binary once per test run, named aws-masker as in the image
// (go-pdk derives the plugin name and socket name from the executable's name).
type builtBinary struct {
	once sync.Once
	path string
	err  error
}

var testBinary = &builtBinary{}

func awsMaskerBinary(t *testing.T) string {
	t.Helper()
	testBinary.once.Do(func() {
		dir, err := os.MkdirTemp("", "aws-masker-bin-")
		if err != nil {
			testBinary.err = err
			return
		}
		testBinary.path = filepath.Join(dir, "aws-masker")
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, "go", "build", "-o", testBinary.path, ".")
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		out, err := cmd.CombinedOutput()
		if err != nil {
			testBinary.err = &buildError{err: err, out: string(out)}
		}
	})
	require.NoError(t, testBinary.err)
	return testBinary.path
}

type buildError struct {
	err error
	out string
}

func (e *buildError) Error() string { return e.err.Error() + ": " + e.out }

// pluginDump is the -dump document, as Kong's query_cmd reads it.
type pluginDump struct {
	Protocol   string
	SocketPath string
	Plugins    []struct {
		Name     string
		Phases   []string
		Version  string
		Priority int
		Schema   struct {
			Name   string                       `json:"name"`
			Fields []map[string]json.RawMessage `json:"fields"`
		}
	}
}

// schemaField is one field of a go-pdk generated schema.
type schemaField struct {
	Type     string                       `json:"type"`
	Elements *schemaField                 `json:"elements"`
	Fields   []map[string]json.RawMessage `json:"fields"`
}

// dumpInfo runs `aws-masker -dump -kong-prefix prefix` and returns stdout, parsed.
func dumpInfo(t *testing.T, prefix string) (pluginDump, []byte) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, awsMaskerBinary(t), "-dump", "-kong-prefix", prefix)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	require.NoError(t, cmd.Run(), "stderr: %s", stderr.String())
	var d pluginDump
	require.NoError(t, json.Unmarshal(stdout.Bytes(), &d), "-dump prints exactly one JSON document: %q", stdout.String())
	return d, stdout.Bytes()
}

// configSchema returns the plugin's config record fields by name.
func configSchema(t *testing.T, d pluginDump) map[string]schemaField {
	t.Helper()
	require.Len(t, d.Plugins, 1)
	var config schemaField
	for _, f := range d.Plugins[0].Schema.Fields {
		if raw, ok := f["config"]; ok {
			require.NoError(t, json.Unmarshal(raw, &config))
		}
	}
	require.Equal(t, "record", config.Type)
	out := map[string]schemaField{}
	for _, f := range config.Fields {
		for name, raw := range f {
			var sf schemaField
			require.NoError(t, json.Unmarshal(raw, &sf))
			out[name] = sf
		}
	}
	return out
}

func TestDumpIsThePluginInfo(t *testing.T) {
	prefix := t.TempDir()
	d, raw := dumpInfo(t, prefix)
	assert.Len(t, strings.Split(strings.TrimSpace(string(raw)), "\n"), 1, "one line, one document")
	assert.Equal(t, "ProtoBuf:1", d.Protocol)
	assert.Equal(t, filepath.Join(prefix, "aws-masker.socket"), d.SocketPath)
	require.Len(t, d.Plugins, 1)
	p := d.Plugins[0]
	assert.Equal(t, "aws-masker", p.Name)
	assert.Equal(t, "aws-masker", p.Schema.Name)
	assert.ElementsMatch(t, []string{"access", "response"}, p.Phases)
	assert.Equal(t, gateway.Version, p.Version)
	assert.Positive(t, p.Priority)

	fields := configSchema(t, d)
	// Every JSON key of the config struct is in the schema, with the right type.
	ct := reflect.TypeOf(gateway.Config{})
	for i := range ct.NumField() {
		f := ct.Field(i)
		if !f.IsExported() {
			continue
		}
		key := f.Tag.Get("json")
		require.Contains(t, fields, key)
	}
	assert.Len(t, fields, 8)
	assert.Equal(t, "array", fields["disabled_rules"].Type)
	assert.Equal(t, "string", fields["disabled_rules"].Elements.Type)
	assert.Equal(t, "integer", fields["max_body_bytes"].Type)
	assert.Equal(t, "boolean", fields["restore_responses"].Type)
	assert.Equal(t, "string", fields["thinking_key"].Type)
	cr := fields["custom_rules"]
	require.Equal(t, "array", cr.Type)
	require.Equal(t, "record", cr.Elements.Type)
	var names []string
	for _, f := range cr.Elements.Fields {
		for k := range f {
			names = append(names, k)
		}
	}
	assert.ElementsMatch(t, []string{"id", "type", "pattern"}, names)
}

// pluginServer is the binary started the way Kong 3.9 starts it (start_cmd with
// -kong-prefix), with the connection helpers Kong's pb_rpc.lua uses.
type pluginServer struct {
	t      *testing.T
	socket string
	seq    int64
	stderr *syncBuffer
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func startPluginServer(t *testing.T) *pluginServer {
	t.Helper()
	bin := awsMaskerBinary(t)
	prefix, err := os.MkdirTemp("", "kong-prefix-") // short: unix socket paths are limited
	require.NoError(t, err)
	t.Cleanup(func() { _ = os.RemoveAll(prefix) })
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, bin, "-kong-prefix", prefix)
	stderr := &syncBuffer{}
	cmd.Stdout, cmd.Stderr = stderr, stderr
	require.NoError(t, cmd.Start())
	t.Cleanup(func() {
		cancel()
		_ = cmd.Wait()
	})
	s := &pluginServer{t: t, socket: filepath.Join(prefix, "aws-masker.socket"), stderr: stderr}
	deadline := time.Now().Add(20 * time.Second)
	for {
		c, err := net.Dial("unix", s.socket)
		if err == nil {
			_ = c.Close()
			return s
		}
		require.True(t, time.Now().Before(deadline), "the plugin server never listened on %s: %s", s.socket, stderr.String())
		time.Sleep(20 * time.Millisecond)
	}
}

func writeFrame(w io.Writer, b []byte) error {
	if err := binary.Write(w, binary.LittleEndian, uint32(len(b))); err != nil {
		return err
	}
	_, err := w.Write(b)
	return err
}

func readFrame(r io.Reader) ([]byte, error) {
	var n uint32
	if err := binary.Read(r, binary.LittleEndian, &n); err != nil {
		return nil, err
	}
	b := make([]byte, n)
	_, err := io.ReadFull(r, b)
	return b, err
}

// call sends one RpcCall on a new connection (Kong connects per call), answers the PDK calls
// of an event with kong, and returns the RpcReturn (nil when the event ended the request
// with kong.response.exit, after which Kong drops the connection as ngx.exit does).
func (s *pluginServer) call(rc *pb.RpcCall, kong *fakeKong) *pb.RpcReturn {
	s.t.Helper()
	c, err := net.Dial("unix", s.socket)
	require.NoError(s.t, err)
	defer c.Close() //nolint:errcheck // test connection
	require.NoError(s.t, c.SetDeadline(time.Now().Add(30*time.Second)))
	s.seq++
	rc.Sequence = s.seq
	msg, err := proto.Marshal(rc)
	require.NoError(s.t, err)
	require.NoError(s.t, writeFrame(c, msg))
	if kong != nil {
		for {
			method, err := readFrame(c)
			require.NoError(s.t, err, "plugin server stderr: %s", s.stderr.String())
			if len(method) == 0 {
				break // event finished
			}
			args, err := readFrame(c)
			require.NoError(s.t, err)
			reply, exited := kong.handle(s.t, string(method), args)
			if exited {
				return nil
			}
			require.NoError(s.t, writeFrame(c, reply))
		}
	}
	ret, err := readFrame(c)
	require.NoError(s.t, err)
	var rr pb.RpcReturn
	require.NoError(s.t, proto.Unmarshal(ret, &rr))
	require.Equal(s.t, s.seq, rr.Sequence)
	return &rr
}

func (s *pluginServer) startInstance(config string) int32 {
	s.t.Helper()
	rr := s.call(&pb.RpcCall{Call: &pb.RpcCall_CmdStartInstance{
		CmdStartInstance: &pb.CmdStartInstance{Name: "aws-masker", Config: []byte(config)},
	}}, nil)
	st := rr.GetInstanceStatus()
	require.NotNil(s.t, st, "start instance: %v", rr)
	assert.Equal(s.t, "aws-masker", st.Name)
	return st.InstanceId
}

func (s *pluginServer) event(instance int32, phase string, kong *fakeKong) *pb.RpcReturn {
	s.t.Helper()
	return s.call(&pb.RpcCall{Call: &pb.RpcCall_CmdHandleEvent{
		CmdHandleEvent: &pb.CmdHandleEvent{InstanceId: instance, EventName: phase},
	}}, kong)
}

// fakeKong answers PDK calls as Kong's exposed PDK does, for one request.
type fakeKong struct {
	method, path string
	httpVersion  float64
	reqHeader    map[string]string
	reqBody      []byte
	ctxShared    map[string]*structpb.Value

	upstreamHeader map[string]string
	upstreamBody   []byte
	upstreamSet    bool

	serviceStatus int32
	serviceHeader map[string]string
	serviceBody   []byte

	clientHeader map[string]string // kong.response headers (response phase)
	exitStatus   int32
	exitBody     []byte
	exitHeader   map[string]any
	logs         []string
}

func newFakeKong(method, path string, header map[string]string, body []byte) *fakeKong {
	return &fakeKong{
		method: method, path: path, httpVersion: 1.1, reqHeader: header, reqBody: body,
		ctxShared: map[string]*structpb.Value{}, upstreamHeader: map[string]string{},
		clientHeader: map[string]string{},
	}
}

func mustMarshal(t *testing.T, m proto.Message) []byte {
	t.Helper()
	b, err := proto.Marshal(m)
	require.NoError(t, err)
	return b
}

func lookup(h map[string]string, name string) string {
	for k, v := range h {
		if strings.EqualFold(k, name) {
			return v
		}
	}
	return ""
}

func (k *fakeKong) handle(t *testing.T, method string, args []byte) ([]byte, bool) {
	t.Helper()
	str := func() string {
		var s pb.String
		require.NoError(t, proto.Unmarshal(args, &s))
		return s.V
	}
	switch method {
	case "kong.request.get_method":
		return mustMarshal(t, &pb.String{V: k.method}), false
	case "kong.request.get_path":
		return mustMarshal(t, &pb.String{V: k.path}), false
	case "kong.request.get_http_version":
		return mustMarshal(t, &pb.Number{V: k.httpVersion}), false
	case "kong.request.get_header":
		return mustMarshal(t, &pb.String{V: lookup(k.reqHeader, str())}), false
	case "kong.request.get_raw_body":
		return mustMarshal(t, &pb.RawBodyResult{Kind: &pb.RawBodyResult_Content{Content: k.reqBody}}), false
	case "kong.service.request.set_header":
		var kv pb.KV
		require.NoError(t, proto.Unmarshal(args, &kv))
		k.upstreamHeader[kv.K] = kv.V.GetStringValue()
		return nil, false
	case "kong.service.request.clear_header":
		delete(k.upstreamHeader, str())
		return nil, false
	case "kong.service.request.set_raw_body":
		// Kong decodes the argument with the proto's declared type, ByteString.
		var b pb.ByteString
		require.NoError(t, proto.Unmarshal(args, &b))
		k.upstreamBody, k.upstreamSet = b.V, true
		return nil, false
	case "kong.ctx.shared.set":
		var kv pb.KV
		require.NoError(t, proto.Unmarshal(args, &kv))
		k.ctxShared[kv.K] = kv.V
		return nil, false
	case "kong.ctx.shared.get":
		v, ok := k.ctxShared[str()]
		if !ok {
			v = structpb.NewNullValue()
		}
		return mustMarshal(t, v), false
	case "kong.service.response.get_status":
		return mustMarshal(t, &pb.Int{V: k.serviceStatus}), false
	case "kong.service.response.get_header":
		return mustMarshal(t, &pb.String{V: lookup(k.serviceHeader, str())}), false
	case "kong.service.response.get_raw_body":
		return mustMarshal(t, &pb.ByteString{V: k.serviceBody}), false
	case "kong.response.clear_header":
		name := str()
		for h := range k.clientHeader {
			if strings.EqualFold(h, name) {
				delete(k.clientHeader, h)
			}
		}
		return nil, false
	case "kong.response.exit":
		var ea pb.ExitArgs
		require.NoError(t, proto.Unmarshal(args, &ea))
		k.exitStatus, k.exitBody = ea.Status, ea.Body
		if ea.Headers != nil {
			k.exitHeader = ea.Headers.AsMap()
		}
		return nil, true
	}
	if strings.HasPrefix(method, "kong.log.") {
		var l structpb.ListValue
		require.NoError(t, proto.Unmarshal(args, &l))
		var parts []string
		for _, v := range l.AsSlice() {
			b, _ := json.Marshal(v)
			parts = append(parts, string(b))
		}
		k.logs = append(k.logs, method+" "+strings.Join(parts, " "))
		return nil, false
	}
	t.Errorf("unexpected PDK call %q", method)
	return nil, false
}

// kongInstanceConfig is what Kong sends for a plugin configured with only custom_rules:
// every schema field, absent ones as null, Kong's bookkeeping keys, empty lists as {}.
const kongInstanceConfig = `{"__key__":"plugins:aws-masker:r1::::","__seq__":7,"__plugin_id":"5b9c6f0e-1b7a-4e35-9c39-6f6a0a3b8c11",` +
	`"disabled_rules":{},"never_mask":null,"max_body_bytes":null,"max_response_bytes":null,"restore_responses":null,` +
	`"thinking_key":null,"thinking_key_env":null,` +
	`"custom_rules":[{"id":"acme-ticket","type":"ticket","pattern":"\\bTCK-[0-9]{5}\\b"}]}`

var tokRE = regexp.MustCompile(`AWS_[A-Z0-9_]+?_[0-9]{3,}`)

func TestPluginServerSpeaksKongsProtocol(t *testing.T) {
	s := startPluginServer(t)
	id := s.startInstance(kongInstanceConfig)
	assert.Equal(t, int32(7), id, "go-pdk uses Kong's __seq__ as the instance id")

	original := `{"model":"claude-sonnet-4-5","max_tokens":512,"messages":[{"role":"user","content":` +
		`"Instance i-0123456789abcdef0 (account 123456789012) is tracked in TCK-12345."}]}`
	kong := newFakeKong("POST", "/v1/messages", map[string]string{"Content-Type": "application/json"}, []byte(original))
	rr := s.event(id, "access", kong)
	require.NotNil(t, rr, "access must not exit; exit=%d %s", kong.exitStatus, kong.exitBody)

	require.True(t, kong.upstreamSet)
	up := string(kong.upstreamBody)
	for _, o := range []string{"i-0123456789abcdef0", "123456789012", "TCK-12345"} {
		assert.NotContains(t, up, o)
	}
	assert.True(t, json.Valid(kong.upstreamBody))
	assert.Contains(t, up, "AWS_TICKET_001", "the custom rule from Kong's config applies")
	assert.Equal(t, "identity", kong.upstreamHeader["Accept-Encoding"])
	require.Contains(t, kong.ctxShared, "aws_masker_state")

	// Claude answers with the tokens; Kong buffered it and runs the response phase.
	toks := tokRE.FindAllString(up, -1)
	require.NotEmpty(t, toks)
	kong.serviceStatus = 200
	kong.serviceHeader = map[string]string{"Content-Type": "application/json", "Content-Length": "123"}
	kong.clientHeader = map[string]string{"Content-Type": "application/json", "Content-Length": "123"}
	kong.serviceBody = []byte(`{"type":"message","role":"assistant","content":[{"type":"text","text":"` +
		strings.Join(toks, " ") + `"}]}`)
	rr = s.event(id, "response", kong)
	assert.Nil(t, rr, "the response phase replaces the body with kong.response.exit")
	assert.Equal(t, int32(200), kong.exitStatus)
	got := string(kong.exitBody)
	for _, o := range []string{"i-0123456789abcdef0", "123456789012", "TCK-12345"} {
		assert.Contains(t, got, o)
	}
	assert.NotContains(t, kong.clientHeader, "Content-Length", "cleared; exit sets it for the new body")
	assert.Equal(t, "application/json", kong.exitHeader["Content-Type"].([]any)[0])

	logs := strings.Join(kong.logs, "\n")
	assert.Contains(t, logs, "phase=access outcome=masked")
	assert.Contains(t, logs, "phase=response outcome=restored")
	assert.NotContains(t, logs, "i-0123456789abcdef0")
	assert.NotContains(t, logs, "TCK-12345")

	// A refused request (exit in access, connection dropped) does not hurt the server:
	// the probe on the same instance is answered next.
	bad := newFakeKong("POST", "/v1/messages", map[string]string{"Content-Type": "application/json"}, []byte(`{"messages":[`))
	assert.Nil(t, s.event(id, "access", bad))
	assert.Equal(t, int32(400), bad.exitStatus)
	assert.False(t, bad.upstreamSet, "nothing is forwarded")

	probe := newFakeKong("GET", gateway.ProbePath, nil, nil)
	assert.Nil(t, s.event(id, "access", probe))
	assert.Equal(t, int32(200), probe.exitStatus)
	var p map[string]any
	require.NoError(t, json.Unmarshal(probe.exitBody, &p))
	assert.Equal(t, "aws-masker", p["plugin"])
	assert.Equal(t, gateway.Version, p["version"])
}

func TestPluginServerRefusesAnInvalidInstanceConfig(t *testing.T) {
	s := startPluginServer(t)
	c, err := net.Dial("unix", s.socket)
	require.NoError(t, err)
	defer c.Close() //nolint:errcheck // test connection
	require.NoError(t, c.SetDeadline(time.Now().Add(10*time.Second)))
	msg := mustMarshal(t, &pb.RpcCall{Sequence: 1, Call: &pb.RpcCall_CmdStartInstance{
		CmdStartInstance: &pb.CmdStartInstance{Name: "aws-masker", Config: []byte(`{"disabled_rules":["no-such-rule"]}`)},
	}})
	require.NoError(t, writeFrame(c, msg))
	// go-pdk closes the connection without a reply; Kong logs "starting instance" and
	// answers the request with 500, never proxying it.
	_, err = readFrame(c)
	assert.Error(t, err)

	// The server is still up for valid configurations.
	assert.NotZero(t, s.startInstance(`{}`))
}

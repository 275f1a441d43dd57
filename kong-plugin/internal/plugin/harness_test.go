package plugin

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/Kong/go-pdk"
	"github.com/Kong/go-pdk/bridge"
	"github.com/Kong/go-pdk/bridge/bridgetest"
	"github.com/Kong/go-pdk/client"
	"github.com/Kong/go-pdk/ctx"
	pdklog "github.com/Kong/go-pdk/log"
	"github.com/Kong/go-pdk/nginx"
	"github.com/Kong/go-pdk/node"
	"github.com/Kong/go-pdk/request"
	"github.com/Kong/go-pdk/response"
	"github.com/Kong/go-pdk/router"
	"github.com/Kong/go-pdk/server/kong_plugin_protocol"
	"github.com/Kong/go-pdk/service"
	service_request "github.com/Kong/go-pdk/service/request"
	service_response "github.com/Kong/go-pdk/service/response"
	"github.com/Kong/go-pdk/test"
	"github.com/stretchr/testify/require"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/structpb"
)

// kongEnv is go-pdk's test.TestEnv (which plays Kong: request, service request, service
// response, client response, kong.ctx.shared) with three additions the plugin's proof needs:
// it records every kong.log call, and it can answer kong.request.get_raw_body with a temp
// file path (a body nginx spilled to disk) and kong.request.get_http_version with 2.
type kongEnv struct {
	*test.TestEnv
	mu          sync.Mutex
	logs        []string
	bodyFile    string
	httpVersion float64
	pdk         *pdk.PDK
}

func newKongEnv(t *testing.T, req test.Request) *kongEnv {
	t.Helper()
	env, err := test.New(t, req)
	require.NoError(t, err)
	k := &kongEnv{TestEnv: env}
	b := bridge.New(bridgetest.MockFunc(k))
	k.pdk = &pdk.PDK{
		Client:          client.Client{PdkBridge: b},
		Ctx:             ctx.Ctx{PdkBridge: b},
		Log:             pdklog.Log{PdkBridge: b},
		Nginx:           nginx.Nginx{PdkBridge: b},
		Request:         request.Request{PdkBridge: b},
		Response:        response.Response{PdkBridge: b},
		Router:          router.Router{PdkBridge: b},
		Node:            node.Node{PdkBridge: b},
		Service:         service.Service{PdkBridge: b},
		ServiceRequest:  service_request.Request{PdkBridge: b},
		ServiceResponse: service_response.Response{PdkBridge: b},
	}
	return k
}

// Handle answers one PDK call like Kong.
func (k *kongEnv) Handle(method string, args []byte) []byte {
	switch {
	case strings.HasPrefix(method, "kong.log."):
		l := new(structpb.ListValue)
		if err := proto.Unmarshal(args, l); err != nil {
			k.Errorf("log args: %v", err)
		}
		var parts []string
		for _, v := range l.AsSlice() {
			parts = append(parts, fmt.Sprint(v))
		}
		k.mu.Lock()
		k.logs = append(k.logs, method+" "+strings.Join(parts, ""))
		k.mu.Unlock()
		return nil
	case method == "kong.request.get_raw_body" && k.bodyFile != "":
		out, _ := proto.Marshal(&kong_plugin_protocol.RawBodyResult{
			Kind: &kong_plugin_protocol.RawBodyResult_BodyFilepath{BodyFilepath: k.bodyFile},
		})
		return out
	case method == "kong.request.get_http_version" && k.httpVersion != 0:
		out, _ := proto.Marshal(&kong_plugin_protocol.Number{V: k.httpVersion})
		return out
	}
	return k.TestEnv.Handle(method, args)
}

func (k *kongEnv) logLines() []string {
	k.mu.Lock()
	defer k.mu.Unlock()
	return append([]string(nil), k.logs...)
}

// access runs the Access phase.
func (k *kongEnv) access(c *Config) {
	if k.IsRunning() {
		c.Access(k.pdk)
	}
}

// respond simulates the upstream's answer and runs the Response phase, as Kong's buffered
// proxying does: the client response starts as a copy of the service response.
func (k *kongEnv) respond(c *Config, status int, header http.Header, body []byte) {
	if !k.IsRunning() {
		return
	}
	k.ServiceRes = test.Response{Status: status, Headers: header.Clone(), Body: body}
	k.ClientRes = test.Response{Status: status, Headers: header.Clone(), Body: body}
	c.Response(k.pdk)
}

// config builds a Config the way Kong does: json.Unmarshal of the instance's JSON config.
func config(t *testing.T, js string) *Config {
	t.Helper()
	c, ok := New().(*Config)
	require.True(t, ok)
	require.NoError(t, json.Unmarshal([]byte(js), c))
	return c
}

// errorCode extracts error.code from an aws-masker error body.
func errorCode(t *testing.T, body []byte) string {
	t.Helper()
	var e struct {
		Type  string `json:"type"`
		Error struct {
			Type    string `json:"type"`
			Code    string `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}
	require.NoError(t, json.Unmarshal(body, &e), "body: %s", body)
	require.Equal(t, "error", e.Type)
	require.Equal(t, "aws_masker_error", e.Error.Type)
	require.NotEmpty(t, e.Error.Message)
	return e.Error.Code
}

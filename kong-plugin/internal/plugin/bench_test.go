package plugin

// BenchmarkPDKAccessResponse measures one request through the Kong adapter: the Access and
// Response phases with every PDK call encoded as go-pdk protobuf frames over an in-memory
// connection (what the plugin server does on Kong's Unix socket, minus the kernel), so the
// figure is the handler cost plus the adapter's ~20 PDK round trips. Run:
//
//	cd kong-plugin && go test -run '^$' -bench PDKAccessResponse -benchmem ./internal/plugin

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/Kong/go-pdk"
	"github.com/Kong/go-pdk/bridge"
	"github.com/Kong/go-pdk/bridge/bridgetest"
	"github.com/Kong/go-pdk/ctx"
	pdklog "github.com/Kong/go-pdk/log"
	"github.com/Kong/go-pdk/request"
	"github.com/Kong/go-pdk/response"
	pb "github.com/Kong/go-pdk/server/kong_plugin_protocol"
	service_request "github.com/Kong/go-pdk/service/request"
	service_response "github.com/Kong/go-pdk/service/response"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/structpb"
)

// benchKong answers the PDK calls of one request like Kong, without testing.T.
type benchKong struct {
	body, upstream, answer []byte
	state                  *structpb.Value
	exitStatus             int32
	exitBody               []byte
	ch                     chan<- string
}

func (k *benchKong) Errorf(format string, args ...any)     { panic(fmt.Sprintf(format, args...)) }
func (k *benchKong) IsRunning() bool                       { return true }
func (k *benchKong) SubscribeStatusChange(c chan<- string) { k.ch = c }

func (k *benchKong) Handle(method string, args []byte) []byte {
	out := func(m proto.Message) []byte { b, _ := proto.Marshal(m); return b }
	switch method {
	case "kong.request.get_method":
		return out(&pb.String{V: "POST"})
	case "kong.request.get_path":
		return out(&pb.String{V: "/v1/messages"})
	case "kong.request.get_http_version":
		return out(&pb.Number{V: 1.1})
	case "kong.request.get_header", "kong.service.response.get_header":
		var s pb.String
		_ = proto.Unmarshal(args, &s)
		if strings.EqualFold(s.V, "Content-Type") {
			return out(&pb.String{V: "application/json"})
		}
		return out(&pb.String{})
	case "kong.request.get_raw_body":
		return out(&pb.RawBodyResult{Kind: &pb.RawBodyResult_Content{Content: k.body}})
	case "kong.service.request.set_raw_body":
		var b pb.ByteString
		_ = proto.Unmarshal(args, &b)
		k.upstream = b.V
	case "kong.ctx.shared.set":
		var kv pb.KV
		_ = proto.Unmarshal(args, &kv)
		k.state = kv.V
	case "kong.ctx.shared.get":
		return out(k.state)
	case "kong.service.response.get_status":
		return out(&pb.Int{V: 200})
	case "kong.service.response.get_raw_body":
		return out(&pb.ByteString{V: k.answer})
	case "kong.response.exit":
		var ea pb.ExitArgs
		_ = proto.Unmarshal(args, &ea)
		k.exitStatus, k.exitBody = ea.Status, ea.Body
		k.ch <- "finished"
	}
	return nil
}

func benchPDK(k *benchKong) *pdk.PDK {
	b := bridge.New(bridgetest.MockFunc(k))
	return &pdk.PDK{
		Ctx: ctx.Ctx{PdkBridge: b}, Log: pdklog.Log{PdkBridge: b},
		Request: request.Request{PdkBridge: b}, Response: response.Response{PdkBridge: b},
		ServiceRequest: service_request.Request{PdkBridge: b}, ServiceResponse: service_response.Response{PdkBridge: b},
	}
}

func benchInventory(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "Instance i-0%015x in account 1234567%05d, subnet-0%016x, private IP 10.%d.%d.%d; CPU 12%%.\n",
			i, i%97, i*7, i%200, (i/200)%250, i%250+1)
	}
	return b.String()
}

func BenchmarkPDKAccessResponse(b *testing.B) {
	c, ok := New().(*Config)
	if !ok || json.Unmarshal([]byte(`{}`), c) != nil {
		b.Fatal("config")
	}
	for _, size := range []struct {
		name string
		n    int
	}{{"10KB", 10 << 10}, {"100KB", 100 << 10}, {"1MB", 1 << 20}} {
		body, _ := json.Marshal(map[string]any{"model": "m", "max_tokens": 1024,
			"messages": []any{map[string]any{"role": "user", "content": benchInventory(size.n)}}})
		// Claude's answer quotes the masked inventory.
		k := &benchKong{body: body}
		c.Access(benchPDK(k))
		var masked struct {
			Messages []struct{ Content string } `json:"messages"`
		}
		if err := json.Unmarshal(k.upstream, &masked); err != nil {
			b.Fatal(err)
		}
		answer, _ := json.Marshal(map[string]any{"type": "message", "content": []any{
			map[string]any{"type": "text", "text": masked.Messages[0].Content}}})

		b.Run(size.name, func(b *testing.B) {
			b.SetBytes(int64(len(body) + len(answer)))
			b.ReportAllocs()
			for b.Loop() {
				k := &benchKong{body: body, answer: answer}
				c.Access(benchPDK(k))
				c.Response(benchPDK(k))
				if k.exitStatus != 200 || len(k.exitBody) == 0 {
					b.Fatalf("not restored: %d", k.exitStatus)
				}
			}
		})
	}
}

package masking

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
)

// Native fuzz targets. `make fuzz` runs each for a few seconds; run one longer with
//
//	go test -run '^$' -fuzz '^FuzzRoundTrip$' -fuzztime 1m ./masking

var fuzzTextSeeds = []string{
	"",
	"instance i-0a1b2c3d4e5f67890 in 123456789012",
	"arn:aws:iam::123456789012:role/deploy-role and s3://acme-prod-logs/x",
	"AWS_INSTANCE_ID_001 i-0a1b2c3d4e5f67890 AWS_INSTANCE_ID_0012",
	"10.20.30.40/16 172.16.5.9에서 ip-10-0-0-1.ec2.internal",
	`{\"OwnerId\": \"123456789012\", \"VpcId\": \"vpc-0abc12345678def90\"}`,
	"prod-db-7.abcdefghij12.us-east-1.rds.amazonaws.com:5432",
	"AKIAIOSFODNN7EXAMPLE wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
	"000000000000000000 ip-0-0-0-0.il", // found by FuzzIdempotent: a host rule read a token's digits
}

func FuzzRoundTrip(f *testing.F) {
	for _, s := range fuzzTextSeeds {
		f.Add(s)
	}
	e := newTestEngine(f)
	f.Fuzz(func(t *testing.T, in string) {
		s := e.NewSession()
		out, err := s.MaskText([]byte(in))
		if err != nil {
			if ErrorCode(err) != CodeUnmaskableContent {
				t.Fatalf("MaskText: %v", err)
			}
			return
		}
		if got := s.Mapping().UnmaskText(out); !bytes.Equal(got, []byte(in)) {
			t.Fatalf("round trip %s", diff(in, string(got)))
		}
		mj, _ := s.Mapping().MarshalJSON()
		m2, err := e.LoadMapping(mj)
		if err != nil {
			t.Fatalf("LoadMapping(MarshalJSON()): %v", err)
		}
		if got := m2.UnmaskText(out); !bytes.Equal(got, []byte(in)) {
			t.Fatalf("round trip through the serialised mapping %s", diff(in, string(got)))
		}
	})
}

func FuzzIdempotent(f *testing.F) {
	for _, s := range fuzzTextSeeds {
		f.Add(s)
	}
	e := newTestEngine(f)
	f.Fuzz(func(t *testing.T, in string) {
		once, err := e.NewSession().MaskText([]byte(in))
		if err != nil {
			return
		}
		twice, err := e.NewSession().MaskText(once)
		if err != nil {
			t.Fatalf("masking masked text: %v", err)
		}
		if !bytes.Equal(once, twice) {
			t.Fatalf("masking is not idempotent %s", diff(string(once), string(twice)))
		}
		s := e.NewSession()
		s.fd.start(s)
		left := s.fd.dropTokens(once, e.det.scan(once, nil))
		for _, m := range left {
			t.Fatalf("identifier left after masking: type %s at %d", m.typ, m.start)
		}
	})
}

func FuzzMaskRequest(f *testing.F) {
	f.Add(`{"model":"m","system":"acct 123456789012","messages":[{"role":"user","content":"i-0a1b2c3d4e5f67890"}]}`)
	f.Add(`{"messages":[{"role":"user","content":[{"type":"text","text":"10.20.30.40 \u00e9\/"},{"type":"tool_result","tool_use_id":"t","content":[{"type":"text","text":"x"}]}]}]}`)
	f.Add(`{"tools":[{"name":"n","description":"d","input_schema":{"type":"object","properties":{"a":{"description":"i-0a1b2c3d4e5f67890"}}}}],"messages":[{"role":"assistant","content":[{"type":"tool_use","id":"x","name":"n","input":{"k":["arn:aws:s3:::acme-prod-logs"]}}]}]}`)
	f.Add(`{"messages":[{"role":"assistant","content":[{"type":"thinking","thinking":"t","signature":"awsm1.e30"},{"type":"redacted_thinking","data":"x"}]}]}`)
	f.Add(`[1,2,{"a":"b"}]`)
	e := newTestEngine(f)
	f.Fuzz(func(t *testing.T, body string) {
		s := e.NewSession()
		out, err := s.MaskRequest([]byte(body))
		if err != nil {
			if c := ErrorCode(err); c == "" || c == CodeInternal {
				t.Fatalf("MaskRequest: %v", err)
			}
			return
		}
		if !json.Valid(out) {
			t.Fatalf("output is not valid JSON: %q", out)
		}
		restored, err := s.Mapping().UnmaskResponse(out)
		if err != nil {
			t.Fatal(err)
		}
		var want, got any
		if json.Unmarshal([]byte(body), &want) != nil {
			return // accepted by the engine, rejected by encoding/json (e.g. invalid UTF-8 rules)
		}
		if err := json.Unmarshal(restored, &got); err != nil {
			t.Fatalf("restored body is not JSON: %v", err)
		}
		if !reflect.DeepEqual(want, got) {
			t.Fatalf("restore(mask(body)) differs from body %s", diff(body, string(restored)))
		}
	})
}

func FuzzSSE(f *testing.F) {
	f.Add("event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"a AWS_X_0\"}}\n\nevent: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"01 b\"}}\n\nevent: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n", 7)
	f.Add("event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":1,\"content_block\":{\"type\":\"thinking\"}}\n\ndata: {\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"thinking_delta\",\"thinking\":\"AWS_X_001\"}}\r\n\r\ndata: {\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"signature_delta\",\"signature\":\"s\"}}\n\n", 3)
	f.Add("data: {\"type\":\"content_block_delta\",\"index\":2,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"{\\\"a\\\": \\\"AWS_Q_001\"}}\n\n", 1)
	e := newTestEngine(f)
	m := loadMapping(f, e, `{"AWS_X_001":"x-1","AWS_Q_001":"q\"\\"}`)
	f.Fuzz(func(t *testing.T, stream string, chunk int) {
		whole, err := m.UnmaskSSE([]byte(stream))
		if err != nil {
			if ErrorCode(err) != CodeInvalidSSE {
				t.Fatalf("UnmaskSSE: %v", err)
			}
			return
		}
		chunk = 1 + abs(chunk)%64
		var buf bytes.Buffer
		w := m.NewSSERestorer(&buf)
		for i := 0; i < len(stream); i += chunk {
			if _, err := w.Write([]byte(stream[i:min(i+chunk, len(stream))])); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(whole, buf.Bytes()) {
			t.Fatalf("chunked restore differs from whole %s", diff(string(whole), buf.String()))
		}
	})
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

package masking

import (
	"encoding/json"
	"testing"
)

func TestUnmaskResponse(t *testing.T) {
	e := newTestEngine(t)
	m := loadMapping(t, e, `{"AWS_INSTANCE_ID_001":"i-0a1b2c3d4e5f67890","AWS_Q_001":"say \"hi\"\\"}`)
	tests := []struct{ name, in, want string }{
		{
			name: "text and tool_use input",
			in:   `{"id":"msg_1","type":"message","role":"assistant","content":[{"type":"text","text":"AWS_INSTANCE_ID_001 is idle"},{"type":"tool_use","id":"toolu_1","name":"stop","input":{"ids":["AWS_INSTANCE_ID_001"],"AWS_INSTANCE_ID_001":{"q":"AWS_Q_001"}}}],"stop_reason":"tool_use","usage":{"input_tokens":10}}`,
			want: `{"id":"msg_1","type":"message","role":"assistant","content":[{"type":"text","text":"i-0a1b2c3d4e5f67890 is idle"},{"type":"tool_use","id":"toolu_1","name":"stop","input":{"ids":["i-0a1b2c3d4e5f67890"],"i-0a1b2c3d4e5f67890":{"q":"say \"hi\"\\"}}}],"stop_reason":"tool_use","usage":{"input_tokens":10}}`,
		},
		{
			name: "error body",
			in:   `{"type":"error","error":{"type":"invalid_request_error","message":"bad AWS_INSTANCE_ID_001"}}`,
			want: `{"type":"error","error":{"type":"invalid_request_error","message":"bad i-0a1b2c3d4e5f67890"}}`,
		},
		{
			name: "not json is restored as text",
			in:   `upstream error: AWS_Q_001`,
			want: `upstream error: say "hi"\`,
		},
		{
			name: "unissued token untouched",
			in:   `{"content":[{"type":"text","text":"AWS_INSTANCE_ID_002"}]}`,
			want: `{"content":[{"type":"text","text":"AWS_INSTANCE_ID_002"}]}`,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := m.UnmaskResponse([]byte(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			if d := diff(tc.want, string(got)); d != "" {
				t.Error(d)
			}
			if json.Valid([]byte(tc.in)) && !json.Valid(got) {
				t.Errorf("restored JSON is not valid: %s", got)
			}
		})
	}
	empty := loadMapping(t, e, `{}`)
	if got, _ := empty.UnmaskResponse([]byte(`{"a":"AWS_X_001"}`)); string(got) != `{"a":"AWS_X_001"}` {
		t.Errorf("empty mapping changed the body: %s", got)
	}
}

package fakeclaude_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aws-masker/aws-masker/tests/fakeclaude"
)

const maskedBody = `{"model":"claude-test","max_tokens":512,"messages":[{"role":"user","content":` +
	`"Instances: AWS_INSTANCE_ID_001 in AWS_VPC_ID_002, bucket AWS_S3_BUCKET_003; again AWS_INSTANCE_ID_001."}]}`

// reply is a response read whole.
type reply struct {
	status int
	header http.Header
	body   []byte
}

func post(t *testing.T, url, body string, header map[string]string) reply {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	t.Cleanup(cancel)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url+fakeclaude.MessagesPath, strings.NewReader(body))
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/json")
	for k, v := range header {
		req.Header.Set(k, v)
	}
	return do(t, req)
}

func do(t *testing.T, req *http.Request) reply {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer func() { _ = resp.Body.Close() }()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return reply{status: resp.StatusCode, header: resp.Header, body: b}
}

var okHeaders = map[string]string{"x-api-key": "sk-test", "anthropic-version": "2023-06-01"}

func TestMessagesJSON(t *testing.T) {
	fake := fakeclaude.New(fakeclaude.Options{})
	srv := httptest.NewServer(fake.Handler())
	defer srv.Close()

	resp := post(t, srv.URL, maskedBody, okHeaders)
	require.Equal(t, http.StatusOK, resp.status)
	var msg struct {
		Type       string `json:"type"`
		Role       string `json:"role"`
		Model      string `json:"model"`
		StopReason string `json:"stop_reason"`
		Content    []struct {
			Type string `json:"type"`
			Text string `json:"text"`
		} `json:"content"`
		Usage struct {
			InputTokens  int `json:"input_tokens"`
			OutputTokens int `json:"output_tokens"`
		} `json:"usage"`
	}
	require.NoError(t, json.Unmarshal(resp.body, &msg))
	assert.Equal(t, "message", msg.Type)
	assert.Equal(t, "assistant", msg.Role)
	assert.Equal(t, "claude-test", msg.Model)
	assert.Equal(t, "end_turn", msg.StopReason)
	require.Len(t, msg.Content, 1)
	for _, tok := range []string{"AWS_INSTANCE_ID_001", "AWS_VPC_ID_002", "AWS_S3_BUCKET_003"} {
		assert.Contains(t, msg.Content[0].Text, tok, "the analysis names every received token")
	}
	assert.Positive(t, msg.Usage.InputTokens)
	assert.Positive(t, msg.Usage.OutputTokens)

	rep := fake.Report()
	require.Equal(t, 1, rep.Count)
	got := rep.Requests[0]
	assert.Equal(t, http.StatusOK, got.Status)
	assert.Equal(t, maskedBody, got.Body)
	assert.Equal(t, []string{"AWS_INSTANCE_ID_001", "AWS_VPC_ID_002", "AWS_S3_BUCKET_003"}, got.Tokens)
	assert.False(t, got.Stream)
}

// sseText reads a Messages API event stream and returns the concatenated text deltas and
// the number of text_delta events.
func sseText(t *testing.T, r io.Reader) (text string, deltas []string, events []string) {
	t.Helper()
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		if ev, ok := strings.CutPrefix(line, "event: "); ok {
			events = append(events, ev)
			continue
		}
		data, ok := strings.CutPrefix(line, "data: ")
		if !ok {
			continue
		}
		var d struct {
			Type  string `json:"type"`
			Delta struct {
				Type string `json:"type"`
				Text string `json:"text"`
			} `json:"delta"`
		}
		require.NoError(t, json.Unmarshal([]byte(data), &d))
		if d.Type == "content_block_delta" && d.Delta.Type == "text_delta" {
			deltas = append(deltas, d.Delta.Text)
		}
	}
	require.NoError(t, sc.Err())
	return strings.Join(deltas, ""), deltas, events
}

func TestMessagesStreamSplitsTokens(t *testing.T) {
	fake := fakeclaude.New(fakeclaude.Options{DeltaBytes: 16})
	srv := httptest.NewServer(fake.Handler())
	defer srv.Close()

	body := strings.Replace(maskedBody, `"max_tokens":512`, `"max_tokens":512,"stream":true`, 1)
	resp := post(t, srv.URL, body, okHeaders)
	require.Equal(t, http.StatusOK, resp.status)
	assert.Equal(t, "text/event-stream", resp.header.Get("Content-Type"))
	text, deltas, events := sseText(t, bytes.NewReader(resp.body))

	assert.Equal(t, fakeclaude.Analysis([]string{"AWS_INSTANCE_ID_001", "AWS_VPC_ID_002", "AWS_S3_BUCKET_003"}), text)
	assert.Equal(t, "message_start", events[0])
	assert.Equal(t, "message_stop", events[len(events)-1])
	assert.Contains(t, events, "message_delta")
	require.Greater(t, len(deltas), 3)
	for _, tok := range []string{"AWS_INSTANCE_ID_001", "AWS_VPC_ID_002", "AWS_S3_BUCKET_003"} {
		for _, d := range deltas {
			assert.NotContains(t, d, tok, "a token must straddle two text_delta events")
		}
	}
	assert.True(t, fake.Report().Requests[0].Stream)
}

func TestSplitDeltas(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		spans [][]int
		size  int
		want  []string
	}{
		{name: "size only", text: "abcdefg", size: 3, want: []string{"abc", "def", "g"}},
		{name: "span cut in the middle", text: "xxAWS_X_001yy", spans: [][]int{{2, 11}}, size: 100,
			want: []string{"xxAWS_", "X_001yy"}},
		{name: "never inside a rune", text: "ééé", size: 1, want: []string{"é", "é", "é"}},
		{name: "empty", text: "", size: 4, want: nil},
		{name: "size zero is one byte", text: "ab", size: 0, want: []string{"a", "b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := fakeclaude.SplitDeltas(tt.text, tt.spans, tt.size)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.text, strings.Join(got, ""))
		})
	}
}

func TestMessagesAcceptsBearer(t *testing.T) {
	fake := fakeclaude.New(fakeclaude.Options{APIKey: "sk-right"})
	srv := httptest.NewServer(fake.Handler())
	defer srv.Close()
	resp := post(t, srv.URL, maskedBody, map[string]string{"Authorization": "Bearer sk-right", "anthropic-version": "2023-06-01"})
	assert.Equal(t, http.StatusOK, resp.status)
	assert.Contains(t, fake.Report().Requests[0].Headers, "Authorization", "header names are recorded")
}

func TestMessagesRejects(t *testing.T) {
	fake := fakeclaude.New(fakeclaude.Options{APIKey: "sk-right", MaxBodyBytes: 1024})
	srv := httptest.NewServer(fake.Handler())
	defer srv.Close()

	tests := []struct {
		name   string
		body   string
		header map[string]string
		status int
		kind   string
	}{
		{"no key", maskedBody, map[string]string{"anthropic-version": "2023-06-01"}, 401, "authentication_error"},
		{"wrong key", maskedBody, map[string]string{"x-api-key": "sk-wrong", "anthropic-version": "2023-06-01"}, 401, "authentication_error"},
		{"bearer wrong", maskedBody, map[string]string{"Authorization": "Bearer sk-wrong", "anthropic-version": "1"}, 401, "authentication_error"},
		{"no version", maskedBody, map[string]string{"x-api-key": "sk-right"}, 400, "invalid_request_error"},
		{"not json", "{", map[string]string{"x-api-key": "sk-right", "anthropic-version": "1"}, 400, "invalid_request_error"},
		{"no model", `{"max_tokens":1,"messages":[{}]}`, map[string]string{"x-api-key": "sk-right", "anthropic-version": "1"}, 400, "invalid_request_error"},
		{"no max_tokens", `{"model":"m","messages":[{}]}`, map[string]string{"x-api-key": "sk-right", "anthropic-version": "1"}, 400, "invalid_request_error"},
		{"no messages", `{"model":"m","max_tokens":1,"messages":[]}`, map[string]string{"x-api-key": "sk-right", "anthropic-version": "1"}, 400, "invalid_request_error"},
		{"too large", `{"model":"` + strings.Repeat("m", 2048) + `"}`, map[string]string{"x-api-key": "sk-right", "anthropic-version": "1"}, 413, "request_too_large"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := post(t, srv.URL, tt.body, tt.header)
			assert.Equal(t, tt.status, resp.status)
			var e struct {
				Type  string `json:"type"`
				Error struct {
					Type    string `json:"type"`
					Message string `json:"message"`
				} `json:"error"`
			}
			require.NoError(t, json.Unmarshal(resp.body, &e))
			assert.Equal(t, "error", e.Type)
			assert.Equal(t, tt.kind, e.Error.Type)
			assert.NotEmpty(t, e.Error.Message)
		})
	}
	rep := fake.Report()
	assert.Equal(t, len(tests), rep.Count, "every request to /v1/messages is recorded, refused or not")
	for _, r := range rep.Requests {
		assert.GreaterOrEqual(t, r.Status, 400)
	}
}

func get(t *testing.T, method, url string) reply {
	t.Helper()
	req, err := http.NewRequestWithContext(context.Background(), method, url, nil)
	require.NoError(t, err)
	return do(t, req)
}

func TestDebugEndpoints(t *testing.T) {
	at := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	fake := fakeclaude.New(fakeclaude.Options{Now: func() time.Time { return at }})
	api := httptest.NewServer(fake.Handler())
	defer api.Close()
	debug := httptest.NewServer(fake.DebugHandler())
	defer debug.Close()

	post(t, api.URL, maskedBody, okHeaders)

	for _, base := range []string{api.URL, debug.URL} {
		resp := get(t, http.MethodGet, base+fakeclaude.ReceivedPath)
		require.Equal(t, http.StatusOK, resp.status)
		var rep fakeclaude.ReceivedReport
		require.NoError(t, json.Unmarshal(resp.body, &rep))
		require.Equal(t, 1, rep.Count)
		assert.Equal(t, at, rep.Requests[0].At)
		assert.Equal(t, maskedBody, rep.Requests[0].Body)

		health := get(t, http.MethodGet, base+fakeclaude.HealthPath)
		assert.Equal(t, http.StatusOK, health.status)
	}

	// the debug listener does not serve the API, and neither serves the aws-masker probe
	assert.Equal(t, http.StatusNotFound, post(t, debug.URL, maskedBody, okHeaders).status)
	assert.Equal(t, http.StatusNotFound, get(t, http.MethodGet, api.URL+"/.well-known/aws-masker").status)

	resp := get(t, http.MethodDelete, debug.URL+fakeclaude.ReceivedPath)
	assert.Equal(t, http.StatusNoContent, resp.status)
	assert.Zero(t, fake.Report().Count)
}

func TestAnalysis(t *testing.T) {
	assert.Contains(t, fakeclaude.Analysis(nil), "no masked identifiers")
	tokens := []string{
		"AWS_ACCESS_KEY_001", "AWS_SECURITY_GROUP_002", "AWS_S3_BUCKET_003", "AWS_EC2_INSTANCE_004",
		"AWS_PUBLIC_IP_005", "AWS_IAM_ROLE_006", "AWS_RDS_INSTANCE_007", "AWS_ACCOUNT_ID_008", "AWS_THING_009",
	}
	got := fakeclaude.Analysis(tokens)
	lines := strings.Split(got, "\n")
	seen := map[string]bool{}
	for _, tok := range tokens {
		var line string
		for _, l := range lines {
			if strings.HasPrefix(l, "- "+tok+": ") {
				line = l
			}
		}
		require.NotEmpty(t, line, "a finding line for %s", tok)
		seen[strings.TrimPrefix(line, "- "+tok+": ")] = true
	}
	assert.GreaterOrEqual(t, len(seen), 8, "findings differ by resource type")
}

func TestRestorations(t *testing.T) {
	tokens := []string{"AWS_EC2_INSTANCE_001", "AWS_S3_BUCKET_002"}
	restored := strings.NewReplacer("AWS_EC2_INSTANCE_001", "i-0123456789abcdef0", "AWS_S3_BUCKET_002", "acme-prod-logs").
		Replace(fakeclaude.Analysis(tokens))
	got, err := fakeclaude.Restorations(tokens, restored)
	require.NoError(t, err)
	assert.Equal(t, []fakeclaude.Restoration{
		{Token: "AWS_EC2_INSTANCE_001", Original: "i-0123456789abcdef0"},
		{Token: "AWS_S3_BUCKET_002", Original: "acme-prod-logs"},
	}, got)

	tests := []struct {
		name, restored, want string
	}{
		{"unrestored", strings.Replace(restored, "acme-prod-logs", "AWS_S3_BUCKET_002", 1), "unrestored"},
		{"line lost", strings.Replace(restored, "\n", "", 1), "lines"},
		{"header changed", strings.Replace(restored, "Review", "Rview", 1), "changed"},
		{"advice changed", strings.Replace(restored, "IMDSv2", "IMDSv1", 1), "lost its shape"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := fakeclaude.Restorations(tokens, tt.restored)
			require.ErrorContains(t, err, tt.want)
		})
	}
}

func TestEcho(t *testing.T) {
	fake := fakeclaude.New(fakeclaude.Options{Echo: true})
	srv := httptest.NewServer(fake.Handler())
	defer srv.Close()
	blocks := `{"model":"m","max_tokens":9,"messages":[{"role":"user","content":"first AWS_VPC_ID_009"},` +
		`{"role":"assistant","content":"ok"},{"role":"user","content":[{"type":"text","text":"vpc AWS_VPC_ID_001"},` +
		`{"type":"image","source":{}},{"type":"text","text":"subnet AWS_SUBNET_ID_002"}]}]}`
	for name, tc := range map[string]struct{ body, echo string }{
		"string content": {maskedBody, "Instances: AWS_INSTANCE_ID_001 in AWS_VPC_ID_002, bucket AWS_S3_BUCKET_003; again AWS_INSTANCE_ID_001."},
		"text blocks":    {blocks, "vpc AWS_VPC_ID_001\nsubnet AWS_SUBNET_ID_002"},
	} {
		t.Run(name, func(t *testing.T) {
			resp := post(t, srv.URL, tc.body, okHeaders)
			require.Equal(t, http.StatusOK, resp.status)
			var msg struct {
				Content []struct{ Text string } `json:"content"`
			}
			require.NoError(t, json.Unmarshal(resp.body, &msg))
			analysis, echo := fakeclaude.SplitEcho(msg.Content[0].Text)
			assert.Equal(t, tc.echo, echo)
			assert.True(t, strings.HasPrefix(analysis, "## Review"))
			_, err := fakeclaude.Restorations(fake.Report().Requests[len(fake.Report().Requests)-1].Tokens, msg.Content[0].Text)
			require.Error(t, err, "an unrestored answer is refused, echo or not")
		})
	}
}

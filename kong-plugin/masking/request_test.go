package masking

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

func TestMaskRequestPromptCacheOrder(t *testing.T) {
	e := newTestEngine(t)
	// keys deliberately out of order: numbering must follow tools, system, messages
	body := `{"messages":[{"role":"user","content":"m i-0fedcba9876543210"}],"system":"s 10.20.30.40 i-0a1b2c3d4e5f67890","model":"claude-x","tools":[{"name":"t","description":"d 172.16.5.9 i-0a1b2c3d4e5f67890","input_schema":{"type":"object"}}]}`
	want := `{"messages":[{"role":"user","content":"m AWS_INSTANCE_ID_002"}],"system":"s AWS_PRIVATE_IPV4_002 AWS_INSTANCE_ID_001","model":"claude-x","tools":[{"name":"t","description":"d AWS_PRIVATE_IPV4_001 AWS_INSTANCE_ID_001","input_schema":{"type":"object"}}]}`
	out, err := e.NewSession().MaskRequest([]byte(body))
	if err != nil {
		t.Fatal(err)
	}
	if d := diff(want, string(out)); d != "" {
		t.Error(d)
	}
}

func TestMaskRequestAppendOnlyIsStable(t *testing.T) {
	e := newTestEngine(t)
	turn1 := `{"model":"m","system":"acct 123456789012","messages":[{"role":"user","content":"check i-0a1b2c3d4e5f67890"}]}`
	turn2 := `{"model":"m","system":"acct 123456789012","messages":[{"role":"user","content":"check i-0a1b2c3d4e5f67890"},{"role":"assistant","content":"ok"},{"role":"user","content":"and i-0fedcba9876543210 at 10.20.30.40"}]}`
	o1, err := e.NewSession().MaskRequest([]byte(turn1))
	if err != nil {
		t.Fatal(err)
	}
	o2, err := e.NewSession().MaskRequest([]byte(turn2))
	if err != nil {
		t.Fatal(err)
	}
	prefix := strings.TrimSuffix(string(o1), "]}")
	if !strings.HasPrefix(string(o2), prefix) {
		t.Errorf("turn 2 does not start with turn 1's masked prefix %s", diff(prefix, string(o2)[:min(len(o2), len(prefix))]))
	}
}

func TestMaskRequestFields(t *testing.T) {
	e := newTestEngine(t)
	const id = "i-0a1b2c3d4e5f67890"
	tests := []struct {
		name string
		body string
		keep []string // substrings that must survive unchanged
	}{
		{"system string", `{"model":"m","system":"` + id + `","messages":[]}`, []string{`"model":"m"`}},
		{"system blocks", `{"system":[{"type":"text","text":"` + id + `","cache_control":{"type":"ephemeral"}}],"messages":[]}`, []string{`"cache_control":{"type":"ephemeral"}`}},
		{"content string", `{"messages":[{"role":"user","content":"` + id + `"}]}`, []string{`"role":"user"`}},
		{"text block", `{"messages":[{"role":"user","content":[{"type":"text","text":"x ` + id + `"}]}]}`, nil},
		{"tool_use input keys and values", `{"messages":[{"role":"assistant","content":[{"type":"tool_use","id":"toolu_01","name":"describe","input":{"` + id + `":{"ips":["10.20.30.40",1,true,null]}}}]}]}`, []string{`"id":"toolu_01"`, `"name":"describe"`, `1,true,null`}},
		{"tool_result string", `{"messages":[{"role":"user","content":[{"type":"tool_result","tool_use_id":"toolu_01","content":"` + id + `","is_error":false}]}]}`, []string{`"tool_use_id":"toolu_01"`}},
		{"tool_result blocks", `{"messages":[{"role":"user","content":[{"type":"tool_result","tool_use_id":"t","content":[{"type":"text","text":"` + id + `"}]}]}]}`, nil},
		{"document text", `{"messages":[{"role":"user","content":[{"type":"document","title":"` + id + `","context":"` + id + `","source":{"type":"text","media_type":"text/plain","data":"` + id + `"}}]}]}`, []string{`"media_type":"text/plain"`}},
		{"document content blocks", `{"messages":[{"role":"user","content":[{"type":"document","source":{"type":"content","content":[{"type":"text","text":"` + id + `"}]}}]}]}`, nil},
		{"image untouched, url masked", `{"messages":[{"role":"user","content":[{"type":"image","source":{"type":"base64","media_type":"image/png","data":"iVBORw0KGgo="}},{"type":"image","source":{"type":"url","url":"https://x/` + id + `.png"}}]}]}`, []string{`"data":"iVBORw0KGgo="`}},
		{"tool description and schema", `{"tools":[{"name":"n","description":"` + id + `","input_schema":{"type":"object","properties":{"id":{"type":"string","description":"like ` + id + `","enum":["` + id + `"]}}}}],"messages":[]}`, []string{`"name":"n"`, `"type":"object"`}},
		{"stop sequences and unknown fields", `{"stop_sequences":["` + id + `"],"future_field":{"note":"` + id + `"},"metadata":{"user_id":"u-1"},"messages":[]}`, []string{`"metadata":{"user_id":"u-1"}`}},
		{"redacted thinking untouched", `{"messages":[{"role":"assistant","content":[{"type":"redacted_thinking","data":"EmwKAhgBEgy3va"},{"type":"text","text":"` + id + `"}]}]}`, []string{`"data":"EmwKAhgBEgy3va"`}},
		{"thinking without envelope masked", `{"messages":[{"role":"assistant","content":[{"type":"thinking","thinking":"` + id + `","signature":"ErUBCkYIBxgC"}]}]}`, []string{`"signature":"ErUBCkYIBxgC"`}},
		{"unknown block type masked as data", `{"messages":[{"role":"user","content":[{"type":"web_search_tool_result","tool_use_id":"srvtoolu_1","content":[{"type":"web_search_result","url":"https://x/` + id + `","encrypted_content":"EqgfCioIARgB"}]}]}]}`, []string{`"encrypted_content":"EqgfCioIARgB"`}},
		{"sources of every kind", `{"messages":[{"role":"user","content":[` +
			`{"type":"document","source":{"type":"file","file_id":"file_011"}},` +
			`{"type":"document","source":{"type":"text","media_type":"text/plain","data":"` + id + `","note":"` + id + `"}},` +
			`{"type":"document","source":{"type":"content","content":[{"type":"text","text":"` + id + `"}],"extra":"` + id + `"},"citations":{"enabled":true}},` +
			`{"type":"document","source":{"type":"url","url":"https://x/` + id + `"}},` +
			`{"type":"search_result","source":"https://x/` + id + `","title":"t","content":[{"type":"text","text":"` + id + `"}]}]}]}`, []string{`"file_id":"file_011"`, `"citations":{"enabled":true}`}},
		{"message and block extras", `{"messages":[{"role":"user","content":[{"type":"text","text":"a","name":"` + id + `"},{"type":"container_upload","file_id":"f1","content":{"k":"` + id + `"}}],"extra":["` + id + `"]}]}`, []string{`"file_id":"f1"`}},
		{"system blocks of several kinds", `{"system":[{"type":"text","text":"` + id + `"},{"type":"custom","data":"` + id + `"}],"messages":[]}`, nil},
		{"thinking extras and odd signature", `{"messages":[{"role":"assistant","content":[{"type":"thinking","thinking":"` + id + `","signature":5,"extra":"` + id + `"}]}]}`, []string{`"signature":5`}},
		{"escapes kept", `{"messages":[{"role":"user","content":"caf\u00e9 \/ ` + id + ` \"q\"\n"}]}`, []string{`caf\u00e9 \/ `, ` \"q\"\n`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := e.NewSession()
			out, err := s.MaskRequest([]byte(tc.body))
			if err != nil {
				t.Fatalf("MaskRequest: %v", err)
			}
			if !json.Valid(out) {
				t.Fatalf("output is not valid JSON: %s", out)
			}
			assertNoLeak(t, out)
			for _, k := range tc.keep {
				if !strings.Contains(string(out), k) {
					t.Errorf("lost %q: %s", k, out)
				}
			}
			// only masked literals changed: restoring the raw body gives the input back
			if d := diff(tc.body, string(s.Mapping().UnmaskText(out))); d != "" {
				t.Errorf("restore of the raw body %s", d)
			}
		})
	}
}

func TestMaskRequestErrors(t *testing.T) {
	e := newTestEngine(t)
	tests := []struct {
		name, body, code string
	}{
		{"empty", ``, CodeInvalidJSON},
		{"truncated", `{"messages":[`, CodeInvalidJSON},
		{"trailing data", `{"messages":[]} x`, CodeInvalidJSON},
		{"bad escape", `{"messages":[{"role":"user","content":"\x"}]}`, CodeInvalidJSON},
		{"control character", "{\"messages\":[{\"role\":\"user\",\"content\":\"a\nb\"}]}", CodeInvalidJSON},
		{"bad number", `{"max_tokens":01,"messages":[]}`, CodeInvalidJSON},
		{"too deep", strings.Repeat("[", 600) + strings.Repeat("]", 600), CodeInvalidJSON},
		{"array", `[]`, CodeNotAMessagesRequest},
		{"no messages", `{"model":"m"}`, CodeNotAMessagesRequest},
		{"messages not array", `{"messages":{}}`, CodeNotAMessagesRequest},
		{"model not string", `{"model":1,"messages":[]}`, CodeNotAMessagesRequest},
		{"system number", `{"system":1,"messages":[]}`, CodeNotAMessagesRequest},
		{"tools not array", `{"tools":{},"messages":[]}`, CodeNotAMessagesRequest},
		{"tool not object", `{"tools":[1],"messages":[]}`, CodeNotAMessagesRequest},
		{"message not object", `{"messages":[1]}`, CodeNotAMessagesRequest},
		{"message without role", `{"messages":[{"content":"x"}]}`, CodeNotAMessagesRequest},
		{"message without content", `{"messages":[{"role":"user"}]}`, CodeNotAMessagesRequest},
		{"content number", `{"messages":[{"role":"user","content":5}]}`, CodeNotAMessagesRequest},
		{"block not object", `{"messages":[{"role":"user","content":["x"]}]}`, CodeUnmaskableContent},
		{"block without type", `{"messages":[{"role":"user","content":[{"text":"x"}]}]}`, CodeUnmaskableContent},
		{"text not string", `{"messages":[{"role":"user","content":[{"type":"text","text":{}}]}]}`, CodeUnmaskableContent},
		{"base64 pdf", `{"messages":[{"role":"user","content":[{"type":"document","source":{"type":"base64","media_type":"application/pdf","data":"JVBERi0x"}}]}]}`, CodeUnmaskableContent},
		{"source not object", `{"messages":[{"role":"user","content":[{"type":"image","source":"x"}]}]}`, CodeUnmaskableContent},
		{"duplicate key", `{"messages":[],"messages":[]}`, CodeUnmaskableContent},
		{"duplicate block key", `{"messages":[{"role":"user","content":[{"type":"text","type":"image","text":"x"}]}]}`, CodeUnmaskableContent},
		{"thinking without text", `{"messages":[{"role":"assistant","content":[{"type":"thinking","signature":"x"}]}]}`, CodeUnmaskableContent},
		{"tool description not string", `{"tools":[{"name":"n","description":1}],"messages":[]}`, CodeUnmaskableContent},
		{"duplicate tool key", `{"tools":[{"name":"n","name":"m"}],"messages":[]}`, CodeUnmaskableContent},
		{"duplicate message key", `{"messages":[{"role":"user","role":"user","content":"x"}]}`, CodeUnmaskableContent},
		{"bad system block", `{"system":[{"text":"x"}],"messages":[]}`, CodeUnmaskableContent},
		{"bad tool_result block", `{"messages":[{"role":"user","content":[{"type":"tool_result","tool_use_id":"t","content":[1]}]}]}`, CodeUnmaskableContent},
		{"bad document text", `{"messages":[{"role":"user","content":[{"type":"document","source":{"type":"text","data":1}}]}]}`, CodeUnmaskableContent},
		{"bad document blocks", `{"messages":[{"role":"user","content":[{"type":"document","source":{"type":"content","content":[2]}}]}]}`, CodeUnmaskableContent},
		{"duplicate source key", `{"messages":[{"role":"user","content":[{"type":"image","source":{"type":"url","type":"base64"}}]}]}`, CodeUnmaskableContent},
		{"thinking not string", `{"messages":[{"role":"assistant","content":[{"type":"thinking","thinking":1}]}]}`, CodeUnmaskableContent},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := e.NewSession().MaskRequest([]byte(tc.body))
			if ErrorCode(err) != tc.code {
				t.Fatalf("MaskRequest error = %v, want code %s", err, tc.code)
			}
			if out != nil {
				t.Errorf("output on error: %q", out)
			}
		})
	}
}

func TestOffsetWalker(t *testing.T) {
	lit := []byte(`a\u00e9b\ud83d\ude00c\n\ud800x`)
	dec := decodeString(nil, lit)
	if d := diff("aéb😀c\n\uFFFDx", string(dec)); d != "" {
		t.Fatal(d)
	}
	tests := []struct{ dec, raw int }{
		{0, 0}, {1, 1}, {2, -1}, {3, 7}, {4, 8}, {5, -1}, {8, 20}, {9, 21}, {10, 23}, {11, -1}, {13, 29}, {14, 30},
	}
	for _, tc := range tests {
		w := offsetWalker{lit: lit, escs: escapesOf(lit, nil)}
		if got := w.rawAt(tc.dec); got != tc.raw {
			t.Errorf("rawAt(%d) = %d, want %d", tc.dec, got, tc.raw)
		}
	}
	w := offsetWalker{lit: lit, escs: escapesOf(lit, nil)}
	for _, tc := range tests {
		if tc.raw < 0 {
			continue
		}
		if got := w.rawAt(tc.dec); got != tc.raw {
			t.Errorf("increasing rawAt(%d) = %d, want %d", tc.dec, got, tc.raw)
		}
	}
}

func TestSpliceLiteralReencodesWhenBoundaryInsideEscape(t *testing.T) {
	e := newTestEngine(t)
	s := e.NewSession()
	s.pin("\xa9x", "AWS_T_001", "t")
	body := []byte(`"\u00a9x y"`) // decoded: c2 a9 'x' ' ' 'y'
	sg := segment{litStart: 0, litEnd: len(body), raw: body[1 : len(body)-1], esc: true}
	var buf []byte
	s.fd.resetCounts(s.mapping.Len())
	out, err := s.render(&s.fd, nil, &sg, sg.text(&buf), []hit{{start: 1, end: 3, idx: 0}})
	if err != nil {
		t.Fatal(err)
	}
	if d := diff("\"\xc2AWS_T_001 y\"", string(out)); d != "" {
		t.Error(d)
	}
}

func TestUnsplicedInvalidUnicodeRoundTrip(t *testing.T) {
	e := newTestEngine(t)
	// lone surrogate escapes decode to U+FFFD but the raw bytes are kept
	body := `{"messages":[{"role":"user","content":"\ud800 i-0a1b2c3d4e5f67890 \udc00x"}]}`
	s := e.NewSession()
	out, err := s.MaskRequest([]byte(body))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), `\ud800 AWS_INSTANCE_ID_001 \udc00x`) {
		t.Errorf("escapes not kept: %s", out)
	}
}

func TestErrorsCarryNoData(t *testing.T) {
	e := newTestEngine(t)
	bodies := []string{
		`{"messages":[{"role":"user","content":"i-0a1b2c3d4e5f67890 123456789012"`,
		`{"model":"123456789012","messages":[{"role":"user","content":[{"type":"document","title":"10.20.30.40","source":{"type":"base64","data":"i-0a1b2c3d4e5f67890"}}]}]}`,
		`{"messages":[{"role":"user","content":[{"text":"i-0a1b2c3d4e5f67890"}]}]}`,
		`{"i-0a1b2c3d4e5f67890":1,"i-0a1b2c3d4e5f67890":2}`,
	}
	for _, b := range bodies {
		_, err := e.NewSession().MaskRequest([]byte(b))
		if err == nil {
			t.Fatalf("MaskRequest(%s) succeeded", b)
		}
		for _, s := range sensitive {
			if strings.Contains(err.Error(), s) {
				t.Errorf("error %q quotes input data %q", err, s)
			}
		}
	}
	if _, err := e.LoadMapping([]byte(`{"i-0a1b2c3d4e5f67890":"123456789012"}`)); err == nil || strings.Contains(err.Error(), "123456789012") || strings.Contains(err.Error(), "i-0a1b") {
		t.Errorf("LoadMapping error %v", err)
	}
}

// TestLiteralScanningMatchesReference checks the word-at-a-time literal code (the parser's
// string scan, decodeEsc and its escape list, offsetWalker) against encoding/json and a
// byte-by-byte walk, on random literals of every length and alignment.
func TestLiteralScanningMatchesReference(t *testing.T) {
	pieces := []string{"a", "bc", "0123456789", "é", "한국", "\xff", `\"`, `\\`, `\/`, `\n`, `\t`, `\b`, `\f`, `\r`,
		`\u0041`, `\u00e9`, `\ud83d\ude00`, `\ud800`, `\udc00x`, `\ud800\u0041`, " ", "\x7f"}
	bad := []string{"\x01", "\x1f", `\q`, `\u12`, "\""}
	rng := rand.New(rand.NewPCG(11, 12))
	for n := 0; n < 4000; n++ {
		var sb strings.Builder
		for range rng.IntN(30) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		valid := true
		if rng.IntN(8) == 0 {
			sb.WriteString(bad[rng.IntN(len(bad))])
			sb.WriteString("xq")
			valid = false
		}
		lit := sb.String()
		pad := rng.IntN(8)
		body := []byte(strings.Repeat(" ", pad) + `"` + lit + `"`)
		p := parser{buf: body}
		_, err := p.parse()
		if valid != (err == nil) || json.Valid(body) != (err == nil) {
			t.Fatalf("parse(%q): err %v, want valid=%v (encoding/json: %v)", body, err, valid, json.Valid(body))
		}
		pd := parser{buf: body, decode: true, dec: []byte("prefix")}
		_, errd := pd.parse()
		if fmt.Sprint(errd) != fmt.Sprint(err) {
			t.Fatalf("parse(%q) while decoding: err %v, want %v", body, errd, err)
		}
		if !valid {
			continue
		}
		var escs []int32
		dec := decodeEsc([]byte("prefix"), []byte(lit), &escs)
		if si, ok := pd.decoded(int32(pad)); ok {
			if got := string(pd.dec[:len("prefix")]) + string(pd.dec[si.decOff:si.decEnd]); got != string(dec) {
				t.Fatalf("parse decoded %q as %q, want %q", lit, got, dec)
			}
			if got := fmt.Sprint(pd.escs[si.escOff:si.escEnd]); got != fmt.Sprint(escs) {
				t.Fatalf("parse found the escapes of %q at %s, want %v", lit, got, escs)
			}
		} else if strings.Contains(lit, `\`) {
			t.Fatalf("parse did not decode %q", lit)
		}
		if d := diff("prefix"+refDecode(lit), string(dec)); d != "" {
			t.Fatalf("decodeEsc(%q): %s", lit, d)
		}
		var want string
		if err := json.Unmarshal([]byte(`"`+lit+`"`), &want); err != nil {
			t.Fatal(err)
		}
		if utf8.ValidString(lit) && want != string(dec[len("prefix"):]) { // encoding/json also replaces invalid UTF-8
			t.Fatalf("decodeEsc(%q) = %q, encoding/json says %q", lit, dec, want)
		}
		if d := diff(fmt.Sprint(escapesOf([]byte(lit), nil)), fmt.Sprint(escs)); d != "" {
			t.Fatalf("escape offsets of %q: %s", lit, d)
		}
		// reference: raw offset of every decoded offset, -1 inside an escape
		ref := make([]int, 0, len(dec))
		for i := 0; i < len(lit); {
			if lit[i] != '\\' {
				ref = append(ref, i)
				i++
				continue
			}
			r, d := escapeLen([]byte(lit[i:]))
			ref = append(ref, i)
			for range d - 1 {
				ref = append(ref, -1)
			}
			i += r
		}
		ref = append(ref, len(lit))
		w := offsetWalker{lit: []byte(lit), escs: escs}
		for d := 0; d < len(ref); d += 1 + rng.IntN(3) {
			if got := w.rawAt(d); got != ref[d] {
				t.Fatalf("literal %q: rawAt(%d) = %d, want %d", lit, d, got, ref[d])
			}
		}
	}
}

// TestParseDecodesEveryLiteral parses arrays of escaped literals with decoding on: each
// literal's text and escapes are where strInfo says, as decodeEsc gives them.
func TestParseDecodesEveryLiteral(t *testing.T) {
	pieces := []string{"abc", "0123456789abcdef", "é", `\"`, `\\`, `\n`, `\u00e9`, `\ud83d\ude00`, `\ud800`, " "}
	rng := rand.New(rand.NewPCG(13, 14))
	for n := 0; n < 500; n++ {
		var lits []string
		var starts []int
		body := "["
		for k := range 1 + rng.IntN(12) {
			var sb strings.Builder
			for range rng.IntN(20) {
				sb.WriteString(pieces[rng.IntN(len(pieces))])
			}
			if k > 0 {
				body += ","
			}
			starts = append(starts, len(body))
			lits = append(lits, sb.String())
			body += `"` + sb.String() + `"`
		}
		body += "]"
		p := parser{buf: []byte(body), decode: true}
		if _, err := p.parse(); err != nil {
			t.Fatalf("parse(%s): %v", body, err)
		}
		for k, lit := range lits {
			var escs []int32
			want := decodeEsc(nil, []byte(lit), &escs)
			si, ok := p.decoded(int32(starts[k]))
			if !ok {
				if len(escs) > 0 {
					t.Fatalf("literal %d of %s not decoded", k, body)
				}
				continue
			}
			if got := string(p.dec[si.decOff:si.decEnd]); got != string(want) {
				t.Fatalf("literal %d of %s decoded as %q, want %q", k, body, got, want)
			}
			if got := fmt.Sprint(p.escs[si.escOff:si.escEnd]); got != fmt.Sprint(escs) {
				t.Fatalf("literal %d of %s: escapes %s, want %v", k, body, got, escs)
			}
		}
	}
}

// refDecode decodes a valid literal byte by byte, as decodeString must.
func refDecode(lit string) string {
	var out []byte
	for i := 0; i < len(lit); {
		if lit[i] != '\\' {
			out = append(out, lit[i])
			i++
			continue
		}
		switch c := lit[i+1]; c {
		case 'u':
			r, _ := strconv.ParseUint(lit[i+2:i+6], 16, 32)
			n := 6
			if utf16.IsSurrogate(rune(r)) {
				r2 := uint64(0)
				if i+12 <= len(lit) && lit[i+6:i+8] == `\u` {
					r2, _ = strconv.ParseUint(lit[i+8:i+12], 16, 32)
				}
				if d := utf16.DecodeRune(rune(r), rune(r2)); d != utf8.RuneError {
					r, n = uint64(d), 12
				} else {
					r = utf8.RuneError
				}
			}
			out = utf8.AppendRune(out, rune(r))
			i += n
			continue
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		default:
			out = append(out, c)
		}
		i += 2
	}
	return string(out)
}

// TestRepeatedShortLiterals: short texts are detected once per request and reused; every
// repetition must still be masked and counted.
func TestRepeatedShortLiterals(t *testing.T) {
	e := newTestEngine(t)
	var sb strings.Builder
	sb.WriteString(`{"messages":[`)
	for i := range 5 {
		if i > 0 {
			sb.WriteString(",")
		}
		fmt.Fprintf(&sb, `{"role":"assistant","content":[{"type":"tool_use","id":"t%d","name":"ec2","input":{"instance":"i-0a1b2c3d4e5f67890","region":"us-east-1"}}]}`, i)
	}
	sb.WriteString(`]}`)
	s := e.NewSession()
	out, err := s.MaskRequest([]byte(sb.String()))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(string(out), `"instance":"AWS_INSTANCE_ID_001"`); got != 5 {
		t.Errorf("masked %d of 5 repetitions: %s", got, out)
	}
	if got := strings.Count(string(out), `"us-east-1"`); got != 5 {
		t.Errorf("kept %d of 5 regions: %s", got, out)
	}
	if got := s.Stats().Counts["instance-id"]; got != 5 {
		t.Errorf("Counts[instance-id] = %d, want 5", got)
	}
	s.Release()
}

// TestTokenSpelledWithEscapes: a token-shaped string in the input is never re-masked, also
// when the body spells it with a \u escape (the raw body then does not hold "AWS_").
func TestTokenSpelledWithEscapes(t *testing.T) {
	e := newTestEngine(t)
	for _, body := range []string{
		`{"messages":[{"role":"user","content":"host \u0041WS_PUBLIC_IPV4_001.CA and AWS_PUBLIC_IPV4_002.CA"}]}`,
		`{"messages":[{"role":"user","content":"host \u0041WS_PUBLIC_IPV4_001.CA"}]}`,
	} {
		s := e.NewSession()
		out, err := s.MaskRequest([]byte(body))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(out), `\u0041WS_PUBLIC_IPV4_001.CA`) {
			t.Errorf("a token spelled with an escape was re-masked: %s", out)
		}
		s.Release()
	}
}

// TestMaskRequestToolInputKeys checks that a tool_use input's string values are judged by the
// member key they stand under, as "key": "value" is in text: names under naming keys are
// masked (also in arrays), and so is the value of a key/value pair whose key names its kind
// ({"Key": "MasterUserPassword", "Value": "x"}), and a UUID under a policy ID key is reported
// as a resource ID; words under keys that say nothing, values a key type refuses and tokens
// already in the input are not, and the result restores exactly.
func TestMaskRequestToolInputKeys(t *testing.T) {
	e := newTestEngine(t)
	body := `{"model":"m","messages":[{"role":"assistant","content":[{"type":"tool_use","id":"toolu_1","name":"f",` +
		`"input":{"FunctionName":"quokka-orders-ingest","RoleName":"marmot-reconcile-exec","BucketNames":["acme-raw"],` +
		`"State":"Active","Bucket":"The Bucket","TableName":"AWS_DYNAMODB_TABLE_NAME_001","Description":"nightly job",` +
		`"service":"cloudwatch","Filters":[{"Name":"replication-task-id","Values":["x"]},{"Name":"tag:Team","Values":["y"]}],` +
		`"Tags":[{"Key":"k","Name":"ledger-api-blue"}],"Parameters":[{"Key":"MasterUserPassword","Value":"Fj0rd#Bill!ng2026"},` +
		`{"ParameterKey":"DBUser","ParameterValue":"billing_admin"},{"Key":"Name","Value":"web server 1"},{"Key":"Stage","Value":"blue"}],` +
		`"PolicyId":"c94b0e1f-72a6-4d3c-8e51-3fa7d06b2c94"}}]}]}`
	want := `{"model":"m","messages":[{"role":"assistant","content":[{"type":"tool_use","id":"toolu_1","name":"f",` +
		`"input":{"FunctionName":"AWS_LAMBDA_FUNCTION_NAME_001","RoleName":"AWS_IAM_ROLE_NAME_001","BucketNames":["AWS_S3_BUCKET_001"],` +
		`"State":"Active","Bucket":"The Bucket","TableName":"AWS_DYNAMODB_TABLE_NAME_001","Description":"nightly job",` +
		`"service":"cloudwatch","Filters":[{"Name":"replication-task-id","Values":["x"]},{"Name":"tag:Team","Values":["y"]}],` +
		`"Tags":[{"Key":"k","Name":"AWS_TAG_VALUE_001"}],"Parameters":[{"Key":"MasterUserPassword","Value":"AWS_PASSWORD_001"},` +
		`{"ParameterKey":"DBUser","ParameterValue":"AWS_IAM_USER_NAME_001"},{"Key":"Name","Value":"AWS_TAG_VALUE_002"},{"Key":"Stage","Value":"blue"}],` +
		`"PolicyId":"AWS_RESOURCE_ID_001"}}]}]}`
	s := e.NewSession()
	out, err := s.MaskRequest([]byte(body))
	if err != nil {
		t.Fatal(err)
	}
	if d := diff(want, string(out)); d != "" {
		t.Error(d)
	}
	if back := s.Mapping().UnmaskText(out); string(back) != body {
		t.Errorf("restore is not exact: %s", diff(body, string(back)))
	}
}

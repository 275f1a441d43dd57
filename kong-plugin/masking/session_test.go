package masking

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestMaskTextRoundTrip(t *testing.T) {
	e := newTestEngine(t)
	tests := []struct {
		name string
		in   string
	}{
		{"empty", ""},
		{"no identifiers", "plain words, regions us-east-1 and m5.large stay"},
		{"instance and account", "instance i-0a1b2c3d4e5f67890 in account 123456789012"},
		{"repeated", "i-0a1b2c3d4e5f67890 i-0a1b2c3d4e5f67890 i-0fedcba9876543210"},
		{"ip with punctuation", "(10.20.30.40), [172.16.5.9]. 10.20.30.40!"},
		{"korean particle", "i-0a1b2c3d4e5f67890에서 오류가 발생했습니다"},
		{"existing token text", "AWS_INSTANCE_ID_001 is already here, and i-0a1b2c3d4e5f67890 too"},
		{"token-like noise", "AWS_ AWS_X AWS_X_1 AWS_X_001a AWS_INSTANCE_ID_0012 i-0a1b2c3d4e5f67890"},
		{"invalid utf8", "\xff\xfe i-0a1b2c3d4e5f67890 \xc3"},
		{"json escaped", `{\"InstanceId\": \"i-0a1b2c3d4e5f67890\", \"OwnerId\": \"123456789012\"}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := e.NewSession()
			out, err := s.MaskText([]byte(tc.in))
			if err != nil {
				t.Fatalf("MaskText: %v", err)
			}
			assertNoLeak(t, out)
			if d := diff(tc.in, string(s.Mapping().UnmaskText(out))); d != "" {
				t.Errorf("UnmaskText(MaskText(x)) != x %s", d)
			}
		})
	}
}

func TestMaskTextTokens(t *testing.T) {
	e := newTestEngine(t)
	tests := []struct {
		name, in, want string
	}{
		{
			name: "numbered in order of first detection per type",
			in:   "i-0fedcba9876543210 then i-0a1b2c3d4e5f67890 then i-0fedcba9876543210",
			want: "AWS_INSTANCE_ID_001 then AWS_INSTANCE_ID_002 then AWS_INSTANCE_ID_001",
		},
		{
			name: "a token already in the input is skipped",
			in:   "AWS_INSTANCE_ID_001 and i-0a1b2c3d4e5f67890",
			want: "AWS_INSTANCE_ID_001 and AWS_INSTANCE_ID_002",
		},
		{
			name: "a glued token in the input is also skipped",
			in:   "xAWS_INSTANCE_ID_001_y and i-0a1b2c3d4e5f67890",
			want: "xAWS_INSTANCE_ID_001_y and AWS_INSTANCE_ID_002",
		},
		{
			name: "masking masked text changes nothing",
			in:   "AWS_INSTANCE_ID_001 AWS_ACCOUNT_ID_007",
			want: "AWS_INSTANCE_ID_001 AWS_ACCOUNT_ID_007",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := e.NewSession().MaskText([]byte(tc.in))
			if err != nil {
				t.Fatalf("MaskText: %v", err)
			}
			if d := diff(tc.want, string(out)); d != "" {
				t.Error(d)
			}
		})
	}
}

func TestSessionSharesMapping(t *testing.T) {
	e := newTestEngine(t)
	s := e.NewSession()
	a, err := s.MaskText([]byte("first i-0a1b2c3d4e5f67890"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.MaskText([]byte("second i-0a1b2c3d4e5f67890 and i-0fedcba9876543210"))
	if err != nil {
		t.Fatal(err)
	}
	if d := diff("first AWS_INSTANCE_ID_001", string(a)); d != "" {
		t.Error(d)
	}
	if d := diff("second AWS_INSTANCE_ID_001 and AWS_INSTANCE_ID_002", string(b)); d != "" {
		t.Error(d)
	}
	st := s.Stats()
	if st.Counts["instance-id"] != 3 || st.BytesIn != len("first i-0a1b2c3d4e5f67890")+len("second i-0a1b2c3d4e5f67890 and i-0fedcba9876543210") {
		t.Errorf("Stats = %+v", st)
	}
	if st.BytesOut != len(a)+len(b) {
		t.Errorf("BytesOut = %d, want %d", st.BytesOut, len(a)+len(b))
	}
	st.Counts["instance-id"] = 99
	if s.Stats().Counts["instance-id"] != 3 {
		t.Error("Stats returned the session's own map")
	}
	if s.Mapping().Len() != 2 {
		t.Errorf("Mapping().Len() = %d, want 2", s.Mapping().Len())
	}
}

func TestPropagation(t *testing.T) {
	origs := []string{"prod-db-7", "prod-db-7-extra", "/aws/lambda/fn", "ab", "611289927149", "20261125"}
	byOrig := map[string]int32{"prod-db-7": 0, "prod-db-7-extra": 1, "/aws/lambda/fn": 2, "ab": 3, "611289927149": 4, "20261125": 5}
	var x propIndex
	x.build(origs)
	tests := []struct {
		name     string
		in       string
		detected []hit
		want     []string // the masked substrings, in order
	}{
		{"bare", "db prod-db-7 is up", nil, []string{"prod-db-7"}},
		{"punctuation", "(prod-db-7), 'prod-db-7'.", nil, []string{"prod-db-7", "prod-db-7"}},
		{"not inside a longer word", "prod-db-77 xprod-db-7", nil, nil},
		{"inside a longer name after or before - and _", "prod-db-7_b prod-db-7-replica x_prod-db-7 a-prod-db-7", nil,
			[]string{"prod-db-7", "prod-db-7", "prod-db-7", "prod-db-7"}},
		{"a weak original is not masked inside a name", "ab-ab x_ab", nil, nil},
		{"an account ID inside a file name", "prowler-output-611289927149-20261125.csv", nil, []string{"611289927149"}},
		{"other numbers are weak inside a name", "backup-20261125_x", nil, nil},
		{"longest original first", "prod-db-7-extra", nil, []string{"prod-db-7-extra"}},
		{"korean particle", "prod-db-7에서", nil, []string{"prod-db-7"}},
		{"original starting with punctuation", "x/aws/lambda/fn", nil, []string{"/aws/lambda/fn"}},
		{"too short to propagate", "ab ab", nil, nil},
		{"skips detected spans", "prod-db-7 prod-db-7", []hit{{start: 0, end: 9, idx: 0}}, []string{"prod-db-7", "prod-db-7"}},
		{"never overlaps a detected span", "prod-db-7-extra", []hit{{start: 10, end: 15, idx: 9}}, []string{"prod-db-7", "extra"}},
		{"after a detected span", "xx prod-db-7/prod-db-7", []hit{{start: 3, end: 12, idx: 0}}, []string{"prod-db-7", "prod-db-7"}},
		{"after URL escapes", "db%3Aprod-db-7%2Fx %3prod-db-7", nil, []string{"prod-db-7"}},
		{"after backslash escapes", `\nprod-db-7 \u0022prod-db-7\u0022 \xprod-db-7`, nil, []string{"prod-db-7", "prod-db-7"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			hs := x.propagate([]byte(tc.in), tc.detected, byOrig, nil)
			var got []string
			prev := int32(0)
			for _, h := range hs {
				if h.start < prev {
					t.Fatalf("hits overlap or are unsorted: %+v", hs)
				}
				prev = h.end
				got = append(got, tc.in[h.start:h.end])
			}
			if d := diff(strings.Join(tc.want, "|"), strings.Join(got, "|")); d != "" {
				t.Error(d)
			}
		})
	}
}

func TestPropagateAcrossSegments(t *testing.T) {
	e := newTestEngine(t)
	s := e.NewSession()
	// The bucket is certain only in the s3:// URI of the second message; its bare mention in
	// the first message must get the same token.
	body := `{"messages":[{"role":"user","content":"logs go to acme-prod-logs today"},{"role":"user","content":"aws s3 ls s3://acme-prod-logs/2024/"}]}`
	out, err := s.MaskRequest([]byte(body))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(out, []byte("acme-prod-logs")) {
		t.Fatalf("propagation missed an occurrence: %s", out)
	}
	idx, ok := s.byOrig["acme-prod-logs"]
	if !ok {
		t.Fatalf("acme-prod-logs was not detected: %s", out)
	}
	tok := s.mapping.tokens[idx]
	if strings.Count(string(out), tok) != 2 {
		t.Errorf("want the token %q twice: %s", tok, out)
	}
}

func TestGluedTokenRefusedWhenNotRestorable(t *testing.T) {
	e := newTestEngine(t)
	s := e.NewSession()
	s.pin("prod-db-7", "AWS_RDS_INSTANCE_001", "rds-instance")
	text := []byte("prod-db-75")
	sg := segment{litStart: -1, raw: text}
	s.fd.resetCounts(s.mapping.Len())
	_, err := s.render(&s.fd, nil, &sg, text, []hit{{start: 0, end: 9, idx: 0}})
	if ErrorCode(err) != CodeUnmaskableContent {
		t.Fatalf("render of a token glued to a digit: err = %v, want %s", err, CodeUnmaskableContent)
	}
	text = []byte("prod-db-7_b")
	sg = segment{litStart: -1, raw: text}
	out, err := s.render(&s.fd, nil, &sg, text, []hit{{start: 0, end: 9, idx: 0}})
	if err != nil {
		t.Fatalf("render of a token glued to '_': %v", err)
	}
	if d := diff("AWS_RDS_INSTANCE_001_b", string(out)); d != "" {
		t.Error(d)
	}
}

// TestPropagateMatchesReference compares propagate with a direct transcription of its rule
// (every occurrence of an original at identifier boundaries, longest first, left to right)
// on random texts built from originals, escapes and separators.
func TestPropagateMatchesReference(t *testing.T) {
	for _, origs := range [][]string{
		{"prod-db-7", "prod-db-7-extra", "10.0.0.1", "10.0.0.12", "/aws/lambda/fn", "acme_logs", "a-b"},
		{"prod-db-7", "prod-db-7-extra", "10.0.0.1", "10.0.0.12", "acme_logs", "a-b", "Zz9", "i-0a1b2c3d"}, // word at a time
	} {
		testPropagateMatchesReference(t, origs)
	}
}

func testPropagateMatchesReference(t *testing.T, origs []string) {
	t.Helper()
	byOrig := make(map[string]int32)
	for i, o := range origs {
		byOrig[o] = int32(i)
	}
	var x propIndex
	x.build(origs)
	if x.words != (origs[4] != "/aws/lambda/fn") {
		t.Fatalf("words = %v for %q", x.words, origs)
	}
	pieces := append([]string{" ", "x", "_", "-", ".", "%3A", "%2", "\\n", "\\u0022", "\\", "에서", "1", "A", "a^", ",", "@", "[", "`", "{", "/", ":"}, origs...)
	isBoundary := func(text string, i, end int, o string) bool {
		joined := false // part of a longer name: a strong original only
		if i > 0 && isIdentChar(text[i-1]) && isIdentChar(o[0]) && escapeEndBefore(text, i) < 0 {
			if !isJoiner(text[i-1]) || isJoiner(o[0]) {
				return false
			}
			joined = true
		}
		if end < len(text) && isIdentChar(text[end]) && isIdentChar(o[len(o)-1]) {
			if !isJoiner(text[end]) || isJoiner(o[len(o)-1]) {
				return false
			}
			joined = true
		}
		return !joined || strongOrig([]byte(o))
	}
	sorted := slices.Clone(origs)
	slices.SortFunc(sorted, func(a, b string) int { return len(b) - len(a) })
	rng := rand.New(rand.NewPCG(7, 7))
	for n := 0; n < 5000; n++ {
		var sb strings.Builder
		for range 1 + rng.IntN(24) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := sb.String()
		var want []string
		for i := 0; i < len(text); i++ {
			for _, o := range sorted {
				if strings.HasPrefix(text[i:], o) && isBoundary(text, i, i+len(o), o) {
					want = append(want, fmt.Sprintf("%d:%s", i, o))
					i += len(o) - 1
					break
				}
			}
		}
		var got []string
		for _, h := range x.propagate([]byte(text), nil, byOrig, nil) {
			got = append(got, fmt.Sprintf("%d:%s", h.start, text[h.start:h.end]))
		}
		if d := diff(strings.Join(want, " "), strings.Join(got, " ")); d != "" {
			t.Fatalf("text %q: %s", text, d)
		}
	}
}

// TestIdentBytes compares the word-at-a-time identifier test with isIdentChar.
func TestIdentBytes(t *testing.T) {
	for c := 0; c < 256; c++ {
		for _, fill := range []byte{0, '_', 'a', 0xff, '-', '^', ','} {
			var word [8]byte
			for i := range word {
				word[i] = fill
			}
			for lane := range 8 {
				w := word
				w[lane] = byte(c)
				got := identBytes(binary.LittleEndian.Uint64(w[:]))
				for i := range 8 {
					if want := isIdentChar(w[i]); (got>>(8*i+7))&1 == 1 != want {
						t.Fatalf("identBytes(%q) byte %d: %v, want %v", w, i, !want, want)
					}
				}
			}
		}
	}
}

// TestExactEq compares the word-at-a-time byte comparison with a byte loop, including the
// bytes just above an equal one (where the cheaper swarEq may report false positives).
func TestExactEq(t *testing.T) {
	for _, c := range []byte{'-', '_'} {
		for a := 0; a < 256; a++ {
			for _, fill := range []byte{0, c, c + 1, c - 1, 0xff, 'a'} {
				var word [8]byte
				for i := range word {
					word[i] = fill
				}
				word[3] = byte(a)
				word[4] = c + 1 // just above a possible equal byte
				got := exactEq(binary.LittleEndian.Uint64(word[:]), c)
				for i := range 8 {
					if want := word[i] == c; (got>>(8*i+7))&1 == 1 != want {
						t.Fatalf("exactEq(%q, %q) byte %d: %v, want %v", word, c, i, !want, want)
					}
				}
			}
		}
	}
}

// escapeEndBefore reports whether an escape ends exactly at i (the reference's view).
func escapeEndBefore(text string, i int) int {
	for q := max(0, i-6); q < i; q++ {
		if (text[q] == '%' || text[q] == '\\') && escapeEnd([]byte(text), q) == i {
			return q
		}
	}
	return -1
}

// TestReleaseReusesSessions masks a mix of inputs with sessions that are released and
// reused, and compares every result with a fresh session of another engine: reuse must
// leave nothing behind (tokens, counters, reserved text, index of originals), and a
// released session's Mapping must stay valid.
func TestReleaseReusesSessions(t *testing.T) {
	pooled, fresh := newTestEngine(t), newTestEngine(t)
	rng := rand.New(rand.NewPCG(5, 6))
	type input struct {
		body    []byte
		request bool
	}
	inputs := []input{
		{[]byte(genAWSText(rng, 6000)), false},
		{benchRequest(20 << 10), true},
		{[]byte("AWS_INSTANCE_ID_001 and i-0a1b2c3d4e5f67890 in 123456789012"), false},
		{[]byte(`{"messages":[{"role":"user","content":"i-0a1b2c3d4e5f67890`), true}, // invalid JSON
		{[]byte(`{"messages":[{"role":"user","content":"logs in acme-prod-logs, \"s3://acme-prod-logs/x\"\n\u0041WS_S3_BUCKET_001"}]}`), true},
		{[]byte(genAWSText(rng, 300)), false},
		{benchRequest(3 << 10), true},
	}
	mask := func(s *Session, in input) ([]byte, error) {
		if in.request {
			return s.MaskRequest(in.body)
		}
		return s.MaskText(in.body)
	}
	type kept struct {
		m   *Mapping
		out []byte
		in  input
	}
	var keep []kept
	for round := range 3 {
		for i, in := range inputs {
			want, wantErr := mask(fresh.NewSession(), in)
			ref := fresh.NewSession()
			_, _ = mask(ref, in)
			s := pooled.NewSession()
			got, err := mask(s, in)
			if ErrorCode(err) != ErrorCode(wantErr) || !bytes.Equal(got, want) {
				t.Fatalf("round %d input %d: reused session gave %q (err %v), fresh %q (err %v)", round, i, got, err, want, wantErr)
			}
			gm, _ := s.Mapping().MarshalJSON()
			wm, _ := ref.Mapping().MarshalJSON()
			if !bytes.Equal(gm, wm) {
				t.Fatalf("round %d input %d: mapping %s, want %s", round, i, gm, wm)
			}
			if gs, ws := s.Stats(), ref.Stats(); fmt.Sprint(gs) != fmt.Sprint(ws) {
				t.Fatalf("round %d input %d: stats %+v, want %+v", round, i, gs, ws)
			}
			if err == nil {
				keep = append(keep, kept{s.Mapping(), got, in})
			}
			s.Release()
		}
	}
	for i, k := range keep {
		back := k.m.UnmaskText(k.out)
		if !bytes.Equal(back, k.in.body) {
			t.Fatalf("mapping %d of a released session no longer restores its output", i)
		}
	}
}

func TestReleasedSessionRefusesWork(t *testing.T) {
	e := newTestEngine(t)
	s := e.NewSession()
	if _, err := s.MaskText([]byte("i-0a1b2c3d4e5f67890")); err != nil {
		t.Fatal(err)
	}
	s.Release()
	s.Release() // a second Release does nothing
	if out, err := s.MaskText([]byte("i-0a1b2c3d4e5f67890")); ErrorCode(err) != CodeInternal || out != nil {
		t.Errorf("MaskText after Release = %q, %v; want no output and %s", out, err, CodeInternal)
	}
	if out, err := s.MaskRequest([]byte(`{"messages":[]}`)); ErrorCode(err) != CodeInternal || out != nil {
		t.Errorf("MaskRequest after Release = %q, %v; want no output and %s", out, err, CodeInternal)
	}
	// released twice, pooled once: two new sessions are never the same one
	a, b := e.NewSession(), e.NewSession()
	if a == b {
		t.Error("a session released twice was handed out twice")
	}
}

// TestHostShortNamePropagates: a customer host named in full once is masked by its short
// name elsewhere when the short name is strong or hyphenated (an /etc/hosts alias), and by that name in capitals (a Windows
// NetBIOS name) even where it comes first; a weak first label (api) is left alone.
func TestHostShortNamePropagates(t *testing.T) {
	e := newTestEngine(t)
	s := e.NewSession()
	in := "brokers mq-prod-b.int.kestrelcart.net and api.kestrelcart.net; later quorum loss on mq-prod-b, api fine;\n" +
		"share ADMIN$ on AMZNFSXK3P7R2WD, from amznfsxk3p7r2wd.corp.kestrelcart.net\n" +
		"10.52.140.88   ad-dc03.corp.kestrelcart.net ad-dc03\n"
	out, err := s.MaskText([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"mq-prod-b", "AMZNFSXK3P7R2WD", "amznfsxk3p7r2wd", "ad-dc03"} {
		if bytes.Contains(out, []byte(name)) {
			t.Errorf("short host name %s left: %s", name, out)
		}
	}
	if !bytes.Contains(out, []byte(", api fine")) {
		t.Errorf("a weak label was masked: %s", out)
	}
	if back := s.Mapping().UnmaskText(out); string(back) != in {
		t.Errorf("restore: %s", diff(in, string(back)))
	}
}

// TestMailboxNamePropagates: a person's mailbox, first.last@ or first_last@, masks the name
// it spells where the prose writes it out (and in any order of appearance); an initial, a
// role's mailbox and a name the mailbox does not spell stay (names that start with no common
// given name, which the signed-name rule would read on its own).
func TestMailboxNamePropagates(t *testing.T) {
	maskAndCheck(t, newTestEngine(t),
		"Escalated by Jana Vogt. Owner: jana.vogt@brightwell-labs.de, backup jean-luc_morel@brightwell-labs.de "+
			"(Jean-Luc Morel); j.weber@brightwell-labs.de is Joris Weber; mail ops.team@brightwell-labs.de, not the Ops Team; "+
			"Wiebke Vogt agreed.\n",
		[]string{"Jana Vogt", "Jean-Luc Morel"}, []string{"is Joris Weber;", "not the Ops Team;", "Wiebke Vogt agreed"})
}

// TestCompanyLabelPropagates: the label of a customer's domain before its public suffix
// names the company; prose that writes the name, capitalised or not, is masked too. A
// placeholder domain's label (example) and a short one (acme) stay.
func TestCompanyLabelPropagates(t *testing.T) {
	maskAndCheck(t, newTestEngine(t),
		"Brightwell's portal https://portal.brightwell.de and https://pagaloya.com.br; topic brightwell/line2/status; "+
			"Pagaloya pays. Example: see docs.example.com and shop.acme.com, Acme ships.\n",
		[]string{"Brightwell", "brightwell", "Pagaloya"}, []string{"Example: see", "Acme ships"})
}

// TestCompanyLabelFromMailAndProviders: a mailbox's domain names the company as a host's
// does, but not a public mail service's (gmail); a managed database's host names its
// provider, not the customer (mongodb stays the engine's name).
func TestCompanyLabelFromMailAndProviders(t *testing.T) {
	maskAndCheck(t, newTestEngine(t),
		"Write to ops@quillmark.co.uk: Quillmark owns it. jane.doe@gmail.com says Gmail is slow.\n"+
			"EngineName: mongodb\nServerName: rivet-prod-shard-00-01.q8zkd.mongodb.net\nEngineName: docdb\n",
		[]string{"Quillmark", "quillmark", "rivet-prod-shard"}, []string{"Gmail is slow", "EngineName: mongodb"})
}

// TestNamePrefixPropagates: a prefix two of the customer's names share (tiefsee) is masked
// where it starts or joins another name (CamelCase too), which keeps its descriptive rest,
// and where prose writes it, capitalised or not; an environment's word (prod) shared the same
// way is no prefix.
func TestNamePrefixPropagates(t *testing.T) {
	maskAndCheck(t, newTestEngine(t),
		"s3://tiefsee-orders-prod/x and s3://tiefsee-ledger-archive/y; the API tiefsee-sendungen answers; otel-logs-tiefsee-2025.03; "+
			"Tiefsee runs it, tiefsee pays; TiefseeAllowList. s3://prod-a-logs/x s3://prod-b-logs/y; prod-c stays, ProdList too\n",
		[]string{"tiefsee", "Tiefsee"}, []string{"-sendungen answers", "prod-c stays", "ProdList", "AllowList."})
}

// TestAccountNameInGuillemets: French quotes an account's name in guillemets before its ID
// (the rule examples cannot: their markers are guillemets).
func TestAccountNameInGuillemets(t *testing.T) {
	maskAndCheck(t, newTestEngine(t), "Le compte « sec-audit » (108462739519) devient administrateur délégué.",
		[]string{"sec-audit", "108462739519"}, []string{"Le compte « ", " » (", "devient administrateur"})
}

// TestNamePrefixNotAction: the action two rules' names start with (block-threat-intel,
// block-doh-bypass) is no customer's prefix: the API's fields that start with the same word
// (BlockResponse, BlockOverrideDomain) stay readable.
func TestNamePrefixNotAction(t *testing.T) {
	maskAndCheck(t, newTestEngine(t),
		`{"Name": "block-threat-intel", "Action": "BLOCK", "BlockResponse": "NXDOMAIN"}, `+
			`{"Name": "block-doh-bypass", "BlockResponse": "OVERRIDE", "BlockOverrideDnsType": "CNAME"}`,
		[]string{"block-threat-intel", "block-doh-bypass"}, []string{`"BlockResponse": "NXDOMAIN"`, `"BlockOverrideDnsType"`})
}

// TestMailOwnerNames: the person's name written just before a mailbox is masked (Latin names
// of two or three words, accented or hyphenated; Han and Hangul names after a label); a
// service's, a team's or a role's words there, a single word, and a name inside a sentence
// stay.
func TestMailOwnerNames(t *testing.T) {
	e := newTestEngine(t)
	cases := []struct {
		in, name string // name: masked; "" means the text before the address stays
		kept     string
	}{
		{"Contacto: Lucía Fernández (lucia@acme-x.com).", "Lucía Fernández", "Contacto: "},
		{"To: Noor Al-Hashimi <noor@acme-x.com>", "Noor Al-Hashimi", "To: "},
		{"负责人：王磊 wang@acme-x.com", "王磊", "负责人："},
		{"담당자: 박지훈 (park@acme-x.com)", "박지훈", "담당자: "},
		{"ユーザーは 佐藤 健太 (sato@acme-x.com) です", "佐藤 健太", "ユーザーは "},
		{"From: AWS Notifications <alerts@acme-x.com>", "", "AWS Notifications"},
		{"Provisioning Desk <desk@acme-x.com>", "", "Provisioning Desk"},
		{"see Javier (javier@acme-x.com)", "", "see Javier"}, // (after "ask", a given name alone is a person: singleNameContext)
		{"담당자 메일은 park@acme-x.com 입니다", "", "담당자 메일은"},
	}
	for _, c := range cases {
		var gone []string
		if c.name != "" {
			gone = []string{c.name}
		}
		maskAndCheck(t, e, c.in, gone, []string{c.kept})
	}
}

// TestGuillemetQuotedNames: Spanish, Italian and French prose quote a name with guillemets
// after its resource noun (la coda «consegne-eventi», French with a space or a narrow
// no-break space inside: l’utilisateur « j.moreau »): the noun still types the name, and
// the guillemets, which the rule examples cannot hold (they are its marks), stay.
func TestGuillemetQuotedNames(t *testing.T) {
	e := newTestEngine(t)
	s := e.NewSession()
	in := "la funzione Lambda «notifiche-consegne» deve processare la coda «consegne-eventi»; the «draft» is fine; " +
		"l’utilisateur IAM « j.moreau » et le rôle «\u202fci-deployer\u202f»"
	out, err := s.MaskText([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"notifiche-consegne", "consegne-eventi", "j.moreau", "ci-deployer"} {
		if bytes.Contains(out, []byte(name)) {
			t.Errorf("%s left: %s", name, out)
		}
	}
	if !bytes.Contains(out, []byte("«AWS_SQS_QUEUE_NAME_001»")) || !bytes.Contains(out, []byte("the «draft» is fine")) {
		t.Errorf("guillemets or an unquoted word changed: %s", out)
	}
	if back := s.Mapping().UnmaskText(out); string(back) != in {
		t.Errorf("restore: %s", diff(in, string(back)))
	}
}

// maskAndCheck masks in with a fresh session and fails t when one of gone is left in the
// output, one of kept is not in it, or the output does not restore to in.
func maskAndCheck(t *testing.T, e *Engine, in string, gone, kept []string) {
	t.Helper()
	s := e.NewSession()
	out, err := s.MaskText([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range gone {
		if bytes.Contains(out, []byte(name)) {
			t.Errorf("%q left: %s", name, out)
		}
	}
	for _, k := range kept {
		if !bytes.Contains(out, []byte(k)) {
			t.Errorf("%q was masked: %s", k, out)
		}
	}
	if back := s.Mapping().UnmaskText(out); string(back) != in {
		t.Errorf("restore: %s", diff(in, string(back)))
	}
}

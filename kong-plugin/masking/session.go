package masking

import (
	"bytes"
	"slices"
)

// Stats describes what one Session masked. It carries counts and sizes only, never data, so
// it is safe to log.
type Stats struct {
	Counts           map[string]int // occurrences replaced by a token, per secret type
	BytesIn          int            // bytes given to MaskText/MaskRequest
	BytesOut         int            // bytes returned by them
	ThinkingVerified int            // thinking envelopes verified and forwarded byte-identical
	ThinkingFallback int            // thinking envelopes that failed verification (block masked normally)
}

// Session masks one request. Tokens are numbered per Session, so every call on a Session
// shares one mapping: the same original always gets the same token. Not safe for
// concurrent use. Release gives its working memory back to the Engine when the request is
// masked.
type Session struct {
	eng      *Engine
	mapping  *Mapping
	byOrig   map[string]int32    // original -> index of its token in the mapping
	tstate   []*typeState        // type of each token, parallel to mapping.tokens
	types    []*typeState        // per secret type seen by this Session or those before it
	typeIdx  map[string]int32    // secret type -> index in types
	pinned   int                 // tokens registered from thinking envelopes
	reserved map[string]struct{} // token-shaped strings seen in the input
	stats    Stats
	prop     propIndex
	lastType *typeState // typeState's one-entry cache
	released bool       // Release was called; the Session must not be used
	// prefixSeen: the input of the current call holds "AWS_" (if not, no text to scan does:
	// the escapes that do not spell \u decode to none of its bytes)
	prefixSeen bool

	// Working memory, reused by every call and, through Release, by later Sessions.
	fd      finder    // detection on the caller's goroutine
	workers []*finder // further finders for a large request (detectParallel)
	spans   []segSpan // where detectParallel put each segment's matches
	runs    []segRun  // the units of parallel work of the current call
	dec     []byte    // decoded text of a request's escaped literals (segment.dec)
	escs    []int32   // offsets of their escapes (segment.escOff, escN)
	strs    []strInfo // where the parser put them
	hits    []hit     // detected replacements of every segment (segment.hitOff, hitN)
	segs    []segment // MaskRequest's segments
	nodes   []jnode   // MaskRequest's parse tree
	members []member  // MaskRequest's object members, a stack
}

// memoEntry is the detection of one short text: memoMs[off : off+n].
type memoEntry struct{ off, n int32 }

// maxMemo is the longest text whose detection is memoized: keys, enum values and the like
// repeat across a request (every tool call has its "command" or "region").
const maxMemo = 64

// maxMemoEntries bounds the memo of one request.
const maxMemoEntries = 4096

// typeState is a Session's state for one secret type.
type typeState struct {
	typ     string // the secret type
	name    string // TYPE part of its tokens
	table   int32  // index of the mapping's table of its tokens; -1 until the first token
	counter int    // last counter issued
	count   int    // occurrences replaced
}

// maxInput is the largest text or body the engine accepts (offsets are 32-bit).
const maxInput = 1<<31 - 1

// hit is one replacement in a segment: text[start:end] becomes mapping token idx.
type hit struct {
	start, end, idx int32
}

// segment is one piece of text the model sees: the whole input of MaskText, or one JSON
// string literal of a request. A request's escaped literals are decoded once, into one
// buffer of the Session while the body is parsed (Session.useDecoded).
type segment struct {
	litStart int    // raw span of the literal in the body, quotes included; -1 for plain text
	litEnd   int    //
	raw      []byte // the literal's raw content (between the quotes), or the plain text
	dec      []byte // decoded text of an escaped literal, when decoded is set
	escOff   int32  // when decoded is set, offsets of the literal's escapes:
	escN     int32  // Session.escs[escOff : escOff+escN]
	out      []byte // fixed replacement of the whole literal (thinking blocks); nil otherwise
	hitOff   int32  // detected replacements: Session.hits[hitOff : hitOff+hitN], sorted and
	hitN     int32  // non-overlapping
	esc      bool   // raw has escapes: decode before use; offsets differ from raw
	decoded  bool   // dec holds the decoded text
	verbatim bool   // not masked: forwarded as it is, or replaced by out
	keyTyp   string // a JSON value's member key names its kind ("FunctionName": "x"): the secret type, or ""
	keyMode  valueMode
}

// text returns sg's decoded text, decoding into buf when the literal has escapes and was
// not decoded up front.
func (sg *segment) text(buf *[]byte) []byte {
	if !sg.esc {
		return sg.raw
	}
	if sg.decoded {
		return sg.dec
	}
	if cap(*buf) < len(sg.raw) { // decoded text is never longer than the literal
		*buf = make([]byte, 0, len(sg.raw))
	}
	*buf = decodeString((*buf)[:0], sg.raw)
	return *buf
}

// Mapping returns the session's token -> original table. It grows as the session masks.
func (s *Session) Mapping() *Mapping { return s.mapping }

// Stats returns a copy of the session's counters.
func (s *Session) Stats() Stats {
	st := s.stats
	st.Counts = make(map[string]int)
	for _, ts := range s.types {
		if ts.count > 0 {
			st.Counts[ts.typ] = ts.count
		}
	}
	return st
}

// maxPooled bounds the working memory a released Session may keep for reuse (bytes,
// estimated); a Session that masked a larger request is left to the garbage collector.
const maxPooled = 16 << 20

// maxClearedMap is the largest map Release clears for reuse rather than replaces.
const maxClearedMap = 256

// maxPooledTypes bounds the secret types a released Session may remember.
const maxPooledTypes = 1024

// Release gives the Session's working memory (parse tree, decode and match buffers, maps)
// back to its Engine, so that a later NewSession reuses it instead of allocating: call it
// once the request is masked and the Session will not be used again. What the Session
// returned stays valid: masked output, Stats, and the Mapping, which the caller may keep
// for the response (Stats must be read before Release). The Session must not be used after
// Release: a use fails with INTERNAL_ERROR only until a later NewSession has taken the memory
// over, after which it would corrupt that request. A second Release does nothing. Not calling
// Release is correct, only slower.
func (s *Session) Release() {
	if s.released {
		return
	}
	s.released = true
	s.mapping = nil
	s.lastType = nil
	s.tstate = s.tstate[:0] // points at the session's own type states only
	for _, ts := range s.types {
		ts.table, ts.counter, ts.count = -1, 0, 0
	}
	s.pinned = 0
	s.stats = Stats{}
	s.prop.n = -1
	s.fd.forget() // request text is not kept
	for _, f := range s.workers {
		f.forget()
	}
	if len(s.types) > maxPooledTypes || s.retained() > maxPooled {
		return // let the garbage collector have it
	}
	// A map does not shrink and clearing one costs its size: a large one is replaced.
	if len(s.byOrig) > maxClearedMap {
		s.byOrig = make(map[string]int32)
	} else {
		clear(s.byOrig)
	}
	if len(s.reserved) > maxClearedMap {
		s.reserved = nil
	} else {
		clear(s.reserved)
	}
	s.eng.sessions.Put(s)
}

// retained estimates the bytes of working memory s holds.
func (s *Session) retained() int {
	const segSize, matchSize, nodeSize, memberSize = 120, 48, 32, 24
	n := cap(s.dec) + 4*cap(s.escs) + 20*cap(s.strs) + 12*cap(s.hits) +
		segSize*cap(s.segs) + nodeSize*cap(s.nodes) + 12*cap(s.spans) + 64*cap(s.runs) +
		memberSize*cap(s.members) + 8*cap(s.tstate) + 4*cap(s.prop.keys) + 8*cap(s.prop.bits)
	n += s.fd.retained()
	for _, f := range s.workers {
		n += f.retained()
	}
	return n
}

// usable fails when s was released.
func (s *Session) usable() error {
	if s.released {
		return newError(CodeInternal, "session used after Release")
	}
	return nil
}

// MaskText masks plain text: every identifier the rules find, and every other occurrence
// of one, is replaced by its token. The result restores exactly with Mapping().UnmaskText.
func (s *Session) MaskText(src []byte) (out []byte, err error) {
	if err := s.usable(); err != nil {
		return nil, err
	}
	defer failClosed(&out, &err)
	if len(src) > maxInput {
		return nil, newError(CodeTooLarge, "text larger than 2 GiB")
	}
	s.stats.BytesIn += len(src)
	segs := [1]segment{{litStart: -1, litEnd: -1, raw: src}}
	s.prefixSeen = s.reserve(src)
	s.detect(segs[:])
	out, err = s.emitAll(make([]byte, 0, len(src)+len(src)/8), nil, segs[:])
	if err != nil {
		return nil, err
	}
	s.stats.BytesOut += len(out)
	return out, nil
}

// failClosed turns a panic while masking into CodeInternal: the caller gets an error and no
// output, never half-masked data. The panic value is not kept, as it might quote input.
func failClosed(out *[]byte, err *error) {
	if r := recover(); r != nil {
		*out = nil
		*err = newError(CodeInternal, "internal error while masking; nothing may be forwarded")
	}
}

// detect scans segments given in prompt-cache order and numbers tokens in order of first
// detection. The input's token-shaped strings must be reserved before. A large request is
// scanned by several goroutines (detectParallel); tokens are numbered afterwards, in the same
// order, so the result does not depend on how the work was split.
func (s *Session) detect(segs []segment) {
	n := 0
	for i := range segs {
		n += len(segs[i].raw)
	}
	if want := n / 64; cap(s.hits) < want { // about one identifier per 100 bytes of AWS text
		s.hits = make([]hit, 0, want)
	}
	s.hits = s.hits[:0]
	s.fd.start(s)
	if w := s.eng.scanWorkers(n, len(segs)); w > 1 {
		s.detectParallel(segs, n, w)
		return
	}
	for i := range segs {
		sg := &segs[i]
		sg.hitOff, sg.hitN = int32(len(s.hits)), 0
		if sg.verbatim {
			continue
		}
		text := sg.text(&s.fd.buf)
		s.issue(sg, text, s.fd.segment(sg, text))
	}
	s.namePrefixes()
	s.prop.build(s.mapping.origs)
}

// issue records the matches ms of sg (whose text is text), numbering the tokens of new
// originals.
func (s *Session) issue(sg *segment, text []byte, ms []match) {
	if len(ms) == 0 {
		return
	}
	sg.hitN = int32(len(ms))
	s.mapping.grow(len(ms))
	s.tstate = slices.Grow(s.tstate, len(ms))
	for _, m := range ms {
		s.hits = append(s.hits, hit{start: int32(m.start), end: int32(m.end), idx: s.tokenFor(text[m.start:m.end], m.typ)})
		switch m.typ {
		case "customer-domain":
			s.hostLabel(text[m.start:m.end])
		case "email":
			s.mailName(text[m.start:m.end])
		}
	}
}

// hostLabel makes the first label of a customer's host name an original of its own when it
// is strong (see strongOrig): incident notes name a host in full once and by its short name
// after (mq-prod-b.int.example.net, then "quorum loss on mq-prod-b"), and propagation then
// masks the short name too. The label gets a token of its own, so the full name still
// restores as it was written; so does its form in capitals when it can be a NetBIOS name
// (15 bytes or fewer), which Windows output uses.
func (s *Session) hostLabel(host []byte) {
	dot := bytes.IndexByte(host, '.')
	if dot <= 0 {
		return
	}
	s.companyLabel(host)
	label := bytes.TrimRight(host[:dot], "\\") // (a regular expression's escaped dot: acme-corp\.com)
	if !strongOrig(label) && (len(label) < 6 || !hasByte(label, '-')) || allDigits(label) || commonWord(label) {
		return // (a hyphenated label of six bytes or more is a name too: oracle-fin, ad-dc03)
	}
	s.derive(label, "host-name")
	if len(label) > 15 || bytes.IndexFunc(label, func(r rune) bool { return r >= 'A' && r <= 'Z' }) >= 0 {
		return
	}
	// the same machine's NetBIOS name, which Windows writes in capitals (amznfsxk3p7r2wd.corp...
	// and then AMZNFSXK3P7R2WD in net share and Get-ADComputer output): an original of its own
	var up [15]byte
	u := up[:len(label)]
	for k, c := range label {
		if isLower(c) {
			c -= 'a' - 'A'
		}
		u[k] = c
	}
	s.derive(u, "host-name")
}

// companyLabel makes the label of a customer's domain that names the company, the one
// before the public suffix (brightwell in api.brightwell.de and brightwell.co.uk), an
// original of its own, with its form in prose (Brightwell): a support note writes the domain
// once and the company's name in its sentences. Only a label of five letters or more that is
// no common word gives one; a placeholder domain (example.com) names no company.
func (s *Session) companyLabel(host []byte) {
	e := bytes.LastIndexByte(host, '.')
	if e <= 0 {
		return
	}
	b := bytes.LastIndexByte(host[:e], '.')
	if l := host[b+1 : e]; b > 0 && (string(l) == "co" || string(l) == "com" || string(l) == "org" || string(l) == "net" || string(l) == "ne" || string(l) == "or" || string(l) == "ac" || string(l) == "gov") {
		e = b // a second-level suffix: brightwell.co.uk, pagaloya.com.br, example.co.jp
		b = bytes.LastIndexByte(host[:e], '.')
	}
	label := host[b+1 : e]
	if len(label) < 5 || len(label) > 24 || !allLowerLetters(label) || commonWord(label) || roleMailboxWord(label) || placeholderDomainWord(label) {
		return
	}
	if d := host[b+1:]; saasTenant(d) || hostingDomain(d) || publicServiceDomain(string(d)) {
		return // a provider's domain that hosts the customer's cluster or tenant (x.q8zkd.mongodb.net) names the provider
	}
	var buf [24]byte
	title := append(buf[:0], label...)
	title[0] -= 'a' - 'A'
	for _, o := range [2][]byte{label, title} {
		s.derive(o, "company-name")
	}
}

// placeholderDomainWord: the labels of the domains documentation and test set-ups use,
// which name no company (example.com, mycompany.com, yourdomain.net, contoso.com).
func placeholderDomainWord(l []byte) bool {
	switch string(l) {
	case "example", "examples", "mycompany", "yourcompany", "company", "mydomain", "yourdomain", "domain", "localdomain",
		"localhost", "invalid", "internal", "corporate", "intranet", "contoso", "fabrikam", "northwindtraders",
		"acmecorp", "sample", "testing", "dummy", "placeholder", "private", "public":
		return true
	}
	return false
}

// namePrefixes finds the prefix the customer's names share, the first part of two or more
// distinct names the rules found (tiefsee in tiefsee-orders-prod and tiefsee_ledger): a
// company's or a product's name, which its other names carry too. Such a prefix becomes an
// original of its own (customer-prefix), with its capitalised form, and propagation masks it
// where it stands alone and inside another name, as it does a strong original
// (tiefsee-sendungen masks as AWS_CUSTOMER_PREFIX_001-sendungen; otel-logs-tiefsee-2025 and
// TiefseeAllowList too). A prefix is four to 24 lower-case letters and no common, AWS,
// environment or business word (prod, shared, checkout: see commonWord and prefixWord); IDs,
// addresses and secrets give none.
func (s *Session) namePrefixes() {
	s.prop.prefixes = s.prop.prefixes[:0]
	origs := s.mapping.origs
	if len(origs) < 2 {
		return
	}
	var seen [16]string // the prefixes met so far (a request names few); a word among them is
	// judged (prefixWordOK) once, at its second name, and then found or dropped
	var found [4]string
	var judged [16]bool
	nSeen, nFound := 0, 0
	for idx, o := range origs {
		if idx >= len(s.tstate) || nFound == len(found) {
			break
		}
		if !prefixType(s.tstate[idx].typ) {
			continue
		}
		p := namePrefix(o)
		if p == "" {
			continue
		}
		k := 0
		for k < nSeen && seen[k] != p {
			k++
		}
		switch {
		case k < nSeen:
			if !judged[k] {
				judged[k] = true
				if prefixWordOK(p) {
					found[nFound] = p
					nFound++
				}
			}
		case nSeen < len(seen):
			seen[nSeen] = p
			nSeen++
		}
	}
	var buf [24]byte
	for _, p := range found[:nFound] {
		title := append(buf[:0], p...)
		title[0] -= 'a' - 'A'
		for _, o := range [2][]byte{[]byte(p), title} {
			s.prop.prefixes = append(s.prop.prefixes, s.derive(o, "customer-prefix"))
		}
	}
}

// namePrefix returns the first part of a name joined by '-' or '_' to more (tiefsee of
// tiefsee-orders), in lower case, when it has a prefix's shape (see namePrefixes), or "".
func namePrefix(o string) string {
	e := 0
	if len(o) > 0 && isUpper(o[0]) {
		e = 1 // a capitalised name (Tessaro-Genomics): the prefix is counted in lower case
	}
	for e < len(o) && e <= 24 && isLower(o[e]) {
		e++
	}
	if e < 4 || e > 24 || e+1 >= len(o) || o[e] != '-' && o[e] != '_' || !isAlnum(o[e+1]) {
		return ""
	}
	if o[0] >= 'a' {
		return o[:e]
	}
	var buf [24]byte
	p := append(buf[:0], o[:e]...)
	p[0] |= 0x20
	return string(p)
}

// prefixWordOK reports a prefix (see namePrefix) that is no common, AWS, environment, business,
// role or placeholder word: judged only for a prefix that two names share.
func prefixWordOK(p string) bool {
	b := []byte(p)
	return !commonWord(b) && !awsWord(b) && !prefixWord(b) && !roleMailboxWord(b) && !placeholderDomainWord(b)
}

// prefixType reports the secret types whose originals are names the customer chose (not
// IDs, addresses, keys or secrets), which namePrefixes reads.
func prefixType(typ string) bool {
	if idType(typ) {
		return false
	}
	switch typ {
	case "email", "password", "secret-access-key", "session-token", "api-key", "private-key", "access-key", "push-token",
		"ip-address", "ipv4", "ipv6", "public-ipv4", "private-ipv4", "mac-address", "phone-number", "customer-prefix",
		"account-id", "arn", "url", "customer-domain", "host-name", "person-name", "company-name", "verification-token",
		"acm-validation-token", "dkim-token", "windows-domain", "windows-account":
		return false
	}
	return true
}

// prefixWord: the first parts of names that describe rather than name (an environment, a
// team, a function, a kind): never a customer's prefix. It is asked only of four lower-case
// letters or more (namePrefix), so shorter words and words with digits are not listed.
func prefixWord(p []byte) bool {
	switch string(p) {
	case "prod", "production", "preprod", "develop", "development", "test", "testing", "stage", "staging",
		"sandbox", "shared", "common", "core", "main", "data", "infra", "platform", "security", "logs", "backup",
		"backups", "default", "service", "internal", "public", "private", "global", "central", "legacy", "temp",
		"demo", "team", "admin", "user", "users", "live", "blue", "green", "canary", "primary", "secondary",
		"replica", "master", "worker", "workers", "batch", "stream", "events", "event", "orders", "order", "payments",
		"payment", "billing", "customer", "customers", "account", "accounts", "analytics", "reports", "report",
		"assets", "static", "media", "images", "files", "uploads", "archive", "audit", "metrics", "monitoring",
		"alerts", "cache", "queue", "jobs", "cron", "nightly", "daily", "weekly", "hourly", "build", "deploy",
		"release", "terraform", "pulumi", "github", "gitlab", "jenkins", "docker", "kube",
		"node", "nodes", "cluster", "network", "subnet", "gateway", "proxy", "edge", "frontend", "backend",
		"mobile", "portal", "search", "notify", "notifications", "email", "mail", "auth", "identity", "login",
		"session", "tenant", "region", "zone", "east", "west", "north", "south", "europe", "asia", "temporal",
		"airflow", "spark", "kafka", "redis", "postgres", "mysql", "mongo", "elastic", "opensearch", "grafana",
		"prometheus", "datadog", "splunk", "sentry", "vault", "consul", "nginx", "envoy", "istio", "celery", "sqlserver",
		"oracle", "mssql", "postgresql", "aurora", "mariadb", "mongodb", "cassandra", "memcached", "valkey", "neptune",
		"lambda", "function", "functions", "handler", "webhook", "ingest", "export", "import", "sync", "migration",
		"tools", "scripts", "config", "configs", "settings", "secrets", "keys", "certs", "policy",
		"policies", "role", "roles", "group", "groups", "dept", "finance", "sales", "marketing", "support",
		"engineering", "research", "model", "models", "training", "inference", "pipeline", "pipelines",
		"lake", "warehouse", "curated", "bronze", "silver", "gold", "landing", "processed",
		// a business's functions, in the languages of the notes (ventas, pedidos, faturas, siniestros)
		"acct", "appt", "bill", "bills", "booking", "bookings", "checkout", "cart", "claim", "claims", "feature",
		"features", "feed", "feeds", "fraud", "ledger", "menu", "meter", "meters", "partner", "partners", "payroll",
		"quote", "quotes", "rate", "rates", "risk", "route", "routes", "settle", "settlement", "stock", "squad",
		"inventory", "pricing", "catalog", "catalogue", "invoice", "invoices", "loyalty", "rewards", "wallet",
		"ticket", "tickets", "shop", "store", "ventas", "pedidos", "faturamento", "faturas",
		"cobranza", "cobros", "credito", "siniestros", "sinistres", "redaktion", "logistik", "banco", "ranker",
		"rider", "riders", "coletor", "acordo", "adjudicated", "ceramicas", "boto", "botocore", "okta", "entra",
		"pagos", "pagamentos", "vendas", "compras", "produtos", "facturas", "rechnung",
		"rechnungen", "bestellung", "kunden", "lager", "versand", "factures", "clients",
		// the action or the severity a rule's or an alarm's name starts with (block-threat-intel,
		// allow-office-ips, critical-cpu-high)
		"block", "allow", "deny", "alert", "drop", "reject", "accept", "count", "limit", "throttle", "forward",
		"redirect", "inspect", "scan", "detect", "check", "watch", "warn", "critical", "high", "major", "minor":
		return true
	}
	return len(p) > 3 && string(p[:3]) == "aws" // awsdms, awsconfigconforms: AWS's own prefixes
}

// mailName makes the person's name that a mailbox spells, first.last@ or first_last@, an
// original of its own, written as people write it (jana.vogt@ -> "Jana Vogt"): an incident
// note gives the address once and the name in its prose, and propagation then masks the name.
// Each part has two letters or more (an initial, j.vogt@, gives no name) and may join words
// with '-' (jean-luc.morel@ -> "Jean-Luc Morel"); a part that is a common word, or a mailbox
// of a role (ops.team@, no.reply@), gives none.
func (s *Session) mailName(email []byte) {
	at := bytes.IndexByte(email, '@')
	if at > 0 && !freeMailDomain(email[at+1:]) {
		s.companyLabel(email[at+1:]) // (ops@brightwell.co.uk, then Brightwell in the sentence)
	}
	if at < 5 || at > 40 {
		return
	}
	local := email[:at]
	sep := bytes.IndexAny(local, "._")
	if sep < 2 || sep > len(local)-3 || bytes.ContainsAny(local[sep+1:], "._") {
		return
	}
	var buf [41]byte
	name := buf[:0]
	for k, part := range [2][]byte{local[:sep], local[sep+1:]} {
		if !nameWord(part) {
			return
		}
		if k == 1 {
			name = append(name, ' ')
		}
		for j, c := range part {
			if (j == 0 || part[j-1] == '-') && isLower(c) {
				c -= 'a' - 'A'
			}
			name = append(name, c)
		}
	}
	s.derive(name, "person-name")
}

// freeMailDomain reports the public mail services' domains, whose label names no company.
func freeMailDomain(d []byte) bool {
	switch string(d) {
	case "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com", "yahoo.co.jp",
		"yahoo.co.uk", "icloud.com", "me.com", "mac.com", "aol.com", "protonmail.com", "proton.me", "pm.me", "gmx.de", "gmx.net",
		"gmx.com", "web.de", "t-online.de", "naver.com", "daum.net", "hanmail.net", "kakao.com", "qq.com", "163.com", "126.com",
		"mail.ru", "yandex.ru", "yandex.com", "zoho.com", "fastmail.com", "orange.fr", "free.fr", "laposte.net", "wanadoo.fr",
		"uol.com.br", "bol.com.br", "terra.com.br", "libero.it", "tiscali.it", "hey.com", "tutanota.com", "googlegroups.com",
		"groups.io", "users.noreply.github.com":
		return true
	}
	return false
}

// nameWord: one part of a mailbox's name, letters in words of two or more joined by '-', and
// not a word of a role's mailbox (ops, team, noreply, admin) or a common one.
func nameWord(p []byte) bool {
	if len(p) < 2 || p[0] == '-' || p[len(p)-1] == '-' {
		return false
	}
	for k, c := range p {
		if !isLetter(c) && (c != '-' || p[k-1] == '-') {
			return false
		}
	}
	if commonWord(p) || roleMailboxWord(p) {
		return false
	}
	return true
}

// roleMailboxWord: the words of mailboxes that belong to a function, not a person
// (platform.team@, no.reply@, aws.billing@, sec_ops@).
func roleMailboxWord(p []byte) bool {
	var buf [16]byte
	w, ok := lowerASCII(buf[:], p)
	if !ok {
		return false
	}
	switch string(w) {
	case "no", "reply", "noreply", "do", "donotreply", "team", "ops", "devops", "secops", "sec", "security", "admin",
		"admins", "root", "aws", "cloud", "billing", "finance", "support", "help", "helpdesk", "info", "alerts", "alert",
		"alarms", "notify", "notifications", "oncall", "on-call", "platform", "infra", "sre", "it", "dev", "prod",
		"staging", "test", "qa", "data", "db", "dba", "ml", "mail", "postmaster", "hostmaster", "abuse", "legal",
		"hr", "sales", "marketing", "contact", "accounts", "account", "audit", "compliance", "backup", "backups",
		"ci", "cd", "build", "deploy", "release", "bot", "service", "svc", "system", "logs", "monitoring", "noc",
		"soc", "network", "net", "iam", "identity", "owner", "owners", "group", "list", "users", "user", "payments",
		"orders", "api", "app", "web", "mobile", "core", "ops-team", "incident", "incidents", "security-team":
		return true
	}
	return false
}

// derive makes o, a name the text implies (a host's short name, the name a mailbox spells, a
// prefix the customer's names share), an original of type typ unless it is one already, and
// returns its index. Its token is issued like any other, so it restores as written.
func (s *Session) derive(o []byte, typ string) int32 {
	if idx, known := s.byOrig[string(o)]; known {
		return idx
	}
	s.mapping.grow(1)
	s.tstate = slices.Grow(s.tstate, 1)
	return s.tokenFor(o, typ)
}

// useDecoded points every escaped literal of segs at its text, which p decoded while it
// parsed the body. A literal p has no text for is decoded when needed (segment.text).
func (s *Session) useDecoded(p *parser, segs []segment) {
	s.escs = p.escs
	for i := range segs {
		sg := &segs[i]
		if !sg.esc {
			continue
		}
		if si, ok := p.decoded(int32(sg.litStart)); ok {
			sg.dec, sg.decoded = p.dec[si.decOff:si.decEnd:si.decEnd], true
			sg.escOff, sg.escN = si.escOff, si.escEnd-si.escOff
		}
	}
}

// emitAll writes the masked form of segs (sorted by position) into dst: for a request, the
// body with every changed literal spliced in; for plain text, the text. Every segment is
// first extended with the other occurrences of known originals (propagation). A large
// request is rendered by several goroutines (emitParallel).
func (s *Session) emitAll(dst, body []byte, segs []segment) ([]byte, error) {
	n := 0
	for i := range segs {
		n += len(segs[i].raw)
	}
	if w := s.eng.scanWorkers(n, len(segs)); w > 1 && body != nil {
		return s.emitParallel(dst, body, segs, n, w)
	}
	f := &s.fd
	f.resetCounts(len(s.mapping.tokens))
	dst, err := s.emitRange(f, dst, body, segs, 0, len(segs))
	if err != nil {
		return nil, err
	}
	s.addCounts(f)
	return appendTail(dst, body, segs), nil
}

// appendTail appends what follows the last segment of a request's body.
func appendTail(dst, body []byte, segs []segment) []byte {
	switch {
	case body == nil:
		return dst
	case len(segs) == 0:
		return append(dst, body...)
	default:
		return append(dst, body[segs[len(segs)-1].litEnd:]...)
	}
}

// emitRange appends segs[from:to] to dst, each after the body bytes that precede it (for a
// request), counting replacements in f.
func (s *Session) emitRange(f *finder, dst, body []byte, segs []segment, from, to int) ([]byte, error) {
	for i := from; i < to; i++ {
		sg := &segs[i]
		if body != nil {
			prev := 0
			if i > 0 {
				prev = segs[i-1].litEnd
			}
			if sg.litStart < prev {
				return nil, newError(CodeInternal, "overlapping literals") // a walker bug; fail closed
			}
			dst = append(dst, body[prev:sg.litStart]...)
		}
		if sg.out != nil {
			dst = append(dst, sg.out...)
			continue
		}
		if sg.verbatim {
			dst = sg.appendRaw(dst)
			continue
		}
		text := sg.text(&f.buf)
		hits := s.prop.propagate(text, s.hits[sg.hitOff:sg.hitOff+sg.hitN], s.byOrig, f.merged[:0])
		f.merged = hits[:0]
		if len(hits) == 0 {
			dst = sg.appendRaw(dst)
			continue
		}
		var err error
		if dst, err = s.render(f, dst, sg, text, hits); err != nil {
			return nil, err
		}
	}
	return dst, nil
}

// addCounts adds the replacements f counted to the session's per-type counts.
func (s *Session) addCounts(f *finder) {
	for idx, c := range f.counts {
		if c != 0 {
			s.tstate[idx].count += int(c)
		}
	}
}

// appendRaw appends sg unchanged.
func (sg *segment) appendRaw(dst []byte) []byte {
	if sg.litStart < 0 {
		return append(dst, sg.raw...)
	}
	dst = append(dst, '"')
	dst = append(dst, sg.raw...)
	return append(dst, '"')
}

// tokenFor returns the index of orig's token, issuing the next free one of type typ when
// orig is new.
func (s *Session) tokenFor(orig []byte, typ string) int32 {
	if idx, ok := s.byOrig[string(orig)]; ok {
		return idx
	}
	ts := s.typeState(typ)
	var arr [256]byte
	for {
		ts.counter++
		buf := appendToken(arr[:0], ts.name, ts.counter)
		if len(s.reserved) > 0 {
			if _, taken := s.reserved[string(buf)]; taken {
				continue
			}
		}
		if s.pinned > 0 {
			if _, taken := s.mapping.lookup(buf); taken {
				continue
			}
		}
		tok, o := s.mapping.strs(buf, orig)
		idx := int32(len(s.mapping.tokens))
		s.mapping.issue(ts.table, ts.counter, tok, o)
		s.tstate = append(s.tstate, ts)
		s.byOrig[o] = idx
		return idx
	}
}

// typeState returns the session's state for secret type typ.
func (s *Session) typeState(typ string) *typeState {
	if ts := s.lastType; ts != nil && ts.typ == typ {
		return ts
	}
	var ts *typeState
	if i, ok := s.typeIdx[typ]; ok {
		ts = s.types[i]
	} else {
		ts = &typeState{typ: typ, name: s.eng.tokenName(typ), table: -1}
		s.typeIdx[typ] = int32(len(s.types))
		s.types = append(s.types, ts)
	}
	if ts.table < 0 {
		ts.table = s.mapping.table(ts.name)
	}
	s.lastType = ts
	return ts
}

// reserve records every string in text that the restorer would read as a token, so no
// issued token can collide with text the input already holds. It reports whether text
// holds "AWS_" at all.
func (s *Session) reserve(text []byte) bool {
	var endsBuf [8]int
	from := 0
	for {
		k := bytes.Index(text[from:], []byte(tokenPrefix))
		if k < 0 {
			return from > 0
		}
		p := from + k
		ends, _ := candidateEnds(text, p, s.eng.maxTokLen, endsBuf[:0])
		for _, e := range ends {
			if s.reserved == nil {
				s.reserved = make(map[string]struct{})
			}
			s.reserved[string(text[p:e])] = struct{}{}
		}
		from = p + 1
	}
}

// render appends the masked form of sg (decoded text) to dst: for a JSON literal the raw
// literal with tokens spliced in, so unchanged bytes (escapes included) stay as they were.
// Where a token touches a word character (the only case where the restorer could read it
// differently) it first checks that the masked text restores exactly.
func (s *Session) render(f *finder, dst []byte, sg *segment, text []byte, hits []hit) ([]byte, error) {
	risky := false
	for _, h := range hits {
		f.counts[h.idx]++
		if h.start > 0 && isWordChar(text[h.start-1]) || int(h.end) < len(text) && isWordChar(text[h.end]) {
			risky = true
		}
	}
	if risky {
		masked := s.appendMasked(f.tmp[:0], hits, text)
		back, _ := s.mapping.restore(f.tmp2[:0], masked, false, true, nil)
		f.tmp, f.tmp2 = masked[:0], back[:0]
		if !bytes.Equal(back, text) {
			return nil, newError(CodeUnmaskableContent, "an identifier is glued to text so that its token would not restore exactly")
		}
	}
	if sg.litStart < 0 {
		return s.appendMasked(dst, hits, text), nil
	}
	start := len(dst)
	dst = append(dst, '"')
	w := offsetWalker{lit: sg.raw}
	if sg.esc {
		if sg.decoded {
			w.escs = s.escs[sg.escOff : sg.escOff+sg.escN]
		} else {
			w.escs = escapesOf(sg.raw, nil)
		}
	}
	prev := 0
	for _, h := range hits {
		rs, re := int(h.start), int(h.end)
		if sg.esc {
			rs, re = w.rawAt(rs), w.rawAt(re)
			if rs < 0 || re < 0 {
				// a match boundary inside one escape: re-encode the whole literal
				dst = append(dst[:start], '"')
				f.tmp = s.appendMasked(f.tmp[:0], hits, text)
				dst = appendJSONEscaped(dst, f.tmp)
				return append(dst, '"'), nil
			}
		}
		dst = append(dst, sg.raw[prev:rs]...)
		dst = append(dst, s.mapping.tokens[h.idx]...)
		prev = re
	}
	dst = append(dst, sg.raw[prev:]...)
	return append(dst, '"'), nil
}

// appendMasked appends text with hits replaced by their tokens.
func (s *Session) appendMasked(dst []byte, hits []hit, text []byte) []byte {
	prev := 0
	for _, h := range hits {
		dst = append(dst, text[prev:h.start]...)
		dst = append(dst, s.mapping.tokens[h.idx]...)
		prev = int(h.end)
	}
	return append(dst, text[prev:]...)
}

// sortByPosition orders segments as they stand in the body.
func sortByPosition(segs []segment) {
	slices.SortFunc(segs, func(a, b segment) int { return a.litStart - b.litStart })
}

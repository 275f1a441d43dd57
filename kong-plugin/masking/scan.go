package masking

import (
	"bytes"
	"math/bits"
	"slices"
)

// scanState is the per-call state of one scan: the text, the output, and the little memory
// that context rules need (a pending "Key": "Name" tag, a pending Terraform output value).
type scanState struct {
	d    *detector
	text []byte
	dst  []match
	base int
	late []match // low-priority spans (tables), merged where they overlap nothing
	// early are credential spans found ahead of the word loop (cjkPasswords, credForms) or by
	// it at their keyword (sqlPassword, netSecret), sorted: each is emitted when the loop
	// reaches it, ahead of what any rule would find inside it
	early []match
	prim  []match // scratch copy of the primary matches while late ones are merged

	active       uint64                              // bit i: rule i is enabled and not ruled out by its keywords
	kwRules      uint64                              // bit i: rule i runs only where one of its keywords occurs from the word on
	kwPos        [maxKeywordRules][maxKeywords]int32 // per keyword: 0 unknown, -1 absent from the last search on, p+1 found at p
	kwUntil      [64]int32                           // rule i's keywords are known to occur from any word up to kwUntil[i]
	w            wordShape                           // shape of the word being tried
	hostDone     int                                 // host rule already judged the dotted run ending here
	b64Done      int                                 // secret-key rule already judged the base64 run ending here
	longRunEnd   int                                 // a name run too long to be a name ends here
	longKeyEnd   int                                 // a key run too long to be a key ends here
	snakeEnd     int                                 // a snake_case run too long to be a name ends here
	jwtEnd       int                                 // a run read by the JWT matcher that is not a token ends here
	nameDeadEnd  int                                 // the resource-name rule rejected the name run ending here
	inURL        bool                                // urlCredentials is matching a URL's host: the URL rule does not run inside it
	keyRunEnd    int                                 // keyShape read the key run ending here ...
	keyRunBits   uint32                              // ... and found these bits after it
	blobEnd      int                                 // an opaque base64 run ends here
	b64Judged    int                                 // blobAt already judged the base64 run ending here
	atEnd        int                                 // nameShape's look for '@' after a name ran to here ...
	atFound      bool                                // ... and found one there
	csvRule      int                                 // index of the csv-column rule, -1 when disabled
	fluentBit    uint8                               // 0 not yet looked for, 1 no Fluent Bit [OUTPUT] section in the text, 2 one
	dnWalk       [2]valueWalk                        // the last walks of distinguished names' values (dnValueEnd): other, domain components
	promptWalk   valueWalk                           // the last walk to a blank after a user@host (shellPrompt)
	kafkaOffsets uint8                               // 0 not yet looked for, 1 no kafka-consumer-groups table in the text, 2 one
	kvRule       int                                 // index of the key-value rule, -1 when disabled
	coRule       int                                 // index of the company-name rule, -1 when disabled
	high         bool                                // the text has a byte outside ASCII (asked once per scan)
	hostRule     int                                 // index of the host-name rule (e-mail, chat handles), -1 when disabled
	pwRule       int                                 // index of the prose-password rule, -1 when disabled
	shapeRule    int                                 // index of the password-shape rule, -1 when disabled
	psql         bool                                // the text has a psql table's rule (-+-): indented lines may be its header
	csvSep       byte                                // the delimiter of the CSV block being read, 0 when none
	csvLoose     bool                                // the block is CLI output typed by a --query projection: other lines are skipped
	csvSeen      bool                                // ... and one of its rows has been read
	csvUntil     int                                 // ... or, while none has, the offset past which it is given up
	csvCols      []string                            // the secret type of each column of that block
	csvBuf       [32]string
	fwStart      [16]uint16 // a fixed-width table's column starts, from its line's start (csvSep ' ')
	fwTags       bool       // ... whose header is "Key Value": its rows are tags
	tableRule    int        // index of the markdown-table rule, -1 when disabled
	tableCols    []string
	tableEnd     int  // where the line after the last table row starts (0: no table yet)
	tableKV      bool // the rows after a title are "| Key | value |" pairs
	tableHead    bool // the next row of more than one cell names the columns
	tableTags    bool // the table's header is "| Key | Value |": its rows are tags
	tableBuf     [24]string
	pendTyp      string      // type for the next `value`-style key ...
	pendUntil    int         // ... if it starts before this offset
	pairTyp      string      // a `"Key": "Name"`-style key was seen: the type of its Value ...
	pairTill     int         // ... if that Value starts before this offset
	lastValue    seg         // the last unclaimed "Value": span, for {"Value": x, "Key": "Name"}
	tagMapEnd    int         // a "Tags": {...} map ends here: its members' values are tag values
	tagListEnd   int         // a "Tags": [...] list of Key/Value pairs ends here: every Key's Value is a tag value
	cfnTyp       string      // a change set's "Path" named this type ...
	cfnMode      valueMode   // ... read in this mode ...
	cfnTill      int         // ... for the BeforeValue and AfterValue before this offset
	ansibleGraph bool        // an ansible-inventory --graph group (|--@name:) was read: |--name lines are its hosts
	deadKeys     [64]keyMemo // keys that say nothing, by hash: matchKeyValue skips them at once
	keys         *keyCache   // what each key means, kept across scans (allocated on first use)
}

// keywordsPresent reports whether text contains one of kws (or kws is empty).
func keywordsPresent(text []byte, kws []string) bool {
	if len(kws) == 0 {
		return true
	}
	for _, k := range kws {
		if bytes.Contains(text, []byte(k)) {
			return true
		}
	}
	return false
}

// Byte classes come from one 256-byte constant table (static data, no package state).
const (
	clLower = 1 << iota
	clUpper
	clDigit
	clHex
	clHost   // letters, digits, '.', '-'
	clB64    // letters, digits, '+', '/'
	clLine   // '\n' and '|': the scan loop stops at them (CSV lines, Markdown tables)
	clMark   // '!', '#', '$', '*', '@': next to a word, a password-shaped token may stand there
	clAlnum  = clLower | clUpper | clDigit
	clLetter = clLower | clUpper
)

const byteClass = "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x00\x80\x80\x00\x00\x00\x00\x00\x80\x20\x00\x10\x10\x20\x3c\x3c\x3c\x3c\x3c\x3c\x3c\x3c\x3c\x3c\x00\x00\x00\x00\x00\x00\x80\x3a\x3a\x3a\x3a\x3a\x3a\x32\x32\x32\x32\x32\x32\x32\x32\x32\x32\x32\x32\x32\x32\x32\x32\x32\x32\x32\x32\x00\x00\x00\x00\x00\x00\x39\x39\x39\x39\x39\x39\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x00\x40\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"

func isAlnum(c byte) bool  { return byteClass[c]&clAlnum != 0 }
func isDigit(c byte) bool  { return byteClass[c]&clDigit != 0 }
func isLower(c byte) bool  { return byteClass[c]&clLower != 0 }
func isUpper(c byte) bool  { return byteClass[c]&clUpper != 0 }
func isLetter(c byte) bool { return byteClass[c]&clLetter != 0 }
func isHex(c byte) bool    { return byteClass[c]&clHex != 0 }
func isWord(c byte) bool   { return byteClass[c]&clAlnum != 0 || c == '_' }

// foldASCII writes v with every byte or'ed with 0x20 (ASCII letters folded to lower case, as
// the word tables are written) into buf and returns it; ok is false when v does not fit.
func foldASCII(buf []byte, v []byte) ([]byte, bool) {
	if len(v) > cap(buf) {
		return nil, false
	}
	w := buf[:len(v)]
	for k, c := range v {
		w[k] = c | 0x20
	}
	return w, true
}

// lowerASCII writes v with its upper-case ASCII letters lowered (other bytes as they are,
// unlike foldASCII, which turns '_' into DEL) into buf and returns it; ok is false when v does
// not fit.
func lowerASCII(buf []byte, v []byte) ([]byte, bool) {
	if len(v) > cap(buf) {
		return nil, false
	}
	w := buf[:len(v)]
	for k, c := range v {
		if isUpper(c) {
			c |= 0x20
		}
		w[k] = c
	}
	return w, true
}

// emit appends a match.
func (s *scanState) emit(start, end int, typ string, rule int) {
	if end <= start || tokenLike(s.text[start:end]) {
		return
	}
	if n := len(s.dst); n > s.base && s.dst[n-1].end > start {
		return // never overlap (defensive: matchers emit in order)
	}
	if s.text[end-1] == '3' && end-start > 14 && hasSuffix(s.text[start:end], "--x-s3") {
		// an S3 directory bucket, BASE--AZID--x-s3: the base name is the customer's, the zone
		// and the suffix say where and what it is
		if d := bytes.LastIndex(s.text[start:end-6], []byte("--")); d > 0 {
			end = start + d
		}
	}
	s.dst = append(s.dst, match{start: start, end: end, typ: typ, rule: rule})
}

// tokenLike: text that is already a token (AWS_TYPE_001) is never an original, so masking is
// idempotent.
func tokenLike(b []byte) bool {
	if len(b) < 7 || string(b[:4]) != "AWS_" || !isDigit(b[len(b)-1]) {
		return false
	}
	for _, c := range b {
		if !isUpper(c) && !isDigit(c) && c != '_' {
			return false
		}
	}
	return true
}

// tokenShaped reports text shaped like an issued token, AWS_TYPE_ and at least three digits
// (AWS_ACCOUNT_ID_001, AWS_PRIVATE_IPV4_1000), stricter than tokenLike: a variable's name
// (AWS_REGION_2) is not one. It is the restorer's own test (tokenShape).
func tokenShaped(b []byte) bool {
	_, ok := tokenShape(b)
	return ok
}

// tokenEnd returns the end of the token (AWS_TYPE_001, see tokenShaped) that starts at k in
// text, or -1.
func tokenEnd(text []byte, k int) int {
	if !hasPrefix(text[k:], "AWS_") {
		return -1
	}
	e := k + 4
	for e < len(text) && e-k < 64 && (isUpper(text[e]) || isDigit(text[e]) || text[e] == '_') {
		e++
	}
	for ; e > k+8; e-- {
		// the longest token-shaped prefix, as the restorer reads one (AWS_ACCOUNT_ID_001_,
		// AWS_ACCOUNT_ID_001X: the token and a byte glued to it)
		if isDigit(text[e-1]) && (e == len(text) || !isDigit(text[e])) && tokenShaped(text[k:e]) {
			return e
		}
	}
	return -1
}

// runAfterToken reports whether the word at i continues a run of name bytes (letters, digits,
// '.', '-', '_', '+') in which a token ends at a '.' or '+' (AWS_HOST_NAME_001.B-AA0,
// x.AWS_CUSTOMER_DOMAIN_001+a.01.BA): the first pass read that run whole, with the original
// where the token stands, so a later word of it is not judged on its own (idempotence).
func runAfterToken(text []byte, i int) bool {
	for q := i - 1; q >= 8 && i-q <= 256; q-- {
		c := text[q]
		switch {
		case c == '.' || c == '+':
			if isDigit(text[q-1]) && tokenEndsAt(text, q) {
				return true
			}
		case isAlnum(c) || c == '-' || c == '_':
		default:
			return false
		}
	}
	return false
}

// run is the single pass: at every word start (an ASCII letter or digit not preceded by one)
// the enabled rules whose first byte fits are tried in table order; the first that matches
// consumes its span. Non-ASCII bytes (Hangul, Unicode punctuation) are boundaries.
func (s *scanState) run() {
	s.high = hasHighByte(s.text)
	s.tableCols = s.tableBuf[:0]
	s.tableEnd, s.tableKV, s.tableHead, s.tableTags = 0, false, false, false
	s.tableRule = -1
	s.fluentBit = 0
	s.kafkaOffsets = 0
	s.csvRule = -1
	s.kvRule = -1
	s.coRule = -1
	s.hostRule = -1
	s.pwRule = -1
	s.shapeRule = -1
	for ri := range s.d.table {
		if !s.d.on[ri] {
			continue
		}
		switch s.d.table[ri].id {
		case "markdown-table", "csv-column", "key-value":
			// the loop below consults these at every line or key: decided up front
			if !keywordsPresent(s.text, s.d.table[ri].keywords) {
				continue
			}
		default:
			if len(s.d.table[ri].keywords) > 0 {
				// looked for only when a word could start a match, and from that word on (a
				// text that has no such word never pays for the search)
				s.kwRules |= 1 << ri
			}
		}
		s.active |= 1 << ri
		switch s.d.table[ri].id {
		case "markdown-table":
			s.tableRule = ri
		case "csv-column":
			s.csvRule = ri
		case "key-value":
			s.kvRule = ri
		case "prose-password":
			s.pwRule = ri
		case "password-shape":
			s.shapeRule = ri
		case "company-name":
			s.coRule = ri
		case "host-name":
			s.hostRule = ri
		}
	}
	text := s.text
	n := len(text)
	if s.csvRule >= 0 && n > 0 {
		s.psql = hasPsqlRule(text)
		s.csvLine(0)
	}
	s.early = s.early[:0]
	if s.pwRule >= 0 {
		s.cjkPasswords()
		s.credForms()
		slices.SortFunc(s.early, func(a, b match) int { return a.start - b.start })
	}
	if s.tableRule >= 0 && hasPrefix(text, "│") {
		s.tableRow(0) // (later rows of a box-drawn table start after a line break)
	}
	i := 0
	for i < n {
		c := text[i]
		if cl := byteClass[c]; cl&clAlnum == 0 {
			if cl&clLine != 0 {
				if c == '|' && s.tableRule >= 0 && (i == 0 || text[i-1] == '\n') {
					s.tableRow(i)
				}
				if c == '\n' && i+1 < n {
					if s.csvRule >= 0 {
						s.csvLine(i + 1)
					}
					if text[i+1] == 0xe2 && s.tableRule >= 0 && cellSep(text, i+1) == 3 {
						s.tableRow(i + 1) // a row of a table drawn with box characters: │ NAME │ VALUE │
					}
				}
			}
			if c == '@' && i > 0 && i+1 < n && isAlnum(text[i-1]) && isAlnum(text[i+1]) && s.kvRule >= 0 {
				s.loginUser(i) // ssh x@host, sftp x@host
			}
			i++
			for i < n && byteClass[text[i]]&(clAlnum|clLine) == 0 {
				i++ // blanks and punctuation between words
			}
			continue
		}
		if i > 0 && isAlnum(text[i-1]) {
			i++
			continue
		}
		if len(s.early) > 0 {
			if end := s.emitEarly(i); end > i {
				i = end
				continue
			}
		}
		if p := text[max(i, 1)-1]; i > 0 && prevSpecial[p] != 0 {
			if p == '%' && i+2 < n && isHex(c) && isHex(text[i+1]) && isAlnum(text[i+2]) {
				// after a URL escape (%22arn%3Aaws..., %2Fprod-db) the word starts past its two hex
				// digits; past four after an escape encoded twice (%253Aarn%253Aaws...)
				i += 2
				if c == '2' && text[i-1] == '5' && i+2 < n && isHex(text[i]) && isHex(text[i+1]) && isAlnum(text[i+2]) {
					i += 2
				}
				c = text[i]
			} else if p == '\\' && (c == 'n' || c == 't' || c == 'r') && i+1 < n && isAlnum(text[i+1]) {
				// after a literal \n in a label (Graphviz, PlantUML: "ALB\nhg-web-alb", "i-0e47...\n10.72.20.41")
				// the word starts past the escape, as propagation reads it
				i++
				c = text[i]
			} else if p == '\\' && c == 'u' && i+5 < n && text[i+1] == '0' && text[i+2] == '0' && isHex(text[i+3]) && isHex(text[i+4]) &&
				!isAlnum(byte(hex4(text[i+1:i+5]))) && isAlnum(text[i+5]) {
				// after a JSON escape of punctuation (\u0027319456971466\u0027 in a query string) the
				// word starts past it
				i += 5
				c = text[i]
			} else if e := ansiEscape(text, i, p); e > i {
				// a terminal colour code, escaped (a notebook's traceback: \u001b[1m381920475561\u001b[0m,
				// \x1b[31m, \033[0m) or raw (ESC [1m): neither the escape nor its code is a word
				i = e
				if i >= n || !isAlnum(text[i]) {
					continue
				}
				c = text[i]
			}
			if p >= 0x80 && isUpper(c) {
				if g := gluedLabel(text, i); g > 0 {
					// Japanese glues a label's ASCII to its value (キーIDAKIA..., ホストIP10.1.2.3,
					// CloudFrontE1K9ZP...): the identifier starts past the label
					i += g
					c = text[i]
				}
			}
		}
		e := i + 1
		var tail uint8 // classes of the bytes after the first
		for e < n {
			cl := byteClass[text[e]]
			if cl&clAlnum == 0 {
				break
			}
			tail |= cl
			e++
		}
		if i >= 3 && text[i-1] == '$' && s.kvRule >= 0 {
			if end := costTagValue(text, i); end > 0 {
				s.emit(i, end, "tag-value", s.kvRule) // Cost Explorer's TAG group: "team$checkout"
				i = end
				continue
			}
		}
		if e-i < 16 && (uint16(credWordLens[2*int(c)])|uint16(credWordLens[2*int(c)+1])<<8)&(1<<(e-i)) != 0 {
			if end := s.credWord(i, e); end > i {
				i = end
				continue
			}
		}
		if e-i == 4 && e+10 <= n && text[e] == ' ' && (byteClass[c]|tail)&clLetter == 0 && s.kvRule >= 0 {
			if end := spacedAccountID(text, i); end > 0 {
				s.emit(i, end, "account-id", s.kvRule) // the Billing console's or a speaker's 4417 0293 8856
				i = end
				continue
			}
		}
		if i >= 2 && text[i-1] == '@' && s.hostRule >= 0 {
			if end := mentionAt(text, i); end > 0 {
				s.emit(i, end, "person-handle", s.hostRule) // "Ask @mkowalczyk", "(@dmitri)": a person
				i = end
				continue
			}
		}
		if e-i <= 5 && (c == 'M' || c == 'D' || c == 'H' || c == 'F' || c == 'S') && e+3 < n && (text[e] == '.' || text[e] == ' ') && s.d.signRule >= 0 &&
			(i == 0 || text[i-1] == ' ' || text[i-1] == '(' || text[i-1] == '\n') {
			if ns, ne := titledName(text, i, e); ns > 0 {
				s.emit(ns, ne, "person-name", s.d.signRule) // c'est M. Lemaire, Herr Becker, Dr. Okafor: the family name
				i = ne
				continue
			}
		}
		if isUpper(c) && e < n && (text[e] == ' ' && e+3 < n || text[e] >= 0xc3 || namePunct(text[e])) && e-i >= 2 && e-i <= 12 && tail&clUpper == 0 && s.d.signRule >= 0 &&
			(i == 0 || !isAlnum(text[i-1]) && text[i-1] != '_' && text[i-1] != '.' && text[i-1] != '-' && text[i-1] != '/' && (text[i-1] != '@' || i == 1 || text[i-2] == ' ' || text[i-2] == '\n')) {
			if end := givenNamePerson(text, i, e); end > 0 {
				// a given name and a family name (Camille Durand), unless a company's name
				// starts so (Camille Durand Consulting, read by the company rule)
				if s.coRule >= 0 {
					if ce := matchCompanyName(s, i, s.coRule); ce > i {
						i = ce
						continue
					}
				}
				s.emit(i, end, "person-name", s.d.signRule)
				i = end
				continue
			}
		}
		if s.plainWord(i, e, tail) {
			if s.coRule >= 0 && isUpper(c) && e+1 < n && text[e] == ' ' && (isUpper(text[e+1]) || text[e+1] == '&' || text[e+1] >= 0xc3 || companyPrefix(text[i:e])) {
				// a capitalised word before another: maybe a company's name (Halvorsen Bank),
				// which a plain word does not otherwise start
				if end := matchCompanyName(s, i, s.coRule); end > i {
					i = end
					continue
				}
			}
			if i > 0 && text[i-1] == '\n' && (text[e] == '\n' || text[e] == '\r') && s.kvRule >= 0 {
				s.consoleValue(i) // a console page's value alone on its line (DB name, then mikancrm)
			}
			i = e
			continue
		}
		if e-i >= 13 && e-i <= 15 && tail&clUpper == 0 && tail&clLower != 0 && isDigit(c) && s.kvRule >= 0 && gluedAccountID(text, i, e) {
			// a 12-digit account ID with a particle or an ending glued on (des Accounts 482917306655s,
			// 482917306655ku): the ID is masked, the ending stays
			s.emit(i, i+12, "account-id", s.kvRule)
			i = e
			continue
		}
		if i > 0 && (byteClass[text[i-1]]&clMark != 0 || e < n && byteClass[text[e]]&clMark != 0 || c == '1' && e-i == 3 || s.ansibleGraph) {
			if end := s.wordForm(i, e); end > i {
				i = end
				continue
			}
		}
		if (byteClass[c]|tail)&clDigit == 0 && s.jsonKey(e) {
			// a letters-only quoted key ("InstanceType":): only the key-value rule can apply
			if s.kvRule >= 0 {
				if end := matchKeyValue(s, i, s.kvRule); end > i {
					i = end
					continue
				}
			}
			i = e
			continue
		}
		if e-i == 8 && e < n && text[e] == '-' && i > 0 && text[i-1] == '\n' && s.kvRule >= 0 {
			if end := s.consoleValue(i); end > i {
				i = end // a UUID under a console label that types it (KMS key ID): a UUID alone stays
				continue
			}
		}
		if e-i == 4 || e-i == 8 {
			if end := s.skipKept(i); end > i {
				i = end
				continue
			}
		}
		if i < s.blobEnd {
			i = e // inside opaque base64 data: its pieces are not identifiers
			continue
		}
		if (e < n && (text[e] == '+' || text[e] == '/') || e-i >= 64) && i >= s.b64Judged {
			s.blobAt(i) // once per run: a word start inside a judged run is not judged again
		}
		s.shapeAt(i, e)
		if end := s.tryAt(i); end > i {
			if end < s.blobEnd {
				// an identifier opened what looked like opaque data (an access key glued to
				// base64): the rest is judged on its own, as it will be once the identifier is
				// a token (masking stays idempotent)
				s.blobEnd, s.b64Judged = 0, end
			}
			i = end
			continue
		}
		if i > 0 && text[i-1] == '\n' && s.kvRule >= 0 {
			if end := s.consoleValue(i); end > i {
				i = end // a console page copied as text: a label's line, then its value's
				continue
			}
		}
		if i >= 4 && text[i-2] == '>' && text[i-1] == ' ' && text[i-3] == ' ' && s.kvRule >= 0 {
			if end := s.consoleCrumb(i); end > i {
				i = end // a console breadcrumb: IAM > Users > NAME > ...
				continue
			}
		}
		i = e
	}
}

// wordForm tries the forms a word next to a rare byte may start (the scan loop's cheap test
// lets few words through): a password-shaped token around a '!', '#', '$', '*' or '@', an
// ansible-inventory --graph group or host, a request to the instance metadata service or the
// ECS agent (169.254.x). It returns the end of what was consumed, or -1.
func (s *scanState) wordForm(i, e int) int {
	text := s.text
	if s.kvRule >= 0 && i >= 3 && text[i-2] == '-' && (text[i-1] == '@' && text[i-3] == '-' || text[i-1] == '-' && text[i-3] == '|' && s.ansibleGraph) {
		if end := s.ansibleGroup(i); end > i {
			return end // ansible-inventory --graph: |--@tag_Name_web_1:, |  |--web-1
		}
	}
	if s.kvRule >= 0 && e-i == 3 && string(text[i:e]) == "169" {
		switch {
		case hasPrefix(text[e:], ".254.169.254/latest/"):
			s.imds(e + 20) // the instance metadata service: what the request asks for and its answer
		case hasPrefix(text[e:], ".254.170.2/"):
			s.ecsAgentPath(e + 11) // the ECS agent's metadata and credentials endpoints
		}
	}
	if s.shapeRule >= 0 && (e < len(text) && byteClass[text[e]]&clMark != 0 || byteClass[text[i-1]]&clMark != 0) {
		return matchShapedPassword(s, i, s.shapeRule)
	}
	return -1
}

// emitEarly emits the early span the word at i starts or stands in, if no match emitted
// before overlaps it, and returns its end; spans the scan has passed are dropped.
func (s *scanState) emitEarly(i int) int {
	for len(s.early) > 0 && s.early[0].end <= i {
		s.early = s.early[1:]
	}
	if len(s.early) == 0 || i < s.early[0].start {
		return -1
	}
	m := s.early[0]
	s.early = s.early[1:]
	if n := len(s.dst); n > s.base && s.dst[n-1].end > m.start {
		return -1
	}
	s.emit(m.start, m.end, m.typ, m.rule)
	return m.end
}

// plainWord reports whether the alphanumeric run [i, e) is a word that no rule can start
// with: a short lower-case word (an initial capital allowed) or a number that is not 12
// digits, followed by a blank or punctuation that continues no identifier, not preceded by
// "--", '/', '$' or '+' (a telephone number), and not followed by a key separator. This
// keeps prose and numbers cheap.
func (s *scanState) plainWord(i, e int, tail uint8) bool {
	text := s.text
	if e-i > 9 || e >= len(text) {
		return false
	}
	switch text[e] {
	case ' ', '\n', '\r', '\t', ',', ')', ';', '?', '"':
	case '!':
		if e+1 < len(text) && isAlnum(text[e+1]) {
			return false // Cert!Tributo!2026: maybe a password
		}
	default:
		return false
	}
	if i > 0 && (text[i-1] == '/' || text[i-1] == '-' || text[i-1] == '$' || text[i-1] == '+') {
		return false
	}
	if i >= 4 && text[i-1] == ' ' && text[i-2] == 't' && setCommand(text, i) {
		return false // set hostname "x": a configuration command's key
	}
	if tail&clUpper != 0 && (tail&clLower != 0 || !isUpper(text[i])) {
		return false // CamelCase or mixed: maybe a name; ALL-CAPS words (OK, ACCEPT, UNIX) are plain
	}
	if cls := byteClass[text[i]] | tail; cls&clDigit != 0 && cls&clLetter != 0 {
		return false
	}
	// a separator after blanks or a closing quote makes it a key
	j := e
	for j < len(text) && j-e < maxKeyPad+2 && (text[j] == ' ' || text[j] == '\t' || text[j] == '"' || text[j] == '\\') {
		j++
	}
	return j >= len(text) || text[j] != ':' && text[j] != '=' &&
		(text[j] != ',' || j == e || i == 0 || !envDefaultCall(text, i-1)) // (os.environ.get("TABLE", "x"): a key)
}

// blobAt notes when the base64 run starting at i is opaque data (certificates, receipt
// handles, encrypted blobs): at least 64 bytes, mixed case and digits, few '/' (so that paths
// are not taken for data). The rules still run at i (a session token starts there); the
// pieces after it are skipped. The run is scanned once.
func (s *scanState) blobAt(i int) {
	text := s.text
	k := i
	slashes := 0
	var cls uint8
	for k < len(text) && byteClass[text[k]]&clB64 != 0 {
		if text[k] == '/' {
			slashes++
		}
		cls |= byteClass[text[k]]
		k++
	}
	s.b64Judged = k
	if k-i >= 64 && slashes*24 < k-i && cls&clUpper != 0 && cls&clLower != 0 && cls&clDigit != 0 {
		s.blobEnd = k
	}
}

// jsonKey reports whether the word ending at e is followed by a closing quote (plain or
// escaped) and a colon: a JSON key.
func (s *scanState) jsonKey(e int) bool {
	text := s.text
	k := e
	for q := 0; k < len(text) && q < 4 && text[k] == '\\'; q++ {
		k++
	}
	if k >= len(text) || text[k] != '"' {
		return false
	}
	k++
	return k < len(text) && text[k] == ':'
}

// prevSpecial marks the bytes before a word that may move its start: '%' (a URL escape),
// '\\' (a literal \n, an escaped ESC), '[' (a raw ESC's colour code) and the bytes of non-ASCII
// text (a label glued to its value).
const prevSpecial = "" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x01\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01" +
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01" +
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01" +
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01"

// gluedLabel returns the length of an ASCII label glued to the identifier after it at i
// (IDAKIA..., IP10.1.2.3, EIP52.196.44.108, EC2i-0a7d..., ARNarn:aws:..., DLQord-sync-dlq,
// GSIgsi-user-id, CloudFrontE1K9ZP4WQ7X2MB), or 0.
func gluedLabel(text []byte, i int) int {
	rest := text[i:]
	for _, l := range [...]string{"ID", "IP", "EIP", "ARN", "EC2", "DLQ", "GSI", "CloudFront"} {
		if !hasPrefix(rest, l) || len(rest) <= len(l)+1 {
			continue
		}
		c := rest[len(l)]
		switch l {
		case "ID":
			if isUpper(c) && isUpper(rest[3]) || isDigit(c) {
				return 2
			}
		case "IP", "EIP":
			if isDigit(c) {
				return len(l)
			}
		case "ARN":
			if hasPrefix(rest[3:], "arn:") {
				return 3
			}
		case "EC2":
			if c == 'i' && rest[4] == '-' {
				return 3
			}
		case "DLQ", "GSI":
			if isLower(c) {
				return 3
			}
		case "CloudFront":
			if c == 'E' && isUpper(rest[11]) {
				return len(l)
			}
		}
	}
	return 0
}

// gluedAccountID reports whether the word [i, e) is twelve digits and one to three lower-case
// letters, at least one of them not a hex digit (so that a hex ID is not cut).
func gluedAccountID(text []byte, i, e int) bool {
	if !allDigits(text[i : i+12]) {
		return false
	}
	nonHex := false
	for _, c := range text[i+12 : e] {
		if !isLower(c) {
			return false
		}
		nonHex = nonHex || c > 'f'
	}
	return nonHex && (i == 0 || !isAlnum(text[i-1]))
}

// spacedAccountID returns the end of an account ID written in three groups of four digits
// with blanks (4417 0293 8856) at i, when a word for an account stands shortly before it on
// its line (account, Account ID, Konto, compte, アカウント), or -1.
func spacedAccountID(text []byte, i int) int {
	for _, g := range [...]int{0, 5, 10} {
		if !allDigits(text[i+g:i+g+4]) || g > 0 && text[i+g-1] != ' ' {
			return -1
		}
	}
	e := i + 14
	if e < len(text) && (isAlnum(text[e]) || text[e] == ' ' && e+1 < len(text) && isDigit(text[e+1])) || i > 0 && isAlnum(text[i-1]) ||
		i > 1 && text[i-1] == ' ' && isDigit(text[i-2]) {
		return -1 // a longer group (a card number, a phone number)
	}
	before := text[lineStart(text, i, 40):i] // on its own line
	for _, w := range [...]string{"account", "konto", "compte", "cuenta", "conta", "アカウント", "账号", "계정"} {
		if mentionsFold(before, w) {
			return e
		}
	}
	return -1
}

// skipKept steps over whole values that are never identifiers and would otherwise cost a
// rule pass per part: ISO timestamps (2024-03-30T09:42:41.123+00:00) and request-style
// UUIDs (a UUID that is a KMS key stands after "key/" or "key ", handled by the ARN and
// prose rules, or after a key such as "KeyId", handled when the key is read).
func (s *scanState) skipKept(i int) int {
	text := s.text
	n := len(text)
	if n-i >= 36 && isUUID(text[i:i+36]) && (i+36 == n || !isAlnum(text[i+36])) {
		if i+38 < n && (text[i+36] == '.' && isAlnum(text[i+37]) || hasPrefix(text[i+36:], "-vpce.")) {
			return -1 // a host's first label (UUID.c7.REGION.airflow.amazonaws.com, an MWAA web server): the host rule reads it
		}
		t := proseBeforeWeak(text, i)
		if t == "kms-key-id" || t == "health-check-id" {
			return -1 // "KMS key 1234abcd-...", "default KMS key: ...", "health check 8c2a41f0-..."
		}
		if s.kvRule >= 0 && (t == "resource-uuid" || uuidNounBefore(text, i) || i >= 5 && text[i-1] == '\t' && string(text[i-5:i-1]) == "\tsub") {
			// (and the CLI's text output of a Cognito user's attributes: ATTRIBUTES<TAB>sub<TAB>UUID)
			s.emit(i, i+36, "resource-id", s.kvRule) // "the Kendra index <uuid>", "멤버십 <uuid> 에서", "(Protection-ID <uuid>)": a resource's ID
			return i + 36
		}
		if i >= 2 && text[i-1] == '(' && text[i-2] == ' ' && i+36 < n && text[i+36] == ')' && s.kvRule >= 0 && len(s.dst) > s.base &&
			s.dst[len(s.dst)-1].end == i-2 && s.dst[len(s.dst)-1].typ != "resource-id" {
			// a UUID in parentheses after a name just read, "la cola orders-vip (dae9e554-...)": the
			// resource's ID, as the name is its name
			s.emit(i, i+36, "resource-id", s.kvRule)
			return i + 36
		}
		if i > 9 && text[i-1] == ':' && s.kvRule >= 0 {
			if r := lastTokenStart(text, i-1); regionLike(text[r : i-1]) {
				s.emit(i, i+36, "resource-id", s.kvRule) // REGION:UUID, a Cognito identity pool's or identity's ID
				return i + 36
			}
		}
		return i + 36
	}
	if n-i < 10 || !isDigit(text[i+1]) || !isDigit(text[i+2]) || !isDigit(text[i+3]) || text[i+4] != '-' ||
		!isDigit(text[i+5]) || !isDigit(text[i+6]) || text[i+7] != '-' || !isDigit(text[i+8]) || !isDigit(text[i+9]) {
		return -1
	}
	if i == 0 || text[i-1] == '\n' {
		return -1 // "aws s3 ls" lines start with a date; the bucket follows
	}
	k := i + 10
	if k+8 < n && (text[k] == 'T' || text[k] == ' ') && isDigit(text[k+1]) && isDigit(text[k+2]) && text[k+3] == ':' {
		k += 3
		for k < n && (isDigit(text[k]) || text[k] == ':' || text[k] == '.') {
			k++
		}
		if k < n && text[k] == 'Z' {
			k++
		} else if k+5 < n && (text[k] == '+' || text[k] == '-') && isDigit(text[k+1]) && isDigit(text[k+2]) {
			k += 3
			for k < n && (isDigit(text[k]) || text[k] == ':') {
				k++
			}
		}
	}
	if k < n && (isAlnum(text[k]) || text[k] == '-' || text[k] == '_') {
		return -1 // part of a name (2024-01-01-backup)
	}
	return k
}

// tryAt runs the rules for the word starting at i and returns the end of what was consumed,
// or -1.
func (s *scanState) tryAt(i int) int {
	return s.runRules(i, s.candidates(s.text[i]))
}

// runRules tries the rules in m (candidates for the word at i) in table order: keyword gates
// and lazy shape conditions first, then the matcher; the first match wins.
func (s *scanState) runRules(i int, m uint64) int {
	d := s.d
	for ; m != 0; m &= m - 1 {
		ri := bits.TrailingZeros64(m)
		if s.kwRules&(1<<ri) != 0 && i > int(s.kwUntil[ri]) && !s.keywordAhead(ri, i) {
			continue
		}
		if d.lazyM&(1<<ri) != 0 {
			if ns := d.noShape[ri]; ns != 0 && s.has(ns) {
				continue
			}
			if sh := d.shape[ri]; sh != 0 && !s.has(sh) {
				continue
			}
		}
		if end := d.table[ri].match(s, i, ri); end > i {
			return end
		}
	}
	return -1
}

// candidates returns the rules that may run at the current word, which starts with byte c:
// enabled (keywords present or not yet looked for), starting with c, and whose cheap shape
// bits fit; rules with lazy shape conditions are checked one by one by the caller.
func (s *scanState) candidates(c byte) uint64 {
	d := s.d
	allow := d.shapeless | d.lazyM
	for b := s.w.bits; b != 0; b &= b - 1 {
		allow |= d.needBit[bits.TrailingZeros32(b)]
	}
	return d.byFirst[c] & s.active & allow
}

// keywordAhead reports whether one of rule ri's keywords occurs at or after i-1 (the byte
// before the word counts). A keyword that ends before that cannot be part of a match at i or
// later, so the rule is skipped, and dropped for the rest of the scan when no keyword occurs
// any more. What is found is remembered: a one-byte keyword ('.', ':') by its last
// occurrence, looked for once from the end (found at once when it is common); a longer one
// ("arn:") by its next occurrence, looked for forward (a backward search of several bytes is
// several times slower) and again only when a word has passed it. Either way the text is read
// at most once per keyword over the whole scan.
func (s *scanState) keywordAhead(ri, i int) bool {
	from := max(0, i-1)
	pos := &s.kwPos[s.d.kwSlot[ri]]
	for k, kw := range s.d.table[ri].keywords {
		p := pos[k]
		switch {
		case p < 0:
			continue // absent from an earlier search start on, so from here too
		case p > 0 && int(p)-1 >= from:
			s.kwUntil[ri] = p
			return true
		case p > 0 && len(kw) == 1:
			continue // the last occurrence is behind
		}
		var j int
		if len(kw) == 1 {
			j = lastByte(s.text[from:], kw[0])
		} else {
			j = indexAnchored(s.text[from:], kw)
		}
		if j >= 0 {
			pos[k] = int32(from + j + 1)
			s.kwUntil[ri] = pos[k]
			return true
		}
		pos[k] = -1
	}
	s.active &^= 1 << ri
	return false
}

// lastByte is bytes.LastIndexByte, quick also for a byte that is rare or absent: the last 256
// bytes are searched backwards (a common byte is found there), the rest forwards with the
// vectorised IndexByte, one jump per occurrence.
func lastByte(b []byte, c byte) int {
	const tail = 256
	if len(b) <= tail {
		return bytes.LastIndexByte(b, c)
	}
	if j := bytes.LastIndexByte(b[len(b)-tail:], c); j >= 0 {
		return len(b) - tail + j
	}
	head := b[:len(b)-tail]
	last := -1
	for off := 0; ; {
		r := bytes.IndexByte(head[off:], c)
		if r < 0 {
			return last
		}
		last = off + r
		off = last + 1
	}
}

// indexAnchored is bytes.Index for a short keyword, searched by its rarest byte: bytes.Index
// stops at every occurrence of the first byte, which for ":@", "://" or "\n--" is at every
// ':' or line of the text; the vectorised IndexByte of a rarer byte ('@', '/') jumps further.
func indexAnchored(b []byte, kw string) int {
	a := 0
	for k := 1; k < len(kw); k++ {
		if byteRarity(kw[k]) > byteRarity(kw[a]) {
			a = k
		}
	}
	for off := a; off < len(b); {
		r := bytes.IndexByte(b[off:], kw[a])
		if r < 0 {
			return -1
		}
		if p := off + r - a; hasPrefix(b[p:], kw) {
			return p
		}
		off += r + 1
	}
	return -1
}

// byteRarity ranks how seldom a byte occurs in AWS output: the common lower-case letters,
// blanks and the punctuation of key-value text most often; then the rarer lower-case letters,
// digits, the common capitals and path separators; then the rarer capitals; then other
// symbols and bytes outside ASCII. (The first keyword byte of the highest rank anchors the
// search: "dms-task-" is looked for by its 'k', not at every 'd'.)
func byteRarity(c byte) int {
	switch {
	case c == ' ' || c == '\n' || c == ':' || c == '-' || c == ',' || c == '.' || c == '"':
		return 0
	case isLower(c):
		if bytes.IndexByte([]byte("fgpwybvkxjqz"), c) >= 0 {
			return 1
		}
		return 0
	case isDigit(c) || c == '/' || c == '_' || c == '=':
		return 1
	case isUpper(c):
		if bytes.IndexByte([]byte("ASCEIRTNDPM"), c) >= 0 {
			return 1
		}
		return 2
	default:
		return 3
	}
}

// tryStructural runs only the structural rules (not context or heuristic ones) at i; used by
// context rules so that a value that is an ID or ARN gets its precise type.
func (s *scanState) tryStructural(i int) int {
	if i >= len(s.text) || !isAlnum(s.text[i]) {
		return -1
	}
	saved := s.w
	defer func() { s.w = saved }()
	s.shapeAt(i, alnumEnd(s.text, i))
	return s.runRules(i, s.candidates(s.text[i])&s.d.structM)
}

// ansiEscape returns where the word after a terminal colour code starts, for the word at i
// after byte p: an escaped ESC (\u001b, \x1b, \033) and its code ([1m, [38;5;124m), or a raw
// ESC's code after '['. It returns i when there is none.
func ansiEscape(text []byte, i int, p byte) int {
	var j int
	switch {
	case p == '\\' && hasPrefix(text[i:], "u001b["):
		j = i + 5
	case p == '\\' && hasPrefix(text[i:], "x1b["):
		j = i + 3
	case p == '\\' && hasPrefix(text[i:], "033["):
		j = i + 3
	case p == '[' && i >= 2 && text[i-2] == 0x1b:
		j = i - 1
	default:
		return i
	}
	k := j + 1
	for k < len(text) && k-j <= 16 && (isDigit(text[k]) || text[k] == ';') {
		k++
	}
	if k >= len(text) || text[k] != 'm' && text[k] != 'K' {
		return i
	}
	return k + 1
}

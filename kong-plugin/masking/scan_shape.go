package masking

// Shape bits of a word start: cheap facts computed once per word, so that a rule whose shape
// cannot fit is not even called (the table's shape field).
const (
	shHyphen1    = 1 << iota // the first alphanumeric run is followed by '-'
	shColon1                 // ... by ':'
	shPct1                   // ... by '%'
	shSlashDot1              // ... by '/' or '.'
	shDot1                   // ... by '.'
	shRun9                   // the run has at least 9 bytes
	shRun16                  // ... at least 16
	shDigits12               // the run is exactly 12 bytes
	shPrevSlash              // the word follows '/' or '$'
	shDotAt                  // the host-name run has a '.' or is followed by '@'
	shNameish                // the name run has '-', '.', a digit or an inner capital, or is long
	shB64                    // the word may be part of a 40-byte base64 secret
	shSep                    // a key separator follows the key run (or a "--" flag precedes)
	shQuotedKey              // ... and the key was quoted ("Key": or \"Key\":): a JSON key
	shUnder1                 // the first alphanumeric run is followed by '_'
	shSlash1                 // ... by '/'
	shBackslash1             // ... by '\\'
)

func alnumEnd(text []byte, i int) int {
	for i < len(text) && byteClass[text[i]]&clAlnum != 0 {
		i++
	}
	return i
}

// Bounds that keep every word's work constant, so a scan is linear whatever the input.
const (
	maxKeyPad  = 64  // blanks between a key and its separator (terraform plan aligns attributes)
	maxNameRun = 256 // longest name or host run looked at (DNS names stop at 253)
	maxKeyRun  = 64  // longest key looked at
)

// Shape groups: the cheap bits are computed at every word start; the name-run and key bits
// only when a rule that needs them is reached.
const (
	shNameGroup = shDotAt | shNameish
	shKeyGroup  = shSep | shQuotedKey
)

// wordShape is the lazily computed shape of the word being tried.
type wordShape struct {
	at, end  int    // the word and the end of its alphanumeric run
	bits     uint32 // known bits
	done     uint32 // groups computed (shNameGroup, shKeyGroup)
	nameEnd  int    // end of the name run (letters, digits, '-', '.')
	hyphen   bool   // the name run has '-'
	dot      bool   // ... '.'
	digit    bool   // ... a digit
	innerCap bool   // ... an upper-case letter right after a lower-case one (CamelCase)
}

// shapeAt starts the shape of the word at i whose alphanumeric run ends at e with the bits
// that need no scanning.
func (s *scanState) shapeAt(i, e int) {
	text := s.text
	n := len(text)
	w := &s.w
	*w = wordShape{at: i, end: e}
	var sh uint32
	var c byte
	if e < n {
		c = text[e]
	}
	switch c {
	case '-':
		sh |= shHyphen1
	case ':':
		sh |= shColon1
	case '%':
		sh |= shPct1
	case '/':
		sh |= shSlashDot1 | shSlash1
	case '.':
		sh |= shSlashDot1 | shDot1
	case '_':
		sh |= shUnder1
	case '\\':
		sh |= shBackslash1
	}
	run := e - i
	if run >= 9 {
		sh |= shRun9
	}
	if run >= 16 {
		sh |= shRun16
	}
	if run == 12 {
		sh |= shDigits12
	}
	if i > 0 && (text[i-1] == '/' || text[i-1] == '$') {
		sh |= shPrevSlash
	}
	if run >= 40 || c == '+' || c == '/' || i > 0 && (text[i-1] == '+' || text[i-1] == '/') {
		sh |= shB64
	}
	w.bits = sh
}

// has reports whether the current word has one of the shape bits in want (small enough to
// be inlined; the lazy groups are computed by hasSlow).
func (s *scanState) has(want uint32) bool {
	if want&(shNameGroup|shKeyGroup)&^s.w.done == 0 {
		return s.w.bits&want != 0
	}
	return s.hasSlow(want)
}

func (s *scanState) hasSlow(want uint32) bool {
	w := &s.w
	if want&shNameGroup != 0 && w.done&shNameGroup == 0 {
		if want&shNameGroup == shDotAt && w.end < len(s.text) {
			// only "is there a host run" is asked: it needs '.', '-', '@', '_' or '+' next
			switch s.text[w.end] {
			case '.', '-', '@', '_', '+', '\\':
			default:
				return w.bits&want != 0
			}
		}
		s.nameShape()
	}
	if want&shKeyGroup != 0 && w.done&shKeyGroup == 0 {
		s.keyShape()
	}
	return w.bits&want != 0
}

// Name-run byte classes (one constant table): a name run is letters, digits, '-' and '.'.
const (
	ncLower  = 1 << iota // a-z
	ncUpper              // A-Z
	ncDigit              // 0-9
	ncHyphen             // '-'
	ncDot                // '.'
	ncUnder              // '_': not a name byte, but a key byte
	ncName   = ncLower | ncUpper | ncDigit | ncHyphen | ncDot
)

const nameClass = "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x08\x10\x00\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x00\x00\x00\x00\x00\x00\x00\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x00\x00\x00\x00\x20\x00\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"

// nameShape scans the name run (letters, digits, '-', '.') once, without a branch per byte
// class: the classes are accumulated and CamelCase is a lower-case bit followed by an
// upper-case one.
func (s *scanState) nameShape() {
	text := s.text
	n := len(text)
	w := &s.w
	w.done |= shNameGroup
	i := w.at
	if i < s.longRunEnd {
		w.nameEnd = i
		return // inside a run already found too long to be a name
	}
	lim := min(n, i+maxNameRun)
	var acc, inner, prev uint8
	k := i
	for k < lim {
		c := nameClass[text[k]] & ncName
		if c == 0 {
			break
		}
		acc |= c
		inner |= prev & (c >> 1) // a lower-case letter, then an upper-case one: CamelCase
		prev = c & ncLower
		k++
	}
	if k == lim && lim < n {
		// longer than any name: not a name; remember where the run ends so that the word
		// starts inside it are not rescanned (linear time on any input)
		for k < n && (byteClass[text[k]]&clHost != 0) {
			k++
		}
		s.longRunEnd = k
		w.nameEnd = i
		return
	}
	x := k
	w.digit, w.hyphen, w.dot, w.innerCap = acc&ncDigit != 0, acc&ncHyphen != 0, acc&ncDot != 0, inner != 0
	letter := acc&(ncLower|ncUpper) != 0
	w.nameEnd = x
	if letter && (w.hyphen || w.dot || w.digit || w.innerCap || x-i >= 10 ||
		x+1 < n && (text[x] == '_' && isAlnum(text[x+1]) || text[x] == '=' && (text[x+1] == '>' || text[x+1] == '#') && (i == 0 || text[i-1] == '\n'))) {
		// (and a psql prompt's database, ledgerdb=> at a line's start)
		w.bits |= shNameish // numbers, versions and ALL-CAPS words are never names; snake_case may be
	}
	if w.dot || x+1 < n && text[x] == '\\' && (text[x+1] == '.' || text[x+1] == '\\') {
		w.bits |= shDotAt // (a regular expression's escaped dot: acme-corp\.com)
		return
	}
	if x < n && (text[x] == '_' || text[x] == '+' || text[x] == '@') {
		if x >= s.atEnd {
			// the run of name bytes, '_' and '+' is read once: every word start inside it
			// reaches the same end (linear time on "a_a_a_...")
			k := x
			for k < n && (byteClass[text[k]]&clHost != 0 || text[k] == '_' || text[k] == '+') {
				k++
			}
			s.atEnd, s.atFound = k, k < n && text[k] == '@'
		}
		if s.atFound {
			w.bits |= shDotAt
		}
	}
}

// keyShape looks for a key separator after the key run (letters, digits, '_', '.', '-').
func (s *scanState) keyShape() {
	text := s.text
	n := len(text)
	w := &s.w
	w.done |= shKeyGroup
	i := w.at
	if i >= 2 && text[i-1] == '-' && (text[i-2] == '-' || curlUserFlag(text, i)) {
		w.bits |= shSep
		return
	}
	if i >= 2 && text[i-1] == '-' && (text[i-2] == ' ' || text[i-2] == '\t') {
		if typ, _ := shortFlagCred(text, i); typ != "" {
			w.bits |= shSep // a database client's credential flag (mysql -pSECRET)
			return
		}
		if (w.end-i == 4 && string(text[i:w.end]) == "code" || w.end-i == 2 && string(text[i:w.end]) == "id") && ssmRegister(text, i) {
			w.bits |= shSep // amazon-ssm-agent -register -code x -id y
			return
		}
		if powerShellParam(text, i, w.end) {
			w.bits |= shSep // Get-IAMRole -RoleName x
			return
		}
	}
	if i < s.longKeyEnd {
		return
	}
	if i < s.keyRunEnd {
		// a word inside a key run already read (the "name" of "function-name:"): what follows
		// the run is the same
		w.bits |= s.keyRunBits
		return
	}
	k := w.end
	if w.done&shNameGroup != 0 && w.nameEnd > k {
		k = w.nameEnd // the name run is a prefix of the key run: do not scan it twice
	}
	for k < n && nameClass[text[k]] != 0 {
		k++
		if k-i >= maxKeyRun {
			for k < n && nameClass[text[k]] != 0 {
				k++
			}
			s.longKeyEnd = k // too long for a key: skip the word starts inside it
			return
		}
	}
	runEnd := k
	var sep uint32
	q0 := k
	if k < n && keyQuote(text[k]) {
		k = keyClose(text, i, k)
	} else if k < n && text[k] == '&' && i > 0 && text[i-1] == ';' {
		k += htmlQuote(text, k) // &quot;key&quot;:
	}
	quoted := k > q0
	for b := 0; k < n && b < maxKeyPad && (text[k] == ' ' || text[k] == '\t'); b++ {
		k++
	}
	if k < n && (text[k] == ':' || text[k] == '=') {
		sep |= shSep
		if quoted && text[k] == ':' {
			sep |= shQuotedKey
		}
	} else if k == runEnd && k+2 < n && text[k] == 0xef && text[k+1] == 0xbc && text[k+2] == 0x9a && i > 0 && text[i-1] >= 0x80 {
		sep |= shSep // ディテクターID：x: a full-width colon after a key glued to CJK text
	} else if !quoted && k > runEnd && k < n && text[k] != '\n' && (lineKey(text, i) || setCommand(text, i) || sqlKMSKeyID(text, i, runEnd, k)) {
		// KEY<blanks>VALUE at the start of a config line, or after "set", and Redshift's
		// kms_key_id '<uuid>' within a line: the key-value rule judges the key
		sep |= shSep
	}
	if !quoted && k < n && text[k] == '>' && xmlOpen(text, i) >= 0 {
		sep |= shSep // an XML element: <Name>acme-logs</Name>, <ds:SignatureValue>...</ds:SignatureValue>
	}
	if quoted && k < n && text[k] == ',' && phpDefine(text, i) {
		sep |= shSep // PHP: define( 'DB_PASSWORD', 'value' );
	}
	if !quoted && k+1 < n && text[k] == '(' && (text[k+1] == '\'' || text[k+1] == '"' || lookupByName(text[i:runEnd])) {
		sep |= shSep // SDK constructors: s3.Bucket('name'), dynamodb.Table("name"); CDK fromRoleName(...)
	}
	w.bits |= sep
	s.keyRunEnd, s.keyRunBits = runEnd, sep
}

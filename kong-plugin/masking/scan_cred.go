package masking

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"slices"
	"unicode"
	"unicode/utf8"
)

// Credentials: passwords, keys and tokens in command lines, connection strings, prose in
// several languages, SQL, router and VPN configs.

// lineKey reports whether the key at i starts its line (after indentation).
func lineKey(text []byte, i int) bool {
	j := indentStart(text, i)
	return j == 0 || text[j-1] == '\n'
}

// indentStart returns where the blanks before i (at most 40: Salt and Ansible indent deep) begin.
func indentStart(text []byte, i int) int {
	j := i
	for j > 0 && i-j < 40 && (text[j-1] == ' ' || text[j-1] == '\t') {
		j--
	}
	return j
}

// spacedSecret reports whether the value at j, written after a secret key with no separator,
// looks like a credential rather than a sentence: one token to the end of the line, with a
// digit or a symbol in it, and not a version (a module table's AWS.Tools.SecurityToken 4.1.712).
func spacedSecret(text []byte, j int) bool {
	e := j
	other := false
	for e < len(text) && text[e] != '\n' && text[e] != '\r' {
		if text[e] == ' ' || text[e] == '\t' {
			return false
		}
		if !isLetter(text[e]) {
			other = true
		}
		e++
	}
	return e-j >= 6 && other && !versionLike(text[j:e])
}

// shortFlagCred reports a credential in a short flag of a database or cache client at i (the
// flag's letter, after " -"): mysql -u USER -pPASSWORD (the password glued to -p), redis-cli
// -a PASSWORD, mongosh -u USER -p PASSWORD, sqlcmd -U USER -P PASSWORD, psql -U USER -d DB. The
// command is the first word of the line (after a shell prompt, sudo and VAR=value
// assignments). It returns the value's type, or "", and whether the value is glued to the
// flag.
func shortFlagCred(text []byte, i int) (typ string, glued bool) {
	if i < 2 || text[i-1] != '-' || text[i-2] != ' ' && text[i-2] != '\t' || i+1 >= len(text) {
		return "", false
	}
	c := text[i]
	glued = text[i+1] != ' ' && text[i+1] != '\t'
	if glued && (c != 'p' || isAlnum(text[i+1]) && alnumEnd(text, i) == i+1) {
		return "", false // only mysql's -p takes a glued value; "-port" is a word
	}
	var want byte
	switch c {
	case 'u', 'p', 'a', 'd':
	case 'U', 'P', 'D':
	default:
		return "", false
	}
	if want = dbClient(lineCommand(text, i)); want == 0 {
		if want = clientInLine(text, i); want == 0 {
			// a command continued on this line (cqlsh host 9142 --ssl \ NEWLINE -u x -p y):
			// the client is the previous line's
			ls := lineStart(text, i, 256)
			if ls < 3 || text[ls-2] != '\\' {
				return "", false
			}
			if want = dbClient(lineCommand(text, ls-2)); want == 0 {
				return "", false
			}
		}
	}
	switch {
	case c == 'u' && (want == 'm' || want == 'g'), c == 'U' && (want == 's' || want == 'q'):
		return "db-username", glued
	case c == 'p' && want == 'm' && glued, c == 'p' && want == 'g' && !glued, c == 'a' && want == 'r' && !glued,
		c == 'P' && want == 's':
		return "password", glued
	case c == 'd' && (want == 'q' || want == 's') && !glued, c == 'D' && want == 'm' && !glued:
		return "database-name", false // psql -d DB, sqlcmd -d DB, mysql -D DB
	}
	return "", false
}

// lineStart returns the start of the line that holds i, looking back at most limit bytes:
// i-limit when no line break stands in between.
func lineStart(text []byte, i, limit int) int {
	from := max(0, i-limit)
	return from + bytes.LastIndexByte(text[from:i], '\n') + 1
}

// dbClient classifies a database or cache client by its command name: 'm' mysql, 'r'
// redis-cli, 'g' mongosh, 's' sqlcmd, 'q' psql; 0 for any other command.
func dbClient(cmd []byte) byte {
	switch string(cmd) {
	case "mysql", "mysqldump", "mysqladmin", "mysqlsh", "mariadb", "mariadb-dump":
		return 'm'
	case "redis-cli", "valkey-cli", "keydb-cli":
		return 'r'
	case "mongosh", "mongo", "mongodump", "mongorestore", "mongoexport", "mongoimport", "cqlsh":
		return 'g'
	case "sqlcmd", "bcp":
		return 's'
	case "psql", "pg_dump", "pg_dumpall", "pg_restore", "createdb", "dropdb", "vacuumdb":
		return 'q'
	}
	return 0
}

// clientInLine finds a client command named before i on the same line, reading at most 256
// bytes back: first the last one quoted in prose, after a backtick, a quote or "$(" (run
// `psql -h db -U app` to check); else the last one run inside the line, by its path or its
// name after a blank (osquery's cmdline column: "| host | /usr/local/bin/pg_dump -h x -U
// user db |").
func clientInLine(text []byte, i int) byte {
	from := lineStart(text, i, 256)
	var quoted, inside byte
	for k := from; k < i; k++ {
		switch text[k] {
		case '`', '"', '\'', '(':
			e := k + 1
			for e < i && text[e] != ' ' && text[e] != '\t' {
				e++
			}
			if w := dbClient(text[k+1 : e]); w != 0 {
				quoted = w
			}
		case ' ', '/':
			e := k + 1
			for e < i && text[e] != ' ' && text[e] != '\t' && text[e] != '/' {
				e++
			}
			if e < i && text[e] == ' ' {
				if w := dbClient(text[k+1 : e]); w != 0 {
					inside = w
				}
			}
		}
	}
	if quoted != 0 {
		return quoted
	}
	return inside
}

// lineCommand returns the base name of the command that the line holding i runs: its first
// word after a shell prompt ("$ ", "user@host:~$ ", "[user@host ~]$ "), "sudo" and VAR=value
// assignments. It reads at most 512 bytes back.
func lineCommand(text []byte, i int) []byte {
	from := max(0, i-512)
	ls := lineStart(text, i, 512)
	if ls == from && from > 0 {
		return nil // the line is longer than we look back
	}
	k := ls
	for p := ls; p+1 < min(i, ls+96); p++ {
		if c := text[p]; (c == '$' || c == '#' || c == '>' || c == '%') && text[p+1] == ' ' {
			k = p + 2 // after a prompt: $, user@host:~$, [user@host ~]$, PS C:\>
			break
		}
	}
	for {
		for k < i && (text[k] == ' ' || text[k] == '\t' || text[k] == '$' || text[k] == '#' || text[k] == '>') {
			k++
		}
		e := k
		for e < i && text[e] != ' ' && text[e] != '\t' {
			e++
		}
		w := text[k:e]
		if e >= i || len(w) == 0 {
			return nil
		}
		if string(w) == "sudo" || bytes.IndexByte(w, '=') > 0 {
			k = e
			continue
		}

		if p := bytes.LastIndexByte(w, '/'); p >= 0 {
			w = w[p+1:]
		}
		return w
	}
}

// flagCred masks the value of a short credential flag at i (see shortFlagCred). It returns
// the end of the value, or -1.
func (s *scanState) flagCred(i int, typ string, glued bool, ri int) int {
	text := s.text
	v := i + 1
	if !glued {
		v = skipBlanks(text, v)
	}
	v, quote := valueStart(text, v)
	e := v
	for e < len(text) && e-v < 256 && text[e] != '\n' && (quote != 0 && text[e] != quote || quote == 0 && text[e] != ' ' && text[e] != '\t') {
		e++
	}
	if e == v || placeholder(text[v:e]) || text[v] == '$' || text[v] == '-' {
		return -1
	}
	if typ != "password" && (genericDBName(text[v:e]) || stopWord(text[v:e])) {
		return e // root, admin, postgres: the engine's own user names say nothing
	}
	s.emit(v, e, typ, ri)
	return e
}

// phpDefine reports whether the key at i is the first argument of PHP's define( or of an
// environment lookup with a default (os.environ.get("DB_PASS", "x"), os.getenv(...)): the
// quote before it, blanks and "define(", "environ.get(" or "getenv(".
func phpDefine(text []byte, i int) bool {
	if i < 1 || text[i-1] != '\'' && text[i-1] != '"' {
		return false
	}
	k := i - 1
	for k > 0 && (text[k-1] == ' ' || text[k-1] == '\t') {
		k--
	}
	b := text[:k]
	return hasSuffix(b, "define(") || hasSuffix(b, "environ.get(") || hasSuffix(b, "getenv(")
}

// curlUserFlag reports a "-u" flag (curl's user:password) at i.
func curlUserFlag(text []byte, i int) bool {
	return i >= 2 && text[i] == 'u' && text[i-1] == '-' && text[i-2] == ' ' && i+2 < len(text) && text[i+1] == ' '
}

// userPass masks a user:password credential at v (curl -u, --user): the user name and the
// password. It returns the end of the credential, or -1 when it has no password.
func (s *scanState) userPass(v, ri int) int {
	text := s.text
	v, quote := valueStart(text, v)
	e := v
	for e < len(text) && text[e] > ' ' && text[e] != quote && text[e] != '"' && text[e] != '\'' && e-v < 256 {
		e++
	}
	c := bytes.IndexByte(text[v:e], ':')
	if c > 0 && bytes.Contains(text[v:e], []byte("://")) {
		return -1 // beeline -u "jdbc:hive2://host:10000/db": a URL, which the URL rules read
	}
	ps, pe := v+c+1, e
	if c > 0 && ps == e && e < len(text) && (text[e] == '\'' || text[e] == '"') && quote == 0 {
		// curl -u user:'pa$$word': only the password is quoted (the shell would expand it)
		if q := bytes.IndexByte(text[e+1:min(len(text), e+130)], text[e]); q > 0 {
			ps, pe = e+1, e+1+q
		}
	}
	if c <= 0 || ps >= pe || placeholder(text[v:pe]) {
		return -1
	}
	if u := text[v : v+c]; !genericDBName(u) && !stopWord(u) {
		s.emit(v, v+c, "username", ri)
	}
	s.emit(ps, pe, "password", ri)
	return pe
}

// nbspAt returns the width of a no-break space at j (U+00A0, or U+202F as French puts
// before ':'), or 0.
func nbspAt(text []byte, j int) int {
	if j+1 < len(text) && text[j] == 0xc2 && text[j+1] == 0xa0 {
		return 2
	}
	if j+2 < len(text) && text[j] == 0xe2 && text[j+1] == 0x80 && text[j+2] == 0xaf {
		return 3
	}
	return 0
}

// matchProsePassword: a password written in a sentence after the word password (or passwd,
// passwort): "reset svc-x's password to Rad!ology-Sync-2026", "the password was `Fahrw3rk!24`".
// Up to three short linking words may stand between; the value is one token of eight bytes
// or more with a letter, a digit and a symbol, so that prose ("password was rotated") is left
// alone.
func matchProsePassword(s *scanState, i, ri int) int {
	text := s.text
	e := s.w.end
	if e+4 < len(text) && string(text[e:e+4]) == "-nya" {
		e += 4 // Indonesian: password-nya x (its password)
	}
	if e-i < 3 || e-i > 12 || e >= len(text) || text[e] != ' ' && text[e] != ':' && nbspAt(text, e) == 0 {
		return -1 // a word of a sentence, or a label: password: x (French puts a no-break space before ':')
	}
	if i > 0 && text[i-1] != ' ' && text[i-1] != '\n' && text[i-1] != '`' && text[i-1] != '"' && text[i-1] != '(' &&
		text[i-1] != '*' {
		return -1 // part of an identifier (DB_PASSWORD, ${PASSWORD})
	}
	var buf [12]byte
	w, _ := foldASCII(buf[:], text[i:s.w.end])
	switch string(w) {
	case "password", "passwd", "passwort", "kennwort", "senha", "parola", "parool", "parol", "sandi", "wachtwoord", "wagwoord", "heslo", "heslem",
		"laluan", "mdp", "lozinka", "lozinku", "lozinke", "nenosiri":
	case "passe":
		if i < 7 || !bytes.EqualFold(text[i-7:i], []byte("mot de ")) {
			return -1 // French: mot de passe
		}
	default:
		return -1
	}
	if hasPrefix(text[e:], " for '") {
		// git's credential prompt: Password for 'https://user@host': VALUE (the URL is read by
		// the URL rule; the value after the prompt is the password)
		q := e + 6
		for q < len(text) && q-e < 256 && text[q] != '\'' && text[q] != '\n' {
			q++
		}
		if q+3 < len(text) && text[q] == '\'' && text[q+1] == ':' && text[q+2] == ' ' {
			v := q + 3
			ve := v
			for ve < len(text) && ve-v < 128 && text[ve] > ' ' {
				ve++
			}
			if ve-v >= 8 {
				s.emit(v, ve, "password", ri)
				return ve
			}
		}
		return -1
	}
	j := e
	subject := [2]int{-1, -1} // whose password: "the password of app_pgto is ..."
	linked := false           // the word before the value says it is the value: "the password is zQ4mN8vT2k"
	for words := 0; words <= 6; words++ {
		colon := false // the value follows a label's colon: "mdp de secours : Guerande56"
		for j < len(text) && j-e < 64 {
			if text[j] == ' ' || text[j] == ':' || text[j] == '=' || text[j] == '`' || text[j] == '"' || text[j] == '\'' || text[j] == '(' {
				colon = colon || text[j] == ':'
				j++
			} else if w := nbspAt(text, j); w > 0 {
				j += w
			} else {
				break
			}
		}
		v := j
		for j < len(text) && j-v < 128 && text[j] > ' ' && text[j] != '`' && text[j] != '"' && text[j] != '\'' {
			j++
		}
		for j > v && (text[j-1] == '.' || text[j-1] == ',' || text[j-1] == ';' || text[j-1] == ')') {
			j-- // the sentence's punctuation
		}
		if credentialToken(text[v:j]) || (words == 0 || colon || linked) && (sqlQuoted(text, v, j) || mixedCaseDigits(text[v:j])) {
			// (to s.early: the words between are still scanned, as a second pass would scan
			// them once the password is a token)
			if subject[0] >= 0 {
				s.addEarly(match{start: subject[0], end: subject[1], typ: "db-username", rule: ri})
			}
			s.addEarly(match{start: v, end: j, typ: "password", rule: ri})
			return -1
		}
		if j-v >= 4 && j-v <= 32 && userLike(text[v:j]) {
			subject = [2]int{v, j} // the last such word before the value (dell'utente break-glass eks-emergenza è x)
			continue
		}
		var lb [16]byte
		lw, _ := lowerASCII(lb[:], text[v:min(j, v+13)])
		if len(lw) > 1 && lw[len(lw)-1] == ':' {
			lw = lw[:len(lw)-1] // kata sandi baru: x
		}
		switch string(lw) {
		case "to", "is", "was", "now", "set", "reset", "changed", "of", "for", "as", "ist", "war", "auf", "lautet", "=",
			"current", "new", "the", "user", "account", "de", "du", "do", "da", "des", "der", "dem", "mit",
			"actuel", "actuelle", "actuellement", "atual", "nova", "novo", "neue", "neues", "nouveau", "est", "é",
			"rds", "db", "database", "dell", "dell’utente", "utente", "è", "di", "della", "nuova",
			"attuale", "adalah", "baru", "lama", "yeni", "eski", "secours", "compte", "applicatif", "technique", "le", "la":
			linked = string(lw) == "is" || string(lw) == "was" || string(lw) == "ist" || string(lw) == "lautet" || string(lw) == "est"
		default:
			return -1
		}
	}
	return -1
}

// cjkPasswords finds passwords, tokens and external IDs after a word for one in a script
// outside ASCII: Korean, Japanese, Chinese, Vietnamese, Russian, Turkish, Polish, Thai,
// Arabic, Persian, Hebrew, Greek, Hindi, Bengali, Tamil, Amharic, Swedish, Romanian,
// Icelandic or Spanish (비밀번호 : x, 패스워드：x, 초기 암호「x」, 비밀번호는 x, AUTH 토큰 : x,
// パスワード: x, 密码是x, 密碼：x, contraseña: x, mật khẩu là x, пароль: x, şifresi: x, hasło to
// x, รหัสผ่านคือ x, הסיסמה היא x, የይለፍ ቃል፦ x, 외부 ID는 「x」, a WorkSpaces 登録コード x): the value is one token of
// eight bytes or more with a letter and a digit. The matches go to s.early (run sorts it), so
// that no rule masks a piece of the password (Hp#RootDev_19) first. The text is read once:
// ASCII eight bytes at a time, and at each byte that starts a character outside ASCII only
// the words that start with it are compared.
func (s *scanState) cjkPasswords() {
	text := s.text
	if !s.high {
		return // every word it looks for has a byte outside ASCII
	}
	// each word is looked for by a part that starts outside ASCII; lead is what must stand
	// before that part
	words := [...]struct {
		lead, word string
		tail       bool // the word may go on (пароля, şifresi, hasłem): skip its letters
	}{{"", "비밀번호", false}, {"", "패스워드", false}, {"", "비번", false}, {"", "암호", false}, {"", "토큰", false}, {"", "トークン", false},
		{"", "시크릿", false}, {"", "パスワード", false}, {"", "密码", false}, {"", "密碼", false}, {"contrase", "ña", false},
		{"m", "ật khẩu", false}, {"", "парол", true}, {"", "Парол", true}, {"", "şifre", true}, {"", "Şifre", true},
		{"has", "ł", true}, {"", "รหัสผ่าน", false}, {"", "كلمة المرور", false}, {"", "كلمة السر", false},
		{"", "סיסמה", false}, {"", "סיסמא", false}, {"", "κωδικ", true}, {"", "Κωδικ", true}, {"", "पासवर्ड", false},
		{"l", "ösen", true}, {"parol", "ă", false}, {"", "シークレットキー", false}, {"", "シークレットアクセスキー", false},
		{"", "登録コード", false}, {"", "등록 코드", false},
		{"", "পাসওয়ার্ড", false}, {"", "கடவுச்சொல்", false}, {"", "رمز عبور", false}, {"", "የይለፍ ቃል", false}, {"lykilor", "ð", false},
		{"", "پاس ورڈ", false}, {"", "ਪਾਸਵਰਡ", false}, {"", "పాస్\u200cవర్డ్", false}, {"", "ಪಾಸ್\u200cವರ್ಡ್", false}, {"", "പാസ്\u200cവേഡ്", false},
		{"", "પાસવર્ડ", false}, {"", "මුරපදය", false}, {"", "စကားဝှက်", false}, {"", "ពាក្យសម្ងាត់", false}, {"", "ລະຫັດຜ່ານ", false},
		{"", "Нууц үг", false}, {"", "Құпия сөз", false}, {"", "პაროლი", false}, {"", "Գաղտնաբառ", false}, {"", "Şifrə", false},
		{"", "외부 ID", false}, {"", "外部ID", false}, {"", "外部 ID", false}}
	const _ = uint64(64 - len(words)) // first holds a bit per word: a 65th word is a compile error, not a word never found
	var first [64]uint64              // by a word's first byte (0xC0 to 0xFF): the words that start with it
	for ki, kw := range words {
		first[kw.word[0]&63] |= 1 << ki
	}
	for p := 0; p < len(text); {
		for p+8 <= len(text) && binary.LittleEndian.Uint64(text[p:])&swarHi == 0 {
			p += 8 // ASCII
		}
		if p >= len(text) {
			break
		}
		c := text[p]
		if c < 0xC0 {
			p++ // ASCII, or a character's continuation byte
			continue
		}
		next := p + 1
		for m := first[c&63]; m != 0; m &= m - 1 {
			ki := bits.TrailingZeros64(m)
			kw := words[ki]
			if !hasPrefix(text[p:], kw.word) {
				continue
			}
			if l := p - len(kw.lead); kw.lead != "" && (l < 0 || !hasPrefixFold(text[l:], kw.lead)) {
				continue // ña without contrase, ật khẩu without m
			}
			typ := "password"
			if ki >= len(words)-3 {
				typ = "external-id" // a cross-account role's shared secret
			}
			if e := s.cjkPasswordAfter(p+len(kw.word), kw.tail, typ); e > next {
				next = e
			}
		}
		p = next
	}
}

// cjkPasswordAfter reads the value after a password's word that ends at at (see
// cjkPasswords), and adds it to s.early. It returns the value's end, or -1.
func (s *scanState) cjkPasswordAfter(at int, tail bool, typ string) int {
	text := s.text
	j := at
	if tail {
		j = wordTail(text, j)
	}
	// a particle (비밀번호는, 암호를, 密码是, 密码为, mật khẩu là) or up to three words of a
	// sentence (la contraseña actual del usuario es: x, mật khẩu mới: x), then blanks and
	// punctuation
	for _, pt := range [...]string{"는", "은", "가", "이", "를", "을", "도", "로", "는요", "是", "为", "為", "：", "は", "が", "mới", " là", " mới", " es", " actual", " nueva", " del", " de",
		"คือ", " to", " olarak", " —", " –", " היא"} {
		if hasPrefix(text[j:], pt) {
			j += len(pt)
			if pt[0] == ' ' && hasPrefix(text[j:], " es") {
				j += 3
			}
			break
		}
	}
	for trimmed := true; trimmed; {
		trimmed = false
		for _, sep := range [...]string{" ", ":", "=", "`", "\"", "'", "(", "\u3000", "\uff1a", "\u300c", "\u300e", "\uff08", "\u1366", "\u1361", "\u055d"} {
			if hasPrefix(text[j:], sep) && j-at < 24 {
				j, trimmed = j+len(sep), true
			}
		}
	}
	v := j
	for j < len(text) && j-v < 128 && text[j] > ' ' && text[j] < 0x80 && text[j] != '`' && text[j] != '"' && text[j] != '\'' {
		j++
	}
	for j > v && (text[j-1] == '.' || text[j-1] == ',' || text[j-1] == ';' || text[j-1] == ')') {
		j--
	}
	if val := text[v:j]; len(val) >= 8 && (credentialToken(val) || hasLetterRun(val, 1) && hasDigitByte(val) && !tokenLike(val) &&
		!bytes.ContainsAny(val, "-./:")) {
		s.early = append(s.early, match{start: v, end: j, typ: typ, rule: s.pwRule})
		return j
	}
	return -1
}

// wordTail returns the end of the letters (Latin or Cyrillic, up to eight) that continue a
// word at j: the inflection of a password's noun (пароля, şifresi, hasło).
func wordTail(text []byte, j int) int {
	for n := 0; n < 8 && j < len(text); n++ {
		r, w := utf8.DecodeRune(text[j:])
		if r >= 0x500 || !unicode.IsLetter(r) {
			break
		}
		j += w
	}
	return j
}

// cryptHash reports a crypt(3)-style hash ($1$, $5$, $6$, $8$, $9$, $sha512$...,
// $pbkdf2-sha512$...): it begins with '$' like a placeholder, but is the credential itself.
func cryptHash(v []byte) bool {
	if len(v) < 6 || v[0] != '$' {
		return false
	}
	d := bytes.IndexByte(v[1:min(len(v), 18)], '$')
	if d <= 0 || len(v) < d+6 {
		return false
	}
	for _, c := range v[1 : d+1] {
		if !isAlnum(c) && (c != '-' || d <= 7) {
			return false
		}
	}
	return true
}

// sqlPassword reads the password of SQL that sets one, after the word IDENTIFIED ending at
// j: CREATE/ALTER USER ... IDENTIFIED BY 'x' (MySQL, also IDENTIFIED WITH plugin BY 'x' and
// the \'x\' of a quoted statement in an audit log; Oracle, quoted or not). The value joins
// s.early (the words before it are still scanned).
func (s *scanState) sqlPassword(j int) {
	text := s.text
	n := len(text)
	if !bytes.EqualFold(text[j-10:j], []byte("identified")) || j >= n || text[j] != ' ' {
		return
	}
	id := j - 10
	j++
	if hasPrefixFold(text[j:], "with ") { // IDENTIFIED WITH mysql_native_password BY
		k := j + 5
		for k < n && isWord(text[k]) {
			k++
		}
		j = skipBlanks(text, k)
	}
	if !hasPrefixFold(text[j:], "by ") {
		return
	}
	j = skipBlanks(text, j+3)
	if hasPrefixFold(text[j:], "password ") {
		j = skipBlanks(text, j+9) // IDENTIFIED BY PASSWORD '*hash'
	}
	vs, quote := valueStart(text, j)
	if hasPrefix(text[j:], "\\'") {
		vs, quote = j+2, '\'' // inside a quoted statement (an audit log): \'x\'
	}
	if vs >= n || text[vs] == '<' || text[vs] == '?' || text[vs] == ':' || text[vs] == '%' || text[vs] == '$' && quote == 0 {
		return // a redaction or a bind parameter
	}
	ve := vs
	for ve < n && ve-vs < 256 && text[ve] != '\n' && text[ve] != '\\' &&
		(quote != 0 && text[ve] != quote || quote == 0 && text[ve] > ' ' && text[ve] != ';' && text[ve] != ',') {
		ve++
	}
	v := text[vs:ve]
	if ve == vs || tokenLike(v) || quote == 0 && (len(v) < 6 || !hasDigitByte(v) || !hasLetterRun(v, 1)) {
		return // (unquoted, as Oracle allows, it must look like a password: "identified by the card holder")
	}
	s.addEarly(match{start: vs, end: ve, typ: "password", rule: s.pwRule})
	s.sqlUser(id)
}

// sqlUser reads the account a SQL statement gives a password, the word before IDENTIFIED at
// id: CREATE/ALTER USER name, Oracle's database link CONNECT TO name. It joins s.late, where
// it stays unless a match overlaps it.
func (s *scanState) sqlUser(id int) {
	text := s.text
	ue := id - 1
	if ue < 1 || text[ue] != ' ' {
		return
	}
	us := ue
	for us > 0 && ue-us < 64 && (isWord(text[us-1]) || text[us-1] == '$' || text[us-1] == '#') {
		us--
	}
	if us == ue || us < 4 || text[us-1] != ' ' {
		return
	}
	before := text[max(0, us-12) : us-1]
	if !hasSuffixFold(before, "connect to") && !hasSuffixFold(before, " user") && !bytes.EqualFold(before, []byte("user")) {
		return
	}
	if u := text[us:ue]; acceptValue(u, "db-username", modeName) && !commonWord(u) && !genericDBName(u) {
		s.late = append(s.late, match{start: us, end: ue, typ: "db-username", rule: s.pwRule}) // (the scan has passed it)
	}
}

// addEarly inserts m into s.early, which stays sorted by start.
func (s *scanState) addEarly(m match) {
	k := len(s.early)
	for k > 0 && s.early[k-1].start > m.start {
		k--
	}
	s.early = slices.Insert(s.early, k, m)
}

// netSecret reads the secret a router's or VPN's configuration gives after the word [i, e):
// FortiOS "set psksecret x", strongSwan's ipsec.secrets ": PSK "x"", Junos "ascii-text "x"",
// Cisco and PAN-OS "pre-shared-key [address ip] key x", and a BGP neighbor's "password x".
// The value goes to s.early (the words before it are still scanned).
func (s *scanState) netSecret(i, e int) {
	text := s.text
	n := len(text)
	j := -1
	switch string(text[i:e]) {
	case "psksecret", "requirepass", "masterauth":
		j = e
	case "PSK":
		if i >= 2 && text[i-1] == ' ' && text[i-2] == ':' {
			j = e
		}
	case "ascii":
		if hasPrefix(text[e:], "-text") {
			j = e + 5
		}
	case "pre":
		if hasPrefix(text[e:], "-shared-key ") {
			le := lineEnd(text, e)
			if k := bytes.Index(text[e:le], []byte(" key ")); k >= 0 {
				j = e + k + 4 // IOS: pre-shared-key address X key VALUE
			} else if p := skipBlanks(text, e+11); p < le && text[p] == '{' {
				// PAN-OS: pre-shared-key {\n key VALUE; }
				if k := bytes.Index(text[p:min(n, p+64)], []byte("key ")); k >= 0 {
					j = p + k + 3
				}
			} else if !hasPrefix(text[p:], "ascii-text") && !hasPrefix(text[p:], "hexadecimal") {
				j = e + 11 // ASA: ikev1 pre-shared-key VALUE (Junos' ascii-text VALUE is read at its own word)
			}
		}
	case "Pre":
		if hasPrefix(text[e:], "-Shared Key") {
			// the configuration file AWS generates for a VPN connection: - Pre-Shared Key : VALUE
			le := lineEnd(text, e)
			if k := bytes.IndexByte(text[e:le], ':'); k >= 0 {
				j = e + k + 1
			}
		}
	case "authentication":
		if hasPrefix(text[e:], "-key ") {
			j = e + 4 // Junos: authentication-key "VALUE"; ## SECRET-DATA (a BGP session's)
		}
	case "key":
		// FortiOS' diagnose vpn tunnel list: esp=aes key=16 HEX, ah=sha256 key=32 HEX (an SA's keys)
		if e+4 < n && text[e] == '=' && isDigit(text[e+1]) {
			d := e + 1
			l := 0
			for d < n && isDigit(text[d]) && l < 1000 {
				l = l*10 + int(text[d]-'0')
				d++
			}
			if d+1+2*l <= n && text[d] == ' ' && l >= 8 && allHex(text[d+1:d+1+2*l]) && (d+1+2*l == n || !isAlnum(text[d+1+2*l])) {
				s.addEarly(match{start: d + 1, end: d + 1 + 2*l, typ: "password", rule: s.pwRule})
			}
			return
		}
		if i < 7 || string(text[i-7:i]) != "isakmp " {
			return
		}
		j = e // IOS: crypto isakmp key VALUE address X
	case "username":
		// IOS and ASA: username NAME [privilege 15] secret|password [TYPE] VALUE
		if ls := lineStart(text, i, 64); len(bytes.TrimLeft(text[ls:i], " \t")) == 0 && e < n && text[e] == ' ' {
			us := e + 1
			ue := us
			for ue < n && text[ue] > ' ' {
				ue++
			}
			le := lineEnd(text, e)
			k := bytes.Index(text[ue:le], []byte(" secret "))
			if k < 0 {
				k = bytes.Index(text[ue:le], []byte(" password "))
			}
			if k < 0 || ue == us {
				return
			}
			if u := text[us:ue]; !stopWord(u) && !genericDBName(u) {
				s.addEarly(match{start: us, end: ue, typ: "username", rule: s.pwRule})
			}
			j = skipBlanks(text, ue+k+1) // at "secret" or "password"
			for j < le && text[j] > ' ' {
				j++
			}
			if p := skipBlanks(text, j); p+1 < n && isDigit(text[p]) && text[p+1] == ' ' {
				j = p + 1 // the encryption type: secret 9 <value>, password 7 <value>
			}
		}
	case "neighbor":
		if ls := lineStart(text, i, 64); len(bytes.TrimLeft(text[ls:i], " \t")) == 0 {
			le := lineEnd(text, e)
			if k := bytes.Index(text[e:le], []byte(" password ")); k >= 0 {
				j = e + k + 9
				if p := skipBlanks(text, j); p+1 < n && isDigit(text[p]) && text[p+1] == ' ' {
					j = p + 1 // Cisco's encryption type: password 7 <value>
				}
			}
		}
	}
	if j < 0 {
		return
	}
	if j < n && text[j] != ' ' && text[j] != '\t' {
		return
	}
	vs, quote := valueStart(text, skipBlanks(text, j))
	ve := vs
	for ve < n && ve-vs < 256 && text[ve] != '\n' && text[ve] != '\r' && (quote != 0 && text[ve] != quote || quote == 0 && text[ve] > ' ' && text[ve] != ';') {
		ve++
	}
	v := text[vs:ve]
	if len(v) < 6 || placeholder(v) || tokenLike(v) {
		return
	}
	s.addEarly(match{start: vs, end: ve, typ: "password", rule: s.pwRule})
}

// k8sSecretData masks the values of a Kubernetes Secret's data or stringData map, whose key
// is text[i:k] (called for those keys only): every value there is a credential (base64 in
// data, plain in stringData), whatever its key says (DATABASE_URL holds a user, a password
// and a host). The map is a YAML manifest's top-level key, "kind: Secret" in the same
// document, or kubectl's JSON ("data": {...} near "kind": "Secret"). The values join s.early
// (the keys are scanned as usual).
func (s *scanState) k8sSecretData(i, k int) {
	text := s.text
	n := len(text)
	if i > 0 && text[i-1] == '"' {
		// kubectl get secret -o json: "data": {"KEY": "base64", ...}
		if !hasPrefix(text[k:], `": {`) || !bytes.Contains(text[max(0, i-4096):min(n, i+8192)], []byte(`"kind": "Secret"`)) {
			return
		}
		end := k + 4 + bytes.IndexByte(text[k+4:min(n, k+8192)], '}')
		if end < k+4 {
			return
		}
		for p := k + 4; p < end; {
			v := bytes.Index(text[p:end], []byte(`": "`)) // "KEY": "VALUE": the value is the second string
			if v < 0 {
				break
			}
			vs := p + v + 4
			ve := vs + bytes.IndexByte(text[vs:end], '"')
			if ve < vs {
				break
			}
			if ve > vs && !placeholder(text[vs:ve]) {
				s.addEarly(match{start: vs, end: ve, typ: "password", rule: s.pwRule})
			}
			p = ve + 1
		}
		return // the keys are scanned as usual; the values wait in s.early
	}
	if i > 0 && text[i-1] != '\n' || !hasPrefix(text[k:], ":\n") && !hasPrefix(text[k:], ":\r\n") {
		return
	}
	// the manifest runs between "---" lines
	start := bytes.LastIndex(text[max(0, i-8192):i], []byte("\n---")) + max(0, i-8192) + 1
	end := bytes.Index(text[k:min(n, k+8192)], []byte("\n---"))
	if end < 0 {
		end = min(n, k+8192)
	} else {
		end += k
	}
	if !bytes.Contains(text[start:end], []byte("\nkind: Secret")) && !hasPrefix(text[start:], "kind: Secret") {
		return
	}
	ls := k + 1 + bytes.IndexByte(text[k:], '\n')
	for ls < end {
		le := lineEnd(text, ls)
		if le == ls || text[ls] != ' ' {
			break // the map ends at a line that is not indented
		}
		if c := bytes.Index(text[ls:le], []byte(": ")); c > 0 {
			vs := skipBlanks(text, ls+c+2)
			ve := le
			for ve > vs && (text[ve-1] == ' ' || text[ve-1] == '\r') {
				ve--
			}
			if ve > vs && (text[vs] == '"' || text[vs] == '\'') && text[ve-1] == text[vs] {
				vs, ve = vs+1, ve-1
			}
			if ve > vs && text[vs] != '|' && text[vs] != '>' && !placeholder(text[vs:ve]) {
				s.addEarly(match{start: vs, end: ve, typ: "password", rule: s.pwRule})
			}
		}
		ls = le + 1
	}
}

// credForms finds credentials in forms no key names: a Go MySQL DSN
// (user:password@tcp(host:3306)/db), a MySQL password hash (*<40 hex>) and a Redis ACL
// password hash (#<64 hex> on a "user" line). The matches join s.early (run sorts it).
func (s *scanState) credForms() {
	text := s.text
	n := len(text)
	for at := 0; ; {
		p := bytes.Index(text[at:], []byte("@tcp("))
		if p < 0 {
			break
		}
		a := at + p
		at = a + 5
		c := a
		for c > 0 && a-c < 128 && text[c-1] != ':' && text[c-1] > ' ' && text[c-1] != '"' && text[c-1] != '\'' {
			c--
		}
		u := c - 1
		for u > 0 && c-u < 64 && (isWord(text[u-1]) || text[u-1] == '.' || text[u-1] == '-') {
			u--
		}
		if c <= 0 || text[c-1] != ':' || u >= c-1 || c >= a {
			continue
		}
		s.early = append(s.early, match{start: u, end: c - 1, typ: "db-username", rule: s.pwRule},
			match{start: c, end: a, typ: "password", rule: s.pwRule})
		if r := bytes.IndexByte(text[a:min(n, a+300)], ')'); r > 0 && a+r+1 < n && text[a+r+1] == '/' {
			d := a + r + 2
			e := d
			for e < n && (isWord(text[e]) || text[e] == '-') {
				e++
			}
			if e > d {
				s.early = append(s.early, match{start: d, end: e, typ: "database-name", rule: s.pwRule})
			}
		}
	}
	for at := 0; ; {
		// Oracle's USER/PASSWORD@ALIAS, found by its '@' (rarer than any of its keywords)
		p := bytes.IndexByte(text[at:], '@')
		if p < 0 {
			break
		}
		a := at + p
		at = a + 1
		if t := oracleConnectStart(text, a); t >= 0 {
			s.oracleConnect(t)
		}
	}
	for _, h := range [...]struct {
		mark byte
		n    int
	}{{'*', 40}, {'#', 64}} {
		for at := 0; ; {
			p := bytes.IndexByte(text[at:], h.mark)
			if p < 0 {
				break
			}
			v := at + p + 1
			at = v
			if v+h.n > n || v+h.n < n && isAlnum(text[v+h.n]) || v >= 2 && isAlnum(text[v-2]) || !allHex(text[v:v+h.n]) {
				continue
			}
			if h.mark == '#' && !aclUserLine(text[lineStart(text, v, 256):]) {
				continue // a Redis ACL rule's password hash; other # hex (a commit, a colour) is not
			}
			s.early = append(s.early, match{start: v, end: v + h.n, typ: "password-hash", rule: s.pwRule})
			at = v + h.n
		}
	}
}

// aclUserLine reports whether line is a Redis ACL rule (user NAME on #HASH ...), also as
// redis-cli prints a list's items (1) "user NAME on ...").
func aclUserLine(line []byte) bool {
	k := 0
	for k < len(line) && k < 12 && (isDigit(line[k]) || line[k] == ')' || line[k] == ' ' || line[k] == '"') {
		k++
	}
	return hasPrefix(line[k:], "user ")
}

// redisAuth reads Redis's AUTH command at a (the word AUTH) when it starts a line or follows
// a redis-cli prompt (127.0.0.1:6379> AUTH user password, AUTH password): the user and the
// password join s.early.
func (s *scanState) redisAuth(a int) {
	text := s.text
	if a >= 3 && text[a-1] == '"' && text[a-2] == ' ' && text[a-3] == ']' {
		s.redisMonitorAuth(a)
		return
	}
	if a > 0 && text[a-1] != '\n' && (a < 2 || text[a-1] != ' ' || text[a-2] != '>') {
		return
	}
	var toks [3]seg
	nt := 0
	for k := a + 4; nt < len(toks) && k < len(text) && (text[k] == ' ' || text[k] == '\t'); {
		for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
			k++
		}
		e := k
		for e < len(text) && text[e] > ' ' && text[e] <= '~' && text[e] != '"' && text[e] != '\'' {
			e++
		}
		if e == k || e < len(text) && text[e] != ' ' && text[e] != '\n' && text[e] != '\r' && text[e] != '\t' {
			return
		}
		toks[nt] = seg{k, e, e, 0}
		nt++
		k = e
	}
	s.redisCredentials(toks[:nt], "<$") // (a placeholder: AUTH <password>, AUTH $REDIS_PASSWORD)
}

// redisMonitorAuth reads an AUTH command as MONITOR prints it (TIME [DB ADDR] "AUTH" "user"
// "password"): each argument quoted, '"' and '\\' escaped. The user and the password join
// s.early.
func (s *scanState) redisMonitorAuth(a int) {
	text := s.text
	n := len(text)
	if a+5 >= n || text[a+4] != '"' {
		return
	}
	var toks [3]seg
	nt := 0
	for k := a + 5; nt < len(toks) && k+1 < n && text[k] == ' ' && text[k+1] == '"'; {
		st := k + 2
		e := st
		for e < n && e-st < 256 && text[e] != '"' && text[e] != '\n' {
			if text[e] == '\\' {
				e++
			}
			e++
		}
		if e >= n || text[e] != '"' {
			return
		}
		toks[nt] = seg{st, e, e, 0}
		nt++
		k = e + 1
	}
	s.redisCredentials(toks[:nt], "(") // (SLOWLOG's "(redacted)")
}

// redisCredentials adds AUTH's arguments ([password] or [user, password]) to s.early: the
// user unless it is "default", and the password unless it is shorter than six bytes or
// starts with one of refuse's bytes (a placeholder's).
func (s *scanState) redisCredentials(toks []seg, refuse string) {
	if len(toks) == 0 || len(toks) > 2 {
		return
	}
	text := s.text
	pw := toks[len(toks)-1]
	if pw.end-pw.start < 6 {
		return
	}
	for k := 0; k < len(refuse); k++ {
		if text[pw.start] == refuse[k] {
			return
		}
	}
	if len(toks) == 2 && string(text[toks[0].start:toks[0].end]) != "default" {
		s.addEarly(match{start: toks[0].start, end: toks[0].end, typ: "db-username", rule: s.pwRule})
	}
	s.addEarly(match{start: pw.start, end: pw.end, typ: "password", rule: s.pwRule})
}

// aclPasswords reads the items after ACL GETUSER's "passwords" (at is past its closing quote):
// each line N) 1) "HASH" holds a password's SHA-256, which joins s.early.
func (s *scanState) aclPasswords(at int) {
	text := s.text
	for l, k := 0, at; l < 4; l++ {
		k = lineEnd(text, k) + 1
		q := k
		for q < len(text) && q-k < 16 && (isDigit(text[q]) || text[q] == ')' || text[q] == ' ') {
			q++
		}
		if q+66 > len(text) || text[q] != '"' || text[q+65] != '"' || !allHex(text[q+1:q+65]) {
			return
		}
		s.addEarly(match{start: q + 1, end: q + 65, typ: "password-hash", rule: s.pwRule})
	}
}

// hasHighByte reports whether b has a byte outside ASCII, 32 bytes at a time.
func hasHighByte(b []byte) bool {
	const hi = swarHi
	k := 0
	for ; k+32 <= len(b); k += 32 {
		c := b[k : k+32 : k+32]
		if (binary.LittleEndian.Uint64(c)|binary.LittleEndian.Uint64(c[8:])|binary.LittleEndian.Uint64(c[16:])|
			binary.LittleEndian.Uint64(c[24:]))&hi != 0 {
			return true
		}
	}
	for ; k+8 <= len(b); k += 8 {
		if binary.LittleEndian.Uint64(b[k:])&hi != 0 {
			return true
		}
	}
	for ; k < len(b); k++ {
		if b[k] >= 0x80 {
			return true
		}
	}
	return false
}

// userLike: one word that names a user or account in prose: letters and digits joined by
// '_' or '-', with a joiner or a digit (app_pgto, admin_mv, svc-01), not a common word.
func userLike(v []byte) bool {
	joiner, digit := false, false
	for _, c := range v {
		switch {
		case c == '_' || c == '-':
			joiner = true
		case isDigit(c):
			digit = true
		case !isLetter(c):
			return false
		}
	}
	return (joiner || digit) && isLetter(v[0]) && !commonWord(v) && !genericDBName(v)
}

// sqlQuoted reports whether [v, j) is a quoted string right after the keyword (SQL's
// CREATE USER x PASSWORD 'x', ALTER ROLE x WITH PASSWORD 'x') with letters and digits: the
// quotes make it a value even without a symbol.
func sqlQuoted(text []byte, v, j int) bool {
	if v < 2 || j >= len(text) || text[v-1] != '\'' || text[v-2] != ' ' || text[j] != '\'' || j-v < 8 {
		return false
	}
	var cls uint8
	for _, c := range text[v:j] {
		cls |= byteClass[c]
	}
	return cls&clLetter != 0 && cls&clDigit != 0 && !tokenLike(text[v:j])
}

// mixedCaseDigits: eight bytes or more of letters and digits with an upper- and a lower-case
// letter and a digit (Knedlik2026): right after a word for password, a password.
func mixedCaseDigits(v []byte) bool {
	if len(v) < 8 || len(v) > 64 {
		return false
	}
	cls, ok := alnumClasses(v)
	return ok && cls&clUpper != 0 && cls&clLower != 0 && cls&clDigit != 0 && !tokenLike(v)
}

// credentialToken: one token of eight to 128 bytes with a letter, a digit and a symbol.
func credentialToken(v []byte) bool {
	if len(v) < 8 {
		return false
	}
	var letter, digit, symbol bool
	for _, c := range v {
		switch {
		case isLetter(c):
			letter = true
		case isDigit(c):
			digit = true
		case c < 0x80:
			symbol = true
		}
	}
	if !letter || !digit || !symbol || tokenLike(v) {
		return false
	}
	if tok := tokenIn(v); tok != nil {
		// a token inside (#AWS_CHAT_CHANNEL_001, a second pass over masked text) stands for
		// its original: a credential only when its type names one
		return credentialTokenType(tok)
	}
	return true
}

// tokenIn returns the first token (AWS_TYPE_001) inside v, or nil.
func tokenIn(v []byte) []byte {
	for off := 0; ; {
		t := bytes.Index(v[off:], []byte("AWS_"))
		if t < 0 {
			return nil
		}
		t += off
		if e := tokenEnd(v, t); e > 0 {
			return v[t:e]
		}
		off = t + 4
	}
}

// credentialTokenType reports a token whose type is a credential's (AWS_PASSWORD_001,
// AWS_SECRET_KEY_001, AWS_API_TOKEN_002).
func credentialTokenType(tok []byte) bool {
	return bytes.Contains(tok, []byte("PASSWORD")) || bytes.Contains(tok, []byte("SECRET")) ||
		bytes.Contains(tok, []byte("TOKEN")) || bytes.Contains(tok, []byte("KEY")) || bytes.Contains(tok, []byte("CREDENTIAL"))
}

// pwStop reports whether c ends a password-shaped token: blanks, quotes, brackets, list and
// key separators, and bytes outside ASCII.
func pwStop(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '"', '\'', '`', '<', '>', '(', ')', '[', ']', '{', '}', ',', ';', '|', '\\', '=', ':':
		return true
	}
	return c < ' ' || c > '~'
}

// matchShapedPassword reads the token around the word at i (the scan loop calls it when a
// password mark stands next to the word) and reports it as a password when it has the shape
// people give passwords with no cue in front of them: 8 to 64 bytes of upper- and lower-case
// letters, digits and a mark inside (Cert!Tributo#2026, Kx9#vTq2!mLr84Zw, $5$salt$hash).
// What else carries such marks is not read: paths and URLs ('/'), hosts, e-mails and class
// names ('.'), templates ('{'), a word and a number (Issue#1234), single-table keys
// (ORDER#2024x), '$' before two hex digits (the console's URL escapes), a leading '!', '#'
// or '@' (a negation, a heading, a mention), a '*' not between letters or digits (a glob,
// Markdown emphasis).
func matchShapedPassword(s *scanState, i, ri int) int {
	text := s.text
	n := len(text)
	a := i
	for a > 0 && i-a <= 64 && !pwStop(text[a-1]) {
		a--
	}
	if n := len(s.dst); n > s.base && s.dst[n-1].end > a {
		return -1
	}
	b := i
	for b < n && b-a <= 64 && !pwStop(text[b]) {
		b++
	}
	for b > i && (text[b-1] == '.' || text[b-1] == '?') {
		b-- // the end of a sentence
	}
	if b-a < 8 || b-a > 64 || a > 0 && !pwStop(text[a-1]) || b < n && (!pwStop(text[b]) && text[b] != '.' && text[b] != '?' || text[b] == ':' || text[b] == '=' && b+1 < n && (text[b+1] == '"' || text[b+1] == '\'' || isAlnum(text[b+1]))) {
		// (a token before ':' or '=' is a key, a variable or a console URL's fragment:
		// #InstanceDetails:instanceId=, Mermaid's $c4ShapeInRow="3")
		return -1
	}
	if a >= 3 && text[a-1] == ':' && isDigit(text[a-2]) && isDigit(text[a-3]) && isDigit(text[a]) {
		return -1 // a time's seconds and what follows (2026-11-24T22:41:09Z#f0b3, a sort key)
	}
	if b < n && text[b] == ';' && htmlEntityEnd(text[a:b]) {
		return -1 // an HTML entity ends it (role&#x2F;name, a Confluence export's '/'): markup, not a password
	}
	if b-a >= 20 && cryptHash(text[a:b]) && countByte(text[a:b], '$') >= 3 {
		s.emit(a, b, "password", ri) // a password's crypt hash ($6$salt$..., $2y$10$...), whatever its key
		return b
	}
	if !passwordShaped(text[a:b]) || a >= 5 && string(text[a-5:a]) == "user:" {
		return -1 // (Budgets' and Cost Explorer's tag filters: user:CostCenter$cc-4471)
	}
	if hasSuffix(text[:a], "task: ") || hasSuffix(text[:a], "step: ") {
		return -1 // an Azure Pipelines task at its major version (task: S3Upload@1)
	}
	s.emit(a, b, "password", ri)
	return b
}

// passwordShaped reports whether w (a whole token) has the shape of a password; see
// matchShapedPassword.
func passwordShaped(w []byte) bool {
	var cls uint8
	marks, other, digitRun, parts, mixed := 0, 0, 0, 0, false
	var part uint8 // classes of the alphanumeric part being read
	for k, c := range w {
		cl := byteClass[c]
		if cl&clAlnum != 0 {
			cls |= cl
			part |= cl
			if cl&clDigit != 0 {
				digitRun++
				if digitRun >= 12 {
					return false // an account ID inside (aws#team#Role#123456789012)
				}
			} else {
				digitRun = 0
			}
			continue
		}
		digitRun = 0
		if part != 0 {
			parts++
			mixed = mixed || part&clDigit != 0 && part&clLetter != 0
			part = 0
		}
		switch c {
		case '/', '.', '{', '}':
			return false
		case '!', '#', '@':
			if k > 0 {
				marks++
			}
		case '$':
			if k+2 >= len(w) || !isUpperHex(w[k+1]) || !isUpperHex(w[k+2]) {
				marks++
			}
		case '*':
			if k > 0 && k < len(w)-1 && isAlnum(w[k-1]) && isAlnum(w[k+1]) {
				marks++ // not a glob's or emphasis's star (**Step1Fix**)
			}
		}
		other++
	}
	if part != 0 {
		parts++
		mixed = mixed || part&clDigit != 0 && part&clLetter != 0
	}
	if marks == 0 || cls&clLower == 0 || cls&clUpper == 0 || cls&clDigit == 0 {
		return false
	}
	if other == 1 && parts == 2 && !mixed {
		return false // Issue#1234, Ticket#4471
	}
	if k := bytes.IndexByte(w, '#'); k >= 2 && allUpperLetters(w[:k]) {
		return false // a single-table key: ORDER#2024-11x, GYM#shibuya-02
	}
	return true
}

// isUpperHex reports whether c is a digit or an upper-case hex letter.
func isUpperHex(c byte) bool { return isDigit(c) || c >= 'A' && c <= 'F' }

// echoBasic reads the quoted ID:SECRET that "echo -n" or "printf" pipes to base64, whose
// "base64" starts at i: the secret (and the ID, unless masked already) are credentials.
func (s *scanState) echoBasic(i int) {
	text := s.text
	q := i - 3
	for q > 0 && text[q] == ' ' {
		q--
	}
	if q < 2 || text[q] != '\'' && text[q] != '"' {
		return
	}
	ls := lineStart(text, q, 256)
	o := bytes.LastIndexByte(text[ls:q], text[q])
	if o < 0 {
		return
	}
	o += ls
	if before := text[ls:o]; !bytes.Contains(before, []byte("echo ")) && !bytes.Contains(before, []byte("printf ")) {
		return
	}
	c := bytes.LastIndexByte(text[o+1:q], ':')
	if c < 0 {
		return
	}
	c += o + 1
	secret := text[c+1 : q]
	if len(secret) < 8 || bytes.ContainsAny(secret, " $") || tokenLike(secret) {
		return // (a variable, $CLIENT_SECRET, is no secret of its own)
	}
	if id := text[o+1 : c]; len(id) >= 2 && !tokenLike(id) && !bytes.ContainsAny(id, " $") && !stopWord(id) {
		if s.lastEnd() <= o+1 {
			s.emit(o+1, c, "username", s.pwRule)
		}
	}
	if s.lastEnd() <= c+1 {
		s.emit(c+1, q, "password", s.pwRule)
	}
}

// connectUsing reads Db2's "CONNECT TO DB USER NAME USING PASSWORD" at its "using" [i, e): the
// user before it and the password after it (bare or quoted) are the customer's. It returns the
// password's end, or -1.
func (s *scanState) connectUsing(i, e int) int {
	text := s.text
	u := i - 1 // the user: the word before " using", after "user "
	us := u
	for us > 0 && i-us < 64 && (isWord(text[us-1]) || text[us-1] == '.' || text[us-1] == '-') {
		us--
	}
	if us == u || us < 5 || text[us-1] != ' ' || !hasSuffixFold(text[:us-1], "user") || us >= 6 && isAlnum(text[us-6]) ||
		!bytesContainsFold(text[lineStart(text, us, 128):us], "connect to ") {
		return -1
	}
	vs, quote := valueStart(text, e+1)
	ve := valueEnd(text, vs, quote, modeSecret)
	if ve <= vs {
		return -1
	}
	if v := text[us:u]; !stopWord(v) && !placeholder(v) {
		s.emit(us, u, "db-username", s.pwRule)
	}
	if v := text[vs:ve]; !placeholder(v) && !tokenLike(v) {
		s.emit(vs, ve, "password", s.pwRule)
	}
	return ve
}

// credWordLens holds, for each first byte (two bytes per entry, little-endian), the lengths
// (bit n: n bytes) of the words credWord reads: the scan loop calls it only for those.
const credWordLens = "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x90\x00\x00\x00\x10\x00\x00\x00\x00\x04\x10\x00\x00\x00\x60\x00\x10\x04\x10\x00\xe0\x01\x80\x00\x08\x00\x10\x01\x00\x00\xe8\x01\x00\x00\x00\x00\xe0\x01\x20\x00\x70\x00\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x3c\x42\x40\x00\x10\x00\x00\x00\x00\x00\x18\x00\x00\x00\x60\x00\x10\x04\x10\x00\xe8\x01\xc0\x00\x08\x04\x00\x01\x00\x00\xe8\x03\x00\x00\x00\x08\xe0\x01\x20\x00\x78\x01\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"

// credWord reads the words that announce a credential or a value on the same line: password
// and its translations (a value may follow in prose), routers' and VPNs' secret keywords,
// SQL's IDENTIFIED BY, Redis' AUTH, requirepass, masterauth and ACL GETUSER's "passwords", ExternalId in prose, sshd's
// "for" and "user", kinit, a Windows home directory (C:\Users\x), the keys of Windows' ipconfig /all, AWS Support's case numbers,
// Pulumi's URNs, "as" after a database's address, SQL's keywords before a table's name, and
// SES's _amazonses record. It returns the end of what was consumed, or -1.
func (s *scanState) credWord(i, e int) int {
	text := s.text
	n := len(text)
	c := text[i]
	l := e - i
	if s.pwRule >= 0 && (l >= 5 && l <= 8 && (c|0x20 == 'p' && text[i+1]|0x20 == 'a' && (text[i+2]|0x20 == 's' || text[i+2] == 'r') ||
		c|0x20 == 'k' && text[i+1] == 'e' && text[i+2] == 'n' || c|0x20 == 's' && (text[i+1] == 'e' || text[i+1] == 'a') && text[i+2] == 'n' ||
		c|0x20 == 'h' && text[i+1] == 'e' && text[i+2] == 's' || c == 'l' && text[i+1] == 'a' && text[i+2] == 'l' ||
		c|0x20 == 'l' && text[i+1] == 'o' && text[i+2] == 'z' || l == 8 && c|0x20 == 'n' && text[i+1] == 'e' && text[i+2] == 'n') ||
		(l == 10 || l == 8) && c|0x20 == 'w' && text[i+1] == 'a') {
		// password, passwd, passwort, (mot de) passe, Kennwort, senha, parola, parool, (kata)
		// sandi, wachtwoord, wagwoord, heslo, (kata) laluan, lozinka, nenosiri: a value may
		// follow in prose
		s.w = wordShape{at: i, end: e}
		if end := matchProsePassword(s, i, s.pwRule); end > i {
			return end
		}
	}
	sqlNext := s.kvRule >= 0 && e+1 < n && text[e] == ' ' && (isLetter(text[e+1]) || text[e+1] == '"' || text[e+1] == '`' || text[e+1] == '_' || text[e+1] == '\'' || text[e+1] == ' ' || text[e+1] == '\\')
	switch l {
	case 2:
		if s.pwRule >= 0 && c == 'a' && text[i+1] == 's' && i > 0 && text[i-1] == ' ' {
			s.connectAs(i, e) // db.example.com:5432 as app_user: the user a client connects as
		}
	case 3:
		if s.csvRule >= 0 && s.csvSep == 0 && c == 'a' && text[i+1] == 'w' && text[i+2] == 's' && i > 0 && text[i-1] == ' ' {
			ls := i - 1
			for ls > 0 && i-ls <= 16 && text[ls-1] == ' ' {
				ls--
			}
			if ls == 0 || text[ls-1] == '\n' {
				s.queryProjection(ls) // a command indented in a loop or a script: its projection types the rows after the loop
			}
		}
		if s.pwRule >= 0 && (c == 'p' || c == 'P' || c == 'k' && text[i+1] == 'e' && text[i+2] == 'y') {
			s.netSecret(i, e) // PSK "x" (strongSwan), pre-shared-key x, key=16 HEX (FortiOS)
		}
		if s.pwRule >= 0 && c|0x20 == 'm' && text[i+1]|0x20 == 'd' && text[i+2]|0x20 == 'p' {
			s.w = wordShape{at: i, end: e}
			if end := matchProsePassword(s, i, s.pwRule); end > i {
				return end // French: mdp : x (mot de passe)
			}
		}
		if s.kvRule >= 0 && c == 'f' && text[i+1] == 'o' && text[i+2] == 'r' {
			s.sshdUser(e) // sshd: Accepted publickey for x from 10.0.0.5
		}
		if s.kvRule >= 0 && c == 'u' && text[i+1] == 'r' && text[i+2] == 'n' && hasPrefix(text[e:], ":pulumi:") {
			return s.pulumiURN(e + 8) // urn:pulumi:STACK::PROJECT::TYPE::NAME
		}
	case 4:
		switch {
		case s.pwRule >= 0 && c == 'A' && string(text[i+1:e]) == "UTH":
			s.redisAuth(i) // Redis: AUTH user password
		case s.pwRule >= 0 && c == 'a' && string(text[i+1:e]) == "uth" && e < n && text[e] == ' ' && hasSuffix(text[:i], "stats "):
			if end := s.userPass(e+1, s.pwRule); end > e {
				return end // HAProxy: stats auth user:password
			}
		case s.kvRule >= 0 && (c == 'c' || c == 'C') && (string(text[i+1:e]) == "ase" || string(text[i+1:e]) == "aso"):
			s.supportCase(e) // AWS Support: case 17731588420, Case ID: 17731588420, (caso 7688711500)
		case sqlNext && sqlTableWord(text[i:e]):
			s.sqlQualified(i, e) // SQL: FROM db.table, JOIN db.table, INSERT INTO db.table
		case s.kvRule >= 0 && c == 'u' && string(text[i+1:e]) == "ser":
			s.sshdUser(e) // sshd: Invalid user x from 10.0.0.5; session opened for user x(uid=1004)
		case s.kvRule >= 0 && c == 'U' && string(text[i+1:e]) == "ser":
			s.sshConfigUser(i, e) // ~/.ssh/config:   User dbadmin
		case s.kvRule >= 0:
			s.ipconfigDots(i, e) // Windows' ipconfig /all: Host Name . . . : x
		}
	case 5:
		if s.kvRule >= 0 && c == 'U' && string(text[i+1:e]) == "sers" {
			s.windowsHomeUser(i, e) // C:\Users\NAME\.aws\credentials
		}
		if s.pwRule >= 0 && c == 'a' {
			s.netSecret(i, e) // ascii-text "x" (Junos)
		}
		if s.kvRule >= 0 && c == 'k' && string(text[i+1:e]) == "init" {
			s.kinitUser(e) // kinit m.oyelaran, kinit -kt /etc/x.keytab svc_x/host@REALM
		}
		if s.pwRule >= 0 && c|0x20 == 'u' && (string(text[i+1:e]) == "sing" || string(text[i+1:e]) == "SING") && e+1 < n && text[e] == ' ' {
			if end := s.connectUsing(i, e); end > e {
				return end // Db2: CONNECT TO db USER name USING password
			}
		}
		if sqlNext && sqlTableWord(text[i:e]) {
			s.sqlQualified(i, e) // SQL: CREATE TABLE db.table
		}
	case 6:
		if sqlNext && sqlTableWord(text[i:e]) {
			s.sqlQualified(i, e) // SQL: UPDATE db.table
		}
		if s.pwRule >= 0 && c == 'b' && string(text[i+1:e]) == "ase64" && i >= 4 && text[i-1] == ' ' && text[i-2] == '|' {
			s.echoBasic(i) // echo -n 'CLIENT_ID:CLIENT_SECRET' | base64: an HTTP Basic credential being built
		}
	case 7:
		if s.kvRule >= 0 {
			s.ipconfigDots(i, e) // Windows' ipconfig /all: Physical Address. . . : x
		}
	case 8:
		if s.pwRule >= 0 && (c == 'n' || c == 'u') {
			s.netSecret(i, e) // neighbor x password y, username x secret 9 y
		}
	case 9:
		switch {
		case s.pwRule >= 0 && c == 'p' && i > 0 && text[i-1] == '"' && e < n && text[e] == '"' && string(text[i+1:e]) == "asswords":
			s.aclPasswords(e + 1) // Redis: ACL GETUSER's password hashes
		case s.pwRule >= 0 && c == 'p':
			s.netSecret(i, e) // set psksecret x (FortiOS)
		case s.kvRule >= 0 && c == 'a' && i > 0 && text[i-1] == '_' && string(text[i+1:e]) == "mazonses":
			s.sesVerification(e) // _amazonses TXT "token": SES's domain verification token
		}
	case 10, 11:
		if s.pwRule >= 0 && (c == 'm' && string(text[i+1:e]) == "asterauth" || c == 'r' && string(text[i+1:e]) == "equirepass") {
			s.netSecret(i, e) // Redis: CONFIG SET requirepass x, --masterauth x
		}
		if s.pwRule >= 0 && c|0x20 == 'i' && text[i+1]|0x20 == 'd' {
			s.sqlPassword(e) // SQL: IDENTIFIED BY 'x'
		}
		if s.pwRule >= 0 && c == 'E' && string(text[i+1:e]) == "xternalId" {
			s.externalID(e) // prose: "with sts:ExternalId c7Hq2Lz9Wm4Rb8Tx"
		}
	case 14:
		if s.pwRule >= 0 && c == 'a' && string(text[i+1:e]) == "uthentication" {
			s.netSecret(i, e) // Junos: authentication-key "x"
		}
	}
	return -1
}

// externalID reads the value after the word ExternalId in prose (e is past the word): a
// cross-account role's shared secret, when it has a credential's shape. It joins s.early.
func (s *scanState) externalID(e int) {
	text := s.text
	if e+1 >= len(text) || text[e] != ' ' {
		return
	}
	v := e + 1
	ve := v
	for ve < len(text) && ve-v < 96 && (isAlnum(text[ve]) || text[ve] == '-' || text[ve] == '_') {
		ve++
	}
	if mixedCaseDigits(text[v:ve]) || credentialToken(text[v:ve]) {
		s.addEarly(match{start: v, end: ve, typ: "external-id", rule: s.pwRule})
	}
}

// ipconfigDots calls ipconfigLine when dots lead from the word at [i, e) to a value
// (". . ." right after it, or after one blank).
func (s *scanState) ipconfigDots(i, e int) {
	text := s.text
	if e+3 < len(text) && (text[e] == '.' && text[e+1] == ' ' && text[e+2] == '.' || text[e] == ' ' && text[e+1] == '.' && text[e+2] == ' ' && text[e+3] == '.') {
		s.ipconfigLine(i, e)
	}
}

// connectAs reads "ADDRESS:PORT[/DB] as USER" around the word "as" at [i, e): a client's log
// line names the database user it connects as after the endpoint. A database endpoint of AWS's
// (…rds.amazonaws.com, …redshift.amazonaws.com) needs no port, and its address may follow it in
// parentheses; after a sign-in verb (log in as x) the word is a user's name. The user joins
// s.early.
func (s *scanState) connectAs(i, e int) {
	text := s.text
	p := i - 1 // the blank before "as"
	if p > 2 && text[p-1] == ')' {
		// ENDPOINT (10.1.2.3) as USER: the address resolved, in parentheses
		o := p - 2
		for o > 0 && p-o < 48 && text[o] != '(' {
			o--
		}
		if text[o] != '(' || o == 0 || text[o-1] != ' ' {
			return
		}
		p = o - 1
	}
	typ := "db-username"
	q := p
	if q > 1 && (text[q-1] == '\'' || text[q-1] == '"' || text[q-1] == '`') {
		q-- // 'ENDPOINT:3306' as 'USER': DMS's log quotes both
	}
	if loginBefore(text, p) {
		typ = "username" // "lets me log in as admin-kestrel", "logged in as svc_deploy" (a user's name, not a plain word)
	} else if !dbEndpointBefore(text, q) && !portBefore(text, q) {
		return
	}
	v := e + 1
	var quote byte
	if v+1 < len(text) && q < p && text[v] == text[q] {
		quote = text[v]
		v++
	}
	if e >= len(text) || text[e] != ' ' || v >= len(text) || !isLetter(text[v]) {
		return
	}
	ve := v
	for ve < len(text) && ve-v < 64 && (isWord(text[ve]) || text[ve] == '.' || text[ve] == '-') {
		ve++
	}
	for ve > v && text[ve-1] == '.' {
		ve-- // the sentence's end
	}
	if ve < len(text) && text[ve] == ':' && typ == "username" || quote != 0 && (ve == len(text) || text[ve] != quote) {
		return // logged in as arn:aws:sts::...: the ARN is read on its own; a quoted user ends at its quote
	}
	if u := text[v:ve]; acceptValue(u, typ, modeName) && !commonWord(u) && (typ != "username" || !allLetters(u)) {
		s.addEarly(match{start: v, end: ve, typ: typ, rule: s.pwRule})
	}
}

// loginBefore reports whether the words that end at p say someone signs in (log in, logged in,
// signed in, login), so the word after "as" is the account's user.
func loginBefore(text []byte, p int) bool {
	b := text[max(0, p-10):p]
	for _, w := range [...]string{"log in", "logged in", "login", "logging in", "sign in", "signed in", "signing in"} {
		if hasSuffixFold(b, w) && (len(b) == len(w) || !isLetter(b[len(b)-len(w)-1])) {
			return true
		}
	}
	return false
}

// portBefore reports whether the token that ends at p is HOST:PORT or HOST:PORT/DB, the host
// with a letter and a '.' (not a clock time: at 10:30 as planned).
func portBefore(text []byte, p int) bool {
	d := p
	for d > 0 && p-d < 64 && isWord(text[d-1]) {
		d--
	}
	// the token before ends with :PORT or :PORT/DB
	if d < p && !allDigits(text[d:p]) {
		if d == 0 || text[d-1] != '/' {
			return false
		}
		d--
		for d > 0 && p-d < 80 && isDigit(text[d-1]) {
			d--
		}
	}
	if d == 0 || text[d-1] != ':' || !isDigit(text[d]) {
		return false
	}
	h := d - 1
	dots, letters := 0, 0
	for h > 0 && d-h < 256 && (isAlnum(text[h-1]) || text[h-1] == '.' || text[h-1] == '-') {
		h--
		if text[h] == '.' {
			dots++
		} else if isLetter(text[h]) {
			letters++
		}
	}
	return dots > 0 && letters > 0
}

// dbEndpointBefore reports whether the token that ends at p is an RDS or Redshift endpoint
// (written without its port).
func dbEndpointBefore(text []byte, p int) bool {
	h := p
	for h > 0 && p-h < 256 && (isAlnum(text[h-1]) || text[h-1] == '.' || text[h-1] == '-' || text[h-1] == '_') {
		h--
	}
	host := text[h:p]
	return hasSuffixFold(host, ".amazonaws.com") && (bytesContainsFold(host, ".rds.") || bytesContainsFold(host, ".redshift"))
}

// sqlTableWord: the SQL keywords a table's name follows (FROM, JOIN, INTO, TABLE, UPDATE), in
// upper or lower case.
func sqlTableWord(w []byte) bool {
	var buf [6]byte
	l, ok := lowerASCII(buf[:], w)
	if !ok {
		return false
	}
	switch string(l) {
	case "from", "join", "into", "table", "update":
		return true
	}
	return false
}

// oracleConnect reads an Oracle connect string at p, after rman's target or catalog,
// sqlplus, expdp's userid= or CONNECT: USER/PASSWORD@ALIAS (rcat_owner/Rc4t!pw@RCATDB). The
// user, the password and the TNS alias join s.early; "target /" (the OS's authentication) and
// a string without '@' are left alone.
func (s *scanState) oracleConnect(p int) {
	text := s.text
	if p < len(text) && (text[p] == '\'' || text[p] == '"') {
		p++
	}
	u := p
	for u < len(text) && u-p <= 64 && (isWord(text[u]) || text[u] == '$' || text[u] == '#') {
		u++
	}
	if u == p || u >= len(text) || text[u] != '/' || u-p > 64 {
		return
	}
	w := u + 1
	for w < len(text) && w-u <= 128 && text[w] > ' ' && text[w] != '@' && text[w] != '\'' {
		w++
	}
	if w == u+1 || w >= len(text) || text[w] != '@' || text[w-1] == '"' && w == u+2 {
		return
	}
	a := w + 1
	e := a
	for e < len(text) && e-a <= 64 && (isWord(text[e]) || text[e] == '.' || text[e] == '-') {
		e++
	}
	s.early = append(s.early, match{start: p, end: u, typ: "db-username", rule: s.pwRule})
	pw := seg{u + 1, w, w, 0}
	if text[pw.start] == '"' && text[w-1] == '"' {
		pw.start, pw.end = pw.start+1, w-1 // a quoted password: "Brk#Dba!2026xQ"
	}
	s.early = append(s.early, match{start: pw.start, end: pw.end, typ: "password", rule: s.pwRule})
	if e > a && (e == len(text) || text[e] != '.' && text[e] != ':') && !stopWord(text[a:e]) {
		s.early = append(s.early, match{start: a, end: e, typ: "database-name", rule: s.pwRule}) // the TNS alias (a host has its own rules)
	}
}

// htmlEntityEnd reports whether w ends with an HTML entity's body before its ';': &#x2F,
// &#47, &amp.
func htmlEntityEnd(w []byte) bool {
	a := bytes.LastIndexByte(w, '&')
	if a < 0 || a+2 > len(w) {
		return false
	}
	e := w[a+1:]
	if e[0] == '#' {
		for _, c := range e[1:] {
			if !isAlnum(c) {
				return false
			}
		}
		return len(e) >= 2 && len(e) <= 8
	}
	return len(e) <= 6 && allLowerLetters(e)
}

// oracleConnectStart returns where the Oracle connect string whose '@' is at a starts, when
// it follows rman's target or catalog, sqlplus, expdp's userid= or CONNECT (at a line's start
// or SQL*Plus's prompt); -1 otherwise.
func oracleConnectStart(text []byte, a int) int {
	t := a
	slash := false
	for t > 0 && a-t < 200 && text[t-1] > ' ' {
		t--
		slash = slash || text[t] == '/'
	}
	if !slash || t == a {
		return -1
	}
	if hasPrefix(text[t:], "userid=") {
		return t + len("userid=") // expdp userid=USER/PASSWORD@ALIAS
	}
	u := t
	for u > 0 && text[u-1] == ' ' {
		u--
	}
	ls := lineStart(text, u, 256)
	kw := 0
	for _, w := range [...]string{"sqlplus", "target", "catalog", "connect"} {
		if hasSuffix(text[ls:u], w) && (u-len(w) == ls || !isAlnum(text[u-len(w)-1])) {
			kw = len(w)
		}
	}
	switch {
	case kw == 0:
		return -1
	case kw == 7 && hasSuffix(text[ls:u], "connect") && u-kw != ls && !hasSuffix(text[ls:u-kw], "SQL> "):
		return -1 // connect x at a line's start or SQL*Plus's prompt
	case (kw == 6 || hasSuffix(text[ls:u], "catalog")) && !bytesContainsFold(text[ls:u], "rman"):
		return -1 // rman target x / catalog x: RMAN's connections, not "the target group/x@y"
	}
	return t
}

// amplifyStorageKey reads the key Amplify stores a Cognito session under, at p (after
// "CognitoIdentityServiceProvider."): CLIENT_ID.USERNAME.idToken (or accessToken,
// refreshToken, clockDrift, userData); the app client's ID and the user's name are masked. It
// returns the end of what it read, or -1.
func (s *scanState) amplifyStorageKey(p, ri int) int {
	text := s.text
	c := p
	for c < len(text) && c-p <= 32 && (isLower(text[c]) || isDigit(text[c])) {
		c++
	}
	if c-p < 20 || c-p > 32 || c >= len(text) || text[c] != '.' {
		return -1
	}
	s.emit(p, c, "client-id", ri)
	u := c + 1
	e := u
	for e < len(text) && e-u <= 128 && text[e] > ' ' && text[e] != '"' && text[e] != '\'' {
		e++
	}
	d := bytes.LastIndexByte(text[u:e], '.')
	if d <= 0 {
		return c // CLIENT_ID.LastAuthUser: no user in the key
	}
	switch string(text[u+d+1 : e]) {
	case "idToken", "accessToken", "refreshToken", "clockDrift", "userData", "deviceKey", "randomPasswordKey", "deviceGroupKey":
		s.emit(u, u+d, "username", ri)
		return e
	}
	return c
}

// wafLabel reads a custom WAF label's namespace at p (after "awswaf:ACCOUNT:"):
// webacl:NAME: or rulegroup:NAME:; the web ACL's or rule group's name is masked (AWS's labels,
// awswaf:managed:..., have no account). It returns the end of the name, or -1.
func (s *scanState) wafLabel(p, ri int) int {
	text := s.text
	q, e := prefixedName(text, p, 128, "webacl:", "rulegroup:")
	if q < 0 || e == q || e >= len(text) || text[e] != ':' {
		return -1
	}
	s.emit(q, e, "waf-name", ri)
	return e
}

// securityPath reads an OpenSearch security plugin's path at i (after _security/api/):
// internalusers/NAME, rolesmapping/NAME, roles/NAME; the user's or role's name is masked, the
// plugin's own stay. It returns the end of what it read, or -1.
func (s *scanState) securityPath(i, ri int) int {
	text := s.text
	if i < len("_security/api/") || string(text[i-len("_security/api/"):i]) != "_security/api/" {
		return -1
	}
	d := i
	for d < len(text) && d-i < 16 && isLower(text[d]) {
		d++
	}
	t := ""
	switch string(text[i:d]) {
	case "internalusers":
		t = "username"
	case "rolesmapping", "roles":
		t = "iam-role-name"
	}
	if t == "" || d+1 >= len(text) || text[d] != '/' {
		return -1
	}
	p := d + 1
	e := p
	for e < len(text) && e-p <= 64 && (isWord(text[e]) || text[e] == '-' || text[e] == '.') {
		e++
	}
	if e == p || e-p > 64 {
		return -1
	}
	if v := text[p:e]; !openSearchBuiltin(v) && string(v) != "admin" {
		s.emit(p, e, t, ri) // (the plugin's own roles and users stay)
	}
	return e
}

// openSearchBuiltin reports the roles OpenSearch's security plugin defines itself
// (all_access, security_manager, kibana_user, the plugins' *_full_access and *_read_access):
// the same in every domain, and what a permissions question is about.
func openSearchBuiltin(v []byte) bool {
	switch string(v) {
	case "all_access", "readall", "readall_and_monitor", "security_rest_api_access", "security_manager", "kibana_user",
		"kibana_server", "kibana_read_only", "logstash", "manage_snapshots", "own_index", "opensearch_dashboards_user",
		"opensearch_dashboards_read_only", "alerting_ack_alerts", "prometheus_exporter":
		return true
	}
	return hasByte(v, '_') && (hasSuffix(v, "_full_access") || hasSuffix(v, "_read_access")) && allLowerSnake(v)
}

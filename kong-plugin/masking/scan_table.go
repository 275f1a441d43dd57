package masking

import "bytes"

// Tables and records: Markdown and CLI --output table rows, CSV and --output text columns,
// tag rows, Secrets Manager and Parameter Store records, query projections.

// tableRow reads one row of a table drawn with '|' (Markdown, psql and Steampipe boxes, the
// AWS CLI's --output table) starting at i. A table's first row names its columns; a field under
// a column whose name is a known key is a context value. Rows only a border apart belong to one
// table. A row of a single cell is a title (the CLI names every nested object so): the rows
// after it are "| Key | value |" pairs, unless their value cell is a field name too (the header
// of a list), and a title is never a column's name. A header "| Key | Value |" announces tags.
func (s *scanState) tableRow(i int) {
	text := s.text
	cont := s.tableEnd > 0 && s.tableEnd <= i && bordersOnly(text[s.tableEnd:i])
	j := lineEnd(text, i)
	s.tableEnd = min(j+1, len(text))
	if !cont {
		s.tableCols = s.tableCols[:0]
		s.tableKV, s.tableHead, s.tableTags = false, true, false
	}
	if separatorRow(text[i:j]) {
		return // a border: the table goes on
	}
	var cells [24]seg
	nc := 0
	var full [2]int // the first two cells that are not empty
	ne := 0
	st := i + cellSep(text, i)
	wiki := i+1 < j && text[i+1] == '|' // a Confluence wiki header, ||Name||Notes||: "||" separates
	if wiki {
		st = i + 2
	}
	for k := st; k < j; k++ {
		w := cellSep(text, k)
		if w == 0 {
			continue
		}
		if nc == len(cells) {
			break
		}
		cells[nc] = trimCell(text, st, k)
		if cells[nc].end > cells[nc].start {
			if ne < len(full) {
				full[ne] = nc
			}
			ne++
		}
		nc++
		if wiki && k+1 < j && text[k+1] == '|' {
			k++
		}
		k += w - 1
		st = k + 1
	}
	if ne == 0 {
		return
	}
	if ne == 1 {
		s.tableCols = s.tableCols[:0] // a title: no column is named by it
		s.tableKV, s.tableHead, s.tableTags = true, true, false
		return
	}
	if nc >= 3 && cells[0].end > cells[0].start && cells[2].end > cells[2].start && typeCell(text[cells[1].start:cells[1].end]) {
		// PROPERTY | TYPE | VALUE (Snowflake's DESC INTEGRATION and DESC STAGE): a pair
		if s.pairRow(cells[0], cells[2], 0, 2) {
			return
		}
	}
	if ne == 2 && (s.tableKV || !s.tableHead) {
		if s.pairRow(cells[full[0]], cells[full[1]], full[0], full[1]) {
			return
		}
	}
	if s.tableHead {
		s.tableHead = false
		s.tableCols = s.tableCols[:0]
		for c := 0; c < nc; c++ {
			if v := text[cells[c].start:cells[c].end]; hasByte(v, '@') || len(v) == 36 && isUUID(v) {
				// a row of data, not of column names (an AWS CLI table of a projected list has
				// no header row: ||  Rachel Kaplan | r@x.com | <uuid> | rkaplan | USER  ||)
				s.tableCols = s.tableCols[:0]
				return
			}
			s.tableCols = append(s.tableCols, s.cellKeyType(cells[c]))
		}
		s.tableTags = ne == 2 && s.cellIs(cells[full[0]], "key") && s.cellIs(cells[full[1]], "value")
		// | NAME | VALUE | (Doppler's secrets, an env dump): rows are pairs, a known key's value typed by it
		if ne == 2 && nc == 2 && s.cellIs(cells[full[0]], "name") && s.cellIs(cells[full[1]], "value") {
			s.tableKV, s.tableCols = true, s.tableCols[:0]
		}
		return
	}
	for c := 0; c < nc; c++ {
		t := ""
		if c < len(s.tableCols) {
			t = s.tableCols[c]
		}
		if t == "" || t == "password" || t == "secret-access-key" || t == "session-token" {
			continue
		}
		if t == "name" {
			t = "tag-value" // | Name |: the Name tag's column, or what a report calls the resource by
		}
		cl := cells[c]
		cl.end = cl.start + noteStart(text[cl.start:cl.end]) // | trg-security（監査） |: the name before its note
		if v := text[cl.start:cl.end]; t == "tag-value" && allLetters(v) {
			continue // an owner's one plain word (Security, Ben): a team or a first name, and masked it would be masked everywhere
		}
		if v := text[cl.start:cl.end]; cl.end > cl.start && acceptValue(v, t, modeSpaces) && !hasByte(v, '`') {
			s.late = append(s.late, match{start: cl.start, end: cl.end, typ: reportedType(t), rule: s.tableRule})
		}
	}
	s.accountNameCell(cells[:nc])
}

// accountNameCell masks a row's account name: the cell before its account ID, when the name
// is one word with a name's shape (| cardenal-homolog | 482917306655 | ...), whatever the
// columns are called (Account, Nombre, 계정). The cells come trimmed of blanks and backticks
// (trimCell).
func (s *scanState) accountNameCell(cells []seg) {
	text := s.text
	for c := 0; c+1 < len(cells); c++ {
		if id := cells[c+1]; id.end-id.start != 12 || !allDigits(text[id.start:id.end]) {
			continue
		}
		n := cells[c]
		v := text[n.start:n.end]
		if len(v) < 3 || nameRun(text, n.start, false) != n.end || !accountNameShape(v) {
			continue
		}
		s.late = append(s.late, match{start: n.start, end: n.end, typ: "account-alias", rule: s.tableRule})
	}
}

// noteStart returns where a short note in parentheses (one word) at the end of a cell begins,
// before its blank: "trg-security（監査）", "prod-web (legacy)"; len(v) when there is none.
func noteStart(v []byte) int {
	if len(v) < 4 {
		return len(v)
	}
	var p int
	switch {
	case v[len(v)-1] == ')':
		p = bytes.LastIndexByte(v, '(')
	case hasSuffix(v, "）"):
		p = bytes.LastIndex(v, []byte("（"))
	default:
		return len(v)
	}
	if p < 0 || len(v)-p > 20 || bytes.IndexByte(v[p:], ' ') >= 0 {
		return len(v) // (a description in parentheses: "ledger (Aurora PostgreSQL 15.4, global)")
	}
	for p > 0 && v[p-1] == ' ' {
		p--
	}
	if p < 2 || bytes.IndexByte(v[:p], ' ') >= 0 {
		return len(v) // (a name of several words, or a call: f(x))
	}
	return p
}

// pairRow reads a row of two cells as "| Key | value |" (kcol and col are their columns) and
// reports whether it was one: under a "| Key | Value |" header any value is a tag's; otherwise
// the key must be a known one and the value no field name of its own.
func (s *scanState) pairRow(k, v seg, kcol, col int) bool {
	text := s.text
	val := text[v.start:v.end]
	if s.tableTags {
		if acceptValue(val, "tag-value", modeSpaces) && !hasByte(val, '`') {
			s.late = append(s.late, match{start: v.start, end: v.end, typ: "tag-value", rule: s.tableRule})
		}
		return true
	}
	if col < len(s.tableCols) && (s.tableCols[col] != "" || s.tableCols[kcol] != "") {
		return false // a column named by the header: read as such
	}
	t := s.cellKeyType(k)
	if t == "" || fieldName(val) && (s.cellKeyType(v) != "" || camelWord(val)) {
		return false // not a known key, or a header of two field names
	}
	mode := modeSpaces
	switch t {
	case "password", "secret-access-key", "session-token", "external-id":
		mode = modeSecret
		if hasByte(val, ' ') {
			return true // "| password | see the vault |"
		}
	case "name":
		t = "tag-value"
	}
	if acceptValue(val, t, mode) && !hasByte(val, '`') {
		s.late = append(s.late, match{start: v.start, end: v.end, typ: reportedType(t), rule: s.tableRule})
	}
	return true
}

// columnType is the type a table's column header names (normalised, as normKey gives it): a
// key's type, but not a generic column's (cluster, tag value) nor a secret's that rows show by
// shape anyway (secret access key, session token); a password column stays typed.
func columnType(key []byte) string {
	t, _ := keyType(key)
	switch t {
	case "secret-access-key", "session-token", "cluster-name", "tag-value":
		return ""
	}
	return t
}

// typeCell reports a column of value types between a property and its value.
func typeCell(v []byte) bool {
	switch string(v) {
	case "String", "Boolean", "Number", "Integer", "Long", "List", "Object", "Array":
		return true
	}
	return false
}

// cellKeyType is the type the key in cell c names, or "".
func (s *scanState) cellKeyType(c seg) string {
	var sb, buf [48]byte
	cell := s.text[c.start:c.end]
	if bytes.IndexByte(cell, ' ') > 0 && len(cell) <= len(sb) {
		n := 0 // a header of words (| KB ID |, | Instance ID |) is read as one key
		for _, b := range cell {
			if b != ' ' {
				sb[n] = b
				n++
			}
		}
		cell = sb[:n]
	}
	key, ok := normKey(cell, buf[:])
	if !ok {
		switch string(cell) {
		case "별칭", "계정별칭", "계정이름", "エイリアス", "アカウントエイリアス", "アカウント名", "别名", "账号别名", "账号名称":
			return "account-alias" // a Korean, Japanese or Chinese report's alias or account name column (| 계정 | 별칭 |)
		case "ชื่อ", "Имя", "Название", "İsim", "Tên", "الاسم", "שם", "नाम", "이름", "名前", "名称":
			return "name" // a Name column in Thai, Russian, Turkish, Vietnamese, Arabic, Hebrew, Hindi, Korean, Japanese, Chinese
		}
		if cell[0] >= 0xe3 && (hasSuffix(cell, "이름") || hasSuffix(cell, "名") || hasSuffix(cell, "名前") || hasSuffix(cell, "名称")) {
			return "resource-name" // a resource's name column (| 자산 이름 |, | アセット名 |), as | Asset name | is read
		}
		if cell[0] >= 0xe3 && len(cell) > 5 && hasSuffix(cell, "ID") && !operationNoun(cell) {
			return "resource-id" // | 자산 ID |, | アセットID | (not a request's or an event's: | 요청 ID |)
		}
		return ""
	}
	switch string(key) {
	case "api", "archive":
		return "api-name" // | API | Type | ID |: an inventory's API names, archives (a JSON "api" key holds versions and kinds)
	case "bus", "eventbus":
		return "eventbridge-name" // | Bus | Archive |: an event bus
	}
	t, _ := keyType(key)
	return t
}

// operationNoun reports a Korean, Japanese or Chinese cell that starts with the noun of an
// operation (request, event, trace, execution), whose IDs stay readable as request IDs do.
func operationNoun(cell []byte) bool {
	for _, w := range [...]string{"요청", "リクエスト", "请求", "이벤트", "イベント", "事件", "트레이스", "トレース", "추적", "실행", "実行", "执行"} {
		if hasPrefix(cell, w) {
			return true
		}
	}
	return false
}

// cellIs reports whether cell c holds word w, in any case.
func (s *scanState) cellIs(c seg, w string) bool {
	return c.end-c.start == len(w) && hasPrefixFold(s.text[c.start:], w)
}

// fieldName: letters only, starting with a capital (CreateDate, AttributeType): how AWS's API
// names a field.
func fieldName(v []byte) bool {
	return len(v) >= 2 && isUpper(v[0]) && allLetters(v)
}

// camelWord: a field name of two or more words (AttributeType, KeyName).
func camelWord(v []byte) bool {
	for k := 1; k < len(v); k++ {
		if isUpper(v[k]) && isLower(v[k-1]) {
			return true
		}
	}
	return false
}

// bordersOnly reports whether b, the text between two table rows, is only border lines.
func bordersOnly(b []byte) bool {
	for len(b) > 0 {
		e := bytes.IndexByte(b, '\n')
		if e < 0 {
			e = len(b)
		}
		if e == 0 || !separatorRow(b[:e]) {
			return false
		}
		b = b[min(e+1, len(b)):]
	}
	return true
}

func trimCell(text []byte, st, en int) seg {
	for st < en && (text[st] == ' ' || text[st] == '`') {
		st++
	}
	for en > st && (text[en-1] == ' ' || text[en-1] == '`') {
		en--
	}
	return seg{st, en, en, 0}
}

func separatorRow(b []byte) bool {
	for k := 0; k < len(b); k++ {
		if c := b[k]; c == 0xe2 && k+2 < len(b) && (b[k+1] == 0x94 || b[k+1] == 0x95) {
			k += 2 // a box-drawing character (─ ┼ ├ ┤ ═ ╪): a border's
		} else if c != '|' && c != '-' && c != ':' && c != ' ' && c != '+' && c != '=' {
			return false
		}
	}
	return true
}

// cellSep returns the width of the cell separator at k, '|' or a box-drawing table's '│'
// (Doppler's and the Amplify CLI's tables), or 0.
func cellSep(text []byte, k int) int {
	switch {
	case text[k] == '|':
		return 1
	case text[k] == 0xe2 && k+2 < len(text) && text[k+1] == 0x94 && text[k+2] == 0x82:
		return 3
	}
	return 0
}

// csvLine handles comma- or tab-separated blocks with a header row (IAM credential reports,
// Athena and Cost Explorer exports, CMDB dumps): the header names the columns; fields under a
// column whose name is a known key are context values. Matches go to s.late.
func (s *scanState) csvLine(ls int) {
	text := s.text
	if ls < len(text) && (text[ls] == 'P' || text[ls] == 'a' || text[ls] == 'A') && s.secretRecord(ls) {
		return
	}
	if s.csvSep == 0 && ls < len(text) && (text[ls] == '$' || text[ls] == 'a' || text[ls] == '#') && s.queryProjection(ls) {
		return
	}
	if s.csvLoose && !s.csvSeen && ls > s.csvUntil {
		s.csvSep, s.csvLoose = 0, false // a projection whose output never came
	}
	if s.csvSep == 0 && ls < len(text) && (text[ls] == 'K' || text[ls] == 0xed || text[ls] == 0xe3) && tagPairHeader(text, ls) {
		s.csvSep, s.csvCols = '\t', append(s.csvBuf[:0], "", "tag-value")
		return
	}
	if s.csvSep == 0 && (ls >= len(text) || !isLetter(text[ls]) && text[ls] != '"' && (text[ls] != ' ' || !s.psql)) {
		return // not in a block and not a header: no need to read the line
	}
	if s.csvSep == ' ' {
		s.fixedRow(ls)
		return
	}
	if s.csvSep != 0 {
		le := lineEnd(text, ls)
		if s.csvSep == '|' && psqlRule(text[ls:le]) {
			return // -------+---------: the line under psql's header
		}
		if s.csvSep != '|' && emptyRow(text[ls:le], s.csvSep) {
			s.csvSep, s.csvLoose = 0, false // a row of empty cells (Excel's blank row, pasted) ends the table
			return
		}
		var fieldBuf [32]seg
		nf := splitFields(text, ls, le, s.csvSep, fieldBuf[:])
		fields := fieldBuf[:nf]
		if s.csvSep == '|' && nf == len(s.csvCols)+2 && nf > 4 && fields[1].end == fields[1].start && fields[nf-2].end == fields[nf-2].start {
			fields, nf = fields[1:nf-1], nf-2 // ||  a | b  ||: a nested table's row, with a border more on each side
		}
		if nf == len(s.csvCols) {
			s.csvSeen = true
			for c := 0; c < nf; c++ {
				t := s.csvCols[c]
				f := fields[c]
				if t == "" || f.end <= f.start {
					continue
				}
				if v := text[f.start:f.end]; acceptValue(v, t, modeSpaces) && (!s.csvLoose || !hasByte(v, ' ')) {
					s.late = append(s.late, match{start: f.start, end: f.end, typ: reportedType(t), rule: s.csvRule})
				}
			}
			return
		}
		if s.csvLoose && ls < len(text) && (text[ls] != '\n' || !s.csvSeen) && text[ls] != '$' &&
			(s.csvSeen || s.csvSep != '\t' || !isLetter(text[ls]) && text[ls] != '"' || bytes.Count(text[ls:le], []byte(",")) < 2 || hasByte(text[ls:le], '\t')) {
			// (a blank line before any row: between a command in a loop and its output)
			if text[ls] == 'T' || text[ls] == '|' {
				s.tagRow(ls) // a nested table of tags
			}
			return // a table's border or title, or a row of another shape
		}
		// (a line of comma-separated fields before any row of a text projection's: a CSV's
		// header, the command's output joined and exported; read as one below)
		s.csvSep, s.csvLoose = 0, false
	}
	if ls < len(text) && (text[ls] == 'T' || text[ls] == '|') {
		s.tagRow(ls) // TAGS<tab>Name<tab>VALUE, ||  Name  |  VALUE  ||
		if hasPrefix(text[ls:], "TAGS\t") {
			return // a tag, never a header (its key and value would name the columns below)
		}
	}
	// a header: at least two delimiters, every field a short key, one of them known; psql and
	// Redshift print theirs centred, with '|' between (  pid  |  usename  | datname)
	h := ls
	for h < len(text) && h-ls < 32 && text[h] == ' ' {
		h++
	}
	if h >= len(text) || !isLetter(text[h]) && text[h] != '"' || h > ls && !s.psql {
		return
	}
	if h > ls {
		// an indented line (JSON, YAML) is a header only with '|' in it (psql)
		if le := lineEnd(text, h); bytes.IndexByte(text[h:le], '|') < 0 {
			return
		}
	}
	if h == ls && s.fixedHeader(ls) {
		return
	}
	var sep byte
	le := ls
	for ; le < len(text) && text[le] != '\n'; le++ {
		if le-ls >= 1024 || sep == 0 && le-h >= 64 {
			return // too long for a header, or a first field too long for a key
		}
		switch c := text[le]; {
		case c == ',' || c == '\t' || c == '|':
			if c != '|' && h > ls {
				return // psql's headers are indented and have '|' (as a pipe-separated export's, sacct -P, which are not)
			}
			if sep == 0 {
				sep = c
			}
		case c == '"' || c == ' ' || c == '\r' || isKeyByte(c) || c == '/' || c == ':' || c == '(' || c == ')':
			// Cost and Usage Report headers are category/name (lineItem/ResourceId, resourceTags/user:team)
		default:
			return // not a header: the rest of the line is not read
		}
	}
	if sep == 0 || sep == '|' && h > ls && !psqlRule(text[min(le+1, len(text)):lineEnd(text, min(le+1, len(text)))]) {
		return // (a psql header is known by the rule under it)
	}
	if sep == '|' && h == ls {
		// a pipe-separated header (sacct -P, a database's export): known by the row under it,
		// which has as many fields
		if le+1 >= len(text) || bytes.Count(text[ls:le], []byte("|")) != bytes.Count(text[le+1:lineEnd(text, le+1)], []byte("|")) {
			return
		}
	}
	var fields [32]seg
	nf := splitFields(text, ls, le, sep, fields[:])
	if nf < 3 || nf == len(fields) {
		return
	}
	if sep == '\t' && textOutputRecord(text, fields[:nf]) {
		return // COLUMNINFO<tab>resource_tags_user_owner<tab>varchar: a record of --output text, not a header
	}
	cols := s.csvBuf[:0]
	known := false
	for c := 0; c < nf; c++ {
		var buf [48]byte
		t := ""
		f := text[fields[c].start:fields[c].end]
		if hasPrefix(f, "arn:") || bytes.Contains(f, []byte("::")) || len(f) == 36 && isUUID(f) || sep == '|' && typeCell(f) {
			// a row of values (an ID, an ARN, a CloudFormation type) that starts with a letter, not
			// a header; a property's row (Snowflake's DESC STAGE: DIRECTORY | AUTO_REFRESH | Boolean | true)
			return
		}
		if hasPrefixFold(f, "resourcetags/") || hasPrefixFold(f, "resource_tags_") || hasPrefix(f, "Tag: ") && len(f) > 5 {
			// CUR's cost allocation tags, Tag Editor's exported "Tag: KEY" columns: values the customer chose
			cols = append(cols, "tag-value")
			known = true
			continue
		}
		if k := bytes.LastIndexByte(f, '/'); k >= 0 {
			f = f[k+1:]
		}
		var sb [48]byte
		if hasByte(f, ' ') && len(f) <= len(sb) {
			w := sb[:0]
			for _, c := range f {
				if c != ' ' {
					w = append(w, c) // "Resource Name", "Instance ID": inventory exports' headers
				}
			}
			f = w
		}
		if key, ok := normKey(f, buf[:]); ok && len(key) > 0 {
			t = columnType(key)
		}
		known = known || t != ""
		cols = append(cols, t)
	}
	if known {
		s.csvSep, s.csvCols = sep, cols
	}
}

// consoleValue reads a line that holds one value under a line that holds only its label, as
// the console's detail pages copy as text ("IAM Role\nOrdersAppRole", "IAM-Rolle\n...",
// "VPC\nlumiere-core (vpc-...)"): the value (its name, before an ID in parentheses) is typed
// by the label. It returns the value's end, or -1.
func (s *scanState) consoleValue(i int) int {
	text := s.text
	if i < 4 {
		return -1
	}
	le := i
	for le < len(text) && le-i <= 128 && text[le] != '\n' && text[le] != ' ' && text[le] != '\t' && text[le] != '\r' {
		le++
	}
	if le-i > 128 || le == i {
		return -1
	}
	if le < len(text) && text[le] == ' ' {
		// NAME (ID): only a name before an ID in parentheses
		if le+2 >= len(text) || text[le+1] != '(' || !isAlnum(text[le+2]) {
			return -1
		}
	} else if le < len(text) && text[le] != '\n' && text[le] != '\r' {
		return -1
	}
	ls := lineStart(text, i-1, 48)
	if i-1-ls < 2 || text[ls] == ' ' || ls > 0 && text[ls-1] != '\n' {
		return -1 // (a label is a short line of its own)
	}
	label := bytes.TrimRight(text[ls:i-1], "\r ")
	typ, mode := consoleLabelType(label)
	if typ == "" {
		return -1
	}
	if v := text[i:le]; !acceptValue(v, typ, mode) || tokenLike(v) {
		return -1
	}
	s.emit(i, le, typ, s.kvRule)
	return le
}

// consoleCrumb reads the name after a console breadcrumb's list (IAM > Users > NAME, IAM >
// Roles > NAME, Lambda > Functions > NAME), at i after " > ": the name is typed by the list.
// It returns the name's end, or -1.
func (s *scanState) consoleCrumb(i int) int {
	text := s.text
	l := i - 3 // the list's word ends here
	b := l
	for b > 0 && l-b < 16 && isLetter(text[b-1]) {
		b--
	}
	var typ string
	switch string(text[b:l]) {
	case "Users":
		typ = "iam-user-name"
	case "Roles":
		typ = "iam-role-name"
	case "Groups":
		typ = "group-name"
	case "Functions":
		typ = "lambda-function-name"
	case "Tables":
		typ = "dynamodb-table-name"
	case "Queues":
		typ = "sqs-queue-name"
	case "Topics":
		typ = "sns-topic-name"
	default:
		return -1
	}
	e := i
	for e < len(text) && e-i < 128 && (isWord(text[e]) || text[e] == '.' || text[e] == '-' || text[e] == '@' || text[e] == '+' || text[e] == '=') {
		e++
	}
	for e > i && text[e-1] == '.' {
		e--
	}
	if e == i || e < len(text) && text[e] != ' ' && text[e] != '\n' && text[e] != ')' && text[e] != '\r' {
		return -1
	}
	if v := text[i:e]; !acceptValue(v, typ, modeName) || tokenLike(v) {
		return -1
	}
	s.emit(i, e, typ, s.kvRule)
	return e
}

// consoleLabelType types the value under a console detail page's label, and says how it is
// judged: one of the labels the console writes in other languages, a label of its own (IAM
// Role, Key pair name, Auto Scaling group name), or the label read as a key (DB name, Master
// username, Role name; an "Info" link after it is not part of it). Keys that say only "name"
// or hold words (a Name tag, an owner) type nothing here.
func consoleLabelType(label []byte) (string, valueMode) {
	switch string(label) {
	case "Rôle IAM", "Rol de IAM", "Ruolo IAM", "Função do IAM", "Função IAM", "Rola IAM", "IAM ロール", "IAM 역할", "IAM 角色",
		"Rollenname", "ロール名", "역할 이름", "Nom du rôle", "Nombre del rol", "Nome da função", "角色名称":
		return "iam-role-name", modeName
	case "Sous-réseau", "Subred", "Sottorete", "Sub-rede", "サブネット", "서브넷":
		return "resource-name", modeName
	case "DB 名", "DB 이름", "データベース名", "데이터베이스 이름", "Datenbankname", "数据库名称":
		return "database-name", modeName
	case "マスターユーザー名", "마스터 사용자 이름", "Master-Benutzername", "Nom d'utilisateur principal",
		"Nombre de usuario maestro", "Nome do usuário principal", "主用户名":
		return "db-username", modeName
	case "関数名", "함수 이름", "Funktionsname", "函数名称":
		return "lambda-function-name", modeName
	case "AWS KMS key", "AWS KMS キー", "AWS KMS 키", "AWS KMS-Schlüssel", "Clé AWS KMS", "Clave de AWS KMS", "Chave do AWS KMS", "AWS KMS 密钥":
		return "kms-key-id", modeName
	}
	var sb [48]byte
	w := sb[:0]
	for _, c := range label {
		switch {
		case c == ' ' || c == '-':
		case isLetter(c) && len(w) < cap(w):
			w = append(w, c|0x20)
		default:
			return "", modeName
		}
	}
	if len(w) > 4 && hasSuffix(w, "info") && hasSuffix(label, " Info") {
		w = w[:len(w)-4] // Certificate authority Info: the console's help link
	}
	switch string(w) {
	case "iamrole", "iamrolle", "iamrol", "instanceprofile", "iaminstanceprofile":
		return "iam-role-name", modeName
	case "keypairname", "keypairassignedatlaunch", "keyname", "keypair":
		return "key-pair-name", modeName
	case "autoscalinggroupname", "autoscalinggroup":
		return "asg-name", modeName
	case "vpc", "subnet", "subnetz":
		return "resource-name", modeName // NAME (vpc-...): the VPC's or subnet's Name tag
	}
	if t, m := keyType(w); t != "" && t != "name" && m != modeSpaces {
		return t, m
	}
	return "", modeName
}

// tagPairHeader reports whether the line at ls is the header of a console's tag table copied
// as text: "Key<tab>Value" (키<tab>값, キー<tab>値) under a title line "Tags" (태그, タグ, with
// or without a count). The rows below are KEY<tab>VALUE, and every value is one the customer
// chose.
func tagPairHeader(text []byte, ls int) bool {
	le := lineEnd(text, ls)
	switch string(text[ls:le]) {
	case "Key\tValue", "키\t값", "キー\t値":
	default:
		return false
	}
	if ls < 2 {
		return false
	}
	ts := bytes.LastIndexByte(text[:ls-1], '\n') + 1
	title := bytes.TrimSpace(text[ts : ls-1])
	if p := bytes.IndexByte(title, '('); p > 0 {
		title = bytes.TrimSpace(title[:p]) // Tags (3)
	}
	switch string(title) {
	case "Tags", "태그", "タグ":
		return true
	}
	return false
}

// secretRecord reads a line of --output text whose fields' meaning is known by position: an
// SSM parameter (PARAMETERS<tab>...<tab>SecureString<tab>VALUE<tab>version) or a Secrets
// Manager secret (ARN<tab>CreatedDate<tab>Name<tab>SecretString<tab>VersionId, the CLI's
// alphabetical order), whose value is reported as a password; an Organizations account,
// whose name is reported. It reports whether the line was one.
func (s *scanState) secretRecord(ls int) bool {
	text := s.text
	var fields [12]seg
	switch {
	case hasPrefix(text[ls:], "PARAMETERS\t") || hasPrefix(text[ls:], "PARAMETER\t"):
		le := lineEnd(text, ls)
		nf := splitFields(text, ls, le, '\t', fields[:])
		for c := 1; c+1 < nf; c++ {
			if string(text[fields[c].start:fields[c].end]) == "SecureString" {
				s.lateSecret(fields[c+1])
				return true
			}
		}
	case hasPrefix(text[ls:], "arn:aws:secretsmanager:"):
		le := lineEnd(text, ls)
		if nf := splitFields(text, ls, le, '\t', fields[:]); nf >= 5 && nf <= 6 {
			s.lateSecret(fields[3])
			return true
		}
	case hasPrefix(text[ls:], "ACCOUNTS\tarn:aws:organizations:"):
		// organizations list-accounts: ..., JoinedTimestamp, Name, Status (or State): the name
		// stands before the last field
		le := lineEnd(text, ls)
		if nf := splitFields(text, ls, le, '\t', fields[:]); nf >= 6 {
			f := fields[nf-2]
			if v := text[f.start:f.end]; acceptValue(v, "account-alias", modeSpaces) && !allUpperLetters(v) {
				s.late = append(s.late, match{start: f.start, end: f.end, typ: "account-alias", rule: s.csvRule})
			}
			return true
		}
	}
	return false
}

// lateSecret reports the field f as a password when it holds any text.
func (s *scanState) lateSecret(f seg) {
	if v := s.text[f.start:f.end]; len(v) > 0 && !placeholder(v) && !tokenLike(v) {
		s.late = append(s.late, match{start: f.start, end: f.end, typ: "password", rule: s.csvRule})
	}
}

// textOutputRecord reports a line of AWS CLI --output text: its first field names the record
// in capitals (COLUMNINFO, INSTANCES) and some other field is not in capitals. A header
// written in capitals (NAME<tab>ENGINE) has every field so.
func textOutputRecord(text []byte, fields []seg) bool {
	first := text[fields[0].start:fields[0].end]
	if len(first) < 4 || !allUpperLetters(first) {
		return false
	}
	for _, f := range fields[1:] {
		if v := text[f.start:f.end]; len(v) > 0 && !allUpperLetters(v) {
			return true
		}
	}
	return false
}

// tagRow reads one line of AWS CLI text or table output that holds a tag: "TAGS\tKEY\tVALUE"
// (text) or a row whose cells are the key Name and its value (table). Tag values are the
// customer's words.
func (s *scanState) tagRow(ls int) {
	text := s.text
	le := lineEnd(text, ls)
	var fields [8]seg
	switch {
	case hasPrefix(text[ls:], "TAGS\t"):
		if nf := splitFields(text, ls, le, '\t', fields[:]); nf == 3 {
			s.lateTag(fields[2])
		}
	case text[ls] == '|':
		nf := splitFields(text, ls, le, '|', fields[:])
		var cells [4]seg
		nc := 0
		for _, f := range fields[:nf] {
			if f.end > f.start {
				if nc == len(cells) {
					return
				}
				cells[nc] = f
				nc++
			}
		}
		if nc == 2 && string(text[cells[0].start:cells[0].end]) == "Name" {
			s.lateTag(cells[1])
		}
	}
}

// lateTag reports the field f as a tag value when it can be one.
func (s *scanState) lateTag(f seg) {
	if v := s.text[f.start:f.end]; acceptValue(v, "tag-value", modeSpaces) {
		s.late = append(s.late, match{start: f.start, end: f.end, typ: "tag-value", rule: s.csvRule})
	}
}

// queryProjection reads an AWS CLI command line at ls whose --query ends in a list projection
// ('Items[].[Name,State,Endpoint.Address]') and whose output is text or table: the rows that
// follow have one column per projected field, typed by the field's last name. It reports
// whether it started such a block.
func (s *scanState) queryProjection(ls int) bool {
	text := s.text
	if text[ls] == ' ' {
		// a command indented in a loop or a script (for u in ...; do\n  aws iam ... --output text):
		// its rows come after the loop
		b := ls
		for b < len(text) && b-ls < 16 && text[b] == ' ' {
			b++
		}
		if !hasPrefix(text[b:], "aws ") {
			return false
		}
		ls = b
	}
	if text[ls] == '#' {
		// a Markdown heading that names the command (### lambda list-functions --query '...'
		// --output text): the rows under it are its output all the same
		for ls < len(text) && (text[ls] == '#' || text[ls] == ' ') {
			ls++
		}
		if ls == len(text) || !isLower(text[ls]) {
			return false
		}
	} else if !hasPrefix(text[ls:], "$ aws ") && !hasPrefix(text[ls:], "aws ") {
		return false
	}
	le := lineEnd(text, ls)
	for n := 0; n < 3 && le > ls && le < len(text) && text[le-1] == '\\'; n++ {
		le = lineEnd(text, le+1) // a command continued over lines: --output table \ then --query '...'
	}
	line := text[ls:le]
	q := bytes.Index(line, []byte("--query "))
	if q < 0 {
		return false
	}
	var sep byte
	switch {
	case bytes.Contains(line, []byte("--output text")):
		sep = '\t'
	case bytes.Contains(line, []byte("--output table")):
		sep = '|'
	default:
		return false
	}
	e := q + len("--query ")
	if e >= len(line) || line[e] != '\'' && line[e] != '"' {
		return false
	}
	end := bytes.IndexByte(line[e+1:], line[e])
	if end < 0 {
		return false
	}
	expr := line[e+1 : e+1+end]
	if len(expr) < 2 || expr[len(expr)-1] != ']' {
		return false
	}
	// the last top-level list: from the '[' that opens the final ']'
	depth, open := 0, -1
	for k := len(expr) - 1; k >= 0; k-- {
		switch expr[k] {
		case ']':
			depth++
		case '[':
			depth--
		}
		if depth == 0 {
			open = k
			break
		}
	}
	if open < 0 || !hasByte(expr[open:], ',') {
		return false
	}
	cols := s.csvBuf[:0]
	if sep == '|' {
		cols = append(cols, "") // the border before the first cell
	}
	known := false
	depth = 0
	st := open + 1
	for k := open + 1; k < len(expr); k++ {
		switch c := expr[k]; {
		case c == '[' || c == '{' || c == '(':
			depth++
		case (c == ']' || c == '}' || c == ')') && depth > 0:
			depth--
		case (c == ',' || k == len(expr)-1) && depth == 0:
			if len(cols) == cap(cols)-1 {
				return false
			}
			t := projectedType(expr[st:k])
			if t == "" && hasSuffix(bytes.TrimSpace(expr[st:k]), "serviceName") && bytes.Contains(line, []byte("aws ecs ")) {
				t = "ecs-service-name" // aws ecs describe-services: the service's name (elsewhere serviceName may be AWS's)
			}
			known = known || t != ""
			cols = append(cols, t)
			st = k + 1
		}
	}
	if !known {
		return false
	}
	if sep == '|' {
		cols = append(cols, "") // and after the last
	}
	s.csvSep, s.csvCols, s.csvLoose = sep, cols, true
	s.csvSeen, s.csvUntil = false, le+1024
	return true
}

// projectedType types one field of a --query projection by its last name (Status.State:
// state, Endpoint.Address: address); a Name tag selected by a filter is a tag value.
func projectedType(f []byte) string {
	if bytes.Contains(f, []byte("'Name'")) || bytes.Contains(f, []byte("`Name`")) {
		return "tag-value" // Tags[?Key=='Name'].Value | [0]
	}
	if k := bytes.LastIndexByte(f, '.'); k >= 0 {
		f = f[k+1:]
	}
	if k := bytes.IndexByte(f, '['); k >= 0 {
		f = f[:k]
	}
	var buf [48]byte
	key, ok := normKey(f, buf[:])
	if !ok || len(key) == 0 {
		return ""
	}
	t, _ := keyType(key)
	switch t {
	case "password", "secret-access-key", "session-token":
		return "" // found by shape in rows
	case "name":
		return "resource-name" // a resource's Name field (a step, a job, a cluster)
	}
	if string(key) == "applicationname" {
		return "resource-name" // CodeDeploy's, Beanstalk's applications (as matchKeyValue reads the key)
	}
	return t
}

// lineEnd returns the index of the first '\n' at or after i, or len(text).
func lineEnd(text []byte, i int) int {
	if k := bytes.IndexByte(text[i:], '\n'); k >= 0 {
		return i + k
	}
	return len(text)
}

// hasPsqlRule reports whether text has "-+-", as psql's rule under a header has: looked for
// by its '+', which is rarer than '-'.
func hasPsqlRule(text []byte) bool {
	for at := 1; at < len(text); {
		k := bytes.IndexByte(text[at:len(text)-1], '+')
		if k < 0 {
			return false
		}
		at += k
		if text[at-1] == '-' && text[at+1] == '-' {
			return true
		}
		at++
	}
	return false
}

// psqlRule reports whether line is the rule psql draws under a table's header: dashes with
// '+' where the columns meet (---------+--------), at least one '+'.
func psqlRule(line []byte) bool {
	plus := false
	for _, c := range line {
		switch c {
		case '-':
		case '+':
			plus = true
		case '\r':
		default:
			return false
		}
	}
	return plus && len(line) > 0 && line[0] == '-'
}

// splitFields splits text[ls:le] at sep (but not inside a quoted field) into trimmed, unquoted
// fields; it returns how many (len(out) when there are more).
func splitFields(text []byte, ls, le int, sep byte, out []seg) int {
	nf := 0
	st := ls
	for k := ls; k <= le; k++ {
		if k < le && text[k] == '"' && sep != '|' && len(bytes.TrimLeft(text[st:k], " ")) == 0 {
			// a quoted field: the separators in it are its text ("a,b", a CUR export's JSON
			// columns); "" is a quote
			for k++; k < le; k++ {
				if text[k] == '"' {
					if k+1 < le && text[k+1] == '"' {
						k++
						continue
					}
					break
				}
			}
			continue
		}
		if k < le && text[k] != sep {
			continue
		}
		if nf == len(out) {
			return nf
		}
		a, b := st, k
		for a < b && (text[a] == ' ' || text[a] == '"') {
			a++
		}
		for b > a && (text[b-1] == ' ' || text[b-1] == '"' || text[b-1] == '\r') {
			b--
		}
		out[nf] = seg{a, b, b, 0}
		nf++
		st = k + 1
	}
	return nf
}

// fixedHeader reads the line at ls as the header of a fixed-width table when the line under it
// is a rule of dash groups, one per column (PowerShell's Format-Table, sqlcmd): each column
// starts where its dashes do. A column whose name is a known key types its values, as in a CSV
// block; a "Key Value" header announces tags. It reports whether a table starts here.
func (s *scanState) fixedHeader(ls int) bool {
	text := s.text
	le := ls + bytes.IndexByte(text[ls:min(len(text), ls+1024)], '\n')
	if le < ls || le+2 >= len(text) || text[le+1] != '-' {
		return false
	}
	rs := le + 1
	re := lineEnd(text, rs)
	if re-rs > 1024 {
		return false
	}
	nc := 0
	for k := rs; k < re; k++ {
		switch text[k] {
		case '-':
			if k == rs || text[k-1] == ' ' {
				if nc == len(s.fwStart) {
					return false
				}
				s.fwStart[nc] = uint16(k - rs)
				nc++
			}
		case ' ', '\r':
		default:
			return false // not a rule: a list item, a diff
		}
	}
	if nc < 2 {
		return false // a Markdown rule or a lone underline
	}
	cols := s.csvBuf[:0]
	known := false
	for c := 0; c < nc; c++ {
		f := s.fixedCell(ls, le, c, nc)
		if f.end <= f.start || !isLetter(text[f.start]) || f.end-f.start > 48 {
			return false // every column is named
		}
		var buf [48]byte
		t := ""
		if key, ok := normKey(text[f.start:f.end], buf[:]); ok && len(key) > 0 && string(key) != "displayname" {
			t = columnType(key) // (Get-Service's, Get-Process's DisplayName: Windows' own words)
		}
		// a Name column counts only beside an AWS one (Get-EC2Instance's InstanceId, not
		// Get-Service's Status): Windows' own names are no resource's
		h := text[f.start:f.end]
		known = known || t != "" && t != "name" || hasSuffix(h, "Id") || hasSuffix(h, "ID") || hasSuffix(h, "Arn")
		cols = append(cols, t)
	}
	if nc == 2 {
		k, v := s.fixedCell(ls, le, 0, 2), s.fixedCell(ls, le, 1, 2)
		s.fwTags = string(text[k.start:k.end]) == "Key" && string(text[v.start:v.end]) == "Value"
	} else {
		s.fwTags = false
	}
	if !known && !s.fwTags {
		return false
	}
	s.csvSep, s.csvCols = ' ', cols
	return true
}

// fixedCell returns cell c (of nc) of the fixed-width row text[ls:le], trimmed.
func (s *scanState) fixedCell(ls, le, c, nc int) seg {
	a := min(le, ls+int(s.fwStart[c]))
	b := le
	if c+1 < nc {
		b = min(le, ls+int(s.fwStart[c+1]))
	}
	for a < b && s.text[a] == ' ' {
		a++
	}
	for b > a && (s.text[b-1] == ' ' || s.text[b-1] == '\r') {
		b--
	}
	return seg{a, b, b, 0}
}

// fixedRow reads the line at ls as a row of the fixed-width table being read; a blank line or
// the dash rule's own line ends nothing, a line with no blank where a column starts ends the
// table (the next block's text).
func (s *scanState) fixedRow(ls int) {
	text := s.text
	le := lineEnd(text, ls)
	if le == ls || text[ls] == '\r' {
		s.csvSep = 0 // a blank line ends the table
		return
	}
	if text[ls] == '-' {
		return // the rule under the header
	}
	nc := len(s.csvCols)
	for c := 1; c < nc; c++ {
		if p := ls + int(s.fwStart[c]); p < le && text[p-1] != ' ' {
			s.csvSep = 0 // a value runs over its column: not this table's row
			return
		}
	}
	if s.fwTags {
		k, v := s.fixedCell(ls, le, 0, 2), s.fixedCell(ls, le, 1, 2)
		kw, vw := text[k.start:k.end], text[v.start:v.end]
		if k.end <= k.start || v.end <= v.start || hasPrefix(kw, "aws:") {
			return
		}
		typ, mode := "tag-value", modeSpaces
		if hasByte(kw, '_') && !hasUpperByte(kw) {
			// a snake_case key is a field, as vault read prints them (bound_region [x],
			// role_id <uuid>): its value is what the key says, or nothing
			var buf [48]byte
			typ = ""
			if key, ok := normKey(kw, buf[:]); ok {
				typ, mode = keyType(key)
			}
		}
		if typ != "" && acceptValue(vw, typ, mode) {
			s.late = append(s.late, match{start: v.start, end: v.end, typ: reportedType(typ), rule: s.csvRule})
		}
		return
	}
	for c := 0; c < nc; c++ {
		t := s.csvCols[c]
		if t == "" {
			continue
		}
		if f := s.fixedCell(ls, le, c, nc); f.end > f.start && acceptValue(text[f.start:f.end], t, modeSpaces) {
			s.late = append(s.late, match{start: f.start, end: f.end, typ: reportedType(t), rule: s.csvRule})
		}
	}
}

// emptyRow reports a line of only separators and blanks, with at least one separator.
func emptyRow(line []byte, sep byte) bool {
	seps := 0
	for _, c := range line {
		switch c {
		case sep:
			seps++
		case ' ', '\r':
		default:
			return false
		}
	}
	return seps > 0
}

package masking

import "bytes"

// Tool outputs whose layout, not a key, says what a value is: the instance metadata service's
// answers, Ansible's inventory graph, Windows' ipconfig, Pulumi's URNs, AWS Support's case
// numbers and SQL statements' qualified table names.

// imds reads the path of an instance metadata request at p (past "169.254.169.254/latest/")
// and what the line after the request prints: the instance profile's role (in the path, or
// listed under security-credentials/), a tag's value (tags/instance/KEY), the security
// groups' names, and an IMDSv2 token (api/token). The values join s.early.
func (s *scanState) imds(p int) {
	text := s.text
	e := p
	for e < len(text) && text[e] > ' ' && text[e] != '"' && text[e] != '\'' && text[e] != ')' && text[e] != '`' {
		e++
	}
	path := text[p:e]
	le := lineEnd(text, e)
	if printedBytes(text[e:le]) != 0 {
		le = -1 // the request is not alone at its line's end (a loop, a pipe): its answer is not known
	}
	const creds = "meta-data/iam/security-credentials/"
	switch {
	case hasPrefix(path, creds) && len(path) > len(creds):
		s.addEarly(match{start: p + len(creds), end: e, typ: "iam-role-name", rule: s.kvRule})
	case string(path) == creds && le >= 0:
		s.imdsAnswer(le+1, "iam-role-name", false)
	case hasPrefix(path, "meta-data/tags/instance/") && len(path) > 24 && le >= 0:
		s.imdsAnswer(le+1, "tag-value", false)
	case string(path) == "meta-data/security-groups" && le >= 0:
		s.imdsAnswer(le+1, "security-group-name", true)
	case string(path) == "api/token":
		// the token is printed by the next command (echo $TOKEN): the next lines' whole-line
		// base64 token of 40 bytes or more
		for l, k := 0, lineEnd(text, e)+1; l < 3 && k < len(text); l++ {
			ke := lineEnd(text, k)
			if v := text[k:ke]; len(v) >= 40 && hasPrefix(v, "AQA") && allBase64(trimRight(v)) {
				s.addEarly(match{start: k, end: k + len(trimRight(v)), typ: "session-token", rule: s.kvRule})
				return
			}
			k = ke + 1
		}
	}
}

// imdsAnswer reads the answer of a metadata request, the line at ls (all lines up to a prompt
// or a blank line when many), each line one value of type typ.
func (s *scanState) imdsAnswer(ls int, typ string, many bool) {
	text := s.text
	for l := 0; l < 16 && ls < len(text); l++ {
		le := lineEnd(text, ls)
		v := trimRight(text[ls:le])
		if len(v) == 0 || len(v) > 128 || hasByte(v, '$') || hasByte(v, '#') || v[len(v)-1] == '/' {
			return // a blank line, the next prompt, or a listing of keys
		}
		if typ == "tag-value" || !hasByte(v, ' ') {
			if acceptValue(v, typ, modeSpaces) {
				s.addEarly(match{start: ls, end: ls + len(v), typ: typ, rule: s.kvRule})
			}
		}
		if !many {
			return
		}
		ls = le + 1
	}
}

// trimRight returns v without trailing blanks and '\r'.
func trimRight(v []byte) []byte {
	for len(v) > 0 && (v[len(v)-1] == ' ' || v[len(v)-1] == '\r' || v[len(v)-1] == '\t') {
		v = v[:len(v)-1]
	}
	return v
}

// printedBytes returns how many bytes of v are neither blanks nor '\r' nor a closing quote or
// parenthesis (0: the line ends there).
func printedBytes(v []byte) int {
	n := 0
	for _, c := range v {
		switch c {
		case ' ', '\t', '\r', '"', '\'', ')', '`':
		default:
			n++
		}
	}
	return n
}

// allBase64 reports whether v is base64 (letters, digits, '+', '/', and '=' padding at the end).
func allBase64(v []byte) bool {
	k := len(v)
	for k > 0 && v[k-1] == '=' {
		k--
	}
	for _, c := range v[:k] {
		if byteClass[c]&clB64 == 0 {
			return false
		}
	}
	return k > 0 && len(v)-k <= 2
}

// ansibleGroup reads a group of ansible-inventory --graph at i (the word after "|--@"), or a
// host (after "|--", once a group was read): the aws_ec2 plugin's keyed groups carry the value
// they group by, with '-' and '.' turned into '_' (tag_Name_web_1, security_group_web_sg,
// key_ops_2026, vpc_id_vpc_0c83a1e6f4b92d757). It emits the value and returns the end of the
// group's name, or -1.
func (s *scanState) ansibleGroup(i int) int {
	text := s.text
	e := i
	for e < len(text) && (isWord(text[e]) || text[e] == '-' || text[e] == '.') {
		e++
	}
	if text[i-1] == '-' {
		// a host under a group (|  |--kp-ledger-worker-03): its inventory name, the Name tag or
		// a DNS name
		if e < len(text) && text[e] != '\n' && text[e] != '\r' {
			return -1
		}
		if end := s.tryStructural(i); end > i {
			return end
		}
		if acceptValue(text[i:e], "tag-value", modeName) && !hasByte(text[i:e], '.') {
			s.emit(i, e, "tag-value", s.kvRule)
		}
		return e
	}
	if e >= len(text) || text[e] != ':' {
		return -1 // a group of another shape
	}
	s.ansibleGraph = true
	g := text[i:e]
	vs, typ := -1, ""
	switch {
	case hasPrefix(g, "tag_"):
		if k := bytes.IndexByte(g[4:], '_'); k > 0 && 4+k+1 < len(g) {
			vs, typ = i+4+k+1, "tag-value"
		}
	case hasPrefix(g, "security_group_") && len(g) > 15:
		vs, typ = i+15, "security-group-name"
	case hasPrefix(g, "key_") && len(g) > 4:
		vs, typ = i+4, "key-pair-name"
	case hasPrefix(g, "vpc_id_") && len(g) > 7:
		vs, typ = i+7, "vpc-id"
	}
	if vs < 0 || !acceptValue(text[vs:e], typ, modeName) {
		return -1
	}
	s.emit(vs, e, typ, s.kvRule)
	return e
}

// ipconfigLine reads a line of Windows' ipconfig /all at the key's last word [i, e), which
// dots lead to the value ("   Host Name . . . . : FIN-WS-0417", "Physical Address. . . :
// 3C-52-82-A1-7F-0D"): the host's name and the adapter's hardware address join s.early (the
// addresses and DNS suffixes have shapes of their own).
func (s *scanState) ipconfigLine(i, e int) {
	text := s.text
	ls := lineStart(text, i, 64)
	k := e
	for k < len(text) && k-e < 64 && (text[k] == '.' || text[k] == ' ') {
		k++
	}
	if k+1 >= len(text) || text[k] != ':' || text[k+1] != ' ' {
		return
	}
	vs := k + 2
	ve := vs
	for ve < len(text) && text[ve] > ' ' {
		ve++
	}
	if ve == vs || ve < len(text) && text[ve] != '\n' && text[ve] != '\r' {
		return // one token to the line's end
	}
	key := bytes.TrimSpace(text[ls:i])
	switch {
	case string(key) == "Host" && string(text[i:e]) == "Name":
		if v := text[vs:ve]; acceptValue(v, "host-name", modeName) && !hasByte(v, '.') {
			s.addEarly(match{start: vs, end: ve, typ: "host-name", rule: s.kvRule})
		}
	case string(key) == "Physical" && string(text[i:e]) == "Address":
		if ve-vs == 17 && dashedMAC(text[vs:ve]) {
			s.addEarly(match{start: vs, end: ve, typ: "mac-address", rule: s.kvRule})
		}
	}
}

// dashedMAC: a hardware address as Windows writes it (3C-52-82-A1-7F-0D).
func dashedMAC(v []byte) bool {
	for g := 0; g < 6; g++ {
		p := 3 * g
		if !isHex(v[p]) || !isHex(v[p+1]) || g < 5 && v[p+2] != '-' {
			return false
		}
	}
	return string(v) != "00-00-00-00-00-00" && string(v) != "FF-FF-FF-FF-FF-FF"
}

// pulumiURN reads a Pulumi resource's URN from p (past "urn:pulumi:"): STACK::PROJECT::TYPE::NAME.
// The project and the resource's name are the customer's (the stack, prod or staging, and the
// type, aws:iam/role:Role, are not); it returns the URN's end, or -1.
func (s *scanState) pulumiURN(p int) int {
	text := s.text
	var parts [4]seg
	k := p
	for np := 0; np < 4; np++ {
		st := k
		for k < len(text) && k-p < 512 && text[k] > ' ' && text[k] != '"' && text[k] != '\'' && text[k] != ']' &&
			text[k] != '\\' && (text[k] != ':' || k+1 >= len(text) || text[k+1] != ':') {
			k++
		}
		parts[np] = seg{st, k, k, 0}
		if np < 3 {
			if k+1 >= len(text) || text[k] != ':' || text[k+1] != ':' {
				return -1
			}
			k += 2
		}
	}
	for _, g := range [...]struct {
		seg seg
		typ string
	}{{parts[1], "pulumi-project"}, {parts[3], "resource-name"}} {
		if v := text[g.seg.start:g.seg.end]; acceptValue(v, g.typ, modeName) {
			s.emit(g.seg.start, g.seg.end, g.typ, s.kvRule)
		}
	}
	return k
}

// supportCase reads an AWS Support case's number after the word case (at e): "case
// 17731588420", "[Case 17731588420]", "Case ID: x", "case number x", "case ID is x",
// "Support-Case-ID x". The number (eight to sixteen digits: the console's newer case IDs
// have fifteen) joins s.early.
func (s *scanState) supportCase(e int) {
	text := s.text
	k := e
	for w := 0; w < 3 && k < len(text); w++ {
		for k < len(text) && (text[k] == ' ' || text[k] == ':' || text[k] == '#' || text[k] == '-' && w == 0) {
			k++
		}
		if k < len(text) && isDigit(text[k]) {
			break
		}
		we := k
		for we < len(text) && isLetter(text[we]) {
			we++
		}
		var buf [8]byte
		lw, _ := lowerASCII(buf[:], text[k:we])
		switch string(lw) {
		case "id", "number", "is", "no":
			k = we
		default:
			return
		}
	}
	d := k
	for d < len(text) && isDigit(text[d]) {
		d++
	}
	if d-k < 8 || d-k > 16 || d < len(text) && (isAlnum(text[d]) || text[d] == '-' || text[d] == '.' && d+1 < len(text) && isDigit(text[d+1])) {
		return
	}
	s.addEarly(match{start: k, end: d, typ: "support-case-id", rule: s.kvRule})
}

// sqlQualified reads the qualified name after a SQL keyword that names a table (FROM, JOIN,
// INTO, TABLE, UPDATE) at [i, e): [catalog.]database.table, each part a plain or quoted
// identifier. The database (a Glue or Redshift database, an Athena catalog's) and the table
// are the customer's when specific (with '_' or a digit: zephyr_db.orders_fact); engines' own
// catalogs and schemas (awsdatacatalog, information_schema, public) stay. A lower-case
// keyword counts only in a statement (a SQL verb earlier on the line), so prose and Python
// (from os.path import x) are not read. The names join s.early.
func (s *scanState) sqlQualified(i, e int) {
	text := s.text
	if isUpper(text[i]) && !allUpperLetters(text[i:e]) {
		return // From, Table: a sentence's word
	}
	k := e
	if k >= len(text) || text[k] != ' ' {
		return
	}
	for k < len(text) && k-e < 16 && text[k] == ' ' {
		k++ // (FROM   "db"."table": a formatter aligns the clauses)
	}
	if k < len(text) && text[k] == '\'' {
		// IoT Core's rule SQL: SELECT ... FROM 'acme/plant-7/+/telemetry': the topic filter,
		// whose levels name the customer's sites and devices, masked whole
		if q := bytes.IndexByte(text[k+1:min(len(text), k+257)], '\''); q > 0 && (string(text[i:e]) == "FROM" || string(text[i:e]) == "from") &&
			bytesContainsFold(text[lineStart(text, i, 512):i], "select ") {
			if v := text[k+1 : k+1+q]; hasByte(v, '/') && !hasByte(v, ' ') && !hasPrefix(v, "$aws/") {
				s.addEarly(match{start: k + 1, end: k + 1 + q, typ: "mqtt-topic", rule: s.kvRule})
			}
		}
		return
	}
	if hasPrefixFold(text[k:], "if not exists ") {
		k += 14
	}
	var parts [3]seg
	np := 0
	for np < len(parts) {
		q, esc := byte(0), false
		if k+1 < len(text) && text[k] == '\\' && text[k+1] == '"' {
			q, esc = '"', true // FROM \"db\".\"table\": a query inside a JSON string
			k += 2
		} else if k < len(text) && (text[k] == '"' || text[k] == '`') {
			q = text[k]
			k++
		}
		st := k
		for k < len(text) && k-st < 128 && (isWord(text[k]) || q != 0 && text[k] == '-') {
			k++
		}
		if k == st || !isLetter(text[st]) && text[st] != '_' {
			return
		}
		parts[np] = seg{st, k, k, 0}
		np++
		if esc {
			if k+1 >= len(text) || text[k] != '\\' || text[k+1] != '"' {
				return
			}
			k++
		}
		if q != 0 {
			if k >= len(text) || text[k] != q {
				return
			}
			k++
		}
		if k >= len(text) || text[k] != '.' {
			break
		}
		k++
	}
	if np < 2 || k < len(text) && (text[k] == '.' || isAlnum(text[k]) || text[k] == '-') {
		return // a bare table (kept), or a host or path (api.example.com, x.y-z)
	}
	last := text[parts[np-1].start:parts[np-1].end]
	if fileName(text[parts[0].start:parts[np-1].end]) || publicSuffix(last) {
		return // from config.yaml, from example.com
	}
	if !isUpper(text[i]) && !sqlVerbIn(text[lineStart(text, i, 512):i]) {
		return // (looked for last: most words after "from" are not qualified names)
	}
	if np == 2 && sqlSystemSchema(text[parts[0].start:parts[0].end]) {
		return // a system view: information_schema.tables, sys.iam_pg_role_mappings, pg_catalog.pg_roles
	}
	for p := 0; p < np; p++ {
		v := text[parts[p].start:parts[p].end]
		typ := "database-name"
		if p == np-1 {
			typ = "table-name"
		} else if sqlBuiltinSchema(v) {
			continue
		}
		if (hasByte(v, '_') || hasDigitByte(v)) && acceptValue(v, typ, modeName) {
			// (a plain word, users or analytics, would be masked wherever the text says it)
			s.addEarly(match{start: parts[p].start, end: parts[p].end, typ: typ, rule: s.kvRule})
		}
	}
}

// sqlVerbIn reports whether line has a word that starts a SQL statement.
func sqlVerbIn(line []byte) bool {
	for _, v := range [...]string{"select ", "insert ", "create ", "delete ", "update ", "merge ", "describe ", "alter ",
		"unload ", "copy ", "msck ", "drop ", "truncate ", "with ", "grant ", "revoke ", "show "} {
		if bytes.Contains(line, []byte(v)) {
			return true
		}
	}
	return false
}

// sqlBuiltinSchema: catalogs and schemas every engine has (awsdatacatalog, information_schema,
// pg_catalog, public, default, hive, iceberg, glue_catalog).
func sqlBuiltinSchema(v []byte) bool {
	var buf [24]byte
	w, ok := lowerASCII(buf[:], v)
	if !ok {
		return false
	}
	switch string(w) {
	case "awsdatacatalog", "public", "default", "hive", "iceberg", "glue_catalog", "dbo", "svv", "stl", "stv", "pg_temp",
		"spark_catalog":
		return true
	}
	return sqlSystemSchema(w)
}

// sqlSystemSchema: the schemas of an engine's own views (information_schema, pg_catalog, sys,
// mysql, performance_schema, system), whose tables are the engine's too.
func sqlSystemSchema(v []byte) bool {
	var buf [24]byte
	w, ok := lowerASCII(buf[:], v)
	if !ok {
		return false
	}
	switch string(w) {
	case "information_schema", "pg_catalog", "sys", "mysql", "performance_schema", "system":
		return true
	}
	return false
}

// sesVerification reads SES's domain verification token after the record name _amazonses
// (e is past "amazonses"): the first quoted base64 value of 40 to 48 bytes on the line or in
// the next 160 bytes (a zone file's TXT record, a JSON record's "Value", a Terraform
// records list). The token joins s.early.
func (s *scanState) sesVerification(e int) {
	text := s.text
	lim := min(len(text), e+160)
	for k := e; k < lim; k++ {
		if text[k] != '"' {
			continue
		}
		q := k + 1
		for q < len(text) && q-k <= 49 && (byteClass[text[q]]&clB64 != 0 || text[q] == '=') {
			q++
		}
		if q < len(text) && text[q] == '"' && q-k-1 >= 40 && allBase64(text[k+1:q]) && hasDigitByte(text[k+1:q]) {
			s.addEarly(match{start: k + 1, end: q, typ: "ses-verification-token", rule: s.kvRule})
			return
		}
	}
}

// sshdUser reads the account an sshd or PAM line names after "for" or "user" (e is past the
// word): "Accepted publickey for x from ADDR", "Failed password for invalid user x from ADDR",
// "session opened for user x(uid=1004)". The line must be sshd's (it says sshd) and the name
// must be followed by " from " or "(uid="; after "as user" any line will do (CodeDeploy's
// "run as user claimsvc failed"). The name joins s.early.
func (s *scanState) sshdUser(e int) {
	text := s.text
	if e >= len(text) || text[e] != ' ' {
		return
	}
	v := e + 1
	if i := e - 4; i >= 3 && (string(text[i-3:i]) == "as " || string(text[i-3:i]) == "As ") {
		// "run as user claimsvc failed", "running as user etl": the account a process runs as
		ve := v
		for ve < len(text) && ve-v < 32 && (isWord(text[ve]) || text[ve] == '.' && ve+1 < len(text) && isWord(text[ve+1]) || text[ve] == '-') {
			ve++
		}
		if u := text[v:ve]; ve > v && isLetter(text[v]) && !stopWord(u) && !runnerUser(u) && !defaultLogin(u) && !commonWord(u) && !tokenLike(u) {
			s.addEarly(match{start: v, end: ve, typ: "os-user", rule: s.kvRule})
		}
		return
	}
	if hasPrefix(text[v:], "invalid user ") || hasPrefix(text[v:], "user ") {
		return // read at the word user
	}
	ve := v
	for ve < len(text) && ve-v < 64 && (isWord(text[ve]) || text[ve] == '.' || text[ve] == '-' || text[ve] == '@') {
		ve++
	}
	if ve == v || !hasPrefix(text[ve:], " from ") && !hasPrefix(text[ve:], "(uid=") {
		return
	}
	ls := lineStart(text, v, 256)
	if !bytes.Contains(text[ls:v], []byte("sshd")) && !bytes.Contains(text[ls:v], []byte("pam_unix")) {
		return
	}
	if u := text[v:ve]; !stopWord(u) && !runnerUser(u) {
		s.addEarly(match{start: v, end: ve, typ: "username", rule: s.kvRule})
	}
}

// loginUser reads the login name before the '@' at at in an ssh, sftp or scp command's
// target (sftp -i key ingest-tw-01@s-....server.transfer...): a Transfer Family user or an
// account on the host. The images' own users (ec2-user, ubuntu, ...) stay. It joins s.late.
func (s *scanState) loginUser(at int) {
	text := s.text
	u := at
	for u > 0 && at-u < 64 && (isWord(text[u-1]) || text[u-1] == '.' || text[u-1] == '-') {
		u--
	}
	if u == at || u == 0 || text[u-1] != ' ' && text[u-1] != '/' || !isAlnum(text[u]) {
		return
	}
	ls := lineStart(text, u, 256)
	if c := bytes.LastIndexAny(text[ls:u], ";|&"); c >= 0 {
		ls += c + 1 // (the command the target belongs to: ssh x@a && echo team@b)
	}
	line := text[ls:u]
	if !bytes.Contains(line, []byte("ssh ")) && !bytes.Contains(line, []byte("sftp ")) && !bytes.Contains(line, []byte("scp ")) &&
		!bytes.Contains(line, []byte("sftp://")) && !bytes.Contains(line, []byte("ssh://")) {
		return
	}
	if v := text[u:at]; !runnerUser(v) && !defaultLogin(v) && !tokenLike(v) && !stopWord(v) {
		s.late = append(s.late, match{start: u, end: at, typ: "os-user", rule: s.kvRule})
	}
}

// defaultLogin: the login names that images and appliances come with (root, git, fedora,
// bitnami, opc), which name no one.
func defaultLogin(v []byte) bool {
	switch string(v) {
	case "root", "git", "fedora", "debian", "bitnami", "core", "opc", "azureuser", "ec2", "pi", "vagrant", "oracle", "hadoop",
		"ansible", "deploy", "postgres", "mysql":
		return true
	}
	return false
}

// windowsHomeUser reads the user's name in a Windows home directory, C:\Users\NAME\ (the
// word Users at [i, e), its backslashes doubled in JSON and code): it joins s.early.
func (s *scanState) windowsHomeUser(i, e int) {
	text := s.text
	if i < 3 || text[i-1] != '\\' || e+1 >= len(text) || text[e] != '\\' {
		return
	}
	d := i - 1
	if text[d-1] == '\\' {
		d-- // C:\\Users\\x
	}
	if d < 2 || text[d-1] != ':' || !isLetter(text[d-2]) {
		return
	}
	v := e + 1
	if e+1 < len(text) && text[e+1] == '\\' {
		v++
	}
	ve := v
	for ve < len(text) && ve-v < 64 && (isWord(text[ve]) || text[ve] == '.' || text[ve] == '-') {
		ve++
	}
	if ve == v || ve < len(text) && text[ve] != '\\' && text[ve] > ' ' && text[ve] != '"' && text[ve] != '\'' {
		return
	}
	switch u := text[v:ve]; string(u) {
	case "Public", "Default", "Administrator", "Admin", "All", "Default User", "USERNAME", "username", "user", "x":
		return
	default:
		if stopWord(u) || placeholder(u) {
			return
		}
	}
	s.addEarly(match{start: v, end: ve, typ: "username", rule: s.kvRule})
	p := ve + 1
	if p < len(text) && text[ve] == '\\' && text[p] == '\\' {
		p++
	}
	if ve >= len(text) || text[ve] != '\\' || p >= len(text) || !isAlnum(text[p]) {
		return
	}
	pe := p
	for pe < len(text) && pe-p < 64 && (isWord(text[pe]) || text[pe] == '.' || text[pe] == '-') {
		pe++
	}
	if pr := text[p:pe]; compoundName(pr) && !fileName(pr) && !stopWord(pr) && (pe == len(text) || text[pe] == '\\' || text[pe] == '>' || text[pe] <= ' ') {
		// a checkout straight in the home directory (PS C:\Users\x\harrowgate-tf>): the repository's name
		s.addEarly(match{start: p, end: pe, typ: "repo-name", rule: s.kvRule})
	}
}

// sshConfigUser reads an ssh_config line "User NAME" (the word at [i, e) starts its line
// after indentation, the name ends it): the login name joins s.early.
func (s *scanState) sshConfigUser(i, e int) {
	text := s.text
	ls := lineStart(text, i, 64)
	if len(bytes.TrimLeft(text[ls:i], " \t")) != 0 || e >= len(text) || text[e] != ' ' {
		return
	}
	v := skipBlanks(text, e)
	ve := v
	for ve < len(text) && ve-v < 64 && (isWord(text[ve]) || text[ve] == '.' || text[ve] == '-') {
		ve++
	}
	if ve == v || !isLower(text[v]) || ve < len(text) && text[ve] != '\n' && text[ve] != '\r' {
		return // (a heading's second word, "User Guide", is capitalised)
	}
	if u := text[v:ve]; !stopWord(u) && !runnerUser(u) && !placeholder(u) {
		s.addEarly(match{start: v, end: ve, typ: "username", rule: s.kvRule})
	}
}

// kinitUser reads the principal kinit is given after the word (e is past "kinit"): flags are
// skipped (with the keytab's path after -t or -kt), and the principal's user part, up to '@'
// or '/', joins s.early.
func (s *scanState) kinitUser(e int) {
	text := s.text
	k := e
	for t := 0; t < 6 && k < len(text) && text[k] == ' '; t++ {
		k = skipBlanks(text, k)
		te := k
		for te < len(text) && text[te] > ' ' {
			te++
		}
		tok := text[k:te]
		if len(tok) == 0 {
			return
		}
		if tok[0] == '-' {
			k = te
			if string(tok) == "-t" || string(tok) == "-kt" || string(tok) == "-c" {
				k = skipBlanks(text, k) // the keytab's or cache's path
				for k < len(text) && text[k] > ' ' {
					k++
				}
			}
			continue
		}
		u := 0
		for u < len(tok) && tok[u] != '@' && tok[u] != '/' {
			u++
		}
		if v := tok[:u]; len(v) >= 2 && isLetter(v[0]) && !stopWord(v) && !hasByte(v, '$') {
			s.addEarly(match{start: k, end: k + u, typ: "username", rule: s.kvRule})
		}
		return
	}
}

// ecsAgentPath reads the path of a request to the ECS agent at p (past "169.254.170.2/"):
// v2/credentials/ID names a task's credentials, v3/ID and v4/ID (32 hex digits, a '-' and
// the container's number) name the task and its container. The ID joins s.early.
func (s *scanState) ecsAgentPath(p int) {
	text := s.text
	typ := "ecs-task-id"
	switch {
	case hasPrefix(text[p:], "v2/credentials/"):
		p += 15
		typ = "ecs-credentials-id"
	case hasPrefix(text[p:], "v3/") || hasPrefix(text[p:], "v4/"):
		p += 3
	default:
		return
	}
	e := p
	for e < len(text) && e-p < 64 && (isAlnum(text[e]) || text[e] == '-') {
		e++
	}
	if e-p >= 32 {
		s.addEarly(match{start: p, end: e, typ: typ, rule: s.kvRule})
	}
}

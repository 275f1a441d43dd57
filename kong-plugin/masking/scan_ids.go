package masking

import (
	"bytes"
	"encoding/base64"
)

// Structural matchers for identifiers whose shape alone proves what they are: EC2-family
// resource IDs, IAM keys and unique IDs, account IDs, IPv4/IPv6 addresses, session tokens.

// ec2PrefixType maps a lower-case resource-ID prefix (without the trailing '-') to its secret
// type. known reports whether the prefix is a documented one (8-hex IDs need that; 17-hex
// IDs of an unknown prefix are still reported, as "resource-id").
func ec2PrefixType(p []byte) (typ string, known bool) {
	switch string(p) {
	case "i":
		return "instance-id", true
	case "ami":
		return "ami-id", true
	case "cks":
		return "custom-key-store-id", true // KMS custom key stores
	case "cap":
		return "outposts-id", true // Outposts capacity tasks
	case "vol":
		return "volume-id", true
	case "snap":
		return "snapshot-id", true
	case "eni":
		return "eni-id", true
	case "eni-attach":
		return "eni-attachment-id", true
	case "vpc":
		return "vpc-id", true
	case "subnet":
		return "subnet-id", true
	case "sg":
		return "security-group-id", true
	case "sgr":
		return "sg-rule-id", true
	case "rtb":
		return "route-table-id", true
	case "rtbassoc":
		return "route-table-assoc-id", true
	case "igw":
		return "internet-gateway-id", true
	case "eigw":
		return "egress-only-igw-id", true
	case "nat":
		return "nat-gateway-id", true
	case "tgw":
		return "transit-gateway-id", true
	case "tgw-attach":
		return "tgw-attachment-id", true
	case "tgw-rtb":
		return "tgw-route-table-id", true
	case "vpce":
		return "vpc-endpoint-id", true
	case "vpce-svc":
		return "vpc-endpoint-service-id", true
	case "sgw":
		return "storage-gateway-id", true // Storage Gateway: sgw-4E8C21A7
	case "share":
		return "file-share-id", true
	case "pcx":
		return "peering-id", true
	case "acl":
		return "network-acl-id", true
	case "aclassoc":
		return "acl-assoc-id", true
	case "eipalloc":
		return "eip-allocation-id", true
	case "eipassoc":
		return "eip-association-id", true
	case "lt":
		return "launch-template-id", true
	case "dopt":
		return "dhcp-options-id", true
	case "r":
		return "reservation-id", true
	case "vpc-cidr-assoc", "subnet-cidr-assoc":
		return "vpc-cidr-assoc-id", true
	case "fl":
		return "flow-log-id", true
	case "rni", "rslvr-in", "rslvr-out", "rslvr-rr", "rslvr-rrassoc", "rslvr-fdl", "rslvr-frg", "rslvr-frgassoc", "rslvr-qlc",
		"rslvr-qlcassoc", "rslvr-autodefined-rr":
		return "resolver-id", true
	case "vgw", "cgw", "vpn", "lgw", "cvpn-endpoint", "tgw-connect", "tgw-mcast-domain":
		return "vpn-gateway-id", true
	case "pl", "prefix":
		return "prefix-list-id", true
	case "ipam", "ipam-pool", "ipam-scope":
		return "ipam-id", true
	case "sir", "sfr", "fleet", "cr", "h":
		return "ec2-request-id", true
	case "fs", "fsmt", "fsap", "fsvol":
		return "filesystem-id", true
	case "ami-build", "import-ami", "import-snap", "export":
		return "ec2-task-id", true
	}
	return "resource-id", false
}

// matchEC2ID matches prefix-hex IDs: i-0abc..., tgw-attach-..., Subnet-..., vol-91832b7f,
// i-0598c7d356EXAMPLE, and RDS resource IDs (db-/cluster- + 26 upper-case characters).
func matchEC2ID(s *scanState, i, ri int) int {
	text := s.text
	n := len(text)
	if s.w.at == i && s.w.bits&shHyphen1 == 0 {
		return s.underscoreEC2ID(i, ri) // snake_case: only a generated node ID (subnet_0c3e...) can be one
	}
	if end := userPoolID(text, i); end > 0 {
		s.emit(i, end, "cognito-user-pool-id", ri) // us-west-2_Kq8Vt3LmZ in prose or a table
		if end+1 < n && text[end] == '|' {
			// Verified Permissions' entity ID for a Cognito identity source, POOL|SUB or
			// POOL|GROUP: the user's subject (a UUID) or the group's name
			v, e := end+1, end+1
			for e < n && e-v < 128 && (isWord(text[e]) || text[e] == '-' || text[e] == '.' || text[e] == '@' || text[e] == '+') {
				e++
			}
			switch {
			case e-v == 36 && isUUID(text[v:e]):
				s.emit(v, e, "resource-id", ri)
			case e > v && acceptValue(text[v:e], "group-name", modeName):
				s.emit(v, e, "group-name", ri)
			}
			return e
		}
		return end
	}
	if text[i] == 'f' && i+42 <= n && hasPrefix(text[i:], "fleet-") && isUUID(text[i+6:i+42]) && (i+42 == n || !isAlnum(text[i+42]) && text[i+42] != '-') {
		s.emit(i, i+42, "ec2-request-id", ri) // an EC2 Fleet's or a GameLift fleet's ID: fleet- and a whole UUID
		return i + 42
	}
	var buf [40]byte
	var segAt [6]int // text offset of each prefix segment
	var bufAt [6]int // buf offset of each prefix segment
	pl := 0
	j := i
	for seg := 0; seg < 5; seg++ {
		segAt[seg], bufAt[seg] = j, pl
		k := j
		for k < n && isAlnum(text[k]) {
			k++
		}
		sl := k - j
		if seg == 0 && k < n && text[k] == '_' {
			return s.underscoreEC2ID(i, ri)
		}
		if sl == 0 || k < n && text[k] == '_' && (seg == 0 || sl != 17) {
			return -1 // a snake_case word; a 17-hex ID may stand between underscores (..._fl-0b8e..._2026...)
		}
		if seg > 0 && (k >= n || !isAlnum(text[k])) {
			body := text[j:k]
			if sl > 17 && sl <= 20 && body[0] == '0' && allHex(body[:17]) && allLowerLetters(body[17:]) && !allHex(body) {
				// a grammatical ending glued to a 17-digit ID (German i-0a7d...650s, Tanglish
				// vol-04c8...350oda): the ID is its first 17 digits
				k, sl, body = j+17, 17, body[:17]
			}
			if (sl == 8 || sl == 17) && allHex(body) || isExampleBody(body) {
				// the longest known prefix that ends here (alarm-high-i-0abc...: from "i")
				if sl == 8 && seg == 1 && string(buf[:pl]) == "pl" && managedPrefixList(text, i, k) {
					return k // an AWS-managed prefix list (pl-63a5400a: S3's in us-east-1), the same in every account; a customer's has 17 digits
				}
				if sl == 8 && string(body) == "ffffffff" {
					return k // AWS's placeholder (vol-ffffffff: a snapshot copied from another snapshot has no volume)
				}
				for p := 0; p < seg; p++ {
					if typ, known := ec2PrefixType(buf[bufAt[p]+boolInt(p > 0) : pl]); known {
						s.emit(segAt[p], k, typ, ri)
						return s.consoleName(k, ri)
					}
				}
				if sl == 17 && body[0] == '0' && pl >= 2 && (seg <= 3 || hasPrefix(buf[:pl], "ipam-")) {
					// (IPAM's longer prefixes: ipam-res-disco-assoc-, ipam-ext-res-ver-)
					typ, known := ec2PrefixType(buf[:pl])
					if !known && i >= 2 && (text[i-1] == '.' || text[i-1] == '_') && isAlnum(text[i-2]) {
						if ns := sessionNameStart(s, i); ns < i {
							// a Session Manager session of a dotted or snake-case name
							// (dmitri.volkov-0a1b2c3d4e5f67890): the whole name is the session's
							s.emit(ns, k, "ssm-session-id", ri)
							return k
						}
					}
					s.emit(i, k, typ, ri)
					return k
				}
			}
			if sl == 16 && (string(buf[:pl]) == "ssoins" || string(buf[:pl]) == "ps") && allHex(body) {
				s.emit(i, k, "sso-id", ri) // IAM Identity Center instance and permission set
				return k
			}
			if sl == 32 && allHex(body) && deadlineID(buf[:pl]) {
				s.emit(i, k, "deadline-id", ri) // AWS Deadline Cloud: farm-, queue-, fleet-, job-, step-, worker-, sp- + 32 hex
				return k
			}
			if sl == 33 && string(buf[:pl]) == "ipam-pool-alloc" && allHex(body) {
				s.emit(i, k, "resource-id", ri) // an IPAM pool allocation: 33 hex digits
				return k
			}
			if sl == 32 && string(buf[:pl]) == "mrk" && allHex(body) {
				s.emit(j, k, "kms-key-id", ri) // a multi-Region KMS key: the mrk- prefix says so and stays
				return k
			}
			if sl == 32 && allHexLower(body) && hasDigitByte(body) && seg == 1 && (pl >= 3 || string(buf[:pl]) == "m") {
				// a word and 32 hex digits: another service's resource (End User Messaging's
				// registration- and attachment-, WorkMail's m- organizations), named the way
				// Deadline Cloud names its own
				s.emit(i, k, "resource-id", ri)
				return k
			}
			if (sl == 16 && (hasPrefix(buf[:pl], "rslvr-") || string(buf[:pl]) == "rqlc" || string(buf[:pl]) == "rqlca") || (sl == 16 || sl == 17) && string(buf[:pl]) == "rni") && allHex(body) {
				// Route 53 Resolver: firewall domain lists, query log configs (rqlc-) and their
				// associations (rqlca-), the network
				// interfaces its OCSF query logs name (rni-)
				s.emit(i, k, "resolver-id", ri)
				return k
			}
			if sl >= 20 && sl <= 30 && (string(buf[:pl]) == "db" || string(buf[:pl]) == "cluster") && allUpperAlnum(body) {
				s.emit(i, k, "rds-resource-id", ri)
				return k
			}
		}
		if sl > 16 || !allLetters(text[j:k]) || k >= n || text[k] != '-' {
			return -1
		}
		if pl > 0 {
			if pl == len(buf) {
				return -1 // (a run of words longer than any prefix: no room for the '-')
			}
			buf[pl] = '-'
			pl++
		}
		if pl+sl > len(buf) {
			return -1
		}
		for _, c := range text[j:k] {
			buf[pl] = c | 0x20
			pl++
		}
		j = k + 1
	}
	return -1
}

// underscoreEC2ID matches an EC2 ID written with '_' for '-', as generated diagrams name
// their nodes: subnet_0c3e9a1f7d5b28460 for subnet-0c3e9a1f7d5b28460.
func (s *scanState) underscoreEC2ID(i, ri int) int {
	text := s.text
	n := len(text)
	k := i
	for k < n && k-i <= 8 && isLetter(text[k]) {
		k++
	}
	if k > i && k+11 <= n && text[k] == '_' && (k+11 == n || !isAlnum(text[k+11]) && text[k+11] != '_') &&
		boundaryPrefix(text[i:k]) && mixedCaseDigits(text[k+1:k+11]) {
		s.emit(i, k+11, "boundary-id", ri) // HashiCorp Boundary: ttcp_3Mv8Yh1WcZ, s_0Ra5Tn8UyB, ampw_7Kq2xT9bRm
		return k + 11
	}
	if k-i == 3 && k+11 <= n && string(text[i:k]) == "pcs" && text[k] == '_' && (k+11 == n || !isAlnum(text[k+11]) && text[k+11] != '_') &&
		allLowerAlnum(text[k+1:k+11]) && hasDigitByte(text[k+1:k+11]) {
		s.emit(i, k+11, "pcs-id", ri) // AWS PCS's clusters, queues and node groups: pcs_ and ten letters and digits
		return k + 11
	}
	if k-i == 3 && k+15 <= n && string(text[i:k]) == "dzd" && text[k] == '_' && (k+15 == n || !isAlnum(text[k+15]) && text[k+15] != '_') &&
		allLowerAlnum(text[k+1:k+15]) {
		s.emit(i, k+15, "datazone-domain-id", ri) // Amazon DataZone's domains: dzd_ and 14 letters and digits
		return k + 15
	}
	if k == i || k-i > 8 || k+18 > n || text[k] != '_' || !allHex(text[k+1:k+18]) || k+18 < n && isAlnum(text[k+18]) {
		return -1
	}
	var low [8]byte
	for p, c := range text[i:k] {
		low[p] = c | 0x20
	}
	if typ, known := ec2PrefixType(low[:k-i]); known {
		s.emit(i, k+18, typ, ri)
		return k + 18
	}
	return -1
}

// boundaryPrefix: the type prefixes of HashiCorp Boundary's IDs (targets, sessions, scopes,
// auth methods, accounts, host catalogs and sets, credential stores and libraries).
func boundaryPrefix(p []byte) bool {
	switch string(p) {
	case "ttcp", "tssh", "s", "p", "o", "ampw", "amoidc", "amldap", "acctpw", "acctoidc", "acctldap", "hcplg", "hcst",
		"hsplg", "hsst", "hplg", "hst", "csst", "csvlt", "clvlt", "credup", "u", "r", "g":
		return true
	}
	return false
}

// deadlineID: the prefixes of AWS Deadline Cloud's IDs (farm-, queue-, fleet-, job-, step-,
// task-, worker-, session-, sessionaction-, sp- for storage profiles, le- for limits), each
// before 32 hex digits.
func deadlineID(prefix []byte) bool {
	switch string(prefix) {
	case "farm", "queue", "fleet", "job", "step", "task", "worker", "session", "sessionaction", "sp", "le", "budget",
		"queue-fleet-association":
		return true
	}
	return false
}

// consoleName reads the console's "ID / Name" form after a resource ID that ends at k
// (vpc-06e1b9d4a7c3f2058 / drayline-main): the Name tag's value, masked when it is a name. It
// returns the end of what was read.
func (s *scanState) consoleName(k, ri int) int {
	text := s.text
	if k+4 > len(text) || text[k] != ' ' || text[k+1] != '/' || text[k+2] != ' ' || !isAlnum(text[k+3]) {
		return k
	}
	v := k + 3
	e := v
	for e < len(text) && e-v < 128 && (isWord(text[e]) || text[e] == '-' || text[e] == '.') {
		e++
	}
	if e < len(text) {
		switch text[e] {
		case ' ', '\t', '\n', '\r', ',', ')':
		default:
			return k // the name goes on (a path, a word glued to it)
		}
	}
	for e > v && text[e-1] == '.' {
		e-- // the sentence's full stop: i-0abc... / m6i.large.
	}
	if w := text[v:e]; acceptValue(w, "tag-value", modeName) && !allDigits(w) && (len(w) > 4 || !allUpperLetters(w)) {
		s.emit(v, e, "tag-value", ri) // (an acronym is the next item's label: nat-0a2f... / EIP 54.209.133.18)
		return e
	}
	return k
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func allHex(b []byte) bool {
	for _, c := range b {
		if !isHex(c) {
			return false
		}
	}
	return true
}

// userPoolID returns the end of a Cognito user pool ID at i (a region, '_', and nine
// letters and digits with an upper-case letter and a digit or a lower-case letter:
// us-west-2_Kq8Vt3LmZ), or -1.
func userPoolID(text []byte, i int) int {
	if i+12 > len(text) || text[i+2] != '-' {
		return -1 // a region's two letters, then '-'
	}
	u := i
	for u < len(text) && u-i < 16 && (isLower(text[u]) || isDigit(text[u]) || text[u] == '-') {
		u++
	}
	if u >= len(text) || text[u] != '_' || !regionLike(text[i:u]) {
		return -1
	}
	e := u + 1
	upper, lower, digit := false, false, false
	for e < len(text) && isAlnum(text[e]) {
		upper = upper || isUpper(text[e])
		lower = lower || isLower(text[e])
		digit = digit || isDigit(text[e])
		e++
	}
	if e-u-1 != 9 || !upper && (!lower || !digit || i > 0 && isWord(text[i-1])) || !digit && !lower ||
		e < len(text) && (text[e] == '_' || text[e] == '-') {
		// (an upper-case letter and a digit, or both cases: eu-central-1_fcOxcoEdg; or, alone,
		// lower case and digits: eu-west-1_vl3ty805h, as rare a draw as it is)
		return -1
	}
	return e
}

// hexPairs reads the colon-separated pairs of hex digits at i (aa:bb:cc...): it returns how
// many there are and where the last one ends. Standing alone, six are a MAC address
// (00:50:56:a3:1f:9c); eight or more (a certificate's serial in an NLB TLS log, a key's MD5
// fingerprint) are longer than one and, in groups of two, no IPv6 address.
func hexPairs(text []byte, i int) (end, pairs int) {
	p := i
	for p+1 < len(text) && isHex(text[p]) && isHex(text[p+1]) {
		pairs++
		end = p + 2
		if end+2 < len(text) && text[end] == ':' && isHex(text[end+1]) {
			p = end + 1
			continue
		}
		break
	}
	return end, pairs
}

// drivePath reports whether the word at i continues a Windows path on its line: a drive
// ("C:\\", "C:\\\\" in JSON) stands before it, with no quote between.
func drivePath(text []byte, i int) bool {
	for p := i - 1; p >= 2 && i-p < 256 && text[p] != '\n' && text[p] != '"' && text[p] != '\''; p-- {
		if text[p] == '\\' && text[p-1] == ':' && isLetter(text[p-2]) {
			return true
		}
	}
	return false
}

// matchWindowsAccount matches a Windows account in its down-level form, DOMAIN\account (one
// backslash, or two inside JSON): the NetBIOS domain (2 to 15 capitals, digits and '-') is
// the customer's, and so is the account unless it is a built-in word (Administrator). Built-in
// domains (NT AUTHORITY, BUILTIN, NT SERVICE, WORKGROUP), registry hives and paths (a second
// backslash after the account) are not accounts.
func matchWindowsAccount(s *scanState, i, ri int) int {
	text := s.text
	n := len(text)
	if i > 0 && (isAlnum(text[i-1]) || text[i-1] == '\\' || text[i-1] == '.' || text[i-1] == '/' || text[i-1] == '-') {
		return -1
	}
	if i > 0 && text[i-1] == ':' && (i < 3 || !isLetter(text[i-2]) || !isAlnum(text[i-3])) {
		return -1 // after a drive (C:\Users); /user:CORP\x is an account
	}
	d := i
	for d < n && d-i <= 15 && (isUpper(text[d]) || isDigit(text[d]) || text[d] == '-') {
		d++
	}
	if d-i < 2 || d-i > 15 || d >= n || text[d] != '\\' || !isUpper(text[i]) {
		return -1
	}
	switch string(text[i:d]) {
	case "AUTHORITY", "BUILTIN", "SERVICE", "WORKGROUP", "APPPOOL", "MANAGER", "HOST", "HKLM", "HKCU", "HKU", "HKCR", "HKCC", "NT":
		return -1
	}
	a := d + 1
	if a < n && text[a] == '\\' {
		a++ // DOMAIN\\user inside a JSON string
	}
	if hasPrefix(text[a:], "AWS_") || hasPrefix(text[a:], "$AWS_") {
		return -1 // a token where the account stood: the first pass did not read an account here (idempotence)
	}
	if a < n && (text[a] == 'n' || text[a] == 't' || text[a] == 'r' || text[a] == 'b' || text[a] == 'f' || text[a] == 'u') &&
		(a+1 >= n || !isLower(text[a+1]) || logWord(text[i:d]) || serviceWord(text[i:d]) || awsLabelWord(bytes.ToLower(text[i:d]))) {
		// (and after an AWS service's name in a diagram's label: "ALB\nhg-web-alb", "RDS\naurora-pg")
		return -1 // a JSON escape after a capitalised word: "2048 MB\tMax Memory Used", "INFO\tStarting"
	}
	e := a
	for e < n && (isAlnum(text[e]) || text[e] == '.' || text[e] == '_' || text[e] == '-' || text[e] == '$') {
		e++ // (no cap: a token inside would shorten a capped run on the second pass)
	}
	if e == a || e < n && text[e] == '\\' || tokenIn(text[a:e]) != nil {
		return -1 // DOMAIN\ alone, or a path (SRC\main\go); a token in the account (idempotence, as above)
	}
	for e > a && text[e-1] == '.' {
		e--
	}
	if fileName(text[a:e]) && drivePath(text, i) {
		return -1 // C:\Program Files\IIS\Microsoft Web Deploy V3\msdeploy.exe: a folder and a file
	}
	s.emit(i, d, "windows-domain", ri)
	if acct := text[a:e]; !commonWord(acct) && !builtinWindowsAccount(acct) {
		s.emit(a, e, "windows-account", ri)
		return e
	}
	return a // a built-in account (CORP\Administrator) is judged as any word: the second pass,
	// which sees the domain as a token, reads it alike (idempotence)
}

// logWord: capitals that log lines put before a tab (levels, units, report fields).
func logWord(v []byte) bool {
	switch string(v) {
	case "INFO", "WARN", "WARNING", "ERROR", "DEBUG", "TRACE", "FATAL", "NOTICE", "CRITICAL", "START", "END", "REPORT",
		"KB", "MB", "GB", "TB", "MS", "UTC", "GMT", "OK", "TRUE", "FALSE", "NULL", "NONE", "GET", "POST", "PUT", "DELETE":
		return true
	}
	return len(v) <= 2
}

// builtinWindowsAccount: the accounts and groups every Windows domain has.
func builtinWindowsAccount(v []byte) bool {
	var buf [24]byte
	w, ok := lowerASCII(buf[:], v)
	if !ok {
		return false
	}
	switch string(w) {
	case "administrator", "administrators", "guest", "system", "krbtgt", "users", "domain", "enterprise", "schema", "everyone",
		"nt authority", "network service", "local service", "anonymous logon", "nt", "builtin", "workgroup", "nt service",
		"window manager", "font driver host":
		return true // (and the domain and accounts every Windows machine has: NT AUTHORITY\NETWORK SERVICE)
	}
	return false
}

// matchIntlPhone matches a telephone number in international form after its '+': the country
// code, then groups of digits joined by single blanks, hyphens or dots (+34 689 214 377,
// +1-438-555-0144, +886 928 741 055), or one run (+6591847263); 8 to 15 digits in all. A
// time zone offset (+09:00, +0000) is too short.
func matchIntlPhone(s *scanState, i, ri int) int {
	text := s.text
	n := len(text)
	if i == 0 || text[i-1] != '+' || i >= 2 && (isAlnum(text[i-2]) || text[i-2] == '+') {
		return -1
	}
	digits, groups, e := 0, 0, i
	for k := i; k < n; {
		g := k
		for k < n && isDigit(text[k]) {
			k++
		}
		if k == g {
			break
		}
		sep := k+1 < n && (text[k] == ' ' || text[k] == '-' || text[k] == '.')
		if sep && hasPrefix(text[k+1:], "AWS_") {
			// a token after a group stands for what the first pass masked there, perhaps digits
			// that kept this number from being one: judged as not a number (idempotence)
			return -1
		}
		if groups == 0 && k-g > 3 && sep && text[k] != '.' && isDigit(text[k+1]) && (k-g > 6 || digitRunLen(text, k+1) < 5) {
			// a country code has one to three digits (a compact E.164 number may end at a blank);
			// with its area or mobile prefix glued on, the subscriber's number follows (+447911 358204)
			return -1
		}
		digits += k - g
		groups++
		e = k
		if sep && isDigit(text[k+1]) && digits < 15 {
			k++
			continue
		}
		break
	}
	if digits < 8 || digits > 15 || e < n && (isAlnum(text[e]) || text[e] == ':') {
		return -1
	}
	s.emit(i-1, e, "phone-number", ri)
	return e
}

// digitRunLen returns the number of digits starting at i.
func digitRunLen(text []byte, i int) int {
	k := i
	for k < len(text) && isDigit(text[k]) {
		k++
	}
	return k - i
}

// nanpPhone returns the start and end of a North American telephone number whose group of
// digits at [i, k) is its area code (617-402-5318) or, after "(AREA) ", its exchange ((844)
// 291-7736), or 0, 0. The area code and the exchange start 2-9.
func nanpPhone(text []byte, i, k int) (int, int) {
	if k-i != 3 || text[i] < '2' || k+5 > len(text) || text[k] != '-' || i > 0 && (isAlnum(text[i-1]) || text[i-1] == '-' || text[i-1] == '.') {
		return 0, 0
	}
	st, p := i, k+1
	if i >= 6 && text[i-1] == ' ' && text[i-2] == ')' && text[i-6] == '(' && allDigits(text[i-5:i-2]) && text[i-5] >= '2' {
		st = i - 6 // (844) 291-7736: the exchange, then the line
	} else if k+9 > len(text) || text[p] < '2' || !allDigits(text[p:p+3]) || text[p+3] != '-' {
		return 0, 0
	} else {
		p += 4
	}
	e := p + 4
	if e > len(text) || !allDigits(text[p:e]) || e < len(text) && (isAlnum(text[e]) || text[e] == '-' || text[e] == '.' && e+1 < len(text) && isDigit(text[e+1])) {
		return 0, 0
	}
	return st, e
}

// koreanPhone returns the end of a Korean telephone number at text[i:] whose first group of
// digits ends at k, or 0: a mobile (010-4827-3159), a Seoul or provincial line (02-3471-8826,
// 031-8017-2254) or an internet line (070-4821-3395), in its usual hyphenated form.
func koreanPhone(text []byte, i, k int) int {
	if i > 0 && (isAlnum(text[i-1]) || text[i-1] == '-' || text[i-1] == '.' || text[i-1] == '+') || k >= len(text) || text[k] != '-' {
		return 0
	}
	switch g := string(text[i:k]); {
	case g == "010" || g == "011" || g == "016" || g == "017" || g == "019" || g == "070" || g == "02":
	case len(g) == 3 && g[0] == '0' && g[1] >= '3' && g[1] <= '6' && g[2] >= '1' && g[2] <= '5':
	default:
		return 0
	}
	m := k + 1
	for m < len(text) && isDigit(text[m]) {
		m++
	}
	if m-k-1 < 3 || m-k-1 > 4 || m >= len(text) || text[m] != '-' {
		return 0
	}
	e := m + 1
	for e < len(text) && isDigit(text[e]) {
		e++
	}
	if e-m-1 != 4 || e < len(text) && (isAlnum(text[e]) || text[e] == '-' || text[e] == '.' && e+1 < len(text) && isDigit(text[e+1])) {
		return 0
	}
	return e
}

// allHexLower: b is digits and lower-case hex letters only.
func allHexLower(b []byte) bool {
	for _, c := range b {
		if !isDigit(c) && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// allHexUpper: b is digits and upper-case hex letters only.
func allHexUpper(b []byte) bool {
	for _, c := range b {
		if !isUpperHex(c) {
			return false
		}
	}
	return true
}

func allLetters(b []byte) bool {
	for _, c := range b {
		if !isLetter(c) {
			return false
		}
	}
	return true
}

func allDigits(b []byte) bool {
	for _, c := range b {
		if !isDigit(c) {
			return false
		}
	}
	return len(b) > 0
}

// allLowerAlnum and allUpperAlnum report whether b is letters of one case and digits, with at
// least one digit (an NLB log's listener ID; a zone's or a distribution's ID).
func allLowerAlnum(b []byte) bool { return caseAlnum(b, clLower) }

func allUpperAlnum(b []byte) bool { return caseAlnum(b, clUpper) }

func caseAlnum(b []byte, letters uint8) bool {
	hasDigit := false
	for _, c := range b {
		if isDigit(c) {
			hasDigit = true
		} else if byteClass[c]&letters == 0 {
			return false
		}
	}
	return hasDigit
}

// isExampleBody: AWS documentation IDs such as 0598c7d356EXAMPLE (hex then EXAMPLE, 8..17).
func isExampleBody(b []byte) bool {
	if len(b) < 8 || len(b) > 17 || string(b[len(b)-7:]) != "EXAMPLE" {
		return false
	}
	return allHex(b[:len(b)-7])
}

// matchEC2Host matches the EC2 host-name label that embeds an IPv4 address:
// ip-10-0-0-1 (private DNS) and ec2-3-81-25-35 (public DNS).
func matchEC2Host(s *scanState, i, ri int) int {
	text := s.text
	j := i
	switch {
	case hasPrefixFold(text[i:], "ip-"):
		j += 3
	case hasPrefixFold(text[i:], "ec2-"):
		j += 4
	default:
		return -1
	}
	for part := 0; part < 4; part++ {
		k := j
		for k < len(text) && k-j < 3 && isDigit(text[k]) {
			k++
		}
		if k == j {
			return -1
		}
		j = k
		if part < 3 {
			if j >= len(text) || text[j] != '-' {
				return -1
			}
			j++
		}
	}
	if j < len(text) && (isAlnum(text[j]) || text[j] == '-' && (i < 3 || string(text[i-3:i]) != "ID:")) {
		return -1 // (ActiveMQ's IDs, ID:HOST-PORT-STAMP-N:N, go on after the host)
	}
	s.emit(i, j, "ec2-dns", ri)
	return j
}

// keyOwnerBefore masks the IAM user written just before the access key ID at i, as a
// credential report's row or a Trusted Advisor export writes them ("lars.berntsen   AKIA...",
// "deploy-bot / AKIA..."): a user's shape (a '-', '_', '.' or digit in it), after a line's
// start, a blank, a quote or a ','.
func (s *scanState) keyOwnerBefore(i, ri int) {
	text := s.text
	e := i
	for e > 0 && i-e < 32 && (text[e-1] == ' ' || text[e-1] == '\t') {
		e--
	}
	if e > 2 && e < i && text[e-1] == '/' && text[e-2] == ' ' {
		e -= 2 // USER / KEY
	}
	if e == i {
		return
	}
	st := e
	for st > 0 && e-st < 64 && (isAlnum(text[st-1]) || text[st-1] == '-' || text[st-1] == '_' || text[st-1] == '.' || text[st-1] == '@' || text[st-1] == '+') {
		st--
	}
	if st == e || st > 0 && text[st-1] != '\n' && text[st-1] != ' ' && text[st-1] != '"' && text[st-1] != ',' && text[st-1] != '\t' ||
		s.lastEnd() > st {
		return
	}
	if v := text[st:e]; isLetter(v[0]) && bytes.ContainsAny(v, "-_.0123456789") && !tokenLike(v) && acceptValue(v, "iam-user-name", modeName) &&
		!hasByte(v, '@') {
		s.emit(st, e, "iam-user-name", ri)
	}
}

// matchIAMKey matches access key IDs (AKIA, ASIA, ...) and IAM unique IDs (AIDA, AROA, ...).
func matchIAMKey(s *scanState, i, ri int) int {
	text := s.text
	if len(text)-i < 16 {
		return -1
	}
	typ := ""
	switch string(text[i : i+4]) {
	case "AKIA", "ASIA", "ABIA", "ACCA", "APKA":
		typ = "access-key-id"
	case "AIDA", "AROA", "AIPA", "ANPA", "ANVA", "AGPA", "ASCA", "AEIA":
		typ = "iam-unique-id"
	default:
		if text[i+1] == '3' && text[i+2] == 'T' && text[i] == 'A' {
			typ = "access-key-id"
		} else {
			return -1
		}
	}
	if typ == "access-key-id" && i+60 <= len(text) && (i+60 == len(text) || byteClass[text[i+60]]&clB64 == 0) &&
		allUpperAlnum(text[i+4:i+20]) && secretKeyShape(text[i+20:i+60]) {
		// KEY and SECRET glued together (trufflehog's RawV2): both halves are credentials
		s.emit(i, i+20, typ, ri)
		s.emit(i+20, i+60, "secret-access-key", ri)
		return i + 60
	}
	k := i + 4
	for k < len(text) && (isUpper(text[k]) || isDigit(text[k])) {
		k++
	}
	if l := k - i; l < 16 || l > 32 || k < len(text) && isWord(text[k]) && (l != 20 || !fixedLengthEnding(text, k)) {
		return -1 // (a key of 20 may carry a particle glued to it: AKIA...ah in Tamil-English chat, AKIA...u in Polish)
	}
	if hasSuffix(text[i:k], "EXAMPLE") {
		return k // AWS's documentation keys (AKIAIOSFODNN7EXAMPLE): public, and what an allow list names
	}
	if typ == "access-key-id" {
		s.keyOwnerBefore(i, ri)
	}
	s.emit(i, k, typ, ri)
	if typ == "access-key-id" && k+41 < len(text) && text[k] == ':' {
		// KEY:SECRET (Postfix's sasl_passwd, Exim's passwd.client, boto's old config): the secret
		// key, or SES's SMTP password derived from it (44 bytes)
		e := k + 1
		for e < len(text) && e-k <= 65 && byteClass[text[e]]&clB64 != 0 {
			e++
		}
		if l := e - k - 1; l >= 32 && l <= 64 && (e == len(text) || !isAlnum(text[e]) && text[e] != '=') {
			s.emit(k+1, e, "secret-access-key", ri)
			return e
		}
	}
	if string(text[i:i+4]) == "AIDA" && k+2 < len(text) && text[k] == ':' && i >= 8 && string(text[i-8:i]) == "IAMUser:" {
		// the aws:createdBy tag (CUR's resourceTags/aws:createdBy): IAMUser:AIDA...:name
		e := k + 1
		for e < len(text) && e-k < 65 && (isWord(text[e]) || text[e] == '.' || text[e] == '-' || text[e] == '@' || text[e] == '+') {
			e++
		}
		if v := text[k+1 : e]; len(v) > 0 && !stopWord(v) {
			s.emit(k+1, e, "iam-user-name", ri)
			return e
		}
	}
	if typ == "iam-unique-id" && k+2 < len(text) && text[k] == '\t' {
		if e := s.textRowName(i, k, ri); e > 0 {
			return e
		}
	}
	if string(text[i:i+4]) == "AROA" && k+2 < len(text) && text[k] == ':' {
		// a role session (CloudTrail's principalId AROA...:session): the session name is
		// usually a person or a pipeline; instance IDs and e-mail addresses have rules of their own
		e := k + 1
		for e < len(text) && e-k < 65 && (isWord(text[e]) || text[e] == '.' || text[e] == '-' || text[e] == '=' || text[e] == ',') {
			e++
		}
		if v := text[k+1 : e]; e < len(text) && text[e] == '@' || hasPrefix(v, "i-") || !hasLetterRun(v, 2) || keepSegment(v) || stopWord(v) {
			return k
		}
		s.emit(k+1, e, "iam-session-name", ri)
		return e
	}
	return k
}

// textRowName masks the name after an IAM unique ID, [i, k), in a row of the aws CLI's text
// output (USERS ... AIDA... NAME, POLICYROLES AROA... NAME): the keys are sorted, so the
// entity's name follows its ID. It returns the name's end, or -1.
func (s *scanState) textRowName(i, k, ri int) int {
	text := s.text
	ls := lineStart(text, i, 512)
	t := ls
	for t < i && isUpper(text[t]) {
		t++
	}
	if t-ls < 5 || text[t] != '\t' {
		return -1 // (a row's label: USERS, ROLES, GROUPS, POLICIES, POLICYUSERS)
	}
	e := k + 1
	for e < len(text) && e-k < 129 && (isWord(text[e]) || text[e] == '-' || text[e] == '.' || text[e] == '@' || text[e] == '+' || text[e] == '=' || text[e] == ',') {
		e++
	}
	if e == k+1 || e < len(text) && text[e] != '\t' && text[e] != '\n' && text[e] != '\r' {
		return -1
	}
	v := text[k+1 : e]
	if stopWord(v) || awsVocabulary(v) || keepSegment(v) && !hasPrefix(v, "aws-") {
		return -1
	}
	typ := "iam-user-name"
	switch string(text[i : i+4]) {
	case "AROA":
		typ = "iam-role-name"
	case "AGPA":
		typ = "group-name"
	case "ANPA", "ANVA":
		typ = "iam-policy-name"
	case "AIPA":
		typ = "resource-name" // an instance profile
	}
	s.emit(k+1, e, typ, ri)
	return e
}

// matchSessionToken matches STS session tokens by their fixed base64 prefixes.
func matchSessionToken(s *scanState, i, ri int) int {
	text := s.text
	rest := text[i:]
	typ := "session-token"
	known := hasPrefix(rest, "FwoGZXIvYXdzE") || hasPrefix(rest, "IQoJb3JpZ2lu") || hasPrefix(rest, "AQoDYXdzE") ||
		hasPrefix(rest, "IQoDYXdzE") || hasPrefix(rest, "AQoEXAMPLE")
	if !known && hasPrefix(rest, "H4sI") {
		// gzip, then base64 (CloudWatch Logs' subscription data, awslogs.data): it cannot be read
		// to mask what it holds (the owner's account, log groups), so it is masked whole
		known, typ = true, "encoded-data"
	}
	if !known && hasPrefix(rest, "AQEB") {
		known, typ = true, "receipt-handle" // an SQS message's receipt handle: whoever holds it may delete the message
	}
	if !known && (hasPrefix(rest, "QUtJQ") || hasPrefix(rest, "QVNJQ")) && len(rest) >= 28 && rest[27] == '=' &&
		(len(rest) == 28 || !isAlnum(rest[28])) {
		// an access key ID encoded in base64 (a Secret's data, an SMTP AUTH LOGIN exchange):
		// "AKIA"/"ASIA" and 16 more, 28 characters with one '=' of padding
		var dec [21]byte
		if n, err := base64.StdEncoding.Decode(dec[:], rest[:28]); err == nil && n == 20 && allUpperAlnum(dec[4:n]) {
			s.emit(i, i+28, "access-key-id", ri)
			return i + 28
		}
	}
	if !known {
		return -1
	}
	k := i
	for k < len(text) {
		switch {
		case isB64(text[k]):
			k++
			continue
		case text[k] == '%' && k+2 < len(text) && (text[k+1] == '2' && (text[k+2]|0x20 == 'b' || text[k+2]|0x20 == 'f') ||
			text[k+1] == '3' && text[k+2]|0x20 == 'd'):
			k += 3 // URL-encoded + / =
			continue
		}
		break
	}
	for k < len(text) && text[k] == '=' {
		k++
	}
	if k-i < 60 {
		return -1
	}
	s.emit(i, k, typ, ri)
	return k
}

func isB64(c byte) bool { return isAlnum(c) || c == '+' || c == '/' }

// matchSecretKey40 matches a stand-alone 40-character secret access key: base64 alphabet,
// upper and lower case and a digit, not a hex digest, bounded by non-base64 bytes; and the SES
// SMTP password derived from one.
func matchSecretKey40(s *scanState, i, ri int) int {
	if i < s.b64Done {
		return -1
	}
	text := s.text
	st := i
	for st > 0 && i-st < 41 && isB64(text[st-1]) {
		st--
	}
	k := i
	for k < len(text) && isB64(text[k]) {
		k++
	}
	s.b64Done = k
	if k-st >= 40 && s.lastEnd() <= st && dnssecRecordBefore(text, st) {
		// a DNSKEY's public key or a DS record's digest: it names the zone's signing key
		e := k
		for e < len(text) && e-k < 2 && text[e] == '=' {
			e++
		}
		s.emit(st, e, "dnssec-key", ri)
		return e
	}
	if k-st == 54 && k+2 <= len(text) && text[k] == '=' && text[k+1] == '=' && (k+2 == len(text) || !isAlnum(text[k+2])) && s.lastEnd() <= st {
		// a secret access key encoded in base64 (a Kubernetes Secret's data, kubectl get secret
		// -o jsonpath=...): 40 bytes are 56 characters, the last two padding
		var dec [42]byte
		if n, err := base64.StdEncoding.Decode(dec[:], text[st:k+2]); err == nil && n == 40 && secretKeyShape(dec[:n]) {
			s.emit(st, k+2, "secret-access-key", ri)
			return k + 2
		}
	}
	if k-st == 43 && k+1 <= len(text) && text[k] == '=' && (k+1 == len(text) || !isB64(text[k+1]) && text[k+1] != '=') &&
		s.lastEnd() <= st && secretKeyShape(text[st:k]) && wireGuardKeyBefore(text, st) {
		// a WireGuard public key (32 bytes in base64): it names one peer, as an SSH key's body does
		s.emit(st, k+1, "wireguard-public-key", ri)
		return k + 1
	}
	if k-st == 44 && text[st] == 'B' && text[st+1] >= 'A' && text[st+1] <= 'P' && (st == 0 || text[st-1] != '=') &&
		(k == len(text) || text[k] != '=' && text[k] != '_') && s.lastEnd() <= st && secretKeyShape(text[st:k]) {
		// an SES SMTP password: base64 of a version byte (4) and an HMAC-SHA256 of the secret
		// access key, 44 characters that start with B[A-P] and end without padding
		s.emit(st, k, "smtp-password", ri)
		return k
	}
	if k-st != 40 || (st > 0 && text[st-1] == '=' && !assignedAt(text, st-1)) || (k < len(text) && (text[k] == '=' || text[k] == '_')) {
		return -1 // (after '=' only as a variable's whole value: RVS_SINK_SK=x, not inside base64)
	}
	if s.lastEnd() > st {
		return -1
	}
	if !secretKeyShape(text[st:k]) {
		return -1
	}
	if hasSuffix(text[st:k], "EXAMPLEKEY") {
		return k // the documentation's secret key (wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY)
	}
	s.emit(st, k, "secret-access-key", ri)
	return k
}

// wireGuardKeyBefore reports whether the value at st follows WireGuard's label for a peer's
// key: "PublicKey = " (wg0.conf), "public key: " and "peer: " (wg show).
func wireGuardKeyBefore(text []byte, st int) bool {
	p := st
	for p > 0 && st-p < 4 && (text[p-1] == ' ' || text[p-1] == '=' || text[p-1] == ':' || text[p-1] == '\t') {
		p--
	}
	b := text[max(0, p-10):p]
	return p < st && (hasSuffixFold(b, "publickey") || hasSuffix(b, "public key") || hasSuffix(b, "peer") &&
		(len(b) == 4 || !isAlnum(b[len(b)-5])))
}

// dnssecRecordBefore reports whether the value at st ends a DNSKEY or DS record's fields: three
// numbers (flags, protocol and algorithm; key tag, algorithm and digest type) after the record's
// type on the same line (IN DNSKEY 257 3 13 <key>, IN DS 64120 13 2 <digest>, WHOIS's "DNSSEC DS
// Data: 21874 13 2 <digest>").
func dnssecRecordBefore(text []byte, st int) bool {
	p := st
	for f := 0; f < 3; f++ {
		b := p
		for p > 0 && b-p < 8 && (text[p-1] == ' ' || text[p-1] == '\t' || text[p-1] == '(') {
			p--
		}
		if p == b {
			return false
		}
		e := p
		for p > 0 && e-p < 5 && isDigit(text[p-1]) {
			p--
		}
		if p == e {
			return false
		}
	}
	ls := lineStart(text, p, 160)
	line := text[ls:p]
	if bytes.Contains(line, []byte("DNSKEY")) {
		return true
	}
	for k := bytes.Index(line, []byte("DS")); k >= 0; {
		if (k == 0 || !isLetter(line[k-1])) && (k+2 == len(line) || !isLetter(line[k+2])) {
			return true // the record's type as a word (IN DS, "DS Data:"), not inside one (ADDS)
		}
		n := bytes.Index(line[k+2:], []byte("DS"))
		if n < 0 {
			break
		}
		k += 2 + n
	}
	return false
}

// secretKeyShape reports whether v, 40 base64 characters, mixes upper case, lower case and
// digits, as a secret access key does.
func secretKeyShape(v []byte) bool {
	var up, lo, dg bool
	for _, c := range v {
		switch {
		case isUpper(c):
			up = true
		case isLower(c):
			lo = true
		case isDigit(c):
			dg = true
		case c != '+' && c != '/':
			return false
		}
	}
	return up && lo && dg
}

// assignedAt reports whether the '=' at q ends a variable's or a property's name that starts a
// line or follows a blank (RVS_KINESIS_SINK_SK=, aws.secret.key=): what follows is its value.
func assignedAt(text []byte, q int) bool {
	a := q
	for a > 0 && q-a < 64 && (isWord(text[a-1]) || text[a-1] == '.' || text[a-1] == '-') {
		a--
	}
	if a == q || !isLetter(text[a]) || a > 0 && text[a-1] != '\n' && text[a-1] != ' ' && text[a-1] != '\t' {
		return false
	}
	// a token (AWS_EKS_ENDPOINT_ID_001=x, AWS_ACCOUNT_ID_001x=y) stands for a value masked in
	// the first pass, which was no variable's name there (idempotence)
	return tokenIn(text[a:q]) == nil
}

// tokenEndsAt reports whether a token (AWS_TYPE_001) ends at e.
func tokenEndsAt(text []byte, e int) bool { return tokenStartBefore(text, e) >= 0 }

// tokenStartBefore returns where the token (AWS_TYPE_001) that ends at e starts, or -1.
func tokenStartBefore(text []byte, e int) int {
	b := e
	for b > 0 && e-b < 64 && isWord(text[b-1]) {
		b--
	}
	if !tokenShaped(text[b:e]) {
		// a token glued to the bytes before it (%00AWS_CUSTOMER_DOMAIN_001: propagation
		// masked an original inside a word) is a token all the same
		if a := bytes.LastIndex(text[b:e], []byte("AWS_")); a > 0 && tokenShaped(text[b+a:e]) {
			return b + a
		}
		return -1
	}
	return b
}

// roleNameByte reports the bytes IAM allows in a role's name besides letters and digits' kin.
func roleNameByte(c byte) bool {
	return isWord(c) || c == '-' || c == '+' || c == '=' || c == ',' || c == '.' || c == '@'
}

// roleNameStart returns where the role's name that ends at e starts (e when none does).
func roleNameStart(text []byte, e int) int {
	r := e
	for r > 0 && e-r < 64 && roleNameByte(text[r-1]) {
		r--
	}
	return r
}

// lastEnd is the end of the last emitted match, or 0.
func (s *scanState) lastEnd() int {
	if n := len(s.dst); n > s.base {
		return s.dst[n-1].end
	}
	return 0
}

// matchEKSHex matches a stand-alone 32-character upper-case hex identifier (EKS cluster
// endpoint and OIDC issuer IDs).
func matchEKSHex(s *scanState, i, ri int) int {
	text := s.text
	k := i
	for k < len(text) && (isDigit(text[k]) || text[k] >= 'A' && text[k] <= 'F') {
		k++
	}
	if k-i != 32 || k < len(text) && isWord(text[k]) {
		return -1
	}
	s.emit(i, k, "eks-endpoint-id", ri)
	return k
}

// matchAccountID matches a stand-alone 12-digit AWS account ID.
func matchAccountID(s *scanState, i, ri int) int {
	text := s.text
	if i >= 10 && text[i-1] == '-' && isDigit(text[i-2]) && tokenEndsAt(text, i-1) {
		return -1 // TOKEN-123456789012: the first pass read the run whole from the original and left the digits (idempotence)
	}
	k := i
	for k < len(text) && isDigit(text[k]) {
		k++
	}
	if k-i == 4 && k+10 <= len(text) && text[k] == '-' && allDigits(text[k+1:k+5]) && text[k+5] == '-' &&
		allDigits(text[k+6:k+10]) && (k+10 == len(text) || !isAlnum(text[k+10]) && text[k+10] != '-') {
		// the console's display form: 1234-5678-9012
		if i >= 5 && text[i-1] == ' ' && text[i-2] == '@' && text[i-3] == ' ' {
			// the console's header, USER @ ACCOUNT: the signed-in user (ops-chenhao @ 8565-6907-9325)
			u := i - 3
			for u > 0 && i-3-u < 64 && (isWord(text[u-1]) || text[u-1] == '.' || text[u-1] == '-' || text[u-1] == '/') {
				u--
			}
			if v := text[u : i-3]; len(v) >= 2 && !tokenLike(v) && !stopWord(v) && s.lastEnd() <= u {
				s.emit(u, i-3, "iam-user-name", ri)
			}
		}
		s.emit(i, k+10, "account-id", ri)
		return k + 10
	}
	if k-i == 3 && k+12 <= len(text) && text[k] == '-' && allDigits(text[k+1:k+4]) && text[k+4] == '-' && allDigits(text[k+5:k+8]) &&
		text[k+8] == '-' && allDigits(text[k+9:k+12]) && (k+12 == len(text) || !isAlnum(text[k+12]) && text[k+12] != '-') &&
		(i == 0 || !isAlnum(text[i-1]) && text[i-1] != '-') {
		s.emit(i, k+12, "account-id", ri) // read aloud or typed in threes: 591-734-082-266
		return k + 12
	}
	if e := koreanPhone(text, i, k); e > 0 {
		s.emit(i, e, "phone-number", ri)
		return e
	}
	if st, e := nanpPhone(text, i, k); e > 0 && s.lastEnd() <= st {
		s.emit(st, e, "phone-number", ri)
		return e
	}
	if k-i != 12 {
		return -1
	}
	if k < len(text) && (isLetter(text[k]) && !fixedLengthEnding(text, k) ||
		text[k] == '.' && k+1 < len(text) && (isDigit(text[k+1]) || hasPrefix(text[k+1:], "AWS_"))) {
		// (a case ending may be glued on: Polish konta 583920174462a, German des Accounts
		// 482917306655s; a number's decimals, or a token that stands for digits masked in the
		// first pass: idempotence)
		return -1
	}
	if i > 1 && text[i-1] == '.' && isDigit(text[i-2]) {
		return -1
	}
	if i >= 24 && text[i-1] == '-' && isUUID(text[i-24:k]) && (i == 24 || !isAlnum(text[i-25])) {
		return -1 // the last group of a UUID (request IDs stay readable), a whole one (not 12 digits-0000-...: idempotence)
	}
	if string(text[i:i+8]) == "00000000" {
		return -1 // a zero-padded counter (shardId-000000000008, destinationId-000000000001)
	}
	if awsOwnedAccount(text[i:k]) {
		return k // AWS's image registries and layers (602401143452.dkr.ecr...): nothing of the customer's
	}
	if jsonNumberOfCount(text, i, k) || unitAfter(text, k) || countAssignment(text, i) {
		return k // "DataScannedInBytes": 418822910553, "of 214748364800 bytes": a count, not an account
	}
	if i > 0 && (text[i-1] == ' ' || text[i-1] == '\t') && s.offsetColumn(i) {
		return k // kafka-consumer-groups --describe: the table's CURRENT-OFFSET and LOG-END-OFFSET columns
	}
	if i >= 6 && text[i-1] == '#' {
		if r := roleNameStart(text, i-1); r >= 4 && text[r-1] == '#' && hasSuffixFold(text[:r-1], "aws") && s.lastEnd() <= r {
			s.emit(r, i-1, "iam-role-name", ri) // aws#ROLE#ACCOUNT: a group of Okta's AWS app (its group filter)
		}
	}
	s.accountNameBefore(i, k, ri)
	s.emit(i, k, "account-id", ri)
	if k+2 < len(text) && text[k] == '-' && isLetter(text[k+1]) && i >= 4 && hasSuffixFold(text[:i], "aws-") {
		// AWS-ACCOUNT-ROLE: a directory group that grants a role in an account (ADFS's and
		// Entra's convention, read by a claim rule): the role's name follows the account
		e := k + 1
		for e < len(text) && e-k <= 64 && roleNameByte(text[e]) {
			e++
		}
		for e > k+1 && text[e-1] == '.' {
			e--
		}
		s.emit(k+1, e, "iam-role-name", ri)
		return e
	}
	if k+3 < len(text) && text[k] == ':' && text[k+1] == ':' && isUpper(text[k+2]) {
		// ACCOUNT::MACRO: a CloudFormation macro's transform ID; the customer named the macro
		e := k + 2
		for e < len(text) && e-k < 66 && (isAlnum(text[e]) || text[e] == '-' || text[e] == '_') {
			e++
		}
		if e < len(text) && text[e] == ':' {
			return k // (not ACCOUNT::A::B)
		}
		s.emit(k+2, e, "cfn-macro-name", ri)
		return e
	}
	if e := s.accountNameAfter(k, ri); e > 0 {
		return e
	}
	if k+10 < len(text) && text[k] == '-' && i >= 12 && text[i-1] == '-' {
		if e := s.prowlerResource(i, k, ri); e > k {
			return e
		}
	}
	if i >= 7 && k+1 < len(text) && text[k] == ':' && string(text[i-7:i]) == "awswaf:" {
		if e := s.wafLabel(k+1, ri); e > 0 {
			return e // a custom WAF label: awswaf:ACCOUNT:webacl:NAME:label
		}
	}
	if i >= 2 && text[i-1] == '/' && (text[i-2] == '"' || text[i-2] == ' ') && k+1 < len(text) && text[k] == '/' {
		// an SQS query API request's path, "/ACCOUNT/QUEUE" (POST /123456789012/orders-dlq)
		q := k + 1
		for q < len(text) && (isAlnum(text[q]) || text[q] == '-' || text[q] == '_') {
			q++
		}
		if q > k+1 && (q == len(text) || text[q] == '"' || text[q] == ' ' || text[q] == '?' || text[q] == '\n') {
			s.emit(k+1, q, "sqs-queue-name", ri)
			return q
		}
	}
	return k
}

// accountNameAfter masks the name an account ID at k is given after it: "ID = name" (a note
// mapping IDs to names) or a comment on the same line ({"ID"}   # name, ID,  // name). The
// name must have a name's shape ('-', '_' or a digit in it). It returns the name's end, or -1.
func (s *scanState) accountNameAfter(k, ri int) int {
	text := s.text
	p := k
	paren := false
	switch {
	case p+3 < len(text) && text[p] == ' ' && text[p+1] == '=' && text[p+2] == ' ':
		p += 3
	case p+2 < len(text) && text[p] == ' ' && text[p+1] == '(':
		p, paren = p+2, true // 123456789012 (sec-audit)
	default:
		for p < len(text) && p-k < 8 && (text[p] == '"' || text[p] == '\'' || text[p] == '}' || text[p] == ']' || text[p] == ',') {
			p++
		}
		b := p
		for p < len(text) && p-b < 24 && text[p] == ' ' {
			p++
		}
		hash := p+2 < len(text) && text[p] == '#' && text[p+1] == ' '
		slashes := p+2 < len(text) && text[p] == '/' && text[p+1] == '/' && text[p+2] == ' '
		if p == b || !hash && !slashes {
			return -1 // only a comment: # name, // name
		}
		p += 2
		if text[p] == ' ' {
			p++
		}
	}
	e := nameRun(text, p, false)
	if e <= p || paren && (e == len(text) || text[e] != ')') ||
		e < len(text) && text[e] != ',' && text[e] != '.' && text[e] != ' ' && text[e] != '\n' && text[e] != '\r' && text[e] != ';' && text[e] != ')' {
		return -1
	}
	for e > p && text[e-1] == '.' {
		e--
	}
	if !accountNameShape(text[p:e]) {
		return -1
	}
	s.emit(p, e, "account-alias", ri)
	return e
}

// accountNameBefore masks the account's name written before its ID in parentheses,
// NAME (123456789012) or « NAME » (123456789012), as notes and inventories list accounts; the
// ID is [i, k).
func (s *scanState) accountNameBefore(i, k, ri int) {
	text := s.text
	if i < 5 || text[i-1] != '(' || text[i-2] != ' ' || k == len(text) || text[k] != ')' {
		return
	}
	e := i - 2
	for e > 0 && i-e < 8 && (text[e-1] == ' ' || text[e-1] == '"' || text[e-1] == '\'' || text[e-1] == '`' ||
		text[e-1] == 0xbb && e >= 2 && text[e-2] == 0xc2) { // (» is c2 bb)
		e--
		if text[e] == 0xbb {
			e--
		}
	}
	st := e
	for st > 0 && e-st < 64 && (isAlnum(text[st-1]) || text[st-1] == '-' || text[st-1] == '_' || text[st-1] == '.') {
		st--
	}
	if st == e || st > 0 && text[st-1] >= 0x80 && text[st-1] != 0xa0 || s.lastEnd() > st || !accountNameShape(text[st:e]) {
		return
	}
	s.emit(st, e, "account-alias", ri)
}

// accountNameShape reports whether v, written beside an account ID, is the account's name: a
// letter first, a '-', '_' or digit in it (a name's shape, not a word of a sentence), no token.
func accountNameShape(v []byte) bool {
	return len(v) > 0 && isLetter(v[0]) && bytes.ContainsAny(v, "-_0123456789") && !tokenLike(v) && acceptValue(v, "account-alias", modeName)
}

// jsonNumberOfCount reports whether the digits [i, k) are an unquoted JSON number under a key
// that counts or measures (bytes, size, count, total, duration, ...). AWS writes account IDs
// as strings, so a bare number there is a quantity.
func jsonNumberOfCount(text []byte, i, k int) bool {
	if k < len(text) && text[k] == '"' {
		return false
	}
	j := i
	for j > 0 && i-j < 4 && (text[j-1] == ' ' || text[j-1] == '\t') {
		j--
	}
	if j < 3 || text[j-1] != ':' {
		return false
	}
	for j > 2 && j-i < 8 && text[j-2] == ' ' {
		j-- // "Total" : 157242114048 (a pretty-printer's blank before the colon)
	}
	if text[j-2] != '"' {
		return false
	}
	ks := j - 2
	for ks > 0 && j-ks < 48 && isWord(text[ks-1]) {
		ks--
	}
	var buf [48]byte
	key, ok := lowerASCII(buf[:], text[ks:j-2])
	if !ok {
		return false
	}
	if string(key) == "value" || hasPrefix(key, "valuein") {
		return true // EFS's "SizeInBytes": {"Value": N, "ValueInIA": N, "ValueInStandard": N}; metric values
	}
	return countKey(key)
}

// offsetColumn reports whether position i lies in a kafka-consumer-groups table: after its
// LOG-END-OFFSET header, within 2 KB and no blank line. The text is searched for the header
// once per scan.
func (s *scanState) offsetColumn(i int) bool {
	if s.kafkaOffsets == 0 {
		s.kafkaOffsets = 1
		if bytes.Contains(s.text, []byte("LOG-END-OFFSET")) {
			s.kafkaOffsets = 2
		}
	}
	if s.kafkaOffsets == 1 {
		return false
	}
	w := s.text[max(0, i-2048):i]
	h := bytes.LastIndex(w, []byte("LOG-END-OFFSET"))
	return h >= 0 && !bytes.Contains(w[h:], []byte("\n\n"))
}

// countKey reports whether a key, in lower case, names a count or a measure (SizeInBytes,
// limit, usage, offset), not an account.
func countKey(key []byte) bool {
	for _, w := range [...]string{"bytes", "size", "count", "total", "duration", "millis", "ms", "seconds", "amount",
		"length", "offset", "sequence", "number", "timestamp", "time", "epoch", "used", "available", "free", "capacity",
		"limit", "usage"} {
		if hasSuffix(key, w) {
			return !bytes.Contains(key, []byte("account")) && !bytes.Contains(key, []byte("owner"))
		}
	}
	return hasPrefix(key, "bytes") // BytesTransferred, BytesWritten (DataSync)
}

// countAssignment reports whether the number at i is the value of KEY= with a count's key
// (ActiveMQ's store limit=107374182400 usage=107266145075).
func countAssignment(text []byte, i int) bool {
	if i < 3 || text[i-1] != '=' {
		return false
	}
	ks := i - 1
	for ks > 0 && i-1-ks < 32 && isLetter(text[ks-1]) {
		ks--
	}
	var buf [32]byte
	key, ok := lowerASCII(buf[:], text[ks:i-1])
	return ok && len(key) > 0 && countKey(key)
}

// unitAfter reports whether a unit of count follows the number ending at k, after one blank:
// "214748364800 bytes", "143166723584 rows".
func unitAfter(text []byte, k int) bool {
	if k+1 >= len(text) || text[k] != ' ' {
		return false
	}
	u := k + 1
	for u < len(text) && u-k <= 8 && isLower(text[u]) {
		u++
	}
	if u < len(text) && isAlnum(text[u]) {
		return false
	}
	switch string(text[k+1 : u]) {
	case "bytes", "byte", "octets", "rows", "records", "blocks", "sectors", "objects", "items", "messages":
		return true
	}
	return false
}

// afterDash returns the offset after the first '-' at or after i (the caller matched a
// prefix that has one).
func afterDash(text []byte, i int) int {
	for text[i] != '-' {
		i++
	}
	return i + 1
}

// prowlerResource masks the resource at the end of a Prowler finding's UID,
// prowler-aws-CHECK-ACCOUNT-REGION-RESOURCE, whose account ends at k, and returns the UID's
// end, or -1.
func (s *scanState) prowlerResource(i, k, ri int) int {
	text := s.text
	if p := bytes.LastIndex(text[max(0, i-128):i], []byte("prowler-")); p < 0 || bytes.ContainsAny(text[max(0, i-128)+p:i], " \t\n\"") {
		return -1
	}
	r := k + 1
	for e := r + 9; e <= min(len(text)-2, r+16); e++ {
		if text[e] == '-' && regionLike(text[r:e]) {
			q := nameRun(text, e+1, false)
			if q > e+1 && !keepSegment(text[e+1:q]) {
				s.emit(e+1, q, "resource-name", ri)
				return q
			}
			return -1
		}
	}
	return -1
}

// awsOwnedAccount reports the accounts AWS publishes images and layers from: the EKS add-on
// registries per region, Deep Learning Containers, Lambda Insights and Powertools layers, App
// Mesh's Envoy image, and SageMaker's built-in algorithm registries per region (XGBoost,
// scikit-learn: the SageMaker Python SDK's image_uri_config).
func awsOwnedAccount(v []byte) bool {
	switch string(v) {
	case "328549459982", // Bottlerocket's admin and control containers
		"602401143452", "800184023465", "558608220178", "918309763551", "961992271922", "066635153087",
		"900889452093", "763104351884", "580247275435", "017000801446", "094274105915", "840364872350",
		// SageMaker algorithms: af-south-1 to us-west-2, China and GovCloud
		"510948584623", "651117190479", "354813040037", "366743142698", "867004704886", "720646828776",
		"628508329040", "121021644041", "783357654285", "951798379941", "106583098589", "341280168497",
		"190319476487", "492215442770", "680994064768", "662702820516", "978288397137", "104374241257",
		"141502667606", "764974769150", "659782779980", "898809789911", "272398656194", "801668240914",
		"737474898029", "683313688378", "257758044811", "246618743249", "450853457545", "451049120500",
		"237065988967", "414596584902",
		// owners of public AMIs: Amazon (Amazon Linux, Windows) and the distributions' publishers
		"137112412989", "801119661308", "099720109477", "309956199498", "136693071363", "125523088429", "679593333241",
		// Elastic Load Balancing's log delivery, per region (us-east-1 to sa-east-1, then GovCloud),
		// the principal an access-log bucket's policy names
		"127311923021", "033677994240", "027434742980", "797873946194", "098369216593", "754344448648",
		"589379963580", "718504428378", "383597477331", "600734575887", "114774131450", "783225319266",
		"582318560864", "985666609251", "054676820928", "156460612806", "652711504416", "635631232127",
		"009996457667", "897822967062", "076674570225", "507241528517", "048591011584", "190560391635":
		return true
	}
	return false
}

// parseIPv4 parses a dotted quad at i; it returns the end of the address (without a prefix
// length) and the four octets, or -1.
func parseIPv4(text []byte, i int) (end int, oct [4]int) {
	j := i
	for p := 0; p < 4; p++ {
		v, k := 0, j
		for k < len(text) && k-j < 3 && isDigit(text[k]) {
			v = v*10 + int(text[k]-'0')
			k++
		}
		if k == j || v > 255 || (k-j > 1 && text[j] == '0') || k < len(text) && isDigit(text[k]) {
			return -1, oct
		}
		oct[p] = v
		j = k
		if p < 3 {
			if j >= len(text) || text[j] != '.' {
				return -1, oct
			}
			j++
		}
	}
	return j, oct
}

// fixedLengthEnding reports an ending glued at k to an identifier whose length is fixed (a
// 20-byte access key, a 12-digit account), so that letters after it are not its own: one
// lower-case letter then a boundary (Polish AKIA...u, German 482917306655s), or gluedEnding's
// two or three.
func fixedLengthEnding(text []byte, k int) bool {
	if k+1 < len(text) && isLower(text[k]) && !isAlnum(text[k+1]) && text[k+1] != '_' && text[k+1] != '-' ||
		k+1 == len(text) && isLower(text[k]) {
		return true
	}
	return gluedEnding(text, k)
}

// gluedEnding reports a particle glued to an identifier with no separator at k: two or
// three lower-case letters, then a boundary, as Tamil-English and Tagalog-English chat
// writes them (10.14.6.52ku, AKIAXB7Q2MZ9KP4LVT3Nah).
func gluedEnding(text []byte, k int) bool {
	e := k
	for e < len(text) && e-k < 4 && isLower(text[e]) {
		e++
	}
	if e-k < 2 || e-k > 3 || e < len(text) && (isAlnum(text[e]) || text[e] == '.' && e+1 < len(text) && isAlnum(text[e+1]) || text[e] == '-' || text[e] == '_') {
		return false
	}
	switch string(text[k:e]) {
	case "ms", "kb", "mb", "gb", "tb", "px", "th", "st", "nd", "rd", "ns", "us":
		return false // a unit or an ordinal
	}
	return true
}

// caseSuffix reports a grammatical ending glued to an identifier by '-' at k (past the
// '-'): one to four lower-case letters, or up to eight bytes of non-ASCII letters, then a
// boundary (Hungarian 10.70.4.21-re, -ről, Croatian -u, Estonian -lt, Bulgarian -а); not a
// release's label (1.2.3.4-beta, -rc1).
func caseSuffix(text []byte, k int) bool {
	e := k
	for e < len(text) && e-k <= 8 && (isLower(text[e]) || text[e] >= 0x80) {
		e++
	}
	if e == k || e-k > 8 || e < len(text) && (isAlnum(text[e]) || text[e] == '.' && e+1 < len(text) && isAlnum(text[e+1])) {
		return false
	}
	w := text[k:e]
	ascii := true
	for _, c := range w {
		ascii = ascii && c < 0x80
	}
	if ascii && len(w) > 4 {
		return false
	}
	switch string(w) {
	case "beta", "rc", "alpha", "dev", "pre", "snap", "amzn", "el", "fc", "post", "git", "hf":
		return false
	}
	return true
}

// matchIPv4 matches IPv4 addresses and CIDRs, keeping what the model needs: 0.0.0.0/0,
// loopback, netmasks, the metadata and DNS link-local addresses, well-known public resolvers,
// the RFC 1918 blocks themselves, and version strings that merely look like addresses.
func matchIPv4(s *scanState, i, ri int) int {
	text := s.text
	if i > 0 && text[i-1] == '.' {
		return -1
	}
	end, o := parseIPv4(text, i)
	if end < 0 {
		return -1
	}
	if i >= 5 && string(text[i-5:i]) == "rule_" && end+1 < len(text) && text[end] == '_' && isLetter(text[end+1]) {
		return end // a CIS control's number in its XCCDF rule (xccdf_..._rule_1.1.2.1_Ensure_tmp...), no address
	}
	if i > 0 && text[i-1] == ':' && (end+7 < len(text) && string(text[end:end+7]) == "@sha256" || imageRef(text, i-1)) {
		return -1 // an image's tag (broadinstitute/gatk:4.6.1.0), also before its digest (jdk21:21.0.4.7@sha256:...): a version
	}
	if end+13 <= len(text) && text[end] == '.' && hasPrefixFold(text[end:], ".in-addr.arpa") {
		// a PTR record's name: the address written backwards (12.4.20.10.in-addr.arpa is 10.20.4.12)
		r := [4]int{o[3], o[2], o[1], o[0]}
		if keepIPv4(r, -1) {
			return end
		}
		typ := "public-ipv4"
		if privateIPv4(r) {
			typ = "private-ipv4"
		}
		s.emit(i, end, typ, ri)
		return end
	}
	if end < len(text) {
		c := text[end]
		if isLetter(c) && !gluedEnding(text, end) || c == '.' && end+1 < len(text) && isAlnum(text[end+1]) && !tcpdumpPort(text, i, end) ||
			c == '-' && end+1 < len(text) && isAlnum(text[end+1]) && !ipv4Range(text, end, o[3]) && !caseSuffix(text, end+1) {
			return -1
		}
	}
	prefix := -1
	full := end
	if end+1 < len(text) && text[end] == '/' && isDigit(text[end+1]) {
		p, k := 0, end+1
		for k < len(text) && k-end <= 2 && isDigit(text[k]) {
			p = p*10 + int(text[k]-'0')
			k++
		}
		if p <= 32 && (k >= len(text) || !isAlnum(text[k])) {
			prefix, full = p, k
		}
	}
	if keepIPv4(o, prefix) || versionContext(text, i, end) || rfc1918List(text, i, o, prefix) {
		return full
	}
	typ := "public-ipv4"
	if privateIPv4(o) {
		typ = "private-ipv4"
	}
	s.emit(i, end, typ, ri) // a CIDR's prefix length stays readable: AWS_PRIVATE_IPV4_001/16
	if typ == "private-ipv4" && prefix < 0 {
		if ns, ne := parenHostName(text, end); ne > ns {
			s.emit(ns, ne, "host-name", ri) // a runbook's "host 10.12.40.17 (lf-etl-worker-1)": the machine's name
			return ne
		}
	}
	return end // and is scanned as the masked text will be (idempotence)
}

// passwordMark reports the marks that join a password's parts (Ab00!0!v, Kx9#vTq2): a word
// glued to one is part of a longer token, not a word of its own.
func passwordMark(c byte) bool {
	switch c {
	case '!', '#', '$', '%', '&', '*', '+', '@', '^', '~':
		return true
	}
	return false
}

// parenHostName returns the bounds of a host's name in parentheses right after a private
// address at e (" (lf-etl-worker-1)"): letters, digits, '-', '_' and '.', with a '-' and a run of
// letters, and no AWS word (a zone, a region); (e, e) when there is none.
func parenHostName(text []byte, e int) (int, int) {
	if e+3 >= len(text) || text[e] != ' ' || text[e+1] != '(' {
		return e, e
	}
	ns := e + 2
	ne := ns
	for ne < len(text) && ne-ns <= 63 && (isAlnum(text[ne]) || text[ne] == '-' || text[ne] == '_' || text[ne] == '.') {
		ne++
	}
	if ne >= len(text) || text[ne] != ')' || ne-ns < 4 {
		return e, e
	}
	v := text[ns:ne]
	if !hasByte(v, '-') || !hasLetterRun(v, 2) || !isLetter(v[0]) || !acceptValue(v, "resource-name", modeName) {
		return e, e
	}
	return ns, ne
}

// ipv4Range reports an address range's shorthand after an address ending at end with last
// octet last: "10.12.40.5-7" (the hosts .5 to .7), or a second address ("10.0.0.1-10.0.0.9",
// which the scan then reads on its own).
func ipv4Range(text []byte, end, last int) bool {
	if e, _ := parseIPv4(text, end+1); e > 0 {
		return e == len(text) || !isAlnum(text[e]) && text[e] != '.' && text[e] != '-'
	}
	v, k := 0, end+1
	for k < len(text) && k-end <= 3 && isDigit(text[k]) {
		v = v*10 + int(text[k]-'0')
		k++
	}
	if k-end > 3 || v <= last || v > 255 {
		return false
	}
	return k == len(text) || !isAlnum(text[k]) && text[k] != '-' && (text[k] != '.' || k+1 == len(text) || !isAlnum(text[k+1]))
}

// tcpdumpPort reports a tcpdump address, IP.port (10.77.0.2.53: or 10.77.0.2.53 >), ending
// at end + the port, on a line that tcpdump printed (it has "IP " or " > " before i).
func tcpdumpPort(text []byte, i, end int) bool {
	k := end + 1
	for k < len(text) && k-end <= 6 && isDigit(text[k]) {
		k++
	}
	if k == end+1 || k-end > 6 || k >= len(text) || text[k] != ':' && text[k] != ' ' && text[k] != ',' {
		return false
	}
	line := text[lineStart(text, i, 160):i]
	return bytes.Contains(line, []byte("IP ")) || bytes.Contains(line, []byte(" > "))
}

// rfc1918List keeps 192.168.0.0/16 where it is named as one of the RFC 1918 blocks (next to
// 10.0.0.0/8 or 172.16.0.0/12); elsewhere it is a customer's VPC CIDR.
func rfc1918List(text []byte, i int, o [4]int, prefix int) bool {
	if o != [4]int{192, 168, 0, 0} || prefix != 16 {
		return false
	}
	lo, hi := i, i
	for lo > 0 && i-lo < 80 && text[lo-1] != '\n' {
		lo--
	}
	for hi < len(text) && hi-i < 80 && text[hi] != '\n' {
		hi++
	}
	w := text[lo:hi]
	return bytesContainsFold(w, "10.0.0.0/8") || bytesContainsFold(w, "172.16.0.0/12") || bytesContainsFold(w, "rfc 1918") ||
		bytesContainsFold(w, "rfc1918")
}

func privateIPv4(o [4]int) bool {
	return o[0] == 10 || o[0] == 172 && o[1] >= 16 && o[1] <= 31 || o[0] == 192 && o[1] == 168 ||
		o[0] == 100 && o[1] >= 64 && o[1] <= 127 || o[0] == 169 && o[1] == 254
}

func keepIPv4(o [4]int, prefix int) bool {
	switch {
	case o == [4]int{0, 0, 0, 0}, o[0] == 127, o[0] == 255, o[0] >= 224:
		return true
	case o[0] == 169 && o[1] == 254 && (o[2] == 169 && (o[3] == 254 || o[3] == 253 || o[3] == 123) ||
		o[2] == 169 && (o[3] == 250 || o[3] == 251) || o[2] == 170 && (o[3] == 2 || o[3] == 23) || o[2] >= 171 && o[2] <= 175):
		// IMDS, the VPC resolver, Time Sync, Windows activation, the ECS and EKS Pod Identity
		// agents, VPC Lattice's managed prefix (169.254.171.0/24), ECS tasks' link-local range
		return true
	case o[0] == 15 && o[1] == 177 && o[2] < 64:
		return true // Route 53's health checkers (15.177.0.0/18, AWS's published range; SES's 54.240.0.0/18 is not kept: dedicated IPs are one customer's)
	case o[0] == 130 && o[1] == 176 && prefix == 16:
		return true // CloudFront's origin-facing range (set_real_ip_from 130.176.0.0/16)
	}
	if prefix < 0 {
		switch o {
		case [4]int{8, 8, 8, 8}, [4]int{8, 8, 4, 4}, [4]int{1, 1, 1, 1}, [4]int{1, 0, 0, 1},
			[4]int{9, 9, 9, 9}, [4]int{149, 112, 112, 112}, [4]int{208, 67, 222, 222}, [4]int{208, 67, 220, 220},
			[4]int{114, 114, 114, 114}, [4]int{114, 114, 115, 115}, [4]int{223, 5, 5, 5}, [4]int{223, 6, 6, 6},
			[4]int{119, 29, 29, 29}, [4]int{180, 76, 76, 76}, [4]int{77, 88, 8, 8}, [4]int{94, 140, 14, 14},
			[4]int{64, 6, 64, 6}, [4]int{1, 0, 0, 2}, [4]int{1, 1, 1, 2}, [4]int{8, 26, 56, 26},
			[4]int{100, 100, 100, 100}: // (Tailscale's MagicDNS resolver, the same on every tailnet)
			return true
		}
		return false
	}
	switch {
	case o == [4]int{10, 0, 0, 0} && prefix == 8, o == [4]int{172, 16, 0, 0} && prefix == 12,
		o == [4]int{100, 64, 0, 0} && prefix == 10,
		o == [4]int{169, 254, 0, 0} && prefix == 16:
		return true
	case o == [4]int{172, 31, 0, 0} && prefix == 16, o == [4]int{198, 19, 0, 0} && prefix == 16:
		return true // a default VPC's block, FSx for ONTAP's default endpoint range: the same in every account
	case prefix == 30 && o[0] == 169 && o[1] == 254 && o[3] == 0 && o[2] <= 5, prefix == 30 && o == [4]int{169, 254, 169, 252}:
		return true // the tunnel inside blocks Site-to-Site VPN reserves (169.254.0.0/30 to 169.254.5.0/30, 169.254.169.252/30)
	}
	return false
}

// imageRef reports whether the token that ends at the ':' at c is a container image's
// repository path (broadinstitute/gatk, 123456789012.dkr.ecr.../omics/gatk), whose tag follows.
func imageRef(text []byte, c int) bool {
	k := c
	for k > 0 && c-k < 256 && text[k-1] > ' ' && text[k-1] != '"' && text[k-1] != '\'' && text[k-1] != '=' && text[k-1] != '@' {
		k--
	}
	t := text[k:c]
	return len(t) > 2 && bytes.IndexByte(t, '/') > 0 && !bytes.Contains(t, []byte("://")) && isAlnum(t[len(t)-1])
}

// versionContext reports whether the dotted quad [i, e) is a version: "Chrome/120.0.0.0",
// "version 1.2.3.4", "v. 1.2.3.4", "3.3.131.0 is the agent version".
func versionContext(text []byte, i, e int) bool {
	if i >= 2 && text[i-1] == '@' && isAlnum(text[i-2]) {
		// a package URL's version (pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.13.4.1)
		k := i - 1
		for k > 0 && i-k < 200 && text[k-1] > ' ' && text[k-1] != '"' && text[k-1] != '\'' {
			k--
		}
		if hasPrefix(text[k:], "pkg:") {
			return true
		}
	}
	if i >= 2 && text[i-1] == '/' && (isLetter(text[i-2]) || isDigit(text[i-2]) && tokenEndsAt(text, i-1)) {
		// product/version (Chrome/120.0.0.0), but not host/address (db.example.com/10.0.3.1,
		// a driver's error) nor a private address in a path (/hosts/10.0.1.23); a token before
		// '/' stands for a word masked in the first pass, a product's maybe: judged alike
		k := i - 1
		for k > 0 && (isAlnum(text[k-1]) || text[k-1] == '-' || text[k-1] == '_') {
			k--
		}
		if k > 0 && text[k-1] == '.' || k >= 5 && (string(text[k-5:i]) == "/dev/tcp/" || string(text[k-5:i]) == "/dev/udp/") {
			return false // (bash's /dev/tcp/HOST/PORT: a reverse shell's address)
		}
		_, o := parseIPv4(text, i)
		return !privateIPv4(o)
	}
	if i >= 4 && text[i-1] == '-' && isLower(text[i-2]) && isLower(text[i-3]) && isLower(text[i-4]) {
		return true // a package's or an install directory's name-version (/opt/solidangle/arnold-7.3.4.1/plugins)
	}
	j := i
	for j > 0 && i-j < 64 && (text[j-1] == ' ' || text[j-1] == '.' || text[j-1] == ':' || text[j-1] == '"' ||
		text[j-1] == '=' || text[j-1] == '\'' || text[j-1] == '(') {
		j-- // version 1.2.3.4, "Version": "4.12.0.3", version='1.2.3.4', app.build.version:   7.3.0.118, 버전(3.3.40.0),
		// Terraform's aligned engine_version                      = "1.3.2.1"
	}
	if e+1 < len(text) && text[e] == ' ' && (hasPrefix(text[e+1:], "OTA") || hasPrefix(text[e+1:], "firmware") || hasPrefix(text[e+1:], "release ") ||
		hasPrefix(text[e+1:], "upgrade") || hasPrefix(text[e+1:], "update")) {
		return true // after the 3.8.1.44 OTA, the 5.2.0.113 firmware: a version
	}
	if e < len(text) && text[e] == '|' || e+1 < len(text) && text[e] == ' ' && text[e+1] == '|' {
		if versionColumn(text, i) {
			return true // | Firmware | ... | 5.2.0.113 |: a Markdown table's version column
		}
	}
	if e < len(text) && text[e] == ' ' && (hasPrefix(text[e:], " is the ") || hasPrefix(text[e:], " is a ")) {
		le := e + 6
		for le < len(text) && le-e < 48 && text[le] != '\n' && text[le] != '.' && text[le] != ',' {
			le++
		}
		if bytes.Contains(text[e:le], []byte(" version")) {
			return true // 3.3.131.0 is the agent version
		}
	}
	if j >= 3 && hasSuffixFold(text[:j], "db2") && (j == 3 || !isAlnum(text[j-4])) {
		return true // IBM's product names its version: Db2 11.5.9.0
	}
	if j >= 4 && isLetter(text[j-1]) && (hasSuffixFold(text[:j], "big-ip") || hasSuffixFold(text[:j], "pan-os") ||
		hasSuffixFold(text[:j], "fortios") || hasSuffixFold(text[:j], "tmos")) || e+6 < len(text) && text[e] == ' ' && text[e+1] == 'B' &&
		hasPrefix(text[e+1:], "Build ") {
		return true // appliances name their software's version: BIG-IP 17.1.1.3 Build 0.0.5, PAN-OS 10.2.9.1
	}
	if j > 0 && text[j-1] >= 0x80 {
		// a version named in Korean, Japanese or Chinese: 에이전트 버전(3.3.40.0), バージョン 1.2.3.4
		return hasSuffix(text[:j], "버전") || hasSuffix(text[:j], "バージョン") || hasSuffix(text[:j], "版本") ||
			hasSuffix(text[:j], "엔진") || hasSuffix(text[:j], "エンジン") // (엔진 1.2.1.0: Neptune's engine, versioned in four parts)
	}
	k := j
	for k > 0 && j-k < 64 && isLetter(text[k-1]) {
		k--
	}
	if k == j || k > 0 && (isAlnum(text[k-1]) || passwordMark(text[k-1])) {
		return false // (a password's tail, Ab00!0!v 10.1.0.5, names no version)
	}
	var buf [24]byte
	if j-k > len(buf) {
		return hasSuffixFold(text[k:j], "version") // AWSConfigurationTemplateVersion: 1.1.0.0 (a Beanstalk saved configuration)
	}
	w, _ := foldASCII(buf[:], text[k:j])
	if len(w) == 1 && k > 0 && text[k-1] != ' ' && text[k-1] != '\t' && text[k-1] != '\n' && text[k-1] != '(' && text[k-1] != '"' && text[k-1] != '\'' {
		return false // a lone v glued to something before it (A000!0-v 10.1.0.5: a password's tail) names no version
	}
	switch string(w) {
	case "version", "ver", "v", "build", "buildnumber", "release", "firmware", "agent", "kernel", "windows", "driver", "oracle":
		return true // (Oracle 19.0.0.0, 12.1.0.2: the database's release, in four or five parts)
	case "engine", "moteur", "motor":
		_, o := parseIPv4(text, i)
		return !privateIPv4(o) // engine 1.3.2.1 (Neptune's; version du moteur), not JMeter's "remote engine: 10.0.0.5"
	}
	return hasSuffix(w, "version") // EngineVersion, AgentVersion, PlatformVersion
}

// versionColumn reports whether the cell at i of a Markdown table row is in a column whose
// header names a version (Version, Engine version, Firmware, Engine).
func versionColumn(text []byte, i int) bool {
	ls := lineStart(text, i, 1024)
	col := bytes.Count(text[ls:i], []byte("|"))
	if col == 0 {
		return false
	}
	// the header is the first row of the table: walk up over rows and the |---| rule
	for rows := 0; ls > 0; rows++ {
		ps := lineStart(text, ls-1, 1024)
		if ps >= ls-1 || text[ps] != '|' {
			break
		}
		if rows == 64 {
			return false // (a long table: its header is too far up to be looked for from every cell)
		}
		ls = ps
	}
	le := ls
	for le < len(text) && text[le] != '\n' {
		le++
	}
	h := text[ls:le]
	for c := 0; c < col && len(h) > 0; c++ {
		p := bytes.IndexByte(h, '|')
		if p < 0 {
			return false
		}
		h = h[p+1:]
	}
	if p := bytes.IndexByte(h, '|'); p >= 0 {
		h = h[:p]
	}
	return bytesContainsFold(h, "version") || bytesContainsFold(h, "firmware") || bytesContainsFold(h, "engine") ||
		bytes.Contains(h, []byte("버전")) || bytes.Contains(h, []byte("バージョン")) || bytes.Contains(h, []byte("엔진")) ||
		bytes.Contains(h, []byte("エンジン"))
}

// portAt reports whether text[k:] is a port number (1 to 5 digits) that ends a token.
func portAt(text []byte, k int) bool {
	e := k
	for e < len(text) && e-k < 6 && isDigit(text[e]) {
		e++
	}
	return e > k && e-k <= 5 && (e == len(text) || !isAlnum(text[e]) && text[e] != ':')
}

// publicResolverIPv6 reports the IPv6 addresses of the well-known public resolvers
// (Cloudflare's, Google's, Quad9's, OpenDNS's), kept as their IPv4 addresses are.
func publicResolverIPv6(v []byte) bool {
	var buf [40]byte
	l, _ := lowerASCII(buf[:], v)
	switch string(l) {
	case "2606:4700:4700::1111", "2606:4700:4700::1001", "2001:4860:4860::8888", "2001:4860:4860::8844",
		"2620:fe::fe", "2620:fe::9", "2620:119:35::35", "2620:119:53::53":
		return true
	}
	return false
}

// matchIPv6 matches IPv6 addresses and prefixes with at least three groups and either "::" or
// all eight groups (so clock times and MAC addresses are not addresses).
func matchIPv6(s *scanState, i, ri int) int {
	text := s.text
	n := len(text)
	if i > 0 && (text[i-1] == ':' || text[i-1] == '.') {
		return -1
	}
	if e, pairs := hexPairs(text, i); (pairs == 6 || pairs >= 8) && (e == n || !isAlnum(text[e]) && text[e] != ':') {
		if pairs >= 8 {
			s.emit(i, e, "certificate-serial", ri) // a certificate's serial or a key's fingerprint (bb:51:6b:...): one thing of the customer's
		} else if v := string(text[i:e]); v != "ff:ff:ff:ff:ff:ff" && v != "00:00:00:00:00:00" {
			s.emit(i, e, "mac-address", ri) // a network interface's hardware address (not broadcast's or none)
		}
		return e
	}
	j := i
	groups, dbl := 0, false
	for {
		k := j
		for k < n && k-j < 5 && isHex(text[k]) {
			k++
		}
		if k-j > 4 {
			return -1
		}
		if k == j {
			break
		}
		groups++
		j = k
		if j+1 < n && text[j] == ':' && text[j+1] == ':' {
			if dbl {
				return -1
			}
			dbl = true
			j += 2
			if j < n && isHex(text[j]) {
				continue
			}
			break
		}
		if j+1 < n && text[j] == ':' && isHex(text[j+1]) && groups < 8 {
			j++
			continue
		}
		break
	}
	port := groups == 8 && !dbl && j+1 < n && text[j] == ':' && isDigit(text[j+1]) && portAt(text, j+1)
	if groups < 3 || groups > 8 || !dbl && groups != 8 || j < n && (isWord(text[j]) || text[j] == ':' && !port) {
		return -1 // a port after a full address (ALB logs: 2a01:...:e31a:60118) ends the address
	}
	if j+1 < n && text[j] == '/' && isDigit(text[j+1]) {
		k := j + 1
		for k < n && k-j <= 3 && isDigit(text[k]) {
			k++
		}
		if k >= n || !isAlnum(text[k]) {
			j = k
		}
	}
	if hasPrefixFold(text[i:j], "fd00:ec2:") || publicResolverIPv6(text[i:j]) {
		// AWS's fd00:ec2::/32, the same in every VPC: IMDS (::254), the resolver (::253), Pod
		// Identity (::23), VPC Lattice's fd00:ec2:80::/64; a public resolver
		return j
	}
	s.emit(i, j, "ipv6", ri)
	return j
}

func hasSuffix(b []byte, p string) bool { return len(b) >= len(p) && string(b[len(b)-len(p):]) == p }

func hasPrefix(b []byte, p string) bool { return len(b) >= len(p) && string(b[:len(p)]) == p }

// hasPrefixFold is an ASCII case-insensitive prefix test; p must be lower case.
func hasPrefixFold(b []byte, p string) bool {
	if len(b) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		if b[i]|0x20 != p[i] && b[i] != p[i] {
			return false
		}
	}
	return true
}

// hasSuffixFold is an ASCII case-insensitive suffix test; p must be lower case.
func hasSuffixFold(b []byte, p string) bool {
	return len(b) >= len(p) && hasPrefixFold(b[len(b)-len(p):], p)
}

// matchELBID matches load-balancer resource IDs outside ARNs: app/NAME/16hex in ENI
// descriptions and access logs, and app.NAME.16hex in access-log file names.
func matchELBID(s *scanState, i, ri int) int {
	text := s.text
	if len(text)-i < 22 {
		return -1
	}
	pre := 3
	switch {
	case string(text[i:i+3]) == "app" || string(text[i:i+3]) == "net" || string(text[i:i+3]) == "gwy":
	case hasPrefix(text[i:], "targetgroup/"):
		pre = len("targetgroup") // CloudWatch's TargetGroup dimension: targetgroup/NAME/ID
	default:
		return -1
	}
	sep := text[i+pre]
	if sep != '/' && sep != '.' {
		return -1
	}
	ns := i + pre + 1
	ne := ns
	for ne < len(text) && ne-ns <= 32 && (isAlnum(text[ne]) || text[ne] == '-') {
		ne++
	}
	if ne == ns || ne-ns > 32 || ne >= len(text) || text[ne] != sep {
		return -1
	}
	hs := ne + 1
	he := hs
	for he < len(text) && isHex(text[he]) {
		he++
	}
	if he-hs != 16 || he < len(text) && isAlnum(text[he]) {
		return -1
	}
	s.emit(ns, ne, "elb-name", ri)
	s.emit(hs, he, "elb-id", ri)
	if l := lineStart(text, i, 64); he+18 < len(text) && text[he] == ' ' && text[he+17] == ' ' && hasPrefix(text[l:], "tls ") &&
		allLowerAlnum(text[he+1:he+17]) {
		s.emit(he+1, he+17, "elb-listener-id", ri) // an NLB TLS access log: net/NAME/ID LISTENER client:port ...
		return he + 17
	}
	return he
}

// adsKind returns the length of the kind of an Application Discovery Service configuration
// item that b starts with (server-, application-, process-, connection-), or 0.
func adsKind(b []byte) int {
	for _, k := range [...]string{"server-", "application-", "process-", "connection-"} {
		if hasPrefix(b, k) {
			return len(k)
		}
	}
	return 0
}

// matchOrgID matches AWS Organizations and Directory Service IDs: o-xxxxxxxxxx,
// ou-xxxx-xxxxxxxx, r-xxxx (organization root), d-xxxxxxxxxx.
func matchOrgID(s *scanState, i, ri int) int {
	text := s.text
	run := func(j int) int {
		k := j
		for k < len(text) && (isLower(text[k]) || isDigit(text[k])) {
			k++
		}
		return k
	}
	mixed := func(b []byte) bool {
		d, l := false, false
		for _, c := range b {
			if isDigit(c) {
				d = true
			} else {
				l = true
			}
		}
		return d && l
	}
	var typ string
	var end int
	switch {
	case hasPrefix(text[i:], "o-"):
		end = run(i + 2)
		if n := end - i - 2; n < 10 || n > 32 || !mixed(text[i+2:end]) && (hasDigitByte(text[i+2:end]) || !mentionsFold(text[lineStart(text, i, 48):i], "org")) {
			// letters alone (o-piwcddjqjd) are an ID only where the line names an organization
			// (aws:PrincipalOrgID, org_id=, OrganizationId)
			return -1
		}
		typ = "organization-id"
	case hasPrefix(text[i:], "ou-"):
		a := run(i + 3)
		if a-i-3 < 4 || a >= len(text) || text[a] != '-' {
			return -1
		}
		end = run(a + 1)
		if end-a-1 < 8 || !mixed(text[a+1:end]) {
			return -1
		}
		typ = "organization-unit-id"
	case hasPrefix(text[i:], "r-"):
		end = run(i + 2)
		if n := end - i - 2; n != 4 || !mixed(text[i+2:end]) {
			return -1
		}
		typ = "organization-root-id"
	case hasPrefix(text[i:], "d-") && adsKind(text[i+2:]) > 0:
		// Application Discovery Service's configuration items: d-server-, d-application-,
		// d-process-, d-connection- and 14 lower-case letters and digits
		p := i + 2 + adsKind(text[i+2:])
		end = run(p)
		if end-p != 14 || !mixed(text[p:end]) {
			return -1
		}
		typ = "discovery-item-id"
		if text[i+2] == 's' {
			typ = "discovery-server-id"
		}
	case hasPrefix(text[i:], "dc-") && i+13 <= len(text) && allHex(text[i+3:i+13]) && (i+13 == len(text) || !isAlnum(text[i+13])):
		end, typ = i+13, "directory-id" // Directory Service's domain controllers: dc- and ten hex digits
	case hasPrefix(text[i:], "t-") && i+12 <= len(text) && allHex(text[i+2:i+12]) && hasDigitByte(text[i+2:i+12]) &&
		(i+12 == len(text) || !isAlnum(text[i+12]) && text[i+12] != '-'):
		end, typ = i+12, "directory-id" // Directory Service's trusts: t- and ten hex digits
	case hasPrefix(text[i:], "d-"):
		end = run(i + 2)
		if end-i-2 == 10 && mixed(text[i+2:end]) {
			typ = "sso-directory-id"
			break
		}
		if end-i-2 == 12 && mixed(text[i+2:end]) {
			typ = "sagemaker-domain-id" // SageMaker domains: d- and 12 lower-case letters and digits
			break
		}
		// CodeDeploy deployments: d- and nine upper-case letters and digits (d-7QX2KM9PB)
		end = i + 2
		for end < len(text) && (isUpper(text[end]) || isDigit(text[end])) {
			end++
		}
		if end-i-2 != 9 || !hasDigitByte(text[i+2:end]) || allDigits(text[i+2:end]) {
			return -1
		}
		typ = "codedeploy-deployment-id"
	case hasPrefix(text[i:], "S-1-5-21-") || hasPrefix(text[i:], "S-1-1-11-"):
		// a Windows security identifier in a domain: S-1-5-21-<three numbers>[-<RID>]; the numbers
		// name the customer's domain (WorkMail's users and groups have IDs of the same form,
		// S-1-1-11-...)
		end = i + 9
		for parts := 0; parts < 4 && end < len(text) && isDigit(text[end]); parts++ {
			for end < len(text) && isDigit(text[end]) {
				end++
			}
			if parts == 3 || end+1 >= len(text) || text[end] != '-' || !isDigit(text[end+1]) {
				break
			}
			end++
		}
		if end-i < 20 {
			return -1
		}
		typ = "windows-sid"
	case hasPrefix(text[i:], "p-"):
		end = run(i + 2) // Organizations policies (SCPs, tag policies): p- and 8 or more letters and digits
		if n := end - i - 2; n < 8 || n > 32 || !mixed(text[i+2:end]) {
			return -1
		}
		typ = "organization-policy-id"
	case hasPrefix(text[i:], "ins-"):
		end = run(i + 4) // IAM Identity Center application instances: ins- and 16 hex digits
		if end-i-4 != 16 || !allHexLower(text[i+4:end]) || !mixed(text[i+4:end]) {
			return -1
		}
		typ = "sso-instance-id"
	case hasPrefix(text[i:], "e-"):
		end = run(i + 2)
		if end-i-2 != 10 || !mixed(text[i+2:end]) {
			return -1
		}
		typ = "beanstalk-environment-id"
	case hasPrefix(text[i:], "drsjob-") || hasPrefix(text[i:], "mgnjob-"):
		end = run(i + 7) // Elastic Disaster Recovery's and Application Migration Service's jobs: drsjob-, mgnjob- and 17 hex digits
		if end-i-7 != 17 || !allHexLower(text[i+7:end]) {
			return -1
		}
		typ = "drs-job-id"
	case hasPrefix(text[i:], "oi-"):
		end = run(i + 3) // Systems Manager OpsItems: oi- and 12 hex digits
		if end-i-3 != 12 || !allHexLower(text[i+3:end]) || !mixed(text[i+3:end]) {
			return -1
		}
		typ = "opsitem-id"
	case hasPrefix(text[i:], "hsm-") || hasPrefix(text[i:], "backup-") || hasPrefix(text[i:], "cluster-"):
		p := afterDash(text, i) // CloudHSM clusters, HSMs and backups: 11 lower-case letters and digits
		end = run(p)
		if end-p != 11 || !mixed(text[p:end]) {
			return -1
		}
		typ = "cloudhsm-id"
	case hasPrefix(text[i:], "n-") || hasPrefix(text[i:], "m-") || hasPrefix(text[i:], "nd-") || hasPrefix(text[i:], "ac-"):
		// Managed Blockchain's networks, members, nodes and accessors: 26 upper-case letters and digits
		p := afterDash(text, i)
		end = p
		for end < len(text) && (isUpper(text[end]) || isDigit(text[end])) {
			end++
		}
		if end-p != 26 || !hasDigitByte(text[p:end]) || !hasLetterRun(text[p:end], 1) {
			return -1
		}
		typ = "blockchain-id"
	case hasPrefix(text[i:], "b-") && i+38 <= len(text) && isUUID(text[i+2:i+38]):
		end, typ = i+38, "mq-broker-id" // Amazon MQ brokers
	case hasPrefix(text[i:], "s-") && i+19 <= len(text) && allHexLower(text[i+2:i+19]):
		end, typ = i+19, "transfer-server-id" // Transfer Family servers: s- and 17 hex digits
	case hasPrefix(text[i:], "j-") || hasPrefix(text[i:], "s-") || hasPrefix(text[i:], "ig-") || hasPrefix(text[i:], "if-"):
		// EMR clusters (j-2AXXXXXXGAPLF), steps (s-0813947Q2ZLKR), instance groups (ig-) and
		// fleets (if-): 13 upper-case letters and digits
		p := afterDash(text, i)
		end = p
		for end < len(text) && (isUpper(text[end]) || isDigit(text[end])) {
			end++
		}
		if (end-p != 13 && (text[i] != 's' || end-p < 13 || end-p > 22)) || !hasLetterRun(text[p:end], 1) || allDigits(text[p:end]) {
			return -1 // (newer steps' IDs run longer: s-07481923QWRTZ8PLM4XA)
		}
		typ = "emr-cluster-id"
		if text[i] == 's' {
			typ = "emr-step-id"
		}
	case hasPrefix(text[i:], "amazon-connect-"):
		end = i + 27 // the bucket Amazon Connect makes for an instance's recordings and reports: amazon-connect- and 12 hex digits
		if end > len(text) || !allHexLower(text[i+15:end]) {
			return -1
		}
		if a := end + len("/connect/"); hasPrefix(text[end:], "/connect/") {
			e := a
			for e < len(text) && e-a < 64 && (isLower(text[e]) || isDigit(text[e]) || text[e] == '-') {
				e++
			}
			if e > a && e < len(text) && text[e] == '/' {
				// .../connect/ALIAS/CallRecordings/...: the instance's alias
				s.emit(i, end, "s3-bucket", ri)
				s.emit(a, e, "connect-instance-alias", ri)
				return e
			}
		}
		typ = "s3-bucket"
	case hasPrefix(text[i:], "ws-") && i+39 <= len(text) && isUUID(text[i+3:i+39]):
		end, typ = i+39, "amp-workspace-id" // Amazon Managed Service for Prometheus
	case hasPrefix(text[i:], "ws-") || hasPrefix(text[i:], "wsb-") || hasPrefix(text[i:], "wsi-") || hasPrefix(text[i:], "wsipg-") ||
		hasPrefix(text[i:], "wsca-"):
		// WorkSpaces, their bundles, images, IP groups and connection aliases: nine lower-case
		// letters and digits (a bundle may be one of AWS's public ones: its ID says nothing
		// the model could use either); ws- and nine letters may be a word (ws-connector),
		// unless four consonants in a row say they were drawn at random (ws-wtdjcjrav)
		p := afterDash(text, i)
		end = run(p)
		if end-p != 9 || text[i+2] == '-' && !mixed(text[p:end]) && !consonantRun(text[p:end], 4) {
			return -1
		}
		typ = "workspaces-id"
	case hasPrefix(text[i:], "pp-") || hasPrefix(text[i:], "pa-") || hasPrefix(text[i:], "port-") ||
		hasPrefix(text[i:], "lpv2-") || hasPrefix(text[i:], "lpv3-") || hasPrefix(text[i:], "rec-"):
		p := afterDash(text, i) // Service Catalog products, artifacts, portfolios, paths, records
		end = run(p)
		if end-p != 13 || !mixed(text[p:end]) {
			return -1
		}
		typ = "servicecatalog-id"
	case hasPrefix(text[i:], "sp-") && i+39 <= len(text) && isUUID(text[i+3:i+39]):
		end, typ = i+39, "savings-plan-id"
	case hasPrefix(text[i:], "vlnk-"):
		end = run(i + 5) // API Gateway VPC links
		if end-i-5 < 6 || end-i-5 > 10 || !mixed(text[i+5:end]) {
			return -1
		}
		typ = "apigw-id"
	case hasPrefix(text[i:], "dxcon-") || hasPrefix(text[i:], "dxvif-") || hasPrefix(text[i:], "dxlag-") ||
		hasPrefix(text[i:], "dxpeer-"):
		p := afterDash(text, i) // Direct Connect connections, virtual interfaces, LAGs and BGP peers: eight letters and digits
		end = run(p)
		if end-p != 8 {
			return -1
		}
		typ = "directconnect-id"
	case hasPrefix(text[i:], "ns-") || hasPrefix(text[i:], "srv-"):
		p := afterDash(text, i) // Cloud Map namespaces and services: 16 lower-case letters and digits (or letters only)
		end = run(p)
		if end-p != 16 || end < len(text) && text[end] == '-' {
			return -1
		}
		typ = "cloudmap-id"
	case hasPrefix(text[i:], "cons-") || hasPrefix(text[i:], "prod-") || hasPrefix(text[i:], "prodview-"):
		// Service Catalog constraints and products, AWS Marketplace products and listings: 13
		// lower-case letters and digits
		p := afterDash(text, i)
		end = run(p)
		if end-p != 13 || !mixed(text[p:end]) {
			return -1
		}
		typ = "servicecatalog-id"
	case hasPrefix(text[i:], "sgrule-"):
		end = i + 7 // the Terraform AWS provider's security group rules: sgrule- and a decimal hash
		for end < len(text) && isDigit(text[end]) {
			end++
		}
		if end-i-7 < 8 || end < len(text) && isAlnum(text[end]) {
			return -1
		}
		typ = "sg-rule-id"
	case hasPrefix(text[i:], "export-"):
		end = run(i + 7) // Application Discovery Service exports: export- and 12 lower-case letters and digits
		if end-i-7 != 12 || !mixed(text[i+7:end]) {
			return -1
		}
		typ = "discovery-export-id"
	case hasPrefix(text[i:], "sir-"):
		end = run(i + 4) // EC2 Spot instance requests: sir- and eight letters and digits
		if end-i-4 != 8 || !mixed(text[i+4:end]) {
			return -1
		}
		typ = "spot-request-id"
	case hasPrefix(text[i:], "agmt-") || hasPrefix(text[i:], "offer-"):
		p := afterDash(text, i) // AWS Marketplace agreements (20 to 32 letters and digits) and private offers (13)
		end = run(p)
		if (end-p < 20 || end-p > 32) && end-p != 13 || !mixed(text[p:end]) {
			return -1
		}
		typ = "marketplace-id"
	default:
		return -1
	}
	if end < len(text) && (isWord(text[end]) || text[end] == '-') {
		return -1
	}
	s.emit(i, end, typ, ri)
	return end
}

// codeDeployRoot reads the CodeDeploy agent's working directory after "deployment-root/" (at
// p): DEPLOYMENT-GROUP-UUID/DEPLOYMENT-ID/..., the customer's deployment group and deployment
// (d- and nine upper-case letters and digits, here with or without a digit). It returns where
// it stopped, or -1.
func (s *scanState) codeDeployRoot(p, ri int) int {
	text := s.text
	if p+37 > len(text) || !isUUID(text[p:p+36]) || text[p+36] != '/' {
		return -1
	}
	s.emit(p, p+36, "codedeploy-deployment-group-id", ri)
	e := p + 37
	if !hasPrefix(text[e:], "d-") {
		return e
	}
	k := e + 2
	for k < len(text) && (isUpper(text[k]) || isDigit(text[k])) {
		k++
	}
	if k-e-2 == 9 && (k == len(text) || !isAlnum(text[k])) {
		s.emit(e, k, "codedeploy-deployment-id", ri)
		return k
	}
	return e
}

// matchLogGroupPath matches CloudWatch log group names outside ARNs and key/value pairs:
// /aws/<service>/NAME... anywhere (the AWS prefix stays), and any /path after the words
// "log group".
func matchLogGroupPath(s *scanState, i, ri int) int {
	text := s.text
	if i > 0 && text[i-1] == '$' && hasPrefix(text[i:], "252Faws$252F") {
		return s.consoleLogGroup(i, 2, ri)
	}
	if i >= 11 && text[i-1] == '$' && hasPrefix(text[i:], "252F") && string(text[i-11:i-1]) == "log-group/" {
		return s.consoleLogGroup(i, 0, ri) // a group of the customer's own (log-group/$252Fecs$252Fbilling)
	}
	if typ := consolePath(text, i); typ != "" {
		k := i
		for k < len(text) && (isAlnum(text[k]) || text[k] == '-' || text[k] == '_' || text[k] == '.' || text[k] == '+' ||
			text[k] == '=' || text[k] == ',' || text[k] == '@') {
			k++
		}
		if v := text[i:k]; !keepSegment(v) && !awsVocabulary(v) {
			s.emit(i, k, typ, ri)
			return k
		}
		return -1
	}
	if i > 0 && text[i-1] == '/' && text[i] == 'd' && hasPrefix(text[i:], "deployment-root/") {
		return s.codeDeployRoot(i+16, ri)
	}
	if i == 0 || text[i-1] != '/' || i >= 2 && (isAlnum(text[i-2]) || text[i-2] == '.' || text[i-2] == '-' || text[i-2] == '/') {
		return -1
	}
	if hasPrefix(text[i:], "ecs/") && i+4 < len(text) && isAlnum(text[i+4]) {
		// /ecs/<task family>: the log group the ECS console creates for a task definition
		k := i + 4
		for k < len(text) && (isAlnum(text[k]) || text[k] == '-' || text[k] == '_') {
			k++
		}
		if k < len(text) && (text[k] == '/' || text[k] == '.' && k+1 < len(text) && isAlnum(text[k+1])) {
			if !logGroupProse(text, i, k) {
				return -1 // a longer path: judged as a whole elsewhere, or named a log group below
			}
		} else {
			if v := text[i+4 : k]; !keepSegment(v) && !stopWord(v) {
				s.emit(i+4, k, "log-group", ri)
			}
			return k
		}
	}
	aws := hasPrefix(text[i:], "aws/")
	if !aws && !logGroupProse(text, i, i) || hasPrefix(text[i:], "aws/service/") {
		return -1 // /aws/service/...: the public parameters AWS publishes (AMI IDs, versions)
	}
	var buf [16]seg
	segs := append(buf[:0], seg{i - 1, i - 1, i, '/'})
	st := i
	k := i
	for ; k <= len(text); k++ {
		if k == len(text) || !isAlnum(text[k]) && text[k] != '-' && text[k] != '_' && text[k] != '.' && text[k] != '/' && text[k] != '#' {
			break
		}
		if text[k] == '/' {
			if len(segs) == cap(segs)-1 {
				return -1
			}
			segs = append(segs, seg{st, k, k + 1, '/'})
			st = k + 1
		}
	}
	for k > st && text[k-1] == '.' {
		k--
	}
	segs = append(segs, seg{st, k, k, 0})
	if aws && len(segs) < 4 || k < len(text) && text[k] == '?' {
		return -1 // (a query string follows an API's path, /aws/ec2/group/x?accountId=y: no log group)
	}
	s.logGroupSegments(segs, ri)
	return k
}

// consoleLogGroup handles the CloudWatch console's URL fragment form of a log group name,
// where '/' is written $252F: log-group/$252Faws$252Flambda$252FNAME (parts from first on
// are masked: 2 for AWS's groups, 0 for the customer's, log-group/$252Fecs$252FNAME).
func (s *scanState) consoleLogGroup(i, first, ri int) int {
	text := s.text
	const sep = "$252F"
	k := i + 4 // after "252F"
	part := 0
	for {
		st := k
		for k < len(text) && (isAlnum(text[k]) || text[k] == '-' || text[k] == '_' || text[k] == '.') {
			k++
		}
		if part >= first && k > st && !keepSegment(text[st:k]) {
			s.emit(st, k, "log-group", ri)
		}
		part++
		if !hasPrefix(text[k:], sep) {
			return k
		}
		k += len(sep)
	}
}

// principalPath reports an IAM principal written as PMapper and Pacu write them, user/NAME or
// role/NAME, for the word at i: "user/" or "role/" after a blank, a quote, a backtick or an
// opening bracket (not inside an ARN, a URL or a file's path).
func principalPath(text []byte, i int) bool {
	if i < 5 || !hasSuffix(text[:i], "user/") && !hasSuffix(text[:i], "role/") {
		return false
	}
	if i == 5 {
		return true
	}
	switch text[i-6] {
	case ' ', '\n', '\t', '"', '\'', '`', '(', '[', '*':
		return true
	}
	return false
}

// consolePath recognises AWS console URL paths that end in a resource name:
// #/roles/details/NAME, #/users/details/NAME, s3/buckets/NAME, lambda/home#/functions/NAME.
func consolePath(text []byte, i int) string {
	before := text[max(0, i-24):i]
	switch {
	case hasSuffix(before, "/roles/details/"):
		return "iam-role-name"
	case hasSuffix(before, "/users/details/"):
		return "iam-user-name"
	case hasSuffix(before, "/groups/details/"):
		return "iam-group-name"
	case hasSuffix(before, "s3/buckets/") || hasSuffix(before, "s3/object/"):
		return "s3-bucket"
	case hasSuffix(before, "hostedzone/"):
		return "route53-zone-id" // "Id": "/hostedzone/Z1D633PJN98FT9"
	case hasSuffix(before, "#/functions/") || hasSuffix(before, "2015-03-31/functions/"):
		return "lambda-function-name"
	case hasSuffix(before, "#/clusters/"):
		return "cluster-name"
	case hasSuffix(before, "#/table?name=") || hasSuffix(before, "#/tables/"):
		return "dynamodb-table-name"
	case hasSuffix(before, "/projects/") && bytes.Contains(text[max(0, i-48):i], []byte("codebuild/")):
		return "resource-name" // codesuite/codebuild/ACCOUNT/projects/NAME/history
	case hasSuffix(before, "/v0/indexes/") || hasSuffix(before, "/v0/maps/") || hasSuffix(before, "/v0/trackers/") ||
		hasSuffix(before, "/v0/calculators/") || hasSuffix(before, "/v0/collections/"):
		return "resource-name" // Location Service's REST paths: places/v0/indexes/NAME/search/text, maps/v0/maps/NAME/...
	case hasSuffix(before, "#dashboards/dashboard/") || hasSuffix(before, "#dashboards:name="):
		return "resource-name" // a CloudWatch dashboard in the console's URL
	case hasSuffix(before, "_REGISTRY/") || hasSuffix(before, "_REGISTRY}/") || bytes.Contains(text[max(0, i-48):i], []byte("/ecr/repositories/private/")):
		return "ecr-repository" // $ECR_REGISTRY/NAME in CI files; the ECR console's repositories/private/ACCOUNT/NAME
	case hasSuffix(before, "/agentAliases/"):
		return "resource-id" // Bedrock Agents' runtime: /agents/ID/agentAliases/ALIAS/sessions/...
	case principalPath(text, i):
		if hasSuffix(before, "role/") {
			return "iam-role-name"
		}
		return "iam-user-name" // PMapper's and Pacu's principals: user/x can escalate ... role/y
	case hasSuffix(before, "codepipeline/pipelines/"):
		return "resource-name" // codesuite/codepipeline/pipelines/NAME/view
	case hasSuffix(before, "#/builds/") && bytes.Contains(text[max(0, i-96):i], []byte("codebuild/")):
		return "resource-name" // codebuild/home?region=R#/builds/PROJECT:UUID/view/new: the project
	case (hasSuffix(before, "#/applications/") || hasSuffix(before, "/deployment-groups/")) &&
		bytes.Contains(text[max(0, i-160):i], []byte("codedeploy/")):
		return "resource-name" // codedeploy/home?region=R#/applications/APP/deployment-groups/GROUP
	case hasSuffix(before, "/virtualNode/") || hasSuffix(before, "/virtualGateway/") || hasSuffix(before, "/virtualRouter/"):
		return "resource-name" // an App Mesh resource in an Envoy node ID: mesh/MESH/virtualNode/NODE
	case hasSuffix(before, "mesh/") && virtualResourceAfter(text, i):
		return "resource-name" // ... and its mesh
	case hasSuffix(before, "/details/") && (bytes.Contains(text[max(0, i-240):i], []byte("console.aws.amazon.com")) ||
		bytes.Contains(text[max(0, i-240):i], []byte("console.amazonaws"))):
		return "resource-name" // a console page's resource: backup/home#/backupvaults/details/NAME (AWS Backup, and its kin)
	case hasSuffix(before, "ecs/v2/clusters/"):
		return "cluster-name" // ecs/v2/clusters/NAME/services/SERVICE
	case hasSuffix(before, "/services/") && bytes.Contains(text[max(0, i-96):i], []byte("ecs/v2/clusters/")):
		return "ecs-service-name"
	}
	return ""
}

// virtualResourceAfter reports whether the name at i is followed by an App Mesh resource
// type: MESH/virtualNode/, MESH/virtualGateway/, MESH/virtualRouter/.
func virtualResourceAfter(text []byte, i int) bool {
	e := i
	for e < len(text) && e-i < 256 && isKeyByte(text[e]) {
		e++
	}
	return hasPrefix(text[e:], "/virtualNode/") || hasPrefix(text[e:], "/virtualGateway/") || hasPrefix(text[e:], "/virtualRouter/")
}

// afterWords reports whether the word before position p (skipping blanks, quotes and a
// colon) is w, case-insensitively.
func afterWords(text []byte, p int, w string) bool {
	j := p
	for j > 0 && p-j < 4 && (text[j-1] == ' ' || text[j-1] == ':' || text[j-1] == '"' || text[j-1] == '`' || text[j-1] == '\'' || text[j-1] == '>') {
		j--
	}
	if j == p || j < len(w) {
		return false
	}
	return hasPrefixFold(text[j-len(w):j], w) && (j == len(w) || !isAlnum(text[j-len(w)-1]))
}

// logGroupProse reports whether the path whose first segment starts at i (after its '/') is
// named a log group by the words around it: "log group /x/y", "로그 그룹 /x/y", "Log-Gruppe /x/y",
// "groupe de journaux /x/y", "CloudWatch Logs > /x/y" (a
// console breadcrumb), or "/x/y log group", "/x/y 로그 그룹" after the path, which ends at or
// after k.
func logGroupProse(text []byte, i, k int) bool {
	if afterWords(text, i-1, "group") || afterWords(text, i-1, "CloudWatch Logs") || afterWords(text, i-1, "로그 그룹") ||
		afterWords(text, i-1, "로그그룹") || afterWords(text, i-1, "ロググループ") {
		return true
	}
	for _, w := range [...]string{"log-gruppe", "loggruppe", "protokollgruppe", "groupe de journaux", "groupe de logs",
		"grupo de logs", "grupo de log", "grupo de registros", "gruppo di log", "日志组", "日誌群組"} {
		// (German's Log-Gruppe, French's groupe de journaux, Spanish's and Portuguese's grupo de
		// logs, Italian's gruppo di log, Chinese's 日志组)
		if afterWords(text, i-1, w) {
			return true
		}
	}
	for k < len(text) && (isAlnum(text[k]) || text[k] == '-' || text[k] == '_' || text[k] == '.' || text[k] == '/') {
		k++
	}
	j := k
	for j < len(text) && j-k < 3 && (text[j] == ' ' || text[j] == '`' || text[j] == '"' || text[j] == '\'') {
		j++
	}
	if j == k {
		return false
	}
	r := text[j:]
	return hasPrefixFold(r, "log group") || hasPrefix(r, "로그 그룹") || hasPrefix(r, "로그그룹") || hasPrefix(r, "ロググループ")
}

// matchRepoClaim matches the OIDC subject claims of IAM trust policies and tokens: GitHub's
// repo:ORG/REPO:ref:..., GitLab's project_path:GROUP[/SUBGROUP...]/PROJECT:..., and EKS's
// system:serviceaccount:NAMESPACE:NAME.
func matchRepoClaim(s *scanState, i, ri int) int {
	text := s.text
	pre := len("repo:")
	switch {
	case hasPrefix(text[i:], "repo:"):
	case hasPrefix(text[i:], "project_path:"):
		pre = len("project_path:") // GitLab's OIDC subject: project_path:GROUP/PROJECT:ref_type:...
	case hasPrefix(text[i:], "system:serviceaccount:"):
		// an EKS service account token's subject, system:serviceaccount:NAMESPACE:NAME: the
		// account is masked (the namespace stays, as namespaces do elsewhere)
		p := i + len("system:serviceaccount:")
		for p < len(text) && (isLower(text[p]) || isDigit(text[p]) || text[p] == '-') {
			p++
		}
		if p >= len(text) || text[p] != ':' {
			return -1
		}
		e := p + 1
		for e < len(text) && (isLower(text[e]) || isDigit(text[e]) || text[e] == '-' || text[e] == '.') {
			e++
		}
		if v := text[p+1 : e]; len(v) > 0 && !stopWord(v) {
			s.emit(p+1, e, "k8s-service-account", ri)
		}
		return e
	case hasPrefix(text[i:], "eks:") && i+5 < len(text) && isLower(text[i+4]):
		// an Application Signals environment, eks:CLUSTER/NAMESPACE: the cluster is masked (the
		// namespace stays, as namespaces do elsewhere; eks:cluster-name, a tag key, has no '/')
		p := i + 4
		for p < len(text) && p-i < 104 && (isLower(text[p]) || isDigit(text[p]) || text[p] == '-' || text[p] == '_') {
			p++
		}
		if p+1 >= len(text) || text[p] != '/' || !isAlnum(text[p+1]) || stopWord(text[i+4:p]) {
			return -1
		}
		s.emit(i+4, p, "cluster-name", ri)
		return p
	default:
		return -1
	}
	name := func(j int) int {
		for j < len(text) && (isAlnum(text[j]) || text[j] == '-' || text[j] == '_' || text[j] == '.') {
			j++
		}
		return j
	}
	ost := i + pre
	oe := name(ost)
	if oe == ost || oe >= len(text) || text[oe] != '/' {
		return -1
	}
	rs := oe + 1
	re := name(rs)
	if re == rs && (rs >= len(text) || text[rs] != '*') {
		return -1
	}
	s.emit(ost, oe, "github-org", ri) // (repo:org/*: the organisation, whatever the repository)
	for re > rs {
		s.emit(rs, re, "github-repo", ri)
		if re >= len(text) || text[re] != '/' || pre == len("repo:") {
			break
		}
		rs = re + 1 // GitLab's subgroups: project_path:group/subgroup/project
		re = name(rs)
	}
	return max(re, rs)
}

// matchPEMKey matches the body of a PEM private key (-----BEGIN ... PRIVATE KEY----- ...
// -----END ...), leaving the armour lines readable.
func matchPEMKey(s *scanState, i, ri int) int {
	text := s.text
	if text[i] == 'L' {
		return matchPEMBase64(s, i, ri)
	}
	if i < 5 || string(text[i-5:i]) != "-----" || !hasPrefix(text[i:], "BEGIN ") {
		return -1
	}
	le := i
	for le < len(text) && le-i < 64 && text[le] != '\n' && text[le] != '\\' {
		le++
	}
	line := text[i:le]
	if !hasSuffix(line, "PRIVATE KEY-----") && !hasSuffix(line, "PRIVATE KEY BLOCK-----") && !hasSuffix(line, "Static key V1-----") {
		return -1 // (an OpenVPN tls-auth or tls-crypt key is a shared secret too)
	}
	body := le
	end := body
	for end < len(text) && !hasPrefix(text[end:], "-----END") {
		end++
	}
	if end == len(text) {
		return pemCutShort(s, body, ri)
	}
	if end-body < 16 {
		return -1
	}
	st, en := body, end
	for st < en && (text[st] == '\n' || text[st] == '\r' || text[st] == '\\' && st+1 < en && text[st+1] == 'n') {
		if text[st] == '\\' {
			st++
		}
		st++
	}
	for en > st && (text[en-1] == '\n' || text[en-1] == '\r' || en-2 >= st && text[en-2] == '\\' && text[en-1] == 'n') {
		if text[en-1] == 'n' {
			en--
		}
		en--
	}
	s.emit(st, en, "private-key", ri)
	return end
}

// pemCutShort masks the body of a private key whose END line never comes (a key pasted
// into a command or a message and cut short: echo "-----BEGIN RSA PRIVATE KEY-----\nMIIE...")
// from body: its base64 lines, raw or with escaped line breaks, 40 characters or more.
func pemCutShort(s *scanState, body, ri int) int {
	text := s.text
	st := body
	for st < len(text) && (text[st] == '\n' || text[st] == '\r' || text[st] == '\\' && st+1 < len(text) && text[st+1] == 'n') {
		if text[st] == '\\' {
			st++
		}
		st++
	}
	e, last := st, st
	for e < len(text) {
		switch c := text[e]; {
		case isB64(c) || c == '=':
			e++
			last = e
		case c == '\n' || c == '\r':
			e++
		case c == '\\' && e+1 < len(text) && text[e+1] == 'n':
			e += 2
		default:
			goto done
		}
	}
done:
	if last-st < 40 {
		return -1
	}
	s.emit(st, last, "private-key", ri)
	return last
}

// pemBase64 is "-----BEGIN" in base64, how a PEM document encoded whole begins.
const pemBase64 = "LS0tLS1CRUdJTi"

// base64Run returns the end of the run of base64 characters (standard alphabet, '='
// padding) that starts at i.
func base64Run(text []byte, i int) int {
	k := i
	for k < len(text) && isB64(text[k]) {
		k++
	}
	for p := 0; p < 2 && k < len(text) && text[k] == '='; p++ {
		k++
	}
	return k
}

// matchPEMBase64 matches a PEM private key encoded whole in base64, as a kubeconfig's
// client-key-data or a Kubernetes Secret's tls.key holds it: the armour line is decoded to
// tell a key from a certificate, which is public and stays.
func matchPEMBase64(s *scanState, i, ri int) int {
	text := s.text
	if !hasPrefix(text[i:], pemBase64) {
		return -1
	}
	end := base64Run(text, i)
	if end-i < 80 {
		return -1 // the armour line alone holds no key
	}
	var head [48]byte
	n, _ := base64.StdEncoding.Decode(head[:], text[i:i+64])
	if !bytes.Contains(head[:n], []byte("PRIVATE KEY")) && !bytes.Contains(head[:n], []byte("Static key")) {
		return -1
	}
	s.emit(i, end, "private-key", ri)
	return end
}

// sshKeyPrefix reports whether w opens like the base64 body of an OpenSSH public key: the
// key type's length and name (ssh-rsa, ssh-ed25519, ecdsa-sha2-*, sk-*), or a certificate's
// (ssh-rsa-cert-v01@openssh.com, ssh-ed25519-cert-v01@..., ecdsa-sha2-*-cert-v01@...).
func sshKeyPrefix(w []byte) bool {
	return hasPrefix(w, "AAAAB3NzaC1") || hasPrefix(w, "AAAAC3NzaC1") || hasPrefix(w, "AAAAE2VjZHNh") ||
		hasPrefix(w, "AAAAGnNrLX") || hasPrefix(w, "AAAAHHNzaC1") || hasPrefix(w, "AAAAIHNzaC1") || hasPrefix(w, "AAAAKGVjZHNh")
}

// matchSSHPublicKey matches the base64 body of an OpenSSH public key (ssh-ed25519 AAAAC3...).
func matchSSHPublicKey(s *scanState, i, ri int) int {
	text := s.text
	if !sshKeyPrefix(text[i:]) {
		return -1
	}
	end := base64Run(text, i)
	if end-i < 40 {
		return -1
	}
	s.emit(i, end, "ssh-public-key", ri)
	if end+3 < len(text) && text[end] == ' ' {
		// the key's comment, user@host (mbaptiste@orchardline-laptop): a person and a machine
		c := end + 1
		for c < len(text) && c-end < 96 && text[c] > ' ' && text[c] != '"' && text[c] != '\'' && text[c] != '\\' {
			c++
		}
		if a := bytes.IndexByte(text[end+1:c], '@'); a > 0 && a < c-end-2 {
			s.emit(end+1, c, "ssh-key-comment", ri)
			return c
		}
	}
	return end
}

// matchS3Listing matches the bucket column of `aws s3 ls`: a line of the form
// "YYYY-MM-DD HH:MM:SS bucket-name".
func matchS3Listing(s *scanState, i, ri int) int {
	text := s.text
	if i > 0 && text[i-1] != '\n' || len(text)-i < 21 {
		return -1
	}
	d := text[i : i+20]
	for k, c := range d {
		switch k {
		case 4, 7:
			if c != '-' {
				return -1
			}
		case 10, 19:
			if c != ' ' {
				return -1
			}
		case 13, 16:
			if c != ':' {
				return -1
			}
		default:
			if !isDigit(c) {
				return -1
			}
		}
	}
	bs := i + 20
	for bs < len(text) && text[bs] == ' ' {
		bs++
	}
	be := bs
	for be < len(text) && (isLower(text[be]) || isDigit(text[be]) || text[be] == '-' || text[be] == '.') {
		be++
	}
	if be-bs < 3 || be < len(text) && text[be] != '\n' && text[be] != '\r' {
		return -1 // object listings carry a size before the key
	}
	s.emit(bs, be, "s3-bucket", ri)
	return be
}

// matchS3AccessLog matches the head of an S3 server access log line: the bucket owner's
// canonical user ID (64 hex), then the bucket name, then "[" and the time; the requester after
// the remote address, when it is a canonical user ID too, joins s.early.
func matchS3AccessLog(s *scanState, i, ri int) int {
	text := s.text
	k := hexRunEnd(text, i)
	if k-i != 64 || k >= len(text) || text[k] != ' ' {
		return -1
	}
	bs := k + 1
	be := bs
	for be < len(text) && (isLower(text[be]) || isDigit(text[be]) || text[be] == '-' || text[be] == '.') {
		be++
	}
	if be-bs < 3 || be+1 >= len(text) || text[be] != ' ' || text[be+1] != '[' {
		return -1
	}
	s.emit(i, k, "canonical-user-id", ri)
	s.emit(bs, be, "s3-bucket", ri)
	if t := bytes.IndexByte(text[be:min(len(text), be+48)], ']'); t > 0 && be+t+2 < len(text) && text[be+t+1] == ' ' {
		ip := be + t + 2
		r := ip
		for r < len(text) && r-ip < 48 && text[r] != ' ' && text[r] != '\n' {
			r++
		}
		if r < len(text) && text[r] == ' ' {
			if re := hexRunEnd(text, r+1); re-r-1 == 64 && re < len(text) && text[re] == ' ' {
				s.addEarly(match{start: r + 1, end: re, typ: "canonical-user-id", rule: ri})
			}
		}
	}
	return be
}

// hexRunEnd returns where the lower-case hex digits starting at i end.
func hexRunEnd(text []byte, i int) int {
	for i < len(text) && (isDigit(text[i]) || text[i] >= 'a' && text[i] <= 'f') {
		i++
	}
	return i
}

// digitsEnd returns the end of the run of digits that starts at i.
func digitsEnd(text []byte, i int) int {
	for i < len(text) && isDigit(text[i]) {
		i++
	}
	return i
}

// apiKeyPrefix is a vendor's prefix for its secret keys and tokens, and the least number of
// bytes of [A-Za-z0-9_-] that follow it in a real one.
type apiKeyPrefix struct {
	prefix string
	body   int
}

// apiKeyPrefixes lists well-known secret key formats outside AWS (published by each vendor;
// the same list secret scanners use). Publishable keys (Stripe pk_) are not secrets.
func apiKeyPrefixes(c byte) [12]apiKeyPrefix { // an array: no allocation per word; unused entries are empty
	switch c {
	case 's':
		return [12]apiKeyPrefix{{"sk_live_", 16}, {"sk_test_", 16}, {"sk-ant-", 24}, {"sk-proj-", 24}, {"squ_", 24},
			{"shpat_", 24}, {"shpss_", 24}, {"sq0atp-", 16}, {"sk-", 40}, {"sk_", 36}} // sk_<region>_...: IVS stream keys
	case 'r':
		return [12]apiKeyPrefix{{"rk_live_", 16}, {"rk_test_", 16}}
	case 't':
		return [12]apiKeyPrefix{{"tskey-", 30}} // Tailscale's auth, API and OAuth client keys
	case 'w':
		return [12]apiKeyPrefix{{"whsec_", 16}}
	case 'g':
		return [12]apiKeyPrefix{{"ghp_", 30}, {"gho_", 30}, {"ghu_", 30}, {"ghs_", 30}, {"ghr_", 30},
			{"github_pat_", 40}, {"glpat-", 20}, {"glrt-", 20}, {"glptt-", 20}, {"gldt-", 20}, {"glcbt-", 20}, {"glsa_", 32}}
		// GitLab's personal, runner, trigger, deploy and CI job tokens; Grafana's service account tokens
	case 'b':
		return [12]apiKeyPrefix{{"bkua_", 40}} // Buildkite's API access tokens
	case 'x':
		return [12]apiKeyPrefix{{"xoxb-", 16}, {"xoxp-", 16}, {"xoxa-", 16}, {"xoxr-", 16}, {"xoxs-", 16}, {"xapp-", 16}}
	case 'A':
		return [12]apiKeyPrefix{{"AIza", 35}}
	case 'G':
		return [12]apiKeyPrefix{{"GOCSPX-", 24}} // a Google OAuth client's secret
	case 'n':
		return [12]apiKeyPrefix{{"npm_", 30}}
	case 'p':
		return [12]apiKeyPrefix{{"pypi-", 40}, {"pul-", 40}} // PyPI's upload tokens; Pulumi's access tokens
	case 'S':
		return [12]apiKeyPrefix{{"SG.", 20}}
	case 'd':
		return [12]apiKeyPrefix{{"dop_v1_", 40}, {"dp.st.", 20}, {"dp.ct.", 20}, {"dp.pt.", 20}, {"dp.sa.", 20}, {"da2-", 26}, {"dckr_pat_", 20},
			{"dckr_oat_", 20}} // da2-: AppSync API keys; Docker Hub's tokens; Doppler's service, CLI, personal and service account tokens
	case 'h':
		return [12]apiKeyPrefix{{"hvs.", 24}, {"hcaik_", 40}, {"hcxik_", 40}, {"hcxlk_", 40}} // Vault tokens; Honeycomb keys
	case 'k':
		return [12]apiKeyPrefix{{"k8s-aws-v1.", 40}} // an EKS bearer token: a presigned STS URL in base64url
	case 'l':
		return [12]apiKeyPrefix{{"lin_api_", 30}}
	case 'v':
		return [12]apiKeyPrefix{{"v1.public.", 40}} // Amazon Location Service API keys
	case 'P':
		return [12]apiKeyPrefix{{"PMAK-", 40}}
	case 'N':
		return [12]apiKeyPrefix{{"NRAK-", 27}} // a New Relic user API key
	}
	return [12]apiKeyPrefix{}
}

// fcmMarker is what every Firebase Cloud Messaging registration token holds after its
// instance ID and ':': the token proper starts with it.
const fcmMarker = "APA91b"

// matchPushToken matches a Firebase Cloud Messaging registration token (INSTANCE:APA91b...),
// a device's address in Pinpoint endpoints, SNS platform endpoints and mobile apps' logs: it
// reaches one person's phone. It is asked at the token proper (i, after the ':'), and the
// instance ID before it ([A-Za-z0-9_-], 8 to 64 bytes) is masked with it, unless a match
// already ends inside it.
func matchPushToken(s *scanState, i, ri int) int {
	text := s.text
	if i < 9 || text[i-1] != ':' || !hasPrefix(text[i:], fcmMarker) {
		return -1
	}
	st := i - 1
	for st > 0 && i-1-st < 64 && (isAlnum(text[st-1]) || text[st-1] == '_' || text[st-1] == '-') {
		st--
	}
	if i-1-st < 8 || st < s.lastEnd() {
		return -1
	}
	k := i
	for k < len(text) && (isAlnum(text[k]) || text[k] == '_' || text[k] == '-') {
		k++
	}
	if k-i < 30 {
		return -1
	}
	s.emit(st, k, "push-token", ri)
	return k
}

// matchSSHFingerprint matches the body of an OpenSSH key fingerprint, SHA256: and 43 base64
// characters (sshd's "Accepted publickey ... ssh2: RSA SHA256:...", auditd's fp=, Transfer
// Family's HostKeyFingerprint): it names one key, as the key's body does. "SHA256:" stays.
func matchSSHFingerprint(s *scanState, i, ri int) int {
	text := s.text
	st := i + len("SHA256:")
	if !hasPrefix(text[i:], "SHA256:") || st+43 > len(text) {
		return -1
	}
	k := st
	for k < len(text) && k-st <= 43 && isB64(text[k]) {
		k++
	}
	if k-st != 43 || k < len(text) && (text[k] == '=' || isB64(text[k])) || !secretKeyShape(text[st:k]) {
		return -1
	}
	s.emit(st, k, "key-fingerprint", ri)
	return k
}

// cwAgentParam is the prefix the CloudWatch agent's wizard and docs give the SSM parameter that
// holds an agent's configuration; the rest of the name is the customer's.
const cwAgentParam = "AmazonCloudWatch-"

// matchCWAgentParam matches the customer's part of a CloudWatch agent configuration's
// parameter name (AmazonCloudWatch-linux-brightkite-edi), wherever it stands; the prefix
// stays readable, and so do AWS's own names (the default AmazonCloudWatch-linux, the SSM
// document AmazonCloudWatch-ManageAgent).
func matchCWAgentParam(s *scanState, i, ri int) int {
	text := s.text
	if !hasPrefix(text[i:], cwAgentParam) {
		return -1
	}
	v := i + len(cwAgentParam)
	e := nameRun(text, v, false)
	switch w := text[v:e]; {
	case e-v < 3 || !isAlnum(text[v]):
		return -1
	case string(w) == "linux" || string(w) == "windows" || string(w) == "ManageAgent" || string(w) == "linux-config" ||
		string(w) == "windows-config":
		return e
	}
	s.emit(v, e, "ssm-parameter", ri)
	return e
}

// matchDMSTaskStream matches the resource ID in a DMS task's log stream, dms-task-<ID> (26
// upper-case letters and digits, the ID in the task's ARN): "dms-task-" stays readable.
func matchDMSTaskStream(s *scanState, i, ri int) int {
	text := s.text
	if !hasPrefix(text[i:], "dms-task-") {
		return -1
	}
	v := i + len("dms-task-")
	e := v
	for e < len(text) && e-v <= 26 && (isUpper(text[e]) || isDigit(text[e])) {
		e++
	}
	if e-v != 26 || e < len(text) && (isAlnum(text[e]) || text[e] == '_') || !hasDigitByte(text[v:e]) {
		return -1
	}
	s.emit(v, e, "dms-resource-id", ri)
	return e
}

// matchEMRStudioID matches EMR Studio's IDs: a studio (es-), a workspace (e-) or a notebook
// execution (ex-), then 25 upper-case letters and digits.
func matchEMRStudioID(s *scanState, i, ri int) int {
	text := s.text
	v := i + 2
	switch {
	case hasPrefix(text[i:], "e-"):
	case hasPrefix(text[i:], "es-") || hasPrefix(text[i:], "ex-"):
		v = i + 3
	default:
		return -1
	}
	e := v
	for e < len(text) && e-v <= 25 && (isUpper(text[e]) || isDigit(text[e])) {
		e++
	}
	if e-v != 25 || e < len(text) && (isAlnum(text[e]) || text[e] == '_') || !hasDigitByte(text[v:e]) || allDigits(text[v:e]) {
		return -1
	}
	s.emit(i, e, "emr-studio-id", ri)
	return e
}

// matchTFCID matches HCP Terraform's (Terraform Cloud's) IDs: a prefix for the kind (org-,
// ws-, run-, plan-, apply-, cv-, sv-, polset-, varset-, team-) and 16 letters and digits in
// both cases (ws-8RfKc3VtLq2nYw9D): they name the customer's organisation and its objects.
func matchTFCID(s *scanState, i, ri int) int {
	text := s.text
	d := s.w.end - i // the word before the '-' (the rule asks only at words its shape says a '-' follows)
	if d < 2 || d > 6 {
		return -1
	}
	switch string(text[i : i+d]) {
	case "org", "ws", "run", "plan", "apply", "cv", "sv", "polset", "varset", "team":
	default:
		return -1
	}
	v := i + d + 1
	e := v
	for e < len(text) && e-v <= 16 && isAlnum(text[e]) {
		e++
	}
	if e-v != 16 || e < len(text) && (isWord(text[e]) || text[e] == '-') || !hasUpperByte(text[v:e]) || !hasLowerByte(text[v:e]) {
		return -1
	}
	s.emit(i, e, "terraform-cloud-id", ri)
	return e
}

// jweEnd returns the end of the compact JWE whose header (eyJ..., base64url JSON) ends at k:
// four more base64url parts (the encrypted key, the IV, the ciphertext, the tag), 100 bytes
// or more in all; -1 when there is none.
func jweEnd(text []byte, i, k int) int {
	for p := 0; p < 4; p++ {
		if k >= len(text) || text[k] != '.' {
			return -1
		}
		q := k + 1
		for q < len(text) && (isAlnum(text[q]) || text[q] == '_' || text[q] == '-') {
			q++
		}
		if q == k+1 && p != 0 {
			return -1 // only the encrypted key is empty (direct encryption)
		}
		k = q
	}
	if k-i < 100 || k < len(text) && (text[k] == '.' || isAlnum(text[k])) {
		return -1
	}
	return k
}

// jwtHeader reports whether w opens with the base64url of a JOSE header's first member:
// {"alg":, {"kid":, {"typ":, {"cty":, {"enc":.
func jwtHeader(w []byte) bool {
	return hasPrefix(w, "eyJhbGciOi") || hasPrefix(w, "eyJraWQiOi") || hasPrefix(w, "eyJ0eXAiOi") ||
		hasPrefix(w, "eyJjdHkiOi") || hasPrefix(w, "eyJlbmMiOi")
}

// matchAPIKey matches third-party secret keys by their vendor prefix (sk_live_..., ghp_...,
// xoxb-...) and JSON Web Tokens (eyJ...eyJ...signature), whose payload names users and
// accounts.
func matchAPIKey(s *scanState, i, ri int) int {
	text := s.text
	tokEnd := func(k int) int {
		for k < len(text) && (isAlnum(text[k]) || text[k] == '_' || text[k] == '-' || text[k] == '.' && (text[i] == 'S' || text[i] == 'v')) {
			k++
		}
		return k
	}
	if hasPrefix(text[i:], "eyJ") {
		// header.payload.signature, the first two base64url JSON objects
		if i < s.jwtEnd {
			return -1 // inside a run already found not to be a token
		}
		k := tokEnd(i)
		if k-i >= 20 && jwtHeader(text[i:]) && (hasPrefix(text[k:], "...") || hasPrefix(text[k:], "\u2026")) {
			s.emit(i, k, "jwt", ri) // a token cut short where it was pasted: its header says what it was
			return k
		}
		if k-i < 10 || k+4 > len(text) || text[k] != '.' || !hasPrefix(text[k+1:], "eyJ") {
			if e := jweEnd(text, i, k); e > 0 {
				s.emit(i, e, "jwt", ri) // a JWE (five parts): Cognito's refresh token
				return e
			}
			if e, typ := s.encodedJSON(i); e > i {
				s.emit(i, e, typ, ri)
				return e
			}
			s.jwtEnd = k // eyJ-eyJ-eyJ-...: the run is read once
			return -1
		}
		p := tokEnd(k + 1)
		if p-k < 10 {
			return -1
		}
		e := p
		if p < len(text) && text[p] == '.' {
			e = tokEnd(p + 1)
		}
		s.emit(i, e, "jwt", ri)
		return e
	}
	if hasPrefix(text[i:], "AWSReservedSSO_") {
		return s.ssoRole(i, ri)
	}
	if i > 0 && text[i-1] == '{' && hasPrefix(text[i:], "AQAAAB") {
		// {AQAAAB...}: a secret Jenkins stored encrypted (credentials.xml, a plugin's config):
		// with the controller's key files it decrypts
		e := i
		for e < len(text) && e-i < 1024 && byteClass[text[e]]&clB64 != 0 {
			e++
		}
		if e-i >= 40 && e < len(text) && text[e] == '}' {
			s.emit(i, e, "password", ri)
			return e
		}
		return -1
	}
	if c := text[i]; c != 'A' {
		// every other prefix is a run of at most six letters and digits and a separator
		if e := s.w.end; s.w.at != i || e-i > 6 || e >= len(text) || text[e] != '_' && text[e] != '-' && text[e] != '.' {
			return -1
		}
	}
	for _, p := range apiKeyPrefixes(text[i]) {
		if p.prefix == "" || !hasPrefix(text[i:], p.prefix) {
			continue
		}
		e := tokEnd(i + len(p.prefix))
		if e < len(text)-1 && text[e] == '.' && text[i] == 'd' && hasPrefix(text[i:], "dp.") && e-i-len(p.prefix) < 24 && isAlnum(text[e+1]) {
			e = tokEnd(e + 1) // Doppler's service token names its config: dp.st.prd.<token>
		}
		if e-i-len(p.prefix) < p.body {
			return -1
		}
		s.emit(i, e, "api-key", ri)
		return e
	}
	return -1
}

// matchCloudFrontID: a CloudFront distribution ID where no key names it (log file names
// E2QX7LM4RT9KBN.2026-11-25-10.a8c4f2e1.gz, WAF logs' httpSourceId, CLI flags and prose): 'E'
// and 12 or 13 upper-case letters and digits, at least one digit and four letters, not all
// hex (an upper-case hash fragment), standing alone (not part of a longer name).
func matchCloudFrontID(s *scanState, i, ri int) int {
	text := s.text
	e := s.w.end
	if text[i] == 'Z' {
		return matchZoneID(s, i, e, ri)
	}
	if text[i] == 'K' {
		return matchPublicKeyID(s, i, e, ri)
	}
	if n := e - i; n != 13 && n != 14 || text[i] != 'E' {
		return -1
	}
	if i > 0 && (text[i-1] == '-' || text[i-1] == '_') || e < len(text) && (text[e] == '-' || text[e] == '_') {
		return -1
	}
	digitsN, lettersN, hex, ok := upperAlnumCounts(text[i+1 : e])
	if !ok || digitsN == 0 && !bytesContainsFold(text[max(0, i-14):i], "distribution") || lettersN < 4 || hex {
		return -1 // (letters alone only after "distribution": (distribution EKXKARFUBVVJVM))
	}
	if etagBefore(text, i) {
		return -1 // CloudFront's ETag ("ETag": "E3UN6WX5RRO2AG", --if-match E3UN...): a version of the config, not an ID
	}
	s.emit(i, e, "cloudfront-id", ri)
	return e
}

// matchPublicKeyID matches a CloudFront public key's ID standing alone, [i, e): K and 13
// capitals and digits, two digits and four letters at least (a key group's Items:
// ["K3PW9DZ1TQ6XNM"]), as signed URLs' Key-Pair-Id names it.
func matchPublicKeyID(s *scanState, i, e, ri int) int {
	text := s.text
	if e-i != 14 || text[i+1] == '8' || i > 0 && (text[i-1] == '-' || text[i-1] == '_' || text[i-1] == '/' || text[i-1] == '.') ||
		e < len(text) && (text[e] == '-' || text[e] == '_' || text[e] == '.' && e+1 < len(text) && text[e+1] > ' ') {
		return -1 // (K8S...: Kubernetes, not a key)
	}
	digitsN, lettersN, hex, ok := upperAlnumCounts(text[i+1 : e])
	if !ok || digitsN < 2 || lettersN < 4 || hex || etagBefore(text, i) {
		return -1 // (an MSK cluster's version, --current-version K2EUQ1WTGCTBG2, has the shape)
	}
	s.emit(i, e, "key-pair-id", ri)
	return e
}

// etagBefore reports whether the value at i stands after an ETag's key or option: "ETag":,
// "eTag":, etag =, "ifMatch":, --if-match, IfMatch=; or an MSK cluster's version's
// (--current-version, current_version = in a plan, aligned by blanks).
func etagBefore(text []byte, i int) bool {
	j := i
	for j > 0 && i-j < 48 && (text[j-1] == ' ' || text[j-1] == '"' || text[j-1] == '\\' || text[j-1] == ':' || text[j-1] == '=' || text[j-1] == '\'') {
		j--
	}
	k := j
	for k > 0 && j-k < 17 && (isLetter(text[k-1]) || text[k-1] == '-' || text[k-1] == '_') {
		k--
	}
	if k == j || k > 0 && isAlnum(text[k-1]) {
		return false
	}
	w := bytes.TrimLeft(text[k:j], "-")
	return len(w) == 4 && hasPrefixFold(w, "etag") || len(w) == 7 && hasPrefixFold(w, "ifmatch") ||
		len(w) == 8 && (hasPrefixFold(w, "if-match") || hasPrefixFold(w, "if_match")) ||
		len(w) == 14 && hasPrefixFold(w, "currentversion") ||
		len(w) == 15 && (hasPrefixFold(w, "current-version") || hasPrefixFold(w, "current_version"))
}

// zoneNounBefore reports whether a word for a hosted zone stands just before i: zone, 존, ゾーン,
// 区域, with blanks, a colon, a quote or a bracket between.
func zoneNounBefore(text []byte, i int) bool {
	j := i
	for j > 0 && i-j < 6 && (text[j-1] == ' ' || text[j-1] == '(' || text[j-1] == ':' || text[j-1] == '"' || text[j-1] == '`') {
		j--
	}
	b := text[max(0, j-12):j]
	return hasSuffixFold(b, "zone") || hasSuffix(b, "존") || hasSuffix(b, "ゾーン") || hasSuffix(b, "区域") ||
		hasSuffixFold(b, "zoneid") || hasSuffix(b, "（") && zoneNounBefore(text, j-3)
}

// endpointZone reports whether the zone ID at i is an AWS endpoint's own hosted zone: the
// HostedZoneId of an RDS or load balancer endpoint object ("Endpoint": {"Address":
// "x.rds.amazonaws.com", ..., "HostedZoneId": "Z..."}) or a CanonicalHostedZoneId, which name
// the zone AWS keeps for the service in the region, not one of the customer's.
func endpointZone(text []byte, i int) bool {
	if bytes.Contains(text[max(0, i-32):i], []byte("CanonicalHostedZone")) {
		return true
	}
	b := text[max(0, i-300):i]
	b = b[bytes.LastIndexByte(b, '{')+1:] // the object the zone's key stands in
	if !bytes.Contains(b, []byte("HostedZoneId")) || bytes.IndexByte(b, '}') >= 0 {
		return false // (after a '}', the key stands in an outer object)
	}
	return bytes.Contains(b, []byte(".rds.amazonaws.com")) || bytes.Contains(b, []byte(".elb.amazonaws.com"))
}

// matchZoneID matches a Route 53 hosted zone ID standing alone, [i, e): Z and 13 to 31
// capitals and digits, most of them digits in the zones Route 53 creates now
// (Z08472913KQ7XRB2M5WTP), with at least four letters; the zones AWS publishes for its own
// endpoints stay readable.
func matchZoneID(s *scanState, i, e, ri int) int {
	text := s.text
	if n := e - i; n < 13 || n > 32 || n == 13 && !zoneNounBefore(text, i) {
		return -1 // (Z and 12: a few zones are as short, Z8GAB90ET615O; read after the word zone only)
	}
	record := e < len(text) && text[e] == '_' // Terraform's record ID: ZONE_NAME_TYPE
	if i > 0 && (text[i-1] == '-' || text[i-1] == '_' || text[i-1] == '/' || text[i-1] == '.') ||
		e < len(text) && (text[e] == '-' || text[e] == '_' && !record || text[e] == '.' && e+1 < len(text) && text[e+1] > ' ') {
		return -1 // (a sentence's full stop may follow)
	}
	digitsN, lettersN, _, ok := upperAlnumCounts(text[i+1 : e])
	if !ok || digitsN < 4 && (digitsN == 0 || !zoneNounBefore(text, i)) || lettersN < 4 || awsZoneID(text[i:e]) || endpointZone(text, i) {
		return -1 // (after the word zone, one digit is enough: Z0NXS6HFMSKBVE)
	}
	if record {
		// Z0947361A2BQXK8WV3N_api.example.fr_A ([id=...] in a plan, an import block's id): the
		// zone, the record's name, its type
		d := e + 1
		de := d
		for de < len(text) && de-d < 253 && (isLower(text[de]) || isDigit(text[de]) || text[de] == '.' || text[de] == '-') {
			de++
		}
		t := de + 1
		for t < len(text) && t-de <= 6 && isUpper(text[t]) {
			t++
		}
		if de == d || de >= len(text) || text[de] != '_' || t == de+1 || t < len(text) && isAlnum(text[t]) {
			return -1
		}
		s.emit(i, e, "route53-zone-id", ri)
		if customerDomain(text[d:de]) {
			s.emit(d, de, "customer-domain", ri)
		}
		return t
	}
	if e-i == 16 && (bytesContainsFold(text[max(0, i-24):i], "request") || bytesContainsFold(text[max(0, i-16):i], "sku")) {
		// an S3 request ID that starts with Z (<RequestId>ZP4N7K2QW9XB0TDM</RequestId>,
		// x-amz-request-id: Z...), a price list's SKU ("SkuId": "ZT8K2W4PX6N9QR3M")
		return -1
	}
	s.emit(i, e, "route53-zone-id", ri)
	return e
}

// upperAlnumCounts counts the digits and capitals of b; hex is whether every capital is a hex
// digit, and ok whether b holds nothing else.
func upperAlnumCounts(b []byte) (digits, letters int, hex, ok bool) {
	hex = true
	for _, c := range b {
		switch {
		case isDigit(c):
			digits++
		case isUpper(c):
			letters++
			hex = hex && c <= 'F'
		default:
			return digits, letters, hex, false
		}
	}
	return digits, letters, hex, true
}

// ssoRole masks an Identity Center role outside an ARN, as CloudTrail and prose write the
// session (AWSReservedSSO_NetOps_91c4e7a2b0d35f68/rafael.souza): the role, named after the
// permission set with the account's 16-hex suffix, as in ARNs, and the user after '/'. Of a
// role named after an AWS-managed permission set (AWSAdministratorAccess) only the suffix is
// masked, so the model still sees which access it grants.
func (s *scanState) ssoRole(i, ri int) int {
	text := s.text
	e := i
	for e < len(text) && (isAlnum(text[e]) || text[e] == '_' || text[e] == '+' || text[e] == '=' || text[e] == ',' ||
		text[e] == '.' || text[e] == '@' || text[e] == '-') {
		e++
	}
	for e > i && text[e-1] == '.' {
		e--
	}
	u := bytes.LastIndexByte(text[i:e], '_')
	if u < len("AWSReservedSSO_") || e-(i+u+1) != 16 || !allHexLower(text[i+u+1:e]) {
		return -1 // no account suffix (or no permission set's name before it): the ARN rule judges
	}
	if ps := text[i+len("AWSReservedSSO_") : i+u]; hasPrefix(ps, "AWS") || awsVocabulary(ps) {
		s.emit(i+u+1, e, "resource-id", ri) // an AWS-managed permission set stays readable; the suffix is the account's
	} else {
		s.emit(i, e, "iam-role-name", ri)
	}
	if e+1 < len(text) && text[e] == '/' {
		if k := nameRun(text, e+1, true); k > e+1 {
			s.emit(e+1, k, "iam-session-name", ri)
			return k
		}
	}
	return e
}

// minEncodedJSON is the shortest base64 run that is decoded to look for identifiers inside.
const minEncodedJSON = 24

// codeArtifactToken starts every CodeArtifact authorization token: base64url of
// {"ver":1,"isu":.
const codeArtifactToken = "eyJ2ZXIiOjEsImlzdSI6"

// grafanaKey starts a Grafana API key: base64 of {"k":".
const grafanaKey = "eyJrIjoi"

// cloudflareTunnelToken starts a Cloudflare Tunnel's token (cloudflared service install
// TOKEN): base64 of {"a":", the account, the tunnel and its secret.
const cloudflareTunnelToken = "eyJhIjoi"

// ecrToken starts the password ECR's GetAuthorizationToken returns (aws ecr
// get-login-password): base64 of {"payload":", an encrypted credential.
const ecrToken = "eyJwYXlsb2FkIjoi"

// encodedJSON returns the end of the base64 run at i, and its type, when it is base64
// (standard or URL alphabet) of JSON ("eyJ" decodes to `{"`) that holds an identifier: an
// SQS TaskHandle or a continuation token that carries the queue's ARN. Such a value is
// masked whole, as the identifier cannot be masked inside it. Tokens whose JSON names nothing
// ({"v":1}) stay readable; a CodeArtifact authorization token (encrypted, so its JSON says
// nothing), an ECR login password and a Grafana key are credentials. Returns -1 otherwise. The decoded text is scanned with a state
// of its own, so the cost stays linear (each level of nesting is a quarter shorter).
func (s *scanState) encodedJSON(i int) (int, string) {
	text := s.text
	k := i
	url, std := false, false
	for k < len(text) {
		switch c := text[k]; {
		case isAlnum(c):
		case c == '-' || c == '_':
			url = true
		case c == '+' || c == '/':
			std = true
		default:
			goto end
		}
		k++
	}
end:
	if k-i < minEncodedJSON || url && std || k < len(text) && (text[k] == '.' && !hasPrefix(text[k:], "...") || text[k] == '%' && !hasPrefixFold(text[k:], "%3d")) {
		// (a '.' goes on into a JWT's next part; "..." cuts a pasted token short)
		return -1, ""
	}
	body := k
	for pad := 0; k < len(text) && pad < 2; pad++ {
		switch {
		case text[k] == '=':
			k++
		case hasPrefixFold(text[k:], "%3d"):
			k += 3 // padding URL-encoded in a query (AppStream's streaming URL: ?parameters=eyJ...%3D)
		default:
			pad = 2
		}
	}
	if k < len(text) && isWord(text[k]) {
		return -1, ""
	}
	if (hasPrefix(text[i:], codeArtifactToken) || hasPrefix(text[i:], grafanaKey) || hasPrefix(text[i:], ecrToken) ||
		hasPrefix(text[i:], cloudflareTunnelToken)) && k-i >= 40 || hasPrefix(text[i:], ecrToken) && k-i >= 24 {
		return k, "api-key" // (an ECR password's payload may be cut short where it was pasted)
	}
	enc := base64.RawStdEncoding
	if url {
		enc = base64.RawURLEncoding
	}
	raw := text[i:body]
	if len(raw)%4 == 1 {
		return -1, "" // not a whole number of bytes
	}
	dec := make([]byte, enc.DecodedLen(len(raw)))
	n, err := enc.Decode(dec, raw)
	if err != nil || len(s.d.scan(dec[:n], nil)) == 0 {
		return -1, ""
	}
	return k, "encoded-data"
}

// matchSSMSessionID matches a Session Manager session ID, NAME-<17 hex digits>, at its digits:
// the name (the caller's role session or user name) is masked with them.
func matchSSMSessionID(s *scanState, i, ri int) int {
	text := s.text
	e := i + 17
	if i < 3 || text[i-1] != '-' || e > len(text) || e < len(text) && isAlnum(text[e]) || !allHexLower(text[i:e]) ||
		!hasDigitByte(text[i:e]) || allDigits(text[i:e]) {
		return -1
	}
	ns := sessionNameStart(s, i-1)
	if i-1-ns < 2 {
		return -1
	}
	s.emit(ns, e, "ssm-session-id", ri)
	return e
}

// sessionNameStart returns where the name of a session ID that ends at p starts: letters,
// digits and . _ @ = , + - (a role session name's characters), from a letter, and after any
// part of it already masked.
func sessionNameStart(s *scanState, p int) int {
	text := s.text
	ns := p
	for ns > 0 && p-ns < 64 && (isAlnum(text[ns-1]) || bytes.IndexByte([]byte("._@=,+-"), text[ns-1]) >= 0) {
		ns--
	}
	for ns < p && !isLetter(text[ns]) {
		ns++
	}
	if n := len(s.dst); n > s.base && s.dst[n-1].end > ns {
		ns = min(s.dst[n-1].end, p)
	}
	return ns
}

// matchOktaID matches an Okta object ID: a type prefix (00u, 00g, 0oa, exk) and 17 letters and
// digits, with both cases and a digit after the prefix, 20 bytes in all.
func matchOktaID(s *scanState, i, ri int) int {
	text := s.text
	e := i
	for e < len(text) && e-i <= 20 && isAlnum(text[e]) {
		e++
	}
	if e-i != 20 {
		return -1
	}
	switch string(text[i : i+3]) {
	case "00u", "00g", "0oa", "exk":
	default:
		return -1
	}
	var upper, lower, digit bool
	for _, c := range text[i+3 : e] {
		switch {
		case isUpper(c):
			upper = true
		case isLower(c):
			lower = true
		default:
			digit = true
		}
	}
	if !upper || !lower || !digit {
		return -1
	}
	s.emit(i, e, "resource-id", ri)
	return e
}

// matchClusterTag matches the tag keys that carry an EKS cluster's name:
// kubernetes.io/cluster/NAME (subnets, security groups, load balancers) and
// k8s.io/cluster-autoscaler/NAME (the Auto Scaling groups the autoscaler discovers).
func matchClusterTag(s *scanState, i, ri int) int {
	text := s.text
	p, e := prefixedName(text, i, 100, "kubernetes.io/cluster/", "k8s.io/cluster-autoscaler/")
	if p < 0 {
		return -1
	}
	v := text[p:e]
	if len(v) == 0 || e-p > 100 || e < len(text) && (text[e] == '/' || text[e] == '{') || string(v) == "enabled" || stopWord(v) {
		return -1 // (node-template/label/...: the autoscaler's own keys; a template's ${...})
	}
	s.emit(p, e, "eks-cluster-name", ri)
	return e
}

// managedPrefixList reports whether the pl- ID at text[i:k] (8 hex digits) stands where a
// prefix list is meant: a PrefixList key, the word, the service name an AWS-managed list
// carries (com.amazonaws.REGION.s3), or a route to a gateway endpoint (vpce-) close by; a
// game's player ID has the same shape.
func managedPrefixList(text []byte, i, k int) bool {
	w := text[max(0, i-80):min(len(text), k+80)]
	return bytesContainsFold(w, "prefix") || bytes.Contains(w, []byte("com.amazonaws.")) || bytes.Contains(w, []byte(":aws:prefix-list/")) ||
		bytes.Contains(w, []byte("vpce-")) || bytesContainsFold(w, " route")
}

// prefixedName returns the bounds of the name that follows the first of ps that text[i:]
// starts with: letters, digits, '_' and '-', read up to limit+1 bytes (a run that long is longer
// than any name its callers take); -1, -1 when text[i:] starts with none of ps.
func prefixedName(text []byte, i, limit int, ps ...string) (start, end int) {
	for _, p := range ps {
		if hasPrefix(text[i:], p) {
			start = i + len(p)
			end = start
			for end < len(text) && end-start <= limit && (isWord(text[end]) || text[end] == '-') {
				end++
			}
			return start, end
		}
	}
	return -1, -1
}

// matchRandomID matches 20 to 24 letters and digits drawn at random in both cases, a word of
// its own (and 32 hex digits in brackets or braces, an OpenSearch node's name): the base64url IDs of OpenSearch (an index's UUID, a node's ID, a document's),
// Kafka's cluster and topic IDs, QLDB's. Random means the byte classes (upper, lower, digit)
// change at least 12 times in 22 bytes, which CamelCase words with a number
// (Ipv6AllowedForDualStack, a CDK logical ID's hash) do not reach. A request's ID ("requestId",
// "Request ID:") stays, as do pieces of base64 (eyJ..., x-amz-id-2's, a PEM body's).
func matchRandomID(s *scanState, i, ri int) int {
	text := s.text
	n := len(text)
	e := i
	for e < n && e-i <= 64 && isAlnum(text[e]) {
		e++
	}
	if e-i >= 10 && e < n && text[e] == '-' && allHexLower(text[i:e]) && iotKeyFile(text[e+1:]) && (i == 0 || !isWord(text[i-1])) {
		s.emit(i, e, "iot-certificate-id", ri) // 5f30077ca8-certificate.pem.crt: the files IoT Core names after a certificate's ID
		return e
	}
	if e-i == 32 && i > 0 && e < n && (text[i-1] == '[' && text[e] == ']' || text[i-1] == '{' && text[e] == '}') && allHexLower(text[i:e]) && hasLetterRun(text[i:e], 1) {
		// 32 hex digits in brackets or braces: an OpenSearch node's name in its logs
		// ([2025-...][WARN ][index.search.slowlog.query] [0d7c...]) and shard recoveries ({NAME}{ID}{IP})
		s.emit(i, e, "resource-id", ri)
		return e
	}
	if e-i == 14 && randomBase36(text[i:e]) && (i == 0 || !isWord(text[i-1]) && text[i-1] != '.' && text[i-1] != ':' && text[i-1] != '/' && text[i-1] != '-') &&
		(e == n || !isWord(text[e]) && text[e] != '-') {
		// 14 random lower-case letters and digits: Amazon DataZone's IDs (projects, assets,
		// subscription requests, listings)
		s.emit(i, e, "resource-id", ri)
		return e
	}
	if e-i < 20 || e-i > 64 || e < n && (text[e] == '_' || text[e] == '-' || text[e] == '/' || text[e] == '+' || text[e] == '=' || text[e] == '.' && e+1 < n && isAlnum(text[e+1])) {
		return -1
	}
	if i > 0 && (text[i-1] == '_' || text[i-1] == '-' || text[i-1] == '+' || text[i-1] == '.' || text[i-1] == '/' && !pathBeforeSlash(text, i-1)) {
		return -1
	}
	v := text[i:e]
	if hasPrefix(v, "eyJ") || tokenLike(v) {
		return -1
	}
	changes := 0
	cls, ok := alnumClasses(v)
	if !ok || cls&clUpper == 0 || cls&clLower == 0 || cls&clDigit == 0 {
		return -1
	}
	for k := 1; k < len(v); k++ {
		if byteClass[v[k]]&(clUpper|clLower|clDigit) != byteClass[v[k-1]]&(clUpper|clLower|clDigit) {
			changes++
		}
	}
	if changes*22 < 12*len(v) || bytesContainsFold(text[max(0, i-24):i], "request") {
		return -1
	}
	if len(v) > 24 {
		// longer: a credential drawn at random (an HMAC or signing secret, an API key, a
		// client secret), or an opaque ID; neither is a word the model needs
		s.emit(i, e, "random-token", ri)
		return e
	}
	s.emit(i, e, "resource-id", ri)
	return e
}

// iotKeyFile reports the names AWS IoT Core gives the files of a certificate it creates,
// after the certificate ID's first bytes: certificate.pem.crt, private.pem.key, public.pem.key.
func iotKeyFile(t []byte) bool {
	return hasPrefix(t, "certificate.pem.crt") || hasPrefix(t, "private.pem.key") || hasPrefix(t, "public.pem.key")
}

// randomBase36 reports lower-case letters and digits drawn at random: three digits or more,
// a letter past f (not hex), and digits and letters alternating six times or more
// (8k3w0n5q1t7zb9; not a word with a number, ledger2025q3, nor a pointer, 0x55d1c2a8e310).
func randomBase36(v []byte) bool {
	digits, changes, past := 0, 0, false
	for k, c := range v {
		switch {
		case isDigit(c):
			digits++
		case c >= 'g' && c <= 'z':
			past = true
		case c < 'a' || c > 'f':
			return false
		}
		if k > 0 && isDigit(c) != isDigit(v[k-1]) {
			changes++
		}
	}
	return digits >= 3 && past && changes >= 6 && (v[0] != '0' || v[1] != 'x') // (0x55d1c2a8e310: a pointer)
}

// pathBeforeSlash reports whether the segment that ends at the '/' at k is a name with '-'
// or '.' in it (ordini-2025.02/UUID: an index and its UUID), not a piece of base64.
func pathBeforeSlash(text []byte, k int) bool {
	for p := k - 1; p >= 0 && k-p <= 128; p-- {
		switch c := text[p]; {
		case c == '-' || c == '.':
			return true
		case !isAlnum(c) && c != '_':
			return false
		}
	}
	return false
}

// catRows appends to late the index names of OpenSearch's (and Elasticsearch's) _cat/indices
// rows, "green  open   NAME   UUID   5   1 ...": the customer's, but for the system indices
// (.kibana_1, .opendistro-*, security-auditlog-*). The UUID is random-id's.
func catRows(text []byte, late []match, ri int) []match {
	eachLine(text, func(ls, le int) {
		line := text[ls:le]
		if !hasPrefix(line, "green ") && !hasPrefix(line, "yellow ") && !hasPrefix(line, "red ") {
			return
		}
		p := skipBlanks(line, bytes.IndexByte(line, ' '))
		if !hasPrefix(line[p:], "open ") && !hasPrefix(line[p:], "close ") {
			return
		}
		p = skipBlanks(line, p+bytes.IndexByte(line[p:], ' '))
		e := p
		for e < len(line) && line[e] != ' ' && line[e] != '\t' {
			e++
		}
		if name := line[p:e]; e > p && e < len(line) && name[0] != '.' && !hasPrefix(name, "security-auditlog") && !tokenLike(name) {
			late = append(late, match{start: ls + p, end: ls + e, typ: "index-name", rule: ri})
		}
	})
	return late
}

// matchEncodedJSON matches a run of base64 (standard or URL-safe) that decodes to JSON
// holding an identifier the rules find: the run is masked whole. What it decodes to is
// scanned as text; a run of JSON with nothing to mask (a JWT's header) stays readable.
func matchEncodedJSON(s *scanState, i, ri int) int {
	text := s.text
	if i > 0 && (isB64(text[i-1]) || text[i-1] == '-' || text[i-1] == '_') || !hasPrefix(text[i:], "eyJ") && !hasPrefix(text[i:], "WyJ") {
		return -1
	}
	e := i
	url := false
	for e < len(text) && e-i <= 8192 && (isB64(text[e]) || text[e] == '-' || text[e] == '_') {
		url = url || text[e] == '-' || text[e] == '_'
		e++
	}
	if e-i < 40 || e-i > 8192 || e < len(text) && isAlnum(text[e]) {
		return -1
	}
	v := text[i:e]
	pad := e
	for pad < len(text) && pad-e < 2 && text[pad] == '=' {
		pad++
	}
	if pad < len(text) && isAlnum(text[pad]) {
		return -1
	}
	enc := base64.RawStdEncoding
	if url {
		enc = base64.RawURLEncoding
	}
	dec := make([]byte, enc.DecodedLen(len(v)))
	n, err := enc.Decode(dec, v)
	if err != nil || n < 2 {
		return -1
	}
	if len(s.d.scan(dec[:n], nil)) == 0 {
		return -1
	}
	s.emit(i, pad, "encoded-data", ri)
	return pad
}

// matchNationalID matches a national identity number in its fixed written shape: Brazil's
// CPF (318.447.092-05) and CNPJ (12.345.678/0001-95), and the US Social Security number
// (078-05-1120: not area 000, 666 or 9xx, group 00 or serial 0000, which are never issued).
// The number stands alone: no word, dot, dash or slash glues it to more.
func matchNationalID(s *scanState, i, ri int) int {
	text := s.text
	if i > 0 && (isWord(text[i-1]) || text[i-1] == '.' || text[i-1] == '-' || text[i-1] == '/' || text[i-1] == '+') {
		return -1
	}
	e := -1
	switch {
	case digitShape(text, i, "ddd.ddd.ddd-dd"):
		e = i + 14
	case digitShape(text, i, "dd.ddd.ddd/dddd-dd"):
		e = i + 18
	case digitShape(text, i, "ddd-dd-dddd") && string(text[i:i+3]) != "000" && string(text[i:i+3]) != "666" && text[i] != '9' &&
		string(text[i+4:i+6]) != "00" && string(text[i+7:i+11]) != "0000":
		e = i + 11
	}
	if e < 0 || e < len(text) && (isWord(text[e]) || text[e] == '-' || text[e] == '/' || text[e] == '.' && e+1 < len(text) && isDigit(text[e+1])) {
		return -1
	}
	s.emit(i, e, "national-id", ri)
	return e
}

// digitShape reports whether text at i is written as shape, where 'd' stands for a digit and
// any other byte for itself.
func digitShape(text []byte, i int, shape string) bool {
	if i+len(shape) > len(text) {
		return false
	}
	for k := 0; k < len(shape); k++ {
		if c := text[i+k]; shape[k] == 'd' && !isDigit(c) || shape[k] != 'd' && c != shape[k] {
			return false
		}
	}
	return true
}

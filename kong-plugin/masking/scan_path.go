package masking

import "bytes"

// Parameter and secret paths (SSM Parameter Store names, Secrets Manager names) written
// outside an ARN: /acme/prod/db/password, ${ssm:/acme/prod/db-url}, acme/prod/db-pass. The
// path carries an environment segment; the segments that name the customer's company,
// application or database are masked one by one, the environment and generic words stay
// readable (the model still sees "a prod database password").

// maxPathSegs bounds the segments read, so that the work per word is constant.
const maxPathSegs = 10

// matchParamPath reports the customer segments of a parameter path that starts at word i:
// after a leading '/' that follows a boundary, or at a boundary with a '/' after the word.
func matchParamPath(s *scanState, i, ri int) int {
	text := s.text
	n := len(text)
	lead := i > 0 && text[i-1] == '/'
	if lead && i >= 10 && isDigit(text[i-2]) {
		// a path whose first segment is a token this rule issues (AWS_SECRET_NAME_001/x/qa):
		// the first pass read it whole from the original, so it is read whole from the token;
		// after another rule's token (AWS_HOST_NAME_001/x) the first pass did not read a path
		// here, and neither does this one (idempotence)
		if ts := tokenStartBefore(text, i-1); ts >= 0 && (hasPrefix(text[ts:], "AWS_SECRET_NAME_") || hasPrefix(text[ts:], "AWS_SSM_PARAMETER_")) {
			if e := matchParamPath(s, ts, ri); e > i {
				return e
			}
		}
	}
	if !lead && i >= 16 && (text[i-1] == ' ' || text[i-1] == '`' || text[i-1] == '"') {
		if e := secretPathAfter(text, i); e > 0 {
			s.emit(i, e, "secret-name", ri) // "moved to Secrets Manager under acme/oncall/diag": a secret's path
			return e
		}
	}
	if lead && i >= 12 && text[i-2] == 'B' && string(text[i-12:i]) == "AWSDynamoDB/" {
		// a DynamoDB export's prefix, AWSDynamoDB/EXPORT-ID/: the export (its ARN's last part),
		// a timestamp in milliseconds, '-' and eight hex digits
		e := i
		for e < n && isDigit(text[e]) {
			e++
		}
		if e-i >= 13 && e+9 <= n && text[e] == '-' && allHexLower(text[e+1:e+9]) && (e+9 == n || !isAlnum(text[e+9])) {
			s.emit(i, e+9, "dynamodb-export-id", ri)
			return e + 9
		}
		return -1
	}
	if lead && i >= 6 && text[i-2] == ':' && string(text[i-6:i]) == "@tcp:/" {
		// a Lustre mount's source, HOST@tcp:/MOUNTNAME: FSx for Lustre's mount name, eight
		// letters and digits AWS gives each file system
		e := i
		for e < n && e-i <= 8 && (isLower(text[e]) || isDigit(text[e])) {
			e++
		}
		if e-i == 8 && (e == n || !isAlnum(text[e])) {
			s.emit(i, e, "fsx-mount-name", ri)
			return e
		}
		return -1
	}
	if lead && i >= 15 && text[i-2] == 'i' {
		if e := s.securityPath(i, ri); e > 0 {
			return e // _plugins/_security/api/internalusers/NAME
		}
	}
	if !lead && i >= 5 && (text[i-1] == ' ' || text[i-1] == '`') && repoCueBefore(text, i-1) {
		oe := repoSegEnd(text, i)
		if oe >= len(text) || text[oe] != '/' || !compoundName(text[i:oe]) && !compoundName(text[oe+1:repoSegEnd(text, oe+1)]) {
			return -1 // (repo read/write, from/to: words, not an organisation and its repository)
		}
		if e := s.repoPath(i, ri); e > i {
			return e // (repo: acme/aft-account-request), "source is GitHub acme/api": ORG/REPO
		}
	}
	if !lead && i >= 1 && text[i-1] == '$' && hasPrefix(text[i:], "aws/") {
		return s.reservedTopic(i-1, ri) // an MQTT topic of IoT Core's: $aws/things/NAME/shadow/update
	}
	before := i - 1
	if lead {
		before = i - 2
	}
	if before >= 0 && !pathBoundary(text[before]) && !hasSuffix(text[:before+1], "ssm-parameter://") {
		return -1 // inside a URL, a file path or a longer word (not AppConfig's ssm-parameter:// location)
	}
	if lead && i+23 <= n && hasPrefix(text[i:], "amplify/") && text[i+22] == '/' && amplifyAppID(text[i+8:i+22]) {
		s.emit(i+8, i+22, "amplify-app-id", ri) // Amplify Hosting's secrets: /amplify/APPID/BRANCH/[NAME]
		return i + 22
	}
	var buf [maxPathSegs]seg
	segs := buf[:0]
	st, k := i, i
	for ; k < n; k++ {
		c := text[k]
		if c == '/' {
			if k == st || len(segs) == maxPathSegs-1 {
				return -1 // "//", or longer than any parameter name
			}
			segs = append(segs, seg{start: st, end: k})
			st = k + 1
			continue
		}
		if !isKeyByte(c) {
			break
		}
	}
	for k > st && text[k-1] == '.' {
		k-- // the full stop of a sentence
	}
	if k == st && (!lead || i < 8 || string(text[i-8:i-1]) != "--path ") {
		return -1 // ends with '/': a directory, not a parameter (but get-parameters-by-path --path /acme/prod/)
	}
	if k > st {
		segs = append(segs, seg{start: st, end: k})
	}
	if len(segs) < 2 || k < n && (text[k] == '@' || text[k] == ':' && k+1 < n && text[k+1] == '/') {
		return -1
	}
	first := text[segs[0].start:segs[0].end]
	if !lead && string(first) == "ecs" && len(segs) == 3 && segs[2].end-segs[2].start == 32 && allHex(text[segs[2].start:segs[2].end]) {
		// an ECS task's awslogs stream, ecs/CONTAINER/TASK-ID: the container's name (the task's
		// ID stays readable, as a run's does)
		if c := text[segs[1].start:segs[1].end]; !stopWord(c) && !keepSegment(c) {
			s.emit(segs[1].start, segs[1].end, "resource-name", ri)
		}
		return k
	}
	if !lead && string(first) == "key" && len(segs) == 2 && segs[1].end-segs[1].start == 36 && isUUID(text[segs[1].start:segs[1].end]) {
		s.emit(segs[1].start, segs[1].end, "kms-key-id", ri) // key/<uuid>, a KMS key's resource outside its ARN
		return k
	}
	if !lead && string(first) == "alias" && len(segs) >= 2 {
		// a KMS alias in prose or a table (alias/acme-queue-key): AWS's own stay (alias/aws/ebs)
		if v := text[segs[1].start:k]; string(text[segs[1].start:segs[1].end]) != "aws" && !keepSegment(v) {
			s.emit(segs[1].start, k, "kms-alias", ri)
		}
		return k
	}
	if lead && i >= 11 && string(text[i-11:i-1]) == "logs tail " {
		s.emit(i-1, k, "log-group", ri) // aws logs tail /fis/acme/az-power: the command's argument is a log group
		return k
	}
	if !lead && string(first) == "aws" {
		// a name AWS gives its own secrets and parameters (aws/directory-services/d-.../seamless-domain-join):
		// only the IDs in it are the customer's
		for _, g := range segs[1:] {
			s.tryStructural(g.start)
		}
		return k
	}
	if lead && string(first) == "applications" && len(segs) >= 4 && string(text[segs[2].start:segs[2].end]) == "environments" {
		// AppConfig's data plane (its agent, GetLatestConfiguration's callers):
		// /applications/APP/environments/ENV/configurations/PROFILE, by name or ID
		for g := 1; g < len(segs); g += 2 {
			if v := text[segs[g].start:segs[g].end]; !stopWord(v) && !pathEnvWord(v) {
				s.emit(segs[g].start, segs[g].end, "resource-name", ri)
			}
		}
		return k
	}
	if gitRef(first) || lead && (httpMethodBefore(text, i-1) || httpPathKey(text, i-1)) {
		return -1 // refs/heads/prod, origin/dev; GET /prod/orders (an API stage and route)
	}
	if lead && (string(first) == "home" || string(first) == "Users") && len(segs) >= 2 {
		// a home directory names its user; GitHub's runners check out to /home/runner/work/REPO/REPO
		u := text[segs[1].start:segs[1].end]
		if !stopWord(u) && !genericDBName(u) && !runnerUser(u) && hasLetterRun(u, 2) {
			s.emit(segs[1].start, segs[1].end, "username", ri)
		} else if string(u) == "runner" && len(segs) >= 4 && string(text[segs[2].start:segs[2].end]) == "work" {
			s.emit(segs[3].start, segs[3].end, "github-repo", ri)
			if len(segs) >= 5 {
				s.emit(segs[4].start, segs[4].end, "github-repo", ri)
			}
			return k
		}
		if len(segs) >= 4 && workspaceDir(text[segs[2].start:segs[2].end]) {
			// a checkout in the user's workspace (~/src/nordwind-infra, ~/code/sandlark-platform):
			// the repository's name, when it is a compound one (a plain word, infra, says little)
			if p := text[segs[3].start:segs[3].end]; compoundName(p) && p[0] != '.' && !fileName(p) && !keepSegment(p) && !stopWord(p) {
				s.emit(segs[3].start, segs[3].end, "repo-name", ri)
			}
		}
		return k
	}
	if lead && string(first) == "builds" && len(segs) >= 3 && i >= 1 && (i == 1 || !isWord(text[i-2]) && text[i-2] != '.') {
		// a GitLab runner's checkout, /builds/GROUP/PROJECT: the group is the customer's name
		if g := text[segs[1].start:segs[1].end]; hasLetterRun(g, 2) && !stopWord(g) && !keepSegment(g) {
			s.emit(segs[1].start, segs[1].end, "gitlab-group", ri)
			if p := text[segs[2].start:segs[2].end]; compoundName(p) && !fileName(p) && !keepSegment(p) {
				s.emit(segs[2].start, segs[2].end, "repo-name", ri)
			}
		}
		return k
	}
	if lead && fsRoot(first) && (string(first) != "dev" || len(segs) < 3 || deviceDir(text[segs[1].start:segs[1].end])) {
		return -1 // /etc/..., /var/log/..., /dev/disk/...: file-system paths
	}
	env := false
	for _, g := range segs {
		if pathEnvWord(text[g.start:g.end]) {
			env = true
			break
		}
	}
	if !env && !paramCue(text, i) {
		return -1
	}
	if last := segs[len(segs)-1]; fileName(text[last.start:last.end]) {
		return -1 // copilot/environments/prod/manifest.yml: a file's path, not a secret's name
	}
	typ := "secret-name"
	if lead {
		typ = "ssm-parameter"
	}
	ns := true
	for _, g := range segs {
		// the first segment that is not the environment is the namespace (company or
		// application); later ones are masked when they are compound names: a plain word there
		// (orders, payments) is usually the application's vocabulary, and a masked original is
		// masked everywhere it occurs
		v := text[g.start:g.end]
		if pathEnvWord(v) || ns && (string(v) == "sst" || string(v) == "amplify" || string(v) == "copilot") {
			continue // (a framework's own prefix, /sst/APP/STAGE/Secret/x: the application is the namespace)
		}
		if pathNameSegment(v) && (ns || compoundName(v)) {
			s.emit(g.start, g.end, typ, ri)
		}
		ns = false
	}
	if k+2 < n && (text[k] == ':' && text[k+1] == ' ' || (text[k] == ' ' || text[k] == '\t') && isAlnum(text[k+1])) {
		// a parameter listed with its value (Pacu's download_parameters, a decrypted dump,
		// print(name, value)): /app/prod/db_password: VALUE, or after a blank a value shaped
		// like a credential, when the last segment names a secret
		last := segs[len(segs)-1]
		var buf [48]byte
		if key, ok := normKey(text[last.start:last.end], buf[:]); ok {
			if _, m := keyType(key); m == modeSecret {
				vs := skipBlanks(text, k+1)
				ve := vs
				for ve < n && ve-vs < 512 && text[ve] > ' ' {
					ve++
				}
				if ve-vs >= 6 && !placeholder(text[vs:ve]) && (text[k] == ':' || mixedCaseDigits(text[vs:ve]) || credentialToken(text[vs:ve])) {
					s.emit(vs, ve, "password", ri)
					return ve
				}
			}
		}
	}
	return k
}

// repoCueBefore reports whether the words that end at p name a code repository (repo,
// repository, with or without a colon; GitHub, GitLab, Bitbucket), so that an ORG/REPO path
// after them is the customer's organisation and repository.
func repoCueBefore(text []byte, p int) bool {
	b := text[max(0, p-12):p]
	if len(b) > 0 && b[len(b)-1] == ':' {
		b = b[:len(b)-1]
	}
	for _, w := range [...]string{"repo", "repository", "GitHub", "GitLab", "Bitbucket"} {
		if hasSuffixFold(b, w) && (len(b) == len(w) || !isLetter(b[len(b)-len(w)-1])) {
			return true
		}
	}
	return false
}

// reservedTopic reads the IoT Core topic that starts at p ("$aws/"): its levels up to a blank,
// a quote or the end, masked as an IoT ARN's topic is (the names after things, rules,
// provisioning-templates and jobs).
func (s *scanState) reservedTopic(p, ri int) int {
	text := s.text
	var buf [maxPathSegs]seg
	levels := buf[:0]
	st, k := p, p
	for ; k < len(text) && len(levels) < maxPathSegs; k++ {
		if c := text[k]; c == '/' {
			levels = append(levels, seg{start: st, end: k})
			st = k + 1
		} else if !isKeyByte(c) && c != '$' && c != '+' && c != '#' {
			break
		}
	}
	if k > st && len(levels) < maxPathSegs {
		levels = append(levels, seg{start: st, end: k})
	}
	s.iotTopic(levels, ri)
	return k
}

// paramCue reports whether what stands before the path at i (its leading '/' included) says
// it is a parameter or secret name, so no environment word is needed: a dynamic reference
// ({{resolve:ssm-secure:/acme/crm/db-master}}, {{resolve:secretsmanager:acme/crm/db:...}}),
// AppConfig's ssm-parameter:// location, a Kafka Connect config provider's reference
// (${secretManager:NAME:key}, MSK Connect's), the SSM and Secrets Manager CLI flags (--name,
// --names, --secret-id, --path), or the word parameter before a path that starts with '/'.
func paramCue(text []byte, i int) bool {
	p := i
	if p > 0 && text[p-1] == '/' {
		p--
	}
	before := text[max(0, p-24):p]
	for _, c := range [...]string{"resolve:ssm:", "resolve:ssm-secure:", "resolve:secretsmanager:", "{{ssm:", "{{ ssm:",
		"--secret-id ", "--secret-id=", "--path ", "--path=", "ssm-parameter://", "${secretManager:", "${secretsmanager:", "${ssm:"} {
		if hasSuffixFold(before, c) {
			return true // (and an SSM document's {{ssm:/path}}, in any case)
		}
	}
	if p < i && (hasSuffixFold(before, "parameter ") || hasSuffix(before, "parameters ")) {
		return true // SSM's errors and prose: "Parameter /acme/ml/redis-password not found."
	}
	if hasSuffix(before, "--name ") || hasSuffix(before, "--names ") || hasSuffix(before, "--name=") {
		// only on an SSM or Secrets Manager command line
		line := text[lineStart(text, p, 256):p]
		return bytes.Contains(line, []byte("ssm ")) || bytes.Contains(line, []byte("secretsmanager "))
	}
	return false
}

// pathBoundary: a byte that may stand before a parameter path (a blank, a quote, a bracket,
// a key separator), not one that continues a word, a host or another path.
func pathBoundary(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '"', '\'', '`', '(', '[', '{', ':', '=', ',', '>', '|':
		return true
	}
	return c >= 0x80 // Unicode punctuation and CJK text
}

// pathEnvWord: the environment words a parameter path is organised by (stricter than
// envWord: "test", "shared" and "perf" are common directory names).
func pathEnvWord(p []byte) bool {
	if !envWord(p) {
		return false
	}
	var buf [11]byte
	w, _ := foldASCII(buf[:], p)
	switch string(w) {
	case "test", "tst", "perf", "mgmt", "shared":
		return false
	}
	return true
}

// fsRoot: the first directory of a file-system path.
func fsRoot(v []byte) bool {
	switch string(v) {
	case "etc", "var", "usr", "home", "opt", "tmp", "aws", "dev", "proc", "sys", "mnt", "srv", "root", "bin", "sbin",
		"lib", "lib64", "run", "boot", "media", "data", "app", "workspace", "Users", "private", "Volumes", "api", "v1", "v2":
		return true
	}
	return false
}

// deviceDir: a directory under /dev.
func deviceDir(v []byte) bool {
	switch string(v) {
	case "disk", "mapper", "shm", "pts", "input", "bus", "block", "char", "fd", "net", "mqueue", "hugepages", "tcp", "udp", // (bash's /dev/tcp/HOST/PORT)
		"infiniband", "nvidia-caps", "dri", "vfio", "snd", "xen", "cpu": // (EFA's /dev/infiniband/uverbs0)
		return true
	}
	return false
}

// pathNameSegment: a segment that names something of the customer's (acme, fleetdb,
// billing-db-url), not the environment, a generic word (password, db, url) or a file name.
func pathNameSegment(v []byte) bool {
	if pathEnvWord(v) || !hasLetterRun(v, 2) || keepSegment(v) || awsVocabulary(v) || fileName(v) || stopWord(v) ||
		versionLike(v) {
		return false
	}
	var buf [24]byte
	w, ok := lowerASCII(buf[:], v)
	if !ok {
		return true // longer than any generic word
	}
	switch string(w) {
	case "password", "passwd", "pass", "secret", "secrets", "key", "keys", "token", "tokens", "url", "uri", "host",
		"hostname", "port", "user", "username", "db", "database", "config", "configs", "settings", "credentials",
		"creds", "endpoint", "api", "apikey", "api-key", "api_key", "app", "apps", "env", "common", "global",
		"parameters", "params", "database-url", "db-url", "db-password", "db_password", "db-host", "db-user",
		"connection-string", "dsn", "jwt", "oauth", "client-id", "client-secret", "private-key", "public-key",
		"cert", "certificate", "license", "webhook", "smtp", "redis", "postgres", "mysql", "rds", "cache", "queue",
		"overlays", "base", "environments", "envs", "charts", "values", "manifests", "deploy", "deployment",
		"deployments", "terraform", "modules", "stacks", "infra", "k8s", "kubernetes", "helm", "network", "logs",
		"orders", "payments", "billing", "users", "accounts", "web", "backend", "frontend", "platform", "shared",
		"core", "auth", "search", "notifications", "checkout", "inventory", "reports", "analytics", "data", "etl",
		"batch", "jobs", "worker", "workers", "service", "services", "db_host", "db_user", "db_name",
		"db-name", "db-port", "db_port", "db_url", "db-pass", "db_pass":
		return false
	}
	return true
}

// compoundName: a name made of several parts or with a digit (billing-db, db_host, app2).
func compoundName(v []byte) bool {
	for _, c := range v {
		if c == '-' || c == '_' || c == '.' || isDigit(c) {
			return true
		}
	}
	return false
}

// workspaceDir: the directories under a home directory that people keep their checkouts in.
func workspaceDir(d []byte) bool {
	switch string(d) {
	case "src", "code", "projects", "repos", "git", "work", "workspace", "dev", "github", "gitlab", "Projects", "Code",
		"Developer", "source", "sources", "repositories", "workspaces", "go":
		return true
	}
	return false
}

// runnerUser: the users CI runners and base images run as.
func runnerUser(u []byte) bool {
	switch string(u) {
	case "runner", "ubuntu", "ec2-user", "centos", "admin", "user", "circleci", "jenkins", "gitlab-runner", "vscode",
		"node", "app", "www-data", "nobody", "builder", "cloudshell-user", "ssm-user",
		"ray", "jovyan", "sagemaker-user", "airflow", "spark", "hadoop", "coder": // (images' own users: Ray, Jupyter, SageMaker Studio, MWAA)
		return true
	}
	return false
}

// gitRef: the first segment of a git reference (refs/heads/prod, origin/dev, release/prod).
func gitRef(v []byte) bool {
	switch string(v) {
	case "refs", "origin", "upstream", "heads", "tags", "remotes", "feature", "release", "hotfix", "bugfix":
		return true
	}
	return false
}

// httpMethodBefore reports whether an HTTP method and a blank stand right before position p.
func httpMethodBefore(text []byte, p int) bool {
	if p < 1 || text[p-1] != ' ' {
		return false
	}
	j := p - 1
	for j > 0 && isUpper(text[j-1]) && p-1-j < 7 {
		j--
	}
	switch string(text[j : p-1]) {
	case "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "ANY":
		return true
	}
	return false
}

// httpPathKey reports whether the path whose '/' is at p is the value of a JSON key that
// holds a request's path: an API Gateway or ALB event's "path", "rawPath", "resource",
// "resourcePath" ("/prod/shipments/SHP-1": a stage and a route, not a parameter's name).
func httpPathKey(text []byte, p int) bool {
	if p < 5 || text[p-1] != '"' {
		return false
	}
	j := p - 1
	for j > 0 && p-j < 6 && (text[j-1] == ' ' || text[j-1] == ':') {
		j--
	}
	if j == p-1 || j < 2 || text[j-1] != '"' {
		return false
	}
	k := j - 1
	for k > 0 && j-k < 16 && isLetter(text[k-1]) {
		k--
	}
	if k == 0 || text[k-1] != '"' {
		return false
	}
	switch string(text[k : j-1]) {
	case "path", "rawPath", "resource", "resourcePath", "requestPath", "routeKey":
		return true
	}
	return false
}

package masking

import "bytes"

// Host-name, URL and e-mail matchers. AWS endpoint names keep their AWS labels (service,
// region, "s3", "ng", ...) and report the customer labels (bucket, DB identifier, cache
// cluster, load balancer, API ID); other host names with a public suffix are customer
// domains unless they belong to a well-known public service.

func isHostByte(c byte) bool { return isAlnum(c) || c == '.' || c == '-' }

// matchHost matches dotted host names and e-mail addresses at a word start.
func matchHost(s *scanState, i, ri int) int {
	if i < s.hostDone {
		return -1
	}
	if s.text[i] == 'C' && hasPrefix(s.text[i:], "CognitoIdentityServiceProvider.") {
		if e := s.amplifyStorageKey(i+len("CognitoIdentityServiceProvider."), ri); e > 0 {
			s.hostDone = e
			return e // Amplify's storage key: CognitoIdentityServiceProvider.CLIENT.USER.idToken
		}
	}
	text := s.text
	if i >= 9 && (text[i-1] == '+' || text[i-1] == '.' || text[i-1] == '-') && runAfterToken(text, i) {
		return -1 // HOST+HOST, HOST+.x.HOST: the first pass read the run whole, with the original where the token stands (idempotence)
	}
	if i >= 3 && text[i-1] == '_' && (isLower(text[i-2]) || isDigit(text[i-2]) && !isUpper(text[i-3])) {
		// inside a snake_case identifier (aws_route53_record.app): code, not a host. A token's
		// tail (AWS_RDS_IDENTIFIER_001.x.rds.amazonaws.com) is read as before, so that masking stays idempotent
		return -1
	}
	if i >= 1 && text[i-1] == '.' && hasPrefix(text[i:], "env.") && (i == 1 || !isAlnum(text[i-2])) {
		return -1 // a dotenv file's name (.env.local, .env.production), not a host
	}
	if e := bareSuffix(text, i); e > 0 {
		return e // *.co.kr, .com.br: a wildcard over a public suffix names no one's domain
	}
	if i+43 <= len(text) && string(text[i+32:i+43]) == "._domainkey" && dkimToken(text[i:i+32]) {
		s.emit(i, i+32, "dkim-token", ri) // TOKEN._domainkey.example.com: SES's Easy DKIM selector
		return i + 32
	}
	if i >= 1 && text[i-1] == '_' && i+33 < len(text) && text[i+32] == '.' && allHex(text[i:i+32]) && (i == 1 || !isWord(text[i-2])) {
		e := i + 33
		for e < len(text) && (isAlnum(text[e]) || text[e] == '.' || text[e] == '-') {
			e++
		}
		if !bytesContainsFold(text[i:e], ".acm-validations.") {
			s.emit(i, i+32, "acm-validation-token", ri) // _TOKEN.www.example.com: ACM's DNS validation record's name
			return i + 32
		}
	}
	if i >= 1 && text[i-1] == '@' {
		if e := chatHandle(text, i); e > 0 {
			s.emit(i, e, "person-handle", ri) // "cc @tomas.reyes", "**@dmitri.volkov** 10:42": a person
			return e
		}
	}
	if i >= 1 && text[i-1] == '_' {
		if l := dnsServiceLabels(text[i:]); l > 0 {
			// _dmarc.example.com, _ldap._tcp.dc._msdcs.corp.example.com: the record's labels
			// stay, the domain after them is read on its own
			if j := i + l; j < len(text) && isAlnum(text[j]) {
				if e := matchHost(s, j, ri); e > j {
					return e
				}
			}
			return -1
		}
	}
	n := len(text)
	k := i
	dots := 0
	for k < n && (isHostByte(text[k]) || text[k] == '_' || text[k] == '+') {
		if text[k] == '.' {
			dots++
		}
		k++
	}
	s.hostDone = k
	if k < n && text[k] == '@' && k > i {
		return s.email(i, k, ri)
	}
	if k < n && text[k] == '\\' && k > i {
		if e := s.regexHost(i, k, ri); e > 0 {
			return e
		}
	}
	if dots == 0 || k < n && text[k] == '(' {
		return -1 // no dot, or a method call in code (cdk.App(), s3.Bucket(...))
	}
	// the host is the leading run of host bytes
	e := i
	for e < k && isHostByte(text[e]) {
		e++
	}
	if e < k { // '_' or '+': not a host name
		if bytes.Contains(text[i:k], []byte("._domainkey.")) {
			s.hostDone = i + 1 // SELECTOR._domainkey.example.com: the domain after it is read on its own
		}
		return -1
	}
	for e > i && (text[e-1] == '.' || text[e-1] == '-') {
		e--
	}
	if e == k && loggerLevel(text, e) || apiGroupVersion(text, i, e) {
		// a logger's package (logging.level: io.awspring.cloud: DEBUG); a Kubernetes API group
		// and version (apiVersion: kubeflow.org/v1), not a host
		return -1
	}
	h := text[i:e]
	switch {
	case hasSuffixFold(h, ".amazonaws.com") || hasSuffixFold(h, ".amazonaws.com.cn") || hasSuffixFold(h, ".amazonaws.eu") ||
		hasSuffixFold(h, ".c2s.ic.gov") || hasSuffixFold(h, ".sc2s.sgov.gov"):
		// (the China, European Sovereign Cloud and ISO partitions' endpoints)
		end := s.awsHost(i, e, ri)
		if bytesContainsFold(h, "dkr.ecr.") && i >= 13 && text[i-1] == '.' && awsOwnedAccount(text[i-13:i-1]) {
			return end // an image AWS publishes (602401143452.dkr.ecr.REGION.amazonaws.com/amazon/...)
		}
		if bytesContainsFold(h, "dkr.ecr.") && e < n && text[e] == '/' {
			// the image repository: ACCOUNT.dkr.ecr.REGION.amazonaws.com/team/app:tag
			p := e + 1
			q := p
			for q < n && (isAlnum(text[q]) || text[q] == '-' || text[q] == '_' || text[q] == '.' || text[q] == '/') {
				q++
			}
			for q > p && (text[q-1] == '.' || text[q-1] == '/') {
				q--
			}
			if hasPrefix(text[p:q], "v2/") {
				// the registry API (/v2/team/app/manifests/TAG, /blobs/DIGEST, /tags/list):
				// the repository runs up to the endpoint's word
				p += 3
				for _, api := range [...]string{"/manifests/", "/blobs/", "/tags/", "/referrers/"} {
					if k := bytes.Index(text[p:q], []byte(api)); k >= 0 {
						q = p + k
					}
				}
			}
			if q > p {
				s.emitRepository(p, q, ri)
				return q
			}
		}
		if e+1 < n && text[e] == '/' && bytesContainsFold(h, ".codeartifact.") {
			// a repository's endpoint: DOMAIN-OWNER.d.codeartifact.REGION.amazonaws.com/FORMAT/REPO/
			f := e + 1
			for f < n && f-e < 10 && isLower(text[f]) {
				f++
			}
			if f < n && text[f] == '/' && codeArtifactFormat(text[e+1:f]) {
				q := nameRun(text, f+1, false)
				if q > f+1 {
					s.emit(f+1, q, "codeartifact-repository", ri)
					return q
				}
			}
		}
		if (hasPrefixFold(h, "sqs.") || hasPrefixFold(h, "queue.")) && e+14 < n && text[e] == '/' &&
			allDigits(text[e+1:e+13]) && text[e+13] == '/' {
			// a queue URL written without its scheme: sqs.REGION.amazonaws.com/ACCOUNT/NAME
			s.emit(e+1, e+13, "account-id", ri)
			q := nameRun(text, e+14, false)
			if q > e+14 {
				s.emit(e+14, q, "sqs-queue-name", ri)
			}
			return q
		}
		return end
	case hasSuffixFold(h, ".acm-validations.aws"):
		// an ACM DNS validation target: the labels before AWS's domain are the certificate's tokens
		if t := e - len(".acm-validations.aws"); t > i {
			s.emit(i, t, "acm-validation-token", ri)
		}
		return e
	case hasSuffixFold(h, ".dkim.amazonses.com"):
		if l := labelEnd(text, i, e); l-i == 32 {
			s.emit(i, l, "dkim-token", ri) // SES's Easy DKIM token: TOKEN.dkim.amazonses.com
		}
		return e
	case hasSuffixFold(h, ".cloudfront.net"):
		d := i
		if hasPrefixFold(h, "dualstack.") && len(h) > len("dualstack.")+len(".cloudfront.net") {
			d += len("dualstack.") // Route 53's alias target: dualstack.DOMAIN.cloudfront.net
		}
		if l := labelEnd(text, d, e); l < e-len(".cloudfront.net") || l == e-len(".cloudfront.net") {
			s.emit(d, l, "cloudfront-domain", ri)
		}
		return e
	case hasSuffixFold(h, ".awsapps.com") || hasSuffixFold(h, ".on.aws") || hasSuffixFold(h, ".amazoncognito.com") ||
		hasSuffixFold(h, ".elasticbeanstalk.com") || hasSuffixFold(h, ".awsapprunner.com") || hasSuffixFold(h, ".amplifyapp.com") ||
		hasSuffixFold(h, ".my.connect.aws") || hasSuffixFold(h, ".awsglobalaccelerator.com"):
		// the customer's label (an environment CNAME, a service or app ID) before AWS's domain
		l := labelEnd(text, i, e)
		if hasSuffixFold(h, ".awsapps.com") && (l+6 < e && string(text[l+1:l+6]) == "mail." || string(text[i:l]) == "start" || string(h) == "view.awsapps.com") {
			// WorkMail's own hosts (autodiscover.mail.us-east-1.awsapps.com, imap.mail...); GovCloud's
			// Identity Center portal (start.us-gov-home.awsapps.com/directory/d-...); AWS Builder
			// ID's start URL (view.awsapps.com/start)
			return e
		}
		if l < e {
			s.emit(i, l, "endpoint-id", ri)
		}
		if m := labelEnd(text, l+1, e); l < e && hasSuffixFold(h, ".amplifyapp.com") && m <= e-len(".amplifyapp.com") && m > l+1 {
			s.emit(l+1, m, "amplify-app-id", ri) // BRANCH.APPID.amplifyapp.com: the app's ID after its branch
		}
		return e
	case hasSuffixFold(h, ".local") && countByte(h, '.') >= 1 && !hasSuffixFold(h, "cluster.local") && !hasSuffixFold(h, ".svc.local") &&
		!hasSuffixFold(h, "localhost.local"):
		s.emit(i, e, "customer-domain", ri) // an Active Directory domain's host: ora-erp01.corp.acme.local
		return s.hostsAlias(i, e, ri)
	case hasSuffixFold(h, ".svc.cluster.local") || hasSuffixFold(h, ".svc"):
		// a Kubernetes service's address, SERVICE.NAMESPACE.svc[.cluster.local]: both are the
		// customer's names, but for the cluster's own (kube-dns.kube-system, ...)
		if l := labelEnd(text, i, e); l < e && text[l] == '.' {
			if m := labelEnd(text, l+1, e); m < e && string(text[m:min(e, m+4)]) == ".svc" {
				if ns := text[l+1 : m]; !keepSegment(ns) && !k8sSystemNamespace(ns) {
					s.emit(i, l, "k8s-service-name", ri)
					s.emit(l+1, m, "k8s-namespace", ri)
				}
			}
		}
		return e
	case hasSuffixFold(h, "ec2.internal") || hasSuffixFold(h, "compute.internal") || hasSuffixFold(h, ".local") ||
		hasSuffixFold(h, ".localhost") || hasSuffixFold(h, ".cluster.local"):
		return -1
	case hasSuffixFold(h, ".internal") || hasSuffixFold(h, ".corp") || hasSuffixFold(h, ".lan") ||
		hasSuffixFold(h, ".intra") || hasSuffixFold(h, ".intranet") || hasSuffixFold(h, ".intern") || hasSuffixFold(h, ".home.arpa"):
		if bytesContainsFold(h, ".") && h[0] != '.' {
			return s.customerHost(i, e, ri) // private zones: db.acme.internal, git.acme.corp, db.kern.intern, nas.home.arpa
		}
		return -1
	case hasSuffixFold(h, ".signin.aws.amazon.com"):
		// the account alias (or ID) in a console sign-in URL
		if l := labelEnd(text, i, e); l < e-len(".signin.aws.amazon.com")+1 && l > i && !regionLike(text[i:l]) {
			s.emit(i, l, "account-alias", ri) // (eu-central-1.signin...: the regional sign-in endpoint)
		}
		return e
	}
	if (customerDomain(h) || i >= 3 && string(text[i-3:i]) == "://" && hasSuffixFold(h, ".id") && countByte(h, '.') >= 1) &&
		!sourceLine(text, e, h) && !pythonImport(text, i, e) {
		// (a URL's host under .id, https://admin.kopisusu.id, is a host, whatever a field's name looks like)
		if i >= 4 && string(text[i-3:i]) == "%40" && isWord(text[i-4]) {
			// an e-mail address in a URL's query, its '@' encoded (Endpoint=ops%40example.com)
			l := i - 3
			for l > 0 && i-l < 68 && (isWord(text[l-1]) || text[l-1] == '.' || text[l-1] == '-' || text[l-1] == '+') {
				l--
			}
			if s.lastEnd() <= l {
				s.emit(l, e, "email", ri)
				return e
			}
		}
		return s.customerHost(i, e, ri)
	}
	if e+1 < n && text[e] == '/' && codeHost(h) && (i == 0 || text[i-1] != '/' && text[i-1] != '.') {
		// a repository written without its scheme (go get github.com/acme/ledger, "pushed to
		// github.com/acme/data-tools"): the path is the customer's organisation and repository
		if q := s.repoPath(e+1, ri); q > e {
			return q
		}
	}
	if hasSuffixFold(h, "chat.googleapis.com") && e+12 < n && hasPrefix(text[e:], "/v1/spaces/") {
		// a Google Chat webhook: /v1/spaces/SPACE/messages?key=...&token=...: the space is the customer's
		p := e + len("/v1/spaces/")
		q := p
		for q < n && q-p < 32 && (isAlnum(text[q]) || text[q] == '_' || text[q] == '-') {
			q++
		}
		if q-p >= 8 && (q == n || text[q] == '/' || text[q] == '?' || !isAlnum(text[q])) {
			s.emit(p, q, "chat-space-id", ri)
			return q
		}
	}
	if l := labelEnd(text, i, e); l < e && saasTenant(h[l-i+1:]) && !genericLabel(text[i:l]) {
		s.emit(i, l, "saas-tenant", ri) // acme.okta.com, acme.atlassian.net: the tenant is the customer's name
		return e
	}
	if d := bytes.LastIndexByte(h, '.'); d > 0 && siteFileExt(h[d+1:]) && bytes.IndexByte(h[:d], '.') > 0 && customerDomain(h[:d]) {
		// a file named after the site it serves: sites-enabled/bomnal.kr.conf, portal.acme.eu.key,
		// example.com.crt; the extension stays
		s.emit(i, i+d, "customer-domain", ri)
		return e
	}
	return -1
}

// siteFileExt reports the extensions of files a web server, a certificate or a DNS zone is
// named with after its domain (portal.example.com.conf, example.com.key, example.com.zone).
func siteFileExt(x []byte) bool {
	switch string(x) {
	case "conf", "vhost", "key", "crt", "pem", "csr", "cer", "pfx", "p12", "jks", "zone", "log":
		return true
	}
	return false
}

// chatHandle returns the end of a chat or code-review mention of a person, first.last, at i
// (after its '@', which a blank, '(', '*' or '`' precedes), or -1. A decorator (@app.route(,
// @pytest.fixture at a line's end), a domain (@acme.io) and an e-mail address are none.
func chatHandle(text []byte, i int) int {
	if i >= 2 {
		switch text[i-2] {
		case ' ', '\t', '\n', '(', '*', '`':
		default:
			return -1
		}
	}
	e := i
	for e < len(text) && isLower(text[e]) {
		e++
	}
	if e-i < 2 || e >= len(text) || text[e] != '.' {
		return -1
	}
	d := e + 1
	for d < len(text) && isLower(text[d]) {
		d++
	}
	if d-e-1 < 2 || publicSuffix(text[i:d]) || d >= len(text) {
		return -1
	}
	switch text[d] {
	case ' ', ',', ';', ':', '*', ')', '`', '!', '?':
		return d
	case '\n', '\r':
		if i >= 2 && text[i-2] != '\n' {
			return d // (a line of "@pytest.fixture" alone is a decorator's)
		}
	}
	return -1
}

// mentionAt returns the end of a chat mention without a dot at i, the word after an '@' that
// a blank, '(', '*' or '`' precedes ("Ask @mkowalczyk to confirm", "On-call (@dmitri)"), or
// -1. The '@' that opens a line is a decorator's (@dataclass); Javadoc's tags (@param), a
// chat's group mentions (@here, @channel), Logs Insights' fields (@timestamp) and names with
// '_' (AppSync's @aws_iam, a query's @scheduled_runtime) name no one.
func mentionAt(text []byte, i int) int {
	if i < 2 || text[i-1] != '@' {
		return -1
	}
	switch text[i-2] {
	case ' ', '(', '*', '`':
	default:
		return -1
	}
	e := i
	for e < len(text) && e-i <= 32 && (isLower(text[e]) || isDigit(text[e]) || text[e] == '-' && e+1 < len(text) && isLower(text[e+1])) {
		e++
	}
	if e-i < 3 || e-i > 32 || !isLower(text[i]) || e < len(text) && (isAlnum(text[e]) || text[e] == '_' || text[e] == '/' || text[e] == '(' || text[e] == '@' || text[e] == '.' && e+1 < len(text) && isAlnum(text[e+1])) {
		return -1
	}
	switch string(text[i:e]) {
	case "here", "channel", "everyone", "param", "return", "returns", "throws", "see", "since", "deprecated", "author",
		"version", "link", "type", "types", "override", "latest", "next", "beta", "canary", "mention", "mentions",
		"example", "todo", "fixme", "aws", "amazon", "github", "oncall", "on-call", "team", "channel-name",
		"timestamp", "message", "log", "ptr", "duration", "entity", "ingestiontime", "data", "value", "input", "output":
		return -1 // (and CloudWatch Logs Insights' fields: @timestamp, @message)
	}
	if stopWord(text[i:e]) || commonWord(text[i:e]) || i >= 4 && (hasSuffix(text[:i-1], "= ") || hasSuffix(text[:i-1], "IN ")) {
		return -1 // a query's bind parameter (FILTER u.name == @name, WHERE id = @id), a field's word
	}
	return e
}

// regexHost reads a host name whose dots a regular expression escapes, from i, where the
// first escape stands at k (acme-corp\.com, written acme-corp\\.com inside a JSON or HCL
// string: a WAF rule's or a Macie allow list's pattern), and masks it when it is a customer's
// domain. It returns the end of the name, or -1.
func (s *scanState) regexHost(i, k, ri int) int {
	text := s.text
	var buf [128]byte
	if k-i > 64 {
		return -1
	}
	h := append(buf[:0], text[i:k]...)
	p := k
	for p < len(text) && text[p] == '\\' {
		q := p
		for q < len(text) && q-p < 4 && text[q] == '\\' {
			q++
		}
		if q >= len(text) || text[q] != '.' || q+1 >= len(text) || !isAlnum(text[q+1]) {
			break
		}
		l := q + 1
		for l < len(text) && (isAlnum(text[l]) || text[l] == '-') {
			l++
		}
		if len(h)+1+l-q-1 > cap(h) {
			return -1
		}
		h = append(append(h, '.'), text[q+1:l]...)
		p = l
	}
	if p == k || p < len(text) && (isAlnum(text[p]) || text[p] == '.') || !customerDomain(h) {
		return -1
	}
	s.hostDone = p
	s.emit(i, p, "customer-domain", ri)
	return p
}

// saasTenant reports the SaaS domains whose first label names the customer's tenant.
func saasTenant(d []byte) bool {
	switch string(d) {
	case "okta.com", "oktapreview.com", "okta-emea.com", "atlassian.net", "zendesk.com", "slack.com", "auth0.com",
		"onelogin.com", "zoom.us", "pagerduty.com", "service-now.com", "my.salesforce.com", "looker.com",
		"snowflakecomputing.com", "datadoghq.eu", "app.spacelift.io", "mail.protection.outlook.com", "onmicrosoft.com",
		"sharepoint.com", "sentry.io", "ingest.sentry.io", "ingest.us.sentry.io", "ingest.de.sentry.io", "webhook.office.com":
		return true // (Microsoft 365: the MX host spells the domain with '-', acme-com.mail.protection.outlook.com)
	}
	return false
}

// hostingDomain reports the domains of managed databases and streams outside AWS under which
// a customer's cluster has its host (cluster0.q8zkd.mongodb.net, x.aivencloud.com): the
// domain names the provider, the labels before it the customer's cluster.
func hostingDomain(d []byte) bool {
	switch string(d) {
	case "mongodb.net", "redislabs.com", "redis-cloud.com", "elastic-cloud.com", "confluent.cloud", "aivencloud.com",
		"neon.tech", "supabase.co", "psdb.cloud", "cockroachlabs.cloud", "tsdb.cloud.timescale.com", "upstash.io",
		"cloud.databricks.com", "clickhouse.cloud", "singlestore.com", "cloudamqp.com":
		return true
	}
	return false
}

// genericLabel: a first label that names a service's part, not a tenant.
func genericLabel(l []byte) bool {
	switch string(l) {
	case "www", "api", "app", "login", "status", "support", "help", "docs", "developer", "events", "hooks", "files",
		"cdn", "static", "mail", "auth", "id", "sso", "admin", "us", "eu", "ap", "us1", "us3", "us5", "eu1":
		return true
	}
	return false
}

func labelEnd(text []byte, i, e int) int {
	for k := i; k < e; k++ {
		if text[k] == '.' {
			return k
		}
	}
	return e
}

// email masks local@domain whole when the domain has a public suffix.
func (s *scanState) email(i, at, ri int) int {
	text := s.text
	if text[i] == 'A' && tokenShaped(text[i:at]) {
		return -1 // a token before '@' stands for what the first pass masked there, no user of its own (idempotence)
	}
	if end := s.pgLogPrefix(i, at, ri); end > 0 {
		return end
	}
	k := at + 1
	for k < len(text) && isHostByte(text[k]) {
		k++
	}
	for k > at+1 && (text[k-1] == '.' || text[k-1] == '-') {
		k--
	}
	d := text[at+1 : k]
	if hasPrefix(d, "serial-console.ec2-instance-connect.") {
		// ssh INSTANCE.port0@serial-console.ec2-instance-connect.REGION.aws: the EC2 serial
		// console's endpoint is AWS's; the instance before ".port0" is the customer's
		s.tryStructural(i)
		s.hostDone = k
		return k
	}
	if k+1 < len(text) && text[k] == ':' && string(text[i:at]) == "git" && codeHost(d) {
		// git@github.com:ORG/REPO.git: a clone over SSH
		s.hostDone = k
		if e := s.repoPath(k+1, ri); e > k {
			return e
		}
		return k
	}
	ps := publicSuffix(d)
	if !ps {
		// user@example.com-836a6768cef0e5f7f (SSM session IDs): cut at a '-' after the suffix
		for p := len(d) - 1; p > 0; p-- {
			if d[p] == '.' {
				break // (git.us-west-2.codecatalyst.aws: a host goes on past the '-', a session ID does not)
			}
			if d[p] == '-' && publicSuffix(d[:p]) {
				k = at + 1 + p
				d, ps = d[:p], true
				break
			}
		}
	}
	if !hasByte(d, '.') && s.shellPrompt(i, k) {
		// [ops@bastion-fra-02 ~]$, deploy@build-03:~/app$: the machine's name (and a user's)
		if u := text[i:at]; !genericDBName(u) && !stopWord(u) {
			s.emit(i, at, "username", ri)
		}
		s.hostDone = k
		if e := s.tryStructural(at + 1); e < k && !stopWord(d) && hasLetterRun(d, 2) {
			s.emit(at+1, k, "host-name", ri) // no shape of its own (ip-10-0-1-25 has one)
		}
		return k
	}
	mailSuffix := ps || hasSuffix(d, ".am") || hasSuffix(d, ".la") // (file extensions elsewhere: Makefile.am, libx.la)
	if !hasByte(d, '.') || !mailSuffix || k < len(text) && isWord(text[k]) {
		return -1
	}
	cust := ps && ownedDomain(d) // customerDomain(d), its suffix already known
	if at-i <= 5 && allDigits(text[i:at]) {
		// PORT@HOST, a licence server's address (27000@flexlm.example.net): the port stays
		if cust {
			s.hostDone = k
			s.emit(at+1, k, "customer-domain", ri)
			return k
		}
		return -1
	}
	if !cust && (countByte(d, '.') != 1 || string(d) == "openssh.com" || string(d) == "libssh.org" || string(d) == "amazonses.com" || !personalMailbox(text[i:at]) ||
		string(d) == "amazon.com" && hasByte(text[i:at], '-') && !hasByte(text[i:at], '.')) {
		// (AWS's own senders: ec2-abuse@, aws-trust-and-safety@, aws-billing-noreply@amazon.com;
		// SES's message IDs as a return path: 0100019b...-000000@amazonses.com)
		// git@github.com, noreply@github.com, ec2-user@...compute.amazonaws.com and SSH's algorithm
		// names (aes256-gcm@openssh.com) name nothing of the customer
		return -1
	}
	s.hostDone = k
	if u := text[i:at]; cust && (runnerUser(u) || string(u) == "root") {
		// ec2-user@build.example.net:22: an image's login on the customer's host, not a
		// mailbox: the login stays readable, the host is masked
		s.emit(at+1, k, "customer-domain", ri)
		return k
	}
	s.emit(i, k, "email", ri)
	if k+18 <= len(text) && text[k] == '-' && allHexLower(text[k+1:k+18]) && (k+18 == len(text) || !isAlnum(text[k+18])) {
		// a Session Manager session's ID, USER-<17 hex> (jdoe@acme-corp.com-0c1f8e2b7d94a6e35)
		s.emit(k+1, k+18, "ssm-session-id", ri)
		return k + 18
	}
	return k
}

// personalMailbox reports a mailbox that names a person or a customer's team at a public
// provider (ivan.lindqvist84@outlook.com, jaewon.song@amazon.com), not a service's own
// address (git@, noreply@, support@).
func personalMailbox(local []byte) bool {
	if len(local) < 2 || hasPrefixFold(local, "noreply") || hasPrefixFold(local, "no-reply") || hasPrefixFold(local, "donotreply") ||
		hasPrefixFold(local, "do-not-reply") {
		return false
	}
	var buf [16]byte
	if w, ok := lowerASCII(buf[:], local); ok {
		switch string(w) {
		case "git", "support", "help", "security", "abuse", "postmaster", "hostmaster", "webmaster", "admin", "info",
			"notifications", "notification", "alerts", "billing", "aws", "root", "mailer-daemon", "bounce", "bounces",
			"feedback", "sales", "contact", "team", "ec2-user", "ubuntu":
			return false
		}
	}
	return true
}

// shellPrompt reports whether user@host [i, k) is a shell prompt: "[user@host dir]$" or
// "user@host:dir$", the prompt's '$' or '#' ending the directory (the first blank after the
// host ends the prompt, so what masking does further on cannot change the answer), or a
// Junos prompt at a line's start ("user@host> ", "user@host# ").
func (s *scanState) shellPrompt(i, k int) bool {
	text := s.text
	if k >= len(text) || k == i {
		return false
	}
	bracket := i > 0 && text[i-1] == '['
	if !bracket && (text[k] == '>' || text[k] == '#') && k+1 < len(text) && text[k+1] == ' ' && (i == 0 || text[i-1] == '\n') {
		h := text[i:k]
		return string(h[bytes.LastIndexByte(h, '@')+1:]) != "cqlsh" // Junos: user@host> show ..., user@host# commit (not cqlsh's user@cqlsh>)
	}
	if !bracket && text[k] != ':' || bracket && text[k] != ' ' {
		return false
	}
	w := &s.promptWalk
	if k+1 < w.start || k+1 >= w.end {
		e := k + 1
		for e < len(text) && text[e] != ' ' && text[e] != '\n' {
			e++ // (remembered: prompts started inside this run, a@b:a@b:..., do not walk it again)
		}
		w.start, w.end = k+1, e
	}
	p := w.end - 1
	if p <= k {
		return false
	}
	// (SUSE's prompt ends in '>': sidadm@host:/usr/sap/SID/HDB00>)
	return (text[p] == '$' || text[p] == '#' || text[p] == '>' && !bracket) && (!bracket || text[p-1] == ']')
}

// hostsAlias reads a hosts file's alias after the customer host [i, e) that it masked: on a
// line "ADDRESS FQDN ALIAS..." (/etc/hosts, a SAP host's virtual names), an alias that is the
// host's first label names the same machine. It returns where it stopped.
func (s *scanState) hostsAlias(i, e, ri int) int {
	text := s.text
	if e+2 >= len(text) || text[e] != ' ' && text[e] != '\t' {
		return e
	}
	ls := lineStart(text, i, 64)
	if ls == i || !isHex(text[ls]) {
		return e
	}
	for p := ls; p < i; p++ {
		if c := text[p]; !isHex(c) && c != '.' && c != ':' && c != ' ' && c != '\t' {
			return e // (the line starts with an address and nothing else stands before the host)
		}
	}
	a := e
	for a < len(text) && a-e < 32 && (text[a] == ' ' || text[a] == '\t') {
		a++
	}
	l := labelEnd(text, i, e)
	if l >= e || a+(l-i) > len(text) || !bytes.EqualFold(text[a:a+(l-i)], text[i:l]) ||
		a+(l-i) < len(text) && (isWord(text[a+(l-i)]) || text[a+(l-i)] == '-' || text[a+(l-i)] == '.') {
		return e
	}
	s.emit(a, a+(l-i), "host-name", ri)
	return a + (l - i)
}

// rootPrompt reports whether the ':' at k ends the host of a prompt without a user, HOST:DIR #
// or HOST:DIR>: the directory has no blank, and the prompt's '#' or '>' ends it on the line.
func rootPrompt(text []byte, k int) bool {
	for p := k + 1; p < len(text) && p-k < 80; p++ {
		switch text[p] {
		case ' ':
			return p+2 <= len(text) && text[p+1] == '#' && (p+2 == len(text) || text[p+2] == ' ' || text[p+2] == '\n')
		case '>':
			return p+1 == len(text) || text[p+1] == ' ' || text[p+1] == '\n'
		case '\n', '\t':
			return false
		}
	}
	return false
}

// pgLogPrefix handles user@database in the log line prefix of RDS and Aurora PostgreSQL
// ("%t:%r:%u@%d:[%p]:", as in "UTC:10.1.2.3(52418):app_rw@orders:[30117]:ERROR:"): both are
// the customer's names. It returns the end of the database name, or -1.
func (s *scanState) pgLogPrefix(i, at, ri int) int {
	text := s.text
	if i < 2 || text[i-1] != ':' || text[i-2] != ')' && text[i-2] != ']' && !isDigit(text[i-2]) {
		return -1
	}
	k := at + 1
	for k < len(text) && (isAlnum(text[k]) || text[k] == '_' || text[k] == '-') {
		k++
	}
	if k == at+1 || k+1 >= len(text) || text[k] != ':' || text[k+1] != '[' {
		return -1
	}
	if u := text[i:at]; !genericDBName(u) && !stopWord(u) {
		s.emit(i, at, "db-username", ri)
	}
	if d := text[at+1 : k]; !genericDBName(d) && !stopWord(d) {
		s.emit(at+1, k, "database-name", ri)
	}
	return k
}

// awsHost reports the customer labels of an AWS endpoint host [i, e).
func (s *scanState) awsHost(i, e, ri int) int {
	text := s.text
	var labs [16]seg
	nl := 0
	st := i
	for k := i; k <= e; k++ {
		if k == e || text[k] == '.' {
			if nl == len(labs) {
				return e
			}
			labs[nl] = seg{st, k, k + 1, 0}
			nl++
			st = k + 1
		}
	}
	if nl <= 3 {
		return e // service principals and global endpoints: ec2.amazonaws.com
	}
	if nl == 4 && (string(text[i:e]) == "logging.s3.amazonaws.com" || string(text[i:e]) == "batchoperations.s3.amazonaws.com") {
		return e // S3's service principals (server access logging, Batch Operations), not buckets
	}
	if nl == 4 && !hasPrefix(text[labs[1].start:labs[1].end], "s3") {
		// <x>.<service>.amazonaws.com (a service principal's or a global endpoint's name:
		// pods.eks.amazonaws.com, delivery.logs...) or <service>.<region>.amazonaws.com (a
		// regional endpoint: outposts.us-west-2..., imagebuilder.eu-west-1...): a customer's
		// name stands in a longer regional endpoint, or before s3 (<bucket>.s3.amazonaws.com)
		return e
	}
	// the service is the first AWS word; customer labels precede or sit between AWS words
	var service []byte // a slice of text, not a string: no allocation per host
	for k := 0; k < nl; k++ {
		if w := text[labs[k].start:labs[k].end]; serviceLabel(w) {
			service = w
			break
		}
	}
	if string(service) == "s3" || hasPrefix(service, "s3-") {
		// bucket names may contain dots: everything before the s3 label
		end := -1
		for k := 0; k < nl; k++ {
			if w := text[labs[k].start:labs[k].end]; string(w) == "s3" || hasPrefix(w, "s3-") {
				break
			}
			end = labs[k].end
		}
		if end > i {
			if b := text[i:end]; !awsOwnedBucket(b) && !hasPrefix(b, "vpce-") && !placeholder(b) {
				s.emit(i, end, "s3-bucket", ri)
			}
		}
		return e
	}
	cust := 0
	for k := 0; k < nl; k++ {
		l := labs[k]
		w := text[l.start:l.end]
		// an AWS label, unless it is a short first label where the customer's name stands
		if awsLabel(w) && (k != 0 || !nameFirst(service) || awsLabelWord(w)) {
			continue
		}
		if string(service) == "vpce" && k > 0 {
			if hasPrefix(w, "vpce-svc-") {
				s.tryStructural(l.start) // vpce-ID-SUFFIX.vpce-svc-ID.REGION...: a PrivateLink service of a customer's
			}
			continue // vpce-ID-SUFFIX.SERVICE.REGION.vpce.amazonaws.com: after the endpoint, AWS's labels
		}
		if string(w) == "prod" && k+1 < nl && (string(text[labs[k+1].start:labs[k+1].end]) == "clientvpn" ||
			string(text[labs[k+1].start:labs[k+1].end]) == "verified-access") {
			continue // ENDPOINT.prod.clientvpn.REGION.amazonaws.com, ....prod.verified-access...: AWS's own label
		}
		if l1 := text[labs[1].start:labs[1].end]; k == 0 && (string(l1) == "marketplace" || string(l1) == "geo" || string(l1) == "acm-pca" ||
			string(l1) == "deadline" || string(l1) == "rum" || string(l1) == "amplify" || string(l1) == "auth" && string(w) == "public-keys" ||
			string(l1) == "pki" && string(w) == "truststore" || string(l1) == "kinesisvideo" && string(w) == "stun") {
			// (truststore.pki.rds.amazonaws.com: the certificate bundles RDS publishes;
			// stun.kinesisvideo.REGION...: Kinesis Video Streams' WebRTC STUN server)
			// (public-keys.auth.elb.REGION...: the keys ALB signs its OIDC user claims with)
			continue // entitlement.marketplace.REGION.amazonaws.com, metering., catalog.: Marketplace's APIs;
			// maps.geo.REGION..., places.geo., routes.geo.: Amazon Location's; ocsp.acm-pca...: Private CA's
			// responder; scheduling.deadline., management.deadline.: Deadline Cloud's; dataplane.rum.,
			// client.rum.: CloudWatch RUM's ingestion and web client; webhooks.amplify.: Amplify's webhooks
		}
		if service == nil && k > 0 {
			// a service this code does not know (<id>.mediaconvert.<region>.amazonaws.com,
			// <id>.credentials.iot.<region>...): only the first label is the customer's; the
			// others name the service, and masking one would mask that word everywhere, unless
			// it is an ID of its own shape (nd-X.m-Y.n-Z.managedblockchain...: the member, the network)
			s.tryStructural(l.start)
			continue
		}
		typ := "endpoint-id"
		switch string(service) {
		case "rds":
			typ = "rds-endpoint-id"
			if k == 0 {
				typ = "rds-identifier"
			}
		case "dkr", "ecr":
			typ = "account-id"
		case "cache":
			typ = "elasticache-endpoint-id"
			if cust == 0 {
				typ = "elasticache-cluster" // the first customer label; the next is a hash
			}
		case "elb":
			typ = "elb-dns-name"
		case "eks":
			typ = "eks-endpoint-id"
		case "execute-api":
			typ = "apigw-id"
		case "es", "aoss":
			typ = "opensearch-domain"
		case "redshift", "redshift-serverless":
			typ = "redshift-cluster"
		case "compute", "compute-1":
			typ = "ec2-dns"
		case "kafka":
			typ = "msk-cluster"
		}
		if typ == "msk-cluster" && mskBroker(w) {
			continue // b-1, b-2-public: the broker's number, AWS's
		}
		if end := matchEC2IDExact(s, l.start, l.end, ri); end == l.end {
			continue
		}
		if string(service) == "codeartifact" && k == 0 && len(w) > 14 && w[len(w)-13] == '-' && allDigits(w[len(w)-12:]) {
			// DOMAIN-OWNER.d.codeartifact...: the domain's name (which --domain and ARNs show
			// alone) and its owner's account
			s.emit(l.start, l.end-13, "codeartifact-domain", ri)
			s.emit(l.end-12, l.end, "account-id", ri)
			cust++
			continue
		}
		if typ == "elb-dns-name" && k == 0 {
			// NAME-ID: the load balancer's name (which other output shows alone) and its DNS ID
			if d := bytes.LastIndexByte(w, '-'); d > 0 && d < len(w)-1 && allHex(w[d+1:]) {
				from := 0
				if hasPrefix(w, "internal-") && d > len("internal-") {
					from = len("internal-") // internal load balancers: the name follows the scheme word
				}
				s.emit(l.start+from, l.start+d, "elb-name", ri)
				s.emit(l.start+d+1, l.end, "elb-dns-id", ri)
				cust++
				continue
			}
		}
		if typ == "elasticache-cluster" && k+1 < nl && string(text[labs[k+1].start:labs[k+1].end]) == "serverless" {
			// NAME-SUFFIX.serverless.REGION.cache...: a serverless cache's name (which the
			// console and describe-serverless-caches show alone) and the code ElastiCache adds
			if d := bytes.LastIndexByte(w, '-'); d > 0 && len(w)-d-1 == 6 && allLowerAlnum(w[d+1:]) {
				s.emit(l.start, l.start+d, typ, ri)
				s.emit(l.start+d+1, l.end, "elasticache-endpoint-id", ri)
				cust++
				continue
			}
		}
		s.emit(l.start, l.end, typ, ri)
		cust++
	}
	if d := dbPortPath(text, e); d > 0 && !s.inURL {
		// ENDPOINT:5439/NAME, written without a scheme (a workgroup's endpoint and its database;
		// in a URL, the URL's reader masks the path)
		return s.databaseName(d, ri)
	}
	return e
}

// serviceLabel: labels that name the AWS service in an endpoint host.
func serviceLabel(w []byte) bool {
	switch string(w) {
	case "s3", "dkr", "ecr", "rds", "cache", "elb", "eks", "execute-api", "es", "aoss", "redshift",
		"redshift-serverless", "compute", "compute-1", "kafka", "sqs", "sns", "lambda-url", "vpce",
		"elasticbeanstalk", "appsync-api", "dax", "dax-clusters", "docdb", "neptune", "mq", "memorydb", "airflow", "codeartifact":
		return true
	}
	return hasPrefix(w, "s3-")
}

// awsLabel: labels of AWS endpoint hosts that identify nothing of the customer.
func awsLabel(w []byte) bool {
	return len(w) <= 3 || awsLabelWord(w)
}

// nameFirst: services whose endpoints start with the customer's name, however short
// (db1.c9x8y7z6w5v4.us-east-1.rds.amazonaws.com).
func nameFirst(service []byte) bool {
	switch string(service) {
	case "rds", "cache", "redshift", "es":
		return true
	}
	return false
}

// awsLabelWord is awsLabel without its rule that short labels are AWS's: where a label is
// known to be a customer's name (an RDS endpoint's first label), a short one is still a name.
func awsLabelWord(w []byte) bool {
	if regionLike(w) || shortRegion(w) {
		return true
	}
	if allDigits(w) && len(w) <= 4 {
		return true
	}
	switch string(w) {
	case "amazonaws", "sc2s", "sgov", "s3", "dkr", "ecr", "rds", "cache", "elb", "eks", "execute-api", "es", "aoss",
		"redshift", "redshift-serverless", "compute", "compute-1", "kafka", "sqs", "sns", "sts", "ec2",
		"vpce", "lambda", "lambda-url", "logs", "monitoring", "kms", "secretsmanager", "ssm", "ssmmessages",
		"ec2messages", "iam", "dynamodb", "streams", "elasticloadbalancing", "autoscaling", "cloudformation",
		"cloudtrail", "events", "states", "glue", "athena", "kinesis", "firehose", "ecs", "oidc", "signin",
		"console", "route53", "cloudfront", "acm", "apigateway", "elasticbeanstalk", "elasticache",
		"elasticmapreduce", "sagemaker", "bedrock", "bedrock-runtime", "runtime", "dualstack", "master",
		"clustercfg", "replica", "cluster", "serverless", "fips", "website", "accesspoint", "control",
		"s3-control", "s3-accesspoint", "s3-website", "s3-external-1", "appsync-api", "email", "smtp",
		"email-smtp", "portal", "device", "sso", "identitystore", "organizations", "ram", "config", "guardduty",
		"securityhub", "inspector2", "xray", "codecommit", "codebuild", "codepipeline", "codeartifact",
		"servicecatalog", "support", "health", "ce", "pricing", "api", "data", "query", "ingest",
		"cognito-idp", "cognito-identity", "cognito-sync", "inbound-smtp", "docdb", "docdb-elastic", "memorydb",
		"neptune", "elasticfilesystem", "efs", "fsx", "mq", "transfer", "appsync", "lightsail", "ses", "batch",
		"backup", "dms", "datasync", "glacier", "storagegateway", "cloudhsmv2", "wafv2", "waf-regional",
		"network-firewall", "airflow", "emr-serverless", "apprunner", "amplify", "codeguru-reviewer",
		"quicksight", "lakeformation", "textract", "comprehend", "rekognition", "polly", "translate",
		"transcribe", "iot", "greengrass", "timestream", "qldb", "kafka-serverless", "pipes", "scheduler",
		"application-autoscaling", "resource-groups", "tagging", "cloudcontrolapi", "account", "sso-oidc",
		"git-codecommit", "aps-workspaces", "aps", "server", "delivery", "logdelivery", "member", "org", "stacksets", "ssm-incidents", "ssm-contacts", "ec2-instance-connect", "grafana",
		"appsync-realtime-api", "emrappui-prod", "batchoperations", "cassandra", "codecatalyst", "dax-clusters",
		"emr-containers", "kinesisanalytics", "kinesisvideo", "servicediscovery", "elasticfilesystem-fips", "api.ecr",
		"pi", "rds-data", "secretsmanager-fips", "kms-fips", "ecr-fips", "auth", "oam", "synthetics", "evidently", "rum",
		"appmesh-envoy-management", "appmesh", "xray-daemon", "ecs-agent", "ecs-telemetry", "ecs-t",
		"data-ats", "credentials", "greengrass-ats", "jobs", "iotsitewise", "iotwireless", "outposts", "snowball",
		"imagebuilder", "snow-device-management", "mgn", "drs", "marketplace", "managedblockchain", "orderer", "mainnet", "omics",
		"ethereum", "participant", "connect", "vpc-lattice", "vpc-lattice-svcs", "acm-pca":
		return true
	}
	if (hasPrefix(w, "ingest-cell") || hasPrefix(w, "query-cell")) && allDigits(w[bytes.LastIndexByte(w, 'l')+1:]) {
		return true // Timestream's cell endpoints: ingest-cell1.timestream.<region>.amazonaws.com
	}
	return hasPrefix(w, "s3-website") || hasPrefix(w, "s3-") && regionLike(w[3:])
}

// regionLike reports region names (us-east-1, ap-northeast-2, us-gov-west-1, cn-north-1) and
// zone names (us-east-1a), and local zones (us-west-2-lax-1a).
func regionLike(w []byte) bool {
	if len(w) < 9 || !isLower(w[0]) || !isLower(w[1]) {
		return false
	}
	if w[2] != '-' {
		if w[2] != 's' || len(w) <= 13 || !hasPrefix(w, "eusc-") || !isLower(w[5]) || !isLower(w[6]) || w[7] != '-' {
			return false
		}
		w = w[5:] // the European Sovereign Cloud: eusc-de-east-1, read from its country code
	} else {
		switch string(w[:2]) {
		case "us", "eu", "ap", "af", "ca", "cn", "me", "sa", "il", "mx":
		default:
			return false
		}
	}
	r := w[3:]
	if hasPrefix(r, "gov-") || hasPrefix(r, "iso-") {
		r = r[4:]
	} else if hasPrefix(r, "isob-") || hasPrefix(r, "isof-") || hasPrefix(r, "isoe-") {
		r = r[5:] // the other ISO partitions: us-isob-east-1
	}
	dirLen := 0
	for _, d := range []string{"northeast", "northwest", "southeast", "southwest", "central", "north", "south", "east", "west"} {
		if hasPrefix(r, d) {
			dirLen = len(d)
			break
		}
	}
	if dirLen == 0 || len(r) < dirLen+2 || r[dirLen] != '-' || !isDigit(r[dirLen+1]) {
		return false
	}
	rest := r[dirLen+2:]
	if len(rest) == 0 {
		return true
	}
	if len(rest) == 1 && isLower(rest[0]) {
		return true
	}
	if len(rest) >= 3 && len(rest) <= 5 && isLower(rest[0]) && rest[1] == '-' && allLowerLetters(rest[2:]) && zoneCaseEnding(rest[2:]) {
		return true // a zone with a case ending (Basque eu-west-1b-ra, -tik)
	}
	if rest[0] == '-' { // local zones: us-west-2-lax-1a
		for _, c := range rest[1:] {
			if !isAlnum(c) && c != '-' {
				return false
			}
		}
		return true
	}
	return false
}

// shortRegion: apne2, usw2, use1, euc1 (ElastiCache and billing forms).
func shortRegion(w []byte) bool {
	if len(w) < 4 || len(w) > 6 || !isDigit(w[len(w)-1]) {
		return false
	}
	return allLetters(w[:len(w)-1]) && (hasPrefix(w, "us") || hasPrefix(w, "eu") || hasPrefix(w, "ap") ||
		hasPrefix(w, "ca") || hasPrefix(w, "sa") || hasPrefix(w, "me") || hasPrefix(w, "af") || hasPrefix(w, "cn"))
}

// bareSuffix returns the end of a second-level public suffix alone at i (co.kr, com.br,
// ne.jp, org.uk), after "*." or '.', with nothing of a host after it; or -1.
func bareSuffix(text []byte, i int) int {
	if i < 1 || text[i-1] != '.' {
		return -1
	}
	d := i
	for d < len(text) && d-i < 4 && isLower(text[d]) {
		d++
	}
	if d == i || d >= len(text) || text[d] != '.' {
		return -1
	}
	switch string(text[i:d]) {
	case "co", "com", "net", "org", "ne", "or", "ac", "go", "gov", "edu":
	default:
		return -1
	}
	e := d + 1
	for e < len(text) && isLower(text[e]) {
		e++
	}
	if e-d-1 != 2 || e < len(text) && (isAlnum(text[e]) || text[e] == '-' || text[e] == '.' && e+1 < len(text) && isAlnum(text[e+1])) {
		return -1
	}
	return e
}

// publicSuffix reports whether the host ends in a top-level domain that customers use for
// their own names (a short list: file extensions such as .sh, .py, .zip are excluded).
func publicSuffix(h []byte) bool {
	k := len(h)
	for k > 0 && h[k-1] != '.' {
		k--
	}
	if k == 0 || k == len(h) {
		return false
	}
	var buf [12]byte
	tld, ok := foldASCII(buf[:], h[k:])
	if !ok {
		return false
	}
	switch string(tld) {
	case "com", "net", "org", "io", "dev", "co", "kr", "jp", "app", "cloud", "ai", "tech", "biz", "us", "uk",
		"de", "fr", "eu", "me", "xyz", "in", "cn", "tw", "hk", "sg", "au", "ca", "nl", "se", "ch", "es", "it",
		"br", "vn", "th", "id", "my", "ph", "nz", "ie", "be", "at", "dk", "no", "fi", "pl", "pt", "ru", "il",
		"store", "shop", "online", "site", "systems", "team", "health", "games", "bank", "finance", "edu",
		"gov", "mil", "int", "global", "digital", "network", "studio", "software", "company", "services",
		"travel", "agency", "insurance", "ventures", "energy", "legal", "capital", "solutions", "world",
		"careers", "jobs", "consulting", "partners", "holdings", "industries", "logistics", "education", "academy",
		"clinic", "financial", "cc", "tv", "mx", "ar", "cl", "za", "ae", "sa", "tr", "gr", "cz", "hu", "ro", "ua",
		"lu", "ee", "gg", "fm", "ly", "lt", "lv", "sk", "si", "hr", "rs", "bg", "pe", "social", "club", "town", "rocks",
		"lol", "garden", "party", "aero", "museum", "coop", "mobi",
		// more country codes (not those that are also file extensions: py, md, sh, so, la, am, mo)
		"pk", "ir", "bd", "ke", "lk", "np", "et", "ng", "tz", "eg", "ma", "gh", "ug", "rw", "af", "is", "ba", "mk",
		"by", "kz", "uz", "az", "ge", "qa", "kw", "bh", "om", "jo", "lb", "tn", "dz", "sn", "zw", "zm", "mz",
		"na", "bw", "mu", "uy", "bo", "ec", "ve", "cr", "pa", "gt", "hn", "sv", "pr", "jm", "tt", "nu", "fj",
		"mn", "kh", "mm", "mv", "cy", "mt", "al", "ci", "cm", "ag", "li", "bz", "vc", "ws", "ac", "im", "je", "gi", "ky",
		"bm", "gl", "mc", "ad", "sm", "ao",
		"eus", "gal", "cat", "work", "media", "group", "life", "space", "engineering",
		"africa", "asia", "london", "berlin", "tokyo", "nyc", "paris", "amsterdam", "sydney", "dubai", "swiss",
		"coffee", "cafe", "restaurant", "pizza", "wine", "beer", "fashion", "photography", "hosting", "guru",
		"ninja", "realty", "homes", "fitness", "dental", "doctor", "hospital", "pharmacy", "taxi", "kiwi", "scot", "wales",
		"quebec", "llc", "ltd", "gmbh", "accountant", "farm", "green", "earth", "news", "blog", "live", "pro", "one",
		"design", "art", "plus", "land", "city", "care", "money", "fund", "law", "inc", "bet", "bike": // (not the gTLDs that are words of code: info, security, email, events, tools)
		return true
	}
	return false
}

// customerDomain: a host name with a public suffix that is not a well-known public service.
func customerDomain(h []byte) bool { return publicSuffix(h) && ownedDomain(h) }

// ownedDomain is customerDomain for a host name whose suffix is known to be public.
func ownedDomain(h []byte) bool {
	if hasPrefix(h, "aws.") && bytes.IndexByte(h[4:], '.') < 0 || hasPrefix(h, "mxgraph.") {
		return false // aws.health, aws.events: EventBridge sources of AWS services, not hosts; draw.io's shapes (mxgraph.aws4.group)
	}
	// labels must be valid and the name must not be a version or a file
	labels := 0
	st := 0
	for k := 0; k <= len(h); k++ {
		if k == len(h) || h[k] == '.' {
			if k == st {
				return false
			}
			labels++
			st = k + 1
		}
	}
	if labels < 2 || codeDotted(h, labels) {
		return false
	}
	if hasPrefixFold(h, "awsdns-") || bytesContainsFold(h, ".awsdns-") || hasSuffixFold(h, "amazonaws.com.cn") {
		return false // Route 53's name servers: ns-1204.awsdns-22.org; the China partition's suffix
	}
	d := h[bytes.LastIndexByte(h[:bytes.LastIndexByte(h, '.')], '.')+1:] // the last two labels
	var buf [64]byte
	if ld, ok := lowerASCII(buf[:], d); ok && publicServiceDomain(string(ld)) {
		return false
	}
	return true
}

// pythonImport reports a module's dotted path in a Python import (from diagrams.aws.network
// import VPC, import boto3.session), not a host.
func pythonImport(text []byte, i, e int) bool {
	return i >= 5 && string(text[i-5:i]) == "from " && hasPrefix(text[e:], " import ") ||
		i >= 7 && string(text[i-7:i]) == "import " && (e == len(text) || text[e] == '\n' || text[e] == ' ' || text[e] == ',')
}

// sourceLine reports a source file's name with its line and column (a panic's or a
// compiler's src/dynamo.rs:64:38), not a host: one dot, then ":LINE:COL" at e.
func sourceLine(text []byte, e int, h []byte) bool {
	// (a token where the line or the column stands was digits in the first pass: judged alike,
	// idempotence)
	if countByte(h, '.') != 1 || e+4 > len(text) || text[e] != ':' {
		return false
	}
	k := digitsOrTokenEnd(text, e+1)
	return k > e+1 && k+1 < len(text) && text[k] == ':' && digitsOrTokenEnd(text, k+1) > k+1
}

// digitsOrTokenEnd returns the end of the digits, or of the token (AWS_TYPE_001), that start at
// i: i when neither does.
func digitsOrTokenEnd(text []byte, i int) int {
	if !hasPrefix(text[i:], "AWS_") {
		return digitsEnd(text, i)
	}
	k := i
	for k < len(text) && (isUpper(text[k]) || isDigit(text[k]) || text[k] == '_') {
		k++
	}
	return k
}

// codeArtifactFormat reports a package format, the first part of a CodeArtifact
// repository endpoint's path.
func codeArtifactFormat(f []byte) bool {
	switch string(f) {
	case "npm", "pypi", "maven", "nuget", "generic", "swift", "ruby", "cargo":
		return true
	}
	return false
}

// mskBroker: an MSK broker label (b-1, b-12-public).
func mskBroker(w []byte) bool {
	if len(w) < 3 || w[0] != 'b' || w[1] != '-' {
		return false
	}
	k := 2
	for k < len(w) && isDigit(w[k]) {
		k++
	}
	return k > 2 && (k == len(w) || string(w[k:]) == "-public")
}

// codeDotted reports a dotted word that is code, not a domain: a one-letter first label of a
// two-label name (SQL aliases o.id, c.io) or a WAL segment's file, or a field under a TLD that is also a common field
// name (row.id, db.host.id, user.name; Indonesian domains are second-level: acme.co.id).
func codeDotted(h []byte, labels int) bool {
	if labels == 2 && len(h) > 1 && (h[1] == '.' || walSegment(h)) {
		return true // (and a PostgreSQL WAL segment's file: 00000002000008A7000000B3.br)
	}
	if d := bytes.IndexByte(h, '.'); d > 0 && d+1 < len(h) && isUpper(h[0]) && isUpper(h[d+1]) && isLower(h[len(h)-1]) {
		return true // CamelCase namespaces: Microsoft.Network, System.IO
	}
	if hasPrefix(h, "settings.") {
		return true // Bottlerocket's apiclient keys: settings.aws, settings.network
	}
	if l := bytes.LastIndexByte(h, '.'); l > 0 && l+2 < len(h) && isUpper(h[l+1]) && isLower(h[len(h)-1]) && versionLabel(h[:l]) {
		return true // a protobuf service: grpc.health.v1.Health, its package's version, then the service
	}
	switch {
	case hasSuffixFold(h, ".id"):
		for _, sl := range [...]string{".co.id", ".ac.id", ".go.id", ".or.id", ".web.id", ".sch.id", ".net.id", ".my.id", ".biz.id"} {
			if hasSuffixFold(h, sl) {
				return false
			}
		}
		// a web host under .id itself (api.gudangmitra.id), not a field (db.host.id)
		return labels < 3 || !hasPrefix(h, "api.") && !hasPrefix(h, "www.") && !hasPrefix(h, "app.") && !hasPrefix(h, "portal.")
	case hasSuffixFold(h, ".name"):
		return true
	}
	return false
}

// versionLabel reports whether one of the labels of h is an API version: v1, v2beta1, v1alpha.
func versionLabel(h []byte) bool {
	for st := 0; st < len(h); {
		e := bytes.IndexByte(h[st:], '.')
		if e < 0 {
			e = len(h)
		} else {
			e += st
		}
		if apiVersionWord(h[st:e]) {
			return true
		}
		st = e + 1
	}
	return false
}

// publicServiceDomain reports whether d, a registrable domain (the last two labels of a
// host, in lower case), belongs to a public service that is safe and useful to keep: AWS's
// own, package registries, advisory databases, SaaS the estate talks to.
func publicServiceDomain(d string) bool {
	switch d {
	case "aws.com", "nist.gov", "mitre.org", "cve.org", "snyk.io", "aquasec.com", "osv.dev", "first.org", "prismacloud.io",
		"checkov.io", "steampipe.io", "prowler.com",
		"cisa.gov", "owasp.org", "outlook.com", "office365.com", "sendgrid.net", "mailgun.org", "mailchimp.com",
		"zendesk.com", "openssh.com", "amazon.com", "amazonaws.com", "amazonses.com", "windows.net",
		"microsoftonline.com", "amazontrust.com", "awsstatic.com", "aws.dev", "github.com",
		"githubusercontent.com", "github.io", "gitlab.com", "bitnami.com", "awstrack.me", "velero.io", "kasten.io", "newrelic.com", "amazonaws.cn", "amazonaws.eu",
		"amazonaws-us-gov.com", "ic.gov", "sgov.gov", "projectdiscovery.io",
		"honeycomb.io", "datadoghq.eu", "sumologic.com", "lightstep.com", "otter.ai", "tailscale.com", "cloudflare-dns.com", "bitbucket.org", "k8s.io", "kubernetes.io",
		"terraform.io", "opentofu.org", "hashicorp.com", "docker.io", "docker.com", "nvcr.io", "registry.k8s.io", "quay.io", "gcr.io", "ghcr.io", "google.com",
		"googleapis.com", "microsoft.com", "azure.com", "python.org", "pypi.org", "npmjs.org", "npmjs.com",
		"golang.org", "go.dev", "example.com", "example.org", "example.net", "anthropic.com", "claude.ai",
		"mozilla.org", "apache.org", "nginx.org", "nginx.com", "ubuntu.com", "debian.org", "redhat.com",
		"fedoraproject.org", "letsencrypt.org", "cloudflare.com", "dnsimple.com", "godaddy.com",
		"domaincontrol.com", "registrar-servers.com", "nsone.net", "dynect.net", "ultradns.net", "ultradns.com",
		"akam.net", "datadoghq.com", "slack.com", "pagerduty.com", "helm.sh", "jenkins.io", "sentry.io",
		"grafana.com", "prometheus.io", "elastic.co", "opensearch.org", "openssl.org", "w3.org", "schema.org", "json-schema.org",
		"apple.com", "okta.com", "socket.io", "atlassian.net", "atlassian.com", "stripe.com", "twilio.com",
		"gstatic.com", "cloudfront.net", "nvidia.com", "amd.com", "intel.com", "habana.ai", "infracost.io", "pulumi.com",
		"env0.com", "nmap.org", "googleusercontent.com", "kubecost.com", "opencost.io", "upbound.io", "crossplane.io",
		"argoproj.io", "x-k8s.io", "karpenter.sh", "cert-manager.io", "fluxcd.io", "istio.io", "linkerd.io",
		"external-secrets.io", "kyverno.io", "keda.sh", "knative.dev", "tekton.dev", "opentelemetry.io", "serverless.com",
		// tools whose files and user agents name their vendor: draw.io, Structurizr, Postman, k6,
		// Grafana Cloud, GitLab Pages; LocalStack's name for the local emulator
		// (sqs.us-east-1.localhost.localstack.cloud resolves to 127.0.0.1)
		"diagrams.net", "draw.io", "structurizr.com", "getpostman.com", "postman.com", "k6.io", "grafana.net",
		"gitlab.io", "localstack.cloud",
		// package mirrors and time servers a host's own configuration names
		"amazonlinux.com", "ntp.org", "rubygems.org", "maven.org", "nodejs.org", "nuget.org", "crates.io",
		"rust-lang.org", "gradle.org", "centos.org", "rockylinux.org", "almalinux.org", "alpinelinux.org",
		"kernel.org", "gnu.org", "suse.com", "opensuse.org", "snapcraft.io", "launchpad.net",
		// platforms and CI services the estate runs on (not those that give each customer a
		// subdomain: openshiftapps.com, harness.io, teamcity.com)
		"openshift.com", "k3s.io", "rancher.io", "rancher.com", "vmware.com", "backstage.io", "sonarqube.org",
		"buildkite.com", "octopus.com", "circleci.com", "youtube.com", "amazonwebservices.com", "amazongamelift.com", "amazonworkspaces.com",
		// alerting and paste services an estate's rules and integrations name
		"opsgenie.com", "pastebin.com", "victorops.com", "datadog.com", "mongodb.com", "salesforce.com", "shopify.com",
		// SaaS that reads an account through a role and gives no customer a subdomain (New Relic's
		// ingest endpoints, Airbyte Cloud, Fivetran; not Databricks' or Snowflake's, which do)
		"nr-data.net", "airbyte.com", "fivetran.com",
		// the blocklists a rejection cites (not the mailbox providers: a person's address there is theirs)
		"spamhaus.org", "spamcop.net", "barracudacentral.org",
		// the IM platforms whose bots alarms post to in China: WeCom (qyapi.weixin.qq.com), DingTalk, Feishu/Lark
		"qq.com", "dingtalk.com", "feishu.cn", "larksuite.com",
		// DNS's own infrastructure and registries' servers a trace or a WHOIS names; supply-chain
		// specifications' type URLs (in-toto statements, SLSA provenance)
		"root-servers.net", "gtld-servers.net", "icann.org", "iana.org", "verisign-grs.com", "jprs.jp", "gabia.net",
		"in-toto.io", "slsa.dev", "sigstore.dev", "spdx.org", "cyclonedx.org", "openid.net", "xmlsoap.org", "oasis-open.org",
		// tools whose tag and label keys name their own domain (alpha.eksctl.io/cluster-name)
		"eksctl.io":
		return true
	}
	return hasPrefix([]byte(d), "nic.") // a registry's name servers: dns1.nic.uk, a.nic.coffee
}

// dkimToken: 32 lower-case letters and digits with a digit (SES's Easy DKIM tokens).
func dkimToken(v []byte) bool {
	digit := false
	for _, c := range v {
		if !isLower(c) && !isDigit(c) {
			return false
		}
		digit = digit || isDigit(c)
	}
	return digit
}

// dnsServiceLabels returns the length of the DNS record's service labels b starts with,
// after the '_' that opens them (_dmarc., _amazonses., _domainkey., _acme-challenge.,
// _mta-sts.), with the SRV locator labels that follow (_ldap._tcp.dc._msdcs.: Active
// Directory's), or 0.
func dnsServiceLabels(b []byte) int {
	p := 0
	for {
		l := dnsLabel(b[p:])
		if l == 0 {
			return p
		}
		p += l
		switch {
		case p < len(b) && b[p] == '_':
			p++ // the next service label
		case hasPrefix(b[p:], "dc._msdcs.") || hasPrefix(b[p:], "gc._msdcs.") || hasPrefix(b[p:], "pdc._msdcs."):
			p += bytes.IndexByte(b[p:], '_') + 1
		default:
			return p
		}
	}
}

// dnsLabel returns the length of the DNS service label (with its dot) b starts with, or 0.
func dnsLabel(b []byte) int {
	for _, l := range [...]string{"dmarc.", "amazonses.", "domainkey.", "acme-challenge.", "mta-sts.", "smtp._tls.",
		"ldap.", "kerberos.", "kpasswd.", "gc.", "msdcs.", "sip.", "sipfederationtls.", "tcp.", "udp.", "tls."} {
		if hasPrefix(b, l) {
			return len(l)
		}
	}
	return 0
}

// matchURL handles what only the URL shape reveals: s3:// buckets, path-style S3 buckets,
// SQS queue paths, EKS OIDC issuer IDs, and passwords in user-info (scheme://user:pass@host).
func matchURL(s *scanState, i, ri int) int {
	if s.inURL {
		return -1
	}
	text := s.text
	n := len(text)
	k := i
	for k < n && k-i < 12 && (isLetter(text[k]) || isDigit(text[k]) || text[k] == '+') {
		k++
	}
	if k+2 < n && text[k] == ':' && text[k+1] == '@' && string(text[i:k]) == "thin" && i >= 7 && string(text[i-7:i]) == "oracle:" {
		return s.oracleThin(k+2, ri)
	}

	if k+3 > n || text[k] != ':' || text[k+1] != '/' || text[k+2] != '/' {
		return -1
	}
	scheme := text[i:k]
	if i > 0 && text[i-1] == '+' {
		b := i - 1 // mongodb+srv://: the word starts after the '+'
		for b > 0 && (isAlnum(text[b-1]) || text[b-1] == '+') {
			b--
		}
		scheme = text[b:k]
	}
	h := k + 3
	if hasPrefixFold(scheme, "s3") && (len(scheme) <= 3 || string(scheme) == "s3ssl") || hasSuffix(scheme, "+s3") {
		// (MediaLive's s3ssl:// inputs, driftctl's tfstate+s3://)
		e := h
		for e < n && (isHostByte(text[e]) || text[e] == '_') {
			e++
		}
		for e > h && text[e-1] == '.' {
			e--
		}
		if e > h {
			if b := text[h:e]; !awsOwnedBucket(b) && !keepSegment(b) && !placeholder(b) {
				s.emit(h, e, "s3-bucket", ri)
			} else {
				s.bucketAccount(h, e, ri)
			}
		}
		return e
	}
	if end := s.urlCredentials(scheme, h, ri); end > h {
		if e := s.codeCatalyst(end, ri); e > end {
			return e
		}
		return end
	}
	if e := s.codeCatalyst(h, ri); e > h {
		return e
	}
	if hasPrefix(text[h:], "git@") {
		h += len("git@") // ssh://git@github.com/ORG/REPO.git (Terraform's git::ssh:// module sources): the host follows
	}
	// host [h, he2)
	host := hostAt(text, h)
	he2 := h + len(host)
	if he2 < n && text[he2] == '/' && codeHost(host) {
		return s.repoPath(he2+1, ri)
	}
	if string(host) == "api.github.com" && hasPrefix(text[he2:], "/repos/") {
		return s.repoPath(he2+len("/repos/"), ri) // GitHub's REST API: /repos/ORG/REPO/...
	}
	if he2 < n && hasPrefix(text[he2:], "/integration/") && hasSuffix(host, "pagerduty.com") {
		// PagerDuty's Events API v1: the integration key is the path's second segment
		p := he2 + len("/integration/")
		pe := p
		for pe < n && isAlnum(text[pe]) {
			pe++
		}
		if pe-p >= 20 {
			s.emit(p, pe, "api-key", ri)
		}
		return pe
	}
	if string(scheme) == "queue" || string(scheme) == "topic" {
		// an ActiveMQ destination, queue://NAME (its broker's own, ActiveMQ.Advisory.*, stay)
		e := h
		for e < n && (isWord(text[e]) || text[e] == '.' || text[e] == '-') {
			e++
		}
		for e > h && text[e-1] == '.' {
			e--
		}
		if v := text[h:e]; e > h && acceptValue(v, "resource-name", modeName) {
			s.emit(h, e, "mq-destination", ri)
		}
		return e
	}
	if he2 < n && text[he2] == '/' && (string(scheme) == "rtmp" || string(scheme) == "rtmps") {
		// a streaming ingest URL, rtmp://HOST/APP/KEY: the last segment is the stream's key
		// (YouTube's, Twitch's, an IVS channel's), a credential
		pe := he2
		for pe < n && (isAlnum(text[pe]) || text[pe] == '/' || text[pe] == '-' || text[pe] == '_' || text[pe] == '.') {
			pe++
		}
		if l := bytes.LastIndexByte(text[he2:pe], '/'); l > 0 {
			if ks := he2 + l + 1; pe-ks >= 12 && hasDigitByte(text[ks:pe]) {
				s.emit(ks, pe, "stream-key", ri)
			}
		}
		return pe
	}
	if he2 < n && text[he2] == '/' && webhookHost(host, text[he2:]) {
		// the path of an incoming webhook is its credential; a host of the customer's
		// (Mattermost's server, Teams' TENANT.webhook.office.com) is masked as hosts are
		if isAlnum(text[h]) {
			matchHost(s, h, ri)
		}
		p, pe := he2+1, he2+1
		for pe < n && !arnStop(text[pe]) {
			pe++
		}
		s.emit(p, pe, "webhook-secret", ri)
		return pe
	}
	if he2+37 < n && text[he2] == '/' && (string(host) == "sts.windows.net" || string(host) == "login.microsoftonline.com") &&
		isUUID(text[he2+1:he2+37]) && !isAlnum(text[he2+37]) {
		// an Entra ID (Azure AD) tenant: the federation's SAML issuer or OIDC authority
		s.emit(he2+1, he2+37, "tenant", ri)
		return he2 + 37
	}
	if he2 >= n || text[he2] != '/' || !hasSuffixFold(host, ".amazonaws.com") {
		return -1
	}
	p := he2 + 1
	pe := p
	for pe < n && !arnStop(text[pe]) && text[pe] != '/' {
		pe++
	}
	switch {
	case hasPrefixFold(host, "s3.") || hasPrefixFold(host, "s3-"):
		if pe > p && !awsOwnedBucket(text[p:pe]) && !placeholder(text[p:pe]) && (string(text[p:pe]) != "doc" || !hasPrefix(text[pe:], "/2006-03-01")) {
			// (http://s3.amazonaws.com/doc/2006-03-01/ is the S3 API's XML namespace)
			s.hostDone = he2
			s.awsHost(h, he2, ri)
			s.emit(p, pe, "s3-bucket", ri)
			return pe
		}
	case hasPrefixFold(host, "sqs.") || hasPrefixFold(host, "queue."):
		if pe-p == 12 && allDigits(text[p:pe]) && pe < n && text[pe] == '/' {
			q := pe + 1
			qe := q
			for qe < n && !arnStop(text[qe]) && text[qe] != '/' {
				qe++
			}
			for qe > q && (text[qe-1] == '.' || text[qe-1] == ':') {
				qe-- // (a log's "QUEUE_URL: message": the colon is the sentence's)
			}
			s.emit(p, pe, "account-id", ri)
			if qe > q {
				s.emit(q, qe, "sqs-queue-name", ri)
			}
			return qe
		}
	case hasPrefixFold(host, "git-codecommit."):
		// https://git-codecommit.REGION.amazonaws.com/v1/repos/NAME (and ssh://): the repository
		if string(text[p:pe]) == "v1" && hasPrefix(text[pe:], "/repos/") {
			q := pe + len("/repos/")
			qe := q
			for qe < n && (isWord(text[qe]) || text[qe] == '-' || text[qe] == '.') {
				qe++
			}
			for qe > q && text[qe-1] == '.' {
				qe--
			}
			if qe > q {
				s.emit(q, qe, "codecommit-repository", ri)
			}
			return qe
		}
	case hasPrefixFold(host, "scim."):
		// IAM Identity Center's SCIM endpoint: scim.REGION.amazonaws.com/<tenant ID>/scim/v2
		if pe-p >= 8 && hasPrefix(text[pe:], "/scim") {
			s.emit(p, pe, "scim-tenant-id", ri)
			return pe
		}
	case hasPrefixFold(host, "oidc.eks."):
		if string(text[p:pe]) == "id" && pe < n && text[pe] == '/' {
			q := pe + 1
			qe := q
			for qe < n && isAlnum(text[qe]) {
				qe++
			}
			if qe > q {
				s.emit(q, qe, "eks-endpoint-id", ri)
			}
			return qe
		}
	}
	return -1
}

// nameRun returns the end of the name at k: letters, digits, '-', '_', '.' (and '@' when at
// is set, for a session name that is an e-mail address), without a sentence's full stops.
func nameRun(text []byte, k int, at bool) int {
	e := k
	for e < len(text) && (isAlnum(text[e]) || text[e] == '-' || text[e] == '_' || text[e] == '.' || at && text[e] == '@') {
		e++
	}
	for e > k && text[e-1] == '.' {
		e--
	}
	return e
}

// placeholder: template and redaction values that are not secrets ("${PASSWORD}", "****").
// codeHost: public code hosts, whose URL paths start with the customer's organisation and
// repository (https://github.com/acme-corp/payments-api/tree/main).
func codeHost(h []byte) bool {
	switch string(h) {
	case "github.com", "www.github.com", "gitlab.com", "bitbucket.org":
		return true
	}
	return false
}

// repoSegEnd returns the end of the path segment at a that names an organisation, a project
// or a repository: name bytes, without a sentence's full stop or the clone URL's ".git" (the
// repository is the name before it).
func repoSegEnd(text []byte, a int) int {
	e := a
	for e < len(text) && isKeyByte(text[e]) {
		e++
	}
	for e > a && text[e-1] == '.' {
		e--
	}
	if e-a > 4 && hasSuffix(text[a:e], ".git") {
		e -= 4
	}
	return e
}

// repoPath masks ORG/REPO at p (the path after a code host) and returns where it stopped, or
// -1. Paths of the host's own pages (/settings, /features, /orgs) are not an organisation.
func (s *scanState) repoPath(p, ri int) int {
	text := s.text
	oe := repoSegEnd(text, p)
	if oe == p || oe-p > 64 {
		return -1
	}
	switch string(text[p:oe]) {
	case "settings", "features", "orgs", "login", "marketplace", "apps", "sponsors", "topics", "about",
		"pricing", "enterprise", "search", "explore", "aws", "aws-samples", "awslabs", "aws-actions",
		"actions", "hashicorp", "kubernetes", "kubernetes-sigs", "golang", "docker", "github", "gitlab-org",
		"terraform-aws-modules", "aws-ia", "aws-solutions", "aws-cloudformation", "aws-observability", "cloudposse",
		"prometheus-community", "bitnami", "helm", "open-telemetry", "serverless":
		return -1 // GitHub's own pages and well-known public organisations
	}
	if oe < len(text) && text[oe] == '/' {
		if re := repoSegEnd(text, oe+1); re > oe+1 && hasPrefix(text[re:], "/security/advisories/") {
			return re // a public project's advisory (github.com/urllib3/urllib3/security/advisories/GHSA-...)
		}
	}
	s.emit(p, oe, "github-org", ri)
	if oe < len(text) && text[oe] == '/' {
		if re := repoSegEnd(text, oe+1); re > oe+1 {
			s.emit(oe+1, re, "github-repo", ri)
			return re
		}
	}
	return oe
}

// urlCredentials handles scheme://user:password@host... from h, the byte after "//": the
// password (any bytes but blanks, quotes, '/' and '@': passwords are pasted unencoded), and,
// for a database URL, the user name, the host and the database name in the path
// (postgresql://app:pw@db.example.com:5432/orders). It returns where it stopped, or -1.
func (s *scanState) urlCredentials(scheme []byte, h, ri int) int {
	text := s.text
	n := len(text)
	db := databaseScheme(scheme)
	he := h
	for he < n && he-h < 256 && text[he] > ' ' && text[he] < 0x7f && text[he] != '/' && text[he] != '@' &&
		text[he] != '"' && text[he] != '\'' && text[he] != '`' && text[he] != '\\' && text[he] != '<' && text[he] != '>' {
		he++
	}
	end := -1
	for q := he + 1; he < n && text[he] == '@' && q < n && q-h < 256; q++ {
		// a password with '@' in it, pasted unencoded: the host follows the last '@'
		c := text[q]
		if c <= ' ' || c >= 0x7f || c == '/' || c == '"' || c == '\'' || c == '`' || c == '\\' || c == '<' || c == '>' {
			break
		}
		if c == '@' {
			he = q
		}
	}
	if he < n && text[he] == '@' && he > h {
		ue := bytes.IndexByte(text[h:he], ':')
		if ue < 0 {
			ue = he - h
		}
		ue += h
		if ue > h && ue+1 < he && !placeholder(text[h:ue]) && !genericDBName(text[h:ue]) && !stopWord(text[h:ue]) &&
			!tokenUser(text[h:ue]) {
			typ := "db-username"
			if !db {
				typ = "username" // http://svc_etl_proxy:PASSWORD@proxy: a proxy or basic-auth user
			}
			s.emit(h, ue, typ, ri)
			end = ue
		} else if db && ue > h && !placeholder(text[h:ue]) && !genericDBName(text[h:ue]) {
			s.emit(h, ue, "db-username", ri)
			end = ue
		}
		if ue+1 < he && !placeholder(text[ue+1:he]) {
			s.emit(ue+1, he, "password", ri)
			end = he
		} else if ue == he && !db && secretLike(text[h:he]) {
			s.emit(h, he, "password", ri) // https://TOKEN@host: a token as the user (Sentry DSNs, Git remotes)
			end = he
		} else if ue == he && !db && ue > h && !placeholder(text[h:ue]) && !genericDBName(text[h:ue]) && !stopWord(text[h:ue]) &&
			!tokenUser(text[h:ue]) && hasLetterRun(text[h:ue], 2) {
			s.emit(h, he, "username", ri) // https://USER@host/: a user name, not an e-mail (git.REGION.codecatalyst.aws)
			end = he
		}
		if end < 0 {
			return -1
		}
		h, end = he+1, he+1
	}
	if !db {
		return end
	}
	// the host (names, endpoints and addresses get their own types), a port, then the database
	k := h
	for k < n && (isHostByte(text[k]) || text[k] == '_') {
		k++
	}
	if k == h {
		return end
	}
	s.inURL = true // the host is not itself a URL: no recursion through postgres://a@postgres://...
	if e := s.tryStructural(h); e > k {
		k = e
	}
	s.inURL = false
	for k < n && (text[k] == ':' || isDigit(text[k]) || text[k] == ',') {
		k++ // :5432, or the other members of a replica set (mongodb://a:1,b:2/)
	}
	if k >= n || text[k] != '/' {
		return k
	}
	return s.databaseName(k+1, ri)
}

// hostAt returns the host name that starts at h. Its first label may be a token
// (AWS_CUSTOMER_DOMAIN_001.datadoghq.com): masked text is read as its original was.
func hostAt(text []byte, h int) []byte {
	e := h
	if h < len(text) && text[h] == 'A' {
		if t := tokenEnd(text, h); t > 0 && t < len(text) && text[t] == '.' {
			e = t
		}
	}
	for e < len(text) && isHostByte(text[e]) {
		e++
	}
	return text[h:e]
}

// codeCatalyst masks the space, project and repository in a CodeCatalyst URL at h, its host:
// a clone URL (git.REGION.codecatalyst.aws/v1/SPACE/PROJECT/REPO) or the console's
// (codecatalyst.aws/spaces/SPACE/projects/PROJECT/source-repositories/REPO/...). It returns
// where it stopped, or -1.
func (s *scanState) codeCatalyst(h, ri int) int {
	text := s.text
	host := hostAt(text, h)
	p := h + len(host)
	if !hasSuffix(host, "codecatalyst.aws") || p >= len(text) || text[p] != '/' {
		return -1
	}
	var words [3]string // the path word before each name, "" for none
	switch {
	case hasPrefix(host, "git.") && hasPrefix(text[p:], "/v1/"):
		p += len("/v1")
	case string(host) == "codecatalyst.aws" && hasPrefix(text[p:], "/spaces/"):
		words = [3]string{"spaces", "projects", "source-repositories"}
	default:
		return -1
	}
	types := [3]string{"codecatalyst-space", "codecatalyst-project", "code-repository"}
	end := -1
	for k := range words {
		if p >= len(text) || text[p] != '/' || !hasPrefix(text[p+1:], words[k]) {
			break
		}
		a := p + 1 + len(words[k])
		if words[k] != "" {
			if a >= len(text) || text[a] != '/' {
				break
			}
			a++
		}
		e := repoSegEnd(text, a)
		if e == a {
			break
		}
		s.emit(a, e, types[k], ri)
		p, end = e, e
	}
	s.hostDone = h + len(host)
	return end
}

// tokenUser: the fixed user names of token authentication in URLs (https://aws:TOKEN@ for
// CodeArtifact, x-access-token:TOKEN@ for GitHub, oauth2:TOKEN@ for GitLab).
func tokenUser(u []byte) bool {
	switch string(u) {
	case "aws", "x-access-token", "oauth2", "git", "token", "x-token-auth", "gitlab-ci-token", "bearer", "apikey", "AWS":
		return true
	}
	return false
}

// webhookHost reports whether host and path are an incoming-webhook URL, whose path is the
// secret (Slack, Discord, Microsoft Teams).
func webhookHost(host, path []byte) bool {
	switch {
	case string(host) == "hooks.slack.com":
		return hasPrefix(path, "/services/") || hasPrefix(path, "/workflows/") || hasPrefix(path, "/triggers/") ||
			hasPrefix(path, "/commands/") || hasPrefix(path, "/actions/") // (a slash command's or an action's response_url)
	case string(host) == "discord.com" || string(host) == "discordapp.com":
		return hasPrefix(path, "/api/webhooks/")
	case hasSuffix(host, ".webhook.office.com"):
		return true
	case hasSuffix(host, ".sumologic.com"):
		return hasPrefix(path, "/receiver/v1/") // a hosted collector's HTTP source: its URL is its credential
	case hasPrefix(path, "/hooks/") && len(path) >= 33 && (len(path) == 33 || !isAlnum(path[33])):
		// Mattermost's incoming webhooks, on the customer's own server: /hooks/<26 lower-case letters and digits>
		for _, c := range path[7:33] {
			if !isLower(c) && !isDigit(c) {
				return false
			}
		}
		return true
	}
	return false
}

// oracleThin handles the Oracle JDBC thin form, which is not a URL: after "jdbc:oracle:thin:@"
// come an optional "//", the host, the port, and the service name after '/' or the SID after
// ':' (jdbc:oracle:thin:@//10.0.0.5:1521/INVPROD, jdbc:oracle:thin:@db.acme.internal:1521:ORCL).
// h is the offset after '@'.
func (s *scanState) oracleThin(h, ri int) int {
	text := s.text
	n := len(text)
	if h+1 < n && text[h] == '/' && text[h+1] == '/' {
		h += 2
	}
	k := h
	for k < n && isHostByte(text[k]) {
		k++
	}
	if k == h {
		return -1
	}
	s.inURL = true
	if e := s.tryStructural(h); e > k {
		k = e
	}
	s.inURL = false
	if k+1 >= n || text[k] != ':' || !isDigit(text[k+1]) {
		return k
	}
	k++
	for k < n && isDigit(text[k]) {
		k++
	}
	if k >= n || text[k] != '/' && text[k] != ':' {
		return k
	}
	return s.databaseName(k+1, ri)
}

// databaseName masks the database (or Oracle service) name that starts at d, after a
// connection string's host and port, unless it is a placeholder or a default name. It returns
// the end of the name.
func (s *scanState) databaseName(d, ri int) int {
	text := s.text
	de := d
	for de < len(text) && (isAlnum(text[de]) || text[de] == '_' || text[de] == '-' || text[de] == '.' || text[de] == '$') {
		de++
	}
	if de > d && !placeholder(text[d:de]) && !genericDBName(text[d:de]) {
		s.emit(d, de, "database-name", ri)
	}
	return de
}

// customerHost masks the customer's host name [i, e) and what its line says with it: the
// database after HOST:PORT/ (oradb01.corp.example.com:1521/WMSPRD, Oracle's EZConnect service),
// or its alias on a hosts file's line. It returns where it stopped.
func (s *scanState) customerHost(i, e, ri int) int {
	s.emit(i, e, "customer-domain", ri)
	if d := dbPortPath(s.text, e); d > 0 {
		return s.databaseName(d, ri)
	}
	return s.hostsAlias(i, e, ri)
}

// dbPortPath returns where the database name starts after a host that ends at e, written
// HOST:PORT/NAME with a database's port (Oracle's EZConnect, 1521/1522; PostgreSQL, MySQL, SQL
// Server, Redshift, Db2), or 0.
func dbPortPath(text []byte, e int) int {
	if e+7 > len(text) || text[e] != ':' {
		return 0
	}
	p := e + 1
	for p < len(text) && p-e <= 6 && isDigit(text[p]) {
		p++
	}
	if p >= len(text) || text[p] != '/' || p+1 >= len(text) || !isLetter(text[p+1]) {
		return 0
	}
	switch string(text[e+1 : p]) {
	case "1521", "1522", "5432", "3306", "1433", "5439", "50000":
		return p + 1
	}
	return 0
}

// secretLike: at least 16 bytes of letters and digits (and - _), with both: a generated
// token rather than a name.
func secretLike(v []byte) bool {
	if len(v) < 16 {
		return false
	}
	var cls uint8
	for _, c := range v {
		if !isAlnum(c) && c != '-' && c != '_' {
			return false
		}
		cls |= byteClass[c]
	}
	return cls&clDigit != 0 && cls&clLetter != 0
}

// genericDBName: default and generic user and database names, which say nothing about the
// customer (masking "app" would also mask the word everywhere else in the request).
func genericDBName(v []byte) bool {
	if len(v) <= 2 {
		return true
	}
	var buf [16]byte
	w, ok := foldASCII(buf[:], v)
	if !ok {
		return false
	}
	switch string(w) {
	case "app", "admin", "root", "postgres", "user", "master", "mysql", "test", "default", "guest", "dbo",
		"public", "main", "data", "db0", "db1", "local", "sys", "system", "oracle", "orcl", "xe", "xepdb1", "orclpdb1",
		"orclcdb", "cdb1", "pdb1":
		return true
	}
	return false
}

// databaseScheme: URL schemes of databases, whose user and database names are the customer's.
func databaseScheme(scheme []byte) bool {
	var buf [12]byte
	w, ok := foldASCII(buf[:], scheme)
	if !ok {
		return false
	}
	switch string(w) {
	case "postgres", "postgresql", "mysql", "mariadb", "redshift", "mongodb", "mongodb+srv", "sqlserver",
		"oracle", "redis", "rediss", "amqp", "amqps", "clickhouse", "cassandra", "neo4j", "memcached":
		return true
	}
	return false
}

// k8sSystemNamespace: the namespaces of Kubernetes' and its common add-ons' own services.
func k8sSystemNamespace(ns []byte) bool {
	if hasPrefix(ns, "kube-") || hasPrefix(ns, "istio-") || hasPrefix(ns, "amazon-") || hasPrefix(ns, "aws-") {
		return true
	}
	switch string(ns) {
	case "default", "monitoring", "logging", "cert-manager", "ingress-nginx", "argocd", "karpenter", "observability",
		"prometheus", "grafana", "external-dns", "external-secrets", "keda", "linkerd", "flux-system", "gatekeeper-system",
		"kyverno", "velero", "tigera-operator", "calico-system", "opentelemetry", "opentelemetry-operator-system":
		return true
	}
	return false
}

// placeholder reports a value that stands for another: a variable ($X, ${X}; a crypt hash,
// $6$..., is a value), a template ({{x}}, <x>, %s), a wildcard or a Terraform reference.
func placeholder(v []byte) bool {
	if len(v) == 0 {
		return true
	}
	switch v[0] {
	case '$':
		return !cryptHash(v)
	case '{', '<', '*', '%':
		return true
	}
	return string(v) == "FUZZ" || hclReference(v) // (ffuf's placeholder: https://FUZZ.s3.amazonaws.com/)
}

// hclReference: a Terraform expression that names a value instead of holding it
// (var.db_password, local.tags, module.db.endpoint, data.aws_caller_identity.current.account_id;
// data.example.com is a host).
func hclReference(v []byte) bool {
	for _, p := range [...]string{"var.", "local.", "module.", "data.aws_", "data.terraform_", "each.", "count."} {
		if hasPrefix(v, p) && len(v) > len(p) && isLetter(v[len(p)]) {
			for _, c := range v[len(p):] {
				if !isWord(c) && c != '.' && c != '[' && c != ']' && c != '"' {
					return false
				}
			}
			return true
		}
	}
	return false
}

// loggerLevel reports a log level set for the logger named before k: ": DEBUG" (Spring's
// logging.level map), "=INFO" (a properties file's logging.level.x=INFO).
func loggerLevel(text []byte, k int) bool {
	if k >= len(text) || text[k] != ':' && text[k] != '=' {
		return false
	}
	v := skipBlanks(text, k+1)
	e := v
	for e < len(text) && e-v <= 7 && isLetter(text[e]) {
		e++
	}
	if e < len(text) && (isAlnum(text[e]) || text[e] == '-' || text[e] == '.') {
		return false
	}
	var buf [8]byte
	w, ok := lowerASCII(buf[:], text[v:e])
	if !ok {
		return false
	}
	switch string(w) {
	case "debug", "info", "warn", "warning", "error", "trace", "fatal", "off":
		return true
	}
	return false
}

// apiGroupVersion reports a Kubernetes API group and its version at text[i:e]+"/vN..."
// (kubeflow.org/v1, serving.kserve.io/v1beta1) standing alone, not in a URL.
func apiGroupVersion(text []byte, i, e int) bool {
	if e+2 >= len(text) || text[e] != '/' || text[e+1] != 'v' || !isDigit(text[e+2]) || i >= 2 && text[i-1] == '/' && text[i-2] == '/' {
		return false
	}
	p := e + 3
	for p < len(text) && p-e < 12 && (isLower(text[p]) || isDigit(text[p])) {
		p++
	}
	if p < len(text) && text[p] != ' ' && text[p] != '\n' && text[p] != '\r' && text[p] != '"' && text[p] != '\'' && text[p] != ',' {
		return false
	}
	return apiVersionWord(text[e+1 : p])
}

// apiVersionWord reports an API version: v, a major version, and nothing or alpha/beta and a
// number after it (v1, v2beta1, v1alpha).
func apiVersionWord(l []byte) bool {
	if len(l) < 2 || l[0] != 'v' || !isDigit(l[1]) {
		return false
	}
	d := 2
	for d < len(l) && isDigit(l[d]) {
		d++
	}
	r := l[d:]
	switch {
	case hasPrefix(r, "alpha"):
		r = r[5:]
	case hasPrefix(r, "beta"):
		r = r[4:]
	}
	return len(r) == 0 || allDigits(r)
}

// zoneCaseEnding: a grammatical ending after a zone's name (Basque -ra, -tik, -ko, -ean), not a
// name's word (us-east-1a-db, -app, -web, -dev, -prd: a subnet's or a host's name).
func zoneCaseEnding(w []byte) bool {
	switch string(w) {
	case "db", "app", "web", "dev", "prd", "stg", "pub", "prv", "api", "dmz", "nat", "eks", "ecs", "rds", "vpn", "mgmt", "data", "prod":
		return false
	}
	return true
}

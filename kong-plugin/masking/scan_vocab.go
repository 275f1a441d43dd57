package masking

import (
	"bytes"
	"unicode"
)

// Value judgement: whether a value a context rule found is a name to mask or vocabulary to
// keep (AWS words, instance types, error codes, versions, generic parts of names).

// acceptValue rejects values that are not identifiers: empty, placeholders, AWS vocabulary
// (regions, states, instance types, managed names) and for bare names, plain words.
func acceptValue(v []byte, typ string, mode valueMode) bool {
	if typ == "s3-etag" {
		// an S3 object's ETag: 32 hex digits, with -N for a multipart upload's (CloudFront's
		// and other APIs' ETags, E2VCM1ZK0X8FQH, are a configuration's version: If-Match needs it)
		h := v
		if d := bytes.IndexByte(v, '-'); d > 0 && allDigits(v[d+1:]) {
			h = v[:d]
		}
		return len(h) == 32 && allHex(h)
	}
	if typ == "s3-version-id" {
		// an S3 object version's ID: 32 to 34 bytes of letters in both cases, digits, '.', '_'
		// and '+' (3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY)
		var cls uint8
		for _, c := range v {
			if !isAlnum(c) && c != '.' && c != '_' && c != '+' {
				return false
			}
			cls |= byteClass[c]
		}
		return len(v) >= 32 && len(v) <= 34 && cls&clUpper != 0 && cls&clLower != 0 && cls&clDigit != 0
	}
	if typ == awsWords {
		return false // AWS's own words under their key, in a table's column too
	}
	if typ == personRole {
		return personName(v) // a person's name where a role's key stands (a table's | Manager | column)
	}
	if typ == "tag-value" && classificationWord(v) {
		return false // a data classification or a compliance scope ("data-classification": "phi"): what a review reads
	}
	if typ == "device-id" {
		// a device's own name (HDX-KR-004417), with a digit and a joiner: not a kind of device
		// (mobile, GPU), a path (/dev/xvda), a PyTorch device (cuda:0) or an interface (eth0)
		return len(v) >= 5 && v[0] != '/' && hasDigitByte(v) && bytes.ContainsAny(v, "-_") && !bytes.ContainsAny(v, ": /")
	}
	if typ == "cfn-stack-name" && bytes.ContainsAny(v, " ()") {
		return false // a stack trace's lines ("stack": ["Error: ...", "    at f (node:net:1607:16)"]): a stack's name has no blank
	}
	if typ == "lambda-function-name" && bytes.ContainsAny(v, " ().") {
		return false // a function's signature in a table's Function column (func bytes.Compare([]byte, []byte) int): a Lambda name has no blank, parenthesis or dot (errors.Wrap function)
	}
	if len(v) == 71 && hasPrefix(v, "sha256:") && allHex(v[7:]) {
		return false // an image digest: content's hash, never a secret or a name
	}
	if len(v) == 36 && (cloudFrontManagedPolicy(v) || drmSystemID(v)) {
		return false // "CachePolicyId": a policy AWS manages, the same in every account; a DRM system's public ID
	}
	if len(v) == 11 && typ == "resource-id" && hasPrefix(v, "pl-") && allHex(v[3:]) {
		return false // an AWS-managed prefix list (8 hex digits; a customer's has 17) in a PrefixListId column
	}
	if len(v) >= 4 && (v[0] == 'v' || v[0] == 'V') && isDigit(v[1]) && hasByte(v, '.') && mode != modeSecret && versionLike(v) {
		return false // a version (a Sentry event's "node": "v20.17.0" tag), never a name
	}
	if len(v) > 4 && (v[0] == 'E' && hasPrefix(v, "ENC[") || (v[0] == 'N' || v[0] == 'B' || v[0] == 'W' || v[0] == 'F') && windowsDomainAccount(v)) {
		// sops's ciphertext (ENC[AES256_GCM,data:...]: the cipher stays readable); the accounts
		// of Windows' own domains (NT AUTHORITY\SYSTEM, NT SERVICE\x, Window Manager\DWM-1)
		return false
	}
	if hasPrefix(v, "service-role/") && len(v) > 13 && awsVocabulary(v[13:]) {
		return false // service-role/AWSBackupDefaultServiceRole: a role AWS creates
	}
	if mode != modeSecret && len(v) > 24 && bytes.IndexByte(v, '(') > 0 && bytes.Contains(v, []byte("=arn:")) {
		return false // an object's text form, IamRole(applyStatus=in-sync, iamRoleArn=arn:...): its fields are read one by one
	}
	if len(v) >= 2 && v[0] == '@' && (v[1] == '{' || v[1] == '(') && mode != modeSecret {
		return false // a PowerShell hashtable or array (-FilterHashtable @{LogName=...}): code, not a name
	}
	if len(v) == 0 || len(v) > 256 && mode != modeSecret || placeholder(v) || stopWord(v) || awsVocabulary(v) || awsLabelWord(v) {
		return false // awsLabelWord: service codes ("ServiceName": "guardduty"), regions, AWS host labels
	}
	alnum := 0
	for k, c := range v {
		if isAlnum(c) || c >= 0xe4 && c <= 0xed || c == 0xe3 && k+1 < len(v) && v[k+1] >= 0x81 && v[k+1] <= 0x83 {
			alnum++ // and the lead bytes of CJK ideographs, Hangul syllables and kana: names in those scripts
		}
	}
	if alnum == 0 || string(v) == "&gt;" || hasSuffixFold(v, ".exe") || hasSuffixFold(v, ".dll") || hasPrefix(v, "ActiveMQ.") || hasPrefix(v, "amq.") || string(v) == "open-access" {
		// (ActiveMQ's wildcard for every destination, "&gt;" in XML; a program's file, w3wp.exe;
		// its advisory topics; RabbitMQ's own exchanges; MemoryDB's default ACL)
		return false
	}
	if d := bytes.IndexByte(v, '.'); d > 0 && len(v) < 40 && bytes.IndexByte(v[d+1:], '.') < 0 && isLower(v[0]) && publicServiceDomain(string(v)) {
		return false // a public service's domain ("CreatedBy": "zendesk.com", a SaaS partner's name)
	}
	if bytes.Contains(v, []byte("awsdns-")) || bytes.Contains(v, []byte("-starport-layer-bucket")) || hasSuffix(v, ".k8s.aws") ||
		hasSuffix(v, ".k8s.io") {
		return false // Route 53's name servers; ECR's layer buckets (prod-eu-central-1-starport-layer-bucket); API groups (karpenter.k8s.aws)
	}
	if hasPrefix(v, "process.env.") || hasPrefix(v, "import.meta.env.") || hasPrefix(v, "os.environ") ||
		len(v) > 1 && v[len(v)-1] == '!' && allLetters(v[:len(v)-1]) && isUpper(v[0]) {
		return false // code reading a variable: userPoolId: process.env.X!, privateKey: SecretString!
	}
	if typ == listedTag {
		if sp := bytes.LastIndexByte(v, ' '); sp > 0 && sp+1 < len(v) && (isDigit(v[sp+1]) || v[sp+1] == 'v') && versionLike(v[sp+1:]) {
			return false // "BuiltBy": "packer 1.10.0": a tool and its version
		}
		return !allLetters(v) && acceptValue(v, "tag-value", mode)
	}
	if typ == idOrName {
		return acceptValue(v, "resource-id", mode) || acceptValue(v, "resource-name", mode)
	}
	if typ == appConfigID {
		if _, _, ok := lowerDigits(v, 7); len(v) == 7 && ok {
			return true
		}
		if reverseDomain(v) && !hasPrefix(v, "com.amazon") && !hasPrefix(v, "aws.") {
			return true // an Android application's ID (applicationId = "in.tandemride.rider"): the customer's domain reversed
		}
		typ = "resource-id"
	}
	if typ == cfnTypeName {
		return privateTypeName(v) // (AWS's types, AWS::S3::Bucket, and a GraphQL type's name, Query, are none)
	}
	if typ == "app-bundle-id" {
		return reverseDomain(v) // (the company's domain reversed, and the app)
	}
	if typ == "event-source" {
		return reverseDomain(v) // (AWS's aws.ec2, ec2.amazonaws.com and a path or a module's source are none)
	}
	if typ == "idp-name" {
		switch string(v) {
		case "COGNITO", "Google", "Facebook", "LoginWithAmazon", "SignInWithApple":
			return false // Cognito's own user directory and the social providers it knows by name
		}
	}
	if typ == "greengrass-component" {
		return !hasPrefix(v, "aws.") && len(v) >= 3 // (a customer's component is named like a Java package: com.acme.LineScanner)
	}
	if mode != modeSecret && codePath(v) {
		return false // "stack": "software.amazon.awssdk.core.exception.SdkClientException", "module": "botocore.exceptions"
	}
	switch mode {
	case modeSecret:
		if constantName(v) || len(v) < 6 || typ == "secret-access-key" && len(v) < 16 && !hasDigitByte(v) || redactionWord(v) ||
			hasSuffix(v, "EXAMPLEKEY") || hasPrefix(v, "-----BEGIN ") && hasSuffix(v, "-----") {
			// (AWS's documentation secret key; a PEM armour line alone, as a scanner's report
			// quotes it, without the key)
			// (an ExternalSecret's secretKey: password names the target's key; no AWS secret key
			// is so short; Terraform prints db_password = <sensitive>)
			return false
		}
		return true
	case modeDomain:
		return hasByte(v, '.') && customerDomain(v)
	}
	if typ == "api-name" {
		// an API's name in an inventory's API column (orders-api), not its kind (REST, HTTP) or words
		return hasLowerByte(v) && !hasByte(v, ' ') && acceptValue(v, "resource-name", mode)
	}
	if typ == "ecr-prefix" {
		// a name of the customer's (quokka-ghcr, platform-base), not the upstream's short name
		// the console offers (ghcr, quay, k8s, ecr-public, docker-hub)
		return bytes.ContainsAny(v, "-_/") && !hasPrefix(v, "ecr-public") && string(v) != "docker-hub" && acceptValue(v, "resource-name", mode)
	}
	if typ == "alarm-name" && pascalMetric(v) {
		return false // an alarm's metric or field named after the word alarm (アラーム: DatabaseMemoryUsagePercentage > 85%, 알람 StateReason)
	}
	if typ == "auth-session" {
		if len(v) < 64 {
			return false // (a session's state, "Session": "active", stays)
		}
		for _, c := range v {
			if !isAlnum(c) && c != '-' && c != '_' && c != '+' && c != '/' && c != '=' {
				return false
			}
		}
		return true
	}
	if typ == "access-key" {
		return len(v) >= 16 && (allHex(v) && hasDigitByte(v) && hasLetterRun(v, 1) || mixedCaseDigits(v) || credentialToken(v))
	}
	if typ == "header-secret" {
		return len(v) >= 16 && mixedCaseDigits(v) // (a header's ordinary values, application/json, max-age=600, stay)
	}
	if typ == "metric-namespace" {
		// a custom CloudWatch namespace names its owner (KitsunePay/Hosts, FernlinkWorker); a
		// Kubernetes namespace (lower case, no '/') and AWS's own are kept
		return (hasByte(v, '/') || hasUpperByte(v)) && !hasByte(v, ':') && !hasByte(v, '.') && !hasByte(v, ' ') && !awsMetricNamespace(v)
	}
	if typ == "ecs-service-name" && (len(v) <= 24 && allUpperSnake(v) || serviceWord(v) || serviceCode(v) || cfnNamespace(v) ||
		bytes.ContainsAny(v, " (),")) {
		// AWS Health's "service": "RISK", "ELASTICLOADBALANCING": a service code; awscurl's
		// --service healthlake; Tag Editor's Service column: ElasticLoadBalancingV2; a report's
		// Service column: "ledger (Aurora PostgreSQL 15.4, global)" (no service's name has a blank)
		return false
	}
	if typ == ecsTaskFamily && (instanceFamily(v) || osFamily(v) || engineFamily(v)) {
		return false // a reservation's "Family": "r6g": an instance family; a scanner's "OS": {"Family": "alpine"}
	}
	if typ == "secret-name" && hasPrefix(v, "aws/") {
		return false // a secret AWS creates (aws/directory-services/d-.../seamless-domain-join): its IDs are read on their own
	}
	if typ == "cli-profile" && (constantName(v) || allUpperLetters(v) || len(v) == 2 && v[1] == ':' || awsLabelWord(v)) {
		// a video encoder's "Profile": "HIGH", "HIGH_10BIT" (H.264's profiles), not a CLI profile;
		// a Windows drive ("Local Profile: C:\Users\x", whose user the path rule reads); a
		// profile named after the service it is for, as AWS's guides name it ([profile codecatalyst])
		return false
	}
	if typ == "customer-domain" && hasPrefix(v, "localhost:") {
		return false // a Host column's local socket (localhost:47110)
	}
	if typ == "database-name" && hasByte(v, ':') {
		return false // "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"]: a URN, not a schema
	}
	if typ == "email" && !hasByte(v, '@') && allLetters(v) {
		return false // "contact": "Loading dock B, call ...": a note, not an address (j.doe may be a user)
	}
	if typ == "iam-role-name" && (openSearchBuiltin(v) || string(v) == "READ_WRITE" || string(v) == "READ_ONLY") {
		// "roles": ["all_access", "security_manager"]: OpenSearch's own roles; an RDS Proxy
		// target's "Role": "READ_WRITE"
		return false
	}
	if (typ == "tag-value" || typ == "name") && ec2Family(v) {
		return false // a ParallelCluster compute resource or a Karpenter pool named by its family (- Name: hpc7a)
	}
	if typ == "name" {
		// a bare "Name"/"name" key: only values that identify something (not an API action,
		// which a --query may have called Name)
		if apiAction(v) || len(v) <= 12 && allUpperLetters(v) {
			return false // an enumeration's member ("TieringPolicy": {"Name": "AUTO"})
		}
		return specificName(v) || hasByte(v, ' ') && len(v) > 3 && !constantName(v) ||
			len(v) >= 12 && countByte(v, '-') >= 2 && !hasPrefix(v, "aws-") && !hasPrefix(v, "kube-")
	}
	if constantName(v) && len(typ) > 5 && typ[len(typ)-5:] == "-name" && typ != "iam-user-name" && typ != "db-username" && len(v) > 12 {
		return false // "ServiceName": "NFS_ON_DEVICE_SERVICE": an enumeration's member, not a resource
	}
	if len(typ) > 5 && typ[len(typ)-5:] == "-name" && !hasLetterRun(v, 1) {
		return false // "job queue: 0/0/0/0": no name without a letter
	}
	if (typ == "certificate-subject" || typ == "organization-name") && (publicIssuer(v) || hasPrefix(v, "Amazon ")) {
		return false // AWS's and public CAs' names (Amazon RSA 2048 M02, DigiCert Inc)
	}
	if typ == "tag-value" && isDigit(v[0]) && versionLike(v) {
		return false // {"python": "3.11"}: a tag that records a version
	}
	if typ == "iam-user-name" || typ == "tag-value" {
		if constantName(v) && !upperUserName(typ, v) || len(v) < 3 {
			// a user or tag field names someone or something, however short; an upper-case
			// constant is an enumeration's member (HIDDEN_DUE_TO_SECURITY_REASONS)
			return false
		}
	}
	if typ == "cluster-name" || typ == "group-name" || typ == "iam-policy-name" || typ == "ecr-repository" {
		if constantName(v) || (!specificToken(v) && len(v) < 5) {
			return false
		}
	}
	if typ == "cluster-name" && (hasByte(v, '|') || hasSuffix(v, ".cluster.local")) {
		return false // Envoy's upstream_cluster (outbound|80||svc.ns.svc.cluster.local): a service address
	}
	if typ == "s3-bucket" && !bucketName(v) {
		return false // "NoSuchBucket: The specified bucket...": a bucket name is 3-63 lower-case letters, digits, '-', '.'
	}
	if typ == "ecr-repository" && hasByte(v, '.') {
		return false
	}
	if typ == "cognito-id" {
		return len(v) >= 8 && !stopWord(v)
	}
	if xrayTraceID(v) {
		return false // 1-6745a2c1-3f8e9b0d7a41c62e5b19d834: a request's trace, kept like request IDs
	}
	if typ == "rule-name" && managedRuleName(v) {
		return false // restricted-ssh, s3-bucket-public-read-prohibited: AWS managed Config rules' names
	}
	if typ == "apigw-id" && (apigwID(v) || (len(v) == 6 || len(v) == 10) && lowerOrDigits(v)) {
		return true // (under an API Gateway ID's key, six or ten letters with no digit are as random: kwarip, rsjcpqzpfg)
	}
	if typ == "group-name" && hasPrefix(v, "system:") {
		return false // Kubernetes' own groups (system:masters, system:authenticated): who may do what, the same in every cluster
	}
	if typ == "resource-uuid" {
		// a UUID, or a random mixed-case ID as long (Verified Permissions' SPd4Wq8nK2xRt7vLm3Yb9Z)
		return len(v) == 36 && isUUID(v) || len(v) >= 20 && opaqueID(v) && hasUpperByte(v) && bytes.ContainsFunc(v, unicode.IsLower)
	}
	if typ == "resource-id" || typ == "apigw-id" || typ == numericResourceID {
		if typ == numericResourceID && allDigits(v) {
			return len(v) >= 5 // MediaLive's 7-digit inputs and channels
		}
		if d := bytes.IndexByte(v, '-'); d >= 2 && len(v)-d > 12 && allLowerLetters(v[:d]) && allHex(v[d+1:]) && hasDigitByte(v[d+1:]) {
			return true // a resource ID with its kind and hex digits: Aurora's global cluster-6f1d9b3e07a2c54e8
		}
		if len(v) > 20 && hasPrefix(v, "19:") && (hasSuffix(v, "@thread.tacv2") || hasSuffix(v, "@thread.skype") || hasSuffix(v, "@thread.v2")) {
			return true // a Microsoft Teams channel (Chatbot's ChannelId): the customer's team's channel
		}
		return opaqueID(v) || shortGeneratedID(v) || typ != "apigw-id" && lowerGeneratedID(v)
	}
	if typ == "route53-zone-id" && awsZoneID(v) {
		return false // the zones AWS aliases to (CloudFront, load balancers, S3 websites)
	}
	if typ == "client-id" && (hasPrefix(v, "urn:") || hasByte(v, '/')) {
		return false // a SAML or OIDC audience that names a service (urn:amazon:webservices, sts.amazonaws.com), not an app client
	}
	if typ == "windows-account" && builtinWindowsAccount(v) {
		return false // SYSTEM, LOCAL SERVICE, Administrator: every Windows machine's
	}
	if typ == "user-data" {
		return len(v) >= 24 && allBase64(v) // base64 user data: a script that decodes to the customer's hosts and secrets
	}
	if typ == "dkim-token" {
		return len(v) == 32 && dkimToken(v) // (a DMARC report's selector the customer chose, s1, k1, is no token)
	}
	if typ == "github-id" {
		return len(v) >= 3 && allDigits(v)
	}
	if typ == "route53-zone-id" || typ == "cloudfront-id" {
		for _, c := range v {
			if !isUpper(c) && !isDigit(c) {
				return false
			}
		}
		// (a CloudFront ID under its key that does not begin with E, as a fixture writes one:
		// 13 or 14 letters and digits)
		return len(v) >= 8 && (v[0] == 'Z' || v[0] == 'E') || typ == "cloudfront-id" && len(v) >= 13 && len(v) <= 14 && hasDigitByte(v)
	}
	return !allDigits(v) || len(v) >= 12 || typ == "support-case-id" && len(v) >= 8
}

func countByte(v []byte, b byte) int {
	n := 0
	for _, c := range v {
		if c == b {
			n++
		}
	}
	return n
}

// opaqueID: a generated identifier (E2QWRUHEXAMPLE, x7k2p9q4m1, a UUID): 8 to 64 letters,
// digits and hyphens with both letters and digits, and no word-like lower-case run.
func opaqueID(v []byte) bool {
	if len(v) < 8 || len(v) > 64 {
		return false
	}
	if len(v) >= 16 && allHex(v) && hasDigitByte(v) && hasLetterRun(v, 1) || len(v) == 36 && isUUID(v) {
		return true // 4f8e049734feb90fa534ecaaccd05c01, 0ecbfdde-4ffe-...: hex digits, whose letter runs (ecaaccd) are no word
	}
	var l, d bool
	run := 0
	for _, c := range v {
		switch {
		case isDigit(c):
			d = true
			run = 0
		case isLetter(c):
			l = true
			if isLower(c) {
				run++
				if run > 5 {
					return false
				}
			}
		case c == '-':
			run = 0
		default:
			return false
		}
	}
	return l && d
}

// shortGeneratedID: a six- or seven-character lower-case identifier of letters and digits, at
// least two of each and no three letters in a row (four in seven characters): API Gateway's
// deployment and resource IDs (x2f8ke), AppConfig's (w1d6hcr); read only under an ID key.
func shortGeneratedID(v []byte) bool {
	if len(v) != 6 && len(v) != 7 {
		return false
	}
	l, d, ok := lowerDigits(v, len(v)-4) // two letters in a row in six characters, three in seven
	return ok && l >= 2 && d >= 2
}

// lowerGeneratedID: 12 to 24 lower-case letters and digits, at least two digits, no letter
// run over 8 (DataZone's projects and environments, brkii5yvyvwkd2): under an ID key, a
// generated ID whose letter runs opaqueID would take for a word.
func lowerGeneratedID(v []byte) bool {
	if len(v) < 12 || len(v) > 24 {
		return false
	}
	_, d, ok := lowerDigits(v, 8)
	return ok && d >= 2
}

// lowerOrDigits reports whether v holds only lower-case letters and digits.
func lowerOrDigits(v []byte) bool {
	_, _, ok := lowerDigits(v, len(v))
	return ok
}

// lowerDigits counts the lower-case letters and the digits of v; ok is false when v holds any
// other byte or a run of more than maxRun letters.
func lowerDigits(v []byte, maxRun int) (letters, digits int, ok bool) {
	run := 0
	for _, c := range v {
		switch {
		case isDigit(c):
			digits++
			run = 0
		case isLower(c):
			letters++
			if run++; run > maxRun {
				return letters, digits, false
			}
		default:
			return letters, digits, false
		}
	}
	return letters, digits, true
}

// xrayTraceID: an X-Ray trace ID, 1-<8 hex>-<24 hex>.
func xrayTraceID(v []byte) bool {
	return len(v) == 35 && v[0] == '1' && v[1] == '-' && v[10] == '-' && allHex(v[2:10]) && allHex(v[11:])
}

// managedRuleName reports a name made only of the words AWS managed Config rules are named
// with (rds-storage-encrypted, iam-root-access-key-check): the default name of a managed
// rule, which the model needs; a customer's own word (acme-required-tags) makes it a name.
func managedRuleName(v []byte) bool {
	if !hasByte(v, '-') {
		return false
	}
	if p := bytes.Index(v, []byte("-conformance-pack-")); p > 0 {
		v = v[:p] // a conformance pack's copy of a managed rule: NAME-conformance-pack-<random>
	}
	for ps, pe := nextPart(v, 0); ps >= 0; ps, pe = nextPart(v, pe) {
		switch string(v[ps:pe]) {
		case "s3", "bucket", "public", "read", "write", "prohibited", "ssl", "requests", "only", "encrypted",
			"encryption", "enabled", "volumes", "volume", "rds", "storage", "restricted", "ssh", "common", "ports",
			"iam", "password", "policy", "root", "access", "key", "keys", "check", "mfa", "account", "cloudtrail",
			"cloud", "trail", "multi", "region", "vpc", "flow", "logs", "default", "security", "group", "closed",
			"instance", "snapshots", "snapshot", "db", "backup", "dynamodb", "pitr", "ec2", "no", "ip", "imdsv2",
			"required", "tags", "approved", "amis", "by", "id", "desired", "type", "guardduty", "centralized",
			"securityhub", "lambda", "function", "elb", "logging", "alb", "http", "to", "https", "redirection", "acm",
			"certificate", "expiration", "kms", "cmk", "not", "scheduled", "for", "deletion", "eks", "endpoint",
			"admin", "statements", "with", "level", "blocks", "server", "side", "versioning", "console", "user",
			"rotated", "inuse", "incoming", "disabled", "unrestricted", "attached", "unused", "credentials",
			"inline", "managed", "full", "star", "ebs", "optimized", "efs", "opensearch", "elasticsearch", "in",
			"node", "secretsmanager", "rotation", "sns", "sqs", "api", "gw", "cache", "waf", "protection",
			"delete", "cross", "zone", "load", "balancing", "auto", "scaling", "launch", "template", "config",
			"recorder", "support", "az", "redshift", "cluster", "audit", "maintenance", "settings", "minor", "version",
			"upgrade", "retention", "period", "membership", "policies", "ecs", "task",
			"definition", "privileged", "container", "ecr", "image", "scanning", "tag", "immutability", "ssm",
			"document", "patch", "compliance", "association", "status", "subnet", "assign", "nacl", "sg",
			"open", "owner", "rule", "authorized", "require", "tls", "dataevents":
		default:
			return false
		}
	}
	return true
}

// bucketName reports whether v can be an S3 bucket name: 3 to 63 lower-case letters, digits,
// '-' and '.', starting with a letter or digit.
func bucketName(v []byte) bool {
	if len(v) < 3 || len(v) > 63 || !isLower(v[0]) && !isDigit(v[0]) {
		return false
	}
	for _, c := range v {
		if !isLower(c) && !isDigit(c) && c != '-' && c != '.' {
			return false
		}
	}
	return true
}

// awsZoneID reports the hosted zones AWS publishes as alias targets (the AWS General
// Reference's endpoint tables): CloudFront's and Global Accelerator's, and every region's for
// load balancers, API Gateway's regional endpoints and VPC endpoints; S3 website endpoints of
// two regions.
func awsZoneID(v []byte) bool {
	switch string(v) {
	case
		// CloudFront, Global Accelerator
		"Z2BJ6XQ5FK7U4H", "Z2FDTNDATAQYW2",
		// Application and Classic Load Balancers
		"Z3AADJGX6KTTL2", "Z35SXDOTRQ7X7K", "Z368ELLRRE2KJ0", "Z1H1FL5HABSF5", "ZQSVJUPU6J1EY", "Z3DQVH9N71FHZ0",
		"ZP97RAFLXTNZK", "Z0173938T07WNTVAEPZN", "ZWKZPGTI48KDX", "Z5LXEXXYW11ES", "Z1LMS91P8CMLE5", "Z1GM3OXH4ZPM65",
		"Z08888821HLRG5A9ZRTER", "Z09517862IB2WZLPXG76F", "Z14GRHDCWA56QT", "Z215JYRZR1TBD5", "Z06391101F2ZOEP8P5EB3",
		"Z32O12XQLNTSW2", "ZHURV8PSTC4K8", "Z3Q77PNBQS71R4", "Z23TAZ6LKFMNIO", "Z3ULH7SSC9OV64", "Z0956581394HF5D5LXGAP",
		"Z2P70J7HTTTPLU", "Z1GDH35T77C1KE", "ZM7IZAIOVVDZF", "Z33AYJ8TM3BH4J", "Z166TLBEWOO7G0", "Z08230872XQRWHG2XF6I",
		"ZS929ML54UICD", "Z268VQBMOI5EKX",
		// Network Load Balancers
		"ZLMOA37VPKANP", "Z26RNL4JYFTOTI", "Z24FKFUX50B4VW", "Z18D5FSROUN65G", "Z2EPGBW3API2WT", "Z12Y7K3UBGUAD1",
		"ZVDDRBQ08TROA", "Z0711778386UTO08407HT", "Z1GWIQ4HH19I5X", "ZIBE1TIR4HY56", "ZKVM4W9LS7TM", "ZCT6FZBF4DROD",
		"Z01971771FYVNCOVWJU1G", "Z01156963G8MIIL7X90IV", "Z31USIVHYNEOWT", "Z3F0SRJ5LGBH90", "Z02239872DOALSIDCX66S",
		"Z2IFOLAFXWLO4F", "ZD4D7Y8KGAS4G", "Z1CMS0P5QUZ6D5", "Z1UDT6IFJ4EJM", "Z23146JA1KNAFP", "Z1011216NVTVYADP1SSV",
		"Z0313266YDI6ZRHTGQY4", "ZTK26PT1VY4CU", "Z3QFB96KMJ7ED6", "ZQEIKTCZ8352D", "ZMG1MZ2THAWF1", "Z1ZSMQQ6Q24QQ8",
		"Z00282643NTTLPANJJG2P", "Z3QSRYVP46NYYV", "Z203XCE67M25HM",
		// API Gateway regional endpoints
		"ZOJJZC49E0EPZ", "Z1UJRXOUMOOFQ8", "Z2MUQ32089INYE", "Z2OJLYMUO9EFXC", "Z2DHW2332DAMTN", "Z3FD1VL90ND7K5",
		"Z3VO1THU9YC4UR", "Z20JF4UZKIW1U8", "ZL327KTPIQFUL", "Z2RPCDW04V8134", "Z1YSHQZHG15GKL", "Z19DQILCV0OWEC",
		"Z1U9ULNL0V5AJ3", "ZLY8HYME6SFDD", "ZJ5UAJN8Y3Z2Q", "Z3BT4WSQ9TDYZV", "Z3KY65QIEKYHQQ", "Z02499852UI5HEQ5JVWX3",
		"Z3UWIKFBOOGXPP", "Z20ZBPC0SS8806", "Z08780021BKYYY8U0YHTV", "ZCMLWB8V5SYIT", "Z3SE9ATJYCRCZJ", "Z1K6XKP9SAGWDV",
		"Z2YQB5RD63NC85",
		// VPC endpoints
		"Z7K1066E3PUKB", "ZC8PG0KIFKBRI", "Z09302161J80N9A7UTP7U", "Z2LIHJ7PKBEMWN", "Z2E726K9Y6RL4W", "Z27UANNT0PRK1T",
		"Z376B5OMM2JZL2", "Z2KVTB3ZLFM7JR", "Z0952991RWSF5AHIQDIY", "Z18LLCSTV4NVNL", "ZDK2GCRPAFKGO",
		"Z03881013RZ9BYYZO8N5W", "Z07508191CO1RNBX3X3AU", "ZRCXCF510Y6P9", "Z273ZU8SZ5RJPC", "Z045369019J4FUQ4S272E",
		"Z3OWWK6JFDEDGC", "Z2A5FDNRLY7KZG", "Z014396544HENR57XQCJ", "Z38GZ743OKFT7T", "Z1DWHTMFP0WECP",
		"Z07122992YCEUCB9A9570", "Z3B95P3VBGEQGY", "Z2LXUWEVLCVZIB", "Z7HUB22UULQXV", "Z2MU5TEIGO9WXB", "Z12529ZODG2B6H",
		"Z12I86A8N7VCZO", "Z1YSA3EXCYUU9Z",
		// S3 website endpoints (the table in AWS's General Reference, as the CDK's region-info has it)
		"Z3AQBSTGFYJSTF", "Z1WCIGYICN2BYD", "Z2O1EMRO9K5GLX", "Z2F56UZL2M1ACD", "Z3BJ6K6RIION7M", "ZNB98KWMFR0R6",
		"Z11RGJOFQNVJUP", "Z3W03O7B5YMIYP", "Z3O0J2DXBE1FTB", "Z2M4EHUR26P7ZW", "Z1QDHH18159H29",
		"Z21DNDUVLTQW6Q", "Z1BKCTXD74EZPE", "Z3GKZC51ZF0DB4", "Z3R1K369G5AVDG", "Z3BAZG2TWCNX0D", "Z7KQH4QJS55SO",
		"Z1MPMWCPA7YB62", "Z31GFT0UA1I2HV":
		return true
	}
	return false
}

// apigwID: an API Gateway ID (API, stage deployment, authorizer, integration): 5 to 10
// lower-case letters and digits, with both.
func apigwID(v []byte) bool {
	if len(v) < 5 || len(v) > 10 {
		return false
	}
	var cls uint8
	for _, c := range v {
		if !isLower(c) && !isDigit(c) {
			return false
		}
		cls |= byteClass[c]
	}
	return cls&clLower != 0 && cls&clDigit != 0
}

// constantName: ALL_CAPS_WITH_UNDERSCORES (env var names, enum values such as
// HIDDEN_DUE_TO_SECURITY_REASONS).
func constantName(v []byte) bool {
	under := false
	for _, c := range v {
		switch {
		case c == '_':
			under = true
		case isUpper(c) || isDigit(c):
		default:
			return false
		}
	}
	return under
}

// stopWord: values that are vocabulary, not names.
func stopWord(v []byte) bool {
	var buf [32]byte
	w, ok := lowerASCII(buf[:], v)
	if !ok {
		return false
	}
	switch string(w) {
	case "default", "none", "null", "nil", "true", "false", "yes", "no", "n/a", "na", "-", "enabled", "disabled",
		"active", "inactive", "available", "unknown", "string", "list", "tuple", "map", "object", "number", "bool",
		"primary", "main", "master", "latest", "$latest", "root", "admin", "administrator", "ec2-user", "ubuntu",
		"centos", "ssm-user", "cloudshell-user", "msiam_access", "cwagent", "dbmasteruser", "repmgr", "bitnami", "leader", "replica", "standby", "sync standby",
		"witness", "follower", "secondary", "arbiter", "plain", "login", "hadoop", "hdfs", "yarn", "livy", "zeppelin", "debian", "fedora", "authorizer", "authorizers", "running", "stopped", "stopping", "pending", "terminated", "shutting-down", "in-use", "creating",
		"deleting", "deleted", "attached", "detached", "completed", "failed", "healthy", "unhealthy", "ok", "alarm",
		"insufficient_data", "public", "private", "internal", "internet-facing", "all", "any", "self", "aws", "subscribe", "publish", "publish_subscribe",
		"amazon", "json", "text", "table", "yaml", "managed", "data", "key", "value", "name", "id", "arn", "tags",
		"test", "dev", "prod", "production", "staging", "stage", "qa", "app", "web", "api", "db", "cache",
		"postgres", "mysql", "redis", "aurora", "mariadb", "memcached", "kube-system", "kube-proxy", "coredns",
		"vpc-cni", "aws-node", "eni-config", "cluster-autoscaler", "aws-load-balancer-controller", "karpenter",
		"ebs-csi-controller-sa", "aws-ebs-csi-driver", "external-dns", "metrics-server", "terraform", "cert-manager",
		"external-secrets", "ebs-csi-driver", "efs-csi-driver", "aws-efs-csi-driver", "secrets-store-csi-driver",
		"kube-state-metrics", "node-exporter", "ingress-nginx", "aws-for-fluent-bit", "fluent-bit", "txt-owner-id",
		"role-session-name", "parameterstore", "secretsmanager", "iam-identity-center", "crypto-user", "username", "sum", "count", "avg", "min", "max", "ec2", "destinationdelivery", "backupdelivery", "emr_defaultrole", "emr_ec2_defaultrole",
		"emr_autoscaling_defaultrole", "emr_notebooks_defaultrole", "tflint", "atlantis", "conftest", "checkov", "unless-stopped", "on-failure",
		"enter-admin-container", "cloud-config", "cloud-init", "scripts-user", "scripts-per-instance", "scripts-per-boot",
		"scripts-per-once", "boot-new-instance", "consume-user-data", "bring-your-own-license", "license-included", "absent", "not-null", "(not tagged)", // Cloud Custodian's tag filters, Tag Editor's empty cell
		"cloudformation", "console", "github", "gitlab", "jenkins", "local", "localhost", "example", "sample",
		"demo", "my-bucket", "my-cluster", "my-function", "my-table", "my-role", "standard", "required",
		"optional", "on", "off", "devops", "devsecops", "mlops", "gitops", "finops", "allow", "deny", "ingress", "egress", "tcp", "udp", "icmp", "http", "https",
		"2xx", "3xx", "4xx", "5xx", "target-group", "health-check", "access-logs", "idle-timeout", "deletion-protection",
		"listener-rule", // HTTP status classes (ALB 5xx rate), a load balancer's parts and settings
		// code: an assignment's right-hand side (app = new cdk.App()) and EventBridge detail types
		"new", "await", "function", "require", "import", "this", "undefined", "return", "lambda", "state-change",
		"non-existent", "nonexistent", "aws-vault", "behavior-version-latest", "token-from-stdout",
		// built-in database users and common English words after a resource noun ("the bucket level")
		"rdsadmin", "rdsdb", "serviceadmin", "rdsrepladmin", "rds_superuser", "rdsproxyadmin", "mysql.sys", "level", "policy", "policies",
		"rds_iam", "rds_ad", "rds_password", "rds_replication", "rds_superuser_role", "rdstopmgr", "rds_pgaudit",
		"event_scheduler", "mysql.session", "mysql.infoschema", "pg_monitor", "pg_read_all_data", "pg_write_all_data",
		"pg_signal_backend", "pg_read_all_stats", "pg_read_all_settings", "pg_stat_scan_tables", "pg_database_owner",
		"owners", "permissions", "access", "settings", "configuration", "names", "itself", "operation", "error",
		// hyphenated English and database words after a resource noun ("the cross-account cluster", "table swap")
		// database clients, as PostgreSQL's application_name names them
		"psql", "pg_dump", "pg_dumpall", "pg_restore", "pg_basebackup", "pgbench", "pgadmin", "dbeaver", "datagrip",
		"postgresql", "npgsql", "walreceiver", "node-postgres",
		"seconds", "minutes", "hours", "days", "weeks", "months", // TokenValidityUnits
		"合計", "小計", "総計", "합계", "소계", "总计", "合计", "小计", // a report table's total row, in CJK scripts
		"total", "totals", "summed", "subtotal", "grand total", "__idle__", "__unallocated__", // cost reports' summary rows
		"reader", "author", "reader_pro", "author_pro", "admin_pro", "restricted_reader", "restricted_author", // QuickSight roles
		"dead-letter", "service-linked", "cross-account", "self-managed", "multi-az", "single-az", "cross-region", "multi-region", "fully-managed",
		"read-only", "read-write", "open-source", "third-party", "on-prem", "on-premises", "pre-shared-key",
		"built-in", "in-place", "blue-green", "multi-tenant", "single-tenant", "well-known", "long-running",
		"short-lived", "auto-scaling", "cross-zone", "shared_buffers", "swap", "scan", "lookup", "design", "schema",
		"size", "row", "rows", "column", "columns", "entry", "entries", "format", "layout", "migration", "lock", "locks",
		// SES identity types in --output text columns; CI agents' home directories
		"domain", "email_address", "agent", "runner", "owner", "pod-template-hash", "controller-revision-hash",
		// Litmus' chaos experiments
		"pod-network-loss", "pod-network-latency", "pod-network-corruption", "pod-network-duplication", "pod-cpu-hog",
		"pod-memory-hog", "pod-dns-error", "node-cpu-hog", "node-memory-hog", "node-drain", "container-kill", "disk-fill",
		// kubeconfig's keys
		"certificate-authority-data", "client-certificate-data", "client-key-data", "insecure-skip-tls-verify",
		// S3 replication's owner override and canned ACLs
		"destination", "source", "bucket-owner-full-control", "bucket-owner-read", "bucket-owner-enforced",
		"public-read", "public-read-write", "authenticated-read", "aws-exec-read", "log-delivery-write":
		return true
	}
	return false
}

// drmSystemID reports the public system IDs of the DRM systems SPEKE names (FairPlay, Widevine,
// PlayReady, Clear Key, Common Encryption): the same for everyone.
func drmSystemID(v []byte) bool {
	switch string(v) {
	case "94ce86fb-07ff-4f43-adb8-93d2fa968ca2", "edef8ba9-79d6-4ace-a3c8-27dcd51d21ed", "9a04f079-9840-4286-ab92-e65be0885f95",
		"e2719d58-a985-b3c9-781a-b030af78d30e", "1077efec-c0b2-4d02-ace3-3c1e52e2fb4b":
		return true
	}
	return false
}

// samChangeSet: the change set sam deploy creates, named by its Unix time (samcli-deploy1764140021).
func samChangeSet(v []byte) bool {
	return len(v) > 13 && hasPrefix(v, "samcli-deploy") && allDigits(v[13:])
}

// cloudWatchAgentConfig reports a CloudWatch agent configuration the customer named after the
// agent's convention, AmazonCloudWatch-NAME-os (AmazonCloudWatch-tidewater-linux): a parameter
// of theirs. The wizard's own AmazonCloudWatch-linux and AWS's documents (AmazonCloudWatch-
// ManageAgent) stay.
func cloudWatchAgentConfig(v []byte) bool {
	const p = "AmazonCloudWatch-"
	return len(v) > len(p)+2 && hasPrefix(v, p) && isLower(v[len(p)]) && bytes.IndexByte(v[len(p):], '-') > 0
}

// awsVocabulary: values that name AWS things the model needs (regions, zones, instance
// classes, managed policies, service principals, AWS-owned aliases).
func awsVocabulary(v []byte) bool {
	if regionLike(v) || instanceType(v) || zoneID(v) {
		return true
	}
	if hasPrefix(v, "AWS") && !uuidSuffixed(v) && !consoleRoleName(v) && !hasPrefix(v, "AWSReservedSSO_") || hasPrefix(v, "aws_") ||
		hasPrefix(v, "Amazon") && !cloudWatchAgentConfig(v) ||
		hasPrefix(v, "TransferSecurityPolicy-") || hasPrefix(v, "ELBSecurityPolicy-") || hasPrefix(v, "public:") || hasPrefix(v, "amazon-") && !hasPrefix(v, "amazon-connect-") && !hasPrefix(v, "amazon-braket-") || hasPrefix(v, "alias/aws/") || hasPrefix(v, "aws/") ||
		hasPrefix(v, "com.amazonaws.") || hasPrefix(v, "com.amazon.") || hasPrefix(v, "com.aws.") || hasSuffixFold(v, ".amazonaws.com") || hasPrefix(v, "default.") ||
		hasPrefix(v, "default-") || hasPrefix(v, "CodeDeployDefault.") || hasPrefix(v, "AppConfig.") || hasPrefix(v, "amazon_security_lake_") ||
		hasPrefix(v, "aws-controltower-") ||
		hasPrefix(v, "awswaf:managed:") || hasPrefix(v, "/aws/service/") || hasPrefix(v, "SSM-SessionManagerRunShell") {
		return true // (public parameters AWS publishes: /aws/service/ami-amazon-linux-latest/...; the Session
		// Manager preferences document AWS creates in each region)
	}
	if len(v) == 0 {
		return false
	}
	if samChangeSet(v) || tlsPolicyName(v) || javaThreadName(v) || datedOperation(v) || migrationName(v) || eksAddonName(v) ||
		hasPrefix(v, "rds-ca-") || string(v) == "S3AndCloudFront" || string(v) == "amplifyhosting" || hasPrefix(v, "hvm-ssd") || string(v) == "hvm-instance" || string(v) == "hvm-io1" ||
		hasPrefix(v, "ubuntu-") && (bytes.Contains(v, []byte("-amd64-")) || bytes.Contains(v, []byte("-arm64-"))) {
		// (rds-ca-rsa2048-g1, rds-ca-2019: the certificate authorities RDS publishes; the
		// Amplify CLI's own names for its hosting resources; hvm-ssd-gp3: the virtualisation and
		// storage part of Canonical's public AMI names, ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-*)
		return true
	}
	if awsDefaultName(v) {
		return true
	}
	if len(v) > 5 && hasPrefix(v, "algo-") && allDigits(v[5:]) {
		return true // a SageMaker training or processing job's hosts (algo-1, algo-2), the same in every job
	}
	if yarnID(v) {
		return true // YARN's application, attempt and container IDs: a cluster's start time and counters, like a request's ID
	}
	if len(v) >= 8 && dateFormat(v) {
		return true // a date format (yyyy-mm-dd, dd-MM-yyyy): a setting, no name
	}
	if len(v) == 10 && (v[0] == 'd' || v[0] == '-' || v[0] == 'l') && fileMode(v[1:]) {
		return true // a file's mode as ls and HDFS print it (drwxr-xr-x)
	}
	if hasPrefix(v, "logs-aws.") || hasPrefix(v, "metrics-aws.") || hasPrefix(v, "Policy-Min-TLS-") || string(v) == "ManagedLBSecurityGroup" ||
		hasPrefix(v, "StepFunctionsGetEventsFor") {
		// Elastic's AWS integration's data streams (logs-aws.cloudtrail-*); OpenSearch's TLS
		// security policies; the security group the Load Balancer Controller manages itself; the
		// EventBridge rules Step Functions manages for .sync integrations
		return true
	}
	if cspDirective(v) {
		return true // a Content-Security-Policy directive (a violation report's violated-directive)
	}
	if gcpMachineType(v) {
		return true // a GCP machine type (n2-standard-16), what a comparison sizes AWS's instance types against
	}
	if len(v) >= 5 && isDigit(v[0]) && (hasSuffix(v, "Gbps") || hasSuffix(v, "Mbps")) && allDigits(v[:len(v)-4]) {
		return true // a Direct Connect or VPN bandwidth (10Gbps, 500Mbps), as describe-connections gives it
	}
	if hasPrefix(v, "slowlog-") || hasPrefix(v, "maxmemory-") || hasPrefix(v, "lazyfree-") || hasPrefix(v, "active-defrag-") ||
		hasPrefix(v, "client-output-buffer-limit-") {
		return true // Redis's and Valkey's parameters (slowlog-log-slower-than, maxmemory-policy)
	}
	if len(v) > 8 && (v[0] == 'A' || v[0] == 'S' || v[0] == 'C') && httpHeaderName(v) {
		return true // a HAR's header names ({"name": "Access-Control-Request-Method", "value": "POST"})
	}
	if hasPrefix(v, "packets-lost-") || hasPrefix(v, "tgw-src-") || hasPrefix(v, "tgw-dst-") || hasPrefix(v, "tgw-pair-") {
		return true // Transit Gateway flow logs' fields (packets-lost-blackhole, tgw-src-vpc-account-id)
	}
	if hasSuffix(v, "-authentication") && (hasPrefix(v, "directory-service") || hasPrefix(v, "certificate") || hasPrefix(v, "federated") ||
		hasPrefix(v, "mutual")) {
		return true // Client VPN's authentication types (directory-service-authentication)
	}
	if hasPrefix(v, "Sandbox.") || hasPrefix(v, "Runtime.") || hasPrefix(v, "Function.") {
		return true // Lambda error types (Sandbox.Timedout, Runtime.ImportModuleError)
	}
	if d := bytes.IndexByte(v, '.'); d > 1 && d+2 < len(v) && isUpper(v[d+1]) && allLetters(v[d+1:]) &&
		(serviceWord(v[:d]) || firehoseDestination(v[:d])) {
		return true // a service's error code (Firehose's Redshift.ConnectionFailed, S3.AccessDenied, Lambda.InvokeAccessDenied)
	}
	if len(v) > 8 && hasPrefix(v, "AVD-") && isDigit(v[len(v)-1]) || hasPrefix(v, "CKV_") || hasPrefix(v, "CKV2_") {
		return true // scanners' public check IDs: Trivy's and tfsec's AVD-AWS-0178, Checkov's CKV_AWS_20
	}
	if hasPrefix(v, "custom:") && len(v) > 7 && !hasByte(v, ' ') {
		return true // a Cognito user pool's custom attribute (custom:tenant_id): the schema's field, not its value
	}
	if hasPrefix(v, "key-consolepolicy-") || hasPrefix(v, "key-default-") {
		return true // the Id of the key policies KMS writes (the console's, the default one)
	}
	if hasPrefix(v, "LightsailDefaultKey") || hasPrefix(v, "aws-controltower/") || string(v) == "aws-controltower" || hasPrefix(v, "amazon_aws") {
		// Lightsail's default key pairs, Control Tower's log groups, Okta's AWS apps (amazon_aws_redshift)
		return true
	}
	if securityHubControl(v) || soc2Control(v) {
		return true
	}
	if hasPrefix(v, "DO-NOT-DELETE-") {
		return true // the rules AWS services create in the customer's account (DO-NOT-DELETE-AmazonInspector2ManagedRule)
	}
	if hasPrefix(v, "AMAZON.") && len(v) > 8 && !hasByte(v, ' ') {
		return true // Lex's built-in intents and slot types (AMAZON.FallbackIntent, AMAZON.Date)
	}
	if conditionKey(v) {
		return true
	}
	if hasPrefix(v, "grafana-") && (hasSuffix(v, "-datasource") || hasSuffix(v, "-panel") || hasSuffix(v, "-app")) {
		return true // a Grafana plugin's public ID (grafana-iot-twinmaker-datasource, grafana-athena-datasource)
	}
	if aftResource(v) {
		return true
	}
	if hasPrefix(v, "Vehicle.") && !hasByte(v, ' ') {
		return true // the Vehicle Signal Specification's names (FleetWise: Vehicle.Chassis.Axle.Row1.Wheel.Left.Brake.PadWear)
	}
	if hasPrefix(v, "/aws-glue/") && glueOwnLogGroup(v) {
		return true // Glue's own log groups
	}
	if hasPrefix(v, "TLS-") && len(v) >= 11 && len(v) <= 40 && yearMonthSuffix(v) {
		return true // Lightsail's and CloudFront's TLS policies: TLS-2016-08, TLS-FS-Res-1-2-2019-08
	}
	if c := v[0]; c == 'L' && quotaCode(v) || isLower(c) && (bedrockModel(v) || hasPrefix(v, "notebook-al")) || isUpper(c) && errorCode(v) {
		return true
	}
	switch string(v) {
	case "glueetl", "pythonshell", "gluestreaming", "glueray":
		return true // Glue job commands
	case "price-capacity-optimized", "capacity-optimized", "capacity-optimized-prioritized", "lowest-price", "diversified":
		return true // EC2 Fleet's and Spot's allocation strategies
	case "volatile-lru", "allkeys-lru", "volatile-lfu", "allkeys-lfu", "volatile-random", "allkeys-random", "volatile-ttl",
		"noeviction", "reserved-memory-percent", "reserved-memory", "notify-keyspace-events", "cluster-enabled",
		"tcp-keepalive", "activerehashing", "cluster-allow-reads-when-down":
		return true // Redis's and Valkey's eviction policies and ElastiCache's parameters
	case "BeforeInstall", "AfterInstall", "ApplicationStart", "ApplicationStop", "ValidateService", "DownloadBundle",
		"BeforeAllowTraffic", "AfterAllowTraffic", "BeforeAllowTestTraffic", "AfterAllowTestTraffic", "BeforeBlockTraffic",
		"AfterBlockTraffic":
		return true // CodeDeploy's lifecycle events (appspec hooks)
	case "verified_email", "verified_phone_number", "admin_only", "TargetGroup", "imported-openssh-key", "VIEWER", "MASTER":
		return true // Cognito's account recovery mechanisms; a CloudWatch dimension's name; EC2's comment on an
		// imported key; a Kinesis Video signaling channel's roles
	case "gp2", "gp3", "io1", "io2", "st1", "sc1":
		return true // EBS volume types
	case "shared_preload_libraries", "shared_buffers", "shared_memory_type", "shared_memory_size", "dynamic_shared_memory_type",
		"min_dynamic_shared_memory", "shared_memory_size_in_huge_pages", "local_preload_libraries", "session_preload_libraries":
		return true // PostgreSQL's parameters whose names hold "shared", an environment's word elsewhere
	case "ApproximateReceiveCount", "ApproximateFirstReceiveTimestamp", "SentTimestamp", "SenderId", "MessageGroupId",
		"MessageDeduplicationId", "SequenceNumber", "AWSTraceHeader", "DeadLetterQueueSourceArn":
		return true // SQS's message attribute names (<Attribute><Name>SentTimestamp</Name>...)
	case "CachingOptimized", "CachingDisabled", "CachingOptimizedForUncompressedObjects", "UseOriginCacheControlHeaders",
		"UseOriginCacheControlHeaders-QueryStrings", "Elemental-MediaPackage", "AllViewer", "AllViewerExceptHostHeader",
		"AllViewerAndCloudFrontHeaders-2022-06", "CORS-S3Origin", "CORS-CustomOrigin", "UserAgentRefererHeaders",
		"SimpleCORS", "CORS-With-Preflight", "SecurityHeadersPolicy", "CORS-and-SecurityHeadersPolicy":
		return true // CloudFront's managed cache, origin request and response headers policies
	case "arm64", "x86_64", "amd64", "aarch64", "i386", "x86_64_mac", "arm64_mac":
		return true // architectures (a tag's Arch = "arm64", an AMI's Architecture)
	case "private-ip-address", "private-dns-name", "public-ip-address", "public-dns-name", "ip-address", "dns-name",
		"instance-state-name", "network-interface.addresses.private-ip-address", "network-interface.private-dns-name":
		return true // EC2 filter and attribute names (Ansible's aws_ec2 hostnames, --filters Name=...)
	case "bedrock-2023-05-31", "vertex-2023-10-16":
		return true // anthropic_version of Claude on Bedrock and Vertex
	case "system-maintenance", "system-reboot", "instance-reboot", "instance-retirement", "instance-stop":
		return true // EC2's scheduled event codes
	case "ImagePullBackOff", "CrashLoopBackOff", "ErrImagePull", "CreateContainerConfigError", "OOMKilled",
		"ContainerCreating", "CreateContainerError", "InvalidImageName", "RunContainerError":
		return true // Kubernetes' pod and container states
	case "RDSOSMetrics", "/aws/MediaPackage/EgressAccessLogs", "/aws/MediaPackage/IngressAccessLogs", "/aws-glue-databrew/jobrun-logs",
		"/aws-glue/jobs/error", "/aws-glue/jobs/output", "/aws-glue/jobs/logs-v2", "/aws-glue/crawlers",
		"/aws-glue/python-jobs/output", "/aws-glue/python-jobs/error", "/aws-glue/sessions/error", "/aws-glue/sessions/output":
		return true // the log groups RDS Enhanced Monitoring, MediaPackage, DataBrew and Glue write to, the same in every account
	case "AwsDataCatalog", "awsdatacatalog":
		return true // the Glue Data Catalog as Athena names it, in every account
	case "S3Delivery", "RedshiftDelivery", "DestinationDelivery", "BackupDelivery", "HttpEndpointDelivery", "SplunkDelivery",
		"ElasticsearchDelivery", "AmazonOpenSearchServiceDelivery", "SnowflakeDelivery", "IcebergDelivery":
		return true // the log streams Firehose writes its delivery errors to
	case "Internet Resolver":
		return true // Route 53 Resolver's autodefined rule
	case "job-bookmark-enable", "job-bookmark-disable", "job-bookmark-pause":
		return true // Glue's --job-bookmark-option values
	case "readWrite", "dbAdmin", "userAdmin", "clusterAdmin", "clusterMonitor", "clusterManager", "hostManager",
		"readAnyDatabase", "readWriteAnyDatabase", "dbAdminAnyDatabase", "userAdminAnyDatabase", "dbOwner":
		return true // MongoDB's and DocumentDB's built-in roles
	case "system_schema_mcs", "system_multiregion_info", "system_schema":
		return true // Amazon Keyspaces' system keyspaces
	case "SiteWise_Stream", "AllTraffic", "bedrock-knowledge-base-default-index", "BasicQueue", "ContactFlowEvent":
		return true // defaults AWS names: a SiteWise gateway's stream, a SageMaker endpoint's variant, a quick-created Knowledge
		// Base's index, Amazon Connect's default queue and the event it sends to Lambda
	case "aws.health", "aws.ec2", "aws.s3", "aws.events", "aws.guardduty", "aws.securityhub", "aws.config", "aws.cloudtrail",
		"aws.rds", "aws.ecs", "aws.autoscaling", "aws.codepipeline", "aws.codebuild", "aws.backup", "aws.signin", "aws.kms",
		"aws.iam", "aws.sts", "aws.ssm", "aws.lambda", "aws.batch", "aws.states", "aws.glue", "aws.sagemaker", "aws.tag":
		return true // EventBridge sources of AWS services
	case "db.wait_event", "db.wait_event_type", "db.user", "db.host", "db.sql", "db.sql_tokenized", "db.application",
		"db.session_type", "db.wait_state", "db.query", "db.query_tokenized", "db.load", "db.name":
		return true // Performance Insights dimension groups
	case "amzn2023", "amzn2", "al2023", "al2", "bottlerocket",
		"DefaultConfiguration", "WebServer", "Worker", "npm-store", "pypi-store", "maven-central-store",
		"nuget-store", "crates-io-store":
		return true // App Runner's default configuration, Beanstalk tiers, CodeArtifact's default upstreams
	case "AdministratorAccess", "ReadOnlyAccess", "PowerUserAccess", "ViewOnlyAccess", "SecurityAudit",
		"CloudWatchAgentServerPolicy", "IAMFullAccess", "Billing", "SupportUser", "DatabaseAdministrator",
		"NetworkAdministrator", "SystemAdministrator", "DataScientist", "JobFunction", "SecretsManagerReadWrite",
		"IAMReadOnlyAccess", "IAMUserChangePassword", "IAMUserSSHKeys", "CloudWatchReadOnlyAccess", "CloudWatchFullAccess",
		"CloudWatchFullAccessV2", "CloudWatchLogsFullAccess", "CloudWatchLogsReadOnlyAccess", "CloudWatchAgentAdminPolicy",
		"ServiceQuotasFullAccess", "ServiceQuotasReadOnlyAccess", "ResourceGroupsandTagEditorFullAccess",
		"ResourceGroupsandTagEditorReadOnlyAccess", "IAMAccessAnalyzerFullAccess", "IAMAccessAnalyzerReadOnlyAccess",
		"ComputeOptimizerReadOnlyAccess", "CloudFrontFullAccess", "CloudFrontReadOnlyAccess", "AutoScalingFullAccess",
		"AutoScalingReadOnlyAccess", "ElasticLoadBalancingFullAccess", "ElasticLoadBalancingReadOnly", "GlobalAcceleratorFullAccess",
		"GlobalAcceleratorReadOnlyAccess", "CloudWatchSyntheticsFullAccess", "CloudWatchSyntheticsReadOnlyAccess":
		return true // AWS managed policies whose names carry no "AWS" or "Amazon"
	case "kinesis_firehose", "kinesis_streams", "cloudwatch_logs", "cloudwatch", "firehose", "opensearch":
		return true // Fluent Bit's AWS output plugins (FireLens: "Name": "kinesis_firehose")
	case "TSTALIASID", "SharedCredentialsFile", "NetSDKCredentialsFile":
		return true // a Bedrock agent's built-in test alias; the AWS .NET SDK's credential stores
	case "HIDDEN_DUE_TO_SECURITY_REASONS", "Default queue", "Short query queue":
		return true // CloudTrail's redaction; Redshift's built-in WLM queues
	case "inaccessible-encryption-credentials", "inaccessible-encryption-credentials-recoverable", "incompatible-parameters",
		"incompatible-restore", "incompatible-network", "incompatible-option-group", "storage-full", "storage-optimization",
		"insufficient-capacity", "configuring-enhanced-monitoring", "backing-up", "resetting-master-credentials", "upgrading",
		"moving-to-vpc", "converting-to-vpc", "storage-config-upgrade", "configuring-iam-database-auth",
		"configuring-log-exports", "delete-precheck", "cloning-failed", "migration-failed", "promoting":
		return true // RDS's DB instance and cluster statuses
	case "START_DRILL", "START_RECOVERY", "FAILBACK", "DIAGNOSTIC", "TERMINATE_RECOVERY_INSTANCES", "TARGET_ACCOUNT":
		return true // Elastic Disaster Recovery's job initiators
	case "max-elastic-ips", "vpc-max-elastic-ips", "max-instances", "supported-platforms", "default-vpc",
		"vpc-max-security-groups-per-interface":
		return true // EC2's account attributes
	case "service-limit-increase", "ses-sending-limits", "general-guidance", "customer-account", "account-management",
		"SES Sending Limits":
		return true // AWS Support's service and category codes
	case "shared-credentials-file", "config-file", "assume-role", "assume-role-with-web-identity", "container-role",
		"iam-role", "custom-process":
		return true // aws configure list's credential sources
	case "sagemaker-training-toolkit", "sagemaker-inference-toolkit", "sagemaker-containers", "experimental-prometheus-rw",
		"cyrus-sasl-plain", "cyrus-sasl-md5", "cyrus-sasl-lib":
		return true // SageMaker's container libraries; k6's remote-write output; the SASL packages Postfix needs
	case "eks-pod-identity-agent", "aws-load-balancer-webhook-service", "aws-load-balancer-webhook", "amazon-cloudwatch-observability",
		"aws-guardduty-agent", "eks-node-monitoring-agent", "aws-mountpoint-s3-csi-driver", "snapshot-controller",
		"aws-efs-csi-driver", "aws-fsx-csi-driver", "adot", "kube-state-metrics", "general", "ebs-csi-controller",
		"ebs-csi-node", "efs-csi-controller", "efs-csi-node", "fsx-csi-controller", "fsx-csi-node":
		return true // EKS add-ons and the controllers' own services; a metric unit's family
	case "OrganizationAccountAccessRole", "Custom-Control-Tower-CodePipeline", "custom-control-tower-configuration",
		"aft-account-request", "aft-account-customizations", "aft-global-customizations", "aft-account-provisioning-customizations":
		return true // the role Organizations creates in a member account; Control Tower's and AFT's own pipeline and repositories
	case "aurora-postgresql", "aurora-mysql", "aurora-postgresql-limitless", "oracle-ee", "oracle-se2", "oracle-ee-cdb",
		"oracle-se2-cdb", "sqlserver-ee", "sqlserver-se", "sqlserver-ex", "sqlserver-web", "custom-oracle-ee",
		"custom-sqlserver-ee", "custom-sqlserver-se", "custom-sqlserver-web", "db2-se", "db2-ae":
		return true // RDS engines
	case "CloudwatchLogs":
		return true // the owner of CloudWatch Logs' control messages
	case "REQ-PARTICIPANT", "OPT-PARTICIPANT", "NON-PARTICIPANT", "CHAIR":
		return true // iCalendar's attendee roles (ATTENDEE;ROLE=REQ-PARTICIPANT)
	case "open-source-rds-extended-support", "open-source-rds-extended-support-disabled":
		return true // RDS's engine lifecycle support settings
	case "direct-vpc-routing", "coip", "snowballEdge", "ssm-session-worker", "ssm-agent-worker", "amazon-ssm-agent", "ssm-document-worker":
		return true // an Outposts local gateway route table's modes, Snowball Edge's client, the SSM Agent's processes
	case "pending-acceptance", "initiating-request":
		return true // a VPC peering connection's states
	case "WorkerQueue", "cfn-hup-exec", "AWSEBLoadBalancer", "AWSEBAutoScalingGroup", "AWSEBSecurityGroup":
		return true // Elastic Beanstalk's own logical names and commands
	case "/aws-dynamodb/imports", "discovered-schemas", "block-new-sharing", "block-all-sharing", "unblocked",
		"system:anonymous", "system:unauthenticated", "system:authenticated":
		return true // the log group DynamoDB imports write to; EventBridge's schema discovery registry; image block
		// public access states; Kubernetes' anonymous user and groups
	case "vpc-ipv4-cidr-block", "vpc-ipv4-cidr-blocks", "vpc-ipv6-cidr-blocks", "subnet-ipv4-cidr-block", "subnet-ipv6-cidr-blocks",
		"security-group-ids", "security-groups", "interface-id", "device-number", "local-hostname", "local-ipv4s",
		"public-hostname", "public-ipv4s", "ipv6s", "owner-id", "subnet-id", "vpc-id":
		return true // the instance metadata service's categories (meta-data/network/interfaces/macs/MAC/...)
	case "ec2.internal", "compute.internal":
		return true // the default DHCP options' domain-name in us-east-1 (in other regions: REGION.compute.internal)
	case "docker-credential-ecr-login", "amazon-ecr-credential-helper", "aws-iam-authenticator", "amazon-ecr-login":
		return true // AWS's open-source credential helpers and actions
	case "viewer-request", "viewer-response", "origin-request", "origin-response":
		return true // CloudFront's event types (Lambda@Edge triggers, a function's eventType)
	case "http-request-method", "host-header", "path-pattern", "http-header", "query-string", "source-ip",
		"dualstack-without-public-ipv4", "dualstack", "scale-in", "scale-out":
		return true // an ALB rule's condition fields; a load balancer's IpAddressType; ECS's and Auto Scaling's directions
	case "indexserver", "nameserver", "xsengine", "compileserver", "preprocessor", "scriptserver", "dpserver", "diserver",
		"docstore", "webdispatcher", "SYSTEMDB", "corosync":
		return true // SAP HANA's services and its system database: SAP's names in every system; the
		// cluster stack Pacemaker reports (crm_mon's "Stack: corosync")
	}
	if len(v) >= 9 && hasPrefix(v, "rdmap") && (hasSuffix(v, "-rdm") || hasSuffix(v, "-dgrm")) {
		return true // an EFA device's libfabric domain (rdmap79s0-rdm): the hardware's name
	}
	if len(v) > 9 && hasSuffix(v, "/SYSTEMDB") && len(v) <= 12 {
		return true // SSM for SAP's DatabaseName: SID/SYSTEMDB (the three-letter SID says nothing of the customer)
	}
	if len(v) > 8 && hasSuffix(v, "_default") && isLower(v[0]) {
		return true // Airflow's default connections: aws_default, redshift_default, postgres_default
	}
	if u := bytes.LastIndexByte(v, '_'); u > 2 && wafRuleField(v[u+1:]) && isUpper(v[0]) {
		return true // an AWS managed WAF rule: SizeRestrictions_BODY, NoUserAgent_HEADER, GenericLFI_QUERYARGUMENTS
	}
	if hasPrefix(v, "S-1-") && !hasPrefix(v, "S-1-5-21-") {
		return true // a well-known SID (S-1-5-18 is SYSTEM, S-1-1-0 Everyone): only S-1-5-21-... is a domain's
	}
	if hasPrefix(v, "Windows_Server-") || hasPrefix(v, "amzn2-ami-") || hasPrefix(v, "al2023-ami-") || hasPrefix(v, "amzn-ami-") {
		return true // a public AMI's name (Windows_Server-2016-English-Full-Base)
	}
	if lambdaRuntime(v) {
		return true
	}
	if hasPrefix(v, "HTTPCode_") || hasPrefixFold(v, "cloudfront-viewer-") || hasPrefixFold(v, "cloudfront-is-") ||
		hasPrefixFold(v, "cloudfront-forwarded-proto") {
		return true // a load balancer's metrics (HTTPCode_ELB_502_Count); the headers CloudFront adds (CloudFront-Viewer-Country)
	}
	if len(v) >= 8 && len(v) <= 9 && v[0] == 'K' && v[1] == 'B' && allDigits(v[2:]) {
		return true // a Microsoft update (KB5034441): public, what a patch compliance report is about
	}
	if wafManagedRuleName(v) {
		return true
	}
	if v[0] >= 'A' && v[0] <= 'Z' && malwareName(v) || elbQuotaName(v) || len(v) > 17 && hasSuffix(v, ".compute.internal") && regionLike(v[:len(v)-17]) {
		return true
	}
	if walSegment(v) || hasPrefix(v, "base_") && len(v) >= 29 && walSegment(v[5:29]) {
		return true // PostgreSQL's WAL segments and the base backups named after them (WAL-G)
	}
	if advisoryID(v) {
		return true // CVE-2023-4911, GHSA-34jh-p97f-mpxf: public advisories
	}
	if hasPrefix(v, "aws.") && len(v) > 4 && isLower(v[4]) && bytes.IndexByte(v[4:], '.') > 0 && !bytes.ContainsAny(v, "-/:") {
		return true // a CloudWatch metric as Datadog names it: aws.rds.database_connections
	}
	return hasPrefix(v, "aws:") && len(v) > 4 && isLower(v[4]) // SSM documents' plugins (aws:runShellScript), AWS's reserved tag keys
}

// wafManagedRuleName: a rule of AWS WAF's managed rule groups as Bot Control and the
// targeted protections name them (CategoryAdvertising, SignalAutomatedBrowser,
// TGT_ML_CoordinatedActivityHigh), and a managed group's version (Version_3.2).
func wafManagedRuleName(v []byte) bool {
	switch {
	case hasPrefix(v, "TGT_") && len(v) > 6:
		return true
	case hasPrefix(v, "Version_") && len(v) > 8 && isDigit(v[8]):
		return versionLike(v[8:]) || allDigits(v[8:])
	case hasPrefix(v, "Category") && len(v) > 10 && isUpper(v[8]), hasPrefix(v, "Signal") && len(v) > 8 && isUpper(v[6]):
		return allLetters(v)
	}
	return false
}

// pascalMetric: a CloudWatch metric's or an API field's PascalCase name
// (DatabaseMemoryUsagePercentage, CPUUtilization, StateReason): two words or more, letters only,
// ending in a measure's or a field's word.
func pascalMetric(v []byte) bool {
	if hasPrefix(v, "Reputation.") {
		v = v[len("Reputation."):] // SES's reputation metrics: Reputation.BounceRate, Reputation.ComplaintRate
	}
	if len(v) < 8 || !isUpper(v[0]) || !allLetters(v) {
		return false
	}
	for _, w := range [...]string{"Percentage", "Percent", "Utilization", "Latency", "Count", "Bytes", "Errors", "Reason",
		"Value", "Duration", "Throttles", "Invocations", "Evictions", "Connections", "Rate"} {
		if hasSuffix(v, w) && len(v) > len(w) {
			return true
		}
	}
	return false
}

// engineFamily: a parameter group's family, an engine and its version (redis7, valkey8,
// memcached1.6, mysql8.0, postgres16, aurora-postgresql15).
func engineFamily(v []byte) bool {
	for _, p := range [...]string{"redis", "valkey", "memcached", "mysql", "postgres", "aurora-postgresql", "aurora-mysql",
		"mariadb", "docdb", "neptune", "oracle-ee-", "sqlserver-"} {
		if hasPrefix(v, p) && len(v) > len(p) && (isDigit(v[len(p)]) || p[len(p)-1] == '-') {
			return true
		}
	}
	return false
}

// malwareName: a malware family as scanners name it (GuardDuty's ThreatName: Linux.Trojan.Mirai,
// Win32.Backdoor.X, EICAR-Test-File): public, what the finding is about.
func malwareName(v []byte) bool {
	for _, p := range [...]string{"Linux.", "Win32.", "Win64.", "Unix.", "MacOS.", "Android.", "Trojan.", "Backdoor.", "EICAR"} {
		if hasPrefix(v, p) && len(v) > len(p)+2 && !hasByte(v, ' ') {
			return true
		}
	}
	return false
}

// elbQuotaName reports the name of an Elastic Load Balancing quota as describe-account-limits
// lists it: application-load-balancers, rules-per-application-load-balancer,
// targets-per-network-load-balancer-per-az, target-groups.
func elbQuotaName(v []byte) bool {
	if string(v) == "target-groups" || hasSuffix(v, "-load-balancers") {
		return true
	}
	p := bytes.Index(v, []byte("-per-"))
	return p > 0 && (bytes.Contains(v[p:], []byte("load-balancer")) || bytes.Contains(v[p:], []byte("target-group")))
}

// lambdaRuntime reports a Lambda runtime's identifier: python3.12, nodejs20.x, java21,
// dotnet8, ruby3.3, go1.x, provided.al2023.
func lambdaRuntime(v []byte) bool {
	if len(v) < 3 || v[0] != 'p' && v[0] != 'n' && v[0] != 'j' && v[0] != 'd' && v[0] != 'r' && v[0] != 'g' {
		return false
	}
	for _, p := range [...]string{"python", "nodejs", "java", "dotnet", "ruby", "go"} {
		if hasPrefix(v, p) && len(v) > len(p) && isDigit(v[len(p)]) {
			for _, c := range v[len(p):] {
				if !isDigit(c) && c != '.' && c != 'x' {
					return false
				}
			}
			return true
		}
	}
	return string(v) == "provided.al2" || string(v) == "provided.al2023" || string(v) == "provided"
}

// walSegment reports a PostgreSQL WAL segment's name: 24 upper-case hex digits, the
// timeline first (00000002000008A7000000B3).
func walSegment(v []byte) bool {
	return len(v) >= 24 && hasPrefix(v, "0000000") && (len(v) == 24 || v[24] == '.' || v[24] == '_') && allHexUpper(v[:24])
}

// zoneID reports an Availability Zone's ID: a region's short code and its zone number
// (use1-az4, apne1-az1, usgw1-az2), the same zone in every account.
func zoneID(v []byte) bool {
	if len(v) > 10 && len(v) <= 24 && localZoneID(v) {
		return true
	}
	d := bytes.Index(v, []byte("-az"))
	if d < 4 || d > 6 || len(v)-d < 4 || len(v)-d > 5 || !allDigits(v[d+3:]) || !isDigit(v[d-1]) {
		return false
	}
	k := 0
	for k < d-1 && isLower(v[k]) {
		k++
	}
	return k >= 3 && allDigits(v[k:d])
}

// quotaCode: a Service Quotas code, L- and eight upper-case hex digits (L-1216C47A).
func quotaCode(v []byte) bool {
	if len(v) != 10 || v[0] != 'L' || v[1] != '-' {
		return false
	}
	for _, c := range v[2:] {
		if !isDigit(c) && (c < 'A' || c > 'F') {
			return false
		}
	}
	return true
}

// bedrockModel: a Bedrock model or system inference profile ID (anthropic.claude-3-5-sonnet-
// 20241022-v2:0, us.anthropic.claude-..., amazon.titan-embed-text-v2:0).
func bedrockModel(v []byte) bool {
	if len(v) < 8 || !isLower(v[0]) || bytes.IndexByte(v[:min(len(v), 16)], '.') < 0 {
		return false
	}
	for _, geo := range [...]string{"us.", "eu.", "apac.", "global.", "us-gov.", "jp.", "au.", "ca."} {
		if hasPrefix(v, geo) {
			v = v[len(geo):]
			break
		}
	}
	if string(v) == "guardrail.v1" {
		return true // a Bedrock guardrail profile (us.guardrail.v1:0): AWS's, per geography
	}
	for _, p := range [...]string{"anthropic.", "amazon.", "meta.", "mistral.", "cohere.", "ai21.", "deepseek.",
		"stability.", "writer.", "openai.", "qwen.", "twelvelabs.", "luma."} {
		if hasPrefix(v, p) && len(v) > len(p)+2 {
			return true
		}
	}
	return false
}

// errorCode: an AWS error code (ResourceLimitExceeded, AccessDeniedException, ThrottlingException):
// one CamelCase word, with an optional trailing colon, ending in an error word; EC2's dotted
// codes (InvalidSnapshot.NotFound, InvalidAMIID.Malformed, Client.UnauthorizedOperation).
func errorCode(v []byte) bool {
	if len(v) > 0 && v[len(v)-1] == ':' {
		v = v[:len(v)-1]
	}
	if len(v) < 8 || len(v) > 64 || !isUpper(v[0]) {
		return false
	}
	if d := bytes.IndexByte(v, '.'); d > 0 && d+1 < len(v) && isUpper(v[d+1]) {
		switch string(v[d+1:]) {
		case "NotFound", "Malformed", "Duplicate", "InUse", "Unavailable", "Expired", "Unsupported", "NotAvailable",
			"Conflict", "Range", "Unknown", "IncorrectState", "Mismatch", "LimitExceeded", "Unauthorized":
			return allLetters(v[:d])
		}
		return (string(v[:d]) == "Client" || string(v[:d]) == "Server") && allLetters(v[d+1:])
	}
	if !allLetters(v) {
		return false
	}
	if hasPrefix(v, "Invalid") && isUpper(v[7]) || len(v) > 13 && hasPrefix(v, "Insufficient") && isUpper(v[12]) {
		return true // InvalidParameterValue, InvalidInstanceID; InsufficientCidrBlocks, InsufficientInstanceCapacity
	}
	for _, s := range [...]string{"Exception", "Exceeded", "Error", "Denied", "NotFound", "Fault", "Failure", "Throttled",
		"Unavailable", "Conflict", "InUse", "Invalid", "Expired", "Timeout", "Unauthorized", "Forbidden", "NotConnected",
		"NotSupported", "NotReady", "Mismatch", "Unsupported"} {
		if hasSuffix(v, s) {
			return true
		}
	}
	return false
}

// awsMetricNamespace: the namespaces AWS's services and agents publish metrics to.
func awsMetricNamespace(v []byte) bool {
	if hasPrefix(v, "AWS/") || hasPrefix(v, "ECS/") || hasPrefix(v, "EKS/") {
		return true
	}
	switch string(v) {
	case "CWAgent", "ContainerInsights", "ApplicationSignals", "CloudWatchSynthetics", "LambdaInsights", "Glue",
		"System/Linux", "System/Windows", "Windows/Default", "AmazonMWAA", "ECS/ContainerInsights/Prometheus":
		return true
	}
	return false
}

// hasUpperByte reports whether v has an upper-case ASCII letter.
func hasUpperByte(v []byte) bool {
	for _, c := range v {
		if isUpper(c) {
			return true
		}
	}
	return false
}

// hasLowerByte reports whether v holds a lower-case ASCII letter.
func hasLowerByte(v []byte) bool {
	for _, c := range v {
		if isLower(c) {
			return true
		}
	}
	return false
}

// allUpperSnake: upper-case letters and '_' only, starting with a letter.
func allUpperSnake(v []byte) bool {
	for _, c := range v {
		if !isUpper(c) && c != '_' {
			return false
		}
	}
	return len(v) > 0 && isUpper(v[0])
}

// allLowerSnake: lower-case letters and '_' only, starting with a letter.
func allLowerSnake(v []byte) bool {
	for _, c := range v {
		if !isLower(c) && c != '_' {
			return false
		}
	}
	return len(v) > 0 && isLower(v[0])
}

// instanceFamily: an EC2 instance family (r6g, m5, c7gn, t3a, x2iedn): a few lower-case
// letters, a generation digit, and option letters.
func instanceFamily(v []byte) bool {
	k := 0
	for k < len(v) && isLower(v[k]) {
		k++
	}
	if k == 0 || k > 3 || k >= len(v) || !isDigit(v[k]) {
		return false
	}
	k++
	for k < len(v) && isLower(v[k]) {
		k++
	}
	return k == len(v) && len(v) <= 8
}

// ec2Family: an instance family whose letters are one of EC2's series (c6i, hpc7a, r7gd,
// inf2, trn1), not a host's name that has the same shape (web1, db2, app3).
func ec2Family(v []byte) bool {
	if !instanceFamily(v) {
		return false
	}
	k := 0
	for isLower(v[k]) {
		k++
	}
	switch string(v[:k]) {
	case "a", "c", "d", "f", "g", "h", "i", "m", "p", "r", "t", "u", "x", "z", "dl", "gr", "hpc", "im", "inf", "is", "trn", "vt":
		return true
	}
	return false
}

// instanceType: t3.micro, m6i.4xlarge, db.r6g.large, cache.t3.small, ml.m5.xlarge.
func instanceType(v []byte) bool {
	if hasPrefix(v, "dev.standard") {
		v = v[len("dev."):] // CodeCatalyst's dev environments: dev.standard1.medium
		return len(v) > len("standard1.") && v[len("standard")] >= '1' && v[len("standard")] <= '9' && v[len("standard1")] == '.' &&
			(hasSuffix(v, "small") || hasSuffix(v, "medium") || hasSuffix(v, "large"))
	}
	if hasPrefix(v, "db.") || hasPrefix(v, "cache.") || hasPrefix(v, "ml.") || hasPrefix(v, "search.") || hasPrefix(v, "dms.") {
		d := 0
		for d < len(v) && v[d] != '.' {
			d++
		}
		v = v[d+1:]
	}
	dot := -1
	for k, c := range v {
		if c == '.' {
			dot = k
			break
		}
	}
	if dot < 2 || dot > 6 || !isLetter(v[0]) {
		return false
	}
	hasD := false
	for _, c := range v[:dot] {
		if isDigit(c) {
			hasD = true
		} else if !isLower(c) && c != '-' {
			return false
		}
	}
	size := v[dot+1:]
	if e := bytes.LastIndexByte(size, '.'); e > 0 && (string(size[e:]) == ".search" || string(size[e:]) == ".elasticsearch") {
		size = size[:e] // OpenSearch Service's types: r6g.large.search
	}
	return hasD && (hasSuffixFold(size, "large") || hasSuffixFold(size, "micro") || hasSuffixFold(size, "small") ||
		hasSuffixFold(size, "medium") || hasSuffixFold(size, "nano") || hasSuffixFold(size, "metal") || hasSuffixFold(size, "xlplus") ||
		string(size) == "*") // (xlplus: Redshift's ra3.xlplus)
}

// specificName: a value that identifies something rather than naming a concept: it has a
// digit, or one of its parts is an environment word (prod, stg, dev, ...).
func specificName(v []byte) bool {
	if len(v) < 4 || constantName(v) {
		return false
	}
	hasDigit := false
	for _, c := range v {
		if isDigit(c) {
			hasDigit = true
		}
	}
	return hasDigit && hasLetterRun(v, 3) || hasEnvWord(v)
}

func hasLetterRun(v []byte, n int) bool {
	run := 0
	for _, c := range v {
		if isLetter(c) {
			run++
			if run >= n {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// hasEnvWord reports whether one of v's parts (split at - _ . / and lower-to-upper case
// changes) is an environment word and another part is a word of its own.
func hasEnvWord(v []byte) bool {
	if !anyEnvPart(v) {
		return false // most names have none: the part classification below is not needed
	}
	env, other, generic, number := false, false, false, false
	for ps, pe := nextPart(v, 0); ps >= 0; ps, pe = nextPart(v, pe) {
		switch p := v[ps:pe]; {
		case envWord(p):
			env = true
		case hasDigitByte(p) && !hasLetterRun(p, 1):
			number = true
		case len(p) >= 3 && hasLetterRun(p, 3):
			if genericPart(p) {
				generic = true
			} else {
				other = true
			}
		}
		if env && other {
			return true // nothing later can change the answer
		}
	}
	// a generic word counts when a number makes the name an instance: stg-web-03
	return env && (other || generic && number)
}

// anyEnvPart reports whether one of v's parts is an environment word.
func anyEnvPart(v []byte) bool {
	for ps, pe := nextPart(v, 0); ps >= 0; ps, pe = nextPart(v, pe) {
		if envWord(v[ps:pe]) {
			return true
		}
	}
	return false
}

// nextPart returns the bounds of v's next part at or after st, or ps = -1 at the end. Parts
// are split at bytes other than letters and digits and at lower-to-upper case changes
// (stg-web-03, SaebyeokProdEksNodeRole).
func nextPart(v []byte, st int) (ps, pe int) {
	for st < len(v) && !isAlnum(v[st]) {
		st++
	}
	if st == len(v) {
		return -1, -1
	}
	k := st + 1
	for k < len(v) && isAlnum(v[k]) && (!isUpper(v[k]) || !isLower(v[k-1])) {
		k++
	}
	return st, k
}

func hasDigitByte(p []byte) bool {
	for _, c := range p {
		if isDigit(c) {
			return true
		}
	}
	return false
}

// genericPart: words that combine with an environment word into ordinary English or
// generic labels (pre-prod, prod-ready, dev-only, test-env), which name nothing.
func genericPart(p []byte) bool {
	if len(p) > 12 {
		return false
	}
	var buf [12]byte
	w, _ := foldASCII(buf[:], p)
	switch string(w) {
	case "pre", "non", "ready", "only", "like", "grade", "driven", "based", "ops", "env", "environment",
		"environments", "account", "accounts", "data", "web", "api", "app", "apps", "vpc", "subnet", "cluster",
		"bucket", "role", "user", "users", "server", "service", "services", "team", "level", "time", "side",
		"facing", "mode", "branch", "build", "deploy", "release", "parity", "traffic", "workload", "workloads",
		"config", "settings", "access", "the", "and", "for", "all", "new", "old", "main", "case", "cases", "suite",
		"run", "runs", "tests", "testing", "mgmt", "shared", "use", "cycle", "line", "stack", "version", "versions",
		"secret", "update", "describe", "list", "get", "put", "create", "delete", "key", "keys", "buffers",
		"reason", "details", "variables", "variants", "endpoint", "endpoints", "files", "insights", "area", "status",
		"state", "message", "options", "parameters": // (API fields: StageReason, ProductionVariants, DevEndpoints)
		return true
	}
	return false
}

// httpHeaderName reports the standard HTTP header names of the families a HAR or a browser's
// request lists (CORS, fetch metadata, client hints, content negotiation).
func httpHeaderName(v []byte) bool {
	for _, p := range [...]string{"Access-Control-", "Sec-Fetch-", "Sec-Ch-Ua", "Sec-WebSocket-", "Content-", "Accept-", "Cache-Control"} {
		if hasPrefix(v, p) {
			return !hasByte(v, ' ')
		}
	}
	return false
}

func envWord(p []byte) bool {
	if len(p) < 2 || len(p) > 11 {
		return false
	}
	switch p[0] | 0x20 { // the first letters of the words below: most parts stop here
	case 'd', 'm', 'n', 'p', 'q', 's', 't', 'u':
	default:
		return false
	}
	var buf [11]byte
	w, _ := foldASCII(buf[:], p)
	switch string(w) {
	case "prod", "prd", "production", "stg", "stage", "staging", "dev", "develop", "development", "qa", "uat",
		"sandbox", "sbx", "preprod", "nonprod", "test", "tst", "perf", "mgmt", "shared":
		return true
	}
	return false
}

// configWord reports a word of network and database configuration, every part of it a
// keyword, an algorithm or a number (aes-128-cbc, hmac-sha1-96, aes256-sha256-modp2048,
// exit-address-family, ebgp-requires-policy, dead-peer-detection, scram-sha-256,
// test_decoding, group14, source-address-translation, certificate-inspection, vm-auth-key):
// what router, firewall, VPN and database configs are written in.
func configWord(v []byte) bool {
	parts, strong := 0, false
	for ps, pe := nextPart(v, 0); ps >= 0; ps, pe = nextPart(v, pe) {
		p := v[ps:pe]
		parts++
		if allDigits(p) {
			continue
		}
		switch string(p) {
		case "cbc", "gcm", "ctr", "hmac", "md5", "des", "ike", "ikev1", "ikev2", "esp", "dh", "bgp", "ebgp", "ibgp",
			"neighbor", "neighbors", "isakmp", "ipsec", "dpd", "scram", "pgoutput", "decoding", "psk", "nopass", "def1",
			"nopull", "keepalive", "family", "detection", "requires", "changes", "algorithm", "encryption",
			"authentication", "integrity", "prf", "multihop", "chacha20", "poly1305", "3des", "ecdhe", "curve25519",
			"pfs", "random", "pass", "persist", "reconfiguration", "traversal", "lifetime", "transform", "phase1",
			"phase2", "exit", "probe", "inspection", "translation", "swap", "arm", "connections", "least", "ssh", "modes", "cts", "ecdh", "diffie", "hellman", "ed25519":
			strong = true // a word that names no customer's resource: with it, the others are config words too
			continue
		}
		switch string(p) {
		case "aes", "cbc", "gcm", "ctr", "sha", "hmac", "md5", "des", "esp", "ah", "ike", "ikev1", "ikev2", "dh", "group",
			"exit", "address", "family", "bgp", "ebgp", "ibgp", "requires", "policy", "log", "neighbor", "neighbors",
			"changes", "dead", "peer", "detection", "crypto", "profile", "profiles", "remote", "random", "hostname",
			"auth", "user", "pass", "nopass", "test", "decoding", "scram", "pgoutput", "psk", "pre", "shared", "key",
			"tls", "ssl", "cipher", "ciphers", "persist", "tun", "redirect", "gateway", "def1", "keepalive", "nopull",
			"algorithm", "encryption", "authentication", "integrity", "prf", "lifetime", "transform", "set", "mode",
			"tunnel", "proposal", "keyring", "isakmp", "ipsec", "phase1", "phase2", "dpd", "nat", "traversal",
			"soft", "reconfiguration", "inbound", "outbound", "route", "map", "prefix", "list", "community", "send",
			"activate", "local", "as", "ebgp-multihop", "multihop", "update", "source", "timers", "interval", "chacha20",
			"poly1305", "3des", "ecdhe", "rsa", "ecdsa", "curve25519", "pfs", "modp", "http", "https", "value",
			"certificate", "interface", "management", "mgmt", "single", "member", "op", "command", "vm", "load",
			"balancing":
			continue
		}
		ok := false
		for _, pre := range [...]string{"aes", "sha", "modp", "ecp", "group", "hmac", "des", "3des", "x25519", "nistp"} {
			if hasPrefix(p, pre) && len(p) > len(pre) && allDigits(p[len(pre):]) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
		strong = true // an algorithm with its size: aes256, sha1, modp2048, group14
	}
	return strong && (parts >= 2 || hasPrefix(v, "group") && len(v) > 5 && allDigits(v[5:]) || string(v) == "ikev1" || string(v) == "ikev2")
}

// osFamily: operating system families as image scanners and inventories name them.
func osFamily(v []byte) bool {
	switch string(v) {
	case "alpine", "debian", "ubuntu", "amazon", "redhat", "centos", "rocky", "alma", "photon", "wolfi", "bottlerocket",
		"windows", "linux", "suse", "opensuse", "oracle", "fedora", "distroless", "chainguard":
		return true
	}
	return false
}

// oracleVersion reports an Oracle Database release (19c, 21c, 11g, 23ai).
func oracleVersion(v []byte) bool {
	n := len(v)
	return n >= 2 && n <= 4 && isDigit(v[0]) && (v[n-1] == 'c' || v[n-1] == 'g' || hasSuffix(v, "ai")) &&
		allDigits(bytes.TrimRight(v, "cgai"))
}

// personName reports whether v is a person's name whole: two or three capitalised words, none
// a service's, a common or a role's word (see nameSpan).
func personName(v []byte) bool {
	_, e, words := nameSpan(v, 0, len(v))
	return words >= 2 && e == len(v)
}

// classificationWord reports the levels of data classification, sensitivity and criticality
// and the compliance regimes that tags record (phi, confidential, pci-dss, high): the same in
// every estate, and what a security review needs to read.
func classificationWord(v []byte) bool {
	if len(v) < 3 || len(v) > 19 {
		return false
	}
	var buf [19]byte
	w, _ := lowerASCII(buf[:], v)
	switch string(w) {
	case "phi", "pii", "pci", "phi-data", "pii-data", "confidential", "restricted", "internal", "public", "private",
		"sensitive", "non-sensitive", "nonsensitive", "secret", "top-secret", "highly-confidential", "hipaa", "gdpr",
		"sox", "pci-dss", "soc2", "iso27001", "fedramp", "low", "medium", "high", "critical", "moderate", "none":
		return true
	}
	return false
}

// consonantRun reports whether v has n letters in a row that are no vowels (a, e, i, o, u, y):
// what a random draw of letters has and a word of English or of a name seldom does.
func consonantRun(v []byte, n int) bool {
	k := 0
	for _, c := range v {
		switch c | 0x20 {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			k = 0
		default:
			if !isLetter(c) {
				k = 0
				continue
			}
			k++
			if k >= n {
				return true
			}
		}
	}
	return false
}

// podName reports a Kubernetes pod name made by a Deployment: NAME-HASH-SUFFIX, where the
// replica set hash (6 to 10) and the pod suffix (5) are drawn from Kubernetes' safe alphabet
// (no vowels, no 0, 1 or 3).
func podName(v []byte) bool {
	s := bytes.LastIndexByte(v, '-')
	if s < 0 || len(v)-s-1 != 5 || !safeAlnum(v[s+1:]) {
		return false
	}
	h := bytes.LastIndexByte(v[:s], '-')
	return h > 0 && s-h-1 >= 6 && s-h-1 <= 10 && safeAlnum(v[h+1:s]) && hasDigitByte(v[h+1:s])
}

// wafRuleField reports the request part an AWS managed WAF rule's name ends with.
func wafRuleField(p []byte) bool {
	switch string(p) {
	case "BODY", "HEADER", "QUERYARGUMENTS", "QUERYSTRING", "URIPATH", "COOKIE", "COOKIES", "REQUEST":
		return true
	}
	return false
}

// cloudFrontManagedPolicy reports the IDs of CloudFront's managed cache, origin request and
// response headers policies (CachingOptimized, CachingDisabled, CORS-S3Origin, AllViewer,
// SecurityHeadersPolicy, ...): AWS's, the same in every account.
func cloudFrontManagedPolicy(v []byte) bool {
	switch string(v) {
	case "658327ea-f89d-4fab-a63d-7e88639e58f6", "4135ea2d-6df8-44a3-9df3-4b5a84be39ad", "b2884449-e4de-46a7-ac36-70bc7f1ddd6d",
		"2e54312d-136d-493c-8eb9-b001f22f67d2", "08627262-05a9-4f76-9ded-b50ca2e3a84f", "acba4595-bd28-49b8-b9fe-13317c0390fa",
		"59781a5b-3903-41f3-afcb-af62929ccde1", "88a5eaf4-2fd4-4709-b370-b4c650ea3fcf", "216adef6-5c7f-47e4-b989-5492eafa07d3",
		"775133bc-15f2-49f9-abea-afb2e0bf67d2", "b689b0a8-53d0-40ab-baf2-68738e2966ac", "33f36d7e-f396-46d9-90e0-52428a34d9dc",
		"60669652-455b-4ae9-85a4-c4c02393f86c", "5cc3b908-e619-4b99-88e5-2cf7f45965bd", "67f7725c-6f97-4210-82d7-5512b31e9d03",
		"e61eb60c-9c35-4d20-a928-2b84e02af89c", "eaab4381-ed33-4a86-88ca-d9558dc6cd63":
		return true
	}
	return false
}

// advisoryID reports a public advisory's ID: CVE-YYYY-N (any case) or GHSA-xxxx-xxxx-xxxx.
func advisoryID(v []byte) bool {
	if len(v) >= 13 && hasPrefixFold(v, "cve-") && allDigits(v[4:8]) && v[8] == '-' && allDigits(v[9:]) {
		return true
	}
	return len(v) == 19 && hasPrefix(v, "GHSA-") && v[9] == '-' && v[14] == '-'
}

// replicaSetName reports a Deployment's replica set: NAME-HASH, the hash of 8 to 10 bytes of
// Kubernetes' safe alphabet with a digit and a letter.
func replicaSetName(v []byte) bool {
	h := bytes.LastIndexByte(v, '-')
	if h < 3 || len(v)-h-1 < 8 || len(v)-h-1 > 10 || h < 5 && bytes.IndexByte(v[:h], '-') < 0 {
		return false // (wsb-8vbljg4r6: an AWS ID's short prefix, not a workload's name)
	}
	p := v[h+1:]
	return safeAlnum(p) && hasDigitByte(p) && hasLetterRun(p, 1)
}

// cronJobName reports a CronJob's job (NAME-<8-digit schedule time>) or its pod (the same and
// a 5-byte suffix).
func cronJobName(v []byte) bool {
	n := len(v)
	if n >= 18 && v[n-6] == '-' && safeAlnum(v[n-5:]) {
		n -= 6 // the pod's suffix
	}
	return n >= 12 && v[n-9] == '-' && v[n-8] == '2' && allDigits(v[n-7:n])
}

// workloadEnd returns the end of the workload's own name in a pod, replica set or job name
// (before the generated parts).
func workloadEnd(v []byte) int {
	e := len(v)
	for n := 0; n < 2; n++ {
		h := bytes.LastIndexByte(v[:e], '-')
		if h < 1 {
			break
		}
		if p := v[h+1 : e]; !safeAlnum(p) && !allDigits(p) {
			break
		}
		e = h
	}
	return e
}

// k8sKindBefore reports whether the word ending at slash (kubectl's kind/name) is a
// Kubernetes kind: pod/x, deployment.apps/x, ingress.networking.k8s.io/x.
func k8sKindBefore(text []byte, slash int) bool {
	k := slash
	for k > 0 && slash-k < 40 && (isLower(text[k-1]) || isDigit(text[k-1]) || text[k-1] == '.') {
		k--
	}
	if k == slash || k > 0 && (isAlnum(text[k-1]) || text[k-1] == '/' || text[k-1] == '-' || text[k-1] == '_') {
		return false
	}
	w := text[k:slash]
	if d := bytes.IndexByte(w, '.'); d > 0 {
		w = w[:d] // deployment.apps, job.batch, ingress.networking.k8s.io
	}
	switch string(w) {
	case "pod", "pods", "deployment", "deploy", "replicaset", "rs", "statefulset", "sts", "daemonset", "ds", "job",
		"cronjob", "service", "svc", "ingress", "ing", "configmap", "cm", "secret", "serviceaccount", "sa",
		"persistentvolumeclaim", "pvc", "horizontalpodautoscaler", "hpa", "poddisruptionbudget", "pdb",
		"targetgroupbinding", "nodepool", "ec2nodeclass", "rollout", "application":
		return true
	}
	return false
}

// safeAlnum: bytes of Kubernetes' random-name alphabet (bcdfghjklmnpqrstvwxz2456789).
func safeAlnum(b []byte) bool {
	for _, c := range b {
		switch {
		case c >= '2' && c <= '9' && c != '3':
		case isLower(c) && c != 'a' && c != 'e' && c != 'i' && c != 'o' && c != 'u' && c != 'y':
		default:
			return false
		}
	}
	return true
}

// afterIDKey reports whether the string at i is the value of a JSON or Python dict entry whose
// key is an EC2-style ID ("i-0b7e3a9c1f5d24068": "NAME").
func afterIDKey(text []byte, i int) bool {
	j := i
	for j > 0 && i-j < 4 && (text[j-1] == '"' || text[j-1] == '\'' || text[j-1] == ' ') {
		j--
	}
	if j == 0 || text[j-1] != ':' && (text[j-1] != ',' || text[i-1] != '"') {
		return false // ("i-0b7e...": "name", and in a list ["i-0b7e...", "name"]: Trusted Advisor's metadata)
	}
	j--
	for j > 0 && (text[j-1] == '"' || text[j-1] == '\'' || text[j-1] == ' ') && i-j < 8 {
		j--
	}
	return idEndsAt(text, j)
}

// reverseDomain reports a domain written backwards, as custom EventBridge sources are
// (com.brindlepay.disputes, kr.co.haneulmart.settlement, de.ferncastle. as a prefix): a top-level
// domain first, then lower-case labels; not AWS's own (com.amazonaws.*, com.amazon.*).
func reverseDomain(v []byte) bool {
	d := bytes.IndexByte(v, '.')
	if d < 2 || d > 10 || d == len(v)-1 || hasPrefix(v, "com.amazon") || hasPrefix(v, "com.aws") {
		return false
	}
	for _, c := range v {
		if !isLower(c) && !isDigit(c) && c != '.' && c != '-' {
			return false
		}
	}
	var buf [16]byte
	n := copy(buf[:], "x.")
	n += copy(buf[n:], v[:d])
	return publicSuffix(buf[:n]) && !hasByte(v[:d], '-')
}

// aftResource reports Account Factory for Terraform's own functions, tables and pipelines, the
// same in every deployment (aft-account-request-processor, aft-invoke-aft-account-provisioning-framework,
// aft-request-metadata, ct-aft-account-request).
func aftResource(v []byte) bool {
	if hasPrefix(v, "ct-aft-") {
		return true
	}
	return hasPrefix(v, "aft-") && (bytes.Contains(v, []byte("account-request")) || hasPrefix(v, "aft-invoke-") || hasPrefix(v, "aft-request") ||
		bytes.Contains(v, []byte("customizations")) || bytes.Contains(v, []byte("provisioning")) || bytes.Contains(v, []byte("controltower")))
}

// glueOwnLogGroup reports the log groups Glue writes to by default (/aws-glue/jobs/output,
// /aws-glue/jobs/error, /aws-glue/jobs/logs-v2, /aws-glue/crawlers), not one a job's
// --continuous-log-logGroup names (/aws-glue/jobs/sakuragi-wms).
func glueOwnLogGroup(v []byte) bool {
	switch string(v[len("/aws-glue/"):]) {
	case "jobs/output", "jobs/error", "jobs/logs-v2", "crawlers", "python-jobs/output", "python-jobs/error", "sessions/output",
		"sessions/error", "jobs", "jobs/", "crawlers/":
		return true
	}
	return false
}

// upperUserName reports an Oracle or Db2 user, which are upper case (DMS_CAPTURE), or an
// upper-case database (SQL Server's ERP_KESSLER), where a user or a database is expected
// (typ): two parts at most 20 bytes long, not an enumeration's member
// (HIDDEN_DUE_TO_SECURITY_REASONS); or a Snowflake storage integration's name, where one is.
func upperUserName(typ string, v []byte) bool {
	if typ == storageIntegration {
		return true // Snowflake names its objects in capitals: S3_INT_PALOVERDE
	}
	u := bytes.IndexByte(v, '_')
	if u <= 0 || len(v) > 20 {
		return false
	}
	switch typ {
	case "iam-user-name", "rds-identifier":
		return hasLetterRun(v[u+1:], 3)
	case "database-name":
		return hasLetterRun(v[u+1:], 2) // (a warehouse's or a database's key says what it is: SALES_DW, BI_WH_XS)
	}
	return false
}

// storageIntegration is the type of a Snowflake storage integration's name: the object that
// holds the IAM role a customer's Snowflake account assumes.
const storageIntegration = "storage-integration"

// afterVersionKey reports whether the value at i follows a key that ends in "version"
// (specificationVersion: 'jobtemplate-2023-09', "EngineVersion": "aurora-mysql-8.0"): a
// version, never a resource's name.
func afterVersionKey(text []byte, i int) bool {
	j := i
	for j > 0 && i-j < 4 && (text[j-1] == '"' || text[j-1] == '\'' || text[j-1] == ' ') {
		j--
	}
	if j == 0 || text[j-1] != ':' && text[j-1] != '=' {
		return false
	}
	j--
	for j > 0 && i-j < 8 && (text[j-1] == '"' || text[j-1] == '\'' || text[j-1] == ' ') {
		j--
	}
	return j >= 7 && hasSuffixFold(text[:j], "version")
}

// idEndsAt reports whether an EC2-style ID (letters, '-', 8 or 17 hex digits) ends at e.
func idEndsAt(text []byte, e int) bool {
	// (both lengths are tried: a '-' 18 bytes back may belong to another word than the ID's)
	return e >= 19 && text[e-18] == '-' && idBodyAt(text, e-18, e) || e >= 10 && text[e-9] == '-' && idBodyAt(text, e-9, e)
}

// idBodyAt reports whether hex digits run from after the '-' at d to e, behind a prefix of
// letters (and '-') that starts a word.
func idBodyAt(text []byte, d, e int) bool {
	j := d
	for j > 0 && d-j < 20 && (isLetter(text[j-1]) || text[j-1] == '-') {
		j--
	}
	return j < d && isLetter(text[j]) && (j == 0 || !isAlnum(text[j-1])) && allHex(text[d+1:e])
}

// afterIDParen reports whether the name at i stands in parentheses right after an EC2-style
// ID: "sg-0a7c3e9f1b5d28046 (hp-bastion-sg)", "`i-0abc...` (`api-1`)".
func afterIDParen(text []byte, i int) bool {
	j := i
	if j > 0 && text[j-1] == '`' {
		j--
	}
	if j < 2 || text[j-1] != '(' {
		return false
	}
	j--
	for j > 0 && i-j < 6 && (text[j-1] == ' ' || text[j-1] == '`') {
		j--
	}
	return idEndsAt(text, j)
}

// k8sLBName: k8s-NAMESPACE-NAME-HASH, the names the AWS Load Balancer Controller gives load
// balancers and target groups (the hash is ten hex digits).
func k8sLBName(v []byte) bool {
	d := bytes.LastIndexByte(v, '-')
	return hasPrefix(v, "k8s-") && d > 4 && len(v)-d-1 == 10 && allHex(v[d+1:]) && countByte(v, '-') >= 3
}

// syslogHost reports whether the name [i, k) is the host of a syslog line: after a time of
// day, before PROGRAM[PID] or a CEF or LEEF event; or the third field of an RFC 5424 line
// (<PRI>1 TIMESTAMP HOST APP ...).
func syslogHost(text []byte, i, k int) bool {
	if k >= len(text) || text[k] != ' ' || i < 9 || text[i-1] != ' ' {
		return false
	}
	if ls := lineStart(text, i, 64); text[ls] == '<' && ls+4 < i {
		if g := bytes.IndexByte(text[ls:i], '>'); g > 1 && g <= 4 && allDigits(text[ls+1:ls+g]) && hasPrefix(text[ls+g+1:], "1 ") &&
			bytes.IndexByte(text[ls+g+3:i-1], ' ') < 0 {
			return true
		}
	}
	if !isDigit(text[i-2]) || text[i-4] != ':' && text[i-5] != ':' {
		return false
	}
	if hasPrefix(text[k+1:], "CEF:") || hasPrefix(text[k+1:], "LEEF:") {
		return true
	}
	p := k + 1
	for p < len(text) && p-k < 40 && (isAlnum(text[p]) || text[p] == '-' || text[p] == '_' || text[p] == '.' || text[p] == '/') {
		p++
	}
	if p >= len(text) || text[p] != '[' || p == k+1 {
		return false
	}
	q := p + 1
	for q < len(text) && isDigit(text[q]) {
		q++
	}
	return q > p+1 && q < len(text) && text[q] == ']'
}

// kebabName: a lower-case name of three or more parts joined by '-' (orbit-checkout-tg-blue,
// acme-media-uploads), none of them an English function word (end-to-end, out-of-band,
// state-of-the-art are phrases), not a component everyone runs (kube-state-metrics) and not
// an SDK's header or connection (amz-sdk-invocation-id, http-outgoing-14).
func kebabName(v []byte) bool {
	if countByte(v, '-') < 2 || len(v) < 10 || hasByte(v, '.') || hasByte(v, '_') || managedRuleName(v) ||
		hasPrefix(v, "rslvr-") || hasPrefix(v, "rds-ca-") {
		return false
	}
	first := true
	for ps, pe := nextPart(v, 0); ps >= 0; ps, pe = nextPart(v, pe) {
		p := v[ps:pe]
		if pe-ps < 2 && (pe < len(v) || ps < 6) || !isLower(p[0]) && !isDigit(p[0]) || len(p) >= 6 && (allDigits(p) || allHex(p) && hasDigitByte(p)) {
			// a phrase's short word, a capitalised part, or a generated ID's part (but a
			// one-letter last part after two words is a pair's member: ksk-fahrplan-api-a)
			return false
		}
		if first && (cliVerb(p) || allDigits(p)) {
			// a CLI subcommand (list-backup-jobs, update-secret-version-stage); an image tag
			// led by its version (node:20-bookworm-slim, amazoncorretto:21-al2023-headless)
			return false
		}
		first = false
		for _, c := range p {
			if isUpper(c) {
				return false
			}
		}
		switch string(p) {
		case "to", "of", "the", "in", "by", "up", "on", "an", "and", "or", "for", "at", "per", "via", "vs", "over",
			"under", "off", "out", "as", "is", "it", "be", "non", "pre", "post", "re", "co", "self", "well", "day",
			"kube", "metrics", "controller", "webhook", "exporter", "operator", "agent", "driver", "plugin", "cni",
			"csi", "nginx", "ingress", "cert", "manager", "server", "dns", "proxy", "node", "aws", "amazon", "eks",
			"bit", "fluent", "state", "load", "balancer", "failed", "error", "success", "succeeded", "denied",
			"timeout", "connect", "disconnect", "client", "ami", "amz", "sdk", "outgoing", "incoming", "not":
			return false
		}
	}
	return true
}

// cliVerb: the verbs AWS CLI subcommands start with.
func cliVerb(p []byte) bool {
	switch string(p) {
	case "create", "describe", "delete", "update", "get", "list", "put", "start", "stop", "run", "modify", "attach",
		"detach", "associate", "disassociate", "enable", "disable", "register", "deregister", "tag", "untag", "add",
		"remove", "set", "reset", "restore", "copy", "import", "export", "invoke", "publish", "send", "receive", "wait",
		"batch", "search", "test", "validate", "execute", "cancel", "accept", "reject", "request", "revoke", "authorize",
		"filter", "lookup", "query", "scan", "tail", "sync", "retry", "promote", "reboot", "resume", "pause", "purge",
		"provide", "estimate", "generate", "check", "verify", "rotate", "recover", "replace", "allocate", "release",
		"assume", "decode", "encrypt", "decrypt", "sign", "simulate", "preview", "deploy", "rollback", "schedule",
		"subscribe", "unsubscribe", "confirm", "initiate", "complete", "abort", "upload", "download", "change", "apply",
		"evaluate", "analyze", "detect", "discover", "merge", "transfer", "purchase", "renew", "opt", "continue", "submit":
		return true
	}
	return false
}

// securityHubControl reports a Security Hub control's ID: a service's name, '.', a number
// (S3.17, EC2.8, CloudTrail.2, IAM.1).
func securityHubControl(v []byte) bool {
	d := bytes.IndexByte(v, '.')
	return d > 1 && d+1 < len(v) && len(v)-d <= 4 && allDigits(v[d+1:]) && (serviceWord(v[:d]) || cfnNamespace(v[:d]))
}

// soc2Control reports a SOC 2 common criterion as Audit Manager's framework names its
// controls ("CC6.1 - Logical access security software").
func soc2Control(v []byte) bool {
	return len(v) > 8 && v[0] == 'C' && v[1] == 'C' && isDigit(v[2]) && bytes.Contains(v[:min(len(v), 10)], []byte(" - "))
}

// conditionKey reports an IAM condition key: a service code (or "aws") and the key's name
// (s3:x-amz-server-side-encryption, aws:ResourceTag/${TagKey}, ec2:ResourceTag/Env).
func conditionKey(v []byte) bool {
	c := bytes.IndexByte(v, ':')
	if c < 2 || c+2 > len(v) || !isLetter(v[c+1]) || string(v[:c]) != "aws" && !serviceCode(v[:c]) {
		return false
	}
	for _, b := range v[c+1:] {
		if !isAlnum(b) && b != '-' && b != '/' && b != '_' && b != '$' && b != '{' && b != '}' {
			return false
		}
	}
	return true
}

// firehoseDestination: the destinations Firehose's error codes start with, where serviceWord
// does not already hold them (Splunk.ProxyWithoutStickySessions, HttpEndpoint.InvalidResponseFromDestination).
func firehoseDestination(w []byte) bool {
	switch string(w) {
	case "Splunk", "HttpEndpoint", "Elasticsearch", "AmazonOpenSearchService", "Snowflake", "Iceberg", "DataFormatConversion":
		return true
	}
	return false
}

// accountSuffixed: a name that ends with -<12 digits> after a word of its own.
func accountSuffixed(v []byte) bool {
	return len(v) > 16 && v[len(v)-13] == '-' && allDigits(v[len(v)-12:]) && string(v[len(v)-12:len(v)-4]) != "00000000" &&
		hasLetterRun(v[:len(v)-13], 3)
}

// tfForEachKey reports whether the word at i is a Terraform for_each key: a string in
// brackets after a resource or module address (aws_s3_bucket.this["NAME"], module.x["NAME"]).
func tfForEachKey(text []byte, i int) bool {
	if i < 8 || text[i-1] != '"' || text[i-2] != '[' {
		return false
	}
	j := i - 2
	for j > 0 && i-j < 128 && (isWord(text[j-1]) || text[j-1] == '.' || text[j-1] == '-') {
		j--
	}
	a := text[j : i-2]
	return hasByte(a, '.') && (hasPrefix(a, "aws_") || hasPrefix(a, "module.") || hasPrefix(a, "data.aws_"))
}

// apiAction: an AWS API action or IAM filter word in prose (CreateOrUpdateTags,
// LocalManagedPolicy): a verb and CamelCase letters.
func apiAction(v []byte) bool {
	if len(v) < 6 || len(v) > 60 || !isUpper(v[0]) {
		return false
	}
	if d := apiVersionSuffix(v); d > 0 {
		v = v[:d] // CloudTrail's Lambda and CloudFront event names: UpdateFunctionConfiguration20150331v2
	}
	for _, c := range v {
		if !isLetter(c) {
			return false
		}
	}
	for _, verb := range [...]string{"Create", "Delete", "Update", "Put", "Get", "List", "Describe", "Attach", "Detach",
		"Assume", "Start", "Stop", "Run", "Terminate", "Modify", "Associate", "Disassociate", "Enable", "Disable",
		"Tag", "Untag", "Invoke", "Publish", "Register", "Deregister", "Authorize", "Revoke", "Reboot", "Restore",
		"Local", "Batch", "Add", "Remove", "Send", "Set", "Accept", "Reject", "Cancel", "Copy", "Import", "Export",
		"Upload", "Search", "Validate", "Test", "Reset", "Rotate", "Decrypt", "Encrypt", "Generate", "Lookup"} {
		if hasPrefix(v, verb) && len(v) > len(verb) && isUpper(v[len(verb)]) {
			return true
		}
	}
	return false
}

// codePath: a package, class or module path of code (software.amazon.awssdk.services.s3,
// botocore.exceptions, github.com/aws/aws-sdk-go-v2/otelaws), or an SDK span name
// (S3.PutObject): what logs and traces name, not a resource.
func codePath(v []byte) bool {
	if sp := bytes.IndexByte(v, ' '); sp > 0 {
		v = bytes.TrimRight(v[:sp], ":") // an exception's class, then its message
	}
	d := bytes.IndexByte(v, '.')
	if d <= 0 {
		return false
	}
	switch string(v[:d]) {
	case "software", "com", "org", "java", "javax", "io", "net", "botocore", "boto3", "kotlin", "scala", "android",
		"jdk", "sun", "aws_lambda_powertools", "aiobotocore", "urllib3", "requests", "django", "flask", "celery",
		"process", "import": // process.env.X, import.meta.env.X: code reading a variable
		return countByte(v, '.') >= 1 && !bytes.ContainsAny(v, " /") || hasPrefix(v, "com.amazonaws")
	case "github", "gitlab", "golang", "gopkg", "go":
		return bytes.IndexByte(v, '/') > d
	}
	var buf [24]byte
	svc, ok := lowerASCII(buf[:], v[:d])
	return ok && serviceCode(svc) && apiAction(v[d+1:])
}

// allUpperLetters: v is upper-case letters only.
func allUpperLetters(v []byte) bool {
	for _, c := range v {
		if !isUpper(c) {
			return false
		}
	}
	return len(v) > 0
}

// allLowerLetters: v is lower-case letters only.
func allLowerLetters(v []byte) bool {
	for _, c := range v {
		if !isLower(c) {
			return false
		}
	}
	return len(v) > 0
}

// apiVersionSuffix returns where the API version date that ends v starts (eight digits, maybe
// "v" and a digit: ...20150331v2), or 0.
func apiVersionSuffix(v []byte) int {
	e := len(v)
	if e >= 2 && v[e-2] == 'v' && isDigit(v[e-1]) {
		e -= 2
	}
	if e < 9 || !allDigits(v[e-8:e]) || !isLetter(v[e-9]) || (v[e-8] != '1' && v[e-8] != '2') {
		return 0
	}
	return e - 8
}

// fileName: values-stg.yaml, main.tf, deploy-prod.sh.
func fileName(v []byte) bool {
	k := len(v) - 1
	for k > 0 && v[k] != '.' {
		k--
	}
	if k <= 0 {
		return false
	}
	switch string(v[k+1:]) {
	case "yaml", "yml", "json", "tf", "tfvars", "tfstate", "py", "go", "js", "ts", "sh", "txt", "log", "gz", "csv",
		"md", "conf", "cfg", "ini", "xml", "html", "zip", "tar", "jar", "war", "pem", "crt", "toml", "env", "sql",
		"java", "rb", "rs", "lock", "mod", "sum", "tpl", "j2", "hcl", "ps1", "bat", "exe", "dll", "so", "whl", "png", "jpg",
		"pdf", "parquet", "avro", "orc":
		return true
	}
	return false
}

// uuidSuffixed: NAME-<uuid> (EKS node-group launch templates and ASGs, Lambda ENI
// descriptions).
func uuidSuffixed(v []byte) bool {
	return len(v) >= 40 && v[len(v)-37] == '-' && isUUID(v[len(v)-36:]) && hasLetterRun(v[:len(v)-37], 3)
}

// envInside: an environment word inside a word without separators (acmeprdaurorapg).
func envInside(v []byte) bool {
	return bytesContainsFold(v, "prd") || bytesContainsFold(v, "prod") || bytesContainsFold(v, "stg") ||
		bytesContainsFold(v, "staging") || bytesContainsFold(v, "dev") || bytesContainsFold(v, "qa")
}

// regionSuffixed: a name that ends with a region (acme-media-eu-west-1), the usual shape of
// bucket and cluster names, with a word of its own before the region.
func regionSuffixed(v []byte) bool {
	for p := len(v) - 9; p > 3; p-- {
		if v[p-1] == '-' && regionLike(v[p:]) {
			return hasLetterRun(v[:p-1], 3) && !hasPrefix(v, "com.") && !awsOwnedBucket(v)
		}
	}
	return false
}

// versionLike: 1.2.3, v1.29.0, 8.0.36, 2024-01-01, 15.4.
func versionLike(v []byte) bool {
	if v[0] == 'v' || v[0] == 'V' {
		v = v[1:]
	}
	if len(v) == 0 || !isDigit(v[0]) {
		return false
	}
	if n := len(v); n > 3 && v[n-2] == 'v' && isDigit(v[n-1]) && v[n-3] == '.' {
		v = v[:n-2] // RDS for SQL Server: 15.00.4395.2.v1
	}
	if d := bytes.Index(v, []byte("-eksbuild.")); d > 0 && allDigits(v[d+10:]) && d+10 < len(v) {
		v = v[:d] // an EKS add-on's build: v1.30.3-eksbuild.2
	}
	for _, c := range v {
		if !isDigit(c) && c != '.' && c != '-' {
			return false
		}
	}
	return true
}

// yearMonthSuffix: v ends in -YYYY-MM, the date an AWS-defined policy is named for.
func yearMonthSuffix(v []byte) bool {
	t := v[len(v)-8:]
	return t[0] == '-' && t[1] == '2' && t[2] == '0' && isDigit(t[3]) && isDigit(t[4]) && t[5] == '-' && isDigit(t[6]) && isDigit(t[7])
}

// localZoneID: a Local Zone's or Wavelength Zone's ID, the region's short code, then the
// zone's group and its number (usw2-lax1-az1, usw2-wl1-sea-wlz1): AWS's, as use1-az4 is.
func localZoneID(v []byte) bool {
	d := bytes.IndexByte(v, '-')
	if d < 4 || d > 6 || !isDigit(v[d-1]) || !isLower(v[0]) {
		return false
	}
	e := len(v)
	for e > d && isDigit(v[e-1]) {
		e--
	}
	if e == len(v) || !hasSuffix(v[:e], "-az") && !hasSuffix(v[:e], "-wlz") {
		return false
	}
	for _, c := range v[d:e] {
		if !isLower(c) && !isDigit(c) && c != '-' {
			return false
		}
	}
	return true
}

// yarnID reports a YARN application's, attempt's or container's ID
// (application_1741100512334_0007, appattempt_..._000001, container_e05_1733792210456_0113_01_000002):
// the ResourceManager's start time in milliseconds and counters.
func yarnID(v []byte) bool {
	var rest []byte
	switch {
	case hasPrefix(v, "application_"):
		rest = v[12:]
	case hasPrefix(v, "appattempt_"):
		rest = v[11:]
	case hasPrefix(v, "container_"):
		rest = v[10:]
		if len(rest) > 4 && rest[0] == 'e' && isDigit(rest[1]) {
			rest = rest[bytes.IndexByte(rest, '_')+1:] // the epoch (container_e05_...)
		}
	default:
		return false
	}
	if len(rest) < 18 || rest[13] != '_' || !allDigits(rest[:13]) {
		return false
	}
	for _, c := range rest[14:] {
		if !isDigit(c) && c != '_' {
			return false
		}
	}
	return true
}

// dateFormat reports a date pattern of y, M, d, H, h, m, s runs between '-', '/', '.' or '_'
// (yyyy-mm-dd, dd-MM-yyyy, yyyy_MM_dd-HH), with a year of four and a month and a day.
func dateFormat(v []byte) bool {
	day := false
	for k, c := range v {
		switch c {
		case 'd', 'D':
			day = true
		case 'y', 'Y', 'M', 'm', 'H', 'h', 's':
		case '-', '/', '.', '_':
			if k == 0 || k == len(v)-1 {
				return false
			}
		default:
			return false
		}
	}
	return day && (bytes.Contains(v, []byte("yyyy")) || bytes.Contains(v, []byte("YYYY")))
}

// fileMode reports nine permission characters (rwxr-xr-x, rwsr-x---, rwxrwxrwt).
func fileMode(v []byte) bool {
	if len(v) != 9 {
		return false
	}
	for k, c := range v {
		special := k%3 == 2 && (c == 's' || c == 'S' || c == 't' || c == 'T') // setuid, setgid, sticky
		if c != '-' && c != "rwx"[k%3] && !special {
			return false
		}
	}
	return true
}

// awsDefaultName reports the names AWS gives or requires for a customer's resources, the same
// in every account: the service roles DMS, RDS and EMR look for by name (dms-vpc-role,
// rds-monitoring-role, EMR_DefaultRole), Bedrock's default knowledge base index fields
// (bedrock-knowledge-base-default-vector), and the SageMaker JumpStart catalog's model IDs
// (huggingface-llm-mistral-7b-instruct-v3, meta-textgeneration-llama-3-8b-instruct).
func awsDefaultName(v []byte) bool {
	switch string(v) {
	case "dms-vpc-role", "dms-cloudwatch-logs-role", "dms-access-for-endpoint", "rds-monitoring-role", "EMR_DefaultRole",
		"EMR_EC2_DefaultRole", "EMR_AutoScaling_DefaultRole", "EMR_Notebooks_DefaultRole", "DataPipelineDefaultRole",
		"DataPipelineDefaultResourceRole", "aws-elasticbeanstalk-ec2-role", "aws-elasticbeanstalk-service-role", "ecsInstanceRole",
		"ecsTaskExecutionRole", "ecsAutoscaleRole", "ses-default-dedicated-pool",
		"DeploymentService", "FleetStatusService", "TelemetryAgent", "UpdateSystemPolicyService",
		"Basic Routing Profile", "BasicQueue", "Log Archive", "Sandbox", "Workloads", "FSxRemoteAdmin",
		"EC2ImageBuilderDistributionCrossAccountRole", "vol-ffffffff", "io-enabled", "io-performance", "capacity-reservations-only",
		"Setup hadoop debugging", "used_percent", "SharedLoadBalancer", "Ethernet0", "record-ttl-millis", "query-ttl-millis",
		"CDKToolkit", "aws-sam-cli-managed-default", "kinesis-analytics-log-stream", "pt-query-digest", "pt-online-schema-change", "pt-kill", "pt-stalk", "pt-table-checksum":
		// (Greengrass nucleus's own services, as its log's serviceName= gives them; the routing
		// profile and queue Amazon Connect creates with an instance; the account and OUs Control
		// Tower creates; FSx for Windows' PowerShell endpoint; the role Image Builder's
		// distribution assumes by name; the volume ID Recycle Bin shows for a copied snapshot;
		// a volume status's checks; a launch's capacity reservation preference; EMR's debugging
		// step; the CloudWatch agent's memory measurement; Beanstalk's option for a shared load
		// balancer; Windows' first network adapter; DAX's cache TTL parameters; the stacks CDK and
		// SAM bootstrap; Managed Flink's log stream; Percona Toolkit's tools)
		return true
	}
	return hasPrefix(v, "bedrock-knowledge-base-default-") || len(v) > 20 && (hasPrefix(v, "huggingface-llm-") ||
		hasPrefix(v, "huggingface-text") || hasPrefix(v, "meta-textgeneration") || hasPrefix(v, "meta-vlm-"))
}

// redactionWord reports the word a tool prints in place of a value it hides (Terraform's
// <sensitive>, "(sensitive value)", [REDACTED], <masked>; Pulumi's [secret]).
func redactionWord(v []byte) bool {
	if len(v) > 2 && v[0] == '[' && v[len(v)-1] == ']' {
		v = v[1 : len(v)-1]
		if string(v) == "secret" {
			return true
		}
	}
	for _, w := range [...]string{"sensitive", "redacted", "masked", "hidden", "omitted", "filtered", "censored"} {
		if bytes.EqualFold(v, []byte(w)) {
			return true
		}
	}
	return false
}

// tlsPolicyName reports CloudFront's and API Gateway's security policies (TLSv1.2_2021,
// TLSv1.2_2019, TLSv1_2016, TLSv1, SSLv3): the minimum protocol a distribution accepts.
func tlsPolicyName(v []byte) bool {
	if string(v) == "SSLv3" {
		return true
	}
	if !hasPrefix(v, "TLSv1") || len(v) > 12 {
		return false
	}
	w := v[5:]
	if len(w) >= 2 && w[0] == '.' && w[1] >= '0' && w[1] <= '3' {
		w = w[2:]
	}
	return len(w) == 0 || len(w) == 5 && w[0] == '_' && hasPrefix(w[1:], "20") && allDigits(w[1:])
}

// javaThreadName reports a JVM thread's name as loggers print it in brackets: Tomcat's
// connector threads (http-nio-8080-exec-4, https-jsse-nio-8443-exec-1, ajp-nio-8009-exec-2)
// and executor pools (pool-3-thread-7): software's, and its port is what the model needs.
func javaThreadName(v []byte) bool {
	if len(v) < 10 || !isDigit(v[len(v)-1]) {
		return false
	}
	if hasPrefix(v, "pool-") {
		return bytes.Contains(v, []byte("-thread-"))
	}
	return (hasPrefix(v, "http-") || hasPrefix(v, "https-") || hasPrefix(v, "ajp-")) && bytes.Contains(v, []byte("-exec-"))
}

// datedOperation reports an API operation's name with its API version glued on, as CloudTrail
// records Lambda's (UpdateFunctionConfiguration20150331v2, ListFunctions20150331).
func datedOperation(v []byte) bool {
	d := len(v)
	if d > 2 && v[d-2] == 'v' && isDigit(v[d-1]) {
		d -= 2
	}
	return d >= 12 && isUpper(v[0]) && allLetters(v[:d-8]) && hasPrefix(v[d-8:], "20") && allDigits(v[d-8:d])
}

// migrationName reports a schema migration's name as Prisma, Rails and Knex write it, a
// timestamp of 14 digits and a description in snake case (20241103121544_add_subscription_tier):
// the model needs it to say which migration failed.
func migrationName(v []byte) bool {
	if len(v) < 17 || v[14] != '_' || !allDigits(v[:14]) || !hasPrefix(v, "20") {
		return false
	}
	for _, c := range v[15:] {
		if !isLower(c) && !isDigit(c) && c != '_' {
			return false
		}
	}
	return true
}

// eksAddonName reports the add-ons AWS publishes for EKS (aws eks describe-addon-versions) and
// the VPC CNI's own daemon set and container (aws-node, aws-eks-nodeagent),
// which an add-on's ARN and a cluster's configuration name.
func eksAddonName(v []byte) bool {
	switch string(v) {
	case "vpc-cni", "coredns", "kube-proxy", "aws-ebs-csi-driver", "aws-efs-csi-driver", "eks-pod-identity-agent",
		"aws-mountpoint-s3-csi-driver", "snapshot-controller", "adot", "aws-guardduty-agent", "eks-node-monitoring-agent",
		"aws-network-flow-monitoring-agent", "aws-fsx-csi-driver", "aws-s3-csi-driver", "aws-node", "aws-eks-nodeagent":
		return true
	}
	return false
}

// apiOperation reports an AWS API operation's name (AssignPrivateIpAddresses,
// DescribeInstances): a verb AWS's APIs use, then a capitalised noun, letters only. Said of a
// word in parentheses after an ID, where a log names the call it made.
func apiOperation(v []byte) bool {
	if len(v) < 8 || !allLetters(v) {
		return false
	}
	for _, verb := range [...]string{"Assign", "Associate", "Attach", "Create", "Delete", "Describe", "Detach", "Disassociate",
		"Get", "List", "Modify", "Put", "Update", "Start", "Stop", "Terminate", "Run", "Replace", "Reboot", "Unassign"} {
		if hasPrefix(v, verb) && len(v) > len(verb) && isUpper(v[len(verb)]) {
			return true
		}
	}
	return false
}

// windowsDomainAccount reports DOMAIN\\account in one of Windows' own domains (NT AUTHORITY,
// NT SERVICE, BUILTIN, Window Manager, Font Driver Host).
func windowsDomainAccount(v []byte) bool {
	bs := bytes.IndexByte(v, '\\')
	return bs > 0 && builtinWindowsAccount(v[:bs])
}

// gcpMachineType reports a Compute Engine machine type: a family (a letter, a digit, maybe a
// letter: n2, n2d, e2, c3, t2a), a class and, but for the shared-core ones, a vCPU count
// (n2-standard-16, e2-highmem-4, c3-standard-22, e2-micro, a2-highgpu-1g).
func gcpMachineType(v []byte) bool {
	if len(v) < 7 || !isLower(v[0]) || !isDigit(v[1]) {
		return false
	}
	p := 2
	if isLower(v[p]) {
		p++
	}
	if v[p] != '-' {
		return false
	}
	rest := v[p+1:]
	for _, c := range [...]string{"standard-", "highmem-", "highcpu-", "megamem-", "ultramem-", "highgpu-", "ultragpu-", "hypermem-"} {
		if hasPrefix(rest, c) {
			n := rest[len(c):]
			return len(n) > 0 && len(n) <= 4 && isDigit(n[0]) && (allDigits(n) || n[len(n)-1] == 'g' && allDigits(n[:len(n)-1]))
		}
	}
	switch string(rest) {
	case "micro", "small", "medium":
		return v[0] == 'e' || v[0] == 'f' || v[0] == 'g' // e2-micro, f1-micro, g1-small
	}
	return false
}

// cspDirective reports a Content-Security-Policy directive's name (script-src-elem,
// frame-ancestors, upgrade-insecure-requests).
func cspDirective(v []byte) bool {
	switch string(v) {
	case "default-src", "script-src", "script-src-elem", "script-src-attr", "style-src", "style-src-elem", "style-src-attr",
		"img-src", "connect-src", "font-src", "frame-src", "frame-ancestors", "object-src", "media-src", "worker-src",
		"manifest-src", "child-src", "form-action", "base-uri", "upgrade-insecure-requests", "block-all-mixed-content",
		"report-uri", "report-to", "require-trusted-types-for", "trusted-types":
		return true
	}
	return false
}

// cfnTypeName is the type of a CloudFormation registry type's name that a customer
// registered privately: ORGANIZATION::SERVICE::RESOURCE, named after the company.
const cfnTypeName = "cfn-type-name"

// privateTypeName reports a registry type's name of three parts joined by "::" whose
// organization is not AWS's (AWS::, Alexa::) nor a publisher of the public registry's
// (MongoDB::Atlas::Cluster, Datadog::Monitors::Monitor).
func privateTypeName(v []byte) bool {
	p := bytes.Index(v, []byte("::"))
	if p <= 0 || bytes.Count(v, []byte("::")) != 2 || !isUpper(v[0]) {
		return false
	}
	switch string(v[:p]) {
	case "AWS", "Alexa", "Custom", "MongoDB", "Datadog", "Snowflake", "PagerDuty", "Okta", "Atlassian", "GitHub", "Fastly",
		"JFrog", "Spot", "Sumologic", "NewRelic", "Dynatrace", "Stackery", "TF", "Generic", "Cloudflare", "Confluent", "Stripe":
		return false
	}
	for _, c := range v {
		if !isAlnum(c) && c != ':' {
			return false
		}
	}
	return true
}

package masking

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// Prose keywords: the word before or after a value that names its kind ("the bucket x",
// "x 버킷"), in English, Korean, Japanese, Chinese and the other languages the rules read.

// proseBefore looks at the word before a token (skipping blanks, quotes, backticks and a
// colon) for a resource keyword.
func proseBefore(text []byte, i int) string { return proseBeforeMode(text, i, false) }

// proseBeforeWeak accepts any keyword for a token that passed its own shape test.
func proseBeforeWeak(text []byte, i int) string { return proseBeforeMode(text, i, true) }

func proseBeforeMode(text []byte, i int, weak bool) string {
	q := openQuote(text, i) // la coda «consegne-eventi», utilisateur « j.moreau », rola „x”: quoted prose
	if q > 2 && (text[q-1] == '>' || text[q-1] == '{') {
		q = inlineMarkup(text, q) // Athena workgroup <code>x</code>, IAM user {{x}}: markup around the name
	}
	if q > 0 && text[q-1] >= 0x80 {
		return cjkKeywordBefore(text[:q]) // "버킷：x", "バケット「x」"
	}
	j := q
	if q == i && q >= 2 && text[q-1] == '[' && text[q-2] == ' ' && !markdownLink(text, i) {
		j-- // a log's bracketed name: User name [erp-integrador], queue [orders] (not a list, "users": ["x"], nor a link)
	}
	for j > 0 && q-j < 6 && (text[j-1] == ' ' || text[j-1] == '`' || text[j-1] == '"' || text[j-1] == '\'' ||
		text[j-1] == ':' || text[j-1] == '(' || text[j-1] == '\\') { // \" inside a JSON string
		j--
	}
	if j == q && q == i || j == 0 || text[i-1] == ':' || text[i-1] == '(' && !spacedParen(text, i) || hasPrefix(text[j:], ":((") {
		return "" // node:20.11 (an image tag), f(x), ss -p's users:(("dbus-daemon",pid=1)): not prose
	}
	if text[j-1] >= 0x80 {
		if t := particleKey(text, j, i); t != "" {
			return t
		}
		return cjkKeywordBefore(text[:j])
	}
	k := j
	for k > 0 && j-k < 16 && isLetter(text[k-1]) {
		k--
	}
	if k == j || k > 0 && (isAlnum(text[k-1]) || text[k-1] == '_' || text[k-1] == '.' || text[k-1] == '/' && inURL(text, k-1)) {
		return "" // not a word of its own: the tail of an identifier (aws_sqs_queue "x") or a URL (.../Attributes/Role" x)
	}
	if k >= 4 && awsCommandAt(text, k-4) {
		return "" // aws lambda update-function-code: a CLI command, not prose
	}
	if k >= 4 && text[k-1] == '-' && (hasSuffix(text[:k], "Format-") || hasSuffix(text[:k], "Out-") || hasSuffix(text[:k], "Get-") ||
		hasSuffix(text[:k], "New-") || hasSuffix(text[:k], "Set-") || hasSuffix(text[:k], "Remove-")) {
		return "" // a PowerShell cmdlet (Format-Table UserName, Get-Cluster x): its arguments are not prose
	}
	if k > 0 && text[k-1] >= 0x80 {
		if t := cjkKeywordBefore(text[:j]); t != "" {
			return t // an accented noun: la función X, la distribución X
		}
		// else an article glued to the noun: l’utilisateur X, الـlambda X
	}
	t := proseKeyword(text[k:j])
	if (t == "iam-policy-name" || t == ecsTaskFamily && text[k]|0x20 == 'f') &&
		(k > 0 && text[k-1] == '-' && (k < 2 || !isLetter(text[k-2])) || bytes.IndexByte(text[j:i], ':') >= 0) {
		t = "" // an option (ONTAP's -policy MirrorAllSnapshots) or a setting (external-dns's policy: upsert-only;
		// "Family": "r6g", an instance family), not prose
	}
	if t == "" && serviceWord(text[k:j]) && k >= 2 && text[k-1] == ' ' {
		// Spanish puts the service after the noun: la tabla DynamoDB X, el usuario IAM X
		if t2 := proseBeforeMode(text, k, true); t2 != "" {
			t = t2
		}
	}
	if t == "" && string(text[k:j]) == "name" && k >= 5 && hasSuffixFold(text[:k], "user ") {
		t = proseKeyword([]byte("user")) // ActiveMQ's "User name [erp-integrador] or password is invalid"
	}
	if t == "" && (string(text[k:j]) == "check" || string(text[k:j]) == "checks") && hasSuffixFold(text[:k], "health ") {
		t = "health-check-id" // the Route 53 health check 8c2a41f0-...: a resource's ID, not a request's
	}
	if t == "" && i+36 <= len(text) && isUUID(text[i:i+36]) && (i+36 == len(text) || !isAlnum(text[i+36])) &&
		!bytes.ContainsAny(text[j:i], ":\"'=`\\") && resourceIDWord(text, k, j) {
		// (in prose only: a key's UUID, "id": "<uuid>", is the key rule's to judge)
		return "resource-uuid" // (Protection-ID a91f3c2e-...), the ID 2c6f9e18-..., AnomalyId 2862ab30-...: a resource's UUID
	}
	if t == "" && string(text[k:j]) == "integration" && hasSuffixFold(text[:k], "storage ") {
		t = storageIntegration // Snowflake's storage integration S3_INT_X: the object that holds the role's ARN
	}
	if t == "" && string(text[k:j]) == "set" && hasSuffixFold(text[:k], "permission ") {
		t = "iam-role-name" // the permission set OrbisReadOnly (Identity Center): its roles are AWSReservedSSO_NAME_<hex>
	}
	if t == "" && (string(text[k:j]) == "index" && hasSuffixFold(text[:k], "secondary ") ||
		string(text[k:j]) == "network" && hasSuffixFold(text[:k], "service ")) {
		t = "resource-name" // the global secondary index GSI_ByStore
	}
	if t == "" && j-k > 6 && hasPrefix(text[k:j], "Aws") && isUpper(text[k+3]) && text[j] == ' ' {
		t = "resource-name" // Security Hub's resource types before a name: resource AwsEksCluster velanto-claims-eks
	}
	if t == "" && (string(text[k:j]) == "Config" || string(text[k:j]) == "config" || string(text[k:j]) == "configuration") &&
		hasSuffixFold(text[:k], "lifecycle ") {
		t = "resource-name" // SageMaker's errors: Notebook Instance Lifecycle Config 'x' for Notebook Instance 'y'
	}
	if t == "" && string(text[k:j]) == "pair" && hasSuffixFold(text[:k], "key ") {
		t = "key-pair-name" // delete key pair `xmr-7741`: an EC2 key pair's name
	}
	if t == "" && string(text[k:j]) == "name" && hasSuffix(text[:k], " with ") {
		t = "resource-name" // AWS's errors: The user with name x cannot be found, the repository with name 'x'
	}
	if t == "" && (string(text[k:j]) == "ID" || string(text[k:j]) == "Id" || string(text[k:j]) == "id") && hasSuffixFold(text[:k], "external ") {
		t = "external-id" // the role's external ID x: the shared secret of a cross-account trust
	}
	if t == "" && (string(text[k:j]) == "ID" || string(text[k:j]) == "id") && hasSuffixFold(text[:k], "connection ") && i > j &&
		(text[i-1] == '\'' || text[i-1] == '`') {
		t = "resource-name" // Airflow's task log: Using connection ID 'redshift_claims_dw' for task execution
	}
	if string(text[k:j]) == "key" && (hasSuffixFold(text[:k], "routing ") || hasSuffixFold(text[:k], "integration ")) {
		t = "api-key" // PagerDuty's routing key x, integration key x: the credential events are sent with
	}
	if t == "" && k >= 2 && text[k-1] == ' ' && (strongName(text[i:]) || i > j && (text[i-1] == '"' || text[i-1] == '\'' || text[i-1] == '`')) {
		switch string(text[k:j]) { // (a quoted name needs no '-' or digit: IAM policy named "GGTokenExchangeRoleAccess")
		case "named", "called", "na", "name":
			// a role named X, the bucket called X; Tagalog's ang role na X; tflint's Bucket name "X"
			t = proseBeforeMode(text, k, true)
			if t != "" && string(text[k:j]) == "named" && hasSuffix(text[:k-1], " module") {
				t = "" // Python's ModuleNotFoundError: No module named 'airflow.providers.http' (code)
			}
			if t == "" && string(text[k:j]) == "named" && i > j && (text[i-1] == '\'' || text[i-1] == '"') && k >= 3 && isLower(text[k-2]) &&
				capitalWordBefore(text, k-1) {
				t = "resource-name" // an API's error names its resource's type: No Application Version named 'x' found
			}
		case "is", "was":
			if compoundWord(text[i:]) {
				t = proseBeforeMode(text, k, true) // the break-glass role is TW-BreakGlass
				if t == "" && k >= 6 && hasSuffixFold(text[:k-1], "name") && text[k-1] == ' ' && text[k-6] == ' ' {
					t = proseBeforeMode(text, k-5, true) // the bucket name is orders_archive
				}
			}
		}
	}
	if weak {
		return t
	}
	if !strongName(text[i:]) && (t != "rds-identifier" || !quotedCamel(text, i)) {
		switch t {
		case "lambda-function-name", "iam-role-name", "dynamodb-table-name", "sqs-queue-name", "sns-topic-name",
			"cfn-stack-name", "iam-policy-name":
		default:
			return ""
		}
	}
	return t
}

// spacedParen reports whether the token at i stands alone in parentheses after a blank, as
// prose adds a name to its noun: the database (legacy_members). The name starts with a letter
// and has a lower-case one (not a code, CWE-400, nor a figure, 0.00s).
func spacedParen(text []byte, i int) bool {
	if i < 3 || text[i-2] != ' ' || !isLetter(text[i-3]) || !isLetter(text[i]) {
		return false
	}
	e, lower := i, false
	for e < len(text) && e-i < 128 && (isAlnum(text[e]) || text[e] == '-' || text[e] == '_' || text[e] == '.') {
		lower = lower || isLower(text[e])
		e++
	}
	return lower && e < len(text) && text[e] == ')'
}

// quotedCamel reports whether the word at i is a CamelCase name in quotes of its own, as
// database servers' errors quote a database (Cannot open database "BillingHistory" requested
// by the login; database "BillingHistory" does not exist).
func quotedCamel(text []byte, i int) bool {
	if i == 0 || text[i-1] != '"' && text[i-1] != '\'' || !isUpper(text[i]) {
		return false
	}
	e, inner := i+1, false
	for e < len(text) && isLetter(text[e]) {
		inner = inner || isUpper(text[e]) && isLower(text[e-1])
		e++
	}
	return inner && e < len(text) && (text[e] == text[i-1] || text[e] == '\\' && text[i-1] == '"')
}

// capitalWordBefore reports whether the word that ends at e (before a blank) starts with a
// capital letter: Version, Environment.
func capitalWordBefore(text []byte, e int) bool {
	b := e
	for b > 0 && e-b < 24 && isLetter(text[b-1]) {
		b--
	}
	return b < e && isUpper(text[b]) && (b == 0 || !isAlnum(text[b-1]))
}

// compoundWord reports whether the token at the start of b (up to a blank, quote or
// sentence punctuation) is a name of letter-led parts joined by '-' or '_', not an upper-case
// constant (CREATE_COMPLETE), a version or an English compound (up-to-date): what may follow
// "the role is".
func compoundWord(b []byte) bool {
	e := 0
	for e < len(b) && (isAlnum(b[e]) || b[e] == '-' || b[e] == '_') {
		e++
	}
	v := b[:e]
	if e < 4 || !isLetter(v[0]) || constantName(v) || e < len(b) && b[e] == '.' && e+1 < len(b) && isAlnum(b[e+1]) {
		return false
	}
	joined, marked := false, false // marked: a camel-case hump (BreakGlass), a digit or '_'
	for k := 1; k < e; k++ {
		if (v[k] == '-' || v[k] == '_') && k+1 < e && isAlnum(v[k-1]) && isLetter(v[k+1]) {
			joined = true
		}
		if isUpper(v[k]) && isLower(v[k-1]) || isDigit(v[k]) || v[k] == '_' {
			marked = true
		}
	}
	return joined && (marked || kebabName(v)) // not a phrase: up-to-date, read-only, well-known
}

// inURL reports whether the token around p (back to a blank or a quote) is a URL.
func inURL(text []byte, p int) bool { return urlScheme(text, p) >= 0 }

// urlScheme returns where the "://" of the URL that the token ending at p is part of stands,
// or -1: the token runs back from p over non-blank bytes, quotes excepted, 256 at most.
func urlScheme(text []byte, p int) int {
	k := p
	for k > 0 && p-k < 256 && text[k-1] > ' ' && text[k-1] != '"' && text[k-1] != '\'' {
		k--
	}
	if u := bytes.Index(text[k:p], []byte("://")); u >= 0 {
		return k + u
	}
	return -1
}

// openQuote returns where the typographic quote that opens a name at i starts («, “, „ or
// ‘, with a blank, a no-break or a narrow no-break space before the name), when a blank or
// '(' stands before it; i otherwise.
func openQuote(text []byte, i int) int {
	if i < 2 || text[i-1] < 0x80 && (text[i-1] != ' ' || text[i-2] < 0x80) {
		return i // every quote and no-break space is outside ASCII
	}
	q := i
	for _, sp := range [...]string{" ", "\u00a0", "\u202f"} {
		if hasSuffix(text[:q], sp) {
			q -= len(sp)
			break
		}
	}
	for _, o := range [...]string{"«", "“", "„", "‘"} {
		if hasSuffix(text[:q], o) {
			if q -= len(o); q > 0 && (text[q-1] == ' ' || text[q-1] == '(' || text[q-1] == '\n') {
				return q
			}
			break
		}
	}
	return i
}

// wholeWordEnd is latinWordEnd for a word that no digit or '_' goes on from (AB of AB0 is
// no word): -1 otherwise.
func wholeWordEnd(text []byte, p, le int) int {
	e := latinWordEnd(text, p, le)
	if e > 0 && e < len(text) && (isDigit(text[e]) || text[e] == '_') {
		return -1
	}
	return e
}

// markdownLink reports whether the bracket before i opens a Markdown link's text:
// [text](url) or [text][ref], closed on the same line within 128 bytes.
func markdownLink(text []byte, i int) bool {
	for k := i; k < len(text) && k-i < 128 && text[k] != '\n'; k++ {
		if text[k] == ']' {
			return k+1 < len(text) && (text[k+1] == '(' || text[k+1] == '[')
		}
	}
	return false
}

// serviceWord: an AWS service name that may stand between a resource noun and the name.
func serviceWord(w []byte) bool {
	switch string(w) {
	case "DynamoDB", "IAM", "KMS", "S3", "Lambda", "SQS", "SNS", "RDS", "ECS", "EKS", "CloudFront", "Aurora",
		"ElastiCache", "Redshift", "ECR", "EC2", "CloudWatch", "CloudTrail", "EventBridge", "Route53", "VPC", "Athena",
		"Glue", "Kinesis", "SageMaker", "Bedrock", "GuardDuty", "Config", "Backup", "Inspector", "Macie",
		"Cognito", "AppSync", "Pinpoint", "Amplify", "CloudFormation", "StepFunctions", "SecretsManager", "Location",
		"ALB", "NLB", "ELB", "GWLB", "EFS", "WAF", "NAT", "MSK", "SES", "Fargate", "OpenSearch", "DocumentDB", "Neptune", "IoT",
		"Greengrass", "Batch", "EMR", "Transfer", "DataSync", "Connect", "IVS", "MediaLive", "MediaConvert", "MediaPackage",
		"Chime", "QuickSight", "DataZone", "AppFlow", "MWAA", "Outposts", "Snowball", "MGN":
		return true
	}
	return false
}

// cfnNamespace: the service part of a CloudFormation resource type (AWS::ElasticLoadBalancingV2::
// LoadBalancer) where serviceWord does not already hold it, as Tag Editor's and Config's
// "Service" columns write it.
func cfnNamespace(w []byte) bool {
	switch string(w) {
	case "ElasticLoadBalancingV2", "ElasticLoadBalancing", "ApiGateway", "ApiGatewayV2", "AutoScaling",
		"ApplicationAutoScaling", "CertificateManager", "CodeBuild", "CodePipeline", "CodeDeploy", "CodeCommit",
		"Logs", "SSM", "Events", "KinesisFirehose", "WAFv2", "EMR", "ServiceCatalog", "Organizations", "SecurityHub",
		"ElasticBeanstalk", "Elasticsearch", "OpenSearchService", "Batch", "Scheduler", "Pipes", "AppConfig",
		"AppRunner", "SSO", "RAM", "NetworkFirewall", "GlobalAccelerator", "DirectoryService", "FSx", "Transfer",
		"MemoryDB", "DAX", "ServiceDiscovery", "CodeArtifact", "ImageBuilder", "LakeFormation", "DataSync", "MWAA",
		"KinesisAnalyticsV2", "IoT", "Synthetics", "ResourceGroups", "AccessAnalyzer", "Budgets", "CE", "CUR":
		return true
	}
	return false
}

// strongName: the token at the start of b (up to a blank or quote) has - _ . or a digit.
func strongName(b []byte) bool {
	for k, c := range b {
		switch {
		case isDigit(c):
			return true
		case c == '-' || c == '_' || c == '.':
			return k+1 < len(b) && isAlnum(b[k+1]) // "the service account." ends a sentence
		case !isLetter(c):
			return false
		}
	}
	return false
}

// proseAfter looks at the word after a token for an English or Korean resource keyword.
func proseAfter(text []byte, i, k int) string {
	j := k
	for j < len(text) && j-k < 3 && (text[j] == ' ' || text[j] == '`' || text[j] == '"' || text[j] == '\'') {
		j++
	}
	if j == k && (j >= len(text) || text[j] < 0x80) {
		return ""
	}
	if j < len(text) && text[j] >= 0x80 {
		return koreanKeyword(text[j:])
	}
	ts := lastTokenStart(text, i)
	if !strongName(text[:k][ts:]) || hasPrefix(text[ts:k], "com.amazonaws.") { // text[i:k] is all name bytes
		return "" // (com.amazonaws.REGION.kms endpoint: an AWS service's endpoint name)
	}
	e := j
	for e < len(text) && e-j < 16 && isLetter(text[e]) {
		e++
	}
	if e == j || e < len(text) && (isAlnum(text[e]) || text[e] == '=' || text[e] == '-' || text[e] == '_') {
		// not a word of its own (role-to-assume, bucket_name), or a key (Client=SSH-2.0-OpenSSH_8.9p1 Role=...)
		return ""
	}
	if e-j > 4 && text[e-1] == 's' && pluralNoun(text[j:e]) {
		return "" // top-level functions, user-facing tables: a plural after a compound is prose's adjective
	}
	switch t := proseKeyword(text[j:e]); t {
	case "s3-bucket", "iam-role-name", "dynamodb-table-name", "lambda-function-name", "cluster-name", "sqs-queue-name",
		"sns-topic-name", "rds-identifier":
		return t // (rds-identifier: Athena's "ran against the "x" database")
	}
	if e-j == 3 && (string(text[j:e]) == "VPC" || string(text[j:e]) == "vpc") {
		return "vpc-name" // the tessaline-core VPC
	}
	return ""
}

// pluralNoun reports the plural resource nouns that name the resources listed after them
// (the queues a-dlq, b-dlq; virtual nodes : x, y) but not a name before them.
func pluralNoun(w []byte) bool {
	switch string(w) {
	case "tables", "clusters", "instances", "hosts", "servers", "nodes", "queues", "topics", "repositories",
		"repos", "stacks", "secrets":
		return true
	}
	return false
}

// lastTokenStart returns the start of the name token that ends at k.
func lastTokenStart(text []byte, k int) int {
	for k > 0 && (isAlnum(text[k-1]) || text[k-1] == '-' || text[k-1] == '_' || text[k-1] == '.') {
		k--
	}
	return k
}

func proseKeyword(w []byte) string {
	var buf [16]byte
	l, _ := foldASCII(buf[:], w)
	switch string(l) {
	case "bucket", "buckets":
		return "s3-bucket"
	case "role", "roles":
		return "iam-role-name"
	case "user", "users":
		return "iam-user-name"
	case "function", "lambda":
		return "lambda-function-name"
	case "balancer", "loadbalancer", "alb", "nlb":
		return "elb-name" // Created load balancer named: x; the ALB rivermint-app
	case "policy":
		return "iam-policy-name" // IAM policy named "x" already exists
	case "table", "tables":
		return "dynamodb-table-name"
	case "etag":
		return "s3-etag" // CodeDeploy's agent: version 'x', etag 'e82f...' (acceptValue wants 32 hex digits)
	case "cluster", "clusters":
		return "cluster-name"
	case "dbinstance", "dbcluster":
		return "rds-identifier" // RDS's errors: DBInstance x not found
	case "thing":
		return "resource-name" // IoT: Thing x cannot be found
	case "firehose", "stream", "gsi", "lsi", "plan":
		return "resource-name" // Kinesis Data Firehose x delivers to ...; GSI ByCustomerIdx; restore testing plan x
	case "detector":
		return "detector-id" // GuardDuty: detector 6ec5a1b07f3d9e24c8b1a05f6d72e913 (32 hex digits: see matchNameToken)
	case "datastore":
		return "datastore-id" // HealthLake, HealthImaging: datastore 4a1d7e93c2b8f05e6a3d9c1b7e24f8a0 (32 hex digits)
	case "instance", "host", "server", "node", "instances", "hosts", "servers", "nodes":
		return "resource-name"
	case "identifier", "database", "db":
		return "rds-identifier"
	case "queue", "dlq", "queues":
		return "sqs-queue-name"
	case "topic", "topics":
		return "sns-topic-name"
	case "asg", "group":
		return "asg-name"
	case "repository", "repo", "repositories", "repos":
		return "ecr-repository"
	case "stack", "stacks":
		return "cfn-stack-name"
	case "key", "cmk":
		return "kms-key-id"
	case "alias":
		return "kms-alias"
	case "externalid":
		return "external-id" // a trust's ExternalId `x` in a runbook or a table
	case "distribution", "cloudfront":
		return "cloudfront-id"
	case "endpoint":
		return "rds-identifier"
	case "profile", "perfil", "profil", "profila":
		return "iam-role-name"
	case "alarm", "alarms":
		return "alarm-name"
	case "task":
		return "ecs-task-id"
	case "def", "definition", "taskdef", "taakdefinitie":
		return ecsTaskFamily // task def x:14, task definition x:41 (with its revision: see matchNameToken)
	case "zone":
		return "route53-zone-id"
	case "ou":
		return "ou-name" // an organizational unit: OU Ostwind-Netzbetrieb, the OU „Fertigung-Montage“
	case "family", "famille", "familia":
		return ecsTaskFamily // a task definition's family: (famille azur-catalogue, révision 33)
	case "mesh", "maillage", "router", "milestone":
		return "resource-name" // App Mesh: the mesh « azur-mesh », its virtual router « paiement-vr »; a Well-Architected milestone
	case "nodegroup", "nodepool", "slot":
		return "resource-name" // (a replication slot: PostgreSQL's "logical decoding for slot x")
	case "servicio", "subred", "destino", "canal":
		return "resource-name" // Spanish: el servicio X, la subred X, el grupo de destino X
	case "alarma":
		return "alarm-name"
	case "secret", "secrets":
		return "secret-name"
	case "pipeline", "codepipeline":
		return "pipeline-name"
	case "module", "service", "project", "workgroup", "vault", "container", "app", "application", "connection":
		return "resource-name" // (a Resilience Hub or AppConfig app, a Glue connection)
	case "rule", "rules":
		return "rule-name" // EventBridge rule x, safety rule x (AWS's managed rules are judged vocabulary)
	case "writer", "reader", "replica":
		return "rds-identifier" // Aurora writer x
	// Spanish (the nouns without accents; "la función" is matched by its ASCII neighbours)
	case "cola":
		return "sqs-queue-name"
	case "rol":
		return "iam-role-name"
	case "tabla":
		return "dynamodb-table-name"
	case "usuario":
		return "iam-user-name"
	case "instancia", "servidor", "nodo":
		return "resource-name"
	case "tema":
		return "sns-topic-name"
	case "pila":
		return "cfn-stack-name"
	case "repositorio":
		return "ecr-repository"
	case "clave":
		return "kms-key-id"
	case "secreto":
		return "secret-name"
	case "datos", "dados":
		return "rds-identifier" // la base de datos X, o banco de dados X
	// German, French and Portuguese nouns in ASCII (accented ones are in cjkKeywords)
	case "datenbank":
		return "rds-identifier"
	case "keyspace":
		return "database-name" // Amazon Keyspaces (Cassandra): the keyspace ledger_ks
	case "benutzer", "nutzer", "utilisateur", "korisnik", "kasutaja", "bruker", "bruger", "brugeren", "brugernavn",
		"naudotojas", "naudotojo", "uporabnik", "uporabnika", "erabiltzailea", "erabiltzaile", "usuari",
		"brukernavn", "mtumiaji", "notandi", "notanda", "foydalanuvchi":
		return "iam-user-name"
	case "tabelle", "tabela":
		return "dynamodb-table-name"
	case "rolle":
		return "iam-role-name"
	case "regel", "regla", "regola", "regra":
		return "rule-name" // German, Spanish, Italian, Portuguese: EventBridge-Regel `x`
	case "richtlinie":
		return "iam-policy-name" // die Inline-Richtlinie X
	case "dienst", "instanz", "serveur", "proxy":
		return "resource-name"
	case "warteschlange", "fila":
		return "sqs-queue-name"
	case "compartiment":
		return "s3-bucket"
	case "schema":
		return "database-name"
	// Italian
	case "funzione":
		return "lambda-function-name"
	case "coda":
		return "sqs-queue-name"
	case "tabella":
		return "dynamodb-table-name"
	case "ruolo":
		return "iam-role-name"
	case "utente":
		return "iam-user-name"
	case "istanza":
		return "resource-name"
	case "zona":
		return "route53-zone-id" // la zona Z0441...: only a zone ID's shape is taken (see matchNameToken)
	// Polish, Indonesian and Turkish nouns in ASCII, and English job
	case "rola", "peran":
		return "iam-role-name"
	case "funkcja", "funkcji", "fungsi", "fonksiyon", "fonksiyonu":
		return "lambda-function-name"
	case "klaster", "klastrze", "klastra":
		return "cluster-name"
	case "baza", "bazie", "bazy":
		return "rds-identifier"
	case "serwer", "serwera", "serwerze", "sunucu", "instancja", "instancji", "instans", "layanan", "modul", "job", "ジョブ":
		return "resource-name"
	case "kolejka", "kolejki", "antrean", "kuyruk":
		return "sqs-queue-name"
	case "tabeli", "tabel", "tablo", "tablosu":
		return "dynamodb-table-name"
	case "buckecie", "bucketu", "kova":
		return "s3-bucket"
	case "pengguna":
		return "iam-user-name"
	// Dutch, Swedish, Romanian, Czech and Malay nouns in ASCII (accented ones are in cjkKeywords)
	case "gebruiker", "utilizator", "utilizatorul", "utilizatorului":
		return "iam-user-name"
	case "hinken", "baldi", "bucketul":
		return "s3-bucket"
	case "servern", "serverul", "serveru", "pelayan", "serviciul", "tjansten":
		return "resource-name"
	case "kluster", "klustret", "clusterul":
		return "cluster-name"
	case "rolul", "rollen", "peranan", "papel":
		return "iam-role-name"
	case "databank", "databasen", "databaze", "banco":
		return "rds-identifier"
	case "tabellen", "tabulka", "tabulce", "tabelul", "jadual", "jedwali", "tablica", "tablici", "taflan", "taflu":
		return "dynamodb-table-name"
	case "coada", "fronta", "wachtrij", "fronty":
		return "sqs-queue-name"
	case "larmet", "alarme", "penggera":
		return "alarm-name"
	case "hemligheten", "segredo", "secretul", "rahsia":
		return "secret-name"
	case "functie", "funktionen", "funkce", "functia":
		return "lambda-function-name"
	}
	return ""
}

// cjkKeywordBefore maps a Korean or Japanese resource noun that ends b ("역할 X", "ロール X").
func cjkKeywordBefore(b []byte) string {
	// full-width blank and punctuation between the noun and the name: "버킷：x", "バケット「x",
	// and the Ethiopic colons (ተጠቃሚ፦ x)
	for trimmed := true; trimmed; {
		trimmed = false
		for _, p := range []string{"\u3000", "\uff1a", "\u300c", "\u300e", "\uff08", "\u201c", "\u2018", " ", "\u1366", "\u1361", "\u055d", " nomi", " adı", " නාමය", " નામ"} {
			if hasSuffix(b, p) {
				b, trimmed = b[:len(b)-len(p)], true
			}
		}
	}
	if t := cjkKeywordEnd(b); t != "" {
		return t
	}
	for _, p := range [...]string{"는", "은", "가", "이", "를", "을", "도", "は", "が", "を", "も"} {
		// a Korean or Japanese particle between the noun and the name: DB 유저는 X, テーブルは X
		if hasSuffix(b, p) {
			if t := cjkKeywordEnd(bytes.TrimRight(b[:len(b)-len(p)], " ")); t != "" {
				return t
			}
			break
		}
	}
	if len(b) >= 2 && (b[len(b)-2] == 0xd0 || b[len(b)-2] == 0xd1) {
		return cyrillicKeyword(b)
	}
	// an English noun, a Japanese particle, then the name: "DLQ はsakura-dlq", "bucket のx"
	for _, p := range [...]string{"は", "が", "を", "に", "の", "で", "と", "も"} {
		if hasSuffix(b, p) {
			w := bytes.TrimRight(b[:len(b)-len(p)], " ")
			k := len(w)
			for k > 0 && k > len(w)-16 && isLetter(w[k-1]) {
				k--
			}
			if k < len(w) && (k == 0 || !isAlnum(w[k-1])) {
				return proseKeyword(w[k:])
			}
			break
		}
	}
	return ""
}

// cjkKeywordEnd maps the resource noun of cjkKeywords that ends b, alone or with the word for
// its name (バケット名, 버킷 이름, 存储桶名称), to its secret type.
func cjkKeywordEnd(b []byte) string {
	for _, kw := range cjkKeywords() {
		if hasSuffix(b, kw.word) {
			return kw.typ
		}
	}
	for _, w := range [...]string{"名称", "名前", "名", "이름"} {
		if hasSuffix(b, w) {
			b = bytes.TrimSuffix(bytes.TrimRight(b[:len(b)-len(w)], " "), []byte("の"))
			for _, kw := range cjkKeywords() {
				if hasSuffix(b, kw.word) {
					return kw.typ
				}
			}
			return ""
		}
	}
	return ""
}

// cyrillicKeyword maps a Russian or Ukrainian resource noun at the end of b, in any of its cases (бакет,
// бакете, роли, пользователя, базе), to a secret type: its stem, then at most two letters.
func cyrillicKeyword(b []byte) string {
	k := len(b)
	for k >= 2 && (b[k-2] == 0xd0 || b[k-2] == 0xd1) && k > len(b)-40 {
		k -= 2
	}
	w := b[k:]
	if k > 0 && isAlnum(b[k-1]) {
		return ""
	}
	for _, st := range [...]cjkKeyword{{"бакет", "s3-bucket"}, {"рол", "iam-role-name"}, {"кластер", "cluster-name"},
		{"функци", "lambda-function-name"}, {"функці", "lambda-function-name"}, {"пользовател", "iam-user-name"},
		{"користувач", "iam-user-name"}, {"груп", "iam-group-name"}, {"баз", "rds-identifier"},
		{"таблиц", "dynamodb-table-name"}, {"инстанс", "resource-name"}, {"сервер", "resource-name"},
		{"очеред", "sqs-queue-name"}, {"топик", "sns-topic-name"}, {"секрет", "secret-name"}, {"стек", "cfn-stack-name"},
		{"сервіс", "resource-name"}, {"сервис", "resource-name"}, {"корисник", "iam-user-name"}} {
		if hasPrefix(w, st.word) && len(w)-len(st.word) <= 6 { // three Cyrillic letters of ending (Bulgarian's таблицата)
			return st.typ
		}
	}
	return ""
}

type cjkKeyword struct{ word, typ string }

// cjkKeywords are the resource nouns, in any language, that end in a byte outside ASCII
// (Korean, Japanese, Chinese, Thai, and accented Latin-script nouns).
func cjkKeywords() [197]cjkKeyword {
	return [197]cjkKeyword{
		{"användare", "iam-user-name"}, {"användaren", "iam-user-name"}, {"uživatel", "iam-user-name"}, {"uživatele", "iam-user-name"},
		{"người dùng", "iam-user-name"}, {"Usuário", "iam-user-name"}, {"kbelík", "s3-bucket"}, {"máy chủ", "resource-name"},
		{"služba", "resource-name"}, {"serviço", "resource-name"}, {"cụm", "cluster-name"}, {"vai trò", "iam-role-name"},
		{"função", "lambda-function-name"}, {"databáze", "rds-identifier"}, {"cơ sở dữ liệu", "rds-identifier"},
		{"bảng", "dynamodb-table-name"}, {"kön", "sqs-queue-name"}, {"hàng đợi", "sqs-queue-name"}, {"tématu", "sns-topic-name"},
		{"ämnet", "sns-topic-name"}, {"tópico", "sns-topic-name"}, {"cảnh báo", "alarm-name"}, {"tajemství", "secret-name"},
		{"bí mật", "secret-name"}, {"funcția", "lambda-function-name"},
		{"المستخدم", "iam-user-name"}, {"مستخدم", "iam-user-name"}, {"المجموعة", "iam-group-name"}, {"طابور", "sqs-queue-name"},
		{"משתמש", "iam-user-name"}, {"פונקציה", "lambda-function-name"}, {"χρήστης", "iam-user-name"}, {"χρήστη", "iam-user-name"},
		{"ομάδα", "iam-group-name"}, {"यूज़र", "iam-user-name"}, {"यूजर", "iam-user-name"}, {"キー", "kms-key-id"},
		{"บัคเก็ต", "s3-bucket"}, {"โรล", "iam-role-name"}, {"ฟังก์ชัน", "lambda-function-name"}, {"ตาราง", "dynamodb-table-name"},
		{"คลัสเตอร์", "cluster-name"}, {"ผู้ใช้", "iam-user-name"}, {"ฐานข้อมูล", "rds-identifier"}, {"เซิร์ฟเวอร์", "resource-name"},
		{"อินสแตนซ์", "resource-name"}, {"คิว", "sqs-queue-name"},
		{"rolü", "iam-role-name"}, {"küme", "cluster-name"}, {"kümesi", "cluster-name"}, {"veritabanı", "rds-identifier"},
		{"kullanıcı", "iam-user-name"}, {"kullanıcısı", "iam-user-name"}, {"kova adı", "s3-bucket"}, {"rol adı", "iam-role-name"},
		{"fonksiyon adı", "lambda-function-name"}, {"tablo adı", "dynamodb-table-name"}, {"küme adı", "cluster-name"},
		{"kullanıcı adı", "iam-user-name"}, {"kovası", "s3-bucket"},
		{"użytkownik", "iam-user-name"}, {"użytkownika", "iam-user-name"}, {"rolę", "iam-role-name"},
		{"schéma", "database-name"}, {"usuário", "iam-user-name"}, {"tâche", "resource-name"}, {"rôle", "iam-role-name"},
		{"clé", "kms-key-id"}, {"Schlüssel", "kms-key-id"}, {"Zugriffsschlüssel", "access-key-id"},
		{"노드그룹", "resource-name"}, {"키", "kms-key-id"},
		{"알람", "alarm-name"}, {"그룹", "group-name"}, {"구독", "sns-topic-name"}, {"파이프라인", "pipeline-name"}, {"アラーム", "alarm-name"},
		{"告警", "alarm-name"},
		{"存储桶", "s3-bucket"}, {"桶", "s3-bucket"}, {"アプリ", "resource-name"}, {"实例", "resource-name"}, {"角色", "iam-role-name"}, {"用户", "iam-user-name"},
		{"集群", "cluster-name"}, {"数据库", "rds-identifier"}, {"队列", "sqs-queue-name"},
		{"函数", "lambda-function-name"}, {"表", "dynamodb-table-name"}, {"主题", "sns-topic-name"},
		{"密钥", "kms-key-id"}, {"堆栈", "cfn-stack-name"}, {"仓库", "ecr-repository"},
		{"función", "lambda-function-name"}, {"distribución", "cloudfront-id"},
		{"clúster", "cluster-name"},
		{"버킷", "s3-bucket"}, {"역할", "iam-role-name"}, {"사용자", "iam-user-name"}, {"함수", "lambda-function-name"},
		{"테이블", "dynamodb-table-name"}, {"클러스터", "cluster-name"}, {"인스턴스", "resource-name"},
		{"데이터베이스", "rds-identifier"}, {"큐", "sqs-queue-name"}, {"토픽", "sns-topic-name"},
		{"서버", "resource-name"}, {"스택", "cfn-stack-name"}, {"리포지토리", "ecr-repository"},
		{"권한 세트", "iam-role-name"}, {"権限セット", "iam-role-name"}, {"权限集", "iam-role-name"}, // (an Identity Center permission set: its roles are AWSReservedSSO_NAME_<hex>)
		{"호스팅 영역", "route53-zone-id"}, {"워크그룹", "resource-name"}, {"잡", "resource-name"}, {"헬스체크", "resource-name"},
		{"帳號", "iam-user-name"}, {"账号", "iam-user-name"}, {"使用者", "iam-user-name"}, {"用户名", "iam-user-name"},
		{"用戶名", "iam-user-name"}, {"托管区", "route53-zone-id"}, {"託管區域", "route53-zone-id"},
		{"目標群組", "resource-name"}, {"目标组", "resource-name"}, {"目标群组", "resource-name"},
		{"バケット", "s3-bucket"}, {"ロール", "iam-role-name"}, {"ユーザー", "iam-user-name"}, {"関数", "lambda-function-name"},
		{"テーブル", "dynamodb-table-name"}, {"クラスター", "cluster-name"}, {"インスタンス", "resource-name"},
		{"データベース", "rds-identifier"}, {"キュー", "sqs-queue-name"}, {"トピック", "sns-topic-name"},
		{"スタック", "cfn-stack-name"}, {"シークレット", "secret-name"}, {"시크릿", "secret-name"}, {"유저", "iam-user-name"},
		{"ジョブ", "resource-name"}, {"ワークグループ", "resource-name"}, {"実行名", "resource-name"}, {"キースペース", "database-name"}, {"키스페이스", "database-name"}, {"マイルストーン", "resource-name"}, {"마일스톤", "resource-name"}, {"ロググループ", "log-group"}, {"スキーマ", "database-name"},
		{"作业", "resource-name"}, {"로그 그룹", "log-group"}, {"스키마", "database-name"},
		{"käyttäjä", "iam-user-name"}, {"käyttäjän", "iam-user-name"}, {"потребител", "iam-user-name"},
		{"používateľa", "iam-user-name"}, {"používateľ", "iam-user-name"}, {"کاربر", "iam-user-name"},
		{"صارف", "iam-user-name"}, {"ተጠቃሚ", "iam-user-name"}, {"ব্যবহারকারী", "iam-user-name"}, {"பயனர்", "iam-user-name"},
		{"서비스", "resource-name"}, {"服务", "resource-name"}, {"บริการ", "resource-name"}, {"dịch vụ", "resource-name"},
		{"usługi", "resource-name"}, {"usługę", "resource-name"}, {"lietotājs", "iam-user-name"}, {"lietotāja", "iam-user-name"}, {"Lietotāja", "iam-user-name"}, {"Lietotājs", "iam-user-name"},
		{"उपयोगकर्ता", "iam-user-name"}, {"টেবিল", "dynamodb-table-name"}, {"அட்டவணை", "dynamodb-table-name"},
		{"טבלת", "dynamodb-table-name"}, {"جدول", "dynamodb-table-name"}, {"tabuľka", "dynamodb-table-name"},
		{"tabuľke", "dynamodb-table-name"}, {"užívateľ", "iam-user-name"},
		{"యూజర్", "iam-user-name"}, {"વપરાશકર્તા", "iam-user-name"}, {"පරිශීලක", "iam-user-name"}, {"प्रयोगकर्ता", "iam-user-name"}, {"Пайдаланушы", "iam-user-name"}, {"მომხმარებელი", "iam-user-name"},
		{"Օգտատեր", "iam-user-name"}, {"İstifadəçi", "iam-user-name"}, {"istifadəçisi", "iam-user-name"}, {"ਯੂਜ਼ਰ", "iam-user-name"}, {"वापरकर्ता", "iam-user-name"}, {"ಬಳಕೆದಾರ", "iam-user-name"},
		{"ഉപയോക്താവ്", "iam-user-name"}, {"အသုံးပြုသူ", "iam-user-name"}, {"អ្នកប្រើ", "iam-user-name"}, {"ຜູ້ໃຊ້", "iam-user-name"}, {"Хэрэглэгч", "iam-user-name"},
	}
}

// koreanKeyword maps a Korean resource noun at the start of b to a secret type.
func koreanKeyword(b []byte) string {
	for _, kw := range cjkKeywords() {
		if hasPrefix(b, kw.word) {
			return kw.typ
		}
	}
	return ""
}

// inlineMarkup returns where the inline markup that ends at q starts (HTML's <code>, <b>,
// <strong>, <em>, <i>, <tt>, <kbd>; Jira's {{), or q when none does.
func inlineMarkup(text []byte, q int) int {
	for _, m := range [...]string{"<code>", "<b>", "<strong>", "<em>", "<i>", "<tt>", "<kbd>", "{{"} {
		if hasSuffix(text[:q], m) {
			return q - len(m)
		}
	}
	return q
}

// uuidNounBefore reports whether the UUID at i follows a noun that names a resource whose ID
// is a UUID (the Kendra index <uuid>, membership <uuid>, インデックス <uuid>, 멤버십 <uuid>,
// ヘルスチェック ID <uuid>): such a UUID is masked, where one after no noun or after an
// operation's (request, event, query, job) stays readable like request IDs.
func uuidNounBefore(text []byte, i int) bool {
	if i >= 13 && text[i-1] == '/' && (hasSuffix(text[:i], "/appmonitors/") || hasSuffix(text[:i], "/workspaces/") ||
		hasSuffix(text[:i], "/collaborations/") || hasSuffix(text[:i], "/memberships/") || hasSuffix(text[:i], "/saml/acs/") ||
		hasSuffix(text[:i], "/monitors/") || hasSuffix(text[:i], "/anomalies/")) {
		return true // a REST path's resource: CloudWatch RUM's /appmonitors/<uuid>, Clean Rooms' /memberships/<uuid>,
		// Identity Center's SAML endpoint (signin.aws/platform/saml/acs/<uuid>), Cost Anomaly Detection's
		// console (#/anomaly-detection/monitors/<uuid>/anomalies/<uuid>)
	}
	if i >= 10 && (hasSuffix(text[:i], "aws-batch.") || hasSuffix(text[:i], "/details/") && bytes.Contains(text[max(0, i-48):i], []byte("/jobs/"))) {
		return true // AWS Batch's pod on EKS (aws-batch.<job ID>); AWS Backup's console (#/jobs/restore/details/<job ID>)
	}
	j := i
	for j > 0 && i-j < 8 && (text[j-1] == ' ' || text[j-1] == '`' || text[j-1] == '"' || text[j-1] == '\'' || text[j-1] == ':' || text[j-1] == '(' || text[j-1] == '=') {
		j--
	}
	if j >= 6 && text[j-1] >= 0x80 {
		for _, p := range [...]string{"는", "은", "가", "이", "를", "을", "は", "が", "を", "も"} {
			if hasSuffix(text[:j], p) && isAlnum(text[j-len(p)-1]) {
				j -= len(p) // 대시보드 ID는 `<uuid>`: a particle after the noun's ID
				break
			}
		}
	}
	if j >= 3 && (string(text[j-2:j]) == "ID" || string(text[j-2:j]) == "Id" || string(text[j-2:j]) == "id") && (text[j-3] == ' ' || text[j-3] >= 0x80) {
		j -= 2 // ヘルスチェック ID <uuid>: the noun stands before "ID"
		for j > 0 && i-j < 12 && text[j-1] == ' ' {
			j--
		}
	}
	if j == 0 {
		return false
	}
	if text[i-1] == '(' && j < i-1 {
		// (only in parentheses after a blank: `alias/NAME` (UUID), a KMS key's ID after its alias)
		lo := max(0, j-80)
		if tok := text[lo+bytes.LastIndexByte(text[lo:j], ' ')+1 : j]; hasPrefix(bytes.TrimLeft(tok, "`\"'("), "alias/") {
			return true
		}
	}
	if text[j-1] >= 0x80 || text[j-1] == 't' {
		b := text[max(0, j-24):j] // (a CJK noun, or recovery-point:)
		for _, w := range [...]string{"インデックス", "メンバーシップ", "ヘルスチェック", "コラボレーション", "ワークスペース", "アプリケーション",
			"인덱스", "멤버십", "헬스 체크", "협업", "워크스페이스", "애플리케이션", "索引", "成员资格", "健康检查", "키", "recovery-point",
			"ジョブ", "작업", "잡", "ゲートウェイ", "게이트웨이", "대시보드", "ダッシュボード", "仪表板"} {
			if hasSuffix(b, w) {
				return true
			}
		}
	}
	k := j
	for k > 0 && j-k < 16 && isLetter(text[k-1]) {
		k--
	}
	if k == j || k > 0 && isAlnum(text[k-1]) {
		return false
	}
	switch string(text[k:j]) {
	case "index", "membership", "collaboration", "workspace", "CA", "authority", "connector", "datasource", "attendee", "token", "store",
		"gateway", "mapping", "instance", "replica", "queue", "activation", "association", "tenant", "job", "Job", "jobs",
		"EDS", "FROM", "namespace", "analysis", "Analysis", "Analyse", "dashboard", "Dashboard", "dataset", "Dataset", "source":
		return true // (an SSM hybrid activation, a State Manager association, an Entra ID tenant, a Batch or Backup job;
		// a CloudTrail Lake event data store, as its SQL names it: SELECT ... FROM <uuid>; a Redshift namespace;
		// QuickSight's analyses, dashboards, datasets and data sources, a Lambda event source mapping)
	}
	return false
}

// mailOwner returns the span of the person's name written just before the mailbox that
// starts at at, or -1, -1: two or three capitalised words ("Lucía Fernández (lucia@...)",
// "Noor Al-Hashimi <noor@...>"), or a name of two or three Han or Hangul characters after a
// label's colon or a blank ("负责人：王磊 wang@...", "담당자: 박지훈 (park@...)", "佐藤 健太
// (sato@...)"). Words of services, teams and roles (AWS Notifications, Provisioning Desk,
// 담당자, 运维) are no person.
func mailOwner(text []byte, at int) (int, int) {
	p := at
	for p > 0 && at-p < 4 && (text[p-1] == ' ' || text[p-1] == '(' || text[p-1] == '<' || text[p-1] == ',' || text[p-1] == '"') {
		p--
	}
	if p >= 3 && string(text[p-3:p]) == "\uff08" { // （ (a full-width parenthesis)
		p -= 3
	}
	for p > 0 && text[p-1] == ' ' {
		p--
	}
	ne := p
	if ne == at && (ne < 3 || text[ne-1] < 0x80) {
		return -1, -1 // the name must be set off from the address (a blank, "(", "<")
	}
	// Han or Hangul: two or three characters, optionally a given name of two after a blank
	if r, w := utf8.DecodeLastRune(text[:ne]); w == 3 && cjkNameRune(r) {
		ns := cjkNameStart(text, ne)
		if ns < 0 {
			return -1, -1
		}
		if ns > 1 && text[ns-1] == ' ' {
			if s2 := cjkNameStart(text, ns-1); s2 >= 0 && ne-ns == 6 && ns-1-s2 == 6 {
				ns = s2 // 佐藤 健太: family and given name
			}
		}
		if ns > 0 {
			if r0, _ := utf8.DecodeLastRune(text[:ns]); r0 != ' ' && r0 != ':' && r0 != '：' && r0 != '\n' && r0 != '(' && r0 != '（' {
				return -1, -1 // inside a sentence: 메일은, 联系邮箱
			}
		}
		if cjkRoleWord(text[ns:ne]) {
			return -1, -1
		}
		return ns, ne
	}
	ns := ne
	words := 0
	for words < 3 {
		ws := latinWordStart(text, ns)
		if ws < 0 {
			break
		}
		w := text[ws:ns]
		if serviceWord(w) || stopWord(w) || nonPersonWord(w) {
			return -1, -1
		}
		ns = ws
		words++
		if ns < 2 || text[ns-1] != ' ' {
			break
		}
		if latinWordStart(text, ns-1) < 0 {
			break
		}
		ns--
	}
	for ns < ne && text[ns] == ' ' {
		ns++
	}
	if words < 2 {
		return -1, -1
	}
	return ns, ne
}

// latinWordStart returns the start of the capitalised word ending at e (letters, accented
// ones, '-' and apostrophes inside: Al-Hashimi, O'Neil), or -1.
func latinWordStart(text []byte, e int) int {
	p := e
	for p > 0 && e-p <= 40 {
		r, w := utf8.DecodeLastRune(text[:p])
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' || r >= 0x2e80 {
			break
		}
		p -= w
	}
	if p == e || e-p > 40 {
		return -1
	}
	first, _ := utf8.DecodeRune(text[p:])
	if !unicode.IsUpper(first) || e-p < 2 {
		return -1
	}
	if p > 0 {
		if r, _ := utf8.DecodeLastRune(text[:p]); unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '.' || r == '@' {
			return -1
		}
	}
	return p
}

// cjkNameRune reports a Han ideograph or a Hangul syllable.
func cjkNameRune(r rune) bool {
	return r >= 0x4e00 && r <= 0x9fff || r >= 0xac00 && r <= 0xd7a3
}

// cjkNameStart returns the start of a run of two or three Han or Hangul characters ending at
// e, or -1 (a longer run is a phrase, not a name).
func cjkNameStart(text []byte, e int) int {
	p, n := e, 0
	for p > 0 && n <= 3 {
		r, w := utf8.DecodeLastRune(text[:p])
		if w != 3 || !cjkNameRune(r) {
			break
		}
		p -= w
		n++
	}
	if n < 2 || n > 3 {
		return -1
	}
	return p
}

// cjkRoleWord: Chinese, Japanese and Korean words for a role, a team or a mailbox that stand
// where a name would (담당자: the person in charge; 运维: operations).
func cjkRoleWord(v []byte) bool {
	switch string(v) {
	case "담당자", "담당", "사용자", "리뷰어", "보안팀", "운영팀", "관리자", "연락처", "메일함", "이메일", "개발팀", "인프라",
		"负责人", "联系人", "运维", "管理员", "邮箱", "团队", "用户", "开发", "担当", "担当者", "連絡先", "管理者", "運用", "窓口":
		return true
	}
	r, _ := utf8.DecodeLastRune(v)
	switch r {
	case '은', '는', '이', '가', '을', '를', '의', '로', '팀', '에':
		return true // a Korean word with its particle (메일은, 계정은): a phrase, not a name
	}
	return false
}

// nonPersonWord: capitalised words that name a service, a team or a role before a mailbox
// (AWS Notifications, Provisioning Desk, The DBA, Duplicate UserName).
func nonPersonWord(w []byte) bool {
	switch string(w) {
	case "AWS", "Amazon", "The", "IAM", "Notifications", "Notification", "Desk", "Team", "Support", "Services", "Service",
		"Center", "Centre", "Budgets", "Platform", "Duplicate", "Admin", "Admins", "Operations", "Ops", "Security", "Billing",
		"Data", "Cloud", "Engineering", "Alerts", "Helpdesk", "Provisioning", "Mailbox", "Group", "Owner", "Contact", "From",
		"To", "Cc", "Bcc", "Reply", "Sender", "Email", "Mail", "Herrn", "Herr", "Frau", "Mr", "Mrs", "Ms", "Dr", "Web", "No",
		"Noreply", "Do", "Not", "Google", "Microsoft", "GitHub", "Okta", "Entra", "Identity", "Center's", "Customer", "Account":
		return true
	}
	return false
}

// particleKey reads an API's key written into Korean or Japanese prose with the topic's or the
// subject's particle before the value at i ("RoleName は acme-ops", "AnomalyId は <uuid>",
// "DBInstanceIdentifier는 x"): the type keyType gives the key (a UUID after an ID key a
// resource's, as resourceIDWord judges), or "". j is where the particle (and a blank) end.
func particleKey(text []byte, j, i int) string {
	r, w := utf8.DecodeLastRune(text[:j])
	switch r {
	case 'は', 'が', 'を', 'も', '은', '는', '이', '가', '을', '를', '도':
	default:
		return ""
	}
	p := j - w
	if p > 0 && text[p-1] == ' ' {
		p--
	}
	k := p
	for k > 0 && p-k < 40 && isAlnum(text[k-1]) {
		k--
	}
	if k == p || !isLetter(text[k]) || k > 0 && (isAlnum(text[k-1]) || text[k-1] == '_' || text[k-1] == '.' || text[k-1] == '-') {
		return ""
	}
	if i+36 <= len(text) && isUUID(text[i:i+36]) && resourceIDWord(text, k, p) {
		return "resource-uuid"
	}
	var buf [48]byte
	key, ok := normKey(text[k:p], buf[:0])
	if !ok || len(key) < 4 {
		return ""
	}
	if t, m := keyType(key); t != "" && m != modeSecret && t != "name" {
		return t
	}
	return ""
}

// resourceIDWord reports whether the word text[k:j] before a UUID names a resource's ID: ID,
// Id or a word that ends in it (AnomalyId), with the words it joins (Protection-ID, the
// policy ID) naming a resource as the key rule judges it (resourceIDKey: Request ID, the
// execution ID stay readable).
func resourceIDWord(text []byte, k, j int) bool {
	w := text[k:j]
	if len(w) < 2 || !hasSuffix(w, "ID") && !hasSuffix(w, "Id") && string(w) != "id" {
		return false
	}
	if len(w) == 2 && k > 1 && text[k-1] == ' ' && text[k-2] >= 0x80 {
		return false // 요청 ID는, リクエスト ID は: the word before, not Latin, may name a request
	}
	var buf [48]byte
	key := buf[:0]
	if len(w) == 2 && k > 1 && (text[k-1] == '-' || text[k-1] == ' ') && isLetter(text[k-2]) {
		p := k - 1 // the word before a bare ID: Protection-ID, the policy ID, Health-Check-ID
		for p > 0 && k-p < 24 && (isLetter(text[p-1]) || text[p-1] == '-') {
			p--
		}
		var ok bool
		if key, ok = normKey(text[p:k-1], buf[:0]); !ok || len(key) > 40 {
			return false
		}
	}
	var wb [24]byte
	lw, ok := normKey(w, wb[:0])
	key = append(key, lw...)
	return ok && resourceIDKey(key) && !hasSuffix(key, "sessionid") && !hasSuffix(key, "clientid") && !hasSuffix(key, "accountid")
}

// lineNames appends to late the people's names at the line starts of text (rule ri): the
// name that signs a message ("Danke, Jörg Brenninkmeyer", "Best regards,\nTomasz
// Wieczorek", "Merci ! — Camille"), and the author's name that heads a message in a chat
// export ("**Larissa Mota** 14:05", "[#cloud-sec] Sam Okafor  10:21", "[10:02] Lucía
// Fernández:", "박지훈 09:14"). One to three capitalised words; a word of a team, a service or
// a role (The, Team, Ops) is no name. Within lines, the names after a person's label
// (labelledNames); in Korean and Japanese, the names an honorific follows (honorificNames),
// looked for when the text has bytes outside ASCII (high).
func lineNames(text []byte, high bool, late []match, ri int) []match {
	var speakers [32]match
	nSpeakers := 0
	eachLine(text, func(ls, le int) {
		if le-ls < 4 {
			if hasPrefix(text[ls:le], "--") && len(bytes.TrimSpace(text[ls+2:le])) == 0 && le+1 < len(text) {
				// an e-mail's signature delimiter ("-- "): the name opens the next line
				ne := len(text)
				if nl := bytes.IndexByte(text[le+1:], '\n'); nl >= 0 {
					ne = le + 1 + nl
				}
				if ns, ne := nameWords(text, le+1, ne); ns >= 0 {
					late = append(late, match{start: ns, end: ne, typ: "person-name", rule: ri})
				}
			}
			return
		}
		ns, ne := -1, -1
		if le-ls <= 160 {
			ns, ne = signedName(text, ls, le)
		}
		if ns < 0 {
			ns, ne = chatAuthor(text, ls, le) // (a chat line may go on with the message)
		}
		if ns < 0 && le-ls <= 160 {
			ns, ne = greetedName(text, ls, le)
		}
		if ns < 0 && high && le-ls > 12 {
			ns, ne = timelineSurname(text, ls, le)
		}
		if ns < 0 && high && nSpeakers < len(speakers) {
			if e := cjkName(text, ls); e > 0 && e+2 < le {
				c := e
				if text[c] == '(' {
					if r := bytes.IndexByte(text[c:min(le, c+32)], ')'); r > 0 {
						c += r + 1 // 이도현(SRE 리드): a role in parentheses
					}
				}
				if c+2 < le && text[c] == ':' && text[c+1] == ' ' && le-c >= 16 && bytes.IndexByte(text[c+2:le], ' ') > 0 {
					speakers[nSpeakers] = match{start: ls, end: e, typ: "person-name", rule: ri}
					nSpeakers++
				}
			}
		}
		if ns >= 0 {
			late = append(late, match{start: ns, end: ne, typ: "person-name", rule: ri})
		}
	})
	if nSpeakers >= 3 && transcript(text, speakers[:nSpeakers]) {
		late = append(late, speakers[:nSpeakers]...)
	}
	late = labelledNames(text, high, late, ri)
	if high {
		late = honorificNames(text, late, ri)
	}
	return late
}

// timelineSurname reads a timeline's entry whose actor is a Japanese family name alone, the
// subject of the sentence ("- 09:10 佐々木が SYS_QUERY_HISTORY を確認", "10:20 山本は..."):
// the name's span, or -1, -1.
func timelineSurname(text []byte, ls, le int) (int, int) {
	p := ls
	if hasPrefix(text[p:le], "- ") || hasPrefix(text[p:le], "* ") {
		p += 2
	}
	d := clockTime(text, p, le)
	if d < 0 || d >= le || text[d] != ' ' {
		return -1, -1
	}
	p = d + 1
	e := p
	for e < le && e-p < 9 {
		r, w := utf8.DecodeRune(text[e:le])
		if !isKanji(r) {
			break
		}
		e += w
	}
	if e == p || !japaneseSurname(text[p:e]) {
		return -1, -1
	}
	for _, particle := range [...]string{"が", "は", "から", "より"} {
		if hasPrefix(text[e:le], particle) {
			return p, e
		}
	}
	return -1, -1
}

// transcript reports whether the names that head lines before a colon and a sentence
// (정해린: 어제 밤부터 ..., 윤도현: 어느 identity에서요?) are a conversation's speakers: two
// names at least, one of them speaking twice. A form's labels (이메일: ..., 이벤트: ..., some
// of a name's shape) each stand once.
func transcript(text []byte, sp []match) bool {
	other, again := false, false
	for k, m := range sp {
		for _, o := range sp[:k] {
			if string(text[m.start:m.end]) == string(text[o.start:o.end]) {
				again = true
			} else {
				other = true
			}
		}
	}
	return other && again
}

// eachLine calls f with the start and the end (before its '\n') of every line of text.
func eachLine(text []byte, f func(ls, le int)) {
	for ls := 0; ls < len(text); {
		le := bytes.IndexByte(text[ls:], '\n')
		if le < 0 {
			le = len(text)
		} else {
			le += ls
		}
		f(ls, le)
		ls = le + 1
	}
}

// signedName reads a line that opens with a closing phrase (thanks, regards, Danke, Merci,
// Saludos, ...) and returns the name after it on the line, or on the next line when the
// phrase stands alone; or -1, -1.
func signedName(text []byte, ls, le int) (int, int) {
	p := ls
	phrases, prev := 0, 0
	for p < le {
		w := p
		for w < le && (isLetter(text[w]) || text[w] >= 0x80 && text[w] != 0xe2) {
			w++ // (0xe2 starts the dashes and quotes of punctuation: —, ’)
		}
		if w == p {
			break
		}
		c := closingWord(text[p:w])
		if c == 3 && prev == 1 {
			c = 2 // Bonne journée, Buen día, Schönen Tag: a wish that closes (the day alone does not)
		}
		if c == 0 || c == 3 {
			break
		}
		if c == 2 {
			phrases++ // (the joining words alone close nothing: "And Maria said")
		}
		p, prev = w, c
		for p < le && (text[p] == ' ' || text[p] == '&' || text[p] == ',') {
			p++
		}
	}
	if phrases == 0 {
		return -1, -1
	}
	for p < le && (text[p] == ' ' || text[p] == ',' || text[p] == '!' || text[p] == '-' || text[p] == '.') {
		p++
	}
	if hasPrefix(text[p:le], "\u2014") || hasPrefix(text[p:le], "\u2013") { // — or –
		p += 3
		for p < le && text[p] == ' ' {
			p++
		}
	}
	if p == le || text[p] == '\r' {
		// the phrase alone: the name opens the next line
		p = le + 1
		if p >= len(text) {
			return -1, -1
		}
		le = p
		for le < len(text) && text[le] != '\n' {
			le++
		}
	}
	return nameWords(text, p, le)
}

// chatAuthor reads the line that heads a message in a chat export: an optional [#channel],
// the author's name (in ** or * or not) and the time (14:05); or the time in brackets, the
// name and a colon ("[10:02] Lucía Fernández: ...", "[오전 9:41] 김민준: ..."); or the name,
// the time in parentheses and a colon ("Diego Ramírez (10:04): ..."). A Latin name has two
// or three words: one word is a label's ("**Status** 14:05") as often as an author's.
func chatAuthor(text []byte, ls, le int) (int, int) {
	p := ls
	if text[p] == '[' && p+1 < le && text[p+1] == '#' {
		q := bytes.IndexByte(text[p:le], ']')
		if q < 0 {
			return -1, -1
		}
		p += q + 1
		for p < le && text[p] == ' ' {
			p++
		}
	}
	timed := false
	if p < le && text[p] == '[' {
		if q := bracketTime(text, p, le); q > 0 {
			p, timed = q, true
			for p < le && text[p] == ' ' {
				p++
			}
		}
	}
	mark := 0
	switch {
	case hasPrefix(text[p:le], "**"):
		mark = 2
	case p < le && text[p] == '*' && !timed:
		mark = 1
	}
	p += mark
	if !timed {
		// the time follows the name (or stands in parentheses or brackets after it): a ':'
		// after a digit soon, or no author heads the line
		c := bytes.IndexByte(text[p:min(le, p+80)], ':')
		if c < 1 || !isDigit(text[p+c-1]) {
			return -1, -1
		}
	}
	ns, ne := p, cjkName(text, p)
	if ne < 0 || ne > le {
		var words int
		if ns, ne, words = nameSpan(text, p, le); words < 2 {
			return -1, -1
		}
	}
	q := ne
	if mark > 0 {
		if q+mark > le || string(text[q:q+mark]) != "**"[:mark] {
			return -1, -1
		}
		q += mark
	}
	if timed {
		if q < le && text[q] == ':' {
			return ns, ne
		}
		return -1, -1
	}
	if q+3 < le && text[q] == ' ' && text[q+1] == '[' {
		if d := bracketTime(text, q+1, le); d > 0 && len(bytes.TrimSpace(text[d:le])) == 0 {
			return ns, ne // Slack's copy: 박서연 [오후 2:14], Valentina Ruiz [9:14 AM] on a line of their own
		}
	}
	if q+3 < le && text[q] == ' ' && text[q+1] == '(' {
		if d := clockTime(text, q+2, le); d > 0 && d+1 < le && text[d] == ')' && text[d+1] == ':' {
			return ns, ne // Diego Ramírez (10:04): ...
		}
	}
	if q == ne && q < le && text[q] != ' ' {
		return -1, -1
	}
	for q < le && text[q] == ' ' {
		q++
	}
	for _, pre := range [...]string{"\u2014 ", "\u2013 ", "- ", "· "} {
		if hasPrefix(text[q:le], pre) {
			q += len(pre) // Slack's copy with a dash: 박서연 — 오전 9:42
			break
		}
	}
	for _, pre := range [...]string{"오전 ", "오후 ", "午前", "午後"} {
		if hasPrefix(text[q:le], pre) {
			q += len(pre)
			break
		}
	}
	if d := clockTime(text, q, le); d < 0 {
		return -1, -1
	}
	return ns, ne
}

// clockTime returns the end of a time of day at p (9:41, 14:05, 14:05:33), or -1.
func clockTime(text []byte, p, le int) int {
	d := p
	for d < le && isDigit(text[d]) {
		d++
	}
	if d == p || d-p > 2 || d+3 > le || text[d] != ':' || !isDigit(text[d+1]) || !isDigit(text[d+2]) {
		return -1
	}
	d += 3
	if d+3 <= le && text[d] == ':' && isDigit(text[d+1]) && isDigit(text[d+2]) {
		d += 3
	}
	return d
}

// bracketTime returns the end of a chat line's bracketed time at p ("[10:02]", "[오전 9:41]",
// "[9:41 AM]", "[2026-11-20 10:02]"), hours and minutes only, or -1.
func bracketTime(text []byte, p, le int) int {
	q := bytes.IndexByte(text[p:min(le, p+32)], ']')
	if q < 0 {
		return -1
	}
	in := text[p+1 : p+q]
	for _, pre := range [...]string{"오전 ", "오후 ", "午前", "午後", "AM ", "PM "} {
		if hasPrefix(in, pre) {
			in = in[len(pre):]
			break
		}
	}
	if len(in) >= 11 && isDigit(in[0]) && in[4] == '-' && in[10] == ' ' {
		in = in[11:] // a date first
	}
	d := clockTime(in, 0, len(in))
	if d < 0 || d > 5 {
		return -1 // (a log's time has seconds, a chat's has not: "[10:02:11] Health Check: passed" is a log line)
	}
	in = in[d:]
	if string(in) != "" && string(in) != " AM" && string(in) != " PM" {
		return -1
	}
	return p + q + 1
}

// nameWords returns the span of one to three capitalised words at p that end the line at
// le, or are followed by ',', " (", " —" or " -"; or -1, -1.
func nameWords(text []byte, p, le int) (int, int) {
	ns, e, words := nameSpan(text, p, le)
	if words == 0 {
		return -1, -1
	}
	rest := text[e:le]
	switch {
	case len(rest) == 0, rest[0] == '\r', rest[0] == ',', rest[0] == '*' && hasPrefix(rest, "**"),
		hasPrefix(rest, " ("), hasPrefix(rest, " \u2014"), hasPrefix(rest, " \u2013"), hasPrefix(rest, " -"), hasPrefix(rest, "  "):
		return ns, e
	}
	return -1, -1
}

// nameSpan reads one to three capitalised words at p (before le) that may name a person: no
// service's, stop, role or common word among them. It returns their span and how many there
// are (0 when none).
func nameSpan(text []byte, p, le int) (int, int, int) {
	e := p
	words := 0
	for words < 3 {
		we := latinWordEnd(text, e, le)
		if we < 0 {
			break
		}
		w := text[e:we]
		if serviceWord(w) || stopWord(w) || nonPersonWord(w) || commonWord(w) {
			return p, p, 0
		}
		words++
		e = we
		if e+1 < le && text[e] == ' ' && latinWordEnd(text, e+1, le) > 0 {
			e++
			continue
		}
		break
	}
	return p, e, words
}

// latinWordEnd returns the end of the capitalised word at p (letters, accented ones, '-' and
// apostrophes inside), before le, or -1.
func latinWordEnd(text []byte, p, le int) int {
	if p >= le {
		return -1
	}
	if c := text[p]; c < 0x80 {
		if !isUpper(c) {
			return -1
		}
	} else if first, _ := utf8.DecodeRune(text[p:le]); !unicode.IsUpper(first) {
		return -1
	}
	e := p
	for e < le && e-p <= 40 {
		if c := text[e]; c < 0x80 {
			if !isLetter(c) && c != '-' && c != '\'' {
				break
			}
			e++
			continue
		}
		r, w := utf8.DecodeRune(text[e:le])
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' || r >= 0x2e80 {
			break
		}
		e += w
	}
	if e-p < 2 || e-p > 40 || text[e-1] == '-' {
		return -1
	}
	return e
}

// closingWord reports 2 for a word that closes a message before its signature, in the
// languages the notes are written in (thanks, regards, Danke, Grüße, Merci, Saludos,
// Obrigado), 1 for a word that only joins or qualifies one (Kind, vielen, und, à, Bonne), 3 for
// the day or the time a wish names (journée, día, Tag), else 0.
func closingWord(w []byte) int {
	var buf [24]byte
	lw, ok := lowerASCII(buf[:], w)
	if !ok {
		return 0
	}
	switch string(lw) {
	case "thanks", "thank", "thx", "cheers", "regards", "best", "br", "danke", "dank", "grüße", "gruß", "gruss", "grüsse",
		"lg", "mfg", "merci", "cordialement", "saludos", "gracias", "saludo", "atentamente", "obrigado", "obrigada",
		"abraços", "abraço", "atenciosamente", "grazie", "saluti", "groeten", "groet", "mvh", "hälsningar", "pozdrawiam", "dzięki":
		return 2
	case "you", "kind", "many", "vielen", "viele", "beste", "liebe", "und", "bien", "à", "vous", "un", "cordiali", "met",
		"vriendelijke", "and", "e", "y", "et", "a", "tutti", "todos", "bonne", "bon", "buen", "buena", "buenas", "boa", "bom",
		"schönen", "schöne", "buona", "buon", "noch":
		return 1
	case "journée", "journee", "soirée", "soiree", "semaine", "week-end", "día", "dia", "tarde", "tardes", "semana", "fim",
		"tag", "abend", "wochenende", "giornata", "serata", "settimana":
		return 3 // after a wish's adjective only (see signedName)
	}
	return 0
}

// matchCompanyName matches a company's name at a capitalised word: one to three capitalised
// words ("&" may join them) and then a legal form or a trade's word (Bank, Assurances,
// Seguros, GmbH, KG, PLLC: see companySuffix), which a following legal form may extend
// (Dental Group PLLC). The words before it must name: not a common, AWS, service or role
// word (AWS Health, Amazon Pay, The Bank stay).
func matchCompanyName(s *scanState, i, ri int) int {
	text := s.text
	n := len(text)
	if i > 0 && (text[i-1] >= 0x80 || text[i-1] == '-' || text[i-1] == '.' || text[i-1] == '_' || text[i-1] == '/') {
		return -1
	}
	if e := prefixCompany(text, i); e > 0 {
		s.emit(i, e, "company-name", ri)
		return e
	}
	if i >= 4 && (hasSuffix(text[:i], "AWS ") || hasSuffix(text[:i], "Amazon ")) {
		return -1 // AWS's own products (the AWS Nitro System, Amazon Managed Grafana), not a company of their own
	}
	le := min(n, i+160)
	// the words first, cheaply; then the suffix; the name words are judged last
	var ws [4][2]int
	nw, e, suffix := 0, i, -1
	for nw < len(ws) {
		we := latinWordEnd(text, e, le)
		if we < 0 || we-e < 2 {
			return -1
		}
		if we-e > 4 && nw > 0 && text[we-2] == '\'' && text[we-1] == 's' && companySuffix(text[e:we-2]) {
			we -= 2 // Harrowgate Freight's account: the name, not its possessive
		}
		ws[nw] = [2]int{e, we}
		nw++
		if nw > 1 && (companySuffix(text[e:we]) || string(text[e:we]) == "Union" && nw > 2 && string(text[ws[nw-2][0]:ws[nw-2][1]]) == "Credit") {
			suffix = nw - 1
			break
		}
		switch {
		case we+1 < le && text[we] == ' ' && (isUpper(text[we+1]) || text[we+1] >= 0xc3):
			e = we + 1
		case we+3 < le && string(text[we:we+3]) == " & ":
			e = we + 3
		default:
			return -1
		}
	}
	if suffix < 0 {
		return -1
	}
	w := text[ws[suffix][0]:ws[suffix][1]]
	if len(w) <= 3 && !bytes.ContainsFunc(text[i:ws[suffix][0]], unicode.IsLower) {
		return -1 // (capitals before a short legal form are a protocol's or a query's words: IKE SA, STORED AS)
	}
	named := false // a word that names, not only describes (Ferrovial Digital Labs, not Personal Health)
	for k := range suffix {
		v := text[ws[k][0]:ws[k][1]]
		if companySuffix(v) || serviceWord(v) || stopWord(v) || nonPersonWord(v) {
			return -1
		}
		named = named || !notNameWord(v) && !commonWord(v) && (len(v) > 4 || !allUpperLetters(v)) // (an acronym describes: OCI Image Media)
	}
	if !named {
		return -1
	}
	we := ws[suffix][1]
	for we+1 < le && text[we] == ' ' {
		nx := wholeWordEnd(text, we+1, le)
		if nx < 0 {
			break
		}
		if !companySuffix(text[we+1 : nx]) {
			// one more word, when a legal form follows it (DENTAL GROUP PLLC)
			nn := -1
			if nx+1 < le && text[nx] == ' ' {
				nn = wholeWordEnd(text, nx+1, le)
			}
			if nn < 0 || !companySuffix(text[nx+1:nn]) {
				break
			}
			nx = nn
		}
		we = nx // Dental Group PLLC, Hollmann KG
	}
	if we < n && (isAlnum(text[we]) || text[we] == '-') {
		return -1
	}
	s.emit(i, we, "company-name", ri)
	return we
}

// companyPrefix reports the words that open a company's name in Spanish, Portuguese,
// Italian and French (Banco Itaú, Grupo Almenara, Caixa Geral, Cooperativa Agrária).
func companyPrefix(w []byte) bool {
	switch string(w) {
	case "Banco", "Grupo", "Caja", "Caixa", "Cooperativa", "Companhia", "Gruppo", "Groupe", "Laboratorios", "Laboratórios", "Supermercados",
		"Transportes", "Distribuidora", "Constructora", "Construtora", "Farmacia", "Farmácia", "Seguros", "Editora", "Editorial":
		return true
	}
	return false
}

// joinedCompanyPrefix reports the companyPrefix words after which de, do, da... may join the
// name's words (Banco do Brasil, Caja de Ahorros, Companhia de Saneamento).
func joinedCompanyPrefix(w []byte) bool {
	switch string(w) {
	case "Banco", "Caja", "Caixa", "Cooperativa", "Companhia", "Constructora", "Construtora":
		return true
	}
	return false
}

// prefixCompany returns the end of a company's name that a companyPrefix word opens at i:
// one to three capitalised words after it, which de, do, da, del, di or dos may join after
// the words joinedCompanyPrefix lists (Banco do Brasil), none a common, service or role word;
// or -1.
func prefixCompany(text []byte, i int) int {
	le := min(len(text), i+120)
	we := latinWordEnd(text, i, le)
	if we < 0 || !companyPrefix(text[i:we]) {
		return -1
	}
	joins := joinedCompanyPrefix(text[i:we])
	end, words := -1, 0
	p := we
	for words < 3 && p+1 < le && text[p] == ' ' {
		q := p + 1
		c := latinWordEnd(text, q, le)
		if c < 0 {
			// a joining word (de, do, da, del, di, dos), then a capitalised one
			j := q
			for j < le && isLower(text[j]) {
				j++
			}
			switch string(text[q:j]) {
			case "de", "do", "da", "del", "di", "dos", "das":
				if !joins {
					return end // (Banco do Brasil, Caja de Ahorros; Grupo de Trabajo is a working group)
				}
			default:
				return end
			}
			if j+1 >= le || text[j] != ' ' {
				return end
			}
			if q, c = j+1, latinWordEnd(text, j+1, le); c < 0 {
				return end
			}
		}
		w := text[q:c]
		if len(w) < 2 || stopWord(w) || commonWord(w) || serviceWord(w) || nonPersonWord(w) || notNameWord(w) || awsNamePart(w) {
			return end
		}
		if c < len(text) && (isAlnum(text[c]) || text[c] == '_' || text[c] == '-' || text[c] == '.' && c+1 < len(text) && isAlnum(text[c+1])) {
			return end
		}
		end, p = c, c
		words++
	}
	return end
}

// companySuffix: the legal forms and the trades that end a company's name.
func companySuffix(w []byte) bool {
	var buf [16]byte
	lw, ok := lowerASCII(buf[:], w)
	if !ok {
		switch string(w) {
		case "Énergie", "Électrique", "Logística", "Comércio", "Indústria", "Química", "Saúde", "Contábil", "Contabilidade":
			return true
		}
		return false
	}
	switch string(lw) {
	case "gmbh", "ag", "kg", "se", "ltd", "inc", "llc", "pllc", "llp", "corp", "plc", "sa", "sas", "sarl", "ltda", "bv", "nv",
		"as", "asa", "ab", "oy", "oyj", "spa", "srl", "pty", "kk", "gbr", "ohg", "ug", "eg", "sl", "slu", "cv",
		"bank", "banco", "banque", "insurance", "assurances", "assurance", "seguros", "versicherung", "versicherungen",
		"mutual", "energie", "energi", "energy", "energia", "logistics", "logistik", "logistique", "pagos", "pay",
		"payments", "health", "healthcare", "labs", "holdings", "holding",
		"retail", "foods", "motors", "airlines", "telecom", "pharma", "pharmacy", "dental", "clinic", "capital",
		"finance", "financial", "freight", "shipping", "mobility", "robotics", "stadtwerke", "werke", "medical",
		"outdoor", "entertainment", "studios", "games", "ventures", "partners", "consulting", "solutions",
		"technologies", "sohn", "söhne", "brothers", "bros", "cie", "alimentos", "agro", "seguradora", "tecnologia", "tech",
		"pagamentos", "industries", "industrie", "analytics", "ferries", "solar", "media":
		return true
	}
	return false
}

// notNameWord: capitalised words that describe rather than name, before a trade's word
// (Social Media, Personal Health, Data Labs, Global Payments).
func notNameWord(w []byte) bool {
	var buf [16]byte
	lw, ok := lowerASCII(buf[:], w)
	if !ok {
		return false
	}
	switch string(lw) {
	case "social", "personal", "public", "private", "global", "digital", "mobile", "online", "data", "cloud", "media", "stream", "image",
		"health", "apple", "google", "amazon", "microsoft", "meta", "stripe", "paypal", "visa", "mastercard", "our", "your",
		"their", "his", "her", "its", "this", "that", "new", "old", "big", "small", "local", "central", "national",
		"international", "first", "second", "other", "another", "any", "some", "every", "each", "all", "no", "via",
		"for", "from", "with", "and", "or", "of", "in", "on", "at", "to", "by", "as", "is", "are", "was", "if", "when",
		"elemental", "security", "service", "services", "customer", "partner", "test", "demo", "sample", "example",
		"transcribe", "comprehend", "connection", "consumer", "patch", "use", "log", "stored", "target", "instance":
		return true
	}
	return false
}

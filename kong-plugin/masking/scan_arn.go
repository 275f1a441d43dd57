package masking

import (
	"bytes"
	"math/bits"
)

// ARN matcher: arn:partition:service:region:account:resource, also URL-encoded (%3A, %2F) and
// with JSON-escaped slashes (\/). Partition, service, region and resource-type words stay
// readable; the account and every resource name are reported one by one, so that a name gets
// the same token inside an ARN as in a "RoleName" field. AWS-owned ARNs (account "aws", or no
// account outside S3 and Route 53) are kept whole.

type seg struct {
	start, end, sepEnd int  // sepEnd: end of the separator after the segment
	sep                byte // the separator after the segment: ':', '/' or 0
}

// arnSep reports the separator at j (':' or '/') and its width in bytes, or 0.
func arnSep(text []byte, j int) (byte, int) {
	switch text[j] {
	case ':':
		return ':', 1
	case '/':
		return '/', 1
	case '%':
		if j+2 < len(text) {
			if text[j+1] == '3' && text[j+2]|0x20 == 'a' {
				return ':', 3
			}
			if text[j+1] == '2' && text[j+2]|0x20 == 'f' {
				return '/', 3
			}
			if text[j+1] == '2' && text[j+2] == '5' && j+4 < len(text) && text[j+3] == '3' && text[j+4]|0x20 == 'a' {
				return ':', 5 // encoded twice (%253A): a console link carried inside another link's query
			}
			if text[j+1] == '2' && text[j+2] == '5' && j+4 < len(text) && text[j+3] == '2' && text[j+4]|0x20 == 'f' {
				return '/', 5
			}
		}
	case '\\':
		if j+1 < len(text) && text[j+1] == '/' {
			return '/', 2
		}
	case '&':
		// HTML's numeric character references (a Confluence or SIEM page, a notebook's HTML
		// export): &#47; &#x2F; for '/', &#58; &#x3A; for ':'
		if j+5 < len(text) && text[j+1] == '#' {
			switch {
			case text[j+2] == '4' && text[j+3] == '7' && text[j+4] == ';':
				return '/', 5
			case text[j+2] == '5' && text[j+3] == '8' && text[j+4] == ';':
				return ':', 5
			case text[j+2]|0x20 == 'x' && text[j+5] == ';' && text[j+3] == '2' && text[j+4]|0x20 == 'f':
				return '/', 6
			case text[j+2]|0x20 == 'x' && text[j+5] == ';' && text[j+3] == '3' && text[j+4]|0x20 == 'a':
				return ':', 6
			}
		}
	}
	return 0, 0
}

// arnStop reports whether c ends an ARN.
func arnStop(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '"', '\'', '`', ',', '<', '>', '|', '(', ')', '[', ']', '{', '}', ';', '\\', '%',
		'&', '?', '#', '^':
		// not '!': secrets that services manage are named rds!cluster-<uuid>, events!connection/...
		return true
	}
	return c >= 0x80 || c < 0x20
}

// arnField reads one header field at j up to a ':' separator.
func arnField(text []byte, j int) (start, end, next int, ok bool) {
	start = j
	for j < len(text) {
		if text[j] == '$' && j+1 < len(text) && text[j+1] == '{' || text[j] == '{' && j == start {
			// a template placeholder (${AWS::Partition}, ${AWS::AccountId}; a Python f-string's
			// {ACCOUNT}, a Go template's {{.AccountID}}) is one atom
			e := j + 1
			for e < len(text) && e-j < 64 && text[e] != '}' && text[e] != '\n' {
				e++
			}
			if e == len(text) || text[e] != '}' {
				return 0, 0, 0, false
			}
			for e < len(text) && text[e] == '}' {
				e++
			}
			j = e
			continue
		}
		if sep, w := arnSep(text, j); sep == ':' {
			return start, j, j + w, true
		} else if sep == '/' || arnStop(text[j]) {
			return 0, 0, 0, false
		}
		j++
	}
	return 0, 0, 0, false
}

func matchARN(s *scanState, i, ri int) int {
	text := s.text
	if !hasPrefix(text[i:], "arn") || i+4 > len(text) {
		return -1
	}
	if sep, _ := arnSep(text, i+3); sep != ':' {
		return -1
	}
	_, w := arnSep(text, i+3)
	ps, pe, j, ok := arnField(text, i+3+w)
	if !ok || !hasPrefix(text[ps:pe], "aws") && !hasPrefix(text[ps:pe], "${") {
		return -1
	}
	ss, se, j, ok := arnField(text, j)
	if !ok || se == ss {
		return -1
	}
	_, _, j, ok = arnField(text, j)
	if !ok {
		return -1
	}
	as, ae, j, ok := arnField(text, j)
	if !ok {
		return -1
	}
	// resource segments
	var segsBuf [24]seg
	segs := segsBuf[:0]
	st := j
	end := j
	for j <= len(text) {
		if j < len(text) {
			if sep, w := arnSep(text, j); sep != 0 {
				if len(segs) == cap(segs)-1 {
					return -1
				}
				segs = append(segs, seg{st, j, j + w, sep})
				j += w
				st = j
				if sep == '/' && hasPrefix(text[j:], "arn:aws") {
					// an ARN inside the path (Security Hub's product/aws/guardduty/arn:aws:guardduty:...):
					// this one ends here, the inner one is read on its own
					segs = append(segs, seg{st, j, j, 0})
					end = j
					break
				}
				continue
			}
		}
		if j == len(text) || arnStop(text[j]) {
			segs = append(segs, seg{st, j, j, 0})
			end = j
			break
		}
		j++
	}
	// trim sentence punctuation from the last segment
	last := &segs[len(segs)-1]
	for last.end > last.start && (text[last.end-1] == '.' || text[last.end-1] == ':') {
		last.end--
	}
	if last.end == last.start && len(segs) > 1 && end > last.start {
		end = last.start
		if p := segs[len(segs)-2]; p.end < end {
			end = p.end
		}
		segs = segs[:len(segs)-1]
	} else {
		end = last.end
	}
	service := text[ss:se]
	account := text[as:ae]
	if string(service) == "lambda" && len(account) == 0 && len(segs) >= 2 && string(text[segs[0].start:segs[0].end]) == "runtime" {
		return end // arn:aws:lambda:REGION::runtime:<hash>: a build of a managed runtime, the same for every account
	}
	if string(service) == "lambda" && len(segs) >= 2 && string(text[segs[0].start:segs[0].end]) == "layer" {
		if l := text[segs[1].start:segs[1].end]; hasPrefix(l, "AWS") || hasPrefix(l, "LambdaInsightsExtension") || hasPrefix(l, "aws-otel-") {
			return end // a layer AWS publishes (Powertools, Lambda Insights, Parameters and Secrets, ADOT): AWS's account
		}
	}
	if string(service) == "apigateway" && len(account) > 0 && isLower(account[0]) {
		// an integration's URI, arn:aws:apigateway:REGION:SERVICE:path/...|action/...: AWS's
		// API and action; a function's ARN nested in it (.../functions/arn:aws:lambda:...) is
		// scanned on its own
		if p := bytes.Index(text[segs[0].start:end], []byte("arn:")); p > 0 {
			return segs[0].start + p
		}
		if len(segs) >= 2 && string(text[segs[0].start:segs[0].end]) == "path" {
			// s3:path/BUCKET/{key}, sqs:path/ACCOUNT/QUEUE: the integration names the customer's resource
			b := text[segs[1].start:segs[1].end]
			switch {
			case string(account) == "s3" && !placeholder(b) && !hasByte(b, '{') && !keepSegment(b):
				s.emit(segs[1].start, segs[1].end, "s3-bucket", ri)
			case string(account) == "sqs" && len(b) == 12 && allDigits(b) && len(segs) >= 3:
				s.emit(segs[1].start, segs[1].end, "account-id", ri)
				if q := text[segs[2].start:segs[2].end]; !hasByte(q, '{') && !keepSegment(q) {
					s.emit(segs[2].start, segs[2].end, "sqs-queue-name", ri)
				}
			}
		}
		return end
	}
	// a SaaS partner's event source, offered to the customer (event-source/aws.partner/...) or
	// on the customer's bus (event-bus/aws.partner/...)
	partner := string(service) == "events" && len(segs) >= 2 && hasPrefix(text[segs[1].start:], "aws.partner/")
	switch {
	case string(account) == "aws" || string(account) == "aws-managed" || string(service) == "automate":
		return end // AWS-managed (policies, ...); alarm actions (arn:aws:automate:REGION:ec2:reboot)
	case len(account) == 12 && allDigits(account) && !awsOwnedAccount(account):
		s.emit(as, ae, "account-id", ri) // (AWS's own: arn:aws:iam::127311923021:root, ELB's log delivery, stays)
	case len(account) == 0 && string(service) == "ec2":
		// images and snapshots have no account field (arn:aws:ec2:us-west-2::snapshot/snap-...) and
		// may be the customer's: their IDs are masked as they are anywhere else
		for _, g := range segs {
			matchEC2IDExact(s, g.start, g.end, ri) // (it refuses an empty segment: arn:aws:ec2::: may end the text)
		}
		return end
	case len(account) == 0 && string(service) == "apigateway":
		// arn:aws:apigateway:REGION::/restapis/ID/stages/NAME: no account field, the customer's API
		for k := 0; k+1 < len(segs); k++ {
			v := text[segs[k+1].start:segs[k+1].end]
			switch string(text[segs[k].start:segs[k].end]) {
			case "restapis", "apis", "usageplans", "apikeys", "vpclinks", "clientcertificates":
				if !keepSegment(v) {
					s.emit(segs[k+1].start, segs[k+1].end, "apigw-id", ri)
				}
				k++
			case "stages", "domainnames", "authorizers":
				if !keepSegment(v) && !stopWord(v) {
					s.emit(segs[k+1].start, segs[k+1].end, "resource-name", ri)
				}
				k++
			}
		}
		return end
	case len(account) == 0 && !partner && string(service) != "s3" && string(service) != "route53" && string(service) != "sso" &&
		string(service) != "identitystore" && string(service) != "gamelift":
		// AWS-owned public resources (Identity Center's and GameLift's game sessions have no
		// account field but are the customer's), unless a segment is a random hex ID, which
		// nothing AWS publishes has (arn:aws:dataexchange:REGION::data-sets/<32 hex>)
		for _, g := range segs {
			if v := text[g.start:g.end]; len(v) >= 16 && allHex(v) && hasDigitByte(v) && hasLetterRun(v, 1) {
				s.emit(g.start, g.end, "resource-id", ri)
			}
		}
		return end
	}
	if string(service) == "s3" && len(account) == 0 {
		b := segs[0]
		if b.end > b.start && !keepSegment(text[b.start:b.end]) && !awsOwnedBucket(text[b.start:b.end]) {
			s.emit(b.start, b.end, "s3-bucket", ri)
		} else {
			s.bucketAccount(b.start, b.end, ri)
		}
		return b.end // the object key is scanned as ordinary text
	}
	if partner {
		s.partnerSource(segs[1].start, end, ri)
		return end
	}
	s.arnResource(service, segs, ri)
	return end
}

// partnerSource masks the customer's parts of a SaaS partner's event source, [i, e), which
// starts with "aws.partner/": aws.partner/PARTNER/TENANT.../NAME. The partner (zendesk.com,
// datadog.com) is public; the customer's tenant there and the source's name are the customer's.
func (s *scanState) partnerSource(i, e, ri int) {
	text := s.text
	p := i + len("aws.partner/")
	q := bytes.IndexByte(text[p:e], '/')
	if q <= 0 {
		return
	}
	for st := p + q + 1; st < e; {
		en := bytes.IndexByte(text[st:e], '/')
		if en < 0 {
			en = e
		} else {
			en += st
		}
		if v := text[st:en]; len(v) >= 4 && allDigits(v) {
			s.emit(st, en, "resource-id", ri) // the customer's account at the partner (Zendesk's 28861402)
		} else if len(v) > 0 && !keepSegment(v) {
			s.emit(st, en, "resource-name", ri)
		}
		st = en + 1
	}
}

// awsSessionName: the role session name Cognito's identity pools use, which names nobody.
// (CodeBuild's AWSCodeBuild-<build ID> and an SDK's botocore-session-<time> stay masked: the
// build and the time are the customer's.)
func awsSessionName(v []byte) bool {
	return string(v) == "CognitoIdentityCredentials"
}

// typeSegment: lower-case letters and '-' only (contact-flow, routing-profile), as AWS names
// the resource types inside a resource path.
func typeSegment(v []byte) bool {
	for _, c := range v {
		if !isLower(c) && c != '-' {
			return false
		}
	}
	return len(v) > 0
}

// arnResource reports the names in an ARN's resource part.
func (s *scanState) arnResource(service []byte, segs []seg, ri int) {
	text := s.text
	if len(segs) == 1 {
		g := segs[0]
		v := text[g.start:g.end]
		if string(service) == "iam" && string(v) == "root" || keepSegment(v) {
			return
		}
		s.arnName(g, service, nil, 0, ri)
		return
	}
	rtype := text[segs[0].start:segs[0].end]
	rest := segs[1:]
	if string(service) == "securityhub" && (string(rtype) == "subscription" || string(rtype) == "standards" || string(rtype) == "ruleset") {
		return // subscription/pci-dss/v/4.0.1: the standard AWS publishes (the account field is the customer's part)
	}
	if string(service) == "sns" && len(segs) >= 3 && segs[0].sep == '/' && (string(rtype) == "app" || string(rtype) == "endpoint") {
		// a mobile push application, app/PLATFORM/NAME, and its endpoints, endpoint/PLATFORM/NAME/ID:
		// the platform (GCM, APNS, ADM) is AWS's word
		if v := text[segs[2].start:segs[2].end]; !keepSegment(v) {
			s.emit(segs[2].start, segs[2].end, "sns-platform-app", ri)
		}
		if len(segs) >= 4 && segs[3].end > segs[3].start {
			s.emit(segs[3].start, segs[3].end, "resource-id", ri)
		}
		return
	}
	if !typeWord(rtype, segs[0].sep, service) {
		// no type word (sns topic:subscription, sqs, ...): every segment is a name
		rtype = nil
		rest = segs
	}
	if string(service) == "wafv2" && (string(rtype) == "regional" || string(rtype) == "global") && len(rest) > 1 {
		rtype, rest = text[rest[0].start:rest[0].end], rest[1:] // scope/type/name/id: webacl, ipset, rulegroup
	}
	switch {
	case string(rtype) == "log-group":
		s.arnLogGroup(rest, ri)
		return
	case string(rtype) == "secret" || string(rtype) == "parameter":
		g := seg{rest[0].start, rest[len(rest)-1].end, 0, 0}
		for _, r := range rest {
			if r.sep == ':' {
				g.end = r.end // ECS secret references go on with :json-key:version-stage:version-id
				break
			}
		}
		if g.end <= g.start || string(rtype) == "parameter" && hasPrefix(text[g.start:], "aws/") || text[g.start] == '$' {
			return // (no name: secret: at the text's end; a template's placeholder: secret:${SecretId}, parameter/${ParameterName})
		}
		typ := "secret-name"
		suffix := -1
		if string(rtype) == "parameter" {
			typ = "ssm-parameter"
		} else if d := g.end - 7; d > g.start && text[d] == '-' && randomSuffix(text[d+1:g.end]) {
			// NAME-AbC12x: the name as people write it, and Secrets Manager's random suffix,
			// each with a token of its own
			suffix, g.end = d+1, d
		}
		if g.end > g.start {
			s.emit(g.start, g.end, typ, ri)
		}
		if suffix > 0 {
			s.emit(suffix, suffix+6, "secret-suffix", ri)
		}
		return
	}
	if string(service) == "groundstation" && string(rtype) == "config" && len(rest) > 1 {
		rest = rest[1:] // config/antenna-downlink/ID: the config's type is Ground Station's word
	}
	if string(service) == "ecr" && string(rtype) == "repository" && len(rest) > 0 {
		// repository/NAME[/NAME...][/sha256:DIGEST]: the image's digest is content's hash
		end := -1
		for _, g := range rest {
			if string(text[g.start:g.end]) == "sha256" || g.end == g.start {
				break
			}
			end = g.end
		}
		if end > rest[0].start {
			s.emitRepository(rest[0].start, end, ri)
		}
		return
	}
	if string(service) == "iot" && (string(rtype) == "topic" || string(rtype) == "topicfilter") {
		s.iotTopic(rest, ri)
		return
	}
	skip := 0
	for k, g := range rest {
		v := text[g.start:g.end]
		if skip > 0 {
			skip--
			continue
		}
		if string(service) == "health" && string(rtype) == "event" {
			// event/SERVICE/TYPE_CODE/TYPE_CODE_<hex>: AWS's codes stay, the event's own suffix is masked
			if u := bytes.LastIndexByte(v, '_'); k == len(rest)-1 && u > 0 && len(v)-u-1 >= 8 && allHex(v[u+1:]) {
				s.emit(g.start+u+1, g.end, "health-event-id", ri)
			}
			continue
		}
		if string(service) == "execute-api" && k > 0 {
			break // API-ID/STAGE/METHOD/PATH: the API's routes are its design, not identifiers
		}
		if string(service) == "lambda" && k > 0 && rest[k-1].sep == '/' {
			break // function:NAME/invocations (an integration's path): a function's name has no '/'
		}
		if string(service) == "autoscaling" && string(v) == "resource" {
			skip = 2 // resource/dynamodb/table/NAME: a scalable target's service and type
			continue
		}
		if k == 0 && (string(v) == "aws" || string(rtype) == "product") && rtype != nil {
			if string(rtype) == "assumed-role" {
				for _, r := range rest[1:] {
					matchEC2IDExact(s, r.start, r.end, ri) // assumed-role/aws:ec2-infrastructure/i-...: AWS's role, the customer's instance
				}
			}
			return // product/aws/securityhub, ...: AWS-owned
		}
		if len(v) >= 5 && allDigits(v[:4]) && v[4] == '-' {
			return // stream/2024-03-31T22:22:26.019: a timestamp, not a name
		}
		if (string(service) == "medialive" || string(service) == "omics") && len(v) >= 5 && allDigits(v) {
			// channel:6158342, run/4817302: MediaLive's channels and inputs, HealthOmics' runs,
			// workflows and stores have numbers for IDs
			s.emit(g.start, g.end, "resource-id", ri)
			continue
		}
		if string(service) == "omics" && k%2 == 1 && allLetters(v) {
			continue // sequenceStore/ID/readSet/ID: the kind of the next ID
		}
		if hasPrefix(v, "shardId-") {
			continue // a KCL lease's key, stream/NAME:EPOCH:shardId-000000000002: the shard is Kinesis's word
		}
		if len(v) == 12 && allDigits(v) {
			s.emit(g.start, g.end, "account-id", ri) // arn:aws:sso:::account/123456789012
			continue
		}
		if string(rtype) == "assumed-role" && k == 1 && len(v) > 8 && hasPrefix(v, "aws-cdk-") {
			s.emit(g.start, g.end, "iam-session-name", ri) // the CDK CLI's session, aws-cdk-USER: the user's login
			continue
		}
		if keepSegment(v) || bytesContainsFold(v, ".amazonaws.com") || hasSuffixFold(v, ".githubusercontent.com") {
			if u := randomTail(v); u > 0 && hasPrefix(v, "AWSServiceRoleFor") {
				// a service-linked role made per resource, AWSServiceRoleForAmazonConnect_uiTbknsemlkLo5cY7WpF:
				// AWS's name stays, the suffix names the customer's instance
				s.emit(g.start+u, g.end, "resource-id", ri)
			}
			continue
		}
		if string(rtype) == "assumed-role" && k == 1 && (!specificToken(v) && !isUUID(v) && !ssoRoleSegment(text, rest[0]) || awsSessionName(v) || stopWord(v)) {
			continue
		}
		if (string(rtype) == "role" || string(rtype) == "user" || string(rtype) == "instance-profile") && k < len(rest)-1 && awsPathWord(v) {
			continue
		}
		if allDigits(v) && len(v) != 12 {
			continue // revisions, versions
		}
		if string(service) == "ssm-sap" && k == 0 && (string(v) == "HANA" || string(v) == "SAP") {
			continue // Systems Manager for SAP: HANA/NAME, SAP/NAME: the application's type
		}
		if string(service) == "codeartifact" && string(rtype) == "package" && k == 2 {
			continue // package/DOMAIN/REPO/FORMAT/NAMESPACE/NAME: npm, pypi, maven, nuget, ...
		}
		if string(service) == "appsync" && k >= 2 && string(text[rest[1].start:rest[1].end]) == "types" {
			break // apis/ID/types/Query/resolvers/getOrder: the schema's type and field, not names of resources
		}
		if (string(service) == "connect" || string(service) == "deadline" || string(service) == "route53-recovery-control" ||
			string(service) == "appsync" ||
			string(service) == "rekognition" || string(service) == "s3-outposts" || string(service) == "s3" && string(rtype) == "access-grants") &&
			k%2 == 1 && typeSegment(v) {
			// instance/ID/contact-flow/ID (Connect), farm/ID/queue/ID (Deadline Cloud),
			// controlpanel/ID/routingcontrol/ID (ARC), project/NAME/dataset/train/TS,
			// outpost/ID/bucket/NAME, access-grants/default/grant/ID: resource types
			continue
		}
		if string(service) == "rekognition" && k == 2 && (string(v) == "train" || string(v) == "test") ||
			string(service) == "personalize" && k == 1 && string(rtype) == "dataset" && personalizeDatasetType(v) {
			continue // a Custom Labels project's dataset and a Personalize dataset group's datasets have a kind, not a name
		}
		if string(service) == "bedrock" && k > 0 && rest[k-1].sep == ':' && bedrockModel(text[rest[0].start:rest[0].end]) {
			continue // custom-model/amazon.titan-text-premier-v1:0:32k/ID: the base model's version and context window
		}
		s.arnName(g, service, rtype, k, ri)
	}
}

// personalizeDatasetType: the kinds of dataset a Personalize dataset group holds.
func personalizeDatasetType(v []byte) bool {
	switch string(v) {
	case "INTERACTIONS", "ITEMS", "USERS", "ACTIONS", "ACTION_INTERACTIONS", "EVENT_INTERACTIONS":
		return true
	}
	return false
}

// ssoRoleSegment reports whether the ARN segment g is an IAM Identity Center role, whose
// sessions are named after the person signed in (AWSReservedSSO_Admin_x/j.doe).
func ssoRoleSegment(text []byte, g seg) bool {
	return hasPrefix(text[g.start:g.end], "AWSReservedSSO_")
}

// emitRepository emits an ECR repository's name [st, en) segment by segment, in an ARN, an
// image URI or a key's value alike: a namespace (tidewater/fare-engine) is the organisation's
// name, which stands in paths and other repositories too, and has one token wherever it
// stands.
func (s *scanState) emitRepository(st, en, ri int) {
	text := s.text
	p := st
	for k := st; k <= en; k++ {
		if k == en || text[k] == '/' {
			if p == st && k < en && publicUpstream(text[p:k]) {
				// a pull-through cache of a public registry (docker-hub/library/nginx,
				// ecr-public-cache/docker/library/redis): the upstream's path is public
				if !pullThroughPrefix(text[p:k]) {
					s.emit(p, k, "ecr-repository", ri)
				}
				return
			}
			if k > p && !keepSegment(text[p:k]) && (p > st || k == en || !pullThroughPrefix(text[p:k])) && (p == st || !stopWord(text[p:k])) &&
				(p > st || k == en || !awsLabelWord(text[p:k])) {
				// (but a common word after the namespace, marrowgate/api, names nothing; nor does a
				// service's name as the namespace, omics/gatk, which masked would rewrite omics.amazonaws.com)
				s.emit(p, k, "ecr-repository", ri)
			}
			p = k + 1
		}
	}
}

// publicUpstream: a pull-through cache prefix that names a public registry (Docker Hub, ECR
// Public, Quay, registry.k8s.io), whatever its owner called it (dockerhub-cache, ecr-public-cache).
func publicUpstream(v []byte) bool {
	switch string(v) {
	case "docker-hub", "dockerhub", "ecr-public", "quay", "k8s", "registry-k8s-io":
		return true
	}
	return hasSuffix(v, "-cache") && (bytes.Contains(v, []byte("docker")) || bytes.Contains(v, []byte("public")) || bytes.Contains(v, []byte("quay")))
}

// pullThroughPrefix: the prefixes people give ECR's pull-through cache rules after the
// upstream registry (ghcr/..., docker-hub/..., quay/...), which name no one.
func pullThroughPrefix(v []byte) bool {
	switch string(v) {
	case "ghcr", "docker-hub", "dockerhub", "ecr-public", "quay", "k8s", "registry-k8s-io", "gitlab", "github", "azurecr":
		return true
	}
	return false
}

// iotTopic masks the levels of an MQTT topic (or topic filter) in an IoT ARN. A reserved
// topic ($aws/things/NAME/shadow/update, $aws/rules/NAME, ...) is AWS's words but for the
// thing's, rule's or template's name; in the customer's own topics (farm/sensors/probe-07)
// the levels that carry a digit or several parts are the device's or site's names, and plain
// words stay readable.
func (s *scanState) iotTopic(levels []seg, ri int) {
	text := s.text
	if len(levels) > 0 && string(text[levels[0].start:levels[0].end]) == "$aws" {
		for k := 1; k+1 < len(levels); k++ {
			switch string(text[levels[k].start:levels[k].end]) {
			case "things", "rules", "provisioning-templates", "jobs":
				if v := text[levels[k+1].start:levels[k+1].end]; !keepSegment(v) {
					s.emit(levels[k+1].start, levels[k+1].end, "resource-name", ri)
				}
				k++
			}
		}
		return
	}
	for _, g := range levels {
		v := text[g.start:g.end]
		if keepSegment(v) || !hasDigitByte(v) && !hasByte(v, '-') && !hasByte(v, '_') || v[0] == '$' {
			continue
		}
		s.emit(g.start, g.end, "resource-name", ri)
	}
}

// mqttTopic masks the levels of the MQTT topic or topic filter text[vs:ve] as iotTopic does.
func (s *scanState) mqttTopic(vs, ve, ri int) {
	var buf [16]seg
	s.iotTopic(slashSegs(s.text, vs, ve, buf[:0]), ri)
}

// arnName emits one resource-name segment with the most precise type it has.
func (s *scanState) arnName(g seg, service, rtype []byte, k, ri int) {
	text := s.text
	v := text[g.start:g.end]
	if g.end <= g.start {
		return
	}
	if end := matchEC2IDExact(s, g.start, g.end, ri); end == g.end {
		return
	}
	if len(v) == 12 && allDigits(v) {
		s.emit(g.start, g.end, "account-id", ri)
		return
	}
	typ := arnNameType(string(service), string(rtype), k)
	if isUUID(v) {
		switch string(service) {
		case "kms":
			typ = "kms-key-id"
		case "acm":
			typ = "certificate-id"
		default:
			typ = "resource-id"
		}
	} else if hasByte(v, '@') {
		typ = "email"
	}
	s.emit(g.start, g.end, typ, ri)
}

// matchEC2IDExact runs the EC2 ID matcher and keeps its match only if it spans [i, end).
func matchEC2IDExact(s *scanState, i, end, ri int) int {
	if end <= i {
		return -1 // an empty segment
	}
	n := len(s.dst)
	e := matchEC2ID(s, i, ri)
	if e != end && len(s.dst) > n {
		s.dst = s.dst[:n]
		return -1
	}
	return e
}

// arnLogGroup handles log-group:NAME[:log-stream:STREAM|:*]. Names under /aws/<service>/ keep
// that prefix and mask the customer part (so a Lambda log group shares the function's token).
func (s *scanState) arnLogGroup(rest []seg, ri int) {
	text := s.text
	// the group name runs until the first ':' separator
	gEnd := len(rest)
	for k, g := range rest {
		if g.sep == ':' {
			gEnd = k + 1
			break
		}
	}
	group := rest[:gEnd]
	s.logGroupSegments(group, ri)
	if gEnd+1 < len(rest) && string(text[rest[gEnd].start:rest[gEnd].end]) == "log-stream" {
		g := seg{rest[gEnd+1].start, rest[len(rest)-1].end, 0, 0}
		if v := text[g.start:g.end]; !keepSegment(v) && specificToken(v) {
			s.emit(g.start, g.end, "log-stream", ri)
		}
	}
}

// logGroupSegments masks a log group given as path segments (the first may be empty when the
// name starts with '/').
func (s *scanState) logGroupSegments(group []seg, ri int) {
	text := s.text
	if len(group) == 0 {
		return
	}
	if len(group) >= 3 && group[0].end == group[0].start && string(text[group[1].start:group[1].end]) == "aws" {
		if awsVocabulary(text[group[0].start:group[len(group)-1].end]) {
			return // a log group a service names itself (/aws/MediaPackage/EgressAccessLogs)
		}
		from := 3
		if string(text[group[2].start:group[2].end]) == "vendedlogs" && len(group) > 4 {
			from = 4 // /aws/vendedlogs/states/NAME: the service that vends the logs is AWS's word
		}
		for k, g := range group[from:] {
			v := text[g.start:g.end]
			if keepSegment(v) || aftResource(v) || k > 0 && (string(v) == "cluster" || string(v) == "containerinsights") || engineLogSegment(v) {
				continue // (AFT's own functions: /aws/lambda/aft-account-request-processor)
			}
			if end := matchEC2IDExact(s, g.start, g.end, ri); end == g.end {
				continue
			}
			typ := "log-group"
			switch string(text[group[2].start:group[2].end]) {
			case "lambda":
				typ = "lambda-function-name"
			case "eks":
				typ = "eks-cluster-name"
			case "rds":
				typ = "rds-identifier"
			case "ecs":
				typ = "ecs-cluster-name"
			}
			s.emit(g.start, g.end, typ, ri)
		}
		return
	}
	if len(group) == 3 && group[0].end == group[0].start && string(text[group[1].start:group[1].end]) == "ecs" {
		group = group[2:] // /ecs/<task family>: "ecs" stays readable, as matchLogGroupPath leaves it
	}
	if e := executionLogsID(text, group[0].start); e > 0 {
		s.emit(e-10, e, "apigw-id", ri) // API-Gateway-Execution-Logs_APIID/STAGE: API Gateway's name, the API's ID
		return
	}
	st, en := group[0].start, group[len(group)-1].end
	if v := text[st:en]; len(v) > 0 && !keepSegment(v) && !awsVocabulary(v) {
		s.emit(st, en, "log-group", ri)
	}
}

// executionLogsID returns the end of the API's ID in an API Gateway execution log group that
// starts at i (API-Gateway-Execution-Logs_njj6h6pw42/prod), or -1.
func executionLogsID(text []byte, i int) int {
	const p = "API-Gateway-Execution-Logs_"
	e := i + len(p) + 10
	if e > len(text) || !hasPrefix(text[i:], p) || !lowerOrDigits(text[e-10:e]) || e < len(text) && isWord(text[e]) {
		return -1
	}
	return e
}

// customCloudTrailName: a name that starts as the CloudTrail console's defaults do
// (aws-cloudtrail-logs-ACCOUNT-SUFFIX) but goes on with a name the customer chose
// (aws-cloudtrail-logs-meridia-org); likewise Beanstalk's default roles.
func customCloudTrailName(v []byte) bool {
	for _, p := range [...]string{"aws-elasticbeanstalk-ec2-role-", "aws-elasticbeanstalk-service-role-"} {
		if hasPrefix(v, p) && len(v) > len(p) {
			return true // Beanstalk's default roles with the customer's suffix (aws-elasticbeanstalk-ec2-role-mireu)
		}
	}
	const p = "aws-cloudtrail-logs-"
	if !hasPrefix(v, p) {
		return false
	}
	r := v[len(p):]
	return len(r) > 0 && (len(r) < 12 || !allDigits(r[:12]) || len(r) > 12 && r[12] != '-')
}

// engineLogSegment: a log group's segment that names an engine or a log's kind, as AWS's
// services lay them out (/aws/elasticache/redis/NAME/slow-log, /aws/rds/instance/NAME/postgresql).
func engineLogSegment(v []byte) bool {
	switch string(v) {
	case "redis", "valkey", "memcached", "postgresql", "mysql", "mariadb", "slow-log", "engine-log", "slowquery", "error",
		"general", "audit", "upgrade", "iam-db-auth-error", "agent", "alert", "listener", "trace":
		return true
	}
	return false
}

// arnNameType names the secret type of the k-th name segment after a resource type.
func arnNameType(service, rtype string, k int) string {
	switch service {
	case "iam":
		switch rtype {
		case "role", "instance-profile":
			return "iam-role-name"
		case "user", "mfa":
			return "iam-user-name"
		case "group":
			return "iam-group-name"
		case "policy":
			return "iam-policy-name"
		}
		return "iam-resource-name"
	case "sts":
		if k == 0 {
			return "iam-role-name"
		}
		return "iam-session-name"
	case "s3":
		return "s3-bucket"
	case "dynamodb":
		if k == 0 {
			return "dynamodb-table-name"
		}
		return "dynamodb-index-name"
	case "lambda":
		return "lambda-function-name"
	case "eks":
		if k == 0 {
			return "eks-cluster-name"
		}
		return "eks-resource-name"
	case "ecs":
		if k == 0 && rtype != "task-definition" {
			return "ecs-cluster-name"
		}
		return "ecs-resource-name"
	case "rds":
		return "rds-identifier"
	case "kms":
		if rtype == "alias" {
			return "kms-alias"
		}
		return "kms-key-id"
	case "sns":
		if k == 0 {
			return "sns-topic-name"
		}
		return "sns-subscription-id"
	case "sqs":
		return "sqs-queue-name"
	case "states":
		return "state-machine-name"
	case "elasticloadbalancing":
		return "elb-name"
	case "cloudwatch":
		return "alarm-name"
	case "acm":
		return "certificate-id"
	case "execute-api", "apigateway":
		return "apigw-id"
	case "ecr":
		return "ecr-repository"
	case "route53":
		return "route53-zone-id"
	case "cloudfront":
		return "cloudfront-id"
	case "elasticache":
		return "elasticache-cluster"
	case "es", "aoss":
		return "opensearch-domain"
	case "redshift":
		return "redshift-cluster"
	case "autoscaling":
		return "asg-name"
	case "events":
		return "eventbridge-name"
	case "cloudformation":
		return "cfn-stack-name"
	case "ec2":
		return "ec2-resource-name"
	}
	return "resource-name"
}

// typeWord reports whether v, followed by sep, is an ARN resource-type word (role, log-group,
// stateMachine, devicefarm's project, ...): any lower-case word followed by '/' or ':' (but
// SNS's, whose first segment is the topic's name: TOPIC:SUBSCRIPTION), and the camel-case
// types of the services that have them.
func typeWord(v []byte, sep byte, service []byte) bool {
	if len(v) == 0 || len(v) > 32 || !isLower(v[0]) {
		return false
	}
	for _, c := range v {
		if !isLetter(c) && c != '-' {
			return false
		}
	}
	if sep == '/' || sep == ':' && string(service) != "sns" && typeSegment(v) {
		return true
	}
	switch string(v) {
	case "stateMachine", "autoScalingGroup", "launchConfiguration", "inputSecurityGroup":
		return sep == ':'
	}
	return false
}

// keepSegment: segments that are never names (wildcards, AWS words, qualifiers).
func keepSegment(v []byte) bool {
	if len(v) == 0 {
		return true
	}
	alnum := 0
	for _, c := range v {
		if isAlnum(c) {
			alnum++
		}
	}
	if hasPrefix(v, "AWSReservedSSO_") || hasPrefix(v, "AWSSSO_") || hasPrefix(v, "aws-security-data-lake-") || customCloudTrailName(v) {
		// the permission set's role carries an account-specific suffix, Identity Center's SAML
		// provider (AWSSSO_<hex>_DO_NOT_DELETE) the instance's; Security Lake's bucket
		// is the customer's, with a random one; a CloudTrail log group or bucket that starts
		// as the console's do but goes on with the customer's name
		return false
	}
	if alnum == 0 || hasByte(v, '*') && alnum < 3 || hasByte(v, '$') || len(v) <= 2 || versionLike(v) || regionLike(v) ||
		hasPrefix(v, "aws-") && !hasPrefix(v, "aws-waf-logs-") || hasPrefix(v, "AWS") && !uuidSuffixed(v) && !consoleRoleName(v) ||
		hasPrefix(v, "amazon-cloudwatch-") || string(v) == "TSTALIASID" || hasPrefix(v, "StepFunctionsGetEventsFor") {
		// (WAF makes its log destinations' names start aws-waf-logs-: the rest is the customer's;
		// EKS's add-on amazon-cloudwatch-observability; a Bedrock agent's test alias; the
		// EventBridge rules Step Functions manages for .sync integrations)
		return true
	}
	if controlID(v) || quotaCode(v) || bedrockModel(v) || samChangeSet(v) || eksAddonName(v) || hasPrefix(v, "default.") {
		return true // (addon/CLUSTER/vpc-cni/<uuid>: the add-on is AWS's; parametergroup:default.redis7: a default group)
	}
	switch string(v) {
	case "OrganizationAccountAccessRole", "GitHubActions", "finding", "subscription", "standards", "control", "app", "net", "gwy", "index", "stream", "default", "Default", "proxy", "primary", "all", "latest", "live", "cluster",
		"discovered-schemas", "kube-system", "kube-public", "kube-node-lease", "amazon-cloudwatch", "aws-observability", // EventBridge's schema discovery registry; EKS pods' system namespaces
		"containerinsights", "performance", "application", "flowlogs", "root", "GET", "POST", "PUT", "DELETE",
		"PATCH", "HEAD", "OPTIONS", "ANY", "prod", "stage", "dev", "test", "v1", "v2", "service-role",
		"service_control_policy", "resource_control_policy", "declarative_policy_ec2", "tag_policy", "backup_policy", "aiservices_opt_out_policy", "chatbot_policy",
		"backup", "export", "import", "continuous", "awsbackup", "consumer", "scalingPolicy", "autoScalingGroupName",
		"policyName", "createdBy", "resource", "scheduledUpdateGroupAction", "scheduledActionName", "DefaultConfiguration",
		"role", "user", "userpool", "access-entry", "podidentityassociation", "addon", "nodegroup", "fargateprofile",
		"alert", "flow", "tls", "broker", "configuration", "revision", "domains", "search-logs", "index-logs", "application-logs", "audit-logs",
		"es-application-logs", "error", "general", "slowquery", "postgresql", "upgrade", "audit", "instance",
		"listener", "endpoint-group", "accelerator", "execution", "access-logs",
		"target", "volume", "tape", "device", "gateway", "iqn.1997-05.com.amazon": // Storage Gateway's iSCSI targets and volumes
		return true
	}
	return false
}

// controlID: Security Hub and Config control IDs such as S3.8, IAM.1, EC2.19.
func controlID(v []byte) bool {
	dot := -1
	for k, c := range v {
		if c == '.' {
			dot = k
			break
		}
	}
	return dot > 0 && dot <= 16 && isLetter(v[0]) && allDigits(v[dot+1:]) && func() bool {
		for _, c := range v[:dot] {
			if !isAlnum(c) {
				return false
			}
		}
		return true
	}()
}

// randomTail returns where the random suffix of a name starts, after its last '_' (at
// least 12 letters in both cases and digits, mixed as random text is), or -1.
func randomTail(v []byte) int {
	u := bytes.LastIndexByte(v, '_')
	if u < 0 || len(v)-u-1 < 12 {
		return -1
	}
	if cls, ok := alnumClasses(v[u+1:]); !ok || cls&clUpper == 0 || cls&clLower == 0 {
		return -1
	}
	return u + 1
}

// awsPathWord: IAM path components that AWS itself defines.
func awsPathWord(v []byte) bool {
	switch string(v) {
	case "service-role", "aws-service-role", "aws-reserved", "sso.amazonaws.com", "karpenter":
		return true
	}
	return bytesContainsFold(v, ".amazonaws.com")
}

// awsOwnedBucket: buckets that AWS owns and documents (ECR layers, Amazon Linux and SSM
// repositories), which VPC-endpoint policies name; they identify nothing of the customer.
func awsOwnedBucket(v []byte) bool {
	switch string(v) {
	case "amazon-ecs-agent", "amazon-eks", "access-grants", "batchoperations", "replication", "storage-lens":
		return true // ECS's and EKS's installers; S3's own principals (access-grants.s3.amazonaws.com)
	}
	return hasPrefix(v, "amazon-ecs-agent-") || hasPrefix(v, "aws-cognito-idp-user-import-") || hasPrefix(v, "prod-") && hasSuffixFold(v, "-starport-layer-bucket") ||
		hasPrefix(v, "amazonlinux") || hasPrefix(v, "al2023-repos-") || hasPrefix(v, "aws-ssm-") ||
		hasPrefix(v, "amazon-ssm-") || hasPrefix(v, "aws-windows-downloads-") || hasPrefix(v, "patch-baseline-snapshot-") ||
		hasPrefix(v, "aws-patchmanager-") || hasPrefix(v, "cloudformation-waitcondition-") ||
		hasPrefix(v, "repo.") && hasSuffixFold(v, ".amazonaws.com") || hasPrefix(v, "packages.") && hasSuffixFold(v, ".amazonaws.com") ||
		regionalInstallerBucket(v)
}

// regionalInstallerBucket: the buckets AWS serves its agents' installers from, one per region
// (aws-application-migration-service-eu-north-1, aws-elastic-disaster-recovery-us-east-1,
// aws-codedeploy-eu-west-1, amazoncloudwatch-agent-ap-south-1, awslambda-eu-west-1-layers and
// -tasks), and
// SageMaker JumpStart's model artifacts (jumpstart-cache-prod-us-east-1).
func regionalInstallerBucket(v []byte) bool {
	for _, p := range [...]string{"aws-application-migration-service-", "aws-elastic-disaster-recovery-", "aws-codedeploy-",
		"amazoncloudwatch-agent-", "jumpstart-cache-prod-", "jumpstart-private-cache-prod-"} {
		if hasPrefix(v, p) {
			return regionLike(v[len(p):])
		}
	}
	if hasPrefix(v, "awslambda-") && hasSuffix(v, "-layers") && len(v) > 17 {
		return regionLike(v[10 : len(v)-7]) // Lambda's layer store: awslambda-eu-west-1-layers (a layer's Content.Location)
	}
	if hasPrefix(v, "awslambda-") && hasSuffix(v, "-tasks") && len(v) > 16 {
		return regionLike(v[10 : len(v)-6]) // Lambda's code store: awslambda-us-east-1-tasks (get-function's Code.Location)
	}
	return false
}

// bucketAccount masks the account ID inside a bucket name that is otherwise kept: buckets
// that AWS services create in the customer's account carry it (aws-glue-assets-<account>-<region>,
// aws-athena-query-results-<account>-<region>, aws-cloudtrail-logs-<account>-<suffix>).
func (s *scanState) bucketAccount(start, end, ri int) {
	text := s.text
	for p := start; p+12 <= end; p++ {
		if (p == start || text[p-1] == '-') && (p+12 == end || text[p+12] == '-') && allDigits(text[p:p+12]) {
			s.emit(p, p+12, "account-id", ri)
			return
		}
	}
}

// randomSuffix: six letters and digits of mixed kinds, as Secrets Manager appends to a name.
func randomSuffix(v []byte) bool {
	cls, ok := alnumClasses(v)
	return ok && len(v) == 6 && bits.OnesCount8(cls&(clUpper|clLower|clDigit)) >= 2
}

// consoleRoleName: a role or policy the console creates in the customer's account, named
// after the service with the customer's suffix (AWSGlueServiceRole-smraw,
// AWSLambdaBasicExecutionRole-acme, AWSIoTSiteWiseMonitorServiceRole_mendoza): AWS's words
// with the customer's name.
func consoleRoleName(v []byte) bool {
	k := max(bytes.LastIndexByte(v, '-'), bytes.LastIndexByte(v, '_'))
	if k > 0 && k < len(v)-1 && (hasSuffix(v[:k], "Role") || hasSuffix(v[:k], "Policy")) {
		return true
	}
	// a prefix AWS requires, then the customer's words: AWSClientVPN-heron-posture-check
	f := bytes.IndexByte(v, '-')
	return f > 3 && f+1 < len(v) && isLower(v[f+1])
}

// isUUID reports an 8-4-4-4-12 hex UUID.
func isUUID(v []byte) bool {
	if len(v) != 36 {
		return false
	}
	for k, c := range v {
		if k == 8 || k == 13 || k == 18 || k == 23 {
			if c != '-' {
				return false
			}
		} else if !isHex(c) {
			return false
		}
	}
	return true
}

func hasByte(v []byte, b byte) bool {
	for _, c := range v {
		if c == b {
			return true
		}
	}
	return false
}

// bytesContainsFold is an ASCII case-insensitive substring test; p must be lower case.
func bytesContainsFold(v []byte, p string) bool {
	c := p[0]
	for k := 0; k+len(p) <= len(v); k++ {
		if (v[k] == c || v[k]|0x20 == c) && hasPrefixFold(v[k:], p) {
			return true
		}
	}
	return false
}

// mentionsFold is bytesContainsFold for a word written in the text itself: an occurrence glued
// after '_' is part of a token (AWS_ORGANIZATION_ID_001, AWS_ACCOUNT_ID_001) and does not count,
// so that the second pass over masked text reads its context as the first did (idempotence).
func mentionsFold(v []byte, p string) bool {
	c := p[0]
	for k := 0; k+len(p) <= len(v); k++ {
		if (v[k] == c || v[k]|0x20 == c) && hasPrefixFold(v[k:], p) && (k == 0 || v[k-1] != '_') {
			return true
		}
	}
	return false
}

// mentions is mentionsFold with the case kept (API, not rapid's api).
func mentions(v []byte, p string) bool {
	for k := 0; k+len(p) <= len(v); k++ {
		if v[k] == p[0] && hasPrefix(v[k:], p) && (k == 0 || v[k-1] != '_') {
			return true
		}
	}
	return false
}

// specificToken: a name that carries identity rather than being a plain word: it has a
// digit, an upper-case letter after the first, or one of - _ . @.
func specificToken(v []byte) bool {
	if len(v) < 3 {
		return false
	}
	for k, c := range v {
		if isDigit(c) || c == '-' || c == '_' || c == '.' || c == '@' || k > 0 && isUpper(c) {
			return true
		}
	}
	return false
}

package masking

import "strings"

// The built-in rule table. Order is priority: at every word start the enabled rules whose
// first byte fits are tried in this order and the first match wins. Each rule carries its
// own proof: tp examples mark every expected match with «», fp examples must yield nothing;
// TestRuleExamples runs them all.
//
// How a scan works: one pass over the bytes. Non-alphanumeric bytes are boundaries (so Hangul
// particles, quotes, escapes and Unicode punctuation end identifiers). At a word start, plain
// prose words and numbers are skipped by a fast path, timestamps and request UUIDs in one
// step; otherwise the word's cheap shape (what follows its first run, its length, whether a
// key separator follows, ...) is computed lazily and every rule whose first byte, keywords
// and shape fit is called. Work per word is bounded, so a scan is linear on any input.
//
// Adding a rule: write a matcher func(s *scanState, i, ri int) int that, at word start i,
// either returns -1 or emits its matches (s.emit, in order) and returns the end of what it
// consumed; add an entry here with an id, a secret type, the first bytes and shape bits that
// gate it, keywords if it only makes sense when some text is present (looked for from the
// first word the rule is asked about: every match contains one), and true- and false-positive
// examples. Context (key: value) families are extended in keyType, prose
// keywords in proseKeyword and cjkKeywords. Then add a document to testdata/rules if the
// rule covers a new family of AWS output, and run
// go test ./masking -run 'Rule|Corpus|Scan'.

// ruleKind separates rules that prove an identifier by its shape from rules that rely on
// context or heuristics (context rules ask the structural ones first about a value).
type ruleKind uint8

const (
	kindStructural ruleKind = iota
	kindContext
	kindHeuristic
)

// rule is one entry of the table.
type rule struct {
	id       string   // stable id, used in Config.DisabledRules and logs
	typ      string   // principal secret type (a rule may report finer ones)
	kind     ruleKind // structural, context or heuristic
	first    string   // bytes a match may start with (word starts only)
	shape    uint32   // the word must have one of these shape bits (see shapeAt); 0: always
	notShape uint32   // the rule is not tried when the word has one of these shape bits
	keywords []string // the rule runs at a word only if one of these occurs from there on (nil: always)
	match    func(s *scanState, i, ri int) int
	tp       []string // true positives: «» marks each expected match
	fp       []string // false positives: nothing may be reported
}

const (
	lettersLower = "abcdefghijklmnopqrstuvwxyz"
	lettersUpper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	digits       = "0123456789"
	letters      = lettersLower + lettersUpper
	alnum        = letters + digits
	hexFirst     = digits + "abcdefABCDEF"
)

// builtinRules returns the ordered table. It is a function, not a variable: no package state.
func builtinRules() []rule {
	return []rule{
		{
			id: "aws-arn", typ: "arn", kind: kindStructural, first: "a", shape: shColon1 | shPct1,
			// no keywords: the matcher reads "arn:" or "arn%3A" at the word first, which costs
			// less than looking for them in the text
			match: matchARN,
			tp: []string{
				"arn:aws:access-analyzer:us-west-2:«661029384457»:analyzer/«az1»/arn:aws:iam::«661029384457»:user/u1 then arn:aws:s3:::«acme-raw»",
				"arn:aws:detective:us-east-1:«551830276094»:graph:«4b9e2c7f0a1d4e5f8b9c0d1e2f3a4b5c» and the behavior graph",
				"SourceArn arn:aws:execute-api:eu-central-1:«381920475516»:«7qk3vz1m8d»/*/POST/orders",
				`arn:aws:eks:us-east-1:«123456789012»:access-entry/«acme-prod»/role/«123456789012»/«acme-admins»/«1a2b3c4d-1111-2222-3333-444455556666»`,
				`"valueFrom": "arn:aws:secretsmanager:us-east-2:«460271938845»:secret:«prod/billing/db-master»-«Xk3P9q»:password::"`,
				`arn:aws:autoscaling:us-east-1:«683920157448»:scalingPolicy:«1d7c4e90-3a62-4b8f-a5d1-e9f2c06b7a38»:resource/dynamodb/table/«pelican-carts»:policyName/«carts-scale»`,
				`arn:aws:iam::«123456789012»:role/service-role/«AWSGlueServiceRole-smraw»`,
				// AWS's own path words and service names are never originals (they would be masked everywhere)
				`arn:aws:iam::«298741036529»:role/amazon/lightsail/eu-west-2/containers/«bc-orders-api»/«3m8zc6wq5b1hx»`,
				`arn:aws:timestream:eu-north-1:«298741036529»:database/«vtdb»/table/«ts1»`,
				`arn:aws:servicequotas:ap-south-1:«111122223333»:ec2/L-1216C47A`,
				`"modelId": "arn:aws:bedrock:us-east-1:«298741036529»:inference-profile/us.anthropic.claude-3-5-sonnet-20241022-v2:0"`,
				`arn:aws:s3:::aws-athena-query-results-«390517264893»-eu-west-2/q`, `arn:aws:ec2:us-west-2::snapshot/«snap-0e58a2c9d7b14f063»`,
				`arn:aws:backup:eu-west-1:«123456789012»:backup-vault:«acme-vault»`,
				`arn:aws:iam::«527390461188»:policy/service-role/«AWSLambdaBasicExecutionRole-4f1d7a3c-92be-4e06-a5c8-1b7d0e93f246»`,
				`arn:aws:logs:us-east-1:«285019463371»:log-group:/aws/vendedlogs/states/«ClaimsIntake-Logs»:*`,
				`"Arn": "arn:aws:iam::«511554326307»:role/«SaebyeokProdEksNodeRole»"`,
				`arn:aws:sts::«851470106493»:assumed-role/«BluePeakDevGlueCrawlerRole»/«i-0361b1f6152d3a1ce»`,
				`arn:aws:logs:ap-northeast-2:«648252940021»:log-group:/aws/lambda/«kestrel-staging-etl-loader»:*`,
				`arn:aws:dynamodb:ap-northeast-2:«865581412969»:table/«byeol-stg-payments»/index/*`,
				`arn:aws:s3:::«byeol-stg-assets»/stg/*`,
				`arn%3Aaws%3Aiam%3A%3A«295572560142»%3Arole%2F«OrbitlyStagingGlueCrawlerRole»`,
				`\"arn\":\"arn:aws:kms:eu-central-1:«851470106493»:key/«ad9ad599-bf55-48d6-bb43-9e2d9c1b2c43»\"`,
				`arn:aws:secretsmanager:ap-northeast-1:«035367624371»:secret:«prd/kestrel/rds-master»-«QmeBck»`,
				`arn:aws:elasticloadbalancing:us-east-1:«776129378517»:targetgroup/«sorrel-web-tg-8080»/«3a26fcf1842299a9»`,
				`arn:aws:ec2:us-east-1:«183089273128»:security-group/«sg-0072cee9c20deaaaf»`,
				`arn:aws:sns:us-east-1:«950833695093»:«jejumart-stg-events»:«30d292a4-f422-4c29-a6af-b94bc0cd067c»`,
				`arn:aws-cn:lambda:cn-north-1:«123456789012»:function:«orders-api»:$LATEST`,
				`arn:aws:route53:::hostedzone/«Z0V2JMRWQE90HX»`,
				`arn:aws:sso:::permissionSet/«ssoins-72235f1a9c04b8d6»/«ps-4e1a8d07c3b29f65»`,
				`arn:aws:sso:::account/«845019263774»`,
				`"Document": "%7B%22Resource%22%3A%22arn%3Aaws%3As3%3A%3A%3A«quarry-client-statements»%2F%2A%22%7D"`,
				`arn:aws:wafv2:us-west-2:«819204736655»:regional/webacl/«orbitcart-edge»/«3b1f7a90-c2e4-4d68-9f05-a81e6d37c2b4»`,
				`arn:aws:iam::«123456789012»:role/service-role/«acme-lambda-role»`,
				`arn:aws:iam::«123456789012»:role/«team-a»/«acme-etl-role»`,
				`!Sub arn:${AWS::Partition}:s3:::«acme-site-assets»/*`,
				`!Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:role/«acme-deployer»`,
				`arn:aws:storagegateway:us-east-1:«123456789012»:gateway/«sgw-12A3456B»/target/iqn.1997-05.com.amazon:«fc-sql-backups»`,
			},
			fp: []string{
				`arn:aws:lambda:eu-west-2:017000801446:layer:AWSLambdaPowertoolsPythonV3-python312-x86_64:7`,
				`arn:aws:lambda:ca-central-1:580247275435:layer:LambdaInsightsExtension:38`,
				`arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore`,
				`arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole`,
				`"Resource": "arn:aws:ec2:*:*:instance/*"`,
				`arn:aws:s3:::*/*`,
				`arn:aws:securityhub:us-west-2::product/aws/securityhub`,
				`arn:aws:s3:::prod-us-east-1-starport-layer-bucket/*`,
				`the word arnold`,
				`arn:aws:iam::AWS_ACCOUNT_ID_001:role/AWS_IAM_ROLE_NAME_001`,
			},
		},
		{
			id: "url", typ: "s3-bucket", kind: kindStructural, first: letters, shape: shColon1,
			keywords: []string{"://", ":@"},
			match:    matchURL,
			tp: []string{
				"HTTPS_PROXY=http://«svc_etl_proxy»:«Pr0xy!Nv-2026»@«proxy.corp.nordvik.se»:3128",
				"<Issuer>https://sts.windows.net/«6b2f90d4-3e17-4c8a-9a51-e07d4c2b8f13»/</Issuer>",
				`"ScriptLocation": "s3://aws-glue-assets-«390517264893»-eu-west-2/scripts/x.py"`,
				"url: jdbc:oracle:thin:@//«10.77.12.40»:1521/«INVPROD»", "jdbc:oracle:thin:@«db.acme-corp.com»:1521:«LEDGER»",
				`"entityUrl": "https://github.com/«brightwell-health»/«patient-portal»/tree/main"`,
				`aws s3 cp dist/ s3://«cobaltworks-staging-artifacts-72355»/app/`,
				`https://sqs.us-east-1.amazonaws.com/«246256492681»/«orbitly-prod-orders»`,
				`https://s3.ap-northeast-2.amazonaws.com/«hanbit-reports»/2024/x.pdf`,
				`DATABASE_URL=mysql://app:«FfIqKJ28V9XnzY6WB9»@db:3306/app`,
				`DATABASE_URL=postgresql://«booking_app»:«Sn0wF4ll!2026»@«fjordline-booking».«c3k7m1p9q2w5».eu-north-1.rds.amazonaws.com:5432/«bookings»?sslmode=require`,
				`url: jdbc:mysql://«inventra-core».«cv5n2k8j1x4q».sa-east-1.rds.amazonaws.com:3306/«stockledger»?useSSL=true`,
				`SENTRY_DSN=https://«4c7e91b2d3f04a6e8b5c1d2e3f4a5b6c»@o918273.ingest.sentry.io/4504718293`,
				`mongodb+srv://«orders_svc»:«p%40ss»@«cluster0.example.mongodb.net»/«orders»`,
				`issuer: https://oidc.eks.us-west-2.amazonaws.com/id/«4972021DAE60F0F93A496E64887C85AA»`,
			},
			fp: []string{"jdbc:oracle:thin:@localhost:1521:ORCL",
				`uses: https://github.com/aws-actions/configure-aws-credentials`, `see https://github.com/settings/tokens`,
				`see https://docs.aws.amazon.com/vpc/latest/userguide/`,
				`postgres://app:${DB_PASSWORD}@db:5432/app`,
			},
		},
		{
			id: "private-key", typ: "private-key", kind: kindStructural, first: "B",
			keywords: []string{"PRIVATE KEY-----", "PRIVATE KEY BLOCK-----", "Static key V1-----"},
			match:    matchPEMKey,
			tp: []string{
				"-----BEGIN RSA PRIVATE KEY-----\n«MIIEowIBAAKCAQEA7x0examplekeybodyAAAA»\n-----END RSA PRIVATE KEY-----",
				"<tls-crypt>\n-----BEGIN OpenVPN Static key V1-----\n«0e99da8d619b8adf8b59630c58bbc653\n4c1f8e2a7b3d9c05e6f1a2b3c4d5e6f7»\n-----END OpenVPN Static key V1-----\n</tls-crypt>",
			},
			fp: []string{"-----BEGIN CERTIFICATE-----\nMIIBexample\n-----END CERTIFICATE-----"},
		},
		{
			id: "s3-listing", typ: "s3-bucket", kind: kindStructural, first: "2", shape: shHyphen1,
			match: matchS3Listing,
			tp: []string{
				"$ aws s3 ls\n2023-04-01 09:12:45 «acme-logs»\n2024-01-15 17:03:10 «acme.static.site»\n",
			},
			fp: []string{"2024-01-15 17:03:10     123456 reports/2024/summary.pdf\n"},
		},
		{
			id: "s3-access-log", typ: "s3-bucket", kind: kindStructural, first: hexFirst, shape: shRun16,
			match: matchS3AccessLog,
			tp: []string{
				"«79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be» «acme-media» [06/Feb/2024:00:00:38 +0000] «192.0.2.3» - 3E57427F3EXAMPLE REST.GET.OBJECT photo.jpg",
			},
			fp: []string{"sha256 79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be file.tar"},
		},
		{
			id: "github-oidc-subject", typ: "github-repo", kind: kindStructural, first: "rp", shape: shColon1 | shUnder1,
			match: matchRepoClaim,
			tp: []string{
				`"«gitlab.acme-corp.dev»:sub": "project_path:«payments-team»/«checkout-svc»:ref_type:branch:ref:main"`,
				`"token.actions.githubusercontent.com:sub": "repo:«acme-corp»/«payments-service»:ref:refs/heads/main"`,
			},
			fp: []string{`repo: https://github.com`, `repo:`},
		},
		{
			id: "aws-session-token", typ: "session-token", kind: kindStructural, first: "FIA", shape: shRun9,
			// no keywords: the matcher reads the known prefixes at the word first
			match: matchSessionToken,
			tp: []string{
				`token «FwoGZXIvYXdzEOKckogHGu/uuw6JCs11C0DyrHdymIgahjPZo6Ua+H2Cbpg4acgLMFIMm45x7xaUqZpipG9+hWbPMF» end`,
			},
			fp: []string{`FwoGZXIvYXdzE short`},
		},
		{
			// a prefix ends its first run with '_', '-' or '.' (sk_live_, xoxb-, SG.), or the run is long (AIza..., eyJ...)
			id: "api-key", typ: "api-key", kind: kindStructural, first: "srwgxAnpSdhlPev",
			shape: shUnder1 | shHyphen1 | shDot1 | shRun16,
			match: matchAPIKey,
			tp: []string{
				"by «AWSReservedSSO_NetOps_91c4e7a2b0d35f68»/«rafael.souza» at 10:02; AWSReservedSSO_AWSAdministratorAccess_«3c8e1f0a9b7d2654».",
				"the key «sk_eu-central-1_Jm4Tq9WzR2vC_p8XfN1bKe6LyUo3GhDs7AiZ0Qw» had been deleted",
				"with an API key «v1.public.eyJqdGkiOiI3ZjE5YjcyYyJ9.Gq7mRx2Lp0VbN4sYkWc9Ht1Jd8FzAe3UoXi6Tn5Ql2Mw»",
				`{ "key": "«eyJrIjoiNUR3eDlRaTJwTm1MN0t2YzhmUnIxYlQwWmVHNEpzWWEiLCJuIjoicnVhaXJpLWRlYnVnIiwiaWQiOjF9»" }`,
				`STRIPE_KEY: «sk_live_51NcQbKz8Hq3TvYw2Lr7Mx4Pd»`,
				`STRIPE_WEBHOOK_SECRET=«whsec_5Nf8Tq2Lk9Rb4Xw7Yz1Cv3Mp6Hd0Gs»`,
				`use the token «ghp_16C7e42F292c6912E7710c838347Ae178B4a» for the CI`,
				`SLACK_BOT_TOKEN «xoxb-2049381620-4728193050123-Qw3rTy8UiOp2AsDfGhJk»`,
				`Authorization: Bearer «eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.eyJzdWIiOiJhbGljZSIsImF1ZCI6ImFjbWUifQ.c2lnbmF0dXJlLXZhbHVlLWhlcmU»`,
				`key=«AIzaSyD4-9XyZ0abcdefghijklmnopqrstuvwxY»`,
				// base64 of JSON that carries an ARN is masked whole; a CodeArtifact token is a credential
				`"TaskHandle": "«eyJ0YXNrSWQiOiIwYjFjMmQzZS00ZjUwLTRhNmItOGM3ZC05ZTBmMWEyYjNjNGQiLCJzb3VyY2VBcm4iOiJhcm46YXdzOnNxczpldS13ZXN0LTE6MTIzNDU2Nzg5MDEyOm9yZGVycy1kbHEifQ==»"`,
				"export CODEARTIFACT_AUTH_TOKEN=«eyJ2ZXIiOjEsImlzdSI6MTc2NDAwMDAwMCwiZW5jIjoiQTEyOEdDTSIsInRhZyI6IlprM3FfOVJtVHcifQ»",
			},
			fp: []string{"the AWSReservedSSO_ prefix names Identity Center roles",
				`pk_live_51NcQbKz8Hq3TvYw2Lr7Mx4Pd`, `sk_live_short`, `ghp_abc`, `the skeleton key`,
				`eyJhbGciOiJIUzI1NiJ9 alone`, `sk-1234`, `xoxb-1`,
				`"NextToken": "eyJOZXh0VG9rZW4iOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAyfQ=="`,
				`eyJ0YXNrSWQiOiIwYjFjMmQzZS00ZjUwLTRhNmItOGM3ZC05ZTBmMWEyYjNjNGQiLCJzb3VyY2VBcm4iOiJhcm46YXdzOnNxczpldS13ZXN0LTE6MTIzNDU2Nzg5MDEyOm9yZGVycy1kbHEifQ==x`,
			},
		},
		{
			id: "aws-access-key-id", typ: "access-key-id", kind: kindStructural, first: "A", shape: shRun16,
			match: matchIAMKey,
			tp: []string{
				`"principalId": "AWS:«AROA4QJ7XK2MZP5RT8W3N»:«marcus.oyelaran»"`, `"principalId": "«AROA4QJ7XK2MZP5RT8W3N»:«i-0abc1234def567890»"`,
				`"AccessKeyId": "«ASIAY7VQHGQ633LCAGJV»"`,
				`aws_access_key_id = «AKIAIOSFODNN7EXAMPLE»`,
				`"principalId": "«AROAHMZBE6JRHRLY2EKSD»:terraform"`,
				`"Id": "«AIPA4TQCGMJG6WCARQ7YC»"`,
			},
			fp: []string{`AKIA`, `AKIAshort`, `AROAHMZBE6JRHRLY2EKSDXXXXXXXXXXXXXXXXXX`},
		},
		{
			id: "ec2-host-name", typ: "ec2-dns", kind: kindStructural, first: "ieIE", shape: shHyphen1,
			match: matchEC2Host,
			tp: []string{
				`"PrivateDnsName": "«ip-10-207-31-168».ec2.internal"`,
				`«ec2-3-81-25-35».compute-1.amazonaws.com`,
				`[ec2-user@«ip-10-0-1-25» ~]$`,
			},
			fp: []string{`ip-address`, `ec2-instance-connect`},
		},
		{
			id: "ec2-resource-id", typ: "instance-id", kind: kindStructural, first: letters, shape: shHyphen1,
			match: matchEC2ID,
			tp: []string{
				"our Cognito pool «us-west-2_Kq8Vt3LmZ» and its app client",
				`Identity Center instance «ssoins-72235f1a9c04b8d6», permission set «ps-4e1a8d07c3b29f65»`,
				`"InstanceId": "«i-0d64ade32b13f298e»"`,
				`«vpc-a874181d» «subnet-0db494971a32af61d» «sg-02068e7cd29525c4e»`,
				`«tgw-attach-0a80a8d92a4bee2f8» «vpc-cidr-assoc-024ea85c9235aeeff» «eni-attach-0073edf84c08fad27»`,
				`«I-0ABDCB421DD9F1189»,«Subnet-092535bfbb565c7d7»,«SG-090A3A59F81670583»`,
				`«i-0bd68e1e2f49a382b»에서 CPU가 높습니다`,
				`cpu-high-«i-0bd68e1e2f49a382b»`, `«fs-0123456789abcdef0»`,
				`"DbiResourceId": "«db-I3S4BUX74KUT6DHZ1SAVXR3W0Y»"`,
				`docs use «i-1234567890abcdef0» and «vol-049df61146EXAMPLE»`,
				`"KeyId": "mrk-«1234abcd12ab34cd56ef1234567890ab»"`,
			},
			fp: []string{"elasticloadbalancing_us-east-1_app.x", "us-east-1_bucket_name", `i-node`, `eni-config`, `ami-build`, `vpc-cni`, `sha-1234567`, `build-12345678`},
		},
		{
			id: "elb-resource-id", typ: "elb-name", kind: kindStructural, first: "agnt", shape: shSlashDot1,
			match: matchELBID,
			tp: []string{
				`{ "Name": "TargetGroup", "Value": "targetgroup/«pelican-web-tg»/«a04d7e2c9f1b3856»" }`,
				`"Description": "ELB app/«saebyeok-prd-alb»/«daf971150c4753e0»"`,
				`https 2023-12-15T17:09:01Z app/«sorrel-staging-web-alb»/«3a1d64fda4fb6be0» «54.84.115.150»:36281`,
				`elasticloadbalancing_us-east-1_app.«sorrel-staging-web-alb».«3a1d64fda4fb6be0»_20230806T0458Z`,
			},
			fp: []string{`app/main.go`, `net/http`},
		},
		{
			// no keyword: the word follows '/' or '$' (its shape), and a console path spells
			// the group's slashes "$252F" after a '/' long before the word
			id: "log-group-path", typ: "log-group", kind: kindStructural, first: letters + "2", shape: shPrevSlash,
			match: matchLogGroupPath,
			tp: []string{
				`# CloudWatch log group /aws/eks/«sorrel-prd-eks»/cluster, stream x`,
				`log group: «/bluepeak/vpc/flowlogs»`,
				`Log group: /aws/lambda/«NuriReportBuilder»`,
				`#logsV2:log-groups/log-group/$252Faws$252Flambda$252F«HaneulCostAlerter»`,
				`https://console.aws.amazon.com/iam/home#/roles/details/«AcmeBillingExportRole»?section=x`,
				`https://s3.console.aws.amazon.com/s3/buckets/«acme-billing-exports»?region=us-east-1`,
				`POST /2015-03-31/functions/«AcmeAuthorizer»/invocations HTTP/1.1`,
			},
			fp: []string{`see https://example.com/aws/lambda/x`, `/aws/`, `path /usr/local/bin`, "log group /aws/fsx/lustre",
				"base: /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"},
		},
		{
			id: "param-path", typ: "ssm-parameter", kind: kindHeuristic, first: alnum, shape: shPrevSlash | shSlash1,
			keywords: []string{"/"},
			match:    matchParamPath,
			tp: []string{
				"aws ssm get-parameter --name /«vistula»/crm/legacy/«pg_master» --with-decryption",
				"{{resolve:ssm-secure:/«vistula»/crm/«db-master»}}",
				"Config File: /home/«dsokol»/prowler/config.yaml; /home/runner/work/«vantora-infra»/«vantora-infra»/cfn/x.yaml",
				"the key (alias/«yh-queue-key») was rotated; alias/aws/ebs is AWS's",
				`name: /«veltrix»/prod/fleetdb/password`, `/«marrowbeck»/prod/orders/db_host`,
				`DB_URL: ${ssm:/«quokka»/prod/«billingdb-url»}`,
				`no puede leer el secreto «cobros»/prod/db-pass.`,
				`aws ssm get-parameters-by-path --path /«acme»/staging/«orders-api» --recursive`,
				`rotated prod/«ledger»/«payments-db» again`,
			},
			fp: []string{"find --name /tmp/foo/bar_baz",
				`tail -f /var/log/prod/app.log`, `2>/dev/null`, `git push origin refs/heads/prod`, `GET /prod/orders HTTP/1.1`,
				`https://api.example.com/prod/orders`, `see ../prod/notes`, `<a href="/prod/x">`,
				`overlays/prod/kustomization.yaml`, `ls /dev/disk/by-id/nvme-x`, `a path/to/prod/`,
			},
		},
		{
			id: "cloudfront-id", typ: "cloudfront-id", kind: kindStructural, first: "EZ", shape: shRun9,
			match: matchCloudFrontID,
			tp: []string{
				`CloudFront standard log from «E2QX7LM4RT9KBN».2026-11-25-10.a8c4f2e1.gz`,
				`"httpSourceName":"CF","httpSourceId":"«E1Y7HN3KQ8WZP4»"`,
				`aws cloudfront create-invalidation --distribution-id «EOXPPM4ZUJQFVU» --paths "/*"`,
				"Route 53 호스팅 영역 «bluewave.kr» («Z08472913KQ7XRB2M5WTP»), zone «Z1D633PJN98FT9»",
			},
			fp: []string{"alias zone Z35SXDOTRQ7X7K (us-east-1 ALB)", "ZZZZZZZZZZZZZZZZ and Z123456789012345", `EC2SPOTFLEETREQUEST`, `E3B0C44298FC1C`, `ECDHE-RSA-AES128`, `EXAMPLEKEYNAME`, `E2QX7LM4RT9KBN-backup`, `ENABLED`},
		},
		{
			id: "eks-endpoint-id", typ: "eks-endpoint-id", kind: kindStructural, first: hexFirst, shape: shRun16,
			match: matchEKSHex,
			tp: []string{
				`server: https://«A655C97DC74BB608909269C3396F3AAD».sk1.ap-northeast-2.eks.amazonaws.com`,
			},
			fp: []string{`"x-amz-request-id": "0166E03236571BF0"`, `md5 a44fa2e8d1c8ee87a216a7dc6de5061a`},
		},
		{
			id: "aws-account-id", typ: "account-id", kind: kindStructural, first: digits, shape: shDigits12 | shHyphen1,
			match: matchAccountID,
			tp: []string{
				`"OwnerId": "«511554326307»"`,
				`"path": "/«860294173558»/«solvang-fulfilment-q»", POST /«860294173558»/«orders-dlq» HTTP/1.1`,
				`AWSLogs/«776129378517»/elb/«776129378517»_elasticloadbalancing_us-east-1`,
				`«588078532877».dkr.ecr.us-east-1.amazonaws.com/«cobaltworks/auth»:v1`,
				`account «418612311519»에서`,
				`Account ID: «1234-5678-9012»`,
				"1차 오세진 «010-4827-3159», 담당자 («02-3471-8826», x) PG사 «031-8017-2254» CPO «070-4821-3395»",
			},
			fp: []string{`"totalStorageBytes": 214748364800,`, "v010-4827-3159", "2026-11-25 010-48-3159 02-3471-88261 099-1234-5678", `"DataScannedInBytes": 418822910553}`, `"SizeInBytes": {"Value": 943817581569, "ValueInStandard": 943817581568}`, `image: 602401143452.dkr.ecr.us-east-2.amazonaws.com/amazon/aws-load-balancer-controller:v2.10.1`, `"ShardId": "shardId-000000000008"`, `123456789012345`, `1687436343358`, `4294967296`, `1.123456789012`},
		},
		{
			id: "intl-phone", typ: "phone-number", kind: kindStructural, first: digits,
			keywords: []string{"+"},
			match:    matchIntlPhone,
			tp: []string{
				"on-call «+34 689 214 377», office («+52 55 4187 2093») or «+39 02 8734 1290»",
				`"snsOriginationNumber": "«+1-438-555-0144»", SMS from «+4915123847706»; «+886 928 741 055»`,
			},
			fp: []string{"2026-11-26T01:02:17+09:00", "offset +0000 and +1 day", "a+12345678b", "total +1234 5678 units and C++17",
				"score +123456789012345678", "x = y+123456789"},
		},
		{
			id: "ipv4", typ: "private-ipv4", kind: kindStructural, first: digits, shape: shDot1,
			match: matchIPv4,
			tp: []string{
				"04:21:58.511 IP «10.77.4.19».48130 > «10.77.0.2».53: 41872+ A? «db.internal». (40)",
				`"TopContributors": [{"Name": "«45.137.21.208»", "Value": 1842213},`,
				`"PrivateIpAddress": "«10.207.31.168»"`,
				`EIP «18.191.226.94» and subnet «10.237.16.0»/22`,
				`"2","«348675794938»","«eni-0df2a07745aeb45bd»","«3.114.168.113»","«10.48.58.204»"`,
				`RedisHost = "«172.21.217.157»:6379"`,
				`link failure to «db1».«c9x8y7z6w5v4».sa-east-1.rds.amazonaws.com/«10.77.3.158»:3306`,
				`GET /api/hosts/«10.0.1.23»/status`,
				"the broker hosts («10.12.40.5»-7) and «10.20.0.4»-«10.20.0.9»",
			},
			fp: []string{
				`0.0.0.0/0`, `127.0.0.1`, `169.254.169.254`, `255.255.240.0`, `8.8.8.8 / 1.1.1.1`,
				`10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16`, `Chrome/120.0.0.0`, `build 1.2.3.4-beta`,
				`10.0.17763.5206`, `version 1.2.3.4`, `pkg 1.2.3.4-1ubuntu1`, `build 1.2.3.4-5a`, `"Version": "4.12.0.3"`, `nameserver 114.114.114.114`,
			},
		},
		{
			id: "ipv6", typ: "ipv6", kind: kindStructural, first: hexFirst, shape: shColon1,
			keywords: []string{":"},
			match:    matchIPv6,
			tp: []string{
				`"macAddress": "«00:50:56:b2:7e:13»"`, "MAC «0a:1b:2c:3d:4e:5f» (not an IPv6 address, a MAC: masked as one)", "«10.40.14.31»,«00:50:56:a3:0b:72»,x86_64",
				`client «2a01:cb19:80f4:a100:4d1e:7b22:9c0f:e31a»:60118 connected`,
				`"Ipv6CidrBlock": "«2406:da12:480:9d00::/56»"`,
				`«2406:da14:b40:5725:2d13:bc8a:58c:6214»`,
			},
			fp: []string{"Serial: 0a:7e:3c:91:f2:4b:d8:06:6e:1c:a7:9f:2d:4b:60:e3", "at 12:34:56 UTC", `::/0`, `10:00:00`, `std::string`},
		},
		{
			id: "host-name", typ: "customer-domain", kind: kindStructural, first: alnum, shape: shDotAt,
			// no keyword: an e-mail or a PostgreSQL log prefix (app@orders:[) need not hold a '.'
			match: matchHost,
			tp: []string{
				"https://«q8wz3mkf1».mediaconvert.ap-southeast-2.amazonaws.com and «c2x8m4rk7qz1vd».credentials.iot.us-west-2.amazonaws.com",
				"«g-51f0a8c3e2».grafana-workspace.eu-central-1.amazonaws.com",
				"TAM «jaewon.song@amazon.com», user «ivan.lindqvist84@outlook.com»",
				"wss://«t3fw8nzq5lhkbmx2gyr6oevc4i».appsync-realtime-api.ap-northeast-1.amazonaws.com/graphql",
				"issuer https://«heronclinics».okta.com/oauth2/x and «acme».atlassian.net; AD domain «osprey-imaging.local»",
				"b-1-public.«driftwood-stream».«q4k7zn».c3.kafka.ap-south-1.amazonaws.com:9198",
				"[«deployer»@«bastion-fra-02» ~]$ aws ec2 describe-network-acls", "«kfarrugia»@«build-runner-03»:~/app$ make",
				`Forwarding to sqs.us-east-1.amazonaws.com/«381746520093»/«tollgate-retry.fifo» now.`,
				`"Value": "_«2b7e4d19c0f8a3562e1d7c9f0a4b8e63.zfyhkjtqvx».acm-validations.aws."`,
				`"SubjectAlternativeNames": ["«peregrine.travel»", "«shop.olivar-tienda.es»"]`,
				`2026-11-25 11:00:31 UTC:«10.14.72.19»(52418):«ledgerly_app»@«ledgerly_prod»:[30117]:ERROR:  duplicate key`,
				`«kestrel-stg-pg-02».«cgio9igagie3».us-east-2.rds.amazonaws.com:5432`,
				`«jejumart.exports.prd».s3.amazonaws.com`,
				`«dalgona-qa-redis».«xrdrzd».ng.0001.apne2.cache.amazonaws.com`,
				`«kestrel-stg-batch-alb»-«634548452».us-east-2.elb.amazonaws.com`,
				`https://«0wqql6vwls».execute-api.ap-northeast-2.amazonaws.com/prod`,
				`«d9hugtb8kyv8dh».cloudfront.net`,
				`"Endpoint": "https://«hooks.jejumart.co.kr»/sns/e7f542a1b855"`,
				`on-call «seoyeon.lee@kestrel-fintech.com»`,
				`https://«api.mintgrove.co»/orders`,
			},
			fp: []string{"the Outpost reaches outposts.us-west-2.amazonaws.com; MQTT to data-ats.iot.eu-central-1.amazonaws.com:8883", "KUBECONFIG=/home/agent/.kube/config", "https://api.slack.com/apps and status.atlassian.net", "SELECT o.id FROM orders o JOIN c ON c.id = o.cid", "row.id and db.host.id", "delivery.logs.amazonaws.com", "git@github.com:acme/x.git", "noreply@github.com and support@sendgrid.net", "Cipher=aes256-gcm@openssh.com", "ssh ubuntu@bastion then run:", `  # aws_route53_record.app["www"] will be created`,
				`const app = new cdk.App();`, `client = boto3.client("s3"); session.Session()`,
				`NS ns-1204.awsdns-22.org. ns-77.awsdns-09.com.`, `v=spf1 include:amazonses.com ~all`,
				`MX 10 inbound-smtp.eu-west-1.amazonaws.com`, `https://cognito-idp.ap-south-1.amazonaws.com/`,
				`ec2.amazonaws.com`, `sqs.us-east-1.amazonaws.com`, `registry.terraform.io/hashicorp/aws`,
				`public.ecr.aws/amazonlinux/amazonlinux:2023`, `m5.xlarge python3.12`, `main.go setup.sh`,
				`vendor/Amazon.com_Inc.`, `eks.amazonaws.com/role-arn`, `registry.k8s.io/coredns`,
				"NS at ns1.dnsimple.com, not Route 53", "https://appmesh-envoy-management.eu-central-1.amazonaws.com", `{"Address": "ingest-cell1.timestream.eu-north-1.amazonaws.com"}`,
			},
		},
		{
			id: "windows-account", typ: "windows-account", kind: kindStructural, first: lettersUpper, shape: shBackslash1,
			keywords: []string{"\\"},
			match:    matchWindowsAccount,
			tp: []string{
				`Access: «BANKSIA»\«mhollings» and «BANKSIA»\«GG-Clinical-Records-RW»`,
				`"AdminUserList": ["@«FERNCASTLE»\\«GG-FileGW-Admins»", "«FERNCASTLE»\\«lbrightwater»"]`,
				`runas /user:«CORP»\Administrator cmd`,
			},
			fp: []string{`NT AUTHORITY\SYSTEM`, `BUILTIN\Administrators`, `NT SERVICE\MSSQLSERVER`, `HKLM\SOFTWARE\Amazon\EC2Launch`,
				`C:\Users\Public`, `PS C:\ProgramData\Amazon> dir`, `"message": "REPORT Duration: 12 ms\tMemory Size: 2048 MB\tMax Memory Used: 241 MB\tInit"`, `"2026-11-26 INFO\tStarting app"`, `"ERROR\\tfailed"`, `WORKGROUP\Guest`, `path SRC\main\go`},
		},
		{
			id: "org-directory-id", typ: "organization-id", kind: kindStructural, first: "odrejswplvbhiS", shape: shHyphen1,
			match: matchOrgID,
			tp: []string{
				"«d-server-01k7f2qz9w8xnm»,ORL-SQL,Windows and job «drsjob-5c8a2e1f0b7d94e63»",
				"The OpsItem «oi-9c3f5a8e2d71» is open; HSM «hsm-q4mwz7xk2fd» from backup «backup-3nfvk6x2pwe»",
				"Amazon MQ broker «b-7f3a91c2-4d6e-48b0-9e15-a2c8d0f6b347», Transfer Family serveur «s-4e9a1c7f2d5b80361»",
				"VPC link «vlnk-3q8r1t» and BGP peer «dxpeer-fgq4w8zt»",
				"«ws-c4n7q2x9v» in bundle wsb-8vbljg4r6, IP group «wsipg-q2k7r9m1x»; product «pp-4ydw7m2qj6zke» artifact «pa-b6m9t2qzx4w1c» path «lpv3-q8w2n6rk4tbyc»",
				"Savings Plan: «sp-2c71e4a9-5b3d-4f08-a6e1-9d2b7c3f8a40», via «dxcon-fgx93kq1» and «dxvif-ffq7k2m4»",
				"step «s-0813947Q2ZLKR» of cluster «j-2AXXXXXXGAPLF» failed",
				"https://aps-workspaces.us-east-1.amazonaws.com/workspaces/«ws-7c2e9a41-b3d8-4f05-9e16-a0d4c7b2f853»/api/v1/remote_write",
				`"aws:PrincipalOrgID": "«o-f51nqse0kh»"`,
				`"DirectoryId": "«d-9067a1b2c3»"`,
				`"Id": "«ou-ab12-cd34ef56»"`,
				`"EnvironmentId": "«e-k2mdx8qz3p»"`,
				`"summary": "Deployment «d-7QX2KM9PB» failed"`,
				"our SCP «p-7hq2xk9d» («deny-admin-users») and SageMaker domain «d-7xq2mlk9v4rt»",
				"SingleSignOnManagedApplicationInstanceId: «ins-5b2e91c7d40af683»", `"RecordId": "«rec-7pf2m9wdz4kcn»"`,
				`"Sid":"«S-1-5-21-3481720956-1174095823-2960153847-1387»", "Owner": "«S-1-5-21-3481720956-1174095823-2960153847»"`,
			},
			fp: []string{`port-forwarding`, `pa-system`, `ws-federation`, `"id": "ecs-svc/4718290536612047381"`, `s-maxage=600`, `j-query`, `o-ring`, `d-pad`, `r-value`, `o-abcdefghij`, `d-ABCDEFGHI`, `d-123456789`, "p-FullAWSAccess", "p-12345678", "p-value and ins-abcdefghijklmnop", "well-known SIDs S-1-5-18 and S-1-5-32-544"},
		},
		{
			// driven by the scan loop at words of six to eight bytes that start with "pas" (no
			// first bytes: never a candidate at other words; no keywords: a search of the text
			// per segment costs more than the words it would save)
			id: "prose-password", typ: "password", kind: kindHeuristic, first: "",
			match: matchProsePassword,
			tp: []string{
				"Rotation du mot de passe «admin_mv» de RDS (actuellement «Verl@ine2026!») | Samir",
				"nutzt den Benutzer x mit dem Kennwort «Rh3in!Hess2026»; der", "a senha atual do «app_pgto» é «Taquar1#Pgto2026»",
				"the current password of «app_pgto» is «Taquar1#Pgto2027»",
				"пароль: «Zx8!qPlm-42», смена пароля — «Yw3#kRt7-19»", "DB şifresi: «Kr7!pLm2zQ» ve parola: «Pa9$wQ2xLm»",
				"hasło to «Hq7!xLm29a»; kata sandi baru: «Sd4%vBn8Kq», password-nya «Ny6&tGh3Wp»", "รหัสผ่านคือ «Th4!zPq8Lm» ครับ",
				"CREATE USER '«svc_invoicing»'@'10.61.%' IDENTIFIED BY '«Inv0ice$ync-4471»'; ALTER USER BRK_AP_ETL IDENTIFIED BY \"«ApEtl_Rotate#5519»\" ACCOUNT UNLOCK;",
				"ALTER USER \\'x\\'@\\'%\\' IDENTIFIED WITH mysql_native_password BY \\'«Pn-App!2026-vQ7»\\'", "alter user x identified by «Tiger2026x»;",
				`dsn := "«vb_legacy»:«L3gacy#VbPass»@tcp(«10.0.0.5»:3306)/«vantor_legacy»?tls=true"`,
				"| app_rw | *«6B1F4E09A2C37D85E0F9B4C21A7D36E85F0C9A12» |\nuser «quillo_app» on #«b8f2c61e0a9d4f7b3c5e1a8d2f6b9c0e7a4d1f3b5c8e2a6d9f0b3c7e1a4d8f2b» ~* +@all\n",
				" pre-shared-key address «3.121.58.204» key «Xq7_vT2mLp9aRwe.Kd4nZ0bYh3sUf1Gc»\n    set psksecret «Wc5.Nf0hTj_8RxKp2Yv6ZqLm9BsEa1Gd»\n",
				"«1.2.3.4» «5.6.7.8» : PSK \"«gT4.pQ9zWm_2bXvLh7Rc0aNs5KeJ3yUd»\"\n    pre-shared-key ascii-text \"«Ln3Vw_8hRk.Q2fTz9mYc4EpJa7sBx0Gu»\";\n",
				" neighbor «10.0.0.1» password «0xKp9sTr4Wm2YeLq7vBc»\n neighbor «10.0.0.2» password 7 «0822455D0A16544541»\n", "la password dell'utente break-glass «eks-emergenza» è «Br3nta!Eks#2026» (sarà ruotata)",
				"AD team reset svc-datasync's password to «Rad!ology-Sync-2026» — set it on the location",
				"Password: «Xq7#rTz9!wLm»",
				"the password was `«Fahrw3rk!Orders#2024»` in the channel; Passwort ist «Kq7#vRn2!pLs»",
				"비밀번호 : «Ml$dev2026!wq»\n초기 암호：«Moa!Init#5520»\n마스터 비밀번호 「«Gaon#Mbr!7731»」은 (암호 «gaon1206»)",
				"AUTH 토큰 : «rT9vQ2xK7mW4pL8nB3cZ6yHf», 密码：«Dalb1t#Settle!24», パスワード: «Zq8#mLp2wX»",
				"외부 ID는 「«gurum-hnm-2026-7Qx4»」. 외부 ID «7f3a91c2d8e64b05a1f9c3e7d2b84a60»",
				"(contraseña: «Almz#Pedid0s-2026»). la contraseña actual es: «Tl4cu@che_Ledg3r!»; 密码是«Xh@dw2026!pg»，密碼：«Bi@YmRead_88»，",
				"mật khẩu là «LuaVang@2026pg» của, Mật khẩu: «Hp#RootDev_19»",
			},
			fp: []string{"Password policy requires 14 chars (PCI DSS 3.2.1).", "IDENTIFIED BY <secret>',0,SOCKET", "CREATE USER u IDENTIFIED BY ?", "identified by the card holder", "the neighbor says the password is fine", "color #ffffff and \"Resource\": \"*\"", "commit #3f9c1a2b4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8", "set psksecret ENC", "pre-shared-key key <redacted>", "암호화 키 kms 2048bits", "비밀번호 정책 PCI-DSS 3.2.1", "비밀번호는 Secrets Manager bg/dev/mysql/rw 참조", "the passe-partout key", "senha: ver cofre", "the password was rotated yesterday", "password reset is required", "passwords: see vault", "password to AWS_PASSWORD_001 now"},
		},
		{
			id: "aws-secret-access-key", typ: "secret-access-key", kind: kindHeuristic, first: alnum + "+/", shape: shB64,
			match: matchSecretKey40,
			tp: []string{
				`key «IiHhTDhk071XP8MoEn2u9+TBpqfk/mlLTPlwwHAr» here`,
			},
			fp: []string{`commit 3f9a1c0d7e5b42a8c6f1e0d9b8a7c6d5e4f3a2b1`, `UPDATEFUNCTIONCODEABCDEFGHIJKLMNOPQRSTUV`},
		},
		{
			id: "key-value", typ: "tag-value", kind: kindContext, first: letters, shape: shSep,
			match: matchKeyValue,
			tp: []string{
				"subject=CN=«svc-underwriting»,OU=Claims,O=«Ferrowick Mutual Insurance»,C=US", `"dn": "OU=AppStream,OU=Computers,DC=corp,DC=«ardent-eng»,DC=ie"`,
				`"GroupName": "«North Essex Pharmacy Team»", "Description": "x"`,
				"Post-launch check: `psql -h localhost -U «ledger_admin» -d postgres -c 'select 1'` worked",
				`"ContactId": "«3e8a1f60-b2c9-4d57-8f04-c6d2e9a7b183»", "assetModelId": "«c03e7a95-2b1d-4f86-9e40-6a8d1c5f2b73»"`,
				"exports/2026-11-25/tenant=«brookfield-dental»/part-00000.parquet", "    customer: «lindqvist-mobility»", "INFO connecting db=«feature_store» port=3306",
				"define( 'DB_PASSWORD', '«c91b7e4fa2d3»' );", `"VariantName": "«blue-xgb-1-9»", "NotebookInstanceLifecycleConfigName": "«banksia-autostop»"`,
				`"PhoneNumber": "«+6591847263»", "guardrailIdentifier": "«r7k2m9x4p1qv»"`, "SlackTeamId: «T04QJ8L2WKE», SlackChannelId: «C07H3MZ9R1P»",
				"Owner: «platform-messaging» · Last reviewed by x on 2025-11-18; aws ecs describe-services --services «quokka-cart-worker»",
				`"authKey": "«0xQp7vLm2Rk9TbWc4Jz»", <pre_shared_key>«Zr4_kLm9Qw2xTv7p»</pre_shared_key>, "HealthCheckId": "«4e9c1a7d-2b3c-4d5e-8f90-1a2b3c4d5e6f»"`,
				"[OUTPUT]\n    Name          http\n    HTTP_Passwd   «Lk7#pQ2zRv9!xWe4»\n", `"Password": ["«Tbl#Gw2026!quill»"]`,
				"--provisioning-parameters Key=SSOUserFirstName,Value=«Linnea» Key=AccountName,Value=«hx-payments-prod»",
				`aws ssm send-command --targets "Key=tag:Role,Values=«osprey-kafka-broker»" --document-name "AWS-RunShellScript"`,
				"Service Account:  «ledger-api-irsa»", `"LaunchTemplateName": "«heron-ingest-lt»"`,
				`"ConfigRuleName": "«tarnwood-required-tags»"`,
				`curl -s -u «ops_readonly»:«h7Vq!2mzXr» "https://x"`, `curl --user admin:«S3cretPass» https://x`,
				"$ mysql -h localhost -u «admin_hb» -p'«Tq7#vRn2!pLs9wXe»' orders", "redis-cli --tls -a '«e7Lq2nZx8wRt4pVm0Ks5Jb3F»' ping",
				"sudo /usr/bin/mongosh --host db -u «ops_ro» -p «Mg7!qLz2Wx» --authenticationDatabase admin", "sqlcmd -S db -U «sa_app» -P «Sq9#lPw2Zx»",
				"aws elasticache modify-user --passwords '«f3Tq9LmZ2wXr8pNv»'",
				"«deploy»@«ops-jump-02»:~$ mysql -h localhost -u «feat_admin» -p -e 'SELECT 1'", "[hk@«wks-hk-0417» ~]$ psql -h localhost -U «ledger_rw» ledger",
				"--- a/main.tf\n+++ b/main.tf\n-db_password = \"«Hq7-Lake-2024x»\"\n+db_password = var.db_password\n",
				`--filters Name=replication-task-id,Values=«ora-billing-to-apg-cdc» Name=tag:Name,Values=«acme-web-01»`,
				`"AuthorizerId": "«7hq2rk»", "IntegrationId": "«b2k9x4q»"`, `{"deploymentId": "«x2f8ke»", "stageName": "prod"}`, `{"Id": "«k7q2m9x»", "EnvironmentId": "«p3vz8tn»", "ConfigurationProfileId": "«w1d6hcr»"}`,
				`{"sub":"«8c4e2a16-1f2b-4c3d-9e8f-0a1b2c3d4e5f»","aud":"«3m9fq1v7ob2k6hs0tlp8a4dcr»"}`, `{"ecs_task_definition":"«larkspur-gateway»:88","x-tenant":"«org_7Tq2Mx»","subscriptionFilters": ["«sorrel-lambda-to-opensearch»"]}`,
				`{ "key": "db.name", "value": { "stringValue": "«blm_ledger»" } }`, "receipt_handle=«AQEBq7zX2mN9kLp0T0wR==» ok",
				"&X-Amz-Signature=«3e8b0f41aa9c7d2e5b6f8a1c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6»", `"snsOriginationNumber":"«+1-438-555-0144»"`,
				"      username: «ds-admin»:{{SessionName}}", "Name=«정산배치서버» x, {Key=Owner,Value=«김도윤»}", `"Name": "«배차엔진-워커»"`, `{"TableNames": ["«zelkor-ops»", "«terraform-locks»"], "SecurityGroupIds": ["«sg-0abc1234def567890»"]}`,
				"- TableNames:\n  - «rw-sessions»\n  - «zelkor-locks»\nFunctionNames:\n- «zelkor-api-v2»\n", `{"UUID": "«9a3c7e1f-5b2d-4806-c4a9-e7f1b3d5a208»", "BatchSize": 100}`, `"SecretToAuthenticateInitiator": "«Qv7t#pL2mW9zKe4x»"`, "ALTER LOGIN [mercer_etl] WITH PASSWORD = N'«M3rc3r_Etl!2026_rot»'", "java -Xmx6g -Ddb.password=«Lg9!pT4wQz2#Mx» -jar app.jar; flyway -user=«gm_migrator» -password=«Gm-M1grat0r#2026-pZ» migrate", `"subscriptionName": "«quillbay-dr»", "cloudAccount": "«Quillbay Data Lake (prod)»"`,
				"| «qb-ledger-worker-01» | /usr/local/bin/pg_dump -h «10.84.22.40» -U «ledger_ro» ledgerdb |", `{"Type": "SecureString", "Value": "«A8K2P»"}`, "- Type: SecureString\n  KeyId: alias/aws/ssm\n  Value: «Pw7!hanEul2025»\n", `"NetBiosName": "«ORCSVM01»", "MountName": "«x7kqbbev»"`,
				"aws fms get-violation-details --policy-id «c94b0e1f-72a6-4d3c-8e51-3fa7d06b2c94» --resource-type x",
				`{ "Value": "\"google-site-verification=«q7Hk2LmZ9xR4tB1vN8cW3yP6sD0fG5aE»\"" }`,
				`"ActivationId": "«e3b1c9d7-4f2a-4085-96e1-c7a30f8d2b54»"`,
				"defaultDatabaseName: '«ledgerdb»'", "SES_CONFIGURATION_SET=«fjordline-transactional»",
				`"ExternalIds": [ { "Issuer": "https://sts.windows.net/", "Id": "«f2a71d3c-58e9-4b06-9c14-e3d8a07b6f25»" } ]`,
				`<Owner><ID>«9c2e7f41a8b3d6c0e5f7a9b1c3d5e7f9a1b3c5d7e9f1a3b5c7d9e1f3a5b7d72f»</ID></Owner>`,
				`<Bucket><Name>«acme-logs»</Name><CreationDate>2024-01-01T00:00:00.000Z</CreationDate></Bucket>`,
				`{"name":"Cookie","value":"«smsess=q7Wz2Lk9Xp4Rt1Vb8Nc3Md6Fh0Js5Ga»"}`,
				`"Name": { "FamilyName": "«Kowalczyk»", "GivenName": "«Maja»" }`,
				`"ConfigRuleName": "«tarnwood-required-tags»"`,
				`Authorization: Basic «dXNlcjpwYXNzd29yZDEyMw==»`,
				"const raw = s3.Bucket.fromBucketName(this, 'RawBucket', '«tessaly-raw-ingest-eu»');",
				`table = ddb.Table.from_table_name(self, "Orders", "«kiwiparcel-orders-v2»")`,
				`role = iam.Role.from_role_name(self, "ExecRole", "«kiwiparcel-router-exec»", mutable=False)`,
				`lb = aws.lb.LoadBalancer("«kp-edge-alb»", internal=False)`, `b = s3.Bucket('«acme-prod-logs»')`,
				"JWT_SIGNING_SECRET=«mE7$kQ2!vZ9#xP4&»", "COGNITO_CLIENT_ID=«5v1r8k2q9m3n7t4b6c0xz1hj8e»",
				"external_id = «fl-ext-88c31d0a»", "    token: «k8s-aws-v1.aHR0cHM6Ly9zdHMuYW1hem9uYXdzLmNvbS8»",
				`"SecretString": "«Sup3rS3cret!value»"`,
				`"DBInstanceIdentifier": "«kestrelprodmaria»"`,
				`"Tags": [{"Key": "Name", "Value": "«tidewater-mgmt-vpc»"}]`,
				"> Authorization: AWS4-HMAC-SHA256 Credential=«ASIAW7KQ3NZRPLD5XE2M»/20261125/eu-central-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=«3e8b0f41aa9c7d2e5b6f8a1c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6»",
				"'Authorization': 'AWS «AKIAXD4QW7ZKTMN2R9FN»:«b8Vq2Lk7Tz0Xm4Rc9Nf1Hd6Jw3A=»'",
				"a.jpg?AWSAccessKeyId=«AKIAZ3HNQ7WMP2RXKT6E»&Signature=«q7Vb2Lk%2F9xTmR4wYc0NpHs3Fd8Jg%3D»&Expires=1764139200",
				"a.mp4?Expires=1764182800&Signature=«" + strings.Repeat("Mq8Vb2Lk~9xT", 29) + "»&Key-Pair-Id=«K2JCJMDEHXQW5F»",
				"/v1/data-channel/x?role=publish_subscribe&cell-number=«AAEAAT8fX2k4bQ9rZ3Vb1wL0cM6yPq7sN2dH5jKeWfGxRtYuIoA»",
				"Cookie: session=«AbCd1234EfGh5678»; CloudFront-Signature=«Hk3Wq9Lm2Xp7Rt4Vb8Nc1Md6Fh0Js5Ga»; Path=/; CloudFront-Key-Pair-Id=«K2JCJMDEHXQW5F»\n",
				"gpg_passphrase = «Castellan!Bkp#2019»", "<Code>SignatureDoesNotMatch</Code><SignatureProvided>«5e0b7d3a9c1f2e4b6a8d0c2e4f6a8b0d»</SignatureProvided>",
				`{"SRP_A":"«a91f3c5e7b9d1f3a5c7e»","SALT":"«c4e8b1f0a7d93e56»","SECRET_BLOCK":"«Rk3Vq8Lm2Xp7Rt4Vb8Nc1M=»"}`,
				`{"thingName": "«vt-yard-MEM-gw02»", "ActivationCode": "«9Xq2Lk7RvT4mWp8cNz3B»", "principalIdentifier": "«4b8d2f6a1c3e»"}`,
				`"tags": {"Name": "«ora-fin-01»", "MigrationWave": "«wave-2-finance»"}, "Site": "RNO-01"`,
				`{"IdentityId":"eu-west-2:«5e0c8b2f-a713-4d96-b4e1-f2c7d09a3b58»"}`,
				`sudo amazon-ssm-agent -register -code "«9Xq2Lk7RvT4mWp8cNz3B»" -id "«e28f4b1a-c6d7-4390-a5e2-7b9f0c1d8a36»" -region "eu-west-2"`,
				`"Company": "«Lumen Pictures Archive LLC»", "Street1": "«4417 Calle Verde, Bldg C»", "TrackingNumber": "«1Z84W7R60392715546»"`,
				"  tags = {\n    Name        = \"«fm-raw»\"\n  }\n", "-    Name        = \"«fm-raw»\"\n+    Name        = \"«fm-curated»\"\n",
				`[{"Value": "«web server 1»", "Key": "Name"}]`,
				`aws_secret_access_key = «1UjMwTYLlOOLE0b7TPfp6dyMxrCepPRHGG/gKxSZ»`,
				`AWS_SECRET_ACCESS_KEY: «zXEQ9Co8Z0e82+BMpzqnTHzKbVd1w62BThmqmKDW»`,
				`\"userName\":\"«daeho.shin»\"`,
				`\\\"password\\\": \\\"«ZgnK36g0IffsrbC7WBk*MijW»\\\"`,
				`"db_password": {"sensitive": true, "type": "string", "value": "«QlmG8R8FOeyq3HGl6qvF»"}`,
				`aws lambda update-function-code --function-name «BluePeakImageResizer» --zip-file x`,
				`	HostedZoneID  = "«Z3VXJMRWQEAHXK»"`,
				`  clusterName: «saebyeok-eks-us-east-2»`,
				`TABLE_NAME=«Sorrel-staging-Carts»`,
				`"LogGroup": "/aws/lambda/«FinchlyOrdersHandler»"`,
			},
			fp: []string{`"contact": "Loading dock B, call x"`, `"Name": "aws:runShellScript"`, "control-channel/x?role=subscribe&stream=input", "C=US is the country, O=1", "CN=localhost,O=Internet Widgits Pty Ltd", `"Owner": "owner"`, `"LogGroupName": "/aws-glue/jobs"`, `{"Name": "Internet Resolver", "RuleType": "RECURSIVE"}`, "s3://b/dt=2026-11-25/region=eu-west-1/x.gz", "redis db=0 keys=12", `"deploymentConfigName": "CodeDeployDefault.ECSCanary10Percent5Minutes"`, "define('WP_DEBUG', false);", "f('DB_PASSWORD', 'x')", "Password reset is required\nPassword   rotated2024 yesterday\n", `"uid": "b1f0c6a2-58d3-4e0e-9c6f-2d7a41e9b305"`, `"upstream_cluster":"outbound|80||checkout-api.checkout.svc.cluster.local"`, "createSecret: Successfully put the secret",
				`"Sid": "DenyProdParamsOutsidePipeline"`, `{"id": "b3e07d1a-5c29-4f86-9e41-2a7d8c0f6b15", "createdAt": "2026-11-25T10:00:00Z"}`,
				`NoSuchBucket: The specified bucket does not exist`, `s3.put_object(Bucket=REPORT_BUCKET, Key=k)`, `role_session_name: circleci-${CIRCLE_BUILD_NUM}`,
				`{"Name": "attachment.instance-id", "Values": [iid]}`, `{"Name": "InstanceId", "Value": "x"}`, `ContextKeyName=aws:SourceVpce`, `"ConfigRuleName": "restricted-ssh"`, `"ConfigRuleName": "s3-bucket-public-read-prohibited"`, `"ClientRequestToken": "Console-UpdateStack-9d1e4b27-0c3f-4a86-b5d2-7e8f1a3c6b09"`, `"Applications": [{"Name": "Hadoop", "Version": "3.3.6"}, {"Name": "Spark", "Version": "3.5.0"}]`, `--filters Name=instance-state-name,Values=running`,
				"namespace: worker-system", "namespace: kube-system", "      username: system:node:{{EC2PrivateDNSName}}", `{"Names": ["orders"], "Values": ["x"]}`, "QUERY,mysql,'CREATE USER x IDENTIFIED BY <secret>',0,SOCKET", `{"Type": "String", "Value": "plainvalue"}`, `"Name": "—"`, "(Service: DynamoDb, Status Code: 400, Request ID: X)", `{"stack":"software.amazon.awssdk.core.exception.SdkClientException: Unable to execute", "name": "S3.PutObject"}`, `"HostedZoneId": "Z3VO1THU9YC4UR"`, "TableNames:\n  - see the runbook for the list\n", `{"id": "v1beta"}`, `{"id": "abc123"}`, `{"Id": "release"}`, `{"aud": "sts.amazonaws.com"}`, `"OperationId": "4f92b6e1-0a3d-4c87-9e15-72d8a0c3fb61"`, `"PolicyId": "default"`,
				`"ObjectACL": "bucket-owner-full-control"`, `"AccessControlTranslation": { "Owner": "Destination" }`, `"ServiceName": "NFS_ON_DEVICE_SERVICE"`,
				`{"role": "user", "content": "hi"}, {"role": "assistant"}`, "Batch log group is /aws/batch/job.", `"Service": "ec2"`,
				`"EngineVersion": "1.3.2.1"`, "aws logs filter-log-events --limit 5", `"anthropic_version": "bedrock-2023-05-31"`,
				"Failed to launch app: ResourceLimitExceeded: too many", `"QuotaCode": "L-1216C47A"`,
				"the rule forwards aws.health events to SNS", `Principal = { Service = ["batchoperations.s3.amazonaws.com"] }`,
				"RDS for SQL Server 15.00.4395.2.v1 (db.m6i.xlarge)", `"PlatformIdentifier": "notebook-al2-v3"`,
				"Event,Service,Region\nMaintenance,RDS,us-east-2\nLaunch,EC2,us-east-1\n",
				"mysql -h db -u root -p orders", "ls -a /tmp", "ssh -p 2222 host", "git log -p -u file", `redis-cli -a "$REDIS_PASSWORD" ping`,
				"mysql -h db -u ${DB_USER} -p",
				`Query ID: 5c7e2a91-04bd-4f38-a6e1-9d0f3b28c714`,
				`"ServiceName": "guardduty"`, `"ServiceName": "securityhub"`,
				`<Code>AccessDenied</Code><Message>Access Denied</Message>`, `user=rdsadmin database=rdsadmin`,
				`const app = new App();`, `"id": "7bf73129-1428-4cd3-a780-95db273d1602", "detail-type": "x"`, `{"Name": "amazon-ssm-agent"}`,
				`"NextToken": "eyJ2IjoxfQ"`, `"ClientToken": "abc-123"`,
				"Role: !GetAtt LambdaRole.Arn", "BucketName: !Ref LogsBucketName",
				`"State": {"Code": 16, "Name": "running"}`,
				`"masterUserPassword": "HIDDEN_DUE_TO_SECURITY_REASONS"`,
				`"GroupName": "default"`,
				`"PolicyName": "AmazonSSMManagedInstanceCore"`,
				`name: cluster-autoscaler`,
				`- name: vpc-cni`,
				`"InstanceType": "m6i.4xlarge"`,
				`region = "ap-northeast-2"`,
				`"password": "${DB_PASSWORD}"`,
			},
		},
		{
			id: "markdown-table", typ: "tag-value", kind: kindContext, first: "",
			keywords: []string{"|"},
			tp: []string{
				"| Name | Instance | State |\n|---|---|---|\n| «web-stg-2b-4» | `«i-09356bb97a1b2c3d4»` | stopped |\n",
				"-------------\n|  GetUser  |\n+-----------+\n||   User  ||\n|+----+----+|\n||  CreateDate  |  2024-09-02  ||\n||  UserName  |  «jiwoo.han»  ||\n|+----+----+|\n",
				"||  Variables  ||\n|+---+---+|\n|||  DB_PASSWORD  |  «Tr4nsc0de!Qf2026»  |||\n",
				"|||  Tags  |||\n||+---+---+||\n|||  Key  |  Value  |||\n||+---+---+||\n|||  owner-squad  |  «payments-core»  |||\n",
				"+------+--------+\n| Name | Engine |\n+------+--------+\n| «claims-pg-prod-01» | postgres |\n| «ledger-db-eu-2» | mysql |\n+------+--------+\n",
			},
			fp: []string{"| State |\n|---|\n| running |\n",
				"||   Role  ||\n|+----+----+|\n||  CreateDate  |  2024-09-02  ||\n||  Path  |  /  ||\n",
				"||  AttributeDefinitions  ||\n|+---+---+|\n||  AttributeName  |  AttributeType  ||\n|+---+---+|\n||  pk  |  S  ||\n",
				"|  Key  |  Name  |\n+--+--+\n|  x  |  UpdateFunctionConfiguration20150331v2  |\n",
				"| Setting | Value |\n|---|---|\n| password | see the vault |\n"},
		},
		{
			id: "csv-column", typ: "iam-user-name", kind: kindContext, first: "",
			keywords: []string{",", "\t"},
			tp: []string{
				"NETWORKACLS\t«acl-0f2b7d91e4c6a3850»\tfalse\nTAGS\tName\t«orbital-data-public»\n||  Name          |  «orbital-data-private-nacl»   ||\n",
				"STATE\t16\trunning\nTAGS\tName\t«report-renderer-03»\nTAGS\tCostCenter\t«KV-4471»\nTAGS\tOwner\t«tobias.wenzel@korvane.de»\n",
				"PARAMETERS\tx\ttext\t2026-11-01\t/hp/x\tSecureString\t«zP4nQ8rT1vX6wY3bM9kC»\t2\n",
				"ACCOUNTS\tarn:aws:organizations::«618402957731»:account/«o-5tn3qv8wzk»/«227391460158»\t«aws-grants-prod@pennywhistle.org.uk»\t«227391460158»\tCREATED\t2023-05-17T14:40:09+01:00\t«Grants Portal Prod»\tACTIVE\n",
				"arn:aws:secretsmanager:us-east-1:«123456789012»:secret:«grants/portal/smtp»-«Rk2Tq8»\t2026-01-01\tgrants/portal/smtp\t«Otter-Quill-19»\t0f7c3b92-e6a1-4d58-b8e4-2c91a7d05f3e\n",
				"Resource Type,Resource ID,Resource Name,Region\nAWS::EC2::Instance,«i-0e3b7d1f5a9c24086»,«bwe-scada-hist-02»,ap-southeast-1\n",
				"$ aws backup list-backup-jobs --query 'BackupJobs[].[ResourceType,ResourceName,State]' --output table\n" +
					"+-------+------------------+-----------+\n|  EC2  |  «cr-bastion-usw2» |  COMPLETED |\n",
				"$ aws emr list-steps --cluster-id x --query 'Steps[].[Id,Name,Status.State]' --output text\nabc\t«sessionize-clickstream»\tFAILED\n",
				"identity/LineItemId,lineItem/ProductCode,lineItem/ResourceId,lineItem/UnblendedCost,resourceTags/user:Name\nr7qp,AmazonS3,«qm-billing-invoice-pdfs»,45.60,«quillmere-ledger-api-02»\n",
				"user,arn,user_creation_time,password_enabled\n«deploy-bot»,arn:aws:iam::«123456789012»:user/«deploy-bot»,2024-01-01T00:00:00+00:00,false\n«maria»,arn:aws:iam::«123456789012»:user/«maria»,2024-01-01T00:00:00+00:00,true\n",
			},
			fp: []string{"$ aws ec2 describe-instances --query 'Reservations[].Instances[].[InstanceType,State.Name]' --output text\nt3.micro\trunning\n", "name,state,type\nweb,running,t3.micro\n", "COLUMNINFO\tresource_tags_user_owner\tvarchar\nCOLUMNINFO\tcost\tdouble\n"},
		},
		{
			id: "resource-name", typ: "resource-name", kind: kindHeuristic, first: alnum, shape: shNameish,
			notShape: shQuotedKey,
			match:    matchNameToken,
			tp: []string{
				"| Lumen archive |  False | «JID4d7e2a91-0c3f-4b58-9e16-a2f8d0c7b354»| InTransitToAWS|", "// scout aws --profile «qp-sec-ro» --regions ap-southeast-2", "I created a role named «TW-BreakGlass»; the user is «ci_deployer» now", "the bucket called «fm-raw-2» holds it",
				"la rola „«ci-deployer»” i role “«ci-deployer-2»”, the role ‘«ci-deployer-3»’",
				"Временного пользователя «contractor-kuznetsov» удалить; в бакете «acme-media-uploads-7»",
				"kova adı «acme-media-uploads» ve tabel «ledger_audit_log» di job «purge-audit-harian»", "บัคเก็ต«acme-datalake»",
				"ssh -i ~/.ssh/«bl-ops-2025».pem ubuntu@host", "    IdentityFile ~/.ssh/«tidewell-prod-ops».pem",
				"draining in «orbit-checkout-tg-blue» before the cutover; the «ledgerly-worker-queue» backs up",
				`{\"stdout\": \"FATAL: password authentication failed for user \\\"«otter_batch»\\\"\"}`,
				"TargetGroupBinding payments «k8s-payments-paymenta-4e6b21d9f0» Synced; 2026-11-25 23:01:14 «qp-audit-box» scout[48812] INFO",
				"- `«sg-0a7c3e9f1b5d28046»` (`«hp-bastion-sg»`): inbound 22; | «corvane-athena-results-264118097352» | S3 |; Slack #«tsubame-sre»",
				"el servicio «cobros-api» y la alarma «guacamaya-cobros-5xx»",
				"$ kubectl -n payments describe pod «ledger-api-7c9f4d8b6-x2kqp»",
				`names = {"«i-0b7e3a9c1f5d24068»": "«fermoy-erp-app01»", "«i-04c8f2a6e1b9d7035»": "«fermoy-erp-db01»"}`,
				"(service «billing-worker») started (task «8e2f4c1a9b7d40e6a3c5f0b2d9e71c84») in secret '«ledger-db-conn»'",
				`module.buckets["«saltmarsh-raw-landing»"].aws_s3_bucket.this will be created; aws_iam_user.ci["«jenkins-legacy»"]`,
				"| 14:09 | CloudWatch alarm `«mb-orders-db-conn-high»` fires; Pipeline `«orders-svc-deploy»` starts |",
				"09:12 알람 `«dorim-pay-queue-age»`가 ALARM 상태로 전환. CodePipeline `«dorim-notify-pipeline»`에서 배포",
				"メッセージが滞留中、DLQ は«sakura-invoice-dlq»。 the DLQ «acme-orders-dlq» is full",
				"La tabla DynamoDB «cobros-tabla-pagos» está limitada; la función «cobros-diarios-fn» falló",
				"# Time: 2026-11-25T10:00:00Z\nuse «crm_live»;\nSELECT 1;",
				`FATAL:  password authentication failed for user "«etl_reader»"`, "the table «orders_2024» is hot",
				"la cola «cobros-pendientes-q» tiene 300 mensajes; el rol «olivar-ecs-tarea»",
				"Lambda 函数 «huaxin-risk-scorer» 的环境变量, 表 «huaxin-orders-v2»",
				`the instance «stg-web-03» (m6i.4xlarge) stopped`,
				`check whether the bucket «kestrel-stg-exports» still needs public read`,
				`Please update the Lambda «QuillPayImageResizer» (its env var)`,
				`«kestrel-stg-exports» 버킷에서 객체를 삭제했습니다`, "唯讀帳號«finops-readonly»的主控台，用户名«hm_mq_app»，私有托管区«Z0836174Q2WJX7KD9RM4»解析，目標群組«tg-sms-proxy»是否",
				"la funzione Lambda «notifiche-consegne» deve processare la coda «consegne-eventi» (zona «Z04417263KQ8XB2MJ7PLD»)", "- 호스팅 영역：«Z0947218VNQ3KXT5LR8DM» (프라이빗), Athena 워크그룹 «dp-analysts»의 쿼리, Glue 잡 «dp-orders-to-parquet»가 실패",
				`Writing 344 items to DynamoDB table «Saebyeok-qa-Devices»`,
				`node NotReady in «sorrel-qa-eks»`,
			},
			fp: []string{"amz-sdk-invocation-id:c2e9f4a1-7b03-4d58-9e16-a0d7c3b5f284\namz-sdk-request:attempt=1; max=3\n", "[http-outgoing-14] >> POST", "--query '{sub:stagingAreaSubnetId,tags:stagingAreaTags}'", "$ aws mgn start-test --x y", "INFO [ssm-session-worker] started", "| lgw-rtb | direct-vpc-routing |", "the cluster was up-to-date", "the database is Multi-AZ", "the queue is FIFO-ordered", "the stack is UPDATE_ROLLBACK_COMPLETE", "the role is read-only", "the user named admin", "aws ec2 wait nat-gateway-available --nat-gateway-ids x", "Dead-letter queue: none", " encryption-algorithm aes-128-cbc;\n dh-group group14;\n exit-address-family\n no bgp ebgp-requires-policy\n", "ike=aes256-sha256-modp2048!", "plugin test_decoding, method=scram-sha-256", "shared_preload_libraries = pgaudit", "Oracle Database 19c Enterprise Edition", `"module":"botocore.exceptions"`, "Calls apigateway:GET on /restapis/{restApiId}/stages/{stageName}.", "aws ce provide-anomaly-feedback --monitor-arn x", "pod-template-hash=6d9f7c8b5", "SigningCertURL: https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-9c6465fa7f48f5cacd23014631ec1136.pem",
				"an end-to-end test, state-of-the-art tooling, kube-state-metrics and cert-manager-webhook",
				"$ aws backup list-backup-jobs --by-state FAILED; rds-storage-encrypted is NON_COMPLIANT", "Client=SSH-2.0-OpenSSH_8.9p1 Role=", "see issue #4411 and #fff", "## heading-two",
				`aws iam get-account-authorization-details --filter Role LocalManagedPolicy`, "(ASG の CreateOrUpdateTags) で",
				`export async function publishOrder(event) {`, `IRSA role is set on the service account. The account is fine.`,
				`resource "aws_sqs_queue" "lambda_dlq" {`, `Error: assuming role: operation error STS: AssumeRole`,
				"STANDARD_IA storage class and insufficient_data alarms", `instance_type = "t3.micro"`,
				`qa-307`, `kube-system`, `the instance is running`, `UPDATE_ROLLBACK_COMPLETE`, `DevOps`,
				`aws-foundational-security-best-practices`, `the bucket policy`,
			},
		},
	}
}

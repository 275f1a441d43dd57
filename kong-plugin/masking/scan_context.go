package masking

import (
	"bytes"
	"encoding/binary"
	"slices"
)

// Context rules. Many names are only recognisable by what stands next to them: a JSON, YAML,
// HCL, INI or dotenv key ("DBInstanceIdentifier": "x", role_name = "x", BUCKET=x), a CLI flag
// (--function-name x), a table column ("| Name |"), or a prose keyword ("the bucket x",
// "x 버킷"). The key tables generalise by family: a key is normalised (lower case, no '_', '-',
// '.') and looked up exactly, then by suffix ("...bucketname", "...rolename", "...password"),
// so a field of a known resource kind is covered whatever service emits it.

// valueMode says how a key's value may be shaped.
type valueMode uint8

const (
	modeName   valueMode = iota // a single token: no spaces
	modeSpaces                  // may contain spaces (tag values, alarm names)
	modeSecret                  // any non-space token (keys, passwords, tokens)
	modeDomain                  // a host name
)

// keyType maps a normalised key to a secret type and value mode; "" when the key says
// nothing. Exact keys first, then suffixes.
func keyType(k []byte) (string, valueMode) {
	switch string(k) {
	case "name", "tagname", "nametag":
		return "name", modeSpaces
	case "keyname", "keypair", "keypairname", "sshkeyname":
		return "key-pair-name", modeName
	case "identifier", "dbidentifier", "rdsidentifier", "dbinstance", "dbcluster", "sourcedbinstanceidentifier":
		return "rds-identifier", modeName
	case "cluster", "ecscluster", "ekscluster", "clusterid":
		return "cluster-name", modeName
	case "function", "lambda", "lambdafunction":
		return "lambda-function-name", modeName
	case "table", "ddbtable", "dynamodbtable", "dynamotable":
		return "dynamodb-table-name", modeName
	case "bucket", "s3bucket", "bucketid", "s3bucketid", "logbucket", "targetbucket", "sourcebucket", "destinationbucket":
		return "s3-bucket", modeName
	case "role", "iamrole", "rolesessionname", "sessionname":
		return "iam-role-name", modeName
	case "user", "iamuser", "iamusername":
		return "iam-user-name", modeName
	case "queue", "sqsqueue", "dlq":
		return "sqs-queue-name", modeName
	case "topic", "snstopic":
		return "sns-topic-name", modeName
	case "loggroup", "cloudwatchloggroup", "awslogsgroup":
		return "log-group", modeName
	case "asg", "autoscalinggroup":
		return "asg-name", modeName
	case "repository", "repositoryname", "ecrrepository", "reponame":
		return "ecr-repository", modeName
	case "distribution", "distributionid", "cloudfrontdistributionid", "cloudfrontid":
		return "cloudfront-id", modeName
	case "hostedzoneid", "zoneid", "hostedzone", "txtownerid", "route53zoneid":
		return "route53-zone-id", modeName
	case "domain", "domainname", "validationdomain", "customdomain", "fqdn", "domainfilters", "hostname",
		"host", "servername", "dnsname":
		return "customer-domain", modeDomain
	case "ownerid", "canonicalid", "canonicaluserid", "bucketownerid":
		return "resource-id", modeName
	case "displayname", "accountalias", "accountname", "ownername", "ownerdisplayname", "cloudaccount", "cloudaccountname",
		"subscriptionname", "awsaccountname", "awsaccountalias":
		return "account-alias", modeSpaces // (CSPM exports: CloudAccount, cloud.account.name, subscriptionName)
	case "alarmname", "alarm":
		return "alarm-name", modeSpaces
	case "imagename", "aminame":
		return "ami-name", modeName
	case "family", "taskdefinitionfamily":
		return ecsTaskFamily, modeName
	case "stackname", "stack":
		return "cfn-stack-name", modeName
	case "statemachinename", "statemachine":
		return "state-machine-name", modeName
	case "kmskeyid", "keyid", "targetkeyid", "kmsmasterkeyid", "kmskey", "sseawskmskeyid", "kmskeyalias":
		return "kms-key-id", modeName
	case "password", "passwd", "pwd", "pass", "secret", "clientsecret", "dbpass", "sensitivevalue", "passwords",
		"requirepass", "masterauth":
		return "password", modeSecret
	case "secretaccesskey", "awssecretaccesskey", "secretkey", "awssecretkey", "secretaccesskeyid":
		return "secret-access-key", modeSecret
	case "sessiontoken", "awssessiontoken", "securitytoken", "awssecuritytoken":
		return "session-token", modeSecret
	case "servicename", "ecsservice", "ecsservicename", "service", "services":
		return "ecs-service-name", modeName
	case "nodegroupname", "nodegroup", "fargateprofilename":
		return "eks-nodegroup-name", modeName
	case "loadbalancername", "targetgroupname", "lbname", "albname", "nlbname", "elbname":
		return "elb-name", modeName
	case "cacheclusterid", "replicationgroupid", "elasticachecluster":
		return "elasticache-cluster", modeName
	case "streamname", "deliverystreamname", "kinesisstream":
		return "kinesis-stream-name", modeName
	case "secretname", "secretid":
		return "secret-name", modeName
	case "usergroup", "groupname", "securitygroupname", "dbsubnetgroupname", "subnetgroup":
		return "group-name", modeName
	case "instanceprofile", "iaminstanceprofile", "instanceprofilename":
		return "iam-role-name", modeName
	case "principalid":
		return "principal-id", modeName
	case "userpoolid", "identitypoolid", "cognitouserpoolid", "cognitoidentitypoolid", "clientid", "appclientid", "userpoolclientid":
		return "cognito-id", modeName
	case "restapiid", "apiid", "httpapiid", "websocketapiid":
		return "apigw-id", modeName
	case "id", "uuid": // "UUID": a Lambda event source mapping
		return "resource-id", modeName
	case "physicalresourceid", "resourceid", "resourcename", "physicalid":
		return "resource-name", modeName
	case "netbiosname", "shortname", "netbiosdomainname":
		return "windows-domain", modeName // Directory Service and FSx: the domain's or the server's NetBIOS name
	case "mountname":
		return "fsx-mount-name", modeName // FSx for Lustre: the file system's generated mount name
	case "uid", "userid", "dbuid":
		return "db-username", modeName
	case "username", "masterusername", "dbuser", "dbusername", "rolearn", "userarn":
		return "iam-user-name", modeName
	case "email", "emailaddress", "owneremail", "contact":
		return "email", modeName
	case "givenname", "familyname", "firstname", "lastname", "fullname", "middlename":
		return "person-name", modeSpaces
	case "googlesiteverification", "mssitedomainverification", "facebookdomainverification", "atlassiandomainverification":
		return "verification-token", modeSecret // DNS TXT records that prove domain ownership
	case "cookie", "setcookie", "authorization", "proxyauthorization", "xapikey", "xauthtoken", "xamzsecuritytoken":
		return "password", modeSecret // HTTP headers in WAF and ALB logs: {"name": "Cookie", "value": ...}
	case "vpcname", "subnetname", "envname", "environmentname", "projectname", "servicetag", "application",
		"app", "team", "costcenter", "project":
		return "tag-value", modeName
	case "awsrolesessionname", "rolesessionnameprefix":
		return "iam-role-name", modeName
	case "thingid", "cacertificateid", "certificateid", "directconnectgatewayid", "healthcheckid", "healthcheck", "firewallpolicyid", "vpclinkid", "firewallid",
		"rulegroupid", "firewallarn", "healthcheckids", "opsitemid", "hsmid", "sourcebackupid", "brokerid", "serverid",
		"guardrailidentifier", "guardrailid", "policystoreid", "knowledgebaseid", "datasourceid", "agentid",
		"agentaliasid", "actiongroupid", "slackteamid", "slackchannelid", "slackworkspaceid", "teamid", "channelid",
		"contactid", "hoursofoperationid", "routingprofileid", "assetmodelid", "assetid", "vmwareuuid", "sourceserverid",
		"recoveryinstanceid", "campaignid", "campaignactivityid", "treatmentid", "macaddress",
		"environmentid", "configurationprofileid", "applicationid", "deploymentstrategyid", "extensionid":
		return "resource-id", modeName // ... AppConfig's seven-character IDs
	case "phonenumber", "phone", "mobile", "mobilephone", "phone_number", "telephone", "msisdn", "originationnumber",
		"snsoriginationnumber", "destinationnumber", "callernumber":
		return "phone-number", modeSpaces
	case "sub", "usersub", "cognitosub", "cognitousersub":
		return "resource-uuid", modeName // a Cognito user's subject (a JWT's sub claim): the person, by UUID
	case "aud":
		return "client-id", modeName // a JWT's audience: a Cognito app client
	case "taskdefinition", "ecstaskdefinition":
		return ecsTaskFamily, modeName // "ecs_task_definition": "larkspur-gateway:88": the family, then its revision
	case "subscriptionfilter":
		return "resource-name", modeName
	case "xamzsignature", "signature", "receipthandle", "xamzcredential":
		return "password", modeSecret // a presigned URL's or a request's signature, an SQS receipt handle
	case "tenant", "tenantname", "tenantid", "customer", "customername", "customerid", "merchant", "merchantname",
		"xtenant", "xtenantid", "merchantid", "organizationslug", "orgslug":
		return "tenant", modeSpaces // S3 Hive partitions (tenant=x), Kubernetes labels, tags: the customer's customers
	case "db":
		return "database-name", modeName // db=feature_store in a log line
	case "virtualinterfacename", "directconnectgatewayname", "healthcheckname", "firewallname", "firewallpolicyname",
		"rulegroupname", "acceleratorname", "vpclinkname":
		return "resource-name", modeName
	case "cognitoidentityid", "identityid":
		return "cognito-id", modeName
	case "grantid":
		return "kms-grant-id", modeName
	case "hostkeyfingerprint", "fingerprint", "keyfingerprint":
		return "key-fingerprint", modeName
	case "sourcepolicyid":
		return "iam-policy-name", modeName // iam simulate-principal-policy: the policy a statement came from
	case "serviceaccount", "serviceaccountname", "k8sserviceaccount":
		return "k8s-service-account", modeName
	case "githuborg", "githubowner", "githuborganization", "gitlabgroup", "gitlabnamespace":
		return "github-org", modeName
	case "userpooldomain":
		return "cognito-domain", modeName // the hosted UI's prefix
	case "ec2keypair", "sshkeypair":
		return "key-pair-name", modeName
	case "deliverystream", "securityconfiguration", "crawlersecurityconfiguration", "usergroupids":
		return "resource-name", modeName // Firehose streams, EMR and Glue security configurations
	case "owner", "createdby", "contactname", "author", "maintainer":
		return "tag-value", modeSpaces // a person's full name ("Owner": "Marguerite Okafor")
	}
	// families by suffix: the resource kind is the last word of the key
	return keySuffixType(k)
}

// paginationToken: keys whose token is an opaque cursor or an idempotency token, not a
// credential.
func paginationToken(k []byte) bool {
	return hasSuffix(k, "nexttoken") || hasSuffix(k, "paginationtoken") || hasSuffix(k, "continuationtoken") ||
		hasSuffix(k, "clienttoken") || hasSuffix(k, "idempotencytoken") || hasSuffix(k, "starttoken") ||
		hasSuffix(k, "requesttoken") || hasSuffix(k, "updatetoken")
}

// keySuffixType matches key families by their last word, longest suffixes first.
func keySuffixType(k []byte) (string, valueMode) {
	if len(k) == 0 {
		return "", modeName
	}
	if hasPrefix(k, "secrettoauthenticate") {
		return "password", modeSecret // Storage Gateway's CHAP secrets (SecretToAuthenticateInitiator, ...Target)
	}
	switch k[len(k)-1] {
	case 's':
		if hasSuffix(k, "authcredentials") || hasSuffix(k, "basicauth") {
			return "password", modeSecret // Amplify basicAuthCredentials: base64 of user:password
		}
	case 'y':
		if hasSuffix(k, "authkey") || hasSuffix(k, "sharedkey") {
			return "password", modeSecret // BGP authentication keys, VPN pre-shared keys
		}
		if hasSuffix(k, "routingkey") || hasSuffix(k, "integrationkey") || hasSuffix(k, "pagerdutykey") ||
			hasSuffix(k, "licensekey") {
			return "api-key", modeSecret // PagerDuty routing and integration keys, license keys
		}
		if hasSuffix(k, "secretaccesskey") {
			return "secret-access-key", modeSecret
		}
		if hasSuffix(k, "apikey") || hasSuffix(k, "privatekey") || hasSuffix(k, "signingkey") || hasSuffix(k, "secretkey") ||
			hasSuffix(k, "masterkey") {
			return "password", modeSecret
		}
	case 'n':
		if hasSuffix(k, "sessiontoken") {
			return "session-token", modeSecret
		}
		if hasSuffix(k, "token") && !paginationToken(k) {
			return "password", modeSecret // API, access, refresh, bearer and registry tokens
		}
	case 'd':
		if hasSuffix(k, "password") {
			return "password", modeSecret
		}
		if hasSuffix(k, "passwd") {
			return "password", modeSecret
		}
		if hasSuffix(k, "canonicalhostedzoneid") || hasSuffix(k, "canonicalhostedzonenameid") {
			return "", modeName // a load balancer's canonical zone is AWS's, per region
		}
		if hasSuffix(k, "hostedzoneid") {
			return "route53-zone-id", modeName
		}
		if hasSuffix(k, "zoneid") {
			return "route53-zone-id", modeName
		}
		if hasSuffix(k, "distributionid") {
			return "cloudfront-id", modeName
		}
		if hasSuffix(k, "kmskeyid") {
			return "kms-key-id", modeName
		}
		if hasSuffix(k, "keypairid") {
			return "key-pair-id", modeName // CloudFront signing key pairs
		}
		if hasSuffix(k, "keyid") {
			return "kms-key-id", modeName
		}
		if hasSuffix(k, "authorizerid") || hasSuffix(k, "integrationid") {
			return "apigw-id", modeName // API Gateway authorizers and integrations
		}
		if hasSuffix(k, "activationid") || hasSuffix(k, "deploymentid") {
			return "resource-id", modeName // SSM activations, deployments
		}
		if hasSuffix(k, "externalid") {
			return "external-id", modeSecret // the shared secret of a cross-account role
		}
		if hasSuffix(k, "clientid") && !hasSuffix(k, "oauthclientid") {
			return "client-id", modeName // Cognito app clients, OAuth clients
		}
	case 't':
		if hasSuffix(k, "configurationset") {
			return "ses-configuration-set", modeName
		}
		if hasSuffix(k, "secret") {
			return "password", modeSecret // client, webhook, JWT signing secrets
		}
		if hasSuffix(k, "bucket") {
			return "s3-bucket", modeName
		}
	case 'r':
		if hasSuffix(k, "taskidentifier") || hasSuffix(k, "endpointidentifier") || hasSuffix(k, "groupidentifier") {
			return "resource-name", modeName // DMS replication tasks and endpoints, ElastiCache groups
		}
		if hasSuffix(k, "instanceidentifier") {
			return "rds-identifier", modeName
		}
		if hasSuffix(k, "clusteridentifier") {
			return "rds-identifier", modeName
		}
		if hasSuffix(k, "snapshotidentifier") {
			return "rds-snapshot", modeName
		}
		if hasSuffix(k, "cluster") {
			return "cluster-name", modeName
		}
	case 'e':
		if hasSuffix(k, "functionname") {
			return "lambda-function-name", modeName
		}
		if hasSuffix(k, "tablename") {
			return "dynamodb-table-name", modeName
		}
		if hasSuffix(k, "bucketname") {
			return "s3-bucket", modeName
		}
		if hasSuffix(k, "rolename") {
			return "iam-role-name", modeName
		}
		if hasSuffix(k, "username") {
			return "iam-user-name", modeName
		}
		if hasSuffix(k, "clustername") {
			return "cluster-name", modeName
		}
		if hasSuffix(k, "queuename") {
			return "sqs-queue-name", modeName
		}
		if hasSuffix(k, "topicname") {
			return "sns-topic-name", modeName
		}
		if hasSuffix(k, "loggroupname") {
			return "log-group", modeName
		}
		if hasSuffix(k, "autoscalinggroupname") {
			return "asg-name", modeName
		}
		if hasSuffix(k, "domainname") {
			return "customer-domain", modeDomain
		}
		if hasSuffix(k, "statemachinename") {
			return "state-machine-name", modeName
		}
		if hasSuffix(k, "policyname") {
			return "iam-policy-name", modeName
		}
		if hasSuffix(k, "aliasname") {
			return "kms-alias", modeName
		}
		if hasSuffix(k, "secretname") {
			return "secret-name", modeName
		}
		if hasSuffix(k, "repositoryname") {
			return "ecr-repository", modeName
		}
		if hasSuffix(k, "stackname") && !hasSuffix(k, "solutionstackname") {
			return "cfn-stack-name", modeName
		}
		if hasSuffix(k, "table") {
			return "dynamodb-table-name", modeName
		}
		if hasSuffix(k, "accountname") {
			return "account-alias", modeSpaces // LinkedAccountName: an account's display name
		}
		if hasSuffix(k, "keyname") && !hasSuffix(k, "contextkeyname") && !hasSuffix(k, "tagkeyname") {
			return "key-pair-name", modeName // Ec2KeyName, ssh_key_name
		}
		if hasSuffix(k, "groupname") || hasSuffix(k, "vaultname") || hasSuffix(k, "templatename") || hasSuffix(k, "indexname") ||
			hasSuffix(k, "connectionname") || hasSuffix(k, "streamname") || hasSuffix(k, "instancename") ||
			hasSuffix(k, "workgroupname") || hasSuffix(k, "pipelinename") || hasSuffix(k, "jobname") ||
			hasSuffix(k, "crawlername") || hasSuffix(k, "namespacename") || hasSuffix(k, "aggregatorname") ||
			hasSuffix(k, "thingtypename") || hasSuffix(k, "gatewayname") || hasSuffix(k, "filesharename") ||
			hasSuffix(k, "aclname") || hasSuffix(k, "stacksetname") || hasSuffix(k, "containername") ||
			hasSuffix(k, "variantname") || hasSuffix(k, "configname") || hasSuffix(k, "endpointname") ||
			hasSuffix(k, "experimentname") || hasSuffix(k, "workflowname") || hasSuffix(k, "datasetname") ||
			hasSuffix(k, "dashboardname") || hasSuffix(k, "brokername") || hasSuffix(k, "servername") {
			return "resource-name", modeName // subnet, parameter and option groups, vaults, indexes, streams, ...
		}
		if hasSuffix(k, "alarmname") {
			return "alarm-name", modeSpaces
		}
		if hasSuffix(k, "databasename") || string(k) == "dbname" || string(k) == "database" {
			return "database-name", modeName
		}
		if hasSuffix(k, "clientname") {
			return "client-name", modeName
		}
		if hasSuffix(k, "rulename") {
			return "rule-name", modeName // Config, WAF, EventBridge rules
		}
	case 'g':
		if hasSuffix(k, "secretstring") {
			return "password", modeSecret // Secrets Manager's secret value
		}
	case 'p':
		if hasSuffix(k, "loggroup") {
			return "log-group", modeName
		}
		if hasSuffix(k, "parametergroup") || hasSuffix(k, "subnetgroup") || hasSuffix(k, "optiongroup") {
			return "resource-name", modeName // DBClusterParameterGroup, CacheSubnetGroup
		}
		if hasSuffix(k, "workgroup") {
			return "resource-name", modeName // Athena workgroups
		}
	}
	if hasSuffix(k, "policyid") || hasSuffix(k, "storeid") || hasSuffix(k, "mappingid") {
		// "--policy-id <uuid>" (Firewall Manager), event data stores: a UUID names the resource.
		// Not every ID key: an operation's, a run's or a recommendation's UUID stays readable
		return "resource-uuid", modeName
	}
	return "", modeName
}

// normKey lower-cases k and drops '_', '-', '.', writing into buf; ok is false when k has
// other punctuation or does not fit.
func normKey(k []byte, buf []byte) ([]byte, bool) {
	w := buf[:0]
	for _, c := range k {
		switch {
		case isUpper(c):
			w = append(w, c|0x20)
		case isLower(c) || isDigit(c):
			w = append(w, c)
		case c == '_' || c == '-' || c == '.':
		default:
			return nil, false
		}
		if len(w) == cap(w) {
			return nil, false
		}
	}
	return w, true
}

func isKeyByte(c byte) bool { return nameClass[c] != 0 } // letters, digits, '_', '-', '.'

// keyMemo remembers a key that says nothing: text[at:at+n].
type keyMemo struct{ at, n int32 }

// maxKeyLen is the longest key matchKeyValue reads.
const maxKeyLen = 48

// keyEntry is what normKey and keyType said about one raw key.
type keyEntry struct {
	typ   string
	mode  valueMode
	ok    bool // normKey accepted the key
	rawN  uint8
	normN uint8
	raw   [maxKeyLen]byte
	norm  [maxKeyLen]byte
}

// keyCache remembers, by the key's raw bytes, what normKey and keyType say about it: both are
// pure functions of those bytes, so an entry is valid for any text, segment or request, and
// the cache outlives the scan (a request repeats a few dozen keys thousands of times).
type keyCache [128]keyEntry

// keyCacheSize is the memory a keyCache holds.
const keyCacheSize = 128 * 120

// lookup returns the normalised key (copied into buf), its type and value mode for the raw key
// raw whose hash is h, computing and remembering them on a miss.
func (c *keyCache) lookup(raw []byte, h uint32, buf []byte) (key []byte, typ string, mode valueMode, ok bool) {
	e := &c[h%uint32(len(c))]
	if int(e.rawN) != len(raw) || string(e.raw[:e.rawN]) != string(raw) {
		key, ok = normKey(raw, buf)
		typ, mode = "", modeName
		if ok {
			typ, mode = keyType(key)
		}
		e.typ, e.mode, e.ok = typ, mode, ok
		e.rawN = uint8(copy(e.raw[:], raw))
		e.normN = uint8(copy(e.norm[:], key))
		return key, typ, mode, ok
	}
	return buf[:copy(buf, e.norm[:e.normN])], e.typ, e.mode, e.ok
}

// matchKeyValue: key SEP value, in JSON ("k": "v", \"k\":\"v\"), YAML (k: v), HCL and INI
// (k = "v"), dotenv (K=v), Go (K = "v", K := "v") and CLI (--k v, --k=v) shapes.
func matchKeyValue(s *scanState, i, ri int) int {
	text := s.text
	n := len(text)
	k := i
	var h uint32
	for lim := min(n, i+maxKeyLen+1); k < lim && nameClass[text[k]] != 0; k++ { // key bytes
		h = h*31 + uint32(text[k])
	}
	if k-i > maxKeyLen || k >= n {
		return -1
	}
	memo := &s.deadKeys[h%uint32(len(s.deadKeys))]
	if int(memo.n) == k-i && string(text[memo.at:int(memo.at)+k-i]) == string(text[i:k]) {
		return -1 // a key already found to say nothing ("InstanceType", "State")
	}
	if k < n && text[k] == '=' && k-i <= 2 && isUpper(text[i]) {
		if e := s.distinguishedName(i, ri); e > 0 {
			return e // CN=...,O=...,DC=...: an X.509 subject or an LDAP name
		}
	}
	flag := i >= 2 && text[i-1] == '-' && text[i-2] == '-'
	if curlUserFlag(text, i) {
		if typ, glued := shortFlagCred(text, i); typ != "" {
			return s.flagCred(i, typ, glued, ri) // mysql -u user
		}
		return s.userPass(skipBlanks(text, i+1), ri) // curl -u user:password
	}
	if !flag && i >= 2 && text[i-1] == '-' {
		if typ, glued := shortFlagCred(text, i); typ != "" {
			return s.flagCred(i, typ, glued, ri)
		}
	}
	if i > 0 && !flag && (text[i-1] == '_' || text[i-1] == '.' || text[i-1] == '-' || text[i-1] == '/') &&
		(text[i-1] != '-' || i >= 2 && text[i-2] != '\n' && (text[i-2] != ' ' && text[i-2] != '\t' || text[k] != '=')) &&
		(text[i-1] != '/' || text[k] != '=') {
		// (a single-dash option with '=' is a key: java -Ddb.password=x, flyway -password=x)
		return -1 // the tail of a longer key (application_name) or path; a diff's removed line (-key = v) and a Hive partition (/tenant=x/) are keys
	}
	j := k
	// closing quotes of the key, then blanks, then the separator
	for q := 0; j < n && q < 6 && (text[j] == '"' || text[j] == '\\' || text[j] == '\''); q++ {
		j++
	}
	sp := j
	for j < n && j-sp < maxKeyPad && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	if j >= n {
		return -1
	}
	spaced := false // KEY VALUE with no separator
	ctor := ""      // the resource type a constructor's first argument names
	if j == k && text[j] == '(' {
		ctor = constructorType(text[i:k])
	}
	xml := false
	switch c := text[j]; {
	case c == '>' && j == k && i > 0 && text[i-1] == '<':
		xml = true // <Key>value</Key>: S3, STS and EC2 Query API responses
		j++
	case c == ':' && j+1 < n && text[j+1] == '=':
		j += 2
	case c == ':':
		if j+1 < n && text[j+1] != ' ' && text[j+1] != '\t' && text[j+1] != '"' && text[j+1] != '\\' &&
			text[j+1] != '\n' && text[j+1] != '\'' && text[j+1] != '\r' {
			return -1 // arn:..., https://, 10:00
		}
		j++
	case c == '=':
		if j+1 < n && text[j+1] == '=' {
			return -1
		}
		j++
	case c == '(' && j == k && lookupByName(text[i:k]):
		// CDK lookups: s3.Bucket.fromBucketName(this, 'Id', 'name'), from_table_name(self, "Id",
		// "name"): the name is the last argument
		q := lastStringArg(text, j+1)
		if q < 0 {
			return -1
		}
		j = q
	case ctor != "" && j+1 < n && (text[j+1] == '\'' || text[j+1] == '"'):
		j++
	case c == ',' && j > k && phpDefine(text, i):
		j++ // define( 'DB_PASSWORD', 'value' ): WordPress and other PHP configs
	case flag && (c == ' ' || j > k):
		// --flag value: j already past the blanks
	case sp == k && j > sp && lineKey(text, i):
		// KEY<blanks>VALUE at the start of a config line (Fluent Bit, ssh, haproxy): only secret
		// keys are read this way, below
		spaced = true
	default:
		return -1
	}
	if s.keys == nil {
		s.keys = new(keyCache)
	}
	var buf [maxKeyLen]byte
	key, typ, mode, ok := s.keys.lookup(text[i:k], h, buf[:])
	if !ok {
		return -1
	}
	if i > 0 && text[i-1] == '/' && mode == modeSpaces {
		mode = modeName // a path's key=value segment (a Hive partition) is one word
	}
	if spaced && (mode != modeSecret || !spacedSecret(text, j)) {
		return -1
	}
	if flag && string(key) == "user" {
		if e := s.userPass(skipBlanks(text, j), ri); e > 0 {
			return e // curl --user user:password
		}
	}
	if typ == "" && string(key) == "account" && i >= 8 && string(text[i-8:i]) == "Service " {
		typ, mode = "k8s-service-account", modeName // kubectl describe: "Service Account:  NAME"
	}
	if string(key) == "uid" && text[j-1] != '=' {
		typ = "" // Uid=app in a connection string; "uid": <uuid> in Kubernetes and scanner output is an ID
	}
	if typ == "" && ctor != "" {
		typ, mode = ctor, modeName
	}
	if typ == "" && string(key) == "id" && i > 0 && text[i-1] == '[' {
		typ = "resource-name" // terraform: aws_s3_bucket.logs: Refreshing state... [id=NAME]
	}
	if string(key) == "id" && i >= 5 && hasPrefixFold(text[i-5:i], "user ") {
		typ, mode = "db-username", modeName // connection strings: User Id=app
	}
	if string(key) == "id" {
		if v := skipQuotes(text, skipBlanks(text, j)); v+36 <= n && isUUID(text[v:v+36]) && (v+36 == n || !isAlnum(text[v+36])) &&
			(bytes.Contains(text[v:min(n, v+240)], []byte(`"detail-type"`)) || bytes.Contains(text[max(0, i-80):i], []byte(`"version"`)) ||
				bytes.Contains(text[v:min(n, v+80)], []byte(`"createdAt"`))) {
			// an EventBridge event's ID ({"version": "0", "id": "<uuid>", "detail-type": ...}) or an
			// ECS service event's ({"id": "<uuid>", "createdAt": ...}): kept like other event IDs
			return -1
		}
	}
	if string(key) == "id" && (afterWords(text, i, "request") || afterWords(text, i, "event") ||
		afterWords(text, i, "query") || afterWords(text, i, "invocation") ||
		afterWords(text, i, "message") || afterWords(text, i, "trace") || afterWords(text, i, "correlation")) {
		return -1 // "Request ID: ...": request and event IDs stay readable
	}
	isValueKey := false
	switch string(key) {
	case "value", "values", "outputvalue", "parametervalue", "tagvalue", "stringvalue":
		isValueKey = true
	}
	if string(key) == "sensitive" {
		if v := skipBlanks(text, j); hasPrefix(text[v:], "true") {
			s.pendTyp, s.pendUntil = "password", v+160
		}
		return -1
	}
	if string(key) == "type" {
		if v, _ := valueStart(text, skipBlanks(text, j)); hasPrefix(text[v:], "SecureString") {
			// an SSM SecureString parameter: the Value that follows (the next members, or the
			// next lines of a YAML history item) is decrypted secret text, however short
			s.pendTyp, s.pendUntil = secureString, v+640
		}
		return -1
	}
	pairKey := false
	switch string(key) {
	case "key", "tagkey", "outputkey", "parameterkey":
		pairKey = true
		if text[j-1] == '=' {
			// SSM targets and tag filters: --targets "Key=tag:Role,Values=x", Key=InstanceIds,Values=i-...
			v := skipQuotes(text, skipBlanks(text, j))
			e := v
			for e < n && (isKeyByte(text[e]) || text[e] == '/') {
				e++
			}
			if e < n && (text[e] == ':' || hasPrefixFold(text[e:], ",values=") || hasPrefixFold(text[e:], ",value=")) {
				return s.cliFilter(v, e, ri) // also Key=SSOUserFirstName,Value=x (Service Catalog parameters)
			}
		}
	case "name":
		// pairs: {"name": "TABLE_NAME", "value": "x"}, - name: S3_BUCKET / value: x,
		// {"Name": "DBInstanceIdentifier", "Value": "x"} (CloudWatch dimensions),
		// {"Name": "/acme/prod/db/password", "Value": "x"} (SSM parameters); a name that is an
		// address ({"Name": "45.137.21.208", "Value": 1842213}, Shield's top contributors) is judged
		v := skipQuotes(text, skipBlanks(text, j))
		e := v
		for e < n && (isKeyByte(text[e]) || text[e] == '/') {
			e++
		}
		if text[j-1] == '=' && e < n && (text[e] == ':' || hasPrefixFold(text[e:], ",values=")) {
			// a CLI filter (--filters Name=replication-task-id,Values=x, Name=tag:Name,Values=x):
			// the filter name stays readable; its values are the kind it names
			return s.cliFilter(v, e, ri)
		}
		if e > v && (e >= n || text[e] == '"' || text[e] == '\\' || text[e] == '\n' || text[e] == ',') {
			var nb [64]byte
			if nk, ok := normKey(trimSlashes(text[v:e]), nb[:]); ok {
				pt, _ := keyType(nk)
				pairKey = pt != "" && pt != "name"
			}
			if !pairKey && isLetter(text[v]) && valueKeyFollows(text, e) {
				// {"Name": "InstanceId", "Value": "i-..."} (CloudWatch dimensions) and
				// {"Name": "attachment.instance-id", "Values": [...]} (API filters): the name is
				// AWS's word; the value is judged on its own
				return e
			}
		}
	}
	if pairKey {
		// "Key": "Name" / "eks:cluster-name" / "BucketName": the paired Value is that kind
		v := skipQuotes(text, skipBlanks(text, j))
		e := v
		for e < n && e-v < 64 && (isKeyByte(text[e]) || text[e] == ':' || text[e] == '/') {
			e++
		}
		var nb [64]byte
		w := nb[:0]
		for _, c := range text[v:e] {
			if isAlnum(c) {
				w = append(w, c|0x20)
			}
		}
		pt, _ := keyType(w)
		if pt == "name" {
			pt = "tag-value"
		}
		if pt == "" {
			return -1
		}
		if s.lastValue.end > 0 && s.lastValue.end <= i && s.lastValue.end+80 > i && sameObject(text[s.lastValue.end:i]) {
			// {"Value": "x", "Key": "Name"}: the value came first
			if acceptValue(text[s.lastValue.start:s.lastValue.end], pt, modeSpaces) {
				s.late = append(s.late, match{start: s.lastValue.start, end: s.lastValue.end, typ: pt, rule: ri})
			}
			s.lastValue = seg{}
			return -1
		}
		s.pairTyp, s.pairTill = pt, e+120
		return -1
	}
	if isValueKey {
		switch {
		case s.pairTill > i:
			typ, mode = s.pairTyp, modeSpaces
			if typ != "tag-value" {
				mode = modeName
			}
			s.pairTill = 0
		case s.pendUntil > i:
			typ, mode = s.pendTyp, modeSecret
			if typ != "password" && typ != secureString {
				mode = modeName
			}
			s.pendUntil = 0
		}
	}
	if typ == "" && (paginationToken(key) || string(key) == "sid") {
		// a cursor or an idempotency token (Console-UpdateStack-<uuid>): opaque, and nobody's
		// name; its parts are not judged on their own either
		if vs, quote := valueStart(text, skipBlanks(text, j)); vs < n && !hasPrefix(text[vs:], "S-1-5-") {
			// (a Windows SID under "Sid" is an identifier: judged on its own)
			if ve := valueEnd(text, vs, quote, modeName); ve > vs {
				return ve
			}
		}
		return -1
	}
	if typ == "" && len(key) > 4 && key[len(key)-1] == 's' && !flag && !xml {
		// a list under a plural key ("TableNames": ["a", "b"], "HealthCheckIds": [...]): each
		// element is the kind the singular key names
		if vs := skipBlanks(text, j); vs < n && (text[vs] == '[' || text[vs] == '\n' && text[j-1] == ':') {
			if lt, lm := keyType(key[:len(key)-1]); lt != "" && lm != modeSecret {
				if text[vs] == '[' {
					if e := s.nameList(vs, lt, ri); e > vs {
						return e
					}
				} else if e := s.yamlList(vs+1, lt, ri); e > vs {
					return e
				}
			}
		}
	}
	if typ == "" && !isValueKey {
		if string(key) != "id" && string(key) != "uid" {
			*memo = keyMemo{at: int32(i), n: int32(k - i)} // the same bytes say nothing anywhere
		}
		return -1
	}
	vs := skipBlanks(text, j)
	if vs >= n {
		return -1
	}
	if text[vs] == '!' && vs+1 < n && isUpper(text[vs+1]) {
		return -1 // a YAML tag (CloudFormation's !Sub, !Ref, !GetAtt): not a literal; what follows is scanned on its own
	}
	if text[vs] == '{' && !flag {
		s.pendTyp, s.pendUntil = typ, vs+160
		return -1
	}
	if text[vs] == '[' && mode == modeSecret && vs+1 < n && (text[vs+1] == '"' || text[vs+1] == '\'') {
		vs++ // "Password": ["..."] (scanner output lists the value)
	}
	var quote byte
	if xml {
		quote = '<'
	} else {
		if text[vs] == 'N' && vs+1 < n && text[vs+1] == '\'' && mode == modeSecret {
			vs++ // T-SQL's Unicode literal: WITH PASSWORD = N'x'
		}
		vs, quote = valueStart(text, vs)
	}
	if vs >= n {
		return -1
	}
	if quote == 0 && mode == modeSpaces && text[j-1] != ':' {
		mode = modeName // k=v: a blank ends the value; YAML k: v runs to the end of the line
	}
	if mode == modeSecret {
		for _, scheme := range [...]string{"Bearer ", "bearer ", "Basic ", "Token ", "AWS4-HMAC-SHA256 "} {
			if hasPrefix(text[vs:], scheme) {
				vs = skipBlanks(text, vs+len(scheme)) // Authorization: Bearer <token>: the credential follows its scheme
				break
			}
		}
	}
	// an identifier with a shape of its own gets its precise type
	if e := s.tryStructural(vs); e > vs {
		return e
	}
	if typ == "" {
		// a "Value" with no pending key: remember it in case "Key": "Name" follows
		if ve := valueEnd(text, vs, quote, modeSpaces); ve > vs && acceptValue(text[vs:ve], "tag-value", modeSpaces) {
			s.lastValue = seg{vs, ve, ve, 0}
		}
		return -1
	}
	ve := valueEnd(text, vs, quote, mode)
	if xml && (ve+2+k-i > n || text[ve] != '<' || text[ve+1] != '/' || string(text[ve+2:ve+2+k-i]) != string(text[i:k])) {
		return -1 // <Key>value</Key> only: "IDENTIFIED BY <secret>',0,SOCKET" is a redaction, not an element
	}
	if i > 0 && text[i-1] == '/' {
		if p := bytes.IndexByte(text[vs:ve], '/'); p >= 0 {
			ve = vs + p // ... and ends at the next '/'
		}
	}
	if quote == 0 && mode == modeSpaces {
		// an unquoted value that runs on: it ends where the line's next item begins
		// ("Owner: platform-messaging · Last reviewed by ...")
		for p := vs; p < ve; p++ {
			if c := text[p]; c == '|' || c == ';' || c == '(' || c >= 0x80 && p > vs && text[p-1] == ' ' {
				ve = p
				break
			}
		}
		for ve > vs && text[ve-1] == ' ' {
			ve--
		}
	}
	if ve <= vs {
		return -1
	}
	v := text[vs:ve]
	if quote == 0 && hasByte(v, '(') {
		return -1 // code: table = ddb.Table.from_table_name(self, ...)
	}
	if mode == modeSecret && quote == 0 && text[j-1] == ':' && allLetters(v) && isUpper(v[0]) && ve+1 < n && text[ve] == ' ' &&
		isLower(text[ve+1]) {
		return -1 // a log line after a step name (createSecret: Successfully put the secret), not a password
	}
	if quote == 0 && text[j-1] == '=' && constantName(v) && mode != modeSecret {
		return -1 // code: s3.put_object(Bucket=REPORT_BUCKET, ...) names a variable, not the bucket
	}
	if p := bytes.Index(v, []byte(":{{")); p > 0 && mode != modeSecret && !bytes.ContainsAny(v[:p], "{$:") {
		ve, v = vs+p, v[:p] // aws-auth's "username: ds-admin:{{SessionName}}": the literal part is the user
	}
	if mode != modeSecret && (bytes.Contains(v, []byte("${")) || bytes.Contains(v, []byte("{{"))) {
		return -1 // a template (circleci-${CIRCLE_BUILD_NUM}): rendered elsewhere; its literal part names nothing alone
	}
	if bytes.Contains(v, []byte("://")) {
		return -1 // a URL: its parts are the scanner's business
	}
	if string(key) == "service" && (hasPrefix(text[ve:], ", Status Code") || hasPrefix(text[ve:], "; Status Code")) {
		return -1 // an AWS SDK error's service ID: (Service: DynamoDb, Status Code: 400, Request ID: ...)
	}

	if typ == "name" && text[i] == 'n' && hasByte(v, ' ') {
		return -1 // YAML "name: Deploy to ECS": a label for people, not a resource
	}
	if typ == "name" && !compoundName(v) && hasPrefixFold(nextKey(text, ve), "version") {
		return -1 // {"Name": "Hadoop", "Version": "3.3.6"}: a software product, not a resource
	}
	if typ == "name" && text[i] == 'N' && (i == 0 || text[i-1] == '"' || xml || v[0] >= 0xe3) && len(v) >= 3 && (hasLetterRun(v, 2) || v[0] >= 0xe3) {
		typ = "tag-value" // "Name" = "acme-web" (Terraform tags, CLI JSON): the Name tag convention
	}
	if typ == "key-fingerprint" {
		if c := bytes.IndexByte(v, ':'); c > 0 && c < 8 {
			vs, v = vs+c+1, v[c+1:] // SHA256:..., MD5:...: the algorithm stays readable
		}
	}
	if hasPrefix(v, "alias/") && len(v) > 6 {
		vs, v = vs+6, v[6:] // KMS aliases keep their "alias/" prefix readable
		typ = "kms-alias"
	}
	if typ == "log-group" && v[0] == '/' {
		s.logGroupValue(vs, ve, ri)
		return ve
	}
	if typ == ecsTaskFamily {
		if c := bytes.LastIndexByte(v, ':'); c > 0 && c+1 < len(v) && allDigits(v[c+1:]) {
			ve, v = vs+c, v[:c] // the revision stays readable
		}
	}
	if typ == secureString {
		if placeholder(v) || tokenLike(v) || hasPrefix(v, "-----") {
			return -1 // a PEM key: the private-key rule masks its body
		}
		typ = "password"
	} else if !acceptValue(v, typ, mode) {
		return -1
	}
	s.emit(vs, ve, reportedType(typ), ri)
	return ve
}

// reportedType is the secret type a value judged as typ is reported as: two key types exist
// only to judge a value, a bare name key's ("name", reported as a Name tag's value) and an ID
// key's that takes only UUIDs ("resource-uuid", reported as a resource ID).
func reportedType(typ string) string {
	switch typ {
	case "name":
		return "tag-value"
	case "resource-uuid":
		return "resource-id"
	}
	return typ
}

// nameList reads the JSON list of strings at vs ('[') whose elements are of type typ: an
// element with a shape of its own gets its precise type, any other is judged as typ. It
// returns the end of the list, or -1 when the list does not start with a string (objects,
// numbers: scanned as usual).
func (s *scanState) nameList(vs int, typ string, ri int) int {
	text := s.text
	n := len(text)
	as := reportedType(typ)
	j := vs + 1
	for count := 0; count < 256; count++ {
		for j < n && (text[j] == ' ' || text[j] == '\n' || text[j] == '\r' || text[j] == '\t' || text[j] == ',') {
			j++
		}
		if j >= n || text[j] == ']' {
			return min(j+1, n)
		}
		ev, quote := valueStart(text, j)
		if quote != '"' || ev >= n {
			if count == 0 {
				return -1
			}
			return j
		}
		ee := ev
		for ee < n && ee-ev <= 256 && text[ee] != '"' && text[ee] != '\\' && text[ee] != '\n' {
			ee++
		}
		if ee >= n || ee-ev > 256 || text[ee] == '\n' {
			return j
		}
		if e := s.tryStructural(ev); e > ev {
			if e < ee {
				return e // an identifier that does not fill its string: the rest is scanned as usual
			}
		} else if v := text[ev:ee]; acceptValue(v, typ, modeName) && (typ != "resource-id" || opaqueID(v) || isUUID(v)) {
			s.emit(ev, ee, as, ri)
		} else if hasByte(v, ' ') {
			return max(ev, vs+1) // prose in a list: scanned as usual from here
		}
		j = ee
		for j < n && (text[j] == '"' || text[j] == '\\') {
			j++
		}
	}
	return j
}

// yamlList reads the YAML block list whose first line starts at ls ("  - a\n  - b") under a
// plural key: each item, one per line, is judged as typ. It returns the end of the last item
// read, or -1 when no item follows.
func (s *scanState) yamlList(ls int, typ string, ri int) int {
	text := s.text
	n := len(text)
	as := reportedType(typ)
	end := -1
	for count := 0; count < 256 && ls < n; count++ {
		p := ls
		for p < n && p-ls < 32 && text[p] == ' ' {
			p++
		}
		if p+2 > n || text[p] != '-' || text[p+1] != ' ' {
			break
		}
		le := lineEnd(text, p)
		vs, quote := valueStart(text, p+2)
		ve := valueEnd(text, vs, quote, modeName)
		if ve <= vs || ve != le && quote == 0 {
			if end < 0 {
				return -1
			}
			return ls // an item of several words: scanned as usual from its line
		}
		if e := s.tryStructural(vs); e > vs {
			if e < ve {
				return e
			}
		} else if acceptValue(text[vs:ve], typ, modeName) {
			s.emit(vs, ve, as, ri)
		}
		end = le
		ls = le + 1
	}
	return end
}

// secureString is the pending type a "Type": "SecureString" member gives the Value after it.
const secureString = "secure-string"

// ecsTaskFamily is the type of an ECS task definition's family; under a task definition key
// the value may carry its revision (family:revision), which stays readable.
const ecsTaskFamily = "ecs-task-family"

// nextKey returns the text from where the next member key of the same object would start,
// after the string ending at e: its closing quote (plain or escaped), a comma and blanks.
func nextKey(text []byte, e int) []byte {
	k := e
	for k < len(text) && k-e < 8 && (text[k] == '"' || text[k] == '\\' || text[k] == ',' || text[k] == ' ' || text[k] == '\n') {
		k++
	}
	return text[k:]
}

// valueKeyFollows reports whether the string ending at e is followed, in the same object, by
// a "Value" or "Values" key.
func valueKeyFollows(text []byte, e int) bool {
	t := nextKey(text, e)
	return hasPrefixFold(t, "value\"") || hasPrefixFold(t, "values\"") || hasPrefixFold(t, "value\\") || hasPrefixFold(t, "values\\")
}

// cliFilter reads the name of a CLI filter starting at v (its key bytes end at e) and makes
// the Values that follow the kind it names: tag filters' values are tag values, an ID or name
// filter's values are that resource. It returns the end of the filter name.
func (s *scanState) cliFilter(v, e, ri int) int {
	text := s.text
	n := len(text)
	if e < n && text[e] == ':' && hasPrefixFold(text[v:e], "tag") {
		for e < n && text[e] != ',' && text[e] != ' ' && text[e] != '"' && text[e] != '\n' {
			e++ // tag:Name, tag:team
		}
		s.pairTyp, s.pairTill = "tag-value", e+16
		return e
	}
	if e < n && text[e] == ':' {
		return e
	}
	var nb [64]byte
	nk, ok := normKey(text[v:e], nb[:])
	if !ok {
		return e
	}
	pt, _ := keyType(nk)
	switch {
	case pt == "name":
		pt = "tag-value"
	case (pt == "" || pt == "resource-uuid") && (hasSuffix(nk, "id") || hasSuffix(nk, "name") || hasSuffix(nk, "identifier")):
		pt = "resource-name" // replication-task-id, db-cluster-id, group-name
	}
	if pt != "" {
		s.pairTyp, s.pairTill = pt, e+16
	}
	return e
}

// lineKey reports whether the key at i starts its line (after indentation).
func lineKey(text []byte, i int) bool {
	j := i
	for j > 0 && i-j < 16 && (text[j-1] == ' ' || text[j-1] == '\t') {
		j--
	}
	return j == 0 || text[j-1] == '\n'
}

// spacedSecret reports whether the value at j, written after a secret key with no separator,
// looks like a credential rather than a sentence: one token to the end of the line, with a
// digit or a symbol in it.
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
	return e-j >= 6 && other
}

// shortFlagCred reports a credential in a short flag of a database or cache client at i (the
// flag's letter, after " -"): mysql -u USER -pPASSWORD (the password glued to -p), redis-cli
// -a PASSWORD, mongosh -u USER -p PASSWORD, sqlcmd -U USER -P PASSWORD, psql -U USER. The
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
	case 'u', 'p', 'a':
	case 'U', 'P':
	default:
		return "", false
	}
	if want = dbClient(lineCommand(text, i)); want == 0 {
		if want = clientInLine(text, i); want == 0 {
			return "", false
		}
	}
	switch {
	case c == 'u' && (want == 'm' || want == 'g'), c == 'U' && (want == 's' || want == 'q'):
		return "db-username", glued
	case c == 'p' && want == 'm' && glued, c == 'p' && want == 'g' && !glued, c == 'a' && want == 'r' && !glued,
		c == 'P' && want == 's':
		return "password", glued
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
	case "mongosh", "mongo", "mongodump", "mongorestore", "mongoexport", "mongoimport":
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

// distinguishedName masks an X.509 subject or LDAP distinguished name starting at i
// (CN=svc-underwriting,OU=Claims,O=Ferrowick Mutual Insurance,C=US;
// CN=KM-CA-02,DC=kestrelmoor,DC=local): the common name, the organisation and the domain
// components that name the customer. Organisational units, localities and countries stay
// readable. It returns the end of the name, or -1 when i does not start one of at least two
// components.
func (s *scanState) distinguishedName(i, ri int) int {
	text := s.text
	type comp struct{ attr, vs, ve int }
	var comps [16]comp
	nc := 0
	k := i
	for nc < len(comps) {
		a := k
		for k < len(text) && k-a < 3 && isUpper(text[k]) {
			k++
		}
		if k == a || k >= len(text) || text[k] != '=' {
			break
		}
		switch string(text[a:k]) {
		case "CN", "OU", "O", "DC", "L", "ST", "C":
		default:
			return -1
		}
		vs := k + 1
		ve := vs
		for ve < len(text) && ve-vs < 128 && text[ve] != ',' && text[ve] != '"' && text[ve] != '\n' && text[ve] != '\\' &&
			text[ve] != '/' && text[ve] != ';' && text[ve] != ')' {
			ve++
		}
		for ve > vs && text[ve-1] == ' ' {
			ve--
		}
		comps[nc] = comp{a, vs, ve}
		nc++
		k = ve
		if k+1 >= len(text) || text[k] != ',' {
			break
		}
		k++
		for k < len(text) && text[k] == ' ' {
			k++
		}
	}
	if nc < 2 {
		return -1
	}
	for _, c := range comps[:nc] {
		v := text[c.vs:c.ve]
		if c.ve == c.vs || placeholder(v) || commonWord(v) {
			continue
		}
		switch string(text[c.attr : c.vs-1]) {
		case "CN":
			s.emit(c.vs, c.ve, "certificate-subject", ri)
		case "O":
			if !publicIssuer(v) {
				s.emit(c.vs, c.ve, "organization-name", ri)
			}
		case "DC":
			if len(v) > 2 && !dnDomainWord(v) {
				s.emit(c.vs, c.ve, "customer-domain", ri)
			}
		}
	}
	return comps[nc-1].ve
}

// publicIssuer: organisations of public certificate authorities and tool defaults, which name
// no customer (Amazon, Let's Encrypt, openssl's Internet Widgits Pty Ltd).
func publicIssuer(v []byte) bool {
	switch string(v) {
	case "Amazon", "Amazon.com", "Amazon Web Services", "Let's Encrypt", "DigiCert Inc", "GlobalSign", "Sectigo Limited",
		"Internet Widgits Pty Ltd", "Default Company Ltd", "Kubernetes", "system:masters", "system:nodes":
		return true
	}
	return false
}

// dnDomainWord: domain components that name no one (corp, local, com).
func dnDomainWord(v []byte) bool {
	switch string(v) {
	case "corp", "local", "internal", "com", "net", "org", "lan", "intra", "ad", "ds", "int", "prod", "dev":
		return true
	}
	return false
}

// phpDefine reports whether the key at i is the first argument of PHP's define(: the quote
// before it, blanks and "define(".
func phpDefine(text []byte, i int) bool {
	if i < 1 || text[i-1] != '\'' && text[i-1] != '"' {
		return false
	}
	k := i - 1
	for k > 0 && (text[k-1] == ' ' || text[k-1] == '\t') {
		k--
	}
	return k >= 7 && string(text[k-7:k]) == "define("
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
	if c <= 0 || v+c+1 >= e || placeholder(text[v:e]) {
		return -1
	}
	if u := text[v : v+c]; !genericDBName(u) && !stopWord(u) {
		s.emit(v, v+c, "username", ri)
	}
	s.emit(v+c+1, e, "password", ri)
	return e
}

func skipBlanks(text []byte, j int) int {
	for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	return j
}

func skipQuotes(text []byte, j int) int {
	for q := 0; j < len(text) && q < 6 && (text[j] == '"' || text[j] == '\\' || text[j] == '\'' || text[j] == '`'); q++ {
		j++
	}
	return j
}

// sameObject: no object boundary ('{', '}', or a YAML list item "- ") lies between a Value
// and the Key that follows it.
func sameObject(b []byte) bool {
	for k, c := range b {
		switch c {
		case '{', '}':
			return false
		case '\n':
			j := k + 1
			for j < len(b) && b[j] == ' ' {
				j++
			}
			if j < len(b) && b[j] == '-' {
				return false
			}
		}
	}
	return true
}

// lookupByName: a CDK method that imports a resource by its name (fromBucketName,
// from_table_name, fromRoleName, ...).
func lookupByName(k []byte) bool {
	if d := bytes.LastIndexByte(k, '.'); d >= 0 {
		k = k[d+1:]
	}
	return len(k) > 8 && hasPrefix(k, "from") && (hasSuffixFold(k, "name") || hasSuffixFold(k, "name_v2") || hasSuffixFold(k, "namev2"))
}

// lastStringArg returns the offset of the opening quote of the last string literal among the
// arguments that start at a (just after '('), or -1 when there is none or the call does not
// close within 400 bytes.
func lastStringArg(text []byte, a int) int {
	last := -1
	for k := a; k < len(text) && k-a < 400; k++ {
		switch c := text[k]; c {
		case ')':
			return last
		case '(':
			return -1
		case '"', '\'':
			e := k + 1
			for e < len(text) && text[e] != c && text[e] != '\n' {
				e++
			}
			if e >= len(text) || text[e] != c {
				return -1
			}
			last, k = k, e
		}
	}
	return -1
}

// constructorType is the secret type of the name an SDK constructor's first argument gives
// (boto3 s3.Bucket('name'), Pulumi aws.lb.LoadBalancer("name")), or "" when k is not one.
func constructorType(k []byte) string {
	if d := bytes.LastIndexByte(k, '.'); d >= 0 {
		k = k[d+1:]
	}
	switch string(k) {
	case "Bucket", "BucketPolicy", "Object":
		return "s3-bucket"
	case "Table":
		return "dynamodb-table-name"
	case "Queue", "get_queue_url":
		return "sqs-queue-name"
	case "Topic":
		return "sns-topic-name"
	case "Function":
		return "lambda-function-name"
	case "Role":
		return "iam-role-name"
	case "User":
		return "iam-user-name"
	case "Stack":
		return "cfn-stack-name"
	case "Cluster":
		return "cluster-name"
	case "LoadBalancer", "TargetGroup":
		return "elb-name"
	case "Repository":
		return "ecr-repository"
	case "Secret":
		return "secret-name"
	case "LogGroup":
		return "log-group"
	case "StateMachine":
		return "state-machine-name"
	case "Alias":
		return "kms-alias"
	case "Instance", "Key", "Vpc", "SecurityGroup":
		return "resource-name"
	}
	return ""
}

// trimSlashes drops '/' so that an SSM parameter path normalises like a key.
func trimSlashes(b []byte) []byte {
	if !hasByte(b, '/') {
		return b
	}
	k := len(b)
	for k > 0 && b[k-1] != '/' {
		k--
	}
	return b[k:]
}

// logGroupValue masks a log group name given as a value ("/aws/lambda/fn", "/acme/app").
func (s *scanState) logGroupValue(vs, ve, ri int) {
	var buf [16]seg
	segs := buf[:0]
	st := vs
	for k := vs; k <= ve && len(segs) < cap(segs); k++ {
		if k == ve || s.text[k] == '/' {
			segs = append(segs, seg{st, k, k + 1, '/'})
			st = k + 1
		}
	}
	s.logGroupSegments(segs, ri)
}

// valueStart skips an opening quote, escaped or not; quote is the quote byte or 0.
func valueStart(text []byte, j int) (int, byte) {
	var quote byte
	for q := 0; j < len(text) && q < 6; q++ {
		c := text[j]
		if c == '\\' && j+1 < len(text) && (text[j+1] == '"' || text[j+1] == '\\') {
			j++
			continue
		}
		if c == '"' || c == '\'' || c == '`' {
			quote = c
			j++
			continue
		}
		break
	}
	return j, quote
}

// valueEnd finds the end of a value starting at vs.
func valueEnd(text []byte, vs int, quote byte, mode valueMode) int {
	j := vs
	// a value that starts with a non-ASCII letter (Name=정산배치서버, Value=김도윤) is read whole,
	// up to CJK punctuation; one that starts in ASCII stops at the first non-ASCII byte (a
	// particle or a word glued to it: acme-logs에서)
	wide := vs < len(text) && text[vs] >= 0x80 && mode != modeSpaces && mode != modeSecret
	for j < len(text) && j-vs <= 512 {
		c := text[j]
		if c == '\n' || c == '\r' || c == '\\' || c >= 0x80 && mode != modeSpaces && (!wide || cjkPunct(text[j:])) {
			break
		}
		if quote != 0 {
			if c == quote {
				break
			}
			if c == ' ' && mode == modeName {
				if q := quotedWords(text, j, quote); q > 0 {
					j = q // "GroupName": "North Essex Pharmacy Team": the whole name, or "North" is masked alone
					break
				}
			}
			if c == ' ' && mode != modeSpaces || c == ',' && mode == modeName {
				break
			}
		} else {
			if c == ' ' || c == '\t' {
				if mode != modeSpaces {
					break
				}
			}
			if c == ',' || c == '"' || c == '\'' || c == '`' || c == '}' || c == ']' || c == ')' || c == ';' ||
				c == '|' || c == '#' && j > vs && text[j-1] == ' ' {
				break
			}
		}
		j++
	}
	for j > vs && (text[j-1] == ' ' || text[j-1] == '.' && quote == 0) {
		j--
	}
	return j
}

// cjkPunct reports whether b starts with CJK or full-width punctuation (」』）】，、。：；！？),
// which ends a value written in a CJK script.
func cjkPunct(b []byte) bool {
	if len(b) < 3 {
		return false
	}
	switch {
	case b[0] == 0xe3 && b[1] == 0x80: // 、 。 「 」 『 』 【 】 and the ideographic space
		return true
	case b[0] == 0xef && (b[1] == 0xbc || b[1] == 0xbd): // full-width ASCII: ） ， ： ； ！ ？ ～
		return true
	case b[0] == 0xe2 && b[1] == 0x80: // general punctuation: ‘ ’ “ ” … and the dashes
		return true
	}
	return false
}

// quotedWords returns the closing quote's offset when the blank at j is inside a short
// quoted name of a few words (the quote follows within 64 bytes, on the same line, and only
// letters, digits, blanks and '-' stand between), or -1.
func quotedWords(text []byte, j int, quote byte) int {
	for k := j; k < len(text) && k-j < 64; k++ {
		switch c := text[k]; {
		case c == quote:
			return k
		case isAlnum(c) || c == ' ' || c == '-':
		default:
			return -1
		}
	}
	return -1
}

// acceptValue rejects values that are not identifiers: empty, placeholders, AWS vocabulary
// (regions, states, instance types, managed names) and for bare names, plain words.
func acceptValue(v []byte, typ string, mode valueMode) bool {
	if len(v) == 0 || len(v) > 256 || placeholder(v) || stopWord(v) || awsVocabulary(v) || awsLabelWord(v) {
		return false // awsLabelWord: service codes ("ServiceName": "guardduty"), regions, AWS host labels
	}
	alnum := 0
	for k, c := range v {
		if isAlnum(c) || c >= 0xe4 && c <= 0xed || c == 0xe3 && k+1 < len(v) && v[k+1] >= 0x81 && v[k+1] <= 0x83 {
			alnum++ // and the lead bytes of CJK ideographs, Hangul syllables and kana: names in those scripts
		}
	}
	if alnum == 0 {
		return false
	}
	if mode != modeSecret && codePath(v) {
		return false // "stack": "software.amazon.awssdk.core.exception.SdkClientException", "module": "botocore.exceptions"
	}
	switch mode {
	case modeSecret:
		if constantName(v) || len(v) < 6 {
			return false
		}
		return true
	case modeDomain:
		return hasByte(v, '.') && customerDomain(v)
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
	if typ == "iam-user-name" || typ == "tag-value" {
		if constantName(v) || len(v) < 3 {
			return false // a user or tag field names someone or something, however short
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
	if typ == "apigw-id" && apigwID(v) {
		return true
	}
	if typ == "resource-uuid" {
		return len(v) == 36 && isUUID(v)
	}
	if typ == "resource-id" || typ == "apigw-id" {
		return opaqueID(v) || shortGeneratedID(v)
	}
	if typ == "route53-zone-id" && awsZoneID(v) {
		return false // the zones AWS aliases to (CloudFront, load balancers, S3 websites)
	}
	if typ == "route53-zone-id" || typ == "cloudfront-id" {
		for _, c := range v {
			if !isUpper(c) && !isDigit(c) {
				return false
			}
		}
		return len(v) >= 8 && (v[0] == 'Z' || v[0] == 'E')
	}
	return !allDigits(v) || len(v) >= 12
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
	l, d, run := 0, 0, 0
	maxRun := len(v) - 4 // two letters in a row in six characters, three in seven
	for _, c := range v {
		switch {
		case isDigit(c):
			d++
			run = 0
		case isLower(c):
			l++
			run++
			if run > maxRun {
				return false
			}
		default:
			return false
		}
	}
	return l >= 2 && d >= 2
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
			"open", "owner", "rule":
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
		// S3 website endpoints
		"Z3AQBSTGFYJSTF", "Z1WCIGYICN2BYD":
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
		"centos", "ssm-user", "running", "stopped", "stopping", "pending", "terminated", "shutting-down", "in-use", "creating",
		"deleting", "deleted", "attached", "detached", "completed", "failed", "healthy", "unhealthy", "ok", "alarm",
		"insufficient_data", "public", "private", "internal", "internet-facing", "all", "any", "self", "aws",
		"amazon", "json", "text", "table", "yaml", "managed", "data", "key", "value", "name", "id", "arn", "tags",
		"test", "dev", "prod", "production", "staging", "stage", "qa", "app", "web", "api", "db", "cache",
		"postgres", "mysql", "redis", "aurora", "mariadb", "memcached", "kube-system", "kube-proxy", "coredns",
		"vpc-cni", "aws-node", "eni-config", "cluster-autoscaler", "aws-load-balancer-controller", "karpenter",
		"ebs-csi-controller-sa", "aws-ebs-csi-driver", "external-dns", "metrics-server", "terraform",
		"cloudformation", "console", "github", "gitlab", "jenkins", "local", "localhost", "example", "sample",
		"demo", "my-bucket", "my-cluster", "my-function", "my-table", "my-role", "standard", "required",
		"optional", "on", "off", "devops", "devsecops", "mlops", "gitops", "finops", "allow", "deny", "ingress", "egress", "tcp", "udp", "icmp", "http", "https",
		// code: an assignment's right-hand side (app = new cdk.App()) and EventBridge detail types
		"new", "await", "function", "require", "import", "this", "undefined", "return", "lambda", "state-change",
		// built-in database users and common English words after a resource noun ("the bucket level")
		"rdsadmin", "rdsrepladmin", "rds_superuser", "rdsproxyadmin", "mysql.sys", "level", "policy", "policies",
		"owners", "permissions", "access", "settings", "configuration", "names", "itself", "operation", "error",
		// hyphenated English and database words after a resource noun ("the cross-account cluster", "table swap")
		"dead-letter", "cross-account", "self-managed", "multi-az", "single-az", "cross-region", "multi-region", "fully-managed",
		"read-only", "read-write", "open-source", "third-party", "on-prem", "on-premises", "pre-shared-key",
		"built-in", "in-place", "blue-green", "multi-tenant", "single-tenant", "well-known", "long-running",
		"short-lived", "auto-scaling", "cross-zone", "shared_buffers", "swap", "scan", "lookup", "design", "schema",
		"size", "row", "rows", "column", "columns", "entry", "entries", "format", "layout", "migration", "lock", "locks",
		// SES identity types in --output text columns; CI agents' home directories
		"domain", "email_address", "agent", "runner", "owner", "pod-template-hash", "controller-revision-hash",
		// S3 replication's owner override and canned ACLs
		"destination", "source", "bucket-owner-full-control", "bucket-owner-read", "bucket-owner-enforced",
		"public-read", "public-read-write", "authenticated-read", "aws-exec-read", "log-delivery-write":
		return true
	}
	return false
}

// awsVocabulary: values that name AWS things the model needs (regions, zones, instance
// classes, managed policies, service principals, AWS-owned aliases).
func awsVocabulary(v []byte) bool {
	if regionLike(v) || instanceType(v) {
		return true
	}
	if hasPrefix(v, "AWS") && !uuidSuffixed(v) && !consoleRoleName(v) && !hasPrefix(v, "AWSReservedSSO_") || hasPrefix(v, "aws_") || hasPrefix(v, "Amazon") ||
		hasPrefix(v, "TransferSecurityPolicy-") || hasPrefix(v, "ELBSecurityPolicy-") || hasPrefix(v, "public:") || hasPrefix(v, "amazon-") || hasPrefix(v, "alias/aws/") || hasPrefix(v, "aws/") ||
		hasPrefix(v, "com.amazonaws.") || hasSuffixFold(v, ".amazonaws.com") || hasPrefix(v, "default.") ||
		hasPrefix(v, "default-") || hasPrefix(v, "CodeDeployDefault.") {
		return true
	}
	if len(v) == 0 {
		return false
	}
	if hasPrefix(v, "Sandbox.") || hasPrefix(v, "Runtime.") || hasPrefix(v, "Function.") {
		return true // Lambda error types (Sandbox.Timedout, Runtime.ImportModuleError)
	}
	if hasPrefix(v, "/aws-glue/") || string(v) == "Internet Resolver" {
		return true // Glue's own log groups; Route 53 Resolver's autodefined rule
	}
	if c := v[0]; c == 'L' && quotaCode(v) || isLower(c) && (bedrockModel(v) || hasPrefix(v, "notebook-al")) || isUpper(c) && errorCode(v) {
		return true
	}
	switch string(v) {
	case "glueetl", "pythonshell", "gluestreaming", "glueray":
		return true // Glue job commands
	case "bedrock-2023-05-31", "vertex-2023-10-16":
		return true // anthropic_version of Claude on Bedrock and Vertex
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
		"NetworkAdministrator", "SystemAdministrator", "DataScientist", "JobFunction":
		return true
	}
	return false
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
	for _, p := range [...]string{"anthropic.", "amazon.", "meta.", "mistral.", "cohere.", "ai21.", "deepseek.",
		"stability.", "writer.", "openai.", "qwen.", "twelvelabs.", "luma."} {
		if hasPrefix(v, p) && len(v) > len(p)+2 {
			return true
		}
	}
	return false
}

// errorCode: an AWS error code (ResourceLimitExceeded, AccessDeniedException, ThrottlingException):
// one CamelCase word, with an optional trailing colon, ending in an error word.
func errorCode(v []byte) bool {
	if len(v) > 0 && v[len(v)-1] == ':' {
		v = v[:len(v)-1]
	}
	if len(v) < 8 || len(v) > 64 || !isUpper(v[0]) {
		return false
	}
	for _, c := range v {
		if !isLetter(c) {
			return false
		}
	}
	for _, s := range [...]string{"Exception", "Exceeded", "Error", "Denied", "NotFound", "Fault", "Failure", "Throttled",
		"Unavailable", "Conflict", "InUse", "Invalid", "Expired", "Timeout", "Unauthorized", "Forbidden"} {
		if hasSuffix(v, s) {
			return true
		}
	}
	return false
}

// instanceType: t3.micro, m6i.4xlarge, db.r6g.large, cache.t3.small, ml.m5.xlarge.
func instanceType(v []byte) bool {
	if hasPrefix(v, "db.") || hasPrefix(v, "cache.") || hasPrefix(v, "ml.") || hasPrefix(v, "search.") {
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
	return hasD && (hasSuffixFold(size, "large") || hasSuffixFold(size, "micro") || hasSuffixFold(size, "small") ||
		hasSuffixFold(size, "medium") || hasSuffixFold(size, "nano") || hasSuffixFold(size, "metal") || string(size) == "*")
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
		"secret", "update", "describe", "list", "get", "put", "create", "delete", "key", "keys", "buffers":
		return true
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

// matchNameToken is the heuristic and prose rule. A token made of letters, digits and
// - _ . is reported when a prose keyword stands before it ("the bucket x", "role x",
// "instance x") or after it ("x bucket", "x 버킷"), or when by itself it has the shape of a
// customer resource name: an environment word plus a word of its own (stg-web-03,
// SaebyeokProdEksNodeRole, bluepeak-admin-staging).
func matchNameToken(s *scanState, i, ri int) int {
	text := s.text
	n := len(text)
	if i < s.nameDeadEnd || i >= 2 && (text[i-1] == '_' || text[i-1] == '-') && isAlnum(text[i-2]) || i >= 2 && text[i-1] == '-' && text[i-2] == '-' {
		return -1 // a word inside a name run judged as a whole, or the tail of a snake_case or kebab-case one (east-1 of us-east-1)
	}
	if s.w.at != i || s.w.done&shNameGroup == 0 {
		s.shapeAt(i, alnumEnd(text, i))
		s.nameShape()
	}
	k := s.w.nameEnd
	hyphen, digit, inner, dot := s.w.hyphen, s.w.digit, s.w.innerCap, s.w.dot
	if k+1 < n && text[k] == '_' && isAlnum(text[k+1]) {
		// snake_case (etl_reader, crm_live): the name runs on over '_', which counts like '-'
		if i < s.snakeEnd {
			return -1 // inside a run already found too long to be a name
		}
		lim := min(n, i+maxNameRun)
		for k < lim && isWord(text[k]) {
			digit = digit || isDigit(text[k])
			k++
		}
		if k == lim && lim < n && isWord(text[k]) {
			for k < n && isWord(text[k]) {
				k++
			}
			s.snakeEnd = k // the word starts inside it are not read again (linear time on a_a_a_...)
			return -1
		}
		if k < n && (text[k] == '-' || text[k] == '.' && k+1 < n && isAlnum(text[k+1])) {
			return -1 // a file or log name that goes on (elasticloadbalancing_us-east-1_app.x): other rules' business
		}
		hyphen = true
		for k > i && text[k-1] == '_' {
			k--
		}
	}
	for k > i && (text[k-1] == '.' || text[k-1] == '-') {
		k--
	}
	if k-i < 3 || !hyphen && !digit && !inner && !dot && k-i < 10 {
		return -1
	}
	if k < n && (text[k] == '_' || text[k] == '@' || text[k] == '/' && dot || text[k] == ':' && k+1 < n && text[k+1] != ' ') {
		return -1
	}
	if k < n && text[k] == '"' && k+1 < n && text[k+1] == ':' {
		return -1 // a JSON key
	}
	if k < n && text[k] == '(' && !bytes.Contains(text[i:k], []byte("-")) {
		return -1 // code: a call or a definition (export async function publishOrder(event)); names have '-'
	}
	v := text[i:k]
	if isDigit(v[0]) && versionLike(v) {
		return -1 // an engine version after its product's name (SQL Server 15.00.4395.2.v1)
	}
	if i > 0 && text[i-1] == '{' && k < n && text[k] == '}' {
		return -1 // a path template's parameter: /stages/{stageName}
	}
	if i >= 5 && string(text[i-5:i]) == "wait " && bytes.Contains(text[lineStart(text, i, 120):i], []byte("aws ")) {
		return -1 // a CLI waiter: aws ec2 wait nat-gateway-available
	}
	if (hasSuffix(v, ".pem") || hasSuffix(v, ".ppk")) && len(v) > 8 && (hyphen || digit) && i > 0 &&
		(hasSuffix(text[:i], ".ssh/") || text[i-1] == ' ' || text[i-1] == '=' || text[i-1] == '"' || text[i-1] == '\'') {
		// an EC2 key pair's private key file (ssh -i ~/.ssh/acme-prod-ops.pem): the key pair's name
		if base := v[:len(v)-4]; !commonWord(base) && !bytes.ContainsAny(base, ".") {
			s.emit(i, k-4, "key-pair-name", ri)
			return k
		}
	}
	typ := ""
	if hyphen || digit || inner || dot {
		typ = proseBefore(text, i)
		if typ == "" {
			typ = proseAfter(text, i, k)
		}
	} else if envInside(v) {
		typ = proseBeforeWeak(text, i) // "the Aurora cluster verdantprdaurorapg"
	}
	if typ == "" && tfForEachKey(text, i) {
		typ = "resource-name" // module.buckets["acme-raw"], aws_iam_user.ci["jenkins-legacy"]
	}
	if typ == "" && hyphen && podName(v) {
		typ = "k8s-pod-name" // ledger-api-7c9f4d8b6-x2kqp: a Deployment's pod (replica set hash, pod suffix)
	}
	if typ == "" && (afterIDKey(text, i) || afterIDParen(text, i)) {
		typ = "resource-name" // {"i-0b7e3a9c1f5d24068": "fermoy-erp-app01"}, sg-0a7c... (hp-bastion-sg): the ID's name
	}
	if typ == "" && hyphen && k8sLBName(v) {
		typ = "elb-name" // k8s-payments-paymenta-4e6b21d9f0: the AWS Load Balancer Controller's names
	}
	if typ == "" && hyphen && syslogHost(text, i, k) {
		typ = "host-name" // "2026-11-25 23:01:14 qp-audit-box scout[48812]": a syslog line's host
	}
	if typ == "" && hyphen && accountSuffixed(v) {
		typ = "resource-name" // acme-athena-results-264118097352: a name made for one account
	}
	if typ == "" && hyphen && i >= 2 && text[i-1] == '#' && (text[i-2] == ' ' || text[i-2] == '(' || text[i-2] == '\n') {
		typ = "chat-channel" // #acme-sre, #plataforma-acme
	}
	if typ == "" && k < n && text[k] == ';' && i >= 4 && (string(text[i-4:i]) == "use " || string(text[i-4:i]) == "USE ") &&
		(i == 4 || text[i-5] == '\n') {
		typ = "database-name" // SQL: use crm_live;
	}
	if typ == "" {
		// the cheap flags first: the shape tests are only worth running when they can count
		if !hyphen && !inner && !dot || !hasEnvWord(v) && (!hyphen || !regionSuffixed(v) && !uuidSuffixed(v) && !kebabName(v)) {
			// the words after its '-' and '.' have no prose keyword before them, the same one
			// after, and a subset of its parts: they fail the same tests
			s.nameDeadEnd = k
			return -1
		}
		typ = "resource-name"
	}
	if xrayTraceID(v) || typ == "kms-key-id" && !isUUID(v) || typ == "route53-zone-id" && (v[0] != 'Z' || !allUpperAlnum(v) || awsZoneID(v)) || fileName(v) || stopWord(v) || awsVocabulary(v) || serviceWord(v) || versionLike(v) ||
		constantName(v) || apiAction(v) || codePath(v) || configWord(v) || oracleVersion(v) {
		return -1
	}
	if p := skipBlanks(text, k); p < n && text[p] == '=' && (p+1 >= n || text[p+1] != '=') && p > k {
		return -1 // a setting's name: shared_preload_libraries = pgaudit
	}
	s.emit(i, k, typ, ri)
	return k
}

// configWord reports a word of network and database configuration, every part of it a
// keyword, an algorithm or a number (aes-128-cbc, hmac-sha1-96, aes256-sha256-modp2048,
// exit-address-family, ebgp-requires-policy, dead-peer-detection, scram-sha-256,
// test_decoding, group14): what router, VPN and database configs are written in.
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
			"phase2", "exit":
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
			"poly1305", "3des", "ecdhe", "rsa", "ecdsa", "curve25519", "pfs", "modp":
			continue
		}
		ok := false
		for _, pre := range [...]string{"aes", "sha", "modp", "ecp", "group", "hmac", "des", "3des", "x25519"} {
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
	return strong && (parts >= 2 || hasPrefix(v, "group") && len(v) > 5 && allDigits(v[5:]))
}

// oracleVersion reports an Oracle Database release (19c, 21c, 11g, 23ai).
func oracleVersion(v []byte) bool {
	n := len(v)
	return n >= 2 && n <= 4 && isDigit(v[0]) && (v[n-1] == 'c' || v[n-1] == 'g' || hasSuffix(v, "ai")) &&
		allDigits(bytes.TrimRight(v, "cgai"))
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
	if j == 0 || text[j-1] != ':' {
		return false
	}
	j--
	for j > 0 && (text[j-1] == '"' || text[j-1] == '\'' || text[j-1] == ' ') && i-j < 8 {
		j--
	}
	return idEndsAt(text, j)
}

// idEndsAt reports whether an EC2-style ID (letters, '-', 8 or 17 hex digits) ends at e.
func idEndsAt(text []byte, e int) bool {
	var d int
	switch {
	case e >= 19 && text[e-18] == '-':
		d = e - 18
	case e >= 10 && text[e-9] == '-':
		d = e - 9
	default:
		return false // most keys: no '-' where an ID's body would start
	}
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
// day, before PROGRAM[PID].
func syslogHost(text []byte, i, k int) bool {
	if i < 9 || text[i-1] != ' ' || !isDigit(text[i-2]) || text[i-4] != ':' && text[i-5] != ':' {
		return false
	}
	if k >= len(text) || text[k] != ' ' {
		return false
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
// state-of-the-art are phrases) and not a component everyone runs (kube-state-metrics).
func kebabName(v []byte) bool {
	if countByte(v, '-') < 2 || len(v) < 10 || hasByte(v, '.') || hasByte(v, '_') || managedRuleName(v) ||
		hasPrefix(v, "rslvr-") || hasPrefix(v, "rds-ca-") {
		return false
	}
	first := true
	for ps, pe := nextPart(v, 0); ps >= 0; ps, pe = nextPart(v, pe) {
		p := v[ps:pe]
		if pe-ps < 2 || !isLower(p[0]) && !isDigit(p[0]) || len(p) >= 6 && (allDigits(p) || allHex(p) && hasDigitByte(p)) {
			return false // a phrase's short word, a capitalised part, or a generated ID's part
		}
		if first && cliVerb(p) {
			return false // a CLI subcommand: list-backup-jobs, update-secret-version-stage
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
			"timeout", "connect", "disconnect", "client", "ami":
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
		"evaluate", "analyze", "detect", "discover", "merge", "transfer", "purchase", "renew", "opt":
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
		"jdk", "sun", "aws_lambda_powertools", "aiobotocore", "urllib3", "requests", "django", "flask", "celery":
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
	for _, c := range v {
		if !isDigit(c) && c != '.' && c != '-' {
			return false
		}
	}
	return true
}

// proseBefore looks at the word before a token (skipping blanks, quotes, backticks and a
// colon) for a resource keyword.
func proseBefore(text []byte, i int) string { return proseBeforeMode(text, i, false) }

// proseBeforeWeak accepts any keyword for a token that passed its own shape test.
func proseBeforeWeak(text []byte, i int) string { return proseBeforeMode(text, i, true) }

func proseBeforeMode(text []byte, i int, weak bool) string {
	q := i // where the quotes before the name start: la coda «consegne-eventi» is quoted prose
	if q >= 3 && text[q-2] == 0xc2 && text[q-1] == 0xab && text[q-3] == ' ' {
		q -= 2
	}
	if q > 0 && text[q-1] >= 0x80 {
		return cjkKeywordBefore(text[:q]) // "버킷：x", "バケット「x」"
	}
	j := q
	for j > 0 && q-j < 6 && (text[j-1] == ' ' || text[j-1] == '`' || text[j-1] == '"' || text[j-1] == '\'' ||
		text[j-1] == ':' || text[j-1] == '(' || text[j-1] == '\\') { // \" inside a JSON string
		j--
	}
	if j == q && q == i || j == 0 || text[i-1] == ':' || text[i-1] == '(' {
		return "" // node:20.11 (an image tag), f(x): not prose
	}
	if text[j-1] >= 0x80 {
		return cjkKeywordBefore(text[:j])
	}
	k := j
	for k > 0 && j-k < 16 && isLetter(text[k-1]) {
		k--
	}
	if k == j || k > 0 && (isAlnum(text[k-1]) || text[k-1] == '_' || text[k-1] == '.') {
		return "" // not a word of its own: the tail of an identifier (aws_sqs_queue "x")
	}
	if k >= 4 && string(text[k-4:k]) == "aws " {
		return "" // aws lambda update-function-code: a CLI command, not prose
	}
	if k > 0 && text[k-1] >= 0x80 {
		return cjkKeywordBefore(text[:j]) // an accented noun: la función X, la distribución X
	}
	t := proseKeyword(text[k:j])
	if t == "" && serviceWord(text[k:j]) && k >= 2 && text[k-1] == ' ' {
		// Spanish puts the service after the noun: la tabla DynamoDB X, el usuario IAM X
		if t2 := proseBeforeMode(text, k, true); t2 != "" {
			t = t2
		}
	}
	if weak {
		return t
	}
	if !strongName(text[i:]) {
		switch t {
		case "lambda-function-name", "iam-role-name", "dynamodb-table-name", "sqs-queue-name", "sns-topic-name",
			"cfn-stack-name":
		default:
			return ""
		}
	}
	return t
}

// serviceWord: an AWS service name that may stand between a resource noun and the name.
func serviceWord(w []byte) bool {
	switch string(w) {
	case "DynamoDB", "IAM", "KMS", "S3", "Lambda", "SQS", "SNS", "RDS", "ECS", "EKS", "CloudFront", "Aurora",
		"ElastiCache", "Redshift", "ECR", "EC2", "CloudWatch", "CloudTrail", "EventBridge", "Route53", "VPC", "Athena",
		"Glue", "Kinesis", "SageMaker", "Bedrock", "GuardDuty", "Config", "Backup", "Inspector", "Macie":
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
	if !strongName(text[:k][lastTokenStart(text, i):]) { // text[i:k] is all name bytes
		return ""
	}
	e := j
	for e < len(text) && e-j < 16 && isLetter(text[e]) {
		e++
	}
	if e == j || e < len(text) && (isAlnum(text[e]) || text[e] == '=') {
		return "" // not a word of its own, or a key (Client=SSH-2.0-OpenSSH_8.9p1 Role=...)
	}
	switch t := proseKeyword(text[j:e]); t {
	case "s3-bucket", "iam-role-name", "dynamodb-table-name", "lambda-function-name", "cluster-name", "sqs-queue-name",
		"sns-topic-name":
		return t
	}
	return ""
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
	case "table":
		return "dynamodb-table-name"
	case "cluster":
		return "cluster-name"
	case "instance", "host", "server", "node":
		return "resource-name"
	case "identifier", "database", "db":
		return "rds-identifier"
	case "queue", "dlq":
		return "sqs-queue-name"
	case "topic":
		return "sns-topic-name"
	case "asg", "group":
		return "asg-name"
	case "repository", "repo":
		return "ecr-repository"
	case "stack":
		return "cfn-stack-name"
	case "key":
		return "kms-key-id"
	case "alias":
		return "kms-alias"
	case "distribution", "cloudfront":
		return "cloudfront-id"
	case "endpoint":
		return "rds-identifier"
	case "profile":
		return "iam-role-name"
	case "alarm", "alarms":
		return "alarm-name"
	case "task":
		return "ecs-task-id"
	case "zone":
		return "route53-zone-id"
	case "nodegroup", "nodepool":
		return "resource-name"
	case "servicio", "subred", "destino", "canal":
		return "resource-name" // Spanish: el servicio X, la subred X, el grupo de destino X
	case "alarma":
		return "alarm-name"
	case "secret":
		return "secret-name"
	case "pipeline", "codepipeline":
		return "pipeline-name"
	case "module", "service", "project", "workgroup", "vault":
		return "resource-name"
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
	case "benutzer", "nutzer", "utilisateur":
		return "iam-user-name"
	case "tabelle", "tabela":
		return "dynamodb-table-name"
	case "rolle":
		return "iam-role-name"
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
	}
	return ""
}

// cjkKeywordBefore maps a Korean or Japanese resource noun that ends b ("역할 X", "ロール X").
func cjkKeywordBefore(b []byte) string {
	// full-width blank and punctuation between the noun and the name: "버킷：x", "バケット「x"
	for trimmed := true; trimmed; {
		trimmed = false
		for _, p := range []string{"\u3000", "\uff1a", "\u300c", "\u300e", "\uff08", "\u201c", "\u2018", " "} {
			if hasSuffix(b, p) {
				b, trimmed = b[:len(b)-len(p)], true
			}
		}
	}
	for _, kw := range cjkKeywords() {
		if hasSuffix(b, kw.word) {
			return kw.typ
		}
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

type cjkKeyword struct{ word, typ string }

// cjkKeywords are Korean and Japanese resource nouns.
func cjkKeywords() [68]cjkKeyword {
	return [68]cjkKeyword{
		{"schéma", "database-name"}, {"usuário", "iam-user-name"}, {"tâche", "resource-name"}, {"rôle", "iam-role-name"},
		{"clé", "kms-key-id"}, {"Schlüssel", "kms-key-id"}, {"Zugriffsschlüssel", "access-key-id"},
		{"노드그룹", "resource-name"}, {"키", "kms-key-id"},
		{"알람", "alarm-name"}, {"구독", "sns-topic-name"}, {"파이프라인", "pipeline-name"}, {"アラーム", "alarm-name"},
		{"告警", "alarm-name"},
		{"存储桶", "s3-bucket"}, {"实例", "resource-name"}, {"角色", "iam-role-name"}, {"用户", "iam-user-name"},
		{"集群", "cluster-name"}, {"数据库", "rds-identifier"}, {"队列", "sqs-queue-name"},
		{"函数", "lambda-function-name"}, {"表", "dynamodb-table-name"}, {"主题", "sns-topic-name"},
		{"密钥", "kms-key-id"}, {"堆栈", "cfn-stack-name"}, {"仓库", "ecr-repository"},
		{"función", "lambda-function-name"}, {"distribución", "cloudfront-id"},
		{"clúster", "cluster-name"},
		{"버킷", "s3-bucket"}, {"역할", "iam-role-name"}, {"사용자", "iam-user-name"}, {"함수", "lambda-function-name"},
		{"테이블", "dynamodb-table-name"}, {"클러스터", "cluster-name"}, {"인스턴스", "resource-name"},
		{"데이터베이스", "rds-identifier"}, {"큐", "sqs-queue-name"}, {"토픽", "sns-topic-name"},
		{"서버", "resource-name"}, {"스택", "cfn-stack-name"}, {"리포지토리", "ecr-repository"},
		{"호스팅 영역", "route53-zone-id"}, {"워크그룹", "resource-name"}, {"잡", "resource-name"}, {"헬스체크", "resource-name"},
		{"帳號", "iam-user-name"}, {"账号", "iam-user-name"}, {"使用者", "iam-user-name"}, {"用户名", "iam-user-name"},
		{"用戶名", "iam-user-name"}, {"托管区", "route53-zone-id"}, {"託管區域", "route53-zone-id"},
		{"目標群組", "resource-name"}, {"目标组", "resource-name"}, {"目标群组", "resource-name"},
		{"バケット", "s3-bucket"}, {"ロール", "iam-role-name"}, {"ユーザー", "iam-user-name"}, {"関数", "lambda-function-name"},
		{"テーブル", "dynamodb-table-name"}, {"クラスター", "cluster-name"}, {"インスタンス", "resource-name"},
		{"データベース", "rds-identifier"}, {"キュー", "sqs-queue-name"}, {"トピック", "sns-topic-name"},
		{"スタック", "cfn-stack-name"},
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
	st := i + 1
	for k := i + 1; k < j; k++ {
		if text[k] != '|' {
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
	if ne == 2 && (s.tableKV || !s.tableHead) {
		if s.pairRow(cells[full[0]], cells[full[1]], full[0], full[1]) {
			return
		}
	}
	if s.tableHead {
		s.tableHead = false
		s.tableCols = s.tableCols[:0]
		for c := 0; c < nc; c++ {
			s.tableCols = append(s.tableCols, s.cellKeyType(cells[c]))
		}
		s.tableTags = ne == 2 && s.cellIs(cells[full[0]], "key") && s.cellIs(cells[full[1]], "value")
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
		cl := cells[c]
		if v := text[cl.start:cl.end]; cl.end > cl.start && acceptValue(v, t, modeSpaces) && !hasByte(v, '`') {
			s.late = append(s.late, match{start: cl.start, end: cl.end, typ: reportedType(t), rule: s.tableRule})
		}
	}
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
	case "password", "secret-access-key", "session-token":
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

// cellKeyType is the type the key in cell c names, or "".
func (s *scanState) cellKeyType(c seg) string {
	var buf [48]byte
	key, ok := normKey(s.text[c.start:c.end], buf[:])
	if !ok {
		return ""
	}
	t, _ := keyType(key)
	return t
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
	for _, c := range b {
		if c != '|' && c != '-' && c != ':' && c != ' ' && c != '+' && c != '=' {
			return false
		}
	}
	return true
}

// csvLine handles comma- or tab-separated blocks with a header row (IAM credential reports,
// Athena and Cost Explorer exports, CMDB dumps): the header names the columns; fields under a
// column whose name is a known key are context values. Matches go to s.late.
func (s *scanState) csvLine(ls int) {
	text := s.text
	if ls < len(text) && (text[ls] == 'P' || text[ls] == 'a' || text[ls] == 'A') && s.secretRecord(ls) {
		return
	}
	if s.csvSep == 0 && ls < len(text) && (text[ls] == '$' || text[ls] == 'a') && s.queryProjection(ls) {
		return
	}
	if s.csvSep == 0 && (ls >= len(text) || !isLetter(text[ls]) && text[ls] != '"') {
		return // not in a block and not a header: no need to read the line
	}
	if s.csvSep != 0 {
		le := lineEnd(text, ls)
		var fields [32]seg
		nf := splitFields(text, ls, le, s.csvSep, fields[:])
		if nf == len(s.csvCols) {
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
		if s.csvLoose && ls < len(text) && text[ls] != '\n' && text[ls] != '$' {
			if text[ls] == 'T' || text[ls] == '|' {
				s.tagRow(ls) // a nested table of tags
			}
			return // a table's border or title, or a row of another shape
		}
		s.csvSep, s.csvLoose = 0, false
	}
	if ls < len(text) && (text[ls] == 'T' || text[ls] == '|') {
		s.tagRow(ls) // TAGS<tab>Name<tab>VALUE, ||  Name  |  VALUE  ||
		if hasPrefix(text[ls:], "TAGS\t") {
			return // a tag, never a header (its key and value would name the columns below)
		}
	}
	// a header: at least two delimiters, every field a short key, one of them known
	if ls >= len(text) || !isLetter(text[ls]) && text[ls] != '"' {
		return
	}
	var sep byte
	le := ls
	for ; le < len(text) && text[le] != '\n'; le++ {
		if le-ls >= 1024 || sep == 0 && le-ls >= 64 {
			return // too long for a header, or a first field too long for a key
		}
		switch c := text[le]; {
		case c == ',' || c == '\t':
			if sep == 0 {
				sep = c
			}
		case c == '"' || c == ' ' || c == '\r' || isKeyByte(c) || c == '/' || c == ':' || c == '(' || c == ')':
			// Cost and Usage Report headers are category/name (lineItem/ResourceId, resourceTags/user:team)
		default:
			return // not a header: the rest of the line is not read
		}
	}
	if sep == 0 {
		return
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
		if hasPrefixFold(f, "resourcetags/") || hasPrefixFold(f, "resource_tags_") {
			cols = append(cols, "tag-value") // CUR's cost allocation tags: values the customer chose
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
			t, _ = keyType(key)
			if t == "password" || t == "secret-access-key" || t == "session-token" || t == "cluster-name" || t == "tag-value" {
				// secrets are found by shape in rows too; generic columns are too vague for CSV
				if t != "password" {
					t = ""
				}
			}
		}
		known = known || t != ""
		cols = append(cols, t)
	}
	if known {
		s.csvSep, s.csvCols = sep, cols
	}
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
	if !hasPrefix(text[ls:], "$ aws ") && !hasPrefix(text[ls:], "aws ") {
		return false
	}
	le := lineEnd(text, ls)
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
	return t
}

// lineEnd returns the index of the first '\n' at or after i, or len(text).
func lineEnd(text []byte, i int) int {
	if k := bytes.IndexByte(text[i:], '\n'); k >= 0 {
		return i + k
	}
	return len(text)
}

// splitFields splits text[ls:le] at sep into trimmed, unquoted fields; it returns how many
// (len(out) when there are more).
func splitFields(text []byte, ls, le int, sep byte, out []seg) int {
	nf := 0
	st := ls
	for k := ls; k <= le; k++ {
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

// matchProsePassword: a password written in a sentence after the word password (or passwd,
// passwort): "reset svc-x's password to Rad!ology-Sync-2026", "the password was `Fahrw3rk!24`".
// Up to three short linking words may stand between; the value is one token of eight bytes
// or more with a letter, a digit and a symbol, so that prose ("password was rotated") is left
// alone.
func matchProsePassword(s *scanState, i, ri int) int {
	text := s.text
	e := s.w.end
	if e-i < 5 || e-i > 8 || e >= len(text) || text[e] != ' ' && text[e] != ':' {
		return -1 // a word of a sentence, or a label: password: x
	}
	if i > 0 && text[i-1] != ' ' && text[i-1] != '\n' && text[i-1] != '`' && text[i-1] != '"' && text[i-1] != '(' &&
		text[i-1] != '*' {
		return -1 // part of an identifier (DB_PASSWORD, ${PASSWORD})
	}
	var buf [8]byte
	w, _ := foldASCII(buf[:], text[i:e])
	switch string(w) {
	case "password", "passwd", "passwort", "kennwort", "senha":
	case "passe":
		if i < 7 || !bytes.EqualFold(text[i-7:i], []byte("mot de ")) {
			return -1 // French: mot de passe
		}
	default:
		return -1
	}
	j := e
	subject := [2]int{-1, -1} // whose password: "the password of app_pgto is ..."
	for words := 0; words <= 6; words++ {
		for j < len(text) && j-e < 64 && (text[j] == ' ' || text[j] == ':' || text[j] == '=' || text[j] == '`' ||
			text[j] == '"' || text[j] == '\'' || text[j] == '(') {
			j++
		}
		v := j
		for j < len(text) && j-v < 128 && text[j] > ' ' && text[j] != '`' && text[j] != '"' && text[j] != '\'' {
			j++
		}
		for j > v && (text[j-1] == '.' || text[j-1] == ',' || text[j-1] == ';' || text[j-1] == ')') {
			j-- // the sentence's punctuation
		}
		if credentialToken(text[v:j]) {
			if subject[0] >= 0 {
				s.emit(subject[0], subject[1], "db-username", ri)
			}
			s.emit(v, j, "password", ri)
			return j
		}
		if j-v >= 4 && j-v <= 32 && userLike(text[v:j]) {
			subject = [2]int{v, j} // the last such word before the value (dell'utente break-glass eks-emergenza è x)
			continue
		}
		var lb [16]byte
		lw, _ := lowerASCII(lb[:], text[v:min(j, v+13)])
		switch string(lw) {
		case "to", "is", "was", "now", "set", "reset", "changed", "of", "for", "as", "ist", "war", "auf", "lautet", "=",
			"current", "new", "the", "user", "account", "de", "du", "do", "da", "des", "der", "dem", "mit",
			"actuel", "actuelle", "actuellement", "atual", "nova", "novo", "neue", "neues", "nouveau", "est", "é",
			"rds", "db", "database", "ist:", "é:", "dell", "dell’utente", "utente", "è", "è:", "di", "della", "nuova",
			"attuale":
		default:
			return -1
		}
	}
	return -1
}

// cjkPasswords finds passwords, tokens and external IDs after a Korean, Japanese, Chinese,
// Spanish or Vietnamese word for one (비밀번호 : x, 패스워드：x, 초기 암호「x」, 비밀번호는 x,
// AUTH 토큰 : x, パスワード: x, 密码是x, 密碼：x, contraseña: x, mật khẩu là x, 외부 ID는 「x」):
// the value is one
// token of eight bytes or more with a letter and a digit. The matches go to s.early (run sorts
// it), so that no rule masks a piece of the password (Hp#RootDev_19) first. Texts with
// none of the words pay one search per word.
func (s *scanState) cjkPasswords() {
	text := s.text
	if !hasHighByte(text) {
		return // every word it looks for has a byte outside ASCII
	}
	// each word is looked for by a part that starts outside ASCII (the vectorised search then
	// skips ASCII text at once); lead is what must stand before that part
	for ki, kw := range [...]struct{ lead, word string }{{"", "비밀번호"}, {"", "패스워드"}, {"", "비번"}, {"", "암호"}, {"", "토큰"},
		{"", "시크릿"}, {"", "パスワード"}, {"", "密码"}, {"", "密碼"}, {"contra", "seña"}, {"m", "ật khẩu"}, {"", "외부 ID"},
		{"", "外部ID"}, {"", "外部 ID"}} {
		typ := "password"
		if ki >= 11 {
			typ = "external-id" // a cross-account role's shared secret
		}
		for at := 0; ; {
			p := bytes.Index(text[at:], []byte(kw.word))
			if p < 0 {
				break
			}
			j := at + p + len(kw.word)
			at = j
			if l := at - len(kw.word) - len(kw.lead); kw.lead != "" && (l < 0 || !hasPrefixFold(text[l:], kw.lead)) {
				continue // seña without contra, ật khẩu without m
			}
			// a particle (비밀번호는, 암호를, 密码是, 密码为, mật khẩu là) or up to three words of a
			// sentence (la contraseña actual del usuario es: x, mật khẩu mới: x), then blanks and
			// punctuation
			for _, pt := range [...]string{"는", "은", "가", "이", "를", "을", "도", "로", "는요", "是", "为", "為", "：", "mới", " là", " mới", " es", " actual", " nueva", " del", " de"} {
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
				for _, sep := range [...]string{" ", ":", "=", "`", "\"", "'", "(", "\u3000", "\uff1a", "\u300c", "\u300e", "\uff08"} {
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
				at = j
			}
		}
	}
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
	case "psksecret":
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
				j = e + k + 4
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
			if h.mark == '#' && !hasPrefix(text[lineStart(text, v, 256):], "user ") {
				continue // a Redis ACL rule's password hash; other # hex (a commit, a colour) is not
			}
			s.early = append(s.early, match{start: v, end: v + h.n, typ: "password-hash", rule: s.pwRule})
			at = v + h.n
		}
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
	return letter && digit && symbol && !tokenLike(v)
}

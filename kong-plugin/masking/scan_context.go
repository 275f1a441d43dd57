package masking

import (
	"bytes"
	"encoding/base64"
	"strings"
)

// Context rules. Many names are only recognisable by what stands next to them: a JSON, YAML,
// HCL, INI or dotenv key ("DBInstanceIdentifier": "x", role_name = "x", BUCKET=x), a CLI flag
// (--function-name x), a table column ("| Name |"), or a prose keyword ("the bucket x",
// "x 버킷"). The key tables generalise by family: a key is normalised (lower case, no '_', '-',
// '.') and looked up exactly, then by suffix ("...bucketname", "...rolename", "...password"),
// so a field of a known resource kind is covered whatever service emits it.
//
// This file holds the key tables and the key-value reader; the other context readers are in
// scan_table.go (tables, columns, records), scan_cred.go (credentials), scan_prose.go (prose
// keywords), and the judgement of a found value in scan_vocab.go.

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
	case "awsdevice", "awsdevicev2", "awslogicaldeviceid":
		return "dx-device-id", modeName // the AWS router a Direct Connect connection ends on (EqLD5-2x9k4bq7mz1c): with the location, the customer's link
	case "versionid":
		return "s3-version-id", modeName // an S3 object version's ID; acceptValue leaves other versions (a Lambda's "3", a secret's UUID)
	case "etag", "s3etag", "bundleetag":
		return "s3-etag", modeName // an object's ETag (the MD5 of its content, or of its parts): identifies the customer's object
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
	case "runasuser", "runasdefaultuser":
		return "os-user", modeName // Session Manager's Run As: the operating system's user sessions start as
	case "repositoryownerid", "actorid":
		return "github-id", modeName // a GitHub Actions OIDC token's numeric IDs: the customer's organisation, a person
	case "userdata":
		return "user-data", modeName // a launch template's or an instance's UserData, base64 (plain text is judged line by line)
	case "computer", "callercomputer", "callercomputername", "sourceworkstation":
		return "host-name", modeName // Windows security events: Caller Computer: QS-LT-0482
	case "vatnumber", "customervatnumber", "vatregistrationnumber", "taxid", "taxregistrationnumber":
		return "tax-id", modeName // an invoice's or a seller registration's tax identity (the seller's own, AWS EMEA's, too: harmless)
	case "invoicenumber", "invoiceid", "leaseid", "customeridentifier":
		return "resource-id", modeName // a bill, a Reserved Instance's lease, a Marketplace metering customer
	case "attn":
		return "person-name", modeSpaces // an invoice's ATTN: the person billed
	case "inputid", "channelid", "inputsecuritygroupid", "inputsecuritygroup", "multiplexid", "subscriptionid":
		return numericResourceID, modeName // MediaLive's inputs, channels and input security groups, a Reserved Instance's
		// subscription: all digits (or another's ID)
	case "dkimtoken":
		return "dkim-token", modeName // (its plural: SES's DkimAttributes' Tokens, DkimTokens)
	case "configurationset", "configurationsetname":
		return "resource-name", modeName // SES's configuration sets
	case "cognitogroup":
		return "cognito-group", modeName // (its plural: a token's cognito:groups, AppSync's cognito_groups)
	case "fullrepositoryid":
		return "git-repository", modeName // a CodeStar connection's source: OWNER/REPO
	case "distribution", "distributionid", "cloudfrontdistributionid", "cloudfrontid", "originaccesscontrolid", "oacid":
		return "cloudfront-id", modeName
	case "hostedzoneid", "zoneid", "hostedzone", "txtownerid", "route53zoneid":
		return "route53-zone-id", modeName
	case "domain", "domainname", "validationdomain", "customdomain", "fqdn", "domainfilters", "hostname",
		"host", "servername", "dnsname", "machine", "machinename", "computername", "hosts", "hostnames", "servers",
		"servidores", "serveurs", "server", "servidor", "serveur":
		return "customer-domain", modeDomain // (a wave plan's | Servers | column, "servers": [...])
	case "ownerid", "canonicalid", "canonicaluserid", "bucketownerid", "objectowner":
		return "resource-id", modeName
	case "displayname", "accountalias", "accountaliases", "accountname", "ownername", "ownerdisplayname", "cloudaccount", "cloudaccountname",
		"subscriptionname", "awsaccountname", "awsaccountalias":
		return "account-alias", modeSpaces // (CSPM exports: CloudAccount, cloud.account.name, subscriptionName)
	case "alarmname", "alarm":
		return "alarm-name", modeSpaces
	case "imagename", "aminame":
		return "ami-name", modeName
	case "actor":
		return "username", modeName // a GitHub audit log's actor: the person (or app) who acted
	case "org":
		return "organization-name", modeSpaces // a GitHub audit log's org, an InfluxDB org: the customer's name
	case "orgidentifier", "projectidentifier", "claimname":
		return "resource-name", modeName // Harness's organisation and project; a Crossplane claim's name (crossplane.io/claim-name)
	case "family", "taskdefinitionfamily", "taskfamily":
		return ecsTaskFamily, modeName
	case "stackname", "stack":
		return "cfn-stack-name", modeName
	case "statemachinename", "statemachine":
		return "state-machine-name", modeName
	case "kmskeyid", "keyid", "targetkeyid", "kmsmasterkeyid", "kmskey", "sseawskmskeyid", "kmskeyalias":
		return "kms-key-id", modeName
	case "password", "passwd", "pwd", "pass", "secret", "clientsecret", "dbpass", "sensitivevalue", "passwords",
		"requirepass", "masterauth", "authtoken", "authident", "npmauthident", "tokenvalue", "passwordhash", "passcode":
		return "password", modeSecret
	case "secure", "ciphertext", "ciphertextblob", "encryptedkey", "encryptedsecret", "passworddata":
		return "password", modeSecret // Pulumi's secure: v1:... config values and stack secrets, a KMS-wrapped data key, EC2's encrypted Windows password
	case "secretaccesskey", "awssecretaccesskey", "secretkey", "awssecretkey", "secretaccesskeyid":
		return "secret-access-key", modeSecret
	case "sessiontoken", "awssessiontoken", "securitytoken", "awssecuritytoken":
		return "session-token", modeSecret
	case "session":
		return "auth-session", modeName // Cognito's challenge session (NEW_PASSWORD_REQUIRED): an opaque credential, when long
	case "accesskey":
		return "access-key", modeName // a Firehose HTTP endpoint's key (AccessKey): a third party's credential, when random
	case "signatureprovided", "srpa", "srpb", "salt", "secretblock", "passwordclaimsignature", "activationcode",
		"signaturevalue", "digestvalue", "sessionindex", "samlassertionid", "namequalifier":
		return "password", modeSecret // S3's error body, Cognito's SRP exchange, an SSM hybrid activation's code
	case "device":
		return "device-id", modeName // a camera's or a sensor's name in a device's log line (device=HDX-KR-004417; not /dev/xvda)
	case "thingname", "coredevicethingname", "deploymentname", "iotrolealias", "rolealias":
		return "resource-name", modeName // IoT things, Greengrass deployments, role aliases
	case "principalidentifier":
		return "resource-id", modeName // an IoT policy's target: a certificate's ID
	case "login":
		return "db-username", modeName // an Airflow connection's Login
	case "schema", "schemaname", "targetdb", "outputdb", "sourcedb", "destdb", "gluedb", "athenadb", "controlschema", "warehouse":
		return "database-name", modeName // schema="qf_stage", "--target_db": a job's database or schema; DMS's control tables' schema; a Snowflake warehouse (BI_WH_XS)
	case "sessionid":
		return "ssm-session-id", modeName // an SSM session, <role session name>-<17 hex>: the name is a person's or a profile's
	case "secretkeybase", "cak":
		return "password", modeSecret // Rails' SECRET_KEY_BASE; a MACsec connectivity association key (Direct Connect's --cak)
	case "typename", "hooktypename":
		return cfnTypeName, modeName // a CloudFormation registry type of the customer's own (Quarry::Vault::Secret)
	case "storageintegration":
		return storageIntegration, modeName // Snowflake's STORAGE_INTEGRATION = S3_INT_X (CREATE STAGE, DESC STAGE)
	case "creationtoken":
		return "resource-name", modeName // an EFS file system's creation token: named by the customer
	case "archiveid":
		return "resource-id", modeSecret // a Glacier archive's handle: it retrieves or deletes the archive
	case "source", "eventsource", "xamazoneventssource":
		return "event-source", modeName // an EventBridge event's or pattern's custom source, the company's domain reversed (com.acme.orders)
	case "instancealias":
		return "resource-name", modeName // an Amazon Connect instance's alias, its my.connect.aws subdomain
	case "componentname", "targetcomponentname", "packageidentifier", "componentidentifier":
		return "greengrass-component", modeName // a Greengrass component: com.acme.LineScanner (AWS's are aws.greengrass.*)
	case "portname", "discoveryname", "awslogsstreamprefix", "appname":
		return "resource-name", modeName // ECS Service Connect's port and discovery names, awslogs' stream prefix
	case "auth":
		return "docker-auth", modeSecret // a dockercfg's "auth": base64 of user:password
	case "connectionid", "apimappingid", "poolid":
		return "resource-id", modeName // API Gateway's VPC link connections and API mappings; a Cognito identity pool
	case "exchange", "deadletterexchange", "xdeadletterexchange", "vhost", "virtualhost":
		return "resource-name", modeName // RabbitMQ's exchanges and virtual hosts (Amazon MQ)
	case "encrypt", "initialmanagement":
		return encryptionKey, modeSecret // Consul's gossip key and bootstrap token (with a key's shape only: encrypt = true stays)
	case "datastoreid", "imagesetid", "detectorid":
		return "resource-id", modeName // HealthLake and HealthImaging data stores and image sets; GuardDuty detectors
	case "primarykey", "deterministickey", "keyderivationsalt":
		return encryptionKey, modeSecret // Rails' active_record_encryption keys (a key's shape only)
	case "registrationcode":
		return "registration-code", modeSecret // a WorkSpaces directory's registration code (WSdub+K7QMZ4)
	case "connid", "dagid":
		return "resource-name", modeName // Airflow's connection and DAG IDs
	case "awsprofile", "profilename", "awsdefaultprofile", "ssosession", "ssosessionname", "iamprofile", "profile", "sourceprofile",
		"sharedcredentialprofile", "credentialprofile", "awscredentialprofile":
		return "cli-profile", modeName // AWS_PROFILE=x, boto3.Session(profile_name="x"), sso_session = x, shared_credential_profile (CloudWatch agent)
	case "commonname":
		return "certificate-subject", modeSpaces // a certificate's or a CA's subject: Private CA's Subject.CommonName, Terraform's common_name
	case "organization", "organizationname":
		return "organization-name", modeSpaces // Subject.Organization: the customer's legal name
	case "cellnumber":
		return "session-token", modeSecret // Session Manager's stream URL: ...?role=publish_subscribe&cell-number=x
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
	case "cloudwatchlogstream", "logstream":
		return "resource-name", modeName // a Client VPN endpoint's connection log stream (CloudwatchLogStream, cloudwatch_log_stream)
	case "secretname", "secretid":
		return "secret-name", modeName
	case "servicekey":
		return "api-key", modeSecret // PagerDuty's service (integration) key
	case "setidentifier":
		return "resource-name", modeName // a Route 53 weighted, failover or latency record's SetIdentifier: the customer's
	case "ssmprefix", "ssmparameterprefix", "parameterprefix", "ssmparamprefix":
		return "ssm-parameter", modeName // a Parameter Store hierarchy's prefix ("ssm_prefix": "/acme/prod/")
	case "usergroup", "groupname", "securitygroupname", "dbsubnetgroupname", "subnetgroup", "grouplist", "kubernetesgroups":
		return "group-name", modeName // (GroupList: the IAM groups of get-account-authorization-details' users; an EKS access entry's --kubernetes-groups)
	case "instanceprofile", "iaminstanceprofile", "instanceprofilename", "iaminstanceprofilename":
		return "iam-role-name", modeName
	case "principalid":
		return "principal-id", modeName
	case "userpoolid", "identitypoolid", "cognitouserpoolid", "cognitoidentitypoolid", "clientid", "appclientid", "userpoolclientid",
		"appclientidweb", "cognitoclient":
		return "cognito-id", modeName
	case "restapiid", "apiid", "httpapiid", "websocketapiid", "vpclinkid", "usageplanid":
		return "apigw-id", modeName // (a VPC link's and a usage plan's IDs: API Gateway's six characters)
	case "id", "uuid": // "UUID": a Lambda event source mapping
		return "resource-id", modeName
	case "appid", "pinpointappid":
		return "app-id", modeName // Pinpoint's and Amplify's application IDs
	case "codeverifier", "codechallenge":
		return "password", modeSecret // OAuth's PKCE pair
	case "displayid":
		return "support-case-id", modeName // AWS Support's case number (describe-cases, the console's URL)
	case "taskid", "containerinstanceid", "auditnodeid", "auditnodename", "nodeid":
		return "resource-id", modeName // Container Insights' task events; OpenSearch's audit log (node IDs)
	case "auditrequesteffectiveuser", "auditrequestinitiatinguser", "effectiveuser", "initiatinguser", "requestuser":
		return "db-username", modeName // OpenSearch's audit log: the user a request ran as
	case "physicalresourceid", "resourceid", "resourcename", "physicalid", "lineitemresourceid":
		return "resource-name", modeName
	case "netbiosname", "shortname", "netbiosdomainname", "targetdomainname", "subjectdomainname", "accountdomain":
		return "windows-domain", modeName // Directory Service and FSx: the domain's or the server's NetBIOS name; Windows events'
	case "targetusername", "subjectusername", "workstationname":
		return "windows-account", modeName // Windows security events: <Data Name='TargetUserName'>x</Data>
	case "mountname":
		return "fsx-mount-name", modeName // FSx for Lustre: the file system's generated mount name
	case "collectionid", "collectionids", "externalimageid", "jobtag":
		// Rekognition's face collections and the customer's own image IDs (often a person's:
		// E10442_priya.raman); Textract's and Comprehend's job tags
		return "resource-name", modeName
	case "uid", "userid", "dbuid", "pguser", "mysqluser", "mysqlusername", "postgresuser":
		return "db-username", modeName
	case "keyspace", "keyspacename":
		return "database-name", modeName // Keyspaces' (Cassandra's) keyspace, as a driver logs it
	case "username", "masterusername", "dbuser", "dbusername", "rolearn", "userarn", "suser", "duser", "usrname", "userlogin",
		"sourceidentity", "nickname":
		// (suser, duser: CEF's source and destination users; usrName: LEEF's; user login: Amazon
		// Connect's bulk user CSV; an STS session's sourceIdentity; an ID token's nickname)
		return "iam-user-name", modeName
	case "email", "emailaddress", "owneremail", "contact":
		return "email", modeName
	case "givenname", "familyname", "firstname", "lastname", "fullname", "middlename", "surname":
		return "person-name", modeSpaces
	case "street1", "street2", "street3", "streetaddress", "addressline1", "addressline2", "company", "companyname":
		return "street-address", modeSpaces // a Snow job's shipping address, a billing contact
	case "trackingnumber", "serialnumber", "deviceserial", "serial":
		return "resource-id", modeName // a shipment's tracking number, a device's serial
	case "googlesiteverification", "mssitedomainverification", "facebookdomainverification", "atlassiandomainverification":
		return "verification-token", modeSecret // DNS TXT records that prove domain ownership
	case "cookie", "setcookie", "authorization", "proxyauthorization", "xapikey", "xauthtoken", "xamzsecuritytoken", "xhoneycombteam":
		return "password", modeSecret // HTTP headers in WAF and ALB logs: {"name": "Cookie", "value": ...}
	case "vpcname", "subnetname", "envname", "environmentname", "projectname", "servicetag", "application",
		"app", "team", "costcenter", "costcentre", "kostenstelle", "centredecout", "project":
		return "tag-value", modeName
	case "awsrolesessionname", "rolesessionnameprefix":
		return "iam-role-name", modeName
	case "thingid", "cacertificateid", "certificateid", "directconnectgatewayid", "healthcheckid", "healthcheck", "firewallpolicyid", "firewallid",
		"rulegroupid", "firewallarn", "healthcheckids", "opsitemid", "hsmid", "sourcebackupid", "brokerid", "serverid",
		"guardrailidentifier", "guardrailid", "policystoreid", "determiningpolicies", "knowledgebaseid", "datasourceid", "agentid",
		"agentaliasid", "actiongroupid", "slackteamid", "slackchannelid", "slackworkspaceid", "teamid",
		"contactid", "hoursofoperationid", "routingprofileid", "assetmodelid", "vmwareuuid", "sourceserverid",
		"recoveryinstanceid", "campaignid", "campaignactivityid", "treatmentid", "macaddress",
		"extensionid",
		"instanceid", "queueid", "contactflowid", "phonenumberid", "indexid", "sipmediaapplicationid", "voiceconnectorid",
		"registrationid", "zonalshiftid", "resolutionid", "acceleratorid", "faceid", "faceids", "trackingid", "adapterid",
		"attachedchannels", "participantid", "recordingsessionid", "rootresourceid",
		"savingsplanid", "reservedinstancesid", "reservedinstanceslistingid", "commitmentdiscountid":
		return "resource-id", modeName // ... AppConfig's seven-character IDs; Connect's instances (a UUID), Kendra's indexes, Rekognition's faces
	case "senderid", "defaultsenderid", "contactflowname", "eventdestinationname", "routingprofilename", "quickconnectname",
		"hoursofoperationname", "grantname", "appcomponentname", "serverlesscachename", "serverlesscachesnapshotname", "sourcesnapshotid",
		"k8snamespace", "k8sworkload":
		return "resource-name", modeName // an SMS sender ID (a brand), a contact flow's, an event destination's
	case "phonenumber", "phone", "mobile", "mobilephone", "phone_number", "telephone", "msisdn", "originationnumber",
		"snsoriginationnumber", "destinationnumber", "callernumber":
		return "phone-number", modeSpaces
	case "environmentid", "configurationprofileid", "applicationid", "deploymentstrategyid":
		return appConfigID, modeName // AppConfig's seven-character IDs (and other services' application IDs)
	case "playerid", "playerids":
		return "username", modeName // a game's player as the developer names it (kaelthorn#4471, u_88231907) or by UUID
	case "adminrolevalues", "editorrolevalues":
		return "group-name", modeName // Managed Grafana's SAML role values: the IdP's groups
	case "index", "indexname", "replsetname":
		return "resource-name", modeName // an OpenSearch or Elasticsearch index; a MongoDB replica set
	case "selector":
		return "dkim-token", modeName // a DMARC report's DKIM selector (SES's Easy DKIM tokens)
	case "principalname":
		return "username", modeName // a MongoDB log's authenticated user
	case "calleridentity":
		return "iam-user-name", modeName // an SES event's sender: the IAM user its SMTP credentials belong to
	case "nameprefix":
		return "resource-name", modeName // a tool's name_prefix argument: the customer's names' stem (cobaltreef-)
	case "segments", "segment", "segmentname", "edgesegment":
		return "network-segment", modeName // a Cloud WAN core network's segments, named by the customer
	case "jobqueue", "jobqueuename", "jobqueues", "computeenvironment", "computeenvironmentname", "computeenvironments":
		return "resource-name", modeName // AWS Batch's queues and compute environments, by name
	case "jobdefinition", "jobdefinitionname":
		return "batch-job-definition", modeName // AWS Batch: NAME[:REVISION], the revision stays
	case "jobs":
		return "resource-uuid", modeName // aws batch describe-jobs --jobs <uuid>: a job's ID
	case "bluegreendeploymentname", "proxyendpoint", "dbproxyendpointname", "restoretestingselectionname", "workflowid",
		"versionlabel", "deployedversion", "actiongroup":
		// RDS's blue/green deployments and proxy endpoints, AWS Backup's restore testing
		// selections, an SWF workflow execution's ID (the customer's: claim-2025-118244-intake),
		// an Elastic Beanstalk application version's label (ledger-api-2f81c0a-250314_091522), a
		// Bedrock agent's action group (its Lambda's event)
		return "resource-name", modeName
	case "bluegreendeploymentidentifier":
		return "resource-id", modeName // bgd-<20 letters and digits>
	case "assetid":
		return numericResourceID, modeName // an Outposts server's asset ID (ten digits), a SiteWise asset's (a UUID)
	case "logid", "platformid", "platformdisplayname", "dbsqltokenizedid", "dbsqlid", "catalogitemid":
		// a transparency log's ID (Rekor's, public); AWS Signer's platforms (Notation for
		// Container Registries); Performance Insights' digest of a statement (db.sql_tokenized.id);
		// an Outposts catalog item (AWS's)
		return "", 0
	case "eventbusname", "eventbus", "sourceeventbusname":
		return "eventbridge-name", modeName // an event bus (a CloudWatch dimension's EventBusName, a rule's bus)
	case "appleplatformbundleid", "bundleid", "bundleidentifier":
		return "app-bundle-id", modeName // an SNS platform application's iOS app (uk.co.heronbank.mobile)
	case "lifecyclehookname", "integrationname", "sharename", "datasharename":
		return "resource-name", modeName // an Auto Scaling lifecycle hook; a zero-ETL integration; a Redshift datashare
	case "producernamespace", "consumernamespace", "namespaceid":
		return "resource-uuid", modeName // a Redshift namespace's GUID (svv_datashares' producer_namespace)
	case "ecrrepositoryprefix", "upstreamrepositoryprefix":
		return "ecr-prefix", modeName // an ECR pull-through cache rule's prefixes
	case "backupname":
		return "resource-name", modeName // a DynamoDB or a Backup vault's backup, named by the customer
	case "posixuser":
		return "username", modeName // a Greengrass component's runWith user (USER[:GROUP]: the group stays)
	case "ssid", "wifissid":
		return "resource-name", modeName // a device's Wi-Fi network, named by the customer (a shadow's state)
	case "supportedidentityproviders", "identityprovidername", "idpname":
		return "idp-name", modeName // a Cognito app client's federated IdPs, named by the customer (COGNITO and the social ones stay)
	case "organizationalunitname", "ouname", "organizationalunit", "managedorganizationalunit", "parentouname":
		return "org-unit-name", modeName // an Organizations OU the customer named (Control Tower's events, AFT's requests)
	case "permissionset", "permissionsetname":
		return "iam-role-name", modeName // an Identity Center permission set (its roles are AWSReservedSSO_NAME_<hex>)
	case "schemaversionid":
		return "resource-uuid", modeName // a Glue Schema Registry schema version (a UUID)
	case "sub", "usersub", "cognitosub", "cognitousersub", "creatorid":
		return "resource-uuid", modeName // a Cognito user's subject (a JWT's sub claim), a game's player: the person, by UUID
	case "aud", "audience":
		return "client-id", modeName // a JWT's audience (an HTTP API's JWT authorizer lists them): a Cognito app client
	case "taskdefinition", "ecstaskdefinition":
		return ecsTaskFamily, modeName // "ecs_task_definition": "larkspur-gateway:88": the family, then its revision
	case "subscriptionfilter":
		return "resource-name", modeName
	case "databasedbname", "databaseincludelist", "schemaincludelist", "tableincludelist", "collectionincludelist":
		return "database-name", modeName // Debezium's connectors: database.dbname=x, table.include.list=db.t1,db.t2
	case "slotname", "publicationname":
		return "resource-name", modeName // a PostgreSQL replication slot's, a publication's (Debezium, DMS)
	case "topicprefix", "databaseservername":
		return kafkaTopic, modeName
	case "bootstrapqualifier":
		return "resource-name", modeName // CDK's bootstrap qualifier, in every bootstrap resource's name
	case "activationkey":
		return "password", modeSecret // a Storage Gateway's or DataSync agent's activation key
	case "jobuser":
		return "username", modeName // Mainframe Modernization's batch job's user
	case "documentname", "ssmdocumentname":
		return "resource-name", modeName // an SSM document (AWS's own, AWS-RunShellScript, stay as vocabulary)
	case "inlinepolicies", "inlinepolicy", "inlinepolicyname":
		return "iam-policy-name", modeName
	case "workloadname", "milestonename":
		return "resource-name", modeSpaces // the Well-Architected Tool's workloads and milestones
	case "agentname", "agentruntimename":
		return "resource-name", modeName // Bedrock Agents, AgentCore
	case "oauthclientid":
		return "client-id", modeName
	case "roleid", "tokenmetaroleid":
		return "resource-id", modeName // Vault's AppRole role_id (an IAM RoleId, AROA..., has a shape of its own)
	case "tokenaccessor", "accessor":
		return "password", modeSecret // a Vault token's accessor: looks the token up, revokes it
	case "xamzsignature", "signature", "receipthandle", "xamzcredential":
		return "password", modeSecret // a presigned URL's or a request's signature, an SQS receipt handle
	case "tenant", "tenantname", "tenantid", "customer", "customername", "customerid", "merchant", "merchantname",
		"xtenant", "xtenantid", "merchantid", "organizationslug", "orgslug":
		return "tenant", modeSpaces // S3 Hive partitions (tenant=x), Kubernetes labels, tags: the customer's customers
	case "headervalue":
		return "header-secret", modeName // a CloudFront origin's custom header (X-Origin-Verify): a shared secret when random
	case "namespace", "metricnamespace":
		return "metric-namespace", modeName // CloudWatch's custom namespaces (Kubernetes' are judged away in acceptValue)
	case "db", "datname", "processlistdb", "txndb":
		return "database-name", modeName // db=feature_store in a log line; SQL catalogs' columns
	case "loginuser", "adminuser", "joinuser":
		return "username", modeName // adcli join --login-user=x, realm join -U x
	case "ddservice", "databaseuser":
		if string(k) == "databaseuser" {
			return "db-username", modeName
		}
		return "resource-name", modeName // Datadog's service tag
	case "usename", "rolname", "usr", "processlistuser", "txnowner", "grantee":
		return "db-username", modeName // PostgreSQL's, Redshift's and MySQL's catalogs
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
	case "questionid", "pillarid", "choiceid", "lensalias":
		return awsWords, modeName // the Well-Architected Tool's questions, pillars and choices: AWS's words (protect-data-transit)
	case "owner", "createdby", "contactname", "author", "maintainer", "ownertag":
		return "tag-value", modeSpaces // a person's full name ("Owner": "Marguerite Okafor"; a report's Owner-Tag column)
	case "manager", "gerente", "conductor", "driver", "motorista", "fahrer", "responsable", "responsavel", "responsible",
		"assignee", "reporter", "approver", "requester", "requestedby", "approvedby", "ansprechpartner", "contacto",
		"contato", "kontakt", "supervisor", "oncall":
		return personRole, modeSpaces // a role a person holds ("gerente": "Eduarda Pimentel"), when a person's name is the value
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
	if d := len(k) - 1; d >= 9 && isDigit(k[d]) {
		for d > 0 && isDigit(k[d-1]) {
			d--
		}
		if d >= 9 && k[d-1] == 'v' && hasSuffix(k[:d-1], "password") {
			return "password", modeSecret // ses_smtp_password_v4, password_v2: a password's versioned form
		}
	}
	if len(k) > 5 && (hasSuffix(k, "topic") || hasSuffix(k, "topics") || hasSuffix(k, "topiclist")) && !bytes.Contains(k, []byte("sns")) &&
		!hasSuffix(k, "arntopic") {
		return kafkaTopic, modeName // Kafka: topics=a,b; sink.topic; config.storage.topic; --topic-list
	}
	if len(k) > 9 && (hasSuffix(k, "signature") || hasSuffix(k, "signature256")) && string(k) != "servesignature" {
		// (Route 53's DNSSEC "ServeSignature": "SIGNING" is a status)
		return "password", modeSecret // webhooks' signature headers: Stripe-Signature, X-Hub-Signature-256, x-signature
	}
	if len(k) > 11 && hasSuffix(k, "servicename") && !hasSuffix(k, "ecsservicename") {
		return "resource-name", modeName // POWERTOOLS_SERVICE_NAME, OTEL_SERVICE_NAME: the application's name
	}
	if len(k) > 9 && hasSuffix(k, "namespace") && (hasPrefix(k, "powertools") || hasPrefix(k, "metrics") || bytes.Contains(k, []byte("cloudwatch"))) {
		return "metric-namespace", modeName // POWERTOOLS_METRICS_NAMESPACE, management.metrics.export.cloudwatch.namespace
	}
	if len(k) >= 10 && (hasSuffix(k, "apikeyvalue") || hasSuffix(k, "secretvalue") || hasSuffix(k, "tokenvalue") || hasSuffix(k, "passwordvalue")) {
		return "password", modeSecret // a stack's output: TidewaterCore-Service.ApiKeyValue = x
	}
	if len(k) > 6 && k[0] == 'x' && (hasSuffix(k, "key") || hasSuffix(k, "token") || hasSuffix(k, "secret")) {
		return "password", modeSecret // a custom header's credential: x-partner-key, x-origin-token
	}
	if len(k) > 5 && hasSuffix(k, "auth") && !hasSuffix(k, "oauth") && !hasSuffix(k, "iamauth") && !hasSuffix(k, "basicauth") && !hasSuffix(k, "httpauth") {
		return "password", modeSecret // REDIS_AUTH, MASTER_AUTH: a password by another name
	}
	if len(k) > 22 && hasPrefix(k, "ansibleec2tagsinstance") {
		return "tag-value", modeSpaces // Ansible's ec2_metadata_facts: ansible_ec2_tags_instance_Team
	}
	if len(k) > 9 && (hasSuffix(k, "firstname") || hasSuffix(k, "lastname")) {
		return "person-name", modeSpaces // SSOUserFirstName, OwnerLastName
	}
	switch k[len(k)-1] {
	case 's':
		if len(k) > 4 && hasSuffix(k, "pass") && !hasSuffix(k, "bypass") && !hasSuffix(k, "compass") {
			return "password", modeSecret // REDIS_PASS, OPENSEARCH_MASTER_PASS
		}
		if hasSuffix(k, "authcredentials") {
			return "password", modeSecret // Amplify basicAuthCredentials: base64 of user:password
		}
	case 'h':
		if hasSuffix(k, "parameterpath") || string(k) == "ssmpath" {
			return "ssm-parameter", modeName // DataProtectionParameterPath: a Parameter Store path
		}
		if hasSuffix(k, "basicauth") {
			return "password", modeSecret // BASIC_AUTH = 'Basic <base64 of user:password>'
		}
	case 'y':
		if len(k) > 11 && hasSuffix(k, "requestedby") || hasSuffix(k, "approvedby") || hasSuffix(k, "deployedby") ||
			hasSuffix(k, "triggeredby") || hasSuffix(k, "launchedby") || hasSuffix(k, "submittedby") || hasSuffix(k, "initiatedby") {
			return "person-name", modeSpaces // AFT's change_requested_by, a change's approved_by: a person (built_by may be a tool: packer 1.10.0)
		}
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
		if hasSuffix(k, "apikey") || hasSuffix(k, "appkey") || hasSuffix(k, "applicationkey") || hasSuffix(k, "privatekey") || hasSuffix(k, "signingkey") || hasSuffix(k, "secretkey") ||
			hasSuffix(k, "masterkey") {
			return "password", modeSecret
		}
		if hasSuffix(k, "encryptionkey") || hasSuffix(k, "libsodiumkey") || string(k) == "gossipkey" || hasSuffix(k, "sseckey") {
			return encryptionKey, modeSecret // a key, or a setting's name (EncryptionKey: AES256): see matchKeyValue; sse_c_key: an S3 customer key
		}
	case 'n':
		if hasSuffix(k, "sessiontoken") {
			return "session-token", modeSecret
		}
		if hasSuffix(k, "token") && !paginationToken(k) {
			return "password", modeSecret // API, access, refresh, bearer and registry tokens
		}
	case 'd':
		if hasSuffix(k, "externaluserid") || hasSuffix(k, "externalmeetingid") {
			return "resource-name", modeName // Chime SDK's ExternalUserId, ExternalMeetingId: the application's own user and meeting
		}
		if hasSuffix(k, "replicationinstanceid") {
			return "resource-name", modeName // Terraform's replication_instance_id: a DMS instance's name
		}
		if len(k) > 6 && hasSuffix(k, "connid") {
			return "resource-name", modeName // redshift_conn_id, aws_conn_id: an Airflow connection
		}
		if len(k) > 14 && hasSuffix(k, "identitypoolid") {
			return "cognito-id", modeName // aws_cognito_identity_pool_id (Amplify's aws-exports)
		}
		if len(k) > 5 && hasSuffix(k, "appid") {
			return "resource-id", modeName // AmplifyAppId, aws_mobile_analytics_app_id (Pinpoint)
		}
		if len(k) > 4 && hasSuffix(k, "pwd") {
			return "password", modeSecret // SMTP_PWD
		}
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
		if hasSuffix(k, "secretid") || hasSuffix(k, "secretarn") && !hasPrefix(k, "client") {
			return "secret-name", modeName // ApiKeysSecretId, DB_SECRET_ID: a Secrets Manager secret's name (or ARN)
		}
		if hasSuffix(k, "keypairid") {
			return "key-pair-id", modeName // CloudFront signing key pairs
		}
		if hasSuffix(k, "keyid") {
			return "kms-key-id", modeName
		}
		if hasSuffix(k, "authorizerid") || hasSuffix(k, "integrationid") || string(k) == "deploymentid" {
			return "apigw-id", modeName // API Gateway authorizers, integrations, deployments
		}
		if hasSuffix(k, "activationid") || hasSuffix(k, "deploymentid") || string(k) == "credentialsid" || string(k) == "storageconfigurationid" ||
			string(k) == "networkid" || string(k) == "privateaccesssettingsid" {
			return "resource-id", modeName // SSM activations, deployments; a Databricks workspace's configurations
		}
		if string(k) == "workspaceid" || hasSuffix(k, "entityid") || string(k) == "componenttypeid" {
			return idOrName, modeName // a Databricks workspace (digits), a TwinMaker workspace (a name), its entities and component types
		}
		if hasSuffix(k, "externalid") {
			return "external-id", modeSecret // the shared secret of a cross-account role
		}
		if hasSuffix(k, "clientid") && !hasSuffix(k, "oauthclientid") {
			return "client-id", modeName // Cognito app clients, OAuth clients
		}
	case 't':
		if len(k) > 4 && hasSuffix(k, "salt") {
			return "password", modeSecret // passwordsalt (Nextcloud), ACTIVE_RECORD_ENCRYPTION_KEY_DERIVATION_SALT (Mastodon)
		}
		if hasSuffix(k, "configurationset") {
			return "ses-configuration-set", modeName
		}
		if hasSuffix(k, "secret") {
			return "password", modeSecret // client, webhook, JWT signing secrets
		}
		if hasSuffix(k, "bucket") {
			return "s3-bucket", modeName
		}
		if len(k) > 6 && hasSuffix(k, "host") && !hasSuffix(k, "ghost") && !hasSuffix(k, "localhost") {
			return "customer-domain", modeDomain // DB_HOST, REDIS_HOST, a table's Secondary Host column
		}
	case 'r':
		if hasSuffix(k, "masteruser") || hasSuffix(k, "adminuser") {
			return "db-username", modeName // OPENSEARCH_MASTER_USER, ADMIN_USER
		}
		if len(k) > 6 && (hasSuffix(k, "sftpuser") || hasSuffix(k, "ftpuser") || hasSuffix(k, "smtpuser") || hasSuffix(k, "dbuser") || hasSuffix(k, "proxyuser") ||
			hasSuffix(k, "mquser") || string(k) == "connectionuser" || hasSuffix(k, "kafkauser") || hasSuffix(k, "joinuser") ||
			hasSuffix(k, "ldapuser") || hasSuffix(k, "serviceuser") || hasSuffix(k, "jdbcuser") || hasSuffix(k, "redshiftuser") ||
			string(k) == "storageuser") {
			// PARTNER_SFTP_USER, SMTP_USER: an account on another system (slurmdbd.conf's StorageUser: its database's)
			return "username", modeName
		}
		if string(k) == "receiver" {
			return "resource-name", modeName // an Alertmanager route's receiver
		}
		if hasSuffix(k, "taskidentifier") || hasSuffix(k, "endpointidentifier") || hasSuffix(k, "groupidentifier") || hasSuffix(k, "configidentifier") {
			return "resource-name", modeName // DMS replication tasks, endpoints and (Serverless) configs, ElastiCache groups
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
		if hasSuffix(k, "passphrase") {
			return "password", modeSecret // gpg_passphrase, ssh_key_passphrase
		}
		if len(k) > 8 && hasSuffix(k, "database") {
			return "database-name", modeName // GLUE_DATABASE, ATHENA_DATABASE
		}
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
		if hasSuffix(k, "loggroupname") || hasSuffix(k, "loggrouptemplate") {
			return "log-group", modeName // (Fluent Bit's log_group_template: /app/prod/$ec2_instance_id)
		}

		if hasSuffix(k, "autoscalinggroupname") {
			return "asg-name", modeName
		}
		if hasSuffix(k, "domainname") || hasSuffix(k, "hostname") {
			return "customer-domain", modeDomain // (server.hostName: a Discovery export's column)
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
		if hasSuffix(k, "accountname") || hasSuffix(k, "displayname") && !hasPrefix(k, "level") && !hasPrefix(k, "opcode") && !hasPrefix(k, "task") {
			// LinkedAccountName: an account's display name; collaborationCreatorDisplayName (not a
			// Windows event's LevelDisplayName, OpcodeDisplayName, TaskDisplayName: Critical, Info)
			return "account-alias", modeSpaces
		}
		if hasSuffix(k, "collaborationname") {
			return "resource-name", modeSpaces // Clean Rooms: "Oakridge loyalty overlap 2025"
		}
		if hasSuffix(k, "keyname") && !hasSuffix(k, "contextkeyname") && !hasSuffix(k, "tagkeyname") {
			return "key-pair-name", modeName // Ec2KeyName, ssh_key_name
		}
		if hasSuffix(k, "groupname") || hasSuffix(k, "vaultname") || hasSuffix(k, "poolname") || hasSuffix(k, "templatename") || hasSuffix(k, "indexname") ||
			hasSuffix(k, "connectionname") || hasSuffix(k, "streamname") || hasSuffix(k, "instancename") ||
			hasSuffix(k, "workgroupname") || hasSuffix(k, "pipelinename") || hasSuffix(k, "jobname") ||
			hasSuffix(k, "crawlername") || hasSuffix(k, "namespacename") || hasSuffix(k, "aggregatorname") ||
			hasSuffix(k, "thingtypename") || hasSuffix(k, "gatewayname") || hasSuffix(k, "filesharename") ||
			hasSuffix(k, "aclname") || hasSuffix(k, "stacksetname") || hasSuffix(k, "containername") ||
			hasSuffix(k, "variantname") || hasSuffix(k, "configname") || hasSuffix(k, "endpointname") ||
			hasSuffix(k, "experimentname") || hasSuffix(k, "workflowname") || hasSuffix(k, "datasetname") || hasSuffix(k, "planname") ||
			string(k) == "configurationname" ||
			hasSuffix(k, "dashboardname") || hasSuffix(k, "brokername") || hasSuffix(k, "servername") || hasSuffix(k, "flowname") ||
			hasSuffix(k, "spacename") || hasSuffix(k, "routename") || hasSuffix(k, "meshname") || hasSuffix(k, "resourcesharename") ||
			hasSuffix(k, "filtername") || hasSuffix(k, "vocabularyname") || hasSuffix(k, "entityname") || hasSuffix(k, "assetmodelname") ||
			hasSuffix(k, "assetname") || hasSuffix(k, "identityprovidername") || hasSuffix(k, "lexiconname") ||
			hasSuffix(k, "trackername") || hasSuffix(k, "collectionname") || hasSuffix(k, "mapname") || hasSuffix(k, "calculatorname") ||
			hasSuffix(k, "fleetname") || hasSuffix(k, "datastorename") || hasSuffix(k, "campaignname") || hasSuffix(k, "recommendername") ||
			hasSuffix(k, "predictorname") || hasSuffix(k, "classifiername") || hasSuffix(k, "recognizername") {
			// subnet, parameter and option groups, vaults, indexes, streams, ...; Transcribe's
			// vocabularies and filters, TwinMaker's entities, SiteWise's assets, Location's
			// trackers and maps, GameLift's fleets, the AI services' models and campaigns
			return "resource-name", modeName
		}
		if hasSuffix(k, "teamname") || hasSuffix(k, "licensename") {
			return "resource-name", modeSpaces // Chatbot's Slack and Teams teams, License Manager's licenses: "Acme Ops"
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
		if hasSuffix(k, "eksamazonawscomnodegroup") {
			return "eks-nodegroup-name", modeName // the node label eks.amazonaws.com/nodegroup, as kube-state-metrics spells it
		}
		if hasSuffix(k, "parametergroup") || hasSuffix(k, "subnetgroup") || hasSuffix(k, "optiongroup") || hasSuffix(k, "administratorsgroup") {
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
	if len(k) >= 4 && hasSuffix(k, "id") && resourceIDKey(k) && string(k) != "uuid" && string(k) != "guid" {
		// the ID of a resource of a service this code has no key for ("dataSetId", "domainUnitId",
		// --revision-id): an opaque value (digits and letters, not a word) under it is the
		// customer's; acceptValue reads its shape
		return "resource-id", modeName
	}
	return "", modeName
}

// resourceIDKey reports whether the ID key k (normalised) names a resource, not an operation
// (operationIDKey); a few resources' keys hold an operation's word (BackupPlanId: plan,
// HealthCheckId: check, rateBasedRuleId: rate). The key rule and the prose reader
// (resourceIDWord) ask it alike.
func resourceIDKey(k []byte) bool {
	return !operationIDKey(k) || hasSuffix(k, "backupplanid") || hasSuffix(k, "healthcheckid") || hasSuffix(k, "ratebasedruleid")
}

// operationIDKey: ID keys whose value names an operation, a message or AWS's own catalogue
// entry (a request, an event, a trace, a query's execution, a run, a finding, a Trusted
// Advisor check, a model, a zone, an Oracle SQL_ID: a hash of its text, an SES bounce's
// feedback) or an application's record (an order), which the analysis reads and which
// identifies no resource of the customer's estate.
func operationIDKey(k []byte) bool {
	return containsAnyOf(k, "request", "event", "trace", "span", "correlation", "message", "transaction", "execution", "auditid",
		"run", "task", "query", "operation", "command", "invocation", "finding", "check", "recommendation", "model",
		"zone", "azid", "version", "logical", "lease", "sku", "offer", "rate", "language",
		"locale", "region", "partition", "type", "plan", "parent", "process", "thread", "shard",
		"sequence", "control", "standard", "generator", "order", "loadid", "inference", "sqlid", "reconcile", "update", "feedback")
}

// containsAnyOf reports whether one of words occurs in k.
func containsAnyOf(k []byte, words ...string) bool {
	for _, w := range words {
		if bytes.Contains(k, []byte(w)) {
			return true
		}
	}
	return false
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
			if typ == "" && len(raw) > 4 && hasSuffix(raw, "_KEY") && constantName(raw) {
				typ, mode = encryptionKey, modeSecret // an environment's *_KEY (MEILISEARCH_KEY=x): a key's shape only
			}
			if typ == "" && (string(raw) == "DSN" || string(raw) == "DSNAME") {
				typ, mode = "resource-name", modeName // a JCL data set (DSN=PROD.RATES) or an ODBC data source (a dsn := "..." is Go's connection string)
			}
			if typ == "" && len(raw) > 4 && hasPrefix(raw, "tag_") && isUpper(raw[4]) {
				typ, mode = "tag-value", modeSpaces // YACE's and CloudWatch exporters' labels: tag_CostCenter="cc-4471"
			}
			if typ == "" && len(raw) > 5 && hasPrefix(raw, "user_") {
				if t, m := keyType(key[4:]); t == "tag-value" {
					typ, mode = t, m // a CUR 2.0 export's user tags: {"user_team": "mercury-orders"}
				}
			}
			if string(key) == "applicationname" {
				// CodeDeploy's, Elastic Beanstalk's, Kinesis Data Analytics' applications, and
				// PostgreSQL's application_name when it is the customer's service (a client
				// program's name, psql or DBeaver, is a word and stays)
				typ = "resource-name"
			}
		}
		e.typ, e.mode, e.ok = typ, mode, ok
		e.rawN = uint8(copy(e.raw[:], raw))
		e.normN = uint8(copy(e.norm[:], key))
		return key, typ, mode, ok
	}
	return buf[:copy(buf, e.norm[:e.normN])], e.typ, e.mode, e.ok
}

// tfImportBlock reports whether the key at i is in a Terraform import block, after its "to =
// aws_..." line (or before it, on the lines that follow "import {").
func tfImportBlock(text []byte, i int) bool {
	b := text[max(0, i-200):i]
	p := bytes.LastIndex(b, []byte("import {"))
	return p >= 0 && bytes.IndexByte(b[p:], '}') < 0 && bytes.Contains(text[max(0, i-200)+p:min(len(text), i+200)], []byte("to "))
}

// xmlNamedData reads a Windows event's data element, whose Name attribute (its quote at j)
// says what its text is (<Data Name='TargetUserName'>h.lindqvist</Data>): the text is judged
// as that key's value. It returns the end of the text, or -1.
func (s *scanState) xmlNamedData(j, ri int) int {
	text := s.text
	if j >= len(text) || text[j] != '\'' && text[j] != '"' {
		return -1
	}
	q := bytes.IndexByte(text[j+1:min(len(text), j+66)], text[j])
	if q <= 0 || j+q+2 >= len(text) || text[j+q+2] != '>' {
		return -1
	}
	var nb [64]byte
	nk, ok := normKey(text[j+1:j+1+q], nb[:])
	if !ok {
		return -1
	}
	typ, mode := keyType(nk)
	vs := j + q + 3
	ve := vs
	for ve < len(text) && ve-vs < 256 && text[ve] != '<' && text[ve] != '\n' {
		ve++
	}
	if v := text[vs:ve]; typ == "" || ve >= len(text) || text[ve] != '<' || !acceptValue(v, typ, mode) || builtinWindowsAccount(v) ||
		mode != modeSecret && startsAssignment(v) {
		// (Sysmon's RuleName technique_id=T1059.001,technique_name=PowerShell: pairs, read on their own)
		return -1 // (the accounts and domain every Windows machine has)
	}
	s.emit(vs, ve, reportedType(typ), ri)
	return ve
}

// keyClose returns where the closing quotes of the key text[i:k] end (at most six: "k", \"k\",
// '"k"'), and the ']' of a hash's or an array's member after them (gitlab_rails['db_password']
// = 'x', $CONFIG['dbpassword'] = 'x').
func keyClose(text []byte, i, k int) int {
	j := k
	for q := 0; j < len(text) && q < 6 && keyQuote(text[j]); q++ {
		j++
	}
	if j < len(text) && text[j] == ']' && j > k && i >= 2 && text[i-2] == '[' && text[i-1] == text[k] {
		j++
	}
	return j
}

// keyQuote reports a byte that may close a quoted key (", \", ' or Markdown's `): keyClose reads only after
// one, so its callers test it first and skip the call for the bare keys of most text.
func keyQuote(c byte) bool { return c == '"' || c == '\\' || c == '\'' || c == '`' }

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
	tail := false // the key is the last dotted parts of a longer one
	if k-i > maxKeyLen {
		// a property's name longer than a key (config.providers.secretsmanager.param.aws.secret.access.key):
		// its last parts, as long as a key may be, say what it is
		for k < n && k-i < 160 && nameClass[text[k]] != 0 {
			k++
		}
		d := k - maxKeyLen
		for d < k && text[d-1] != '.' {
			d++
		}
		if k-i >= 160 || d >= k || k >= n || text[k] != '=' && text[k] != ':' {
			return -1
		}
		i, h, tail = d, 0, true
		for _, c := range text[d:k] {
			h = h*31 + uint32(c)
		}
	}
	if k >= n {
		return -1
	}
	if k-i == 4 && text[k] == ':' && string(text[i:k]) == "PASS" && i >= 4 && string(text[i-4:i]) == "--- " {
		return -1 // go test's verdict on a test (--- PASS: TestOrders (0.00s)), not a password
	}
	if (k-i == 5 || k-i == 15) && text[k] == ':' && (string(text[i:k]) == "Topic" || string(text[i:k]) == "Group" ||
		string(text[i:k]) == "TransactionalId") && (hasPrefix(text[k:], ":LITERAL:") || hasPrefix(text[k:], ":PREFIXED:")) {
		// a Kafka ACL's resource pattern (an MSK broker's authorizer log: resource =
		// Topic:LITERAL:x): the topic's, the consumer group's or the producer's name
		vs := k + 1 + bytes.IndexByte(text[k+1:], ':') + 1
		e := vs
		for e < n && (isWord(text[e]) || text[e] == '-' || text[e] == '.') {
			e++
		}
		if v := text[vs:e]; e > vs && string(v) != "*" && !hasPrefix(v, "__") && !stopWord(v) {
			typ := kafkaTopic
			if text[i] != 'T' || text[i+1] != 'o' {
				typ = "resource-name"
			}
			s.emit(vs, e, typ, ri)
		}
		return e
	}
	if k-i <= 4 && text[k] == ':' && (string(text[i:k]) == "Path" || string(text[i:k]) == "Who") {
		if e := s.terraformLock(i, k, ri); e > 0 {
			return e
		}
	}
	if (k-i == 4 && string(text[i:k]) == "data" || k-i == 10 && string(text[i:k]) == "stringData") && s.pwRule >= 0 {
		s.k8sSecretData(i, k) // a Kubernetes Secret's map: its values wait in s.early
	}
	memo := &s.deadKeys[h%uint32(len(s.deadKeys))]
	if int(memo.n) == k-i && string(text[memo.at:int(memo.at)+k-i]) == string(text[i:k]) && i >= s.tagMapEnd && i >= s.tagListEnd &&
		i >= s.pendUntil && i >= s.cfnTill {
		// a key already found to say nothing ("InstanceType", "State"); not while a key before
		// gives meaning to the next ones ("Path": ".../API_KEY" to a change set's BeforeValue,
		// a typed attribute's or an event pattern's key to "S" and "prefix")
		return -1
	}
	if k < n && k-i <= 2 && (text[k] == '=' && (isUpper(text[i]) || k+1 < n && (string(text[i:k]) == "cn" || string(text[i:k]) == "ou")) ||
		text[k] == ' ' && k+2 < n && text[k+1] == '=' && text[k+2] == ' ' && isUpper(text[i])) {
		// (openssl's subject and issuer lines: C = GB, O = Acme Ltd, CN = x)
		if e := s.distinguishedName(i, ri); e > 0 {
			return e // CN=...,O=...,DC=...: an X.509 subject or an LDAP name
		}
	}
	if k-i == 4 && text[k] == ':' && k+1 < n && isAlnum(text[k+1]) && string(text[i:k]) == "User" {
		// a Kafka principal: --allow-principal User:svc-enricher, super.users=User:a;User:b
		e := k + 1
		for e < n && (isWord(text[e]) || text[e] == '-' || text[e] == '.' || text[e] == '@') {
			e++
		}
		if v := text[k+1 : e]; string(v) != "ANONYMOUS" && acceptValue(v, "username", modeName) {
			s.emit(k+1, e, "username", ri)
		}
		return e
	}
	if i >= 16 && text[i-1] == ' ' && string(text[i-16:i]) == "operation error " {
		return -1 // aws-sdk-go-v2's "operation error Lambda: Invoke": the service and its API call
	}
	flag := i >= 2 && text[i-1] == '-' && text[i-2] == '-'
	if !flag && i >= 2 && text[i-1] == '-' && powerShellParam(text, i, k) {
		flag = true // a PowerShell cmdlet's parameter: Get-IAMRole -RoleName x, Invoke-Sqlcmd -Username x -Password y
	}
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
		if (k-i == 4 && string(text[i:k]) == "code" || k-i == 2 && string(text[i:k]) == "id") && text[i-2] == ' ' && ssmRegister(text, i) {
			// amazon-ssm-agent -register -code <activation code> -id <activation ID>
			typ := "password"
			if k-i == 2 {
				typ = "resource-id"
			}
			return s.flagCred(k-1, typ, false, ri)
		}
	}
	if i > 0 && !flag && !tail && (text[i-1] == '_' && i >= 2 && (isAlnum(text[i-2]) || text[i-2] == '_') || text[i-1] == '.' || text[i-1] == '-' || text[i-1] == '/') &&
		(text[i-1] != '-' || i >= 2 && text[i-2] != '\n' && (text[i-2] != ' ' && text[i-2] != '\t' || text[k] != '=' && !lineKey(text, i-1))) &&
		(text[i-1] != '/' || text[k] != '=' && (text[k] != ':' || !annotationPrefix(text, i-1))) {
		// (a single-dash option with '=' is a key: java -Ddb.password=x, flyway -password=x)
		return -1 // the tail of a longer key (application_name) or path; a diff's removed line (-key = v) and a Hive partition (/tenant=x/) are keys
	}
	// closing quotes of the key, then blanks, then the separator
	j := k
	if k < n && keyQuote(text[k]) {
		j = keyClose(text, i, k)
	} else if k < n && text[k] == '&' && i > 0 && text[i-1] == ';' {
		j += htmlQuote(text, k) // &quot;key&quot;: a JSON or a Python dict escaped for HTML
	}
	sp := j
	for j < n && j-sp < maxKeyPad && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	if j >= n {
		return -1
	}
	spaced := false // KEY VALUE with no separator
	setCmd := false // ... after "set" at the start of a line
	ctor := ""      // the resource type a constructor's first argument names
	if j == k && text[j] == '(' {
		ctor = constructorType(text[i:k])
	}
	xml := false
	regexAlt := false
	switch c := text[j]; {
	case c == '>' && j == k && xmlOpen(text, i) >= 0:
		xml = true // <Key>value</Key>: S3, STS and EC2 Query API responses; <ds:Key>: SAML
		j++
	case c == ':' && j+1 < n && text[j+1] == '=':
		j += 2
	case c == ':' && j == k && k-i == 3 && string(text[i:k]) == "tag" && j+1 < n && isLetter(text[j+1]):
		return s.tagFilter(j+1, ri) // tag:Name=x, tag:Owner=y (SSM targets, resource groups, filters)
	case c == 0xef && j == k && j+3 < n && text[j+1] == 0xbc && text[j+2] == 0x9a && i > 0 && text[i-1] >= 0x80:
		j += 3 // a full-width colon after a key glued to CJK text (ディテクターID：x, 인스턴스 ID：x)
	case c == ',' && j > k && i >= 5 && (text[i-1] == '"' || text[i-1] == '\'') && envDefaultCall(text, i-1):
		j++ // os.environ.get("TABLE", "x"), os.getenv('BUCKET', 'x'): the default is what the variable names
	case c == ':' && j == k && j+3 < n && (text[j+1] == '~' || text[j+1] == '/') && (i == 0 || text[i-1] == '\n') && rootPrompt(text, j):
		// SUSE's root prompt, HOST:~ # (and HOST:/usr/sap/SID/HDB00 #): the machine's name
		if v := text[i:k]; hasDigitByte(v) && hasLetterRun(v, 2) && !stopWord(v) {
			s.emit(i, k, "host-name", ri)
			return k
		}
		return -1
	case c == ':':
		if j+1 < n && text[j+1] != ' ' && text[j+1] != '\t' && text[j+1] != '"' && text[j+1] != '\\' &&
			text[j+1] != '\n' && text[j+1] != '\'' && text[j+1] != '\r' && (text[j+1] != '[' && text[j+1] != '{' || text[j-1] != '"') && !tagSetKey(text, i, j) &&
			(text[j+1] != '&' || text[j-1] != ';' || htmlQuote(text, j+1) == 0) {
			return -1 // arn:..., https://, 10:00
		}
		j++
	case c == '=' && j+2 < n && text[j+1] == '~' && text[j+2] == '"':
		j += 2 // a Prometheus label matcher, label=~"a|b": each alternative is judged below
		regexAlt = true
	case c == '=':
		if j+1 < n && text[j+1] == '=' {
			return -1
		}
		j++
		if j < n && text[j] == '>' {
			j++ // Ruby, Perl and PHP hashes: SecretAccessKey => "x", 'db_password' => 'x'
		}
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
	case c == ',' && j > k && flag && (text[k] == '"' || text[k] == '\''):
		j++ // an argument list's option and value: "Args": ["--jdbc-user", "x", "--jdbc-password", "y"]
	case flag && (c == ' ' || j > k):
		// --flag value: j already past the blanks
	case sp == k && j > sp && sqlKMSKeyID(text, i, k, j):
		spaced = true // Redshift's UNLOAD ... kms_key_id '<uuid>' encrypted, within a line
	case sp == k && j > sp && lineKey(text, i):
		// KEY<blanks>VALUE at the start of a config line (Fluent Bit, ssh, haproxy): only secret
		// keys are read this way, below
		spaced = true
	case sp == k && j > sp && setCommand(text, i):
		// set KEY VALUE (FortiGate, Check Point, F5's tmsh): a configuration command; any known
		// key is read this way
		spaced, setCmd = true, true
	default:
		return -1
	}
	if text[j-1] == '=' && (i == 0 || text[i-1] == '\n') && tnsDescription(text, j) {
		s.emit(i, k, "database-name", ri) // tnsnames.ora: ALIAS = (DESCRIPTION = ...), the database's name
		return k
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
	if flag && (string(key) == "accesskey" || string(key) == "domain" || string(key) == "repository") {
		switch line := text[lineStart(text, i, 160):i]; {
		case string(key) == "accesskey":
			typ, mode = "access-key", modeSecret // --access-key: an object store's or a partner's key, whatever its shape (DataSync, Snowball)
		case bytes.Contains(line, []byte("codeartifact")):
			typ, mode = "resource-name", modeName // a CodeArtifact domain's or repository's name (--domain acme --repository pypi-store)
		}
	}
	if typ == "" && text[j-1] == '=' && cefCustomKey(text[i:k]) {
		typ, mode = cefLabelType(text, i, k) // CEF: cs3Label=dbInstanceIdentifier cs3=x
	}
	if string(text[i:k]) == "group.id" {
		typ, mode = "group-name", modeName // a Kafka client's consumer group (group.id = payments.ledger.v2), not Maven's <groupId>
	}
	if spaced && !setCmd && (mode != modeSecret || !spacedSecret(text, j)) && typ != "log-group" && !s.fluentBitKey(typ) &&
		(typ != "kms-key-id" || !quotedUUID(text, j)) {
		// (Fluent Bit's log_group_name /ecs/x is read this way too, and Redshift's UNLOAD ...
		// KMS_KEY_ID '<uuid>')
		return -1
	}
	if !flag && (string(key) == "httpauth" || hasSuffix(key, "basicauth") || hasSuffix(key, "basicauthuserinfo")) {
		if e := s.userPass(skipBlanks(text, j), ri); e > 0 {
			return e // http_auth: user:password (OpenSearch clients, Curator); basic.auth.user.info=user:password (Schema Registry)
		}
	}
	if string(key) == "name" && text[j-1] == '=' && i >= 6 && string(text[i-6:i]) == "<Data " {
		if e := s.xmlNamedData(j, ri); e > 0 {
			return e // <Data Name='TargetUserName'>x</Data>: the attribute names the element's text
		}
	}
	if flag && string(key) == "name" {
		if t := cliNameType(text, i); t != "" {
			typ, mode = t, modeName // aws eks describe-cluster --name x: the service says what x is
		}
	} else if flag && string(key) == "namespace" && string(cliService(text, i)) == "s3tables" {
		typ, mode = "resource-name", modeName // aws s3tables list-tables --namespace x: the lakehouse's schema
	} else if flag && typ == "" && len(key) > 4 && hasSuffix(key, "name") && !vocabularyNameKey(key) && cliService(text, i) != nil {
		typ, mode = "resource-name", modeName // aws appflow describe-flow --flow-name x: a name the customer chose
	}
	if flag && string(key) == "tasks" && string(cliService(text, i)) == "ecs" {
		// aws ecs describe-tasks --tasks ID [ID...]: every task's ID (32 hex digits) up to the next option
		p, last := skipBlanks(text, j), -1
		for p+32 <= n && allHex(text[p:p+32]) && (p+32 == n || !isAlnum(text[p+32])) {
			s.emit(p, p+32, "ecs-task-id", ri)
			last, p = p+32, p+32
			for p < n && text[p] == ' ' {
				p++
			}
		}
		if last > 0 {
			return last
		}
	}
	if flag && string(key) == "id" && string(cliService(text, i)) == "cloudfront" {
		if v := skipBlanks(text, j); v < n && text[v] == 'E' {
			typ = "cloudfront-id" // aws cloudfront get-distribution-config --id ERNRYCDZAAIUSA: a distribution, however few its digits
		}
	}
	if flag && string(key) == "user" {
		if e := s.userPass(skipBlanks(text, j), ri); e > 0 {
			return e // curl --user user:password
		}
	}
	if string(key) == "identifier" && afterWords(text, i, "session") {
		typ = "" // "Session Identifier: <uuid>" (Amplify's CLI): a session, like a request ID
	}
	if typ == "" && string(key) == "catalog" && i >= 8 && hasPrefixFold(text[i-8:i], "initial ") {
		typ, mode = "database-name", modeName // SQL Server's connection strings: Initial Catalog=x
	}
	if typ == "name" && i >= 2 && text[i-1] == ' ' && text[j-1] != ' ' {
		if t := nounName(text, i-1); t != "" {
			typ, mode = t, modeName // eb status's "Application name: x", "Cluster name: x": the noun says what x is
		}
	}
	if typ == "" && string(key) == "account" && i >= 8 && string(text[i-8:i]) == "Service " {
		typ, mode = "k8s-service-account", modeName // kubectl describe: "Service Account:  NAME"
	}
	if typ == "" && string(key) == "account" && i >= 7 && string(text[i-7:i]) == "Target " {
		typ, mode = "windows-account", modeName // a Windows security event: "Target Account: jpatel" (4740, an account locked out)
	}
	if typ == "" && string(key) == "number" && i >= 4 && text[i-1] == ' ' {
		switch {
		case hasSuffixFold(text[:i-1], "invoice"):
			typ, mode = "resource-id", modeName // a bill's "Invoice Number: EUINDE26-7756513"
		case hasSuffixFold(text[:i-1], " vat") || hasSuffixFold(text[:i-1], "vat registration"):
			typ, mode = "tax-id", modeName // "Customer VAT Number: DE318274406"
		}
	}
	if string(key) == "host" && i >= 7 && string(text[i-5:i]) == "User@" && text[j-1] == ':' {
		// MySQL's slow query log: "# User@Host: USER[USER] @ HOST [IP]": the database user
		if v := skipBlanks(text, j); v < n {
			e := v
			for e < n && e-v < 64 && (isWord(text[e]) || text[e] == '-' || text[e] == '.') {
				e++
			}
			if e > v && e < n && text[e] == '[' && !stopWord(text[v:e]) {
				s.emit(v, e, "db-username", ri)
				if c := bytes.IndexByte(text[e:min(n, e+66)], ']'); c > 1 && string(text[e+1:e+c]) == string(text[v:e]) {
					s.emit(e+1, e+c, "db-username", ri)
					return e + c
				}
				return e
			}
		}
	}
	if string(key) == "domain" && i >= 8 && string(text[i-8:i]) == "Account " {
		typ, mode = "windows-account", modeName // ... and its "Account Domain: QUILLSTONE", the NetBIOS domain (NT AUTHORITY stays)
	}
	if i > 0 && text[i-1] == '(' && (string(text[i:k]) == "SERVICE_NAME" || string(text[i:k]) == "SID") {
		typ, mode = "database-name", modeName // a TNS descriptor's (CONNECT_DATA = (SERVICE_NAME = KVPRD))
	}
	if string(key) == "uid" && text[j-1] != '=' {
		// Uid=app in a connection string names a user; "uid": <uuid> in Kubernetes and scanner
		// output is an object's or an event's ID, but in an OCSF event's "user" object the
		// identity provider's ID of the person
		typ = ""
		if userObject(text, i) {
			typ = "resource-uuid"
		}
	}
	if typ == "" && ctor != "" {
		typ, mode = ctor, modeName
	}
	if string(key) == "id" && text[j-1] == '=' && tfImportBlock(text, i) {
		typ = "resource-name" // import { to = aws_lambda_function.x  id = "NAME" }: the resource's own ID
	}
	if string(key) == "id" && i > 0 && text[i-1] == '[' {
		if typ == "" || typ == "resource-id" {
			// terraform: aws_s3_bucket.logs: Refreshing state... [id=NAME]; pulumi preview's
			// [id=NAME] under a resource: the provider's ID of the customer's resource, a name as
			// often as an ID
			typ, mode = "resource-name", modeName
		}
		if e := s.tfCompositeID(j, ri); e > 0 {
			return e
		}
	}
	if string(key) == "revisionid" {
		if v := skipQuotes(text, skipBlanks(text, j)); v+36 <= n && isUUID(text[v:v+36]) {
			return v + 36 // Lambda's and Lex's RevisionId, a UUID: an optimistic lock's token, kept like request IDs (a Data Exchange revision is 32 hex digits)
		} else if e := digitsEnd(text, v); e-v >= 10 && (e == n || !isAlnum(text[e])) {
			return e // DynamoDB's resource policy's RevisionId, a timestamp in milliseconds: a version, passed back on update
		}
	}
	if string(key) == "id" && i >= 5 && hasPrefixFold(text[i-5:i], "user ") {
		typ, mode = "db-username", modeName // connection strings: User Id=app
	}
	if string(key) == "id" {
		if v := skipQuotes(text, skipBlanks(text, j)); v+36 <= n && isUUID(text[v:v+36]) && (v+36 == n || !isAlnum(text[v+36])) &&
			(bytes.Contains(text[v:min(n, v+240)], []byte(`"detail-type`)) || bytes.Contains(text[max(0, i-80):i], []byte(`"version`)) ||
				bytes.Contains(text[max(0, i-400):i], []byte(`"detail-type`)) ||
				bytes.Contains(text[v:min(n, v+80)], []byte(`"createdAt`)) || bytes.Contains(text[v:min(n, v+60)], []byte(`"message`)) ||
				bytes.Contains(text[v:min(n, v+400)], []byte(`"operationType`)) ||
				bytes.Contains(text[max(0, i-24):i], []byte(`"update`)) || bytes.Contains(text[max(0, i-16):i], []byte(`"request":`))) {
			// an EventBridge event's ID ({"version": "0", "id": "<uuid>", "detail-type": ...}), an
			// ECS service event's ({"id": "<uuid>", "createdAt": ...}) or a Lightsail operation's
			// ({"id": "<uuid>", ..., "operationType": ...}) or an EKS update's ({"update": {"id":
			// ...}}) or a Vault audit record's request ({"request": {"id": ...}}): kept like other
			// event IDs; the keys are matched without their closing quote, which an escaped JSON spells \"
			return -1
		}
	}
	if string(key) == "id" && (afterWords(text, i, "request") || afterWords(text, i, "event") || afterWords(text, i, "command") ||
		afterWords(text, i, "session") && !hasPrefix(text[skipBlanks(text, j):], "user-") ||
		afterWords(text, i, "query") || afterWords(text, i, "query execution") || afterWords(text, i, "Query [") || afterWords(text, i, "invocation") || afterWords(text, i, "operation") || afterWords(text, i, "deployment with") ||
		afterWords(text, i, "message") || afterWords(text, i, "trace") || afterWords(text, i, "correlation") || afterWords(text, i, "SQL")) {
		return -1 // "Request ID: ...": request and event IDs stay readable (and Oracle's "SQL ID: ...", a hash of a statement)
	}
	isValueKey := false
	switch string(key) {
	case "value", "values", "outputvalue", "parametervalue", "tagvalue", "stringvalue", "attributevalue":
		isValueKey = true
	case "s", "ss":
		isValueKey = s.pendUntil > i // DynamoDB's typed value: "refreshToken": {"S": "x"}
	case "prefix", "suffix", "wildcard", "equalsignorecase", "anythingbut":
		isValueKey = s.pendUntil > i // EventBridge's operators: "bucketName": [{"prefix": "x"}]
	case "name":
		// an S3 event's "bucket": {"name": "x"}, a Wazuh alert's "cluster": {"name": "x"}: the
		// object's name is the kind its key says
		isValueKey = s.pendUntil > i && (s.pendTyp == "s3-bucket" || s.pendTyp == "cluster-name" || s.pendTyp == "network-segment")
	}
	if typ == "" && k-i == 9 && i > 0 && text[i-1] == '"' && string(text[i:k]) == "Plaintext" {
		typ, mode = encryptionKey, modeSecret // KMS GenerateDataKey's and Decrypt's "Plaintext": a data key, base64
	}
	if typ == "" && i > 8 && text[i-1] == ' ' && (string(key) == "default" || string(key) == "envdefault") {
		// a Go struct tag's default, `envconfig:"LEDGER_TABLE" default:"x"` (caarlos0/env's
		// `env:"X" envDefault:"x"`): the value is what the environment variable names
		if t, m := structTagEnvType(text, i); t != "" {
			typ, mode = t, m
		}
	}
	if typ == "" && text[i] == 'D' && string(key) == "default" {
		// a CloudFormation parameter's Default: what the parameter's name says it holds
		// ("MasterUsername": {"Type": "String", "Default": "tms_owner"}); else, in YAML, what
		// its NoEcho or its name (a tag's too) says
		if t, m := cfnParamType(text, i); t != "" {
			typ, mode = t, m
		} else if text[j-1] == ':' {
			typ, mode = cfnParameterType(text, i)
		}
	}
	if string(key) == "sensitive" {
		if v := skipBlanks(text, j); hasPrefix(text[v:], "true") {
			s.pendTyp, s.pendUntil = "password", v+160
		}
		return -1
	}
	if string(key) == "path" && typ == "" {
		// a CloudFormation change set's detail: "Path": "/Properties/Environment/Variables/API_KEY"
		// names what its BeforeValue and AfterValue are
		if v, quote := valueStart(text, skipBlanks(text, j)); hasPrefix(text[v:], "/Properties/") {
			ve := valueEnd(text, v, quote, modeName)
			seg := text[v:ve]
			if k := bytes.LastIndexByte(seg, '/'); k >= 0 {
				seg = seg[k+1:]
			}
			var nb [64]byte
			if nk, ok := normKey(seg, nb[:]); ok {
				if pt, pm := keyType(nk); pt != "" && pt != "name" {
					s.cfnTyp, s.cfnMode, s.cfnTill = pt, pm, ve+600
				}
			}
			return ve
		}
	}
	if (string(key) == "beforevalue" || string(key) == "aftervalue") && s.cfnTill > i {
		typ, mode = s.cfnTyp, s.cfnMode
	}
	if string(key) == "type" {
		if v, _ := valueStart(text, skipBlanks(text, j)); hasPrefix(text[v:], "SecureString") {
			// an SSM SecureString parameter: the Value that follows (the next members, or the
			// next lines of a YAML history item) is decrypted secret text, however short
			s.pendTyp, s.pendUntil = secureString, v+640
		}
		return -1
	}
	if i > 0 && (text[i-1] == '?' || text[i-1] == '&') && text[j-1] == '=' {
		if e := queryCredential(key, text, j); e > j {
			s.emit(j, e, "password", ri) // ?session=sess_x, &key=x (a reset link), &code=x: a URL's credential
			return e
		}
	}
	pairKey := false
	activation := string(key) == "key" && i >= 11 && hasSuffixFold(text[i-11:i], "activation ")
	if activation {
		typ, mode = "password", modeSecret // "Activation key: K2LQ9-7MVR4-...": a gateway's or agent's activation key
	}
	switch string(key) {
	case "key", "tagkey", "outputkey", "parameterkey", "attributepath":
		pairKey = !activation
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
		if i >= 2 && text[i-1] == '"' && bytes.Contains(text[max(0, i-40):i], []byte(`"Attribute"`)) {
			return e // a change set's target: {"Attribute": "Properties", "Name": "Environment"} names a property
		}
		if text[j-1] == ':' && e+1 < n && text[e] == ':' && string(text[v:e]) == "tag" {
			// an API filter on a tag, {"Name": "tag:aws:autoscaling:groupName", "Values": [...]}:
			// the tag's key stays readable, the values are the tag's
			ve := e
			for ve < n && ve-v < 160 && text[ve] != '"' && text[ve] != '\'' && text[ve] != '\\' && text[ve] > ' ' && text[ve] != ',' {
				ve++
			}
			s.pairTyp, s.pairTill = "tag-value", ve+120
			return ve
		}
		if text[j-1] == '=' && e < n && (text[e] == ':' && bytes.EqualFold(text[v:e], []byte("tag")) || hasPrefixFold(text[e:], ",values=")) {
			// a CLI filter (--filters Name=replication-task-id,Values=x, Name=tag:Name,Values=x):
			// the filter name stays readable; its values are the kind it names
			return s.cliFilter(v, e, ri)
		}
		if vs, quote := valueStart(text, skipBlanks(text, j)); quote != 0 && text[j-1] == ':' {
			if ve := valueEnd(text, vs, quote, modeName); ve > vs && (hasPrefix(nextKey(text, ve), "Regex\"") || hasPrefix(nextKey(text, ve), "Regex\\")) {
				return ve // SageMaker's MetricDefinitions, {"Name": "validation:rmse", "Regex": "..."}: a metric's name
			}
		}
		if e > v && (e >= n || text[e] == '"' || text[e] == '\\' || text[e] == '\n' || text[e] == ',') {
			var nb [64]byte
			if nk, ok := normKey(trimSlashes(text[v:e]), nb[:]); ok {
				pt, _ := keyType(nk)
				pairKey = pt != "" && pt != "name"
			}
			if !pairKey && isLetter(text[v]) && (valueKeyFollows(text, e) || hasPrefix(nextKey(text, e), "Unit\"")) {
				// {"Name": "InstanceId", "Value": "i-..."} (CloudWatch dimensions) and
				// {"Name": "attachment.instance-id", "Values": [...]} (API filters): the name is
				// AWS's word; the value is judged on its own ({"Name": "CpuUtilized", "Unit":
				// "None"}: an embedded metric format metric, likewise)
				return e
			}
		}
	}
	if pairKey {
		// "Key": "Name" / "eks:cluster-name" / "BucketName": the paired Value is that kind
		v := skipQuotes(text, skipBlanks(text, j))
		if hasPrefix(text[v:], "aws.String(") {
			v = skipQuotes(text, v+len("aws.String(")) // the Go SDK: Key: aws.String("Name")
		}
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
		if pt == "name" || pt == "" && hasPrefix(text[v:], "tag:") && e > v+4 {
			pt = "tag-value" // (an SSM target's or a filter's "Key": "tag:Role": its Values are the tag's values)
		} else if pt == "" && i < s.tagListEnd && e > v {
			pt = listedTag // any key's value in a list of tags
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
			if typ == "password" {
				mode = modeSecret // {"Name": "authorization", "Value": "Bearer x"}: the credential after its scheme
			} else if typ != "tag-value" && typ != listedTag {
				mode = modeName
			}
			s.pairTill = 0
		case s.pendUntil > i:
			typ, mode = s.pendTyp, modeSecret
			if typ != "password" && typ != secureString {
				mode = modeName
			}
			if typ != "network-segment" {
				s.pendUntil = 0 // (a list of segments names each of its objects: the pending type lasts to the list's end)
			}
		}
		if string(key) == "value" && typ == "" && text[j-1] == '=' && hclBlockName(text, i) == "api_key" {
			typ, mode = "password", modeSecret // an EventBridge connection's auth_parameters { api_key { key = "X-Key"  value = "..." } }
		}
		if string(key) == "value" && j+24 < n {
			// a CodeBuild environment variable, {"name": x, "value": y, "type": "SECRETS_MANAGER"}:
			// the value names a secret or a parameter, whatever the variable's name
			if t := envVarStore(text[j:min(n, j+320)]); t != "" {
				typ, mode = t, modeName
			}
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
	if typ == "" && string(key) == "groups" && i >= 8 && string(text[i-8:i]) == "cognito:" {
		key = append(key[:0], "cognitogroups"...) // a Cognito token's "cognito:groups" claim: the user pool's groups
	}
	if string(key) == "tokens" && bytes.Contains(text[max(0, i-120):i], []byte("DkimAttributes")) {
		typ, key = "", append(key[:0], "dkimtokens"...) // SES's "DkimAttributes": {"Tokens": [...]}: the identity's DKIM tokens
	}
	if typ == "" && len(key) > 4 && key[len(key)-1] == 's' && !flag && !xml {
		// a list under a plural key ("TableNames": ["a", "b"], "HealthCheckIds": [...]): each
		// element is the kind the singular key names
		if vs := skipBlanks(text, j); vs < n && (text[vs] == '[' || text[vs] == '\n' && text[j-1] == ':') {
			lt, lm := keyType(key[:len(key)-1])
			if lt == "" && string(key) == "groups" && text[vs] == '[' {
				lt = "group-name" // Amazon MQ's users, a token's claim: "groups": ["boletos-consumers"] (not "log groups: /aws/...")
			}
			if lt != "" && lm != modeSecret && lt != "cli-profile" {
				// (not "profiles": a schema's, OCSF's metadata, lists features by name)
				if text[vs] == '[' {
					if e := s.nameList(vs, lt, lm, ri); e > vs {
						return e
					}
				} else if e := s.yamlList(vs+1, lt, lm, ri); e > vs {
					return e
				}
			}
		}
	}
	if typ == "" && i < s.tagMapEnd && (text[i-1] == '"' || text[i-1] == ' ') && (text[j-1] == ':' || text[j-1] == '=') {
		// "Tags": {"Site": "RNO-01", "MigrationWave": "wave-2-finance"}; tags:\n  Site: RNO-01;
		// Terraform's tags_all = { "Kostenstelle" = "KST-4711" }
		typ, mode = "tag-value", modeSpaces
	}
	if typ == "" && (hasSuffix(key, "tags") || string(key) == "tagsall") && !flag {
		// (and incidentTags, resourceTags, default_tags: a map of tags by another name)
		s.tagMapEnd = tagMap(text, i, j)
		if s.tagMapEnd == 0 {
			s.tagListEnd = listEnd(text, i, j)
		}
		return -1
	}
	if typ == "" && !isValueKey {
		if enumKey(key) && !flag {
			// "status": "pending-customer-action", "serviceCode": "service-limit-increase": a
			// value from AWS's list, never a name (an ID in it has its own shape)
			if vs, quote := valueStart(text, skipBlanks(text, j)); vs < n {
				if e := s.tryStructural(vs); e > vs {
					return e
				}
				if ve := valueEnd(text, vs, quote, modeName); ve > vs && enumValue(text[vs:ve]) {
					return ve
				}
			}
			return -1
		}
		if !contextKey(key) && !cefCustomKey(text[i:k]) {
			// the same bytes say nothing anywhere (but keys whose meaning hangs on what stands
			// around them, and CEF's custom fields, whose label says what they hold)
			*memo = keyMemo{at: int32(i), n: int32(k - i)}
		}
		return -1
	}
	vs := skipBlanks(text, j)
	if vs >= n {
		return -1
	}
	if flag && text[vs] == '-' {
		return -1 // trino --password --catalog x: a flag without a value (the tool prompts for it)
	}
	if hasPrefix(text[vs:], "-----BEGIN") || vs+1 < n && (text[vs] == '"' || text[vs] == '\'') && hasPrefix(text[vs+1:], "-----BEGIN") {
		return -1 // a PEM block, escaped in a JSON string too ("PrivateKey": "-----BEGIN ...\n..."): the private-key rule reads it
	}
	if regexAlt {
		if typ == "" {
			return -1
		}
		return s.alternatives(vs+1, typ, mode, ri)
	}
	if text[vs] == 'a' && hasPrefix(text[vs:], "aws.String(") && typ != "" {
		vs += len("aws.String(") // the Go SDK's pointer to the value: RoleName: aws.String("x")
	} else if text[vs] == 'S' && (hasPrefix(text[vs:], "Some(") || hasPrefix(text[vs:], "Str(")) && typ != "" {
		// the Rust SDK's Debug output: bucket: Some("x"), also pretty-printed over lines; the
		// OpenTelemetry Collector's debug exporter: -> service.name: Str(x)
		vs = skipBlanks(text, vs+bytes.IndexByte(text[vs:vs+5], '(')+1)
		for vs < n && (text[vs] == '\n' || text[vs] == '\r' || text[vs] == ' ') {
			vs++
		}
	}
	if vs >= n {
		return -1 // (the text ends at aws.String( or Some()
	}
	if text[vs] == '!' && vs+1 < n && isUpper(text[vs+1]) && !hasPrefix(text[vs:], "!Sub ") {
		return -1 // a YAML tag (CloudFormation's !Ref, !GetAtt): not a literal; what follows is scanned on its own
	}
	if text[vs] == '{' && mode == modeSecret && !flag {
		if ls, le := templateDefault(text, vs); le > ls {
			s.emit(ls, le, reportedType(typ), ri) // {{ .Values.db.password | default "literal" }}
			return le
		}
		if ls, le := bracedSecret(text, vs); le > ls {
			s.emit(ls, le, reportedType(typ), ri) // ODBC's PWD={x};, Spring Cloud Config's {cipher}x
			return le
		}
	}
	if text[vs] == '{' && !flag {
		s.pendTyp, s.pendUntil = typ, vs+160
		return -1
	}
	if b := skipBlanks(text, vs+1); text[vs] == '[' && typ != "" && !flag && b < n && text[b] == '{' {
		s.pendTyp, s.pendUntil = typ, vs+160 // [{"prefix": "x"}]: an EventBridge pattern's operator holds the value
		if typ == "network-segment" {
			s.pendUntil = max(s.pendUntil, listEnd(text, vs, vs)) // "segments": [{"name": ...}, {"name": ...}]
		}
		return -1
	}
	if text[vs] == '[' && mode == modeSecret && vs+1 < n && (text[vs+1] == '"' || text[vs+1] == '\'') {
		// "Password": ["..."] (scanner output lists the value); "Passwords": ["a", "b"] (Amazon
		// MQ's users): every element
		if q := bytes.IndexByte(text[vs+2:min(n, vs+4096)], text[vs+1]); text[vs+1] == '"' && q >= 0 &&
			skipBlanks(text, vs+q+3) < n && text[skipBlanks(text, vs+q+3)] == ',' {
			if e := s.nameList(vs, typ, mode, ri); e > vs {
				return e
			}
		}
		vs++
	} else if text[vs] == '[' && !flag && !xml && typ != "" && (typ != "tag-value" || string(key) == "values") {
		if typ == "metric-namespace" {
			typ = "resource-name" // "namespace": ["sales_ops"]: an S3 Tables (Iceberg) namespace, not CloudWatch's
		}
		if e := s.nameList(vs, typ, mode, ri); e > vs {
			return e // "sts:ExternalId": [ "a", "b" ], "DBInstanceIdentifier": ["x", "y"]: every element
		}
	}
	var quote byte
	if xml {
		quote = '<'
		if mode == modeSecret {
			for vs < n && (text[vs] == '\n' || text[vs] == '\r' || text[vs] == ' ') {
				vs++ // EC2Launch's console output: <Password>\n<base64>\n</Password>
			}
		}
	} else {
		if text[vs] == 'N' && vs+1 < n && text[vs+1] == '\'' && mode == modeSecret {
			vs++ // T-SQL's Unicode literal: WITH PASSWORD = N'x'
		}
		if text[vs] == '!' && hasPrefix(text[vs:], "!Sub ") {
			vs += 5 // CloudFormation's short form: BucketName: !Sub "NAME-${AWS::AccountId}" (the template's literal part)
		}
		vs, quote = valueStart(text, vs)
		if quote == 0 && vs+1 < n && text[vs] == '<' && text[j-1] == '=' && isAlnum(text[vs+1]) {
			vs, quote = vs+1, '>' // Dovecot's and Postfix's user=<x>, from=<x>
		}
	}
	if vs >= n {
		return -1
	}
	if quote == 0 && mode == modeSpaces && text[j-1] != ':' {
		mode = modeName // k=v: a blank ends the value; YAML k: v runs to the end of the line
	}
	if mode == modeSecret {
		for quote == '"' && vs+2 < n && text[vs] == '\\' && (text[vs+1] == 'r' || text[vs+1] == 'n') {
			vs += 2 // EC2's "PasswordData": "\r\n<base64>\r\n": the value starts after escaped line breaks
		}
		if text[vs] == '(' && (hasPrefix(text[vs:], "(sensitive value)") || hasPrefix(text[vs:], "(sensitive)")) {
			return -1 // Terraform's plan hides the value: nothing to mask
		}
		if hasPrefix(text[vs:], "AWS4-HMAC-SHA256 ") || hasPrefix(text[vs:], "AWS4-ECDSA-P256-SHA256 ") {
			// Signature Version 4: Credential=<key ID>/<date>/<region>/<service>/aws4_request,
			// SignedHeaders=..., Signature=<hex>: the scan goes on, so that the key ID and the
			// signature are masked and the scope stays readable
			return bytes.IndexByte(text[vs:], ' ') + vs
		}
		if hasPrefix(text[vs:], "AWS ") {
			// Signature Version 2: AWS <key ID>:<signature>
			if e := s.tryStructural(vs + 4); e > vs+4 && e+1 < n && text[e] == ':' {
				if se := valueEnd(text, e+1, quote, modeSecret); se > e+1 {
					s.emit(e+1, se, "password", ri)
					return se
				}
				return e
			}
		}
		if hasPrefix(text[vs:], "ENC ") {
			vs = skipBlanks(text, vs+4) // FortiGate's "set password ENC <encrypted>": the marker stays readable
		}
		if ls, le := templateDefault(text, vs); le > ls {
			// a template that falls back to a literal (password: <%= ENV["X"] || "literal" %>,
			// ${DB_PASS:-literal}, {{ .Values.x | default "literal" }}): the literal is the password
			s.emit(ls, le, reportedType(typ), ri)
			return le
		}
		if string(key) == "cookie" || string(key) == "setcookie" {
			return s.cookies(vs, quote, ri)
		}
		for _, scheme := range [...]string{"Bearer ", "bearer ", "Basic ", "Token ", "Splunk ", "SSWS ", "GenieKey ", "ApiKey "} {
			// (Splunk's HEC, Okta's and Opsgenie's API tokens, Elasticsearch's API keys have schemes of their own)
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
	if text[vs] == '_' && vs+1 < n {
		if e := s.tryStructural(vs + 1); e > vs+1 {
			return e // a DNS record's name under a service's labels (_dmarc.DOMAIN., _sip._tcp.DOMAIN.): the domain (see matchHost)
		}
	}
	if typ == "" {
		// a "Value" with no pending key: remember it in case "Key": "Name" follows
		if ve := valueEnd(text, vs, quote, modeSpaces); ve > vs && acceptValue(text[vs:ve], "tag-value", modeSpaces) {
			s.lastValue = seg{vs, ve, ve, 0}
		}
		return -1
	}
	ve := valueEnd(text, vs, quote, mode)
	if quote == 0 && i > 0 && (text[i-1] == '?' || text[i-1] == '&') {
		if p := bytes.IndexByte(text[vs:ve], '&'); p >= 0 {
			ve = vs + p // a URL's query parameter (?role=x&stream=y, &Signature=x&Expires=y) ends at '&'
		}
	}
	if xml {
		// <Key>value</Key> only: "IDENTIFIED BY <secret>',0,SOCKET" is a redaction, not an element
		o := xmlOpen(text, i)
		name := text[o+1 : k] // with its namespace prefix (ds:SignatureValue)
		c := ve
		for c < n && c-ve < 4 && mode == modeSecret && (text[c] == '\n' || text[c] == '\r') {
			c++ // (the value alone on its line)
		}
		if c+2+len(name) > n || text[c] != '<' || text[c+1] != '/' || string(text[c+2:c+2+len(name)]) != string(name) {
			return -1
		}
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
			if c := text[p]; c == '|' || c == ';' || c == '(' || c >= 0x80 && p > vs && text[p-1] == ' ' ||
				c == ' ' && p+3 < ve && text[p+1] == ' ' && text[p+2] == ' ' && isUpper(text[p+3]) && labelColon(text[p+3:ve]) {
				// (and a second label on the line after a wide gap: "Name: nightly   ActionOnFailure: CONTINUE")
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
	dotenv := mode == modeSecret && quote == 0 && (text[j-1] == '=' && lineKey(text, i) && !quotedCall(text, vs, ve) || text[j-1] == ':' && hasSuffix(key, "signature"))
	if dotenv {
		// a dotenv or env dump line, KEY=value: the value is everything to the blank or the end
		// of the line (DB_PASSWORD=Pb(7)-kZ2x[q9], SECRET=a{b}c)
		for ve < n && ve-vs < 512 && text[ve] != ' ' && text[ve] != '\t' && text[ve] != '\n' && text[ve] != '\r' {
			ve++
		}
	}
	v := text[vs:ve]
	if tokenLike(v) {
		// the value is masked already (a second pass over masked text): the key stays this
		// rule's, as it was when the value was an original, and no later rule reads it as a
		// name of its own (key-store-password: AWS_PASSWORD_001)
		return ve
	}
	if quote == 0 && ve == vs+1 && ve < n && (text[ve] == '"' || text[ve] == '\'') && (v[0] == 'f' || v[0] == 'r' || v[0] == 'b') {
		return -1 // a Python string's prefix (ROLE = f"arn:aws:iam::{ACCOUNT}:role/x"): the string is read on its own
	}
	if (quote == 0 || xml) && mode != modeSecret && startsAssignment(v) {
		return -1 // Login: user=<x>, method=PLAIN: the value is pairs, read on their own
	}
	if mode == modeSecret && quote == 0 && (hasPrefix(v, "a=") || hasPrefix(v, "v=1;")) && hasSuffix(key, "signature") {
		return -1 // a DKIM signature's tag list (X-SES-DKIM-SIGNATURE: a=rsa-sha256; ... b=...): read on its own
	}
	if quote == 0 && text[j-1] == '=' && mode != modeSecret {
		if p := nextAssignment(v); p > 0 {
			ve, v = vs+p, v[:p] // cdk.context.json's lookup keys: ...:filter.tag:Name=x:region=y
		}
	}
	if quote == 0 && v[len(v)-1] == '[' {
		ve, v = ve-1, v[:len(v)-1] // Signature=x[\r][\n] (Apache's wire log), c["Key"] (a subscript)
		if len(v) < 2 {
			return -1
		}
	}
	if quote == 0 && !dotenv && (codeCall(v) || bytes.Contains(v, []byte(`["`)) || bytes.Contains(v, []byte(`['`))) {
		return -1 // code: table = ddb.Table.from_table_name(self, ...), key_id=c["AccessKeyId"]
	}
	if quote == 0 && text[j-1] == ':' && ve+2 < n && text[ve] == ' ' && text[ve+1] == '=' && text[ve+2] == ' ' &&
		len(v) > 4 && isUpper(v[0]) && allLetters(v) && hasUpperByte(v[1:]) {
		return -1 // the next key, not a value: "CDN authorization: CdnIdentifierSecretArns = [...]"
	}
	if string(key) == "signature" && quote == '"' && bytes.Contains(text[max(0, i-48):i], []byte(`"signature_id":`)) {
		return -1 // a Suricata alert's signature ({"signature_id": 2001204, "signature": "egress: SNI not in allow list"}): a rule's message
	}
	if quote == 0 && mode != modeSecret && text[j-1] == ':' && len(v) > 1 && v[len(v)-1] == '=' && ve < n && (text[ve] == '"' || text[ve] == '\'') {
		return -1 // the next key, not a value: error creating IAM user: error="AccessDenied ..."
	}
	if ctor != "" && bytes.IndexByte(v, ' ') >= 0 {
		return -1 // a label, not a name: the diagrams library's Cluster("App tier eu-west-1b")
	}
	if quote == 0 && text[j-1] == '=' && kwargVariable(text, i, v, ve) {
		return -1 // code: a call's keyword argument given a variable (RoleArn=role_arn, Bucket=self.bucket)
	}
	if mode == modeSecret && quote == 0 && text[j-1] == ':' && allLetters(v) && ve+1 < n && text[ve] == ' ' && isLower(text[ve+1]) &&
		(isUpper(v[0]) || len(v) >= 4 && allLowerLetters(v) && isLower(text[i]) && hasUpperByte(text[i:k]) && twoWordsAt(text, ve+1)) {
		// a log line after a step name (createSecret: Successfully put the secret; a rotation
		// function's setSecret: connected to x as y): words of a sentence, not a password (a
		// snake_case key's value, db_password: x y, is read as before)
		return -1
	}
	if quote == 0 && mode != modeSecret && (text[j-1] == '=' || text[j-1] == ':') && (constantName(v) && typ != storageIntegration && !yamlUpperUser(text, i, j, ve, typ, v) ||
		ve < n && (text[ve] == ',' || text[ve] == ')' || text[ve] == '}') && codeIdent(v) ||
		ve+1 < n && (text[ve] == '[' && (text[ve+1] == '"' || text[ve+1] == '\'') || text[ve] == '(') && allLetters(v)) {
		// (and an index or a call: aws_access_key_id=creds["AccessKeyId"], key=get_key())
		// code: s3.put_object(Bucket=REPORT_BUCKET, ...), {TableName: tableName, ...},
		// workgroup=WG): a variable, not the bucket
		return -1
	}
	if p := bytes.Index(v, []byte(":{{")); p > 0 && mode != modeSecret && !bytes.ContainsAny(v[:p], "{$:") {
		ve, v = vs+p, v[:p] // aws-auth's "username: ds-admin:{{SessionName}}": the literal part is the user
	}
	if typ == "sns-topic-name" && hasByte(v, '/') && !hasPrefix(v, "arn:") && !hasPrefix(v, "https:") {
		s.mqttTopic(vs, ve, ri) // an IoT rule's or a Greengrass component's MQTT topic (factory/line-4/alerts)
		return ve
	}
	if mode != modeSecret && (bytes.Contains(v, []byte("${")) || bytes.Contains(v, []byte("{{"))) {
		// a template (circleci-${CIRCLE_BUILD_NUM}): rendered elsewhere; its literal part names
		// nothing alone, unless it is a name of several words before the rendered part
		// (Packer's "ami_name": "driftwood-jenkins-agent-{{timestamp}}")
		lit := bytes.TrimSuffix(v[:max(0, bytes.IndexByte(v, '{'))], []byte("$"))
		if n := len(lit) - 1; typ != "" && n > 8 && (lit[n] == '-' || lit[n] == '_') && bytes.IndexByte(lit[:n], '-') > 0 &&
			!bytes.ContainsAny(lit, "$:/") && acceptValue(lit[:n], typ, mode) {
			s.emit(vs, vs+n, reportedType(typ), ri)
		}
		return -1
	}
	if bytes.Contains(v, []byte("://")) {
		return -1 // a URL: its parts are the scanner's business
	}
	if string(key) == "service" && (hasPrefix(text[ve:], ", Status Code") || hasPrefix(text[ve:], "; Status Code")) {
		return -1 // an AWS SDK error's service ID: (Service: DynamoDb, Status Code: 400, Request ID: ...)
	}

	if typ == "db-username" && hasByte(v, '/') && hasByte(v, '@') {
		return -1 // userid=USER/PASSWORD@ALIAS: an Oracle connect string, read by oracleConnect
	}
	if typ == "lambda-function-name" && string(key) == "function" && stackFrame(text, vs) {
		return -1 // a stack frame's function ({"function": "refreshSession", "lineno": 42}): code
	}
	if typ == "name" && softwareObject(text, i) {
		return -1 // {"Process": {"Name": "bash"}}, {"product": {"name": "auditd-to-ocsf"}}: software, not a resource
	}
	if typ == "name" && (pascalField(v) || len(v) > 5 && hasPrefix(v, "Rule_") && allDigits(v[5:])) {
		return -1 // a field's name ({"Value": x, "Name": "SipRuleId"}), Glue Data Quality's own rule labels (Rule_1)
	}
	if typ == "name" && i >= 10 && string(text[i-10:i]) == "<Provider " {
		return -1 // a Windows event's <Provider Name='User32'>: the software that logged it
	}
	if typ == "name" && text[i] == 'n' && bytes.Contains(text[max(0, i-64):i], []byte(`namespace = "aws:`)) {
		return ve // an Elastic Beanstalk option setting's name (setting { namespace = "aws:elbv2:loadbalancer" name = "SharedLoadBalancer" })
	}
	if typ == "name" && text[i] == 'n' && i >= 20 && bytes.Contains(text[max(0, i-48):i], []byte(`"IAMUser"`)) {
		typ, mode = "iam-user-name", modeName // an OCSF record's user ({"type": "IAMUser", "name": "kim.dohyun-ops"})
	}
	if typ == "name" && hasPrefix(nextKey(text, ve), "pipeline\"") {
		return -1 // the CloudWatch agent's (OpenTelemetry's) log of a component ({"kind":"processor","name":"ec2tagger","pipeline":...})
	}
	if typ == "name" && (hasPrefix(nextKey(text, ve), "tgid") || hasPrefix(nextKey(text, ve), "memoryUsedPc")) {
		// RDS Enhanced Monitoring's processList ({"vss": x, "name": "OS processes", "tgid": y}): a
		// process, its words judged alone, a PostgreSQL backend's user and database read from its title
		if e := s.pgProcessTitle(vs, ve, ri); e > 0 {
			return e
		}
		return -1
	}
	if typ == "name" && hasPrefixFold(nextKey(text, ve), "unit") {
		return -1 // a measure's name ({"Name": "HDD Storage", "Unit": "Byte", "Total": ...}: Snowball's capacities)
	}
	if typ == awsWords {
		return ve // read, and left as it is
	}
	if typ == personRole {
		switch {
		case personName(v) && !hasSuffixFold(v, string(key)):
			typ = "person-name"
		case ticketRole(key) && mailboxUser(v):
			typ = "username" // "requester": "dr.anjali.mehta": the person's user (a driver's json_file is no one's)
		default:
			return -1 // "driver": "overlay2", "manager": "ALB", "Secrets Manager": a thing, not a person
		}
	}
	if typ == "email" && !hasByte(v, '@') && hasByte(v, ' ') {
		if personName(v) {
			typ = "person-name" // "contact": "Owen Pritchard": the person, not an address
		}
	}
	if typ == "name" && (hasPrefix(nextKey(text, ve), "type\"") || hasPrefix(nextKey(text, ve), "provider\"")) &&
		isLower(v[0]) && hasUpperByte(v) && !bytes.ContainsAny(v, " -_./:") {
		return ve // a parameter's or a column's name in a schema ({"name": "s3BucketPath", "provider": ..., "type": "string"})
	}
	if w := text[max(0, i-64):i]; typ == "name" && bytes.LastIndex(w, []byte(`"eventTime"`)) > bytes.LastIndexByte(w, '}') {
		return ve // an event's name beside its time ({"eventTime": ..., "name": "Session Created", "type": ...}): AWS's words
	}
	if typ == "name" && camelPath(v) {
		return -1 // AWS Config's advanced query fields ({"Name": "configuration.instanceType"}, "awsRegion"): a property's path
	}
	if typ == "name" && text[i] == 'n' && hasByte(v, ' ') && (i == 0 || text[i-1] != '"') {
		if quote == '"' && text[j-1] == '=' && personName(v) {
			typ = "person-name" // a log line's name="Marisol Okafor": the customer's (capitalised words, no service's or common one)
		} else {
			return -1 // YAML "name: Deploy to ECS": a label for people, not a resource (a JSON "name" with blanks is one: Clean Rooms' collaborations)
		}
	}
	if typ == "name" && hasPrefixFold(nextKey(text, ve), "version") &&
		(!compoundName(v) || !hasEnvWord(v) && bytes.Contains(text[ve:min(n, ve+240)], []byte(`"purl"`))) {
		// {"Name": "Hadoop", "Version": "3.3.6"}, an SBOM's component {"name":
		// "netty-codec-http2", "version": ..., "purl": ...}: software, not a resource (a launch
		// template's {"name": x, "version": "7"} is one); a plain one is not judged again
		if bytes.ContainsAny(v, ":/@") {
			return -1
		}
		if !s.ownPrefix(v) {
			return ve
		}
		// (the customer's own package, named after a name masked before it: the SBOM's
		// supplier "nordlys", its component nordlys-meter-schema)
	}
	if typ == "name" && text[i] == 'n' && quote == '"' && text[j-1] == '=' && i >= s.tagMapEnd {
		// resource "aws_sqs_queue" "q" { name = "orders-events" }: the resource's name, of the
		// resource's type
		if rt := hclResourceType(text, i); rt != "" {
			typ = rt
		}
	}
	if typ == "name" && (hasPrefix(nextKey(text, ve), "packageManager") || hasPrefix(nextKey(text, ve), "purl\"")) {
		return ve // an SBOM's or a scan finding's package ({"name": "libexpat1", "packageManager": "OS"}): software's name
	}
	if typ == "name" && text[i] == 'N' && (i == 0 || text[i-1] == '"' || xml || v[0] >= 0xe3 || quote != 0 && diffLineKey(text, i) || i < s.tagMapEnd ||
		text[i-1] == ' ' && cfnProperty(text, i)) &&
		len(v) >= 3 && (hasLetterRun(v, 2) || v[0] >= 0xe3) {
		// "Name" = "acme-web", Name = "fm-raw" in a Terraform tags block or its plan diff, CLI
		// JSON: the Name tag convention
		typ = "tag-value"
	}
	if typ == "certificate-subject" && hasByte(v, '.') && !hasByte(v, ' ') {
		typ, mode = "customer-domain", modeDomain // "CommonName": "*.api.acme.com": a domain, masked as domains are
	}
	if mode == modeDomain && !hasByte(v, '.') && bytes.IndexByte(v, '-') < 0 && len(v) >= 5 && hasDigitByte(v) && hasLetterRun(v, 3) &&
		!stopWord(v) && (hasSuffix(key, "hostname") || hasSuffix(key, "host") || string(key) == "servername" || string(key) == "machine" ||
		string(key) == "machinename" || string(key) == "computername") {
		typ, mode = "host-name", modeName // "hostName": "SQLPRD03": a machine's bare name (Discovery agents, inventories, Launch Wizard's PrimaryHostname)
	}
	if mode == modeDomain && !hasByte(v, '.') && bytes.IndexByte(v, '-') > 0 && !stopWord(v) {
		typ, mode = "resource-name", modeName // an OpenSearch domain's name ("DomainName": "pc-search"), not a DNS name
	}
	if mode == modeDomain && string(key) == "domainname" && len(v) >= 3 && len(v) <= 15 && netbiosName(v) && !stopWord(v) {
		typ, mode = "windows-domain", modeName // a Windows domain's NetBIOS name (Storage Gateway's SMB log: "domainName":"BONFANTI")
	}
	if c := bytes.IndexByte(v, ':'); c > 0 && len(v)-c-1 == 36 && regionLike(v[:c]) && isUUID(v[c+1:]) {
		// a Cognito identity or identity pool ID (an IdentityId, a token's aud), <region>:<uuid>:
		// the region stays readable, as in the pool's ARN
		vs, v = vs+c+1, v[c+1:]
	}
	if typ == "key-fingerprint" {
		if c := bytes.IndexByte(v, ':'); c > 0 && c < 8 {
			vs, v = vs+c+1, v[c+1:] // SHA256:..., MD5:...: the algorithm stays readable
		}
		if len(v) == 16 && allHex(v) {
			return -1 // an Alertmanager or Grafana alert's fingerprint (16 hex digits): the alert's hash, no key's
		}
	}
	if hasPrefix(v, "alias/") && len(v) > 6 {
		vs, v = vs+6, v[6:] // KMS aliases keep their "alias/" prefix readable
		typ = "kms-alias"
	}
	if typ == "log-group" && (v[0] == '/' || v[0] == 'A' && executionLogsID(text, vs) > 0) {
		s.logGroupValue(vs, ve, ri)
		return ve
	}
	if typ == ecsTaskFamily || typ == "batch-job-definition" {
		if c := bytes.LastIndexByte(v, ':'); c > 0 && c+1 < len(v) && allDigits(v[c+1:]) {
			ve, v = vs+c, v[:c] // the revision stays readable
		}
	}
	if typ == "lambda-function-name" && !hasPrefix(v, "arn:") {
		if c := bytes.IndexByte(v, ':'); c > 0 && c+1 < len(v) {
			ve, v = vs+c, v[:c] // NAME:ALIAS or NAME:VERSION: the qualifier stays readable
		}
	}
	if typ == "username" && string(key) == "posixuser" {
		if c := bytes.IndexByte(v, ':'); c > 0 {
			ve, v = vs+c, v[:c] // posixUser: USER:GROUP
		}
		if string(v) == "ggc_user" {
			return -1 // the user Greengrass's nucleus installs and runs components as by default
		}
	}
	if typ == "greengrass-component" {
		if c := bytes.LastIndex(v, []byte("-v")); c > 0 && c+2 < len(v) && isDigit(v[c+2]) {
			ve, v = vs+c, v[:c] // packageIdentifier=NAME-v1.4.0: the version stays readable
		}
	}
	if string(key) == "pwd" && v[0] == '/' {
		return -1 // PWD=/var/task: the shell's working directory, not a password
	}
	if typ == "docker-auth" {
		if len(v) < 12 || !hasByte(v, '=') && !hasDigitByte(v) || !basicCredential(v) {
			return -1 // "auth": "required", "Auth: OAuth2Certificate": a setting, not a credential
		}
		typ = "password"
	}
	if typ == kafkaTopic && ve+1 < n && text[ve] == ',' && isAlnum(text[ve+1]) {
		// topics=a.b.c,d.e.f: each topic on its own, read as the list goes on
		for p := vs; ; {
			if acceptValue(text[p:ve], typ, mode) {
				s.emit(p, ve, typ, ri)
			}
			if ve+1 >= n || text[ve] != ',' || !isAlnum(text[ve+1]) {
				return ve
			}
			p, ve = ve+1, ve+1
			for ve < n && (isWord(text[ve]) || text[ve] == '.' || text[ve] == '-') {
				ve++
			}
		}
	}
	if typ == encryptionKey {
		if len(v) < 16 || !credentialToken(v) && !mixedCaseDigits(v) {
			return -1 // an algorithm or a key's alias: EncryptionKey: AES256, "encryptionKey": "aws/kms"
		}
		typ = "password"
	}
	if typ == secureString {
		if placeholder(v) || tokenLike(v) || hasPrefix(v, "-----") {
			return -1 // a PEM key: the private-key rule masks its body
		}
		typ = "password"
	} else if hasPrefix(v, "aws.partner/") {
		s.partnerSource(vs, ve, ri) // "Name": "aws.partner/datadog.com/TENANT/NAME": the customer's parts
		return ve
	} else if !acceptValue(v, typ, mode) &&
		(typ != "event-source" || !eventSourceName(v) || !bytes.Contains(text[max(0, vs-600):min(n, ve+600)], []byte(`"detail-type"`))) {
		return -1 // (an EventBridge event's custom source, corvane.secops, is the customer's whatever its shape)
	}
	if typ == "ecr-repository" {
		s.emitRepository(vs, ve, ri)
		return ve
	}
	if typ == "route53-zone-id" && endpointZone(text, vs) {
		return ve // an RDS or load balancer endpoint's own zone: AWS's, the same for every customer in the region
	}
	s.emit(vs, ve, reportedType(typ), ri)
	return ve
}

// eventSourceName: a custom EventBridge source's shape, dotted lower-case words
// (corvane.secops), not AWS's (aws.ec2) nor a partner's (aws.partner/...).
func eventSourceName(v []byte) bool {
	if len(v) < 3 || hasPrefix(v, "aws.") || bytes.IndexByte(v, '.') <= 0 || v[len(v)-1] == '.' {
		return false
	}
	for _, c := range v {
		if !isLower(c) && !isDigit(c) && c != '.' && c != '-' && c != '_' {
			return false
		}
	}
	return !bytesContainsFold(v, "amazonaws")
}

// mixedCaseAlnum: letters and digits only, with an upper- and a lower-case letter.
func mixedCaseAlnum(v []byte) bool {
	cls, ok := alnumClasses(v)
	return ok && cls&clUpper != 0 && cls&clLower != 0
}

// alnumClasses returns the union of the byte classes of v, and whether v holds only letters
// and digits.
func alnumClasses(v []byte) (uint8, bool) {
	var cls uint8
	for _, c := range v {
		if !isAlnum(c) {
			return 0, false
		}
		cls |= byteClass[c]
	}
	return cls, true
}

// idType reports a secret type that names an ID (instance-id, organization-unit-id).
func idType(t string) bool { return len(t) > 3 && t[len(t)-3:] == "-id" }

// titleKebab reports a name of capitalised words joined by '-' (Hanul-Manufacturing,
// Dasol-Clinical-Workloads), as OUs and accounts are often named: two parts at least, each a
// capital and lower-case letters or digits.
func titleKebab(v []byte) bool {
	parts := 0
	for p := 0; p < len(v); {
		e := p
		for e < len(v) && v[e] != '-' {
			e++
		}
		if e-p < 2 || !isUpper(v[p]) || !lowerOrDigits(v[p+1:e]) {
			return false
		}
		parts++
		p = e + 1
		if e == len(v)-1 {
			return false
		}
	}
	return parts >= 2
}

// pairName: two lower-case words of five letters or more joined by '-' (lumenrail-payments),
// neither a state's or an access mode's word (pending-acceptance, shutting-down, read-only).
func pairName(v []byte) bool {
	d := bytes.IndexByte(v, '-')
	if d < 5 || len(v)-d-1 < 5 || !allLowerLetters(v[:d]) || !allLowerLetters(v[d+1:]) {
		return false
	}
	for _, p := range [...][]byte{v[:d], v[d+1:]} {
		switch string(p) {
		case "pending", "failed", "deletion", "deleting", "creating", "progress", "active", "available", "acceptance",
			"provisioning", "running", "stopped", "stopping", "starting", "updating", "rejected", "expired", "enabled",
			"disabled", "attached", "detached", "default", "public", "private", "write", "shutting", "standby", "healthy",
			"unhealthy", "draining", "passive", "primary", "secondary":
			return false
		}
	}
	return true
}

// ownPrefix reports whether v's first hyphenated word is a value already masked in this
// text (a company's name, before its package's name: nordlys, then nordlys-meter-schema).
func (s *scanState) ownPrefix(v []byte) bool {
	d := bytes.IndexByte(v, '-')
	if d < 3 {
		return false
	}
	for k := len(s.dst) - 1; k >= 0 && k >= len(s.dst)-64; k-- {
		if m := s.dst[k]; m.end-m.start == d && bytes.Equal(s.text[m.start:m.end], v[:d]) {
			return true
		}
	}
	return false
}

// reportedType is the secret type a value judged as typ is reported as: two key types exist
// only to judge a value, a bare name key's ("name", reported as a Name tag's value) and an ID
// key's that takes only UUIDs ("resource-uuid", reported as a resource ID).
func reportedType(typ string) string {
	switch typ {
	case "name":
		return "tag-value"
	case "resource-uuid", numericResourceID, appConfigID, idOrName:
		return "resource-id"
	case listedTag:
		return "tag-value"
	case "api-name", "ecr-prefix":
		return "resource-name"
	case personRole:
		return "person-name"
	case "auth-session":
		return "session-token"
	case "access-key":
		return "api-key"
	}
	return typ
}

// nameList reads the JSON list of strings at vs ('[') whose elements are of type typ: an
// element with a shape of its own gets its precise type, any other is judged as typ (in mode). It
// returns the end of the list, or -1 when the list does not start with a string (objects,
// numbers: scanned as usual).
func (s *scanState) nameList(vs int, typ string, mode valueMode, ri int) int {
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
		if quote == 0 && ev < n && isAlnum(text[ev]) {
			// a YAML flow sequence's plain item: FunctionName: [tw-claims-intake, tw-alert-to-slack]
			ee := ev
			for ee < n && ee-ev <= 256 && text[ee] != ',' && text[ee] != ']' && text[ee] != '\n' && text[ee] != ' ' {
				ee++
			}
			if ee >= n || text[ee] != ',' && text[ee] != ']' {
				return j
			}
			if te := tokenEnd(text, ev); te > 0 && te < ee {
				return te // a token that does not fill its item stands for such an identifier (below): idempotence
			}
			if e := s.tryStructural(ev); e > ev {
				if e < ee {
					return e
				}
			} else if v := text[ev:ee]; acceptValue(v, typ, mode) && (typ != "resource-id" || opaqueID(v) || isUUID(v)) {
				s.emit(ev, ee, as, ri)
			}
			j = ee
			continue
		}
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
		if te := tokenEnd(text, ev); te > 0 && te < ee {
			return te // (as above)
		}
		if e := s.tryStructural(ev); e > ev {
			if e < ee {
				return e // an identifier that does not fill its string: the rest is scanned as usual
			}
		} else if v := text[ev:ee]; acceptValue(v, typ, mode) && (typ != "resource-id" || opaqueID(v) || isUUID(v)) {
			s.emit(ev, ee, as, ri)
		} else if hasByte(v, ' ') || hasByte(v, ':') {
			return max(ev, vs+1) // prose or a URL in a list (hosts: ["https://..."]): scanned as usual from here
		}
		j = ee
		for j < n && (text[j] == '"' || text[j] == '\\') {
			j++
		}
	}
	return j
}

// yamlList reads the YAML block list whose first line starts at ls ("  - a\n  - b") under a
// plural key: each item, one per line, is judged as typ in the key's mode. It returns the end of the last item
// read, or -1 when no item follows.
func (s *scanState) yamlList(ls int, typ string, mode valueMode, ri int) int {
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
		if ve <= vs || ve != le && quote == 0 || quote == 0 && text[ve-1] == ':' {
			if end < 0 {
				return -1
			}
			return ls // an item of several words, or a mapping (- cluster:): scanned as usual from its line
		}
		if e := s.tryStructural(vs); e > vs {
			if e < ve {
				return e
			}
		} else if acceptValue(text[vs:ve], typ, mode) {
			s.emit(vs, ve, as, ri)
		} else if hasByte(text[vs:ve], ':') {
			if end < 0 {
				return -1
			}
			return ls // a URL (hosts: - https://...): scanned as usual from its line
		}
		end = le
		ls = le + 1
	}
	return end
}

// startsAssignment reports whether v starts with a lower-case key and '=' (user=x).
func startsAssignment(v []byte) bool {
	k := 0
	for k < len(v) && k < 32 && (isLower(v[k]) || v[k] == '_') {
		k++
	}
	return k > 0 && k < len(v)-1 && v[k] == '='
}

// nextAssignment returns where, in a k=v value, a ':' starts the next assignment
// (x:region=y), or -1.
func nextAssignment(v []byte) int {
	for p := 1; p+2 < len(v); p++ {
		if v[p] != ':' || !isLetter(v[p+1]) {
			continue
		}
		q := p + 1
		for q < len(v) && (isWord(v[q]) || v[q] == '.') {
			q++
		}
		if q < len(v) && v[q] == '=' && q+1 < len(v) && v[q+1] != '=' && q-p <= 32 {
			return p // (not base64's padding: base64:Zq7...=)
		}
	}
	return -1
}

// kafkaTopic is the type of a Kafka topic's name (which names the company and its data).
const kafkaTopic = "kafka-topic"

// secureString is the pending type a "Type": "SecureString" member gives the Value after it.
const secureString = "secure-string"

// encryptionKey is keyType's type for a key named *EncryptionKey: a credential only when the
// value has a key's shape.
const encryptionKey = "encryption-key"

// numericResourceID is the type of an ID key whose resource's IDs may be all digits
// (MediaLive's 7-digit inputs and channels), reported as a resource ID.
const numericResourceID = "numeric-resource-id"

// appConfigID types the value of an AppConfig application's, environment's, profile's or
// deployment strategy's ID key: seven random lower-case letters and digits (oufrvrw, 9bnrpy6),
// which may hold no digit or a run of letters that would pass for a word elsewhere; another
// service's application ID under the same key is judged as a resource ID.
const appConfigID = "appconfig-id"

// idOrName types the value of an ID key that some services fill with a name the customer
// chose (a TwinMaker workspace's or entity's ID): accepted as a resource ID or as a name.
const idOrName = "id-or-name"

// listedTag types the Value paired with a Key that names nothing known, in a list of tags
// (ResourceTags: - Key: egress-inspection / Value: qmg-required): a tag's value when it is
// more than a plain word (software tags its resources with words of its own:
// DeadlineTrackedAWSResource=SpotEventPlugin); reported as a tag value.
const listedTag = "listed-tag"

// ecsTaskFamily is the type of an ECS task definition's family; under a task definition key
// the value may carry its revision (family:revision), which stays readable.
const ecsTaskFamily = "ecs-task-family"

// awsCommandAt reports whether "aws " at a is the AWS CLI run as a command: at a line's start
// or after a blank or a shell's punctuation ($ aws, `aws, (aws, | aws), not the tail of a name
// (prod-aws, x!aws: masked, such a name would hide the command and change what follows).
func awsCommandAt(text []byte, a int) bool {
	if a < 0 || a+4 > len(text) || string(text[a:a+4]) != "aws " {
		return false
	}
	if a == 0 {
		return true
	}
	switch text[a-1] {
	case ' ', '\t', '\n', '\r', '$', '`', '(', '|', ';', '&', '"', '\'', '>', '{', '[':
		return true
	}
	return false
}

// cliSubcommand reports whether the word at i is an AWS CLI subcommand: "aws <service> "
// stands right before it.
func cliSubcommand(text []byte, i int) bool {
	if i < 4 || text[i-1] != ' ' {
		return false
	}
	w := i - 1
	for w > 0 && (isLower(text[w-1]) || isDigit(text[w-1]) || text[w-1] == '-') {
		w--
	}
	if w < i-1 && isLower(text[w]) && w >= 4 && awsCommandAt(text, w-4) {
		return true
	}
	if awsCommandAt(text, i-4) {
		// the service itself when a subcommand follows: aws sagemaker-featurestore-runtime get-record
		e := i
		for e < len(text) && (isLower(text[e]) || isDigit(text[e]) || text[e] == '-') {
			e++
		}
		if e+2 < len(text) && text[e] == ' ' && isLower(text[e+1]) {
			c := e + 1
			for c < len(text) && isLower(text[c]) {
				c++
			}
			return c < len(text) && text[c] == '-'
		}
	}
	return false
}

// cliCommandWord reports whether the hyphenated word text[i:k] is an AWS CLI subcommand quoted
// without "aws <service>": it starts with a CLI verb and a long option follows it, and no
// option stands before it (whose value it would be).
func cliCommandWord(text []byte, i, k int) bool {
	if k+3 >= len(text) || text[k] != ' ' || text[k+1] != '-' || text[k+2] != '-' || !isLower(text[k+3]) {
		return false
	}
	d := bytes.IndexByte(text[i:k], '-')
	if d <= 0 || !cliVerb(text[i:i+d]) {
		return false
	}
	p := i
	for p > 0 && (text[p-1] == ' ' || text[p-1] == '`' || text[p-1] == '"' || text[p-1] == '\'') {
		p--
	}
	w := p
	for w > 0 && (isAlnum(text[w-1]) || text[w-1] == '-') {
		w--
	}
	return !hasPrefix(text[w:p], "--")
}

// templateDefault returns the bounds of the literal a templated value at vs falls back to:
// ERB's <%= ENV["X"] || "literal" %> or ENV.fetch("X", "literal"), the shell's ${X:-literal}
// (and ${X-literal}, ${X:=literal}), Helm's and Jinja's {{ x | default "literal" }}. It
// returns (vs, vs) when the value is no such template or has no literal.
func templateDefault(text []byte, vs int) (int, int) {
	le := vs + bytes.IndexByte(text[vs:min(len(text), vs+512)], '\n')
	if le < vs {
		le = min(len(text), vs+512)
	}
	line := text[vs:le]
	switch {
	case hasPrefix(line, "<%"):
		c := bytes.Index(line, []byte("%>"))
		if c < 0 {
			return vs, vs
		}
		inner := line[:c]
		if p := bytes.Index(inner, []byte("||")); p > 0 {
			return quotedLiteral(text, vs+skipBlanks(inner, p+2))
		}
		if p := bytes.Index(inner, []byte(".fetch(")); p > 0 {
			if q := bytes.IndexByte(inner[p:], ','); q > 0 {
				return quotedLiteral(text, vs+skipBlanks(inner, p+q+1))
			}
		}
	case hasPrefix(line, "{{"):
		c := bytes.Index(line, []byte("}}"))
		if c < 0 {
			return vs, vs
		}
		if p := bytes.Index(line[:c], []byte("default ")); p > 0 {
			return quotedLiteral(text, vs+skipBlanks(line, p+8))
		}
	case hasPrefix(line, "${"):
		k := 2
		for k < len(line) && (isWord(line[k]) || line[k] == '.') {
			k++
		}
		if k == 2 || k >= len(line) {
			return vs, vs
		}
		switch {
		case hasPrefix(line[k:], ":-") || hasPrefix(line[k:], ":="):
			k += 2
		case line[k] == '-':
			k++
		default:
			return vs, vs
		}
		c := bytes.IndexByte(line[k:], '}')
		if c <= 0 || bytes.ContainsAny(line[k:k+c], "${ ") {
			return vs, vs
		}
		if line[k] == '"' || line[k] == '\'' {
			return quotedLiteral(text, vs+k)
		}
		if v := line[k : k+c]; placeholder(v) || stopWord(v) {
			return vs, vs
		}
		return vs + k, vs + k + c
	}
	return vs, vs
}

// bracedSecret returns the bounds of a secret written in braces at vs: ODBC's quoting of a
// value (PWD={p;w}; the braces may hold ';') or what follows Spring Cloud Config's {cipher}
// marker. It returns (vs, vs) for anything else (an object, a template, a placeholder).
func bracedSecret(text []byte, vs int) (int, int) {
	if hasPrefix(text[vs:], "{cipher}") {
		e := vs + 8
		for e < len(text) && e-vs < 4096 && (byteClass[text[e]]&clB64 != 0 || text[e] == '=') {
			e++
		}
		if e-vs-8 < 8 {
			return vs, vs
		}
		return vs + 8, e
	}
	if vs+2 >= len(text) || !isAlnum(text[vs+1]) && byteClass[text[vs+1]]&clMark == 0 {
		return vs, vs
	}
	c := bytes.IndexByte(text[vs+1:min(len(text), vs+258)], '}')
	if c <= 0 {
		return vs, vs
	}
	v, after := text[vs+1:vs+1+c], vs+2+c
	if bytes.ContainsAny(v, " \t\n\"'{") || placeholder(v) || after < len(text) && text[after] != ';' && text[after] != '"' &&
		text[after] != '\'' && text[after] != '\n' && text[after] != '\r' && text[after] != ' ' {
		return vs, vs
	}
	return vs + 1, vs + 1 + c
}

// quotedLiteral returns the bounds of the body of the string literal that opens at q ('...' or
// "..."), or (q, q) when none does, the literal is empty or it is a placeholder.
func quotedLiteral(text []byte, q int) (int, int) {
	if q >= len(text) || text[q] != '"' && text[q] != '\'' {
		return q, q
	}
	c := bytes.IndexByte(text[q+1:min(len(text), q+258)], text[q])
	if c <= 0 || bytes.IndexByte(text[q+1:q+1+c], '\n') >= 0 || placeholder(text[q+1:q+1+c]) {
		return q, q
	}
	return q + 1, q + 1 + c
}

// yamlUpperUser reports an upper-case user name (Oracle's ERP_INTEG) as a YAML line's whole
// value (username: ERP_INTEG): a configuration's user, where code would hold a constant
// (user: DB_USER, in an object literal).
func yamlUpperUser(text []byte, i, j, ve int, typ string, v []byte) bool {
	if text[j-1] != ':' || !upperUserName(typ, v) || ve < len(text) && text[ve] != '\n' && text[ve] != '\r' || !lineKey(text, i) {
		return false
	}
	p := bytes.LastIndexByte(text[:i], '\n') + 1 // the line's start, then back over blank lines
	for p > 0 && (text[p-1] == '\n' || text[p-1] == '\r' || text[p-1] == ' ') {
		p--
	}
	return p == 0 || text[p-1] != ',' && text[p-1] != '{' && text[p-1] != '(' && text[p-1] != '['
}

// codeIdent reports a program's variable name: a lowerCamelCase word (tableName) or a short
// upper-case one (WG, DB).
func codeIdent(v []byte) bool {
	if len(v) < 2 || !allLetters(v) {
		return false
	}
	if allUpperLetters(v) {
		return len(v) <= 4
	}
	return isLower(v[0]) && camelWord(v)
}

// annotationPrefix reports whether the '/' at q ends a domain-like prefix (kubernetes.io,
// alb.ingress.kubernetes.io, eks.amazonaws.com, crossplane.io): Kubernetes annotation and
// label keys are written prefix/name.
func annotationPrefix(text []byte, q int) bool {
	p := text[domainStart(text, q):q]
	return hasByte(p, '.') && (hasSuffix(p, ".io") || hasSuffix(p, ".com") || hasSuffix(p, ".aws") || hasSuffix(p, ".sh") ||
		hasSuffix(p, ".dev") || hasSuffix(p, ".org"))
}

// fluentBitKey reports whether a KEY VALUE line (no separator) of type typ is read as a
// Fluent Bit classic configuration's, whose [OUTPUT] sections name streams, buckets and
// groups this way (delivery_stream  x, bucket  y); decided once per scan.
func (s *scanState) fluentBitKey(typ string) bool {
	if typ == "" || typ == "password" {
		return false
	}
	if s.fluentBit == 0 {
		s.fluentBit = 1
		if bytes.Contains(s.text, []byte("[OUTPUT]")) {
			s.fluentBit = 2
		}
	}
	return s.fluentBit == 2
}

// imageTag reports whether the word at i, after ':', is a container image's tag: the reference
// before the ':' has a '/' (registry/repository) and no blank.
func imageTag(text []byte, i int) bool {
	p := i - 1
	slash := false
	for p > 0 && i-p < 256 && (isAlnum(text[p-1]) || text[p-1] == '.' || text[p-1] == '-' || text[p-1] == '_' || text[p-1] == '/') {
		p--
		slash = slash || text[p] == '/'
	}
	return slash && p < i-1 && !hasSuffix(text[:i], "://")
}

// gradleTask reports whether the word at i is a Gradle task: on its "> Task :project:task"
// line, or in "Execution failed for task ':project:task'".
func gradleTask(text []byte, i int) bool {
	line := text[lineStart(text, i, 128):i]
	return bytes.Contains(line, []byte("> Task :")) || bytes.Contains(line, []byte("for task ':"))
}

// terraformLock reads Terraform's "Lock Info:" fields: Path: BUCKET/KEY.tfstate (the S3
// backend's bucket) and Who: USER@HOST (the person holding the lock). The key is text[i:k]. It
// returns the end of what was masked, or -1.
func (s *scanState) terraformLock(i, k, ri int) int {
	text := s.text
	vs := skipBlanks(text, k+1)
	le := lineEnd(text, vs)
	v := text[vs:le]
	if text[i] == 'P' {
		sl := bytes.IndexByte(v, '/')
		if sl < 3 || !bytes.Contains(v, []byte(".tfstate")) || bytes.Contains(v, []byte("://")) || !bucketName(v[:sl]) {
			return -1
		}
		s.emit(vs, vs+sl, "s3-bucket", ri)
		return vs + sl
	}
	at := bytes.IndexByte(v, '@')
	if at < 2 || !bytes.Contains(text[max(0, i-400):i], []byte("Lock Info")) {
		return -1
	}
	if u := v[:at]; !bytes.ContainsAny(u, " \t") && !stopWord(u) && !genericDBName(u) {
		s.emit(vs, vs+at, "username", ri)
		return vs + at
	}
	return -1
}

// cognitoClientShape reports the 26 lower-case letters and digits of a Cognito app client's,
// an AppSync API's or an AppSync function's ID: at least four letters and three digits, no run
// of more than twelve letters (words), not all hex (a hash's or a request's hex digits).
func cognitoClientShape(v []byte) bool {
	l, d, ok := lowerDigits(v, 12)
	return len(v) == 26 && ok && l >= 4 && d >= 3 && !allHex(v)
}

// upperGeneratedID reports an ID AWS generates in ten upper-case letters and digits (Bedrock's
// knowledge bases, data sources, agents and flows, Lex's bots: M2YTC8VK4H): letters and digits
// interleaved at least three times, which words, codes and counters (HMACSHA256, INC0120457,
// CE00611012) are not; an ISO 8601 duration (P43DT19H8M) is none either.
func upperGeneratedID(v []byte) bool {
	turns, digits := 0, 0
	for k, c := range v {
		switch {
		case isDigit(c):
			digits++
			if k > 0 && isUpper(v[k-1]) {
				turns++
			}
		case isUpper(c):
			if k > 0 && isDigit(v[k-1]) {
				turns++
			}
		default:
			return false
		}
	}
	return turns >= 3 && digits >= 2 && digits <= 7 && !isoDuration(v)
}

// isoDuration reports an ISO 8601 duration with a time part (P43DT19H8M, PT4H30M).
func isoDuration(v []byte) bool {
	last := v[len(v)-1]
	return v[0] == 'P' && bytes.IndexByte(v, 'T') > 0 && (last == 'H' || last == 'M' || last == 'S')
}

// amplifyAppID reports an Amplify app's ID: 'd' and 13 lower-case letters and digits, at least
// one of them a digit (dx84lw2g5y2evl).
func amplifyAppID(v []byte) bool {
	_, d, ok := lowerDigits(v, 13)
	return len(v) == 14 && v[0] == 'd' && ok && d > 0
}

// domainStart returns where the domain that ends at q (a qualified key's prefix, before its
// '/') starts: letters, digits, '.' and '-', at most 64 bytes back.
func domainStart(text []byte, q int) int {
	a := q
	for a > 0 && q-a < 64 && (isAlnum(text[a-1]) || text[a-1] == '.' || text[a-1] == '-') {
		a--
	}
	return a
}

// sqlKMSKeyID reports Redshift's UNLOAD option kms_key_id (any case) at text[i:k] with its
// quoted value at q after blanks: a key written KEY 'VALUE' within a line.
func sqlKMSKeyID(text []byte, i, k, q int) bool {
	return q < len(text) && text[q] == '\'' && k-i == 10 && hasPrefixFold(text[i:k], "kms_key_id")
}

// quotedUUID reports a quoted UUID at j ('<uuid>': the quotes, then 36 bytes), with room for
// its closing quote.
func quotedUUID(text []byte, j int) bool {
	v := skipQuotes(text, j)
	return j+38 <= len(text) && isUUID(text[v:min(len(text), v+36)])
}

// labelSelector reports whether the qualified key whose '/' is at q follows kubectl's label
// selector option (-l, --selector).
func labelSelector(text []byte, q int) bool {
	a := domainStart(text, q)
	b := text[max(0, a-11):a]
	return hasSuffix(b, " -l ") || hasSuffix(b, "--selector ") || hasSuffix(b, "--selector=")
}

// ssmServiceSetting reports whether the path segment at i belongs to a Systems Manager
// service setting's ID (/ssm/parameter-store/high-throughput-enabled,
// /ssm/automation/customer-script-log-destination).
func ssmServiceSetting(text []byte, i int) bool {
	p := i
	for p > 0 && i-p < 96 && (isAlnum(text[p-1]) || text[p-1] == '-' || text[p-1] == '/' || text[p-1] == '_') {
		p--
	}
	return hasPrefix(text[p:], "/ssm/")
}

// toolBefore reports whether the word at i follows a word that names a program (executable,
// binary, nmap's --script): the word is the program's name.
func toolBefore(text []byte, i int) bool {
	if i < 7 || text[i-1] != ' ' {
		return false
	}
	b := text[max(0, i-12) : i-1]
	return hasSuffix(b, "executable") || hasSuffix(b, " binary") || hasSuffix(b, "--script")
}

// cfnPhysicalName reports CloudFormation's generated physical IDs: the stack's name, the
// resource's logical ID (CamelCase) and a random suffix of upper-case letters and digits
// (nimbia-etl-JobsTable-1K9X2M7QPLZ, stack-LoaderFunctionRole-7QX2KM9PLZ4R).
func cfnPhysicalName(v []byte) bool {
	d := bytes.LastIndexByte(v, '-')
	if d < 3 || len(v)-d-1 < 10 || len(v)-d-1 > 14 || !allUpperAlnum(v[d+1:]) || !hasDigitByte(v[d+1:]) {
		return false
	}
	l := bytes.LastIndexByte(v[:d], '-')
	if l < 1 {
		return false
	}
	logical := v[l+1 : d]
	return len(logical) >= 3 && isUpper(logical[0]) && allLetters(logical) && camelWord(logical)
}

// userObject reports whether the key at i stands in a JSON object that is the value of a
// "user" key ({"user": {"name": x, "uid": y}}), looked for within 512 bytes.
func userObject(text []byte, i int) bool {
	p := openBrace(text, i-1, 512)
	return p >= 0 && hasSuffix(bytes.TrimRight(text[max(0, p-10):p], " "), `"user":`)
}

// openBrace returns the offset of the '{' that opens the JSON object holding position from
// (nested objects closed before it are skipped), looked for within limit bytes, or -1.
func openBrace(text []byte, from, limit int) int {
	depth := 0
	for p := from; p >= 0 && from-p < limit; p-- {
		switch text[p] {
		case '}':
			depth++
		case '{':
			if depth == 0 {
				return p
			}
			depth--
		}
	}
	return -1
}

// cfnProperty reports whether the YAML key at i is a property of a CloudFormation resource:
// the first line above it that is indented less is "Properties:", and "Type: AWS::" stands
// beside that (Name: x there is the resource's physical name).
func cfnProperty(text []byte, i int) bool {
	ind := i - indentStart(text, i)
	ls := lineStart(text, i, 4096)
	for lines := 0; ls > 0 && lines < 40; lines++ {
		ps := lineStart(text, ls-1, 4096)
		st := ps
		for st < ls-1 && (text[st] == ' ' || text[st] == '\t') {
			st++
		}
		if st < ls-1 && st-ps < ind {
			if !hasPrefix(text[st:], "Properties:") {
				return false
			}
			w := text[max(0, ps-200):min(len(text), ls+200)]
			return bytes.Contains(w, []byte("Type: AWS::")) || bytes.Contains(w, []byte("Type: 'AWS::")) || bytes.Contains(w, []byte(`Type: "AWS::`))
		}
		ls = ps
	}
	return false
}

// npmScoped reports whether the '/' at q ends an npm scope (@aws-sdk/, @smithy/): '@' and
// lower-case letters, digits and '-' before it.
func npmScoped(text []byte, q int) bool {
	a := q
	for a > 0 && q-a < 40 && (isLower(text[a-1]) || isDigit(text[a-1]) || text[a-1] == '-') {
		a--
	}
	return a < q && a > 0 && text[a-1] == '@'
}

// camelField reports a lowerCamelCase field name that ends in a field's word
// (stagingAreaSubnetId, stagingAreaTags, prodReplicaArn): an API's member, whatever
// environment word it holds.
func camelField(v []byte) bool {
	if !isLower(v[0]) {
		return false
	}
	k := len(v)
	for k > 0 && isLower(v[k-1]) {
		k--
	}
	if k == 0 || !isUpper(v[k-1]) {
		return false
	}
	switch string(v[k-1:]) {
	case "Id", "Ids", "Arn", "Arns", "Name", "Names", "Tags", "Type", "Types", "Config", "Configuration", "Settings",
		"Count", "Size", "Status", "State", "Enabled", "Key", "Keys", "Url", "Endpoint", "Policy", "Role",
		"Dev", "Device": // NCCL's cudaDev, nvmlDev: a device, not an environment
		return true
	}
	return k >= 2 && v[k-1] == 'D' && v[k-2] == 'I' // ...SecurityGroupsIDs
}

// cookies masks the values of a Cookie or Set-Cookie header's pairs from vs (name=value;
// name=value; ...): the names stay readable (CloudFront-Signature, aws-userInfo), every value
// is a credential. A Set-Cookie attribute (Path, Domain, Expires, ...) is kept. The header
// ends where a pair does not follow "; " (a cookie's value has no blank, quote, ',' or '\\').
// It returns the end of the last pair.
func (s *scanState) cookies(vs int, quote byte, ri int) int {
	text := s.text
	n := len(text)
	p, end := vs, vs
	for p < n && end-vs < 8192 {
		ne := p
		for ne < n && ne-p < 64 && (isAlnum(text[ne]) || text[ne] == '-' || text[ne] == '_' || text[ne] == '.') {
			ne++
		}
		if ne > p && ne+1 < n && text[ne] == ';' {
			p = skipBlanks(text, ne+1) // a Set-Cookie flag: Secure; HttpOnly;
			continue
		}
		if ne == p || ne >= n || text[ne] != '=' {
			break
		}
		v := ne + 1
		ve := v
		for ve < n && text[ve] > ' ' && text[ve] < 0x7f && text[ve] != '"' && text[ve] != ',' && text[ve] != ';' &&
			text[ve] != '\\' && (quote == 0 || text[ve] != quote) {
			ve++
		}
		var nb [64]byte
		name, _ := lowerASCII(nb[:], text[p:ne])
		switch string(name) {
		case "path", "domain", "expires", "max-age", "samesite":
		default:
			if ve-v >= 6 {
				s.emit(v, ve, "password", ri)
			}
		}
		end = ve
		if ve+1 >= n || text[ve] != ';' {
			break
		}
		p = skipBlanks(text, ve+1)
	}
	return end
}

// tagMap returns the end of the map of tags whose key starts at i and whose value at j, after
// blanks: a flat JSON object that closes within 4 KiB ("Tags": {"Site": "RNO-01"}), or a YAML
// block of "Key: value" lines indented deeper than the key (ansible-inventory's tags:); 0
// otherwise.
func tagMap(text []byte, i, j int) int {
	j = skipBlanks(text, j)
	if j < len(text) && text[j] == '\n' {
		return indentedEnd(text, i, j, 4096, func(line []byte, indent, key int) bool {
			return indent > key && isLetter(line[0]) && bytes.Contains(line, []byte(": ")) // (a list, "- Key: x", is not a map)
		})
	}
	if j >= len(text) || text[j] != '{' {
		return 0
	}
	for k := j + 1; k < len(text) && k-j < 4096; k++ {
		switch text[k] {
		case '}':
			return k
		case '{', '[':
			return 0 // nested: not a map of tags
		}
	}
	return 0
}

// listEnd returns the end of the list that follows the key at [i, j), or 0: a JSON array
// ("Tags": [{"Key": ..., "Value": ...}], "segments": [{"name": ...}]) or YAML's items at the
// key's indentation or deeper ("Tags:" and its "- Key:" items).
func listEnd(text []byte, i, j int) int {
	j = skipBlanks(text, j)
	if j < len(text) && text[j] == '[' {
		depth := 0
		for k := j; k < len(text) && k-j < 8192; k++ {
			switch text[k] {
			case '[', '{':
				depth++
			case ']', '}':
				depth--
				if depth == 0 {
					return k
				}
			}
		}
		return 0
	}
	if j >= len(text) || text[j] != '\n' {
		return 0
	}
	return indentedEnd(text, i, j, 8192, func(line []byte, indent, key int) bool {
		return indent == key && line[0] == '-' || indent > key && (isLetter(line[0]) || line[0] == '-')
	})
}

// indentedEnd returns the end of the lines that follow the line break at j (read up to limit
// bytes) as long as keep accepts each (its text after the indentation, never empty; its
// indentation; the indentation of the key at i), or 0: a YAML block under the key.
func indentedEnd(text []byte, i, j, limit int, keep func(line []byte, indent, key int) bool) int {
	ind := i - lineStart(text, i, 256)
	end := 0
	for p := j + 1; p < len(text) && p-j < limit; {
		q := p
		for q < len(text) && text[q] == ' ' {
			q++
		}
		le := bytes.IndexByte(text[q:], '\n')
		if le < 0 {
			le = len(text) - q
		}
		if le == 0 || !keep(text[q:q+le], q-p, ind) {
			break
		}
		end = q + le
		p = end + 1
	}
	return end
}

// ssmRegister reports whether the line of i registers a hybrid node with SSM
// (amazon-ssm-agent -register, ssm-setup-cli -register).
func ssmRegister(text []byte, i int) bool {
	line := text[lineStart(text, i, 200):i]
	return bytes.Contains(line, []byte("-register")) &&
		(bytes.Contains(line, []byte("amazon-ssm-agent")) || bytes.Contains(line, []byte("ssm-setup-cli")))
}

// tagSetKey reports whether the key [i, j) is a member of a metrics tag set, key:value
// with no blank, after '{' or ',' ({dbinstanceidentifier:x,name:y}, as Datadog and
// Prometheus-style exporters write CloudWatch dimensions): lower-case letters and '_'.
func tagSetKey(text []byte, i, j int) bool {
	if i == 0 || text[i-1] != '{' && text[i-1] != ',' || j+1 >= len(text) || !isAlnum(text[j+1]) {
		return false
	}
	for _, c := range text[i:j] {
		if !isLower(c) && c != '_' {
			return false
		}
	}
	return true
}

// xmlOpen returns the offset of the '<' that opens the element whose name starts at i, after
// an optional namespace prefix (<Name>, <ds:SignatureValue>, <saml2:Issuer>), or -1.
func xmlOpen(text []byte, i int) int {
	if i > 0 && text[i-1] == '<' {
		return i - 1
	}
	if i < 3 || text[i-1] != ':' {
		return -1
	}
	p := i - 1
	for p > 0 && i-p < 12 && isAlnum(text[p-1]) {
		p--
	}
	if p < i-1 && p > 0 && text[p-1] == '<' {
		return p - 1
	}
	return -1
}

// xmlEntityBefore reports whether b ends with an XML entity's name, the ';' after it to
// come: &amp, &lt, &gt, &quot, &apos, &#NN.
func xmlEntityBefore(b []byte) bool {
	a := bytes.LastIndexByte(b, '&')
	if a < 0 || len(b)-a > 6 {
		return false
	}
	switch e := b[a+1:]; string(e) {
	case "amp", "lt", "gt", "quot", "apos":
		return true
	default:
		return len(e) >= 2 && e[0] == '#' && allDigits(e[1:])
	}
}

// codeCall reports a value that is a call in code: an identifier or a dotted path, then '('
// (ddb.Table.from_table_name(self, ...), os.getenv(...)). A '(' inside a password
// (x!7v(j1h)) is not one.
func codeCall(v []byte) bool {
	p := bytes.IndexByte(v, '(')
	if p <= 0 {
		return false
	}
	for _, c := range v[:p] {
		if !isAlnum(c) && c != '_' && c != '.' {
			return false
		}
	}
	return true
}

// quotedCall reports a call in code at text[vs:ve] whose first argument is a string literal
// (os.getenv("DB_PASSWORD", ...)): a password written as Pb(7)-x has no quote after its '('.
func quotedCall(text []byte, vs, ve int) bool {
	p := vs + bytes.IndexByte(text[vs:ve], '(')
	return codeCall(text[vs:ve]) && p+1 < len(text) && (text[p+1] == '"' || text[p+1] == '\'')
}

// setCommand reports whether the key at i follows "set " (a FortiGate, Check Point or F5
// configuration command), Apache's "SetEnv " or nginx's "proxy_set_header " at the start of a
// line (after indentation).
func setCommand(text []byte, i int) bool {
	return i >= 4 && string(text[i-4:i]) == "set " && lineKey(text, i-4) ||
		i >= 7 && string(text[i-7:i]) == "SetEnv " && lineKey(text, i-7) || // Apache: SetEnv DB_USER x
		i >= 17 && string(text[i-17:i]) == "proxy_set_header " && lineKey(text, i-17) // nginx: proxy_set_header Authorization "Basic x"
}

// diffLineKey is lineKey that also takes a key after a unified diff's line marker ('+' or
// '-' at the start of the line, then the indentation).
func diffLineKey(text []byte, i int) bool {
	j := indentStart(text, i)
	if j > 0 && (text[j-1] == '+' || text[j-1] == '-') && j < i {
		j--
	}
	return j == 0 || text[j-1] == '\n'
}

// ticketRole reports the role keys of a request's or a ticket's people (requester, assignee,
// approver), which hold a user as often as a name.
func ticketRole(key []byte) bool {
	switch string(key) {
	case "assignee", "reporter", "approver", "requester", "requestedby", "approvedby", "oncall":
		return true
	}
	return false
}

// mailboxUser reports a user name written as a mailbox's local part: lower-case words joined
// by '.' or '_' (dr.anjali.mehta, j_doe), two parts at least.
func mailboxUser(v []byte) bool {
	parts, run := 1, 0
	for k, c := range v {
		switch {
		case isLower(c):
			run++
		case (c == '.' || c == '_') && run > 0 && k+1 < len(v):
			parts, run = parts+1, 0
		default:
			return false
		}
	}
	return parts >= 2 && run > 0 && len(v) <= 64
}

// awsWords is the key type of values AWS defines, the same in every account, which no other
// rule may take for a name (a Well-Architected question's ID, protect-data-transit).
const awsWords = "aws-words"

// personRole is the key type of a role a person holds in customer JSON and logs (gerente,
// driver, assignee): its value is a person's name when it has that shape, else nothing.
const personRole = "person-role"

// nextKey returns the text from where the next member key of the same object would start,
// after the string ending at e: its closing quote (plain or escaped), a comma and blanks.
func nextKey(text []byte, e int) []byte {
	k := e
	for k < len(text) && k-e < 48 && (text[k] == '"' || text[k] == '\\' || text[k] == ',' || text[k] == ' ' || text[k] == '\n' || text[k] == '\r' || text[k] == '\t') {
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
	case pt == "" && cliTagsBefore(text, v):
		pt = listedTag // --tags Key=Standort,Value=x: any tag's value
	}
	if pt != "" {
		s.pairTyp, s.pairTill = pt, e+16
	}
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
	type comp struct{ attr, attrEnd, vs, ve int }
	var comps [32]comp
	nc := 0
	k := i
	lower := isLower(text[i]) // LDAP tools print cn=x,ou=y,dc=z
	for {
		if nc == len(comps) {
			return -1 // (no name has so many components)
		}
		a := k
		for k < len(text) && k-a < 3 && (isUpper(text[k]) || lower && isLower(text[k])) {
			k++
		}
		ae := k
		if k+2 < len(text) && text[k] == ' ' && text[k+1] == '=' && text[k+2] == ' ' {
			k++ // openssl: C = GB, CN = x
		}
		if k == a || k >= len(text) || text[k] != '=' {
			break
		}
		var ab [2]byte
		attr, _ := lowerASCII(ab[:], text[a:ae])
		switch string(attr) {
		case "cn", "ou", "o", "dc", "l", "st", "c":
		default:
			return -1
		}
		vs := k + 1
		for vs < len(text) && text[vs] == ' ' {
			vs++
		}
		var ve int
		dc := string(attr) == "dc"
		ve = s.dnValueEnd(vs, dc)
		for ve > vs && text[ve-1] == ' ' {
			ve--
		}
		comps[nc] = comp{a, ae, vs, ve}
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
	if nc < 2 || lower && !dnLowerShape(text, comps[0].attr, comps[nc-1].ve) {
		return -1
	}
	for n, c := range comps[:nc] {
		v := text[c.vs:c.ve]
		if c.ve == c.vs || placeholder(v) || commonWord(v) {
			continue
		}
		var ab [2]byte
		attr, _ := lowerASCII(ab[:], text[c.attr:c.attrEnd])
		switch string(attr) {
		case "ou":
			if n+1 < nc && hasPrefixFold(text[comps[n+1].attr:], "dc=") && len(v) >= 4 && (allUpperLetters(v) || allUpperAlnum(v)) {
				// OU=NETBIOS,DC=...: AWS Managed Microsoft AD's OU for the customer's objects, named
				// after the directory's NetBIOS name, which a domain component starts with
				// (OU=QUILLON,DC=quillon-bio,DC=fr)
				for _, d := range comps[n+1 : nc] {
					if w := text[d.vs:d.ve]; len(w) >= len(v) && bytes.EqualFold(w[:len(v)], v) && (len(w) == len(v) || w[len(v)] == '-') && !dnDomainWord(w) {
						s.emit(c.vs, c.ve, "windows-domain", ri)
						break
					}
				}
			}
		case "cn":
			if !hasPrefix(v, "Amazon ") && !publicIssuer(v) {
				s.emit(c.vs, c.ve, "certificate-subject", ri) // (AWS's CAs: Amazon RSA 2048 M02, Amazon RDS ... CA)
			}
		case "o":
			if !publicIssuer(v) {
				s.emit(c.vs, c.ve, "organization-name", ri)
			}
		case "dc":
			if len(v) > 2 && !dnDomainWord(v) {
				s.emit(c.vs, c.ve, "customer-domain", ri)
			}
		}
	}
	return comps[nc-1].ve
}

// valueWalk is a walk over a value: from start, the first byte that ends it is at end.
type valueWalk struct{ start, end int }

// dnValueEnd returns the end of a distinguished name's value that starts at vs: the first byte
// from vs on that ends it (dnValueByte), however far. The last walk of each kind is
// remembered, so that names started inside a value already walked (C=C=C=...) do not walk it
// again and the scan stays linear; no cap on the length makes a value's end depend on what
// masking did inside it.
func (s *scanState) dnValueEnd(vs int, dc bool) int {
	w := &s.dnWalk[0]
	if dc {
		w = &s.dnWalk[1]
	}
	if vs >= w.start && vs < w.end {
		return w.end
	}
	ve := vs
	for ve < len(s.text) && dnValueByte(s.text[ve], dc) {
		ve++
	}
	w.start, w.end = vs, ve
	return ve
}

// dnValueByte reports whether c continues the value of a distinguished name's component; in a
// domain component (dc) a blank, '}' or ']' ends it too, as one label (DC=ca' -Restart stops at
// the quote, DC=com} ends PowerShell's list).
func dnValueByte(c byte, dc bool) bool {
	switch c {
	case ',', '"', '\n', '\\', '/', ';', ')', '\'', '?', '\r':
		return false
	case ' ', '}', ']':
		return !dc
	}
	return true
}

// dnLowerShape reports whether the lower-case name text[a:e] has a dc= component and no
// upper-case attribute (cn=x,ou=y,dc=z): other lower-case a=x,b=y lists are not names.
func dnLowerShape(text []byte, a, e int) bool {
	return bytes.Contains(text[a:e], []byte(",dc=")) && !bytes.Contains(text[a:e], []byte(",DC="))
}

// queryCredential returns the end of the value at j of a URL query's parameter when it holds a
// credential by its key (session, key, code, auth) and a token's shape: eight bytes or more
// of letters, digits, '_' and '-', with a letter and a digit (not a path, an object key or a
// word); -1 otherwise.
func queryCredential(key []byte, text []byte, j int) int {
	switch string(key) {
	case "session", "key", "code", "auth", "authkey", "resetkey", "otp", "sig", "cid":
		// (sig: an Azure shared access signature, a Teams workflow's or a Logic App's trigger URL;
		// CID: an Aviatrix controller's session)
	default:
		return -1
	}
	e := j
	for e < len(text) && e-j < 256 && (isWord(text[e]) || text[e] == '-' || text[e] == '%' && string(key) == "sig") {
		e++
	}
	v := text[j:e]
	if len(v) >= 8 && (e == len(text) || text[e] == '&' || text[e] == ' ' || text[e] == '"' || text[e] == '\n') &&
		hasDigitByte(v) && hasLetterRun(v, 1) {
		return e
	}
	return -1
}

// cliNameType returns what an AWS CLI command's --name flag (its key at i) names, by the
// command's service on the same line (aws eks ... --name x: a cluster), or "".
func cliNameType(text []byte, i int) string {
	switch string(cliService(text, i)) {
	case "eks":
		return "cluster-name"
	case "elbv2", "elb":
		return "elb-name"
	case "events":
		return "rule-name"
	case "secretsmanager":
		return "secret-name"
	case "ssm":
		if bytes.Contains(text[lineStart(text, i, 256):i], []byte("-document ")) {
			return "resource-name" // aws ssm update-document --name x: a document (AWS's own, AWS-*, stay as vocabulary)
		}
	case "glue", "athena", "wafv2", "codebuild", "emr", "apigateway", "apigatewayv2", "imagebuilder", "kafka",
		"opensearch", "es", "redshift-serverless", "sagemaker", "stepfunctions", "batch", "appsync", "amplify",
		"iot", "datasync", "transfer", "backup", "chatbot", "sns", "resource-groups", "servicecatalog", "mwaa", "scheduler",
		"pipes", "appflow", "memorydb", "codepipeline", "grafana", "synthetics", "s3tables":
		return "resource-name"
	}
	return ""
}

// cliService returns the service of the aws CLI command on the line before i ("eks" in
// "aws eks describe-cluster --name x"), or nil when the line holds no aws command.
func cliService(text []byte, i int) []byte {
	ls := lineStart(text, i, 256)
	a := bytes.Index(text[ls:i], []byte("aws "))
	if a < 0 {
		return nil
	}
	svc := text[ls+a+4 : i]
	if sp := bytes.IndexByte(svc, ' '); sp > 0 {
		svc = svc[:sp]
	}
	return svc
}

// vocabularyNameKey: aws CLI options whose "name" is one AWS defines (a metric, a dimension,
// an engine, an event, a device, a setting, a solution stack), not a resource the customer named.
func vocabularyNameKey(k []byte) bool {
	return containsAnyOf(k, "metric", "dimension", "attribute", "event", "engine", "option", "setting", "type",
		"action", "device", "region", "zone", "field", "stack", "platform", "statistic", "service", "parameter",
		"operation", "permission", "principal", "column", "header", "claim", "scope", "feature", "resource", "source",
		"product", "package", "plugin", "language", "locale", "state", "status", "output", "query", "logfile")
}

// basicCredential reports whether v is base64 of user:password, as a dockercfg's or an
// .npmrc's auth holds it.
func basicCredential(v []byte) bool {
	var buf [192]byte
	enc := base64.StdEncoding
	if len(v)%4 != 0 {
		enc = base64.RawStdEncoding
	}
	if enc.DecodedLen(len(v)) > len(buf) {
		return true // too long to look into: judged by its shape alone
	}
	n, err := enc.Decode(buf[:], v)
	return err == nil && bytes.IndexByte(buf[:n], ':') > 0
}

// enumKey: keys whose value is one of a list AWS defines (a status, a state, a code).
func enumKey(k []byte) bool {
	switch string(k) {
	case "status", "state", "servicecode", "categorycode", "severitycode", "statuscode", "eventtypecode",
		"eventtypecategory", "statuscategory", "reasoncode", "userrole", "logtype", "eventtype":
		return true
	}
	return false
}

// enumValue: a value that may be a list's member: letters, digits, '-' and '_' (no '.', ':',
// '/' or blank), at most 64 bytes.
func enumValue(v []byte) bool {
	if len(v) > 64 {
		return false
	}
	for _, c := range v {
		if !isWord(c) && c != '-' {
			return false
		}
	}
	return true
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
	segs := slashSegs(s.text, vs, ve, buf[:0])
	for len(segs) > 1 && segs[len(segs)-1].end > segs[len(segs)-1].start && s.text[segs[len(segs)-1].start] == '$' {
		segs = segs[:len(segs)-1] // a log router's variable (Fluent Bit's /app/prod/$ec2_instance_id) is filled in later
	}
	s.logGroupSegments(segs, ri)
}

// slashSegs splits text[vs:ve] at each '/' into segs (appended to buf, at most its capacity).
func slashSegs(text []byte, vs, ve int, buf []seg) []seg {
	st := vs
	for k := vs; k <= ve && len(buf) < cap(buf); k++ {
		if k == ve || text[k] == '/' {
			buf = append(buf, seg{st, k, k + 1, '/'})
			st = k + 1
		}
	}
	return buf
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
		if c == '&' {
			if w := htmlQuote(text, j); w > 0 {
				quote = '&' // &quot;value&quot;: the next entity ends it
				j += w
				continue
			}
		}
		break
	}
	return j, quote
}

// tfCompositeID masks a Terraform resource's ID made of names joined by ':' at v, the value
// of "[id=" (an EKS node group's CLUSTER:NODEGROUP, an add-on's CLUSTER:ADDON, a role policy's
// ROLE:POLICY), each part on its own, and returns the end of the ID; -1 when the value is one
// name or not all names, which the caller judges.
func (s *scanState) tfCompositeID(v, ri int) int {
	text := s.text
	e := v
	parts := 1
	for e < len(text) && e-v < 256 && text[e] != ']' && text[e] != '\n' && text[e] != ' ' {
		if text[e] == ':' {
			parts++
		}
		e++
	}
	if parts < 2 || parts > 3 || e >= len(text) || text[e] != ']' || hasPrefix(text[v:], "arn:") {
		return -1
	}
	for p := v; p < e; p++ {
		q := p
		for q < e && text[q] != ':' {
			q++
		}
		if q == p || !isAlnum(text[p]) || nameRun(text, p, false) < q {
			return -1
		}
		p = q
	}
	for p := v; p < e; p++ {
		q := p
		for q < e && text[q] != ':' {
			q++
		}
		if ps := s.tryStructural(p); ps <= p && acceptValue(text[p:q], "resource-name", modeName) {
			s.emit(p, q, "resource-name", ri) // (AWS's words stay: CLUSTER:vpc-cni)
		} else if ps > q {
			return ps
		}
		p = q
	}
	return e
}

// tfImportAddress reports whether the word that ends at p is a resource's address after
// "terraform import" (tofu, terragrunt): aws_lambda_permission.s3_invoke, module.x.aws_y.z["k"].
func tfImportAddress(text []byte, p int) bool {
	b := p
	for b > 0 && p-b < 160 && text[b-1] != ' ' && text[b-1] != '\n' {
		b--
	}
	a := text[b:p]
	if len(a) > 1 && (a[0] == '\'' || a[0] == '"') {
		a = a[1:] // a quoted address: 'aws_s3_bucket.b["x"]'
	}
	if !hasPrefix(a, "aws_") && !hasPrefix(a, "module.") || bytes.IndexByte(a, '.') < 0 || !hasSuffix(text[:b], "import ") {
		return false
	}
	l := text[lineStart(text, b, 64):b]
	return hasSuffix(l, "terraform import ") || hasSuffix(l, "tofu import ") || hasSuffix(l, "terragrunt import ")
}

// tfImportID masks the ID at v that terraform import reads for a resource: a name, or a
// composite of names and IDs joined by '/', ':' or ',' (FUNCTION/STATEMENT, CLUSTER:NODEGROUP,
// USER/POLICY_ARN). IDs and ARNs are left to their own rules. It returns the ID's end, or -1.
func (s *scanState) tfImportID(v, ri int) int {
	text := s.text
	e := v
	for e < len(text) && e-v < 512 && text[e] != ' ' && text[e] != '\n' && text[e] != '\r' && text[e] != '\'' && text[e] != '"' {
		e++
	}
	if e-v >= 512 {
		return -1
	}
	for p := v; p < e; {
		if hasPrefix(text[p:], "arn:") {
			return p // an ARN ends the ID: it is read on its own
		}
		q := p
		for q < e && text[q] != '/' && text[q] != ':' && text[q] != ',' {
			q++
		}
		if ps := s.tryStructural(p); ps > p {
			p = ps // an ID of its own shape (subnet-.../rtb-...)
		} else {
			if q > p && isAlnum(text[p]) && nameRun(text, p, false) >= q && acceptValue(text[p:q], "resource-name", modeName) &&
				(p == v || !isUpper(text[p]) || bytes.ContainsAny(text[p:q], "-_.")) {
				s.emit(p, q, "resource-name", ri) // (a statement's ID after the function, AllowS3Invoke, is a policy's Sid: it stays)
			}
			p = q
		}
		if p < e {
			p++
		}
	}
	return e
}

// hclBlockName returns the name of the HCL block that holds i (api_key in api_key {\n key =
// ...), looking back at most 240 bytes, or "".
func hclBlockName(text []byte, i int) string {
	e := openBrace(text, i-1, 239) // (the same walk as a JSON object's: nested blocks closed before i are skipped)
	if e < 0 {
		return ""
	}
	for e > 0 && text[e-1] == ' ' {
		e--
	}
	b := e
	for b > 0 && (isWord(text[b-1]) || text[b-1] == '-') {
		b--
	}
	return string(text[b:e])
}

// labelColon reports whether b opens with a label, a word of letters and then ':' and a blank.
func labelColon(b []byte) bool {
	k := 0
	for k < len(b) && k < 32 && isLetter(b[k]) {
		k++
	}
	return k >= 2 && k+1 < len(b) && b[k] == ':' && b[k+1] == ' '
}

// twoWordsAt reports whether two words of lower-case letters start at p, a blank between them
// (the rest of a sentence).
func twoWordsAt(text []byte, p int) bool {
	for w := 0; w < 2; w++ {
		e := p
		for e < len(text) && isLower(text[e]) {
			e++
		}
		if e == p || w == 0 && (e >= len(text) || text[e] != ' ') {
			return false
		}
		p = e + 1
	}
	return true
}

// htmlQuote returns the length of the HTML character reference for a quote at j (&quot;
// &#34; &#39; &#x27; &apos;), or 0.
func htmlQuote(text []byte, j int) int {
	for _, q := range [...]string{"&quot;", "&#34;", "&#39;", "&#x27;", "&apos;"} {
		if hasPrefix(text[j:], q) {
			return len(q)
		}
	}
	return 0
}

// hclResourceType returns the secret type of the name attribute at i of a Terraform resource
// block (resource "aws_TYPE" "label" {, in a configuration or a plan), or "" when i is in no
// such block: "resource-name" for the types it has no word for.
func hclResourceType(text []byte, i int) string {
	p := lineStart(text, i, 256)
	for lines := 0; p > 0 && lines < 40; lines++ {
		ls := lineStart(text, p-1, 512)
		line := text[ls : p-1]
		p = ls
		t := bytes.TrimRight(line, " \r")
		if len(t) == 0 || t[len(t)-1] != '{' {
			continue
		}
		t = bytes.TrimLeft(t, " +~-/")
		if !hasPrefix(t, "resource \"aws_") {
			return "" // the block that holds i opens here and is no resource's (a variable, tags = {, a nested block)
		}
		t = t[len("resource \"aws_"):]
		q := bytes.IndexByte(t, '"')
		if q < 0 {
			return ""
		}
		switch string(t[:q]) {
		case "sqs_queue":
			return "sqs-queue-name"
		case "sns_topic":
			return "sns-topic-name"
		case "iam_role":
			return "iam-role-name"
		case "iam_user":
			return "iam-user-name"
		case "iam_policy", "iam_role_policy":
			return "iam-policy-name"
		case "dynamodb_table":
			return "dynamodb-table-name"
		case "ecs_cluster", "eks_cluster", "msk_cluster":
			return "cluster-name"
		case "ecr_repository":
			return "ecr-repository"
		case "cloudwatch_log_group":
			return "log-group"
		case "kinesis_stream", "kinesis_firehose_delivery_stream":
			return "kinesis-stream-name"
		case "lb", "alb", "lb_target_group", "alb_target_group":
			return "elb-name"
		case "autoscaling_group":
			return "asg-name"
		case "secretsmanager_secret":
			return "secret-name"
		case "ssm_parameter":
			return "ssm-parameter"
		case "config_config_rule", "wafv2_rule_group", "cloudwatch_event_rule":
			return "rule-name" // (a Config rule named as AWS's managed one, encrypted-volumes, stays)
		}
		return "resource-name"
	}
	return ""
}

// envDefaultCall reports whether the quote at q opens the first argument of a call that reads
// an environment variable with a default: Python's os.environ.get( and os.getenv(, Ruby's
// ENV.fetch(.
func envDefaultCall(text []byte, q int) bool {
	return hasSuffix(text[:q], "environ.get(") || hasSuffix(text[:q], "getenv(") || hasSuffix(text[:q], "ENV.fetch(")
}

// cfnParamType types the Default at i by the name of the object that holds it: the
// CloudFormation parameter's logical name, the key before the nearest unclosed '{' (JSON) or
// the nearest line indented less (YAML), within a few lines. It returns "" when the name says
// nothing.
func cfnParamType(text []byte, i int) (string, valueMode) {
	var name []byte
	if i > 0 && text[i-1] == '"' {
		name = objectKeyBefore(text, i-1)
	} else {
		ls := lineStart(text, i, 128)
		ind := i - ls
		for p, lines := ls, 0; p > 0 && lines < 8; lines++ {
			pls := lineStart(text, p-1, 256)
			line := text[pls : p-1]
			p = pls
			t := bytes.TrimLeft(line, " ")
			if len(line)-len(t) < ind && len(t) > 1 && t[len(t)-1] == ':' {
				name = t[:len(t)-1]
				break
			}
		}
	}
	if len(name) == 0 {
		return "", modeName
	}
	var buf [48]byte
	key, ok := normKey(name, buf[:])
	if !ok || len(key) == 0 {
		return "", modeName
	}
	switch t, m := keyType(key); t {
	case "", "name", "tag-value":
		return "", modeName
	default:
		return t, m
	}
}

// objectKeyBefore returns the key of the JSON object that holds position p ("NAME": {...}),
// looked for within 400 bytes, or nil.
func objectKeyBefore(text []byte, p int) []byte {
	q := openBrace(text, p, 400) - 1
	if q < 1 {
		return nil
	}
	for q > 0 && (text[q] == ' ' || text[q] == ':' || text[q] == '\n') {
		q--
	}
	if text[q] != '"' {
		return nil
	}
	b := bytes.LastIndexByte(text[max(0, q-64):q], '"')
	if b < 0 {
		return nil
	}
	return text[max(0, q-64)+b+1 : q]
}

// structTagEnvType types the default of a Go struct tag whose key starts at i by the
// environment variable the same tag names before it (envconfig:"NAME", env:"NAME"), or "".
func structTagEnvType(text []byte, i int) (string, valueMode) {
	ls := lineStart(text, i, 256)
	line := text[ls:i]
	p := bytes.LastIndex(line, []byte(`env:"`))
	if q := bytes.LastIndex(line, []byte(`envconfig:"`)); q >= 0 {
		p = q + 6
	}
	if p < 0 || bytes.IndexByte(line[:p], '`') < 0 {
		return "", modeName // (inside a tag: its backquote opens before)
	}
	name := line[p+5:]
	if q := bytes.IndexByte(name, '"'); q > 0 {
		name = name[:q]
	} else {
		return "", modeName
	}
	var buf [48]byte
	key, ok := normKey(name, buf[:])
	if !ok || len(key) == 0 {
		return "", modeName
	}
	if t, m := keyType(key); t != "" {
		return t, m
	}
	if hasSuffix(key, "externalid") {
		return "external-id", modeSecret
	}
	return "", modeName
}

// valueEnd finds the end of a value starting at vs.
func valueEnd(text []byte, vs int, quote byte, mode valueMode) int {
	j := vs
	// a value that starts with a non-ASCII letter (Name=정산배치서버, Value=김도윤) is read whole,
	// up to CJK punctuation; one that starts in ASCII stops at the first non-ASCII byte (a
	// particle or a word glued to it: acme-logs에서)
	wide := vs < len(text) && text[vs] >= 0x80 && mode != modeSpaces && mode != modeSecret
	limit := 512
	if mode == modeSecret {
		limit = 4096 // a CloudFront signature, a session token, a PEM body on one line
	}
	for j < len(text) && j-vs <= limit {
		c := text[j]
		if c == '\n' || c == '\r' || c == '\\' || c >= 0x80 && mode != modeSpaces && (!wide || cjkPunct(text[j:])) {
			break
		}
		if (c == 0xe3 || c == 0xef) && mode == modeSpaces && cjkPunct(text[j:]) {
			break // a name of several words ends at CJK or full-width punctuation: (Name: 전사-GPU-01，g5.2xlarge)
		}
		if c == '<' && mode != modeSecret && (hasPrefix(text[j:], "<br") || hasPrefix(text[j:], "</")) {
			break // a line break or a closing tag in a diagram's label: Name=br-core-1a<br/>us-east-1a
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
				if j >= vs+2 && text[j-1] == '.' && j+1 < len(text) && isUpper(text[j+1]) && isLower(text[j-2]) {
					break // Owner: messaging-platform. Region for all ...: a sentence ends the value
				}
			}
			if c == ';' && j >= vs+3 && xmlEntityBefore(text[vs:j]) {
				j++ // &amp; &lt; &#38; in an XML config (web.config): the ';' ends the entity, not the value
				continue
			}
			if c == ',' || c == '"' || c == '\'' || c == '`' || c == '}' || c == ']' || c == ')' || c == ';' ||
				c == '|' || c == '#' && j > vs && text[j-1] == ' ' || (c == '&' || c == '^' || c == '?') && formPairAt(text, j+1) {
				// (a form body's next pair: username=x&password=y; a LEEF 2.0 event's:
				// ^roleName=x^policyArn=y; an Unreal travel URL's: ?Name=x?PlayerSessionId=y)
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
		case c == 'A' && hasPrefix(text[k:], "AWS_"):
			// a token stands for a word of the original (idempotence)
			e := tokenEnd(text, k)
			if e < 0 {
				return -1
			}
			k = e - 1
		case isAlnum(c) || c == ' ' || c == '-':
		default:
			return -1
		}
	}
	return -1
}

// tagFilter reads KEY=VALUE after "tag:" (at p): the tag's value, when the key is followed by
// '=' and the value stands on its own, joins the matches. It returns where it stopped, or -1.
func (s *scanState) tagFilter(p, ri int) int {
	text := s.text
	e := p
	for e < len(text) && e-p < 128 && (isWord(text[e]) || text[e] == '-' || text[e] == '.' || text[e] == ':' || text[e] == '/') {
		e++
	}
	if e+1 >= len(text) || text[e] != '=' || text[e+1] == '=' {
		return -1
	}
	vs, quote := valueStart(text, e+1)
	ve := valueEnd(text, vs, quote, modeName)
	if ve <= vs || !acceptValue(text[vs:ve], "tag-value", modeName) {
		return -1
	}
	s.emit(vs, ve, "tag-value", ri)
	return ve
}

// kwargVariable reports a keyword argument of a call in code whose value v (ending at ve)
// is a variable or an attribute: the key (an API's, capitalised, unless the value is an
// attribute) follows "name(" or ", ", the value is a lower-case identifier (role_arn,
// self.bucket, args.asg) and ',' or ')' follows it.
func kwargVariable(text []byte, ks int, v []byte, ve int) bool {
	if ks < 2 || text[ks-1] != '(' && (text[ks-1] != ' ' || text[ks-2] != ',') || text[ks-1] == '(' && !isWord(text[ks-2]) ||
		ve < len(text) && text[ve] != ',' && text[ve] != ')' || !isUpper(text[ks]) && bytes.IndexByte(v, '.') < 0 {
		return false // (a lower-case key is a variable's only with an attribute: profile_name=args.profile)
	}
	dots := 0
	for k, c := range v {
		switch {
		case isLower(c) || c == '_':
		case isDigit(c) && k > 0 && v[k-1] != '.':
		case c == '.' && k > 0 && k < len(v)-1 && v[k-1] != '.':
			dots++
		default:
			return false
		}
	}
	return dots <= 2 && (isLower(v[0]) || v[0] == '_')
}

// camelDotted reports a dotted run of capitalised alphanumeric segments (a namespace's tail).
func camelDotted(v []byte) bool {
	seg := 0
	for _, c := range v {
		switch {
		case c == '.':
			if seg == 0 {
				return false
			}
			seg = 0
		case seg == 0 && !isUpper(c), !isAlnum(c):
			return false
		default:
			seg++
		}
	}
	return seg > 0
}

// envCompound reports an environment word and a capitalised noun joined by '-'
// (Staging-Umgebung, Prod-Setup, Dev-Datenbank): a compound of prose, not a resource's name.
func envCompound(v []byte) bool {
	d := bytes.IndexByte(v, '-')
	if d <= 1 || len(v)-d-1 < 5 || !isUpper(v[0]) || !isUpper(v[d+1]) {
		return false
	}
	for _, c := range v[d+2:] {
		if !isLower(c) {
			return false
		}
	}
	var buf [16]byte
	w, ok := lowerASCII(buf[:], v[:d])
	return ok && envWord(w)
}

// serviceCompound reports a compound of an AWS service's name and a participle
// (SQS-triggered, EventBridge-enabled, Lambda-backed).
func serviceCompound(v []byte) bool {
	d := bytes.IndexByte(v, '-')
	if d <= 0 || !serviceWord(v[:d]) {
		return false
	}
	switch string(v[d+1:]) {
	case "triggered", "enabled", "based", "backed", "managed", "driven", "native", "compatible", "only", "hosted", "powered", "invoked":
		return true
	}
	return false
}

// formPairAt reports whether a form or query pair (key=) starts at k.
func formPairAt(text []byte, k int) bool {
	e := k
	for e < len(text) && e-k < 48 && (isWord(text[e]) || text[e] == '.' || text[e] == '-') {
		e++
	}
	return e > k && e < len(text) && text[e] == '='
}

// gluedNoun returns the type a capitalised resource noun names when it is glued to a name
// by '-' (German: -Bucket, -Instanz, -Lambda, -Funktion, -Cluster, -Rolle, -Tabelle, -Queue),
// or "".
func gluedNoun(w []byte) string {
	switch string(w) {
	case "Bucket", "Buckets":
		return "s3-bucket"
	case "Instanz", "Instance", "Datenbank":
		return "rds-identifier"
	case "Lambda", "Funktion":
		return "lambda-function-name"
	case "Cluster":
		return "cluster-name"
	case "Rolle", "Role":
		return "iam-role-name"
	case "Tabelle", "Table":
		return "dynamodb-table-name"
	case "Queue", "Warteschlange":
		return "sqs-queue-name"
	case "Stack":
		return "cfn-stack-name"
	}
	return ""
}

// awsActionTail reports whether the word at i ends an "aws:SERVICE:" name (a Fault Injection
// Service action, an SSM plugin): AWS's vocabulary, not the customer's.
func awsActionTail(text []byte, i int) bool {
	if i < 6 || text[i-1] != ':' {
		return false
	}
	p := i - 1
	for p > 0 && i-p < 24 && (isLower(text[p-1]) || isDigit(text[p-1]) || text[p-1] == '-') {
		p--
	}
	if string(text[i-4:i-1]) == "aws" && !isAlnum(text[i-5]) {
		return true // AWS's own name in its aws: namespace: Device Defender's aws:message-byte-size, SSM's aws:runShellScript
	}
	return p >= 5 && p < i-1 && text[p-1] == ':' && string(text[p-4:p-1]) == "aws" && (p == 4 || !isAlnum(text[p-5]))
}

// publicURLPath reports whether the word at i, after a '/', is in the path of a URL whose host
// is a public service's (https://aws.github.io/copilot-cli/docs/manifest/lb-web-service/):
// documentation and software, not the customer's names (but a SaaS tenant's pages, and
// github.com's repositories, which the URL rule reads).
func publicURLPath(text []byte, i int) bool {
	u := urlScheme(text, i)
	if u < 0 {
		return false
	}
	full := hostAt(text, u+3) // (it ends before i: the word at i follows a '/')
	host := full
	if d := bytes.LastIndexByte(host, '.'); d > 0 {
		if d2 := bytes.LastIndexByte(host[:d], '.'); d2 >= 0 {
			host = host[d2+1:]
		}
	}
	var buf [64]byte
	lh, ok := lowerASCII(buf[:], host)
	return ok && publicServiceDomain(string(lh)) && !saasTenant(lh) && (len(host) != len(full) || string(lh) != "github.com")
}

// ecsDockerName reports the Docker name the ECS agent gives a task's container:
// ecs-FAMILY-REVISION-CONTAINER-HEX, the hex 16 to 24 digits.
func ecsDockerName(v []byte) bool {
	h := bytes.LastIndexByte(v, '-')
	if h < 0 || len(v)-h-1 < 16 || len(v)-h-1 > 24 || !allHex(v[h+1:]) {
		return false
	}
	for p := 4; p < h; p++ {
		if v[p] == '-' && isDigit(v[p+1]) {
			q := p + 1
			for q < h && isDigit(v[q]) {
				q++
			}
			if q < h && v[q] == '-' && p > 4 && q+1 < h {
				return true // the revision, between the family and the container
			}
		}
	}
	return false
}

// decimalZ reports a number with a fraction and an optional UTC mark: 07.2291007Z.
func decimalZ(v []byte) bool {
	if len(v) > 0 && v[len(v)-1] == 'Z' {
		v = v[:len(v)-1]
	}
	dot := bytes.IndexByte(v, '.')
	return dot > 0 && allDigits(v[:dot]) && allDigits(v[dot+1:])
}

// windowsGeneratedName reports a computer name AWS makes for a Windows machine: EC2AMAZ-
// and seven characters (EC2Launch), IP- and the private address in hex (EC2Config, Managed
// AD's domain controllers), WSAMZN- and eight (WorkSpaces), AMZNFSX and eight (FSx for
// Windows File Server).
func windowsGeneratedName(v []byte) bool {
	switch {
	case len(v) == 15 && hasPrefix(v, "EC2AMAZ-"), len(v) == 15 && hasPrefix(v, "WSAMZN-") && allUpperAlnum(v[7:]):
		return true
	case len(v) == 15 && hasPrefix(v, "AMZNFSX") && allUpperAlnum(v[7:]):
		return true
	case len(v) == 11 && hasPrefix(v, "IP-"):
		return allHexUpper(v[3:])
	}
	return false
}

// warehousePath masks a Hive-style warehouse path's database and table at i, after a '/':
// DB.db/TABLE/ (Glue, Hive, Spark and Iceberg's default locations: s3://x/warehouse/
// sales_mart.db/order_lines/metadata/...). It returns the table's end, or -1.
func (s *scanState) warehousePath(i, ri int) int {
	text := s.text
	d := i
	for d < len(text) && d-i < 128 && (isLower(text[d]) || isDigit(text[d]) || text[d] == '_') {
		d++
	}
	if d == i || d+5 > len(text) || string(text[d:d+4]) != ".db/" || !isAlnum(text[d+4]) && text[d+4] != '_' {
		return -1
	}
	t := d + 4
	te := t
	for te < len(text) && te-t < 128 && (isLower(text[te]) || isDigit(text[te]) || text[te] == '_' || text[te] == '-') {
		te++
	}
	if te < len(text) && text[te] != '/' && text[te] != '"' && text[te] != '\'' && text[te] != ' ' && text[te] != '\n' && text[te] != '`' {
		return -1
	}
	if v := text[i:d]; acceptValue(v, "database-name", modeName) && string(v) != "default" {
		s.emit(i, d, "database-name", ri)
	}
	if v := text[t:te]; acceptValue(v, "resource-name", modeName) {
		s.emit(t, te, "resource-name", ri)
	}
	return te
}

// firehoseObject returns the length of the delivery stream's name at the start of v when v
// is the name Firehose gives an object it writes to S3 (orders-stream-1-2026-11-26-21-04-02-
// 5c1e8f3a...: the stream, its version, the time, a random part), or 0.
func firehoseObject(v []byte) int {
	for d := 3; d+20 <= len(v); d++ {
		if v[d-1] != '-' || !isDigit(v[d]) {
			continue
		}
		t := v[d : d+20] // YYYY-MM-DD-HH-MM-SS-
		if !allDigits(t[0:4]) || t[4] != '-' || !allDigits(t[5:7]) || t[7] != '-' || !allDigits(t[8:10]) || t[10] != '-' ||
			!allDigits(t[11:13]) || t[13] != '-' || !allDigits(t[14:16]) || t[16] != '-' || !allDigits(t[17:19]) || t[19] != '-' {
			continue
		}
		b := d - 1 // the version's digits before the time
		for b > 0 && isDigit(v[b-1]) {
			b--
		}
		if b == d-1 || b < 2 || v[b-1] != '-' {
			return 0
		}
		return b - 1
	}
	return 0
}

// dashMAC reports a hardware address in Windows' form: six pairs of hex digits joined by '-'
// (02-4C-7B-19-E2-A5), in one case.
func dashMAC(v []byte) bool {
	for p := 0; p < 17; p += 3 {
		if !isHex(v[p]) || !isHex(v[p+1]) || p+2 < 17 && v[p+2] != '-' {
			return false
		}
	}
	return !hasUpperByte(v) || !hasLowerByte(v)
}

// upperHostName reports a server's name in the upper-case style of Windows estates and
// VMware inventories: two to five upper-case parts joined by '-', the last letters and a
// number of one to three digits (KRCU-CORE-SQL01, PLH-DC01, FRA-DMZ-CL1), or two or three
// digits after at least two named parts (HKR-HRDB-01). A cipher suite
// (ECDHE-RSA-AES128-GCM-SHA256), SigV4's AWS4-HMAC-SHA256, a cumulative update (RTM-CU14) or
// a service pack, an architecture (LINUX-ARM64), a standard's clause (PCI-DSS-10) are not one.
func upperHostName(v []byte) bool {
	if len(v) < 5 || len(v) > 24 {
		return false
	}
	parts, lettered := 0, true
	for p := 0; p < len(v); {
		e := p
		for e < len(v) && (isUpper(v[e]) || isDigit(v[e])) {
			e++
		}
		if e == p || e < len(v) && v[e] != '-' {
			return false
		}
		switch w := v[p:e]; {
		case hasPrefix(w, "SHA"), hasPrefix(w, "AES"), hasPrefix(w, "CBC"), hasPrefix(w, "TLS"), hasPrefix(w, "SSL"),
			string(w) == "HMAC", string(w) == "RSA", string(w) == "ECDSA", string(w) == "ECDHE", string(w) == "DHE",
			string(w) == "GCM", string(w) == "MD5", string(w) == "AWS4", string(w) == "AWS", string(w) == "RTM", string(w) == "CVE",
			string(w) == "PCI", string(w) == "NIST", string(w) == "ISO", string(w) == "SOC", string(w) == "CIS", string(w) == "RFC":
			return false
		}
		parts++
		if e == len(v) {
			l := p
			for l < e && isUpper(v[l]) {
				l++
			}
			if l == p && e-l >= 2 && e-l <= 3 && allDigits(v[l:e]) && parts >= 3 && parts <= 5 && lettered {
				return true // HKR-HRDB-01, ORC-SQLPRD-01: a number of its own after named parts
			}
			if l-p < 2 || e-l < 1 || e-l > 3 || !allDigits(v[l:e]) || parts < 2 || parts > 5 {
				return false
			}
			switch string(v[p:l]) {
			case "CU", "SP", "TD", "LTO", "ARM", "AMD", "X", "IPV", "DDR", "GEN", "PCIE", "UTF":
				return false // a cumulative update, a service pack, a tape drive, an architecture
			}
			return true
		}
		lettered = lettered && !allDigits(v[p:e])
		p = e + 1
	}
	return false
}

// typeFlagBefore reports whether the CLI option that ends at p is --type or --...-type
// (--source-type, --volume-type): what follows is one of AWS's enumerated values.
func typeFlagBefore(text []byte, p int) bool {
	if !hasSuffix(text[:p], "type") {
		return false
	}
	a := p - 4
	for a > 0 && p-a < 40 && (isLower(text[a-1]) || text[a-1] == '-') {
		a--
	}
	return a+2 <= p-4 && text[a] == '-' && text[a+1] == '-' && (a == 0 || text[a-1] == ' ')
}

// systemIndex returns the end of the name at i (after a '.') when it is an index OpenSearch,
// Elasticsearch or Kibana keep for themselves (.opendistro-*, .plugins-*, .kibana_1,
// .opensearch-observability), or -1. A data stream's backing index (.ds-NAME-...) names the
// customer's stream and is not one.
func systemIndex(text []byte, i int) int {
	for _, p := range [...]string{"opendistro", "plugins-", "opensearch", "kibana", "security", "tasks", "ql-datasources", "geoip",
		"async-search", "transform-", "ml-", "watches", "triggered_watches", "monitoring-", "fleet-", "apm-", "reporting-"} {
		if hasPrefix(text[i:], p) {
			e := i
			for e < len(text) && (isWord(text[e]) || text[e] == '-' || text[e] == '.') {
				e++
			}
			return e
		}
	}
	return -1
}

// hexID64 reports whether the 64 bytes at i are an ID AWS gives a customer's resource in 64
// lower-case hex digits (an IoT certificate, a KMS grant, an S3 canonical user) rather than a
// digest (sha256:<hex>, a layer, a file's checksum, Terraform's zh: hashes, a transparency
// log's ID) or the canonical user of an AWS service a bucket grants (ElastiCache's exports,
// CloudFront's awslogsdelivery).
func hexID64(text []byte, i int) bool {
	v := text[i : i+64]
	if !allHexLower(v) || !hasLetterRun(v, 1) || i > 0 && (isWord(text[i-1]) || text[i-1] == '-' || text[i-1] == '.' || text[i-1] == '/' || text[i-1] == '#' || text[i-1] == '@') {
		return false
	}
	b := text[max(0, i-24):i]
	for _, w := range [...]string{"sha256", "sha-256", "digest", "zh:", "logid", "checksum", "hash"} {
		if bytesContainsFold(b, w) {
			return false
		}
	}
	switch string(v) {
	case "540804c33a284a299d2547575ce1010f2312ef3da9b3a053c8bc45bf233e4353", // ElastiCache's snapshot exports
		"c4c1ede66af53448b93c283ce9448c4ba468c9432aa01d700d3878632f77d2d0": // CloudFront's standard logs (awslogsdelivery)
		return false
	}
	return true
}

// matchNameToken is the heuristic and prose rule. A token made of letters, digits and
// - _ . is reported when a prose keyword stands before it ("the bucket x", "role x",
// "instance x") or after it ("x bucket", "x 버킷"), or when by itself it has the shape of a
// customer resource name: an environment word plus a word of its own (stg-web-03,
// SaebyeokProdEksNodeRole, bluepeak-admin-staging).
// pgProcessTitle reads the title PostgreSQL gives a process, text[vs:ve] (postgres: USER
// DATABASE HOST(PORT) STATE; postgres: autovacuum worker DATABASE; postgres: walsender USER
// HOST(PORT) streaming), emits its user and database and returns the end of the last, or 0.
func (s *scanState) pgProcessTitle(vs, ve, ri int) int {
	text := s.text
	if !hasPrefix(text[vs:ve], "postgres: ") {
		return 0
	}
	var ws, we [3]int // the first three words
	k, nw := vs+10, 0
	for nw < len(ws) && k < ve {
		ws[nw] = k
		for k < ve && text[k] != ' ' && text[k] != '\\' {
			k++
		}
		we[nw] = k
		nw++
		for k < ve && text[k] == ' ' {
			k++
		}
	}
	word := func(i int) string { return string(text[ws[i]:we[i]]) }
	switch {
	case nw == 3 && word(0) == "autovacuum" && word(1) == "worker":
		s.emit(ws[2], we[2], "database-name", ri)
		return we[2]
	case nw >= 2 && word(0) == "walsender" && word(1) != "rdsrepladmin":
		s.emit(ws[1], we[1], "db-username", ri)
		return we[1]
	case nw == 3 && word(0) != "rdsadmin" && (bytes.IndexByte(text[ws[2]:we[2]], '(') > 0 || word(2) == "[local]"):
		s.emit(ws[0], we[0], "db-username", ri)
		s.emit(ws[1], we[1], "database-name", ri)
		return we[1]
	}
	return 0
}

// auroraAuditField is the type of the field of an Aurora MySQL or MariaDB audit log line that
// starts at i, or "": timestamp (16 digits),serverhost,username,host,connectionid,queryid,
// operation,database,object,retcode. The user and the database are the customer's.
func auroraAuditField(text []byte, i int) string {
	l := lineStart(text, i, 200)
	if i-l < 20 || text[l+16] != ',' || !allDigits(text[l:l+16]) {
		return ""
	}
	switch bytes.Count(text[l:i], []byte(",")) {
	case 2:
		return "db-username"
	case 7:
		return "database-name"
	}
	return ""
}

// netbiosName reports capitals, digits and '-' with a capital first (CORP, BONFANTI, HQ-AD01).
func netbiosName(v []byte) bool {
	if len(v) == 0 || !isUpper(v[0]) {
		return false
	}
	for _, c := range v {
		if !isUpper(c) && !isDigit(c) && c != '-' {
			return false
		}
	}
	return true
}

// mongoshPrompt reads mongosh's prompt at i, a replica set member's state in brackets, then
// the database before '>' (rs0 [direct: primary] orders_db>, DocumentDB and MongoDB): it
// returns the database's end, or 0.
func mongoshPrompt(text []byte, i int) int {
	e := i
	for e < len(text) && e-i < 64 && (isWord(text[e]) || text[e] == '-') {
		e++
	}
	if e == i || e+1 >= len(text) || text[e] != '>' || text[e+1] != ' ' {
		return 0
	}
	b := text[lineStart(text, i, 64):i]
	if !bytes.Contains(b, []byte("primary]")) && !bytes.Contains(b, []byte("secondary]")) {
		return 0
	}
	if w := text[i:e]; string(w) == "test" || string(w) == "admin" || string(w) == "local" {
		return 0 // the databases every deployment has
	}
	return e
}

// secretPathAfter returns the end of a secret's path (two parts or more joined by '/') named
// at i shortly after "Secrets Manager" on its line, or 0.
func secretPathAfter(text []byte, i int) int {
	e, slash := i, 0
	for e < len(text) && e-i < 128 && (isWord(text[e]) || text[e] == '-' || text[e] == '/' || text[e] == '.') {
		if text[e] == '/' {
			slash++
		}
		e++
	}
	for e > i && (text[e-1] == '.' || text[e-1] == '/') {
		e--
	}
	if slash == 0 || e < len(text) && text[e] == ':' || bytes.IndexByte(text[i:e], '/') < 0 {
		return 0
	}
	b := text[max(0, i-40):i]
	if !bytes.Contains(b, []byte("Secrets Manager")) || bytes.IndexByte(b, '\n') >= 0 {
		return 0
	}
	return e
}

// liveKey returns the end of a secret key in Stripe's convention that many vendors follow,
// a lower-case vendor tag, "_live_" and 16 or more random letters and digits
// (shippo_live_4c9e1a7f3b5d2e8c0a6f, wms_live_Kq7Zx2Mv9Lb4Nt8Yc1Pw), or 0.
func liveKey(text []byte, i int) int {
	p := i
	for p < len(text) && p-i <= 12 && isLower(text[p]) {
		p++
	}
	if p-i < 2 || p+6 >= len(text) || string(text[p:p+6]) != "_live_" || i > 0 && isWord(text[i-1]) || string(text[i:p]) == "pk" {
		return 0 // (Stripe's publishable keys, pk_live_, are meant to be public)
	}
	e := p + 6
	digit := false
	for e < len(text) && e-p < 120 && isAlnum(text[e]) {
		digit = digit || isDigit(text[e])
		e++
	}
	if e-p-6 < 16 || !digit || e < len(text) && (isWord(text[e]) || text[e] == '-') {
		return 0
	}
	return e
}

// apiNamedBefore reports "API" (REST API, API REST, API:) in the 20 bytes before i on its
// line, or a row of get-base-path-mappings' text output (BASEPATHMAPPINGS PATH ID STAGE).
func apiNamedBefore(text []byte, i int) bool {
	ls := lineStart(text, i, 48)
	b := max(ls, i-20)
	for b > ls && isWord(text[b-1]) {
		b-- // (from a word's start: API inside AWS_API_KEY_001 is a token's)
	}
	return mentions(text[b:i], "API") || hasPrefix(text[ls:], "BASEPATHMAPPINGS")
}

// tokenAfter reports a token (AWS_...) after the blanks and quotes that follow j on its line.
func tokenAfter(text []byte, j int) bool {
	for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '"' || text[j] == '\'' || text[j] == '`' || text[j] == '\\') {
		j++
	}
	return hasPrefix(text[j:], "AWS_")
}

// cliTagsBefore reports a CLI's tag option (--tags, --tag-specifications, --resource-tags)
// earlier on the line of i: its Key=K,Value=V pairs are tags.
func cliTagsBefore(text []byte, i int) bool {
	b := text[lineStart(text, i, 512):i]
	return bytes.Contains(b, []byte("--tags ")) || bytes.Contains(b, []byte("--tag-specifications ")) || bytes.Contains(b, []byte("--resource-tags "))
}

// loggerBefore reports a Java logger's name ending at e: a package path of lower-case words and
// a class in CamelCase (com.aws.greengrass.deployment.DeploymentService), as Greengrass and
// log4j layouts print it before the event.
func loggerBefore(text []byte, e int) bool {
	b := e
	for b > 0 && (isAlnum(text[b-1]) || text[b-1] == '.' || text[b-1] == '$') {
		b--
	}
	d := bytes.LastIndexByte(text[b:e], '.')
	if d < 3 || b+d+1 >= e || !isUpper(text[b+d+1]) || b > 0 && text[b-1] != ' ' && text[b-1] != '\t' {
		return false
	}
	for _, c := range text[b : b+d] {
		if !isLower(c) && !isDigit(c) && c != '.' {
			return false
		}
	}
	return bytes.IndexByte(text[b:b+d], '.') > 0
}

func matchNameToken(s *scanState, i, ri int) int {
	text := s.text
	n := len(text)
	if i > 0 && text[i-1] == '_' && (text[i] == 'C' || text[i] == 'r' || text[i] == 'w' || text[i] == 'g') {
		if e := s.logFileName(i, ri); e > 0 {
			return e
		}
	}
	if i < s.nameDeadEnd || i >= 2 && (text[i-1] == '_' || text[i-1] == '-') && isAlnum(text[i-2]) || i >= 2 && text[i-1] == '-' && text[i-2] == '-' {
		return -1 // a word inside a name run judged as a whole, or the tail of a snake_case or kebab-case one (east-1 of us-east-1)
	}
	if i >= 9 && (text[i-1] == '.' || text[i-1] == '+' || text[i-1] == '-') && runAfterToken(text, i) {
		return -1 // the rest of a dotted name a part of which is masked: the first pass judged the run whole (idempotence)
	}
	if i > 0 && text[i-1] == '/' {
		if e := s.warehousePath(i, ri); e > 0 {
			return e
		}
		if i >= 16 && hasSuffix(text[:i], "Tag/") && (hasSuffix(text[:i], "aws:ResourceTag/") || hasSuffix(text[:i], "aws:RequestTag/") ||
			hasSuffix(text[:i], "aws:PrincipalTag/")) {
			return nameRun(text, i, false) // a condition key's tag key (aws:ResourceTag/restore-test): the customer's words, no resource
		}
	}
	if i >= 8 && (text[i-1] == ' ' || text[i-1] == '=') && text[i-2] == 'e' && typeFlagBefore(text, i-1) {
		return nameRun(text, i, false) // --source-type blue-green-deployment: a CLI option's enumerated value
	}
	if i >= 8 && (text[i-1] == '"' || text[i-1] == '\'') && text[i-2] == '(' && (hasSuffix(text[:i-2], "client") || hasSuffix(text[:i-2], "resource")) {
		return nameRun(text, i, false) // boto3.client("pinpoint-sms-voice-v2"): an AWS service's name in the SDK
	}
	if i >= 14 && text[i-1] == ':' && string(text[i-14:i]) == "sagemaker-sdk:" {
		return alnumEnd(text, i) // the SageMaker SDK's own tag keys (sagemaker-sdk:jumpstart-model-id)
	}
	if i >= 10 && text[i-1] == ' ' && hasSuffix(text[:i], "(Service: ") {
		return alnumEnd(text, i) // an SDK error's service ((Service: S3Control, Status Code: 400, ...)): AWS's name
	}
	if e := liveKey(text, i); e > 0 {
		s.emit(i, e, "api-key", ri) // VENDOR_live_RANDOM: a payment or shipping vendor's secret key, Stripe's convention
		return e
	}
	if i >= 14 && text[i-1] == ' ' && hasSuffix(text[:i], "verbose stack ") {
		return alnumEnd(text, i) // npm's debug log: "verbose stack HttpErrorGeneral: 401": an error's class, no CloudFormation stack
	}
	if i >= 8 && text[i-1] == ' ' && text[i-2] == ':' && loggerBefore(text, i-2) {
		if e := nameRun(text, i, false); e < n && text[e] == '.' && (e+1 == n || text[e+1] == ' ' || text[e+1] == '\n') {
			return e // com.aws.greengrass.status.FleetStatusService: fss-status-update-published. {...}: a logger's event
		}
	}
	if i >= 1 && text[i-1] == '.' && (i == 1 || text[i-2] == ' ' || text[i-2] == '"' || text[i-2] == '/' || text[i-2] == '\t') {
		if e := systemIndex(text, i); e > i {
			return e // .opendistro-job-scheduler-lock, .plugins-ml-config: an OpenSearch plugin's own index
		}
	}
	if i+67 <= n && text[i+2] == '_' && (text[i] == 'j' && text[i+1] == 'r' || text[i] == 'd' && text[i+1] == 'b') &&
		hexRunEnd(text, i+3) == i+67 && (i+67 == n || !isWord(text[i+67])) {
		s.emit(i, i+67, "job-run-id", ri) // a Glue job's run (jr_<64 hex>), a DataBrew job's (db_<64 hex>)
		return i + 67
	}
	if text[i] == 'a' && i+16 < n && hasPrefix(text[i:], "aws-waf-logs-") && (i == 0 || !isWord(text[i-1]) && text[i-1] != '-' && text[i-1] != '/' && text[i-1] != ':') {
		// a WAF log destination (a log group, a Firehose stream, a bucket) must start
		// aws-waf-logs-: the rest is the customer's name
		e := i + 13
		for e < n && (isWord(text[e]) || text[e] == '-') {
			e++
		}
		if e-i > 14 {
			s.emit(i, e, "log-group", ri)
			return e
		}
	}
	if text[i] == 'i' && i+17 <= n && hasPrefix(text[i:], "import-") && (i+17 == n || !isWord(text[i+17])) &&
		(i == 0 || !isWord(text[i-1]) && text[i-1] != '-') && mixedCaseAlnum(text[i+7:i+17]) {
		s.emit(i, i+17, "resource-id", ri) // a Cognito user import job: import- and ten mixed-case letters (import-CyWSofLPPZ)
		return i + 17
	}
	if text[i] == 'A' {
		if e := executionLogsID(text, i); e > 0 {
			s.emit(e-10, e, "apigw-id", ri) // API-Gateway-Execution-Logs_APIID/STAGE: API Gateway's name, the API's ID
			return e
		}
	}
	if i >= 12 && text[i] == 'v' && hasPrefix(text[i:], "vnd.") && hasSuffix(text[:i], "application/") {
		// a vendor's media type (application/vnd.dev.sigstore.bundle.v0.3+json,
		// vnd.oci.image.manifest.v1+json): read whole, its parts are no names
		e := i
		for e < n && (isWord(text[e]) || text[e] == '.' || text[e] == '-' || text[e] == '+') {
			e++
		}
		return e
	}
	if i >= 40 && text[i-1] == ' ' && text[i-2] == ':' && hasSuffix(text[:i], "authorization failure message: ") {
		// EC2's UnauthorizedOperation: the encoded message decodes (sts decode-authorization-message)
		// to the request's principal, action and resources: masked whole
		e := i
		for e < n && (isWord(text[e]) || text[e] == '-') {
			e++
		}
		if e-i >= 32 {
			s.emit(i, e, "encoded-message", ri)
			return e
		}
	}
	if i >= 11 && text[i-1] == ' ' && hasSuffix(text[:i], "[Partition ") {
		// a Kafka broker's log: [Partition TOPIC-N broker=1]: the topic, without its partition
		e := i
		for e < n && (isWord(text[e]) || text[e] == '.' || text[e] == '-') {
			e++
		}
		d := bytes.LastIndexByte(text[i:e], '-')
		if d > 0 && allDigits(text[i+d+1:e]) && !hasPrefix(text[i:], "__") {
			s.emit(i, i+d, kafkaTopic, ri)
			return e
		}
	}
	if text[i] == 'a' && i+23 <= n && hasPrefix(text[i:], "amplify-") && text[i+22] == '-' && amplifyAppID(text[i+8:i+22]) {
		s.emit(i+8, i+22, "amplify-app-id", ri) // amplify-APPID-BRANCH-branch-<hex>: Amplify Gen 2's stacks name the app
		return i + 22
	}
	if i >= 24 && text[i-1] == ' ' && text[i-2] != ' ' && tfImportAddress(text, i-1) {
		if e := s.tfImportID(i, ri); e > 0 {
			return e // terraform import ADDRESS ID: the resource's own ID, its parts one by one
		}
	}
	if i == 0 || text[i-1] == '\n' {
		if e := psqlPrompt(text, i); e > 0 {
			s.emit(i, e, "database-name", ri) // psql's prompt, orrin_dw=# and its continuation orrin_dw-#: the database
			return e
		}
	}
	if i >= 10 && text[i-1] == ' ' && text[i-2] == ']' {
		if e := mongoshPrompt(text, i); e > 0 {
			s.emit(i, e, "database-name", ri) // mongosh's prompt, rs0 [direct: primary] orders_db>: the database
			return e
		}
	}
	if s.w.at != i || s.w.done&shNameGroup == 0 {
		s.shapeAt(i, alnumEnd(text, i))
		s.nameShape()
	}
	if s.w.end-i <= 4 && s.w.end+27 <= n && text[s.w.end] == '-' && allLowerLetters(text[i:s.w.end]) && (i == 0 || !isWord(text[i-1]) && text[i-1] != '-') &&
		cognitoClientShape(text[s.w.end+1:s.w.end+27]) && (s.w.end+27 == n || !isWord(text[s.w.end+27]) && text[s.w.end+27] != '-') {
		s.emit(i, s.w.end+27, "resource-id", ri) // SES Mail Manager's tp-, rl-, a- IDs: a kind and 26 generated letters and digits
		return s.w.end + 27
	}
	if s.w.end-i == 10 && (i == 0 || text[i-1] != '-' && text[i-1] != '.') && (s.w.end == n || !isWord(text[s.w.end]) && text[s.w.end] != '-' && text[s.w.end] != '.') &&
		upperGeneratedID(text[i:s.w.end]) {
		s.emit(i, s.w.end, "resource-id", ri) // a Bedrock knowledge base's, data source's, flow's or Lex bot's ID, standing alone
		return s.w.end
	}
	if s.w.end-i == 26 && (s.w.end == n || !isWord(text[s.w.end]) && text[s.w.end] != '-' && text[s.w.end] != '.') && cognitoClientShape(text[i:s.w.end]) {
		s.emit(i, s.w.end, "resource-id", ri) // a Cognito app client's or an AppSync API's or function's ID, standing alone
		return s.w.end
	}
	if s.w.end-i == 64 && i >= 12 && (text[i-1] == '\t' || text[i-1] == 'D') && allHex(text[i:s.w.end]) {
		if l := lineStart(text, i, 160); text[i-1] == '\t' && (hasPrefix(text[l:], "OWNER\t") || hasPrefix(text[l:], "GRANTEE\t")) {
			s.emit(i, s.w.end, "canonical-user-id", ri) // get-bucket-acl --output text: OWNER NAME ID, GRANTEE NAME ID
			return s.w.end
		}
		if hasSuffixFold(text[:i], "signature%3d") {
			s.emit(i, s.w.end, "password", ri) // a presigned URL inside a URL's query: %26X-Amz-Signature%3D<64 hex>
			return s.w.end
		}
	}
	if s.w.end-i == 64 && (s.w.end == n || !isWord(text[s.w.end])) && hexID64(text, i) {
		s.emit(i, s.w.end, "hex-id", ri) // an IoT certificate's, a KMS grant's, an S3 canonical user's ID, standing alone
		return s.w.end
	}
	if i >= 40 && text[i-1] == ' ' && text[i-2] == 'Z' && s.w.end-i >= 8 && allHex(text[i:s.w.end]) {
		// an ALB connection log: ... NotBefore=T;NotAfter=T SERIAL verify-status: the client
		// certificate's serial number
		if b := text[max(0, i-96) : i-1]; bytes.Contains(b, []byte(";NotAfter=")) && bytes.Contains(b, []byte("NotBefore=")) {
			s.emit(i, s.w.end, "certificate-serial", ri)
			return s.w.end
		}
	}
	k := s.w.nameEnd
	hyphen, digit, inner, dot := s.w.hyphen, s.w.digit, s.w.innerCap, s.w.dot
	if (hyphen || digit) && (i == 0 || text[i-1] == '\n') && zoneRecordAfter(text, k) {
		s.emit(i, k, "host-name", ri) // a zone file's owner name (bastion-par  60  IN  A  x): the customer's host
		return k
	}
	if k-i == 32 && i >= 1 && text[i-1] == '_' && (i == 1 || text[i-2] == '\n') && allHex(text[i:k]) && zoneRecordAfter(text, k) {
		s.emit(i, k, "acm-validation-token", ri) // _TOKEN  300  IN  CNAME  ...: ACM's validation record, named relative to its zone
		return k
	}
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
		if k < n && text[k] == '.' {
			if e := s.qualifiedTable(i, k, ri); e > 0 {
				return e
			}
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
	if afterVersionKey(text, i) {
		return -1 // specificationVersion: 'jobtemplate-2023-09': a version's name
	}
	if hasPrefix(text[k:], " metric") && !hasPrefix(text[k:], " metrics/") {
		return -1 // "the Lambda IteratorAge metric": a metric's name
	}
	if inner && !hyphen && !dot && pascalRole(text[i:k]) && !awsVocabulary(text[i:k]) {
		s.emit(i, k, "iam-role-name", ri) // VerdantJobsExecRole: a role the customer named, by the words it is made of
		return k
	}
	if inner && !digit && !hyphen && pascalField(text[i:k]) {
		return -1 // an API's field named in prose (SharedRoutesEnabled, PoolArn): not a resource
	}
	if k-i == 32 && i >= 8 && text[i-1] == '/' && mediaPackagePath(text, i) && allHex(text[i:k]) {
		s.emit(i, k, "resource-id", ri) // MediaPackage's endpoints: /out/v1/ENDPOINT/index.m3u8, /in/v2/CHANNEL/INGEST/
		return k
	}
	if i > 0 && text[i-1] == '/' && (publicURLPath(text, i) || findingTypeTail(text, i)) {
		return -1 // a public site's documentation path; a finding type's name (Policy:IAMUser/S3BucketSharedExternally)
	}
	if i > 0 && text[i-1] == ' ' {
		if e := s.ontapValue(i, ri); e > 0 {
			return e // FSx for ONTAP's CLI: snapmirror create -source-path SVM:VOLUME -vserver SVM
		}
	}
	if k-i == 10 && digit && apigwID(text[i:k]) && (i == 0 || text[i-1] != '/' && text[i-1] != '.' && text[i-1] != '-') && apiNamedBefore(text, i) {
		s.emit(i, k, "apigw-id", ri) // "REST-API (h93rzte7m8, Stage live)", "**API:** jt7w4eiuyp": an API's ID beside the word
		return k
	}
	if t := commandArgType(text, i); t != "" && !stopWord(text[i:k]) {
		s.emit(i, k, t, ri) // cdk synth STACK, "Hostname set to HOST" (EC2Launch), "Deploying SERVICE to stage"
		return k
	}
	if hyphen && k-i == 47 && allHex(text[i:i+10]) && text[i+10] == '-' && isUUID(text[i+11:k]) {
		s.emit(i, k, "identitystore-id", ri) // IAM Identity Center's users and groups: 10 hex digits and a UUID
		return k
	}
	if hyphen && digit && k+9 < n && text[k] == ' ' && text[k+1] == '(' && !stopWord(text[i:k]) && !regionLike(text[i:k]) {
		if e, _ := parseIPv4(text, k+2); e > 0 && e < n && (text[e] == ')' || text[e] == ',') {
			s.emit(i, k, "host-name", ri) // "device: rpi4-dock3 (10.12.30.44)": a machine's name before its address
			return k
		}
	}
	if hyphen && i >= 3 && text[i-1] == '(' && text[i-2] == ' ' && k < n && text[k] == ')' && len(s.dst) > 0 &&
		s.dst[len(s.dst)-1].end == i-2 && idType(s.dst[len(s.dst)-1].typ) && (kebabName(text[i:k]) || pairName(text[i:k]) || titleKebab(text[i:k])) &&
		!stopWord(text[i:k]) && !awsVocabulary(text[i:k]) {
		s.emit(i, k, "tag-value", ri) // "ou-m0vb-4c8kzy2e (lumenrail-payments)": the resource's name after its ID
		return k
	}
	if hyphen && (digit || kebabName(text[i:k])) && idInParens(text, k) && !stopWord(text[i:k]) && !awsVocabulary(text[i:k]) {
		s.emit(i, k, "tag-value", ri) // "from batch-etl-03 (i-0a1b...)", "x（rslvr-frg-...）": the resource's Name before its ID
		return k
	}
	if hyphen && i >= 6 && (text[i-1] == ' ' || text[i-1] == '`') {
		if t := s.siblingName(i, k); t != "" {
			s.emit(i, k, t, ri) // "users kestrel-writer and kestrel-reader": the next of a list of names of one kind
			return k
		}
	}
	if hyphen && i >= 2 && k+3 < n && (text[i-1] == '(' || text[i-2] == '(' && (text[i-1] == '`' || text[i-1] == '"')) {
		q := k
		if text[q] == text[i-1] {
			q++ // the closing quote: (`ledger-db-1`, db.r6g.2xlarge, ...)
		}
		if q+2 < n && text[q] == ',' && text[q+1] == ' ' && !stopWord(text[i:k]) && !regionLike(text[i:k]) {
			if e := bytes.IndexAny(text[q+2:min(n, q+40)], ",)"); e > 0 && instanceType(text[q+2:q+2+e]) {
				s.emit(i, k, "resource-name", ri) // "writer (ledger-db-1, db.r6g.2xlarge, eu-west-1c)": an instance and its class
				return k
			}
		}
	}
	if hyphen && k+3 < n && text[k] == ' ' && text[k+1] == '(' && !stopWord(text[i:k]) && !regionLike(text[i:k]) {
		p := k + 2
		if e := bytes.IndexByte(text[p:min(n, p+24)], ','); e > 0 && regionLike(text[p:p+e]) && p+e+2 < n && text[p+e+1] == ' ' {
			p += e + 2 // "- kestrel-billing (us-east-2, db.r6g.large, postgres 14.9)": the region, then the class
		}
		if e := bytes.IndexAny(text[p:min(n, p+40)], ",)"); e > 0 && instanceType(text[p:p+e]) {
			s.emit(i, k, "resource-name", ri) // "on pellucid-telemetry (ra3.xlplus, 2 nodes)": a cluster or an instance and its node type
			return k
		}
	}
	if i >= 2 && text[i-1] == '.' && isAlnum(text[i-2]) {
		b := i - 1
		for b > 0 && i-b < 16 && (isAlnum(text[b-1]) || text[b-1] == '.') {
			b--
		}
		if instanceType(text[b:k]) {
			return -1 // c5.2xlarge 인스턴스: an instance type's size after its family, not a name
		}
	}
	if k-i == 22 && hasPrefix(text[i:], "FsxId") && allHex(text[i+5:k]) {
		s.emit(i, k, "resource-id", ri) // FSx for ONTAP's cluster name (FsxId03a9...::> version): the file system's ID
		return k
	}
	if k+1 < n && text[k] == ':' && isDigit(text[k+1]) && hyphen && proseBefore(text, i) == ecsTaskFamily {
		// "task def fernlink-worker:14", "task definition x:41": the family, then its revision
		r := k + 1
		for r < n && isDigit(text[r]) {
			r++
		}
		if (r == n || !isAlnum(text[r]) && text[r] != ':') && !stopWord(text[i:k]) {
			s.emit(i, k, ecsTaskFamily, ri)
			return r
		}
	}
	if hyphen && k+37 <= n && text[k] == ':' && isUUID(text[k+1:k+37]) && (k+37 == n || !isAlnum(text[k+37]) && text[k+37] != '-') &&
		bytesContainsFold(text[max(0, i-12):i], "build") && !stopWord(text[i:k]) && !awsVocabulary(text[i:k]) {
		s.emit(i, k, "resource-name", ri) // a CodeBuild build's ID, PROJECT:UUID (# build acme-web-ci:8fc7e984-...): the project
		return k + 37
	}
	if k+8 < n && text[k] == '@' && isDigit(text[k+1]) && !stopWord(text[i:k]) {
		if e, _ := parseIPv4(text, k+1); e > 0 && (i == 0 || text[i-1] != '/') && !versionContext(text, k+1, e) {
			s.emit(i, k, "username", ri) // USER@ADDRESS (MySQL's general log, ssh): a login on that host
			return k
		}
	}
	if i >= 18 && text[i-1] == ',' {
		if t := auroraAuditField(text, i); t != "" && !stopWord(text[i:k]) && string(text[i:k]) != "rdsadmin" {
			s.emit(i, k, t, ri)
			return k
		}
	}
	if k < n && (text[k] == '_' || text[k] == '@' || text[k] == '/' && dot || text[k] == ':' && k+1 < n && text[k+1] != ' ') {
		return -1
	}
	if k < n && text[k] == '"' && k+1 < n && text[k+1] == ':' {
		return -1 // a JSON key
	}
	if hyphen && k+7 < n && string(text[k:k+7]) == " login:" && (i == 0 || text[i-1] == '\n' || text[i-1] == '`' || text[i-1] == ' ') &&
		!stopWord(text[i:k]) {
		s.emit(i, k, "host-name", ri) // a serial console's or getty's prompt, "kafka-broker-3 login:": the machine's name
		return k
	}
	if k+2 < n && (text[k] == '=' || text[k] == '>' || text[k] == '<' || text[k] == '~') && text[k+1] == '=' && isDigit(text[k+2]) {
		return -1 // a package's pin (apache-airflow-providers-snowflake==5.3.0, boto3>=1.34): software, not a resource
	}
	if k < n && text[k] == '(' && !bytes.Contains(text[i:k], []byte("-")) {
		return -1 // code: a call or a definition (export async function publishOrder(event)); names have '-'
	}
	v := text[i:k]
	if hyphen && len(v) >= 28 && v[len(v)-10] == '-' && hasSuffix(v[:len(v)-10], "-conformance-pack") && allLowerAlnum(v[len(v)-9:]) {
		// a Config rule a conformance pack deployed: the rule's name stays, the pack's random
		// suffix is the customer's deployment (rds-storage-encrypted-conformance-pack-v2x9kq1ab)
		s.emit(k-9, k, "resource-id", ri)
		return k
	}
	if hyphen && len(v) > 21 && hasPrefix(v, "securityhub-") && v[len(v)-9] == '-' && allHexLower(v[len(v)-8:]) {
		// the Config rule Security Hub made for a control: the control's name stays, the
		// account's suffix is masked (securityhub-rds-storage-encrypted-3d9f1a62)
		s.emit(k-8, k, "resource-id", ri)
		return k
	}
	if hyphen && len(v) == 17 && dashMAC(v) {
		if string(v) != "FF-FF-FF-FF-FF-FF" && string(v) != "ff-ff-ff-ff-ff-ff" && string(v) != "00-00-00-00-00-00" {
			s.emit(i, k, "mac-address", ri) // Windows writes a hardware address with '-' (ipconfig /all, Get-NetAdapter, DHCP leases)
		}
		return k
	}
	if hyphen && digit && len(v) > 30 {
		if n := firehoseObject(v); n > 0 {
			s.emit(i, i+n, "kinesis-stream-name", ri) // STREAM-VERSION-YYYY-MM-DD-HH-MM-SS-RANDOM: an object Firehose wrote to S3
			return k
		}
	}
	if hyphen && (hasPrefix(v, "claude-") || bytes.Contains(v, []byte("-linux-gnu")) || bytes.Contains(v, []byte("-linux-musl")) ||
		bytes.Contains(v, []byte("-apple-darwin"))) {
		// an Anthropic model's name (claude-3-5-sonnet-20240620, claude-sonnet-4-20250514), not a
		// pod's; a compiler's target (aarch64-unknown-linux-gnu, aarch64-linux-gnu-gcc)
		return -1
	}
	if hyphen && isLower(v[len(v)-1]) {
		if d := bytes.LastIndexByte(v, '-'); d > 2 && d+4 <= len(v) && isUpper(v[d+1]) && isLower(v[d+2]) {
			if t := gluedNoun(v[d+1:]); t != "" && bytes.IndexByte(v[:d], '-') > 0 && !stopWord(v[:d]) {
				// German glues the resource's noun to its name: der hr-sync-Lambda,
				// den lohnabrechnung-archiv-Bucket, die erp-db-02-Instanz
				if !awsVocabulary(v[:d]) && !configWord(v[:d]) {
					s.emit(i, i+d, t, ri)
				}
				return k
			}
		}
	}
	if hyphen && digit && k-i >= 16 && cfnPhysicalName(v) {
		s.emit(i, k, "resource-name", ri) // CloudFormation's physical ID: STACK-LogicalId-SUFFIX
		return k
	}
	if isDigit(v[0]) && (versionLike(v) || decimalZ(v) || hasSuffix(v, ".x") || i >= 2 && text[i-1] == '.' && isDigit(text[i-2]) && allDigits(bytes.TrimSuffix(v, []byte("Z")))) {
		// an engine version after its product's name (SQL Server 15.00.4395.2.v1); a
		// timestamp's seconds (09:14:07.2291007Z role-to-assume: x, a GitHub Actions log)
		return -1
	}
	if i > 0 && text[i-1] == '{' && k < n && text[k] == '}' {
		return -1 // a path template's parameter: /stages/{stageName}
	}
	if i >= 2 && text[i-1] == '.' && isLetter(text[i-2]) && isUpper(text[i]) && camelDotted(text[i:k]) {
		return -1 // a .NET or Java type's tail: Amazon.Runtime.CredentialManagement.SharedCredentialsFile
	}
	if i >= 2 && text[i-1] == '-' && (text[i-2] == ' ' || text[i-2] == '\t') && k < n && (text[k] == ' ' || text[k] == '=') {
		return -1 // a single-dash option's name (boundary connect -auth-method-id x, nomad -namespace x)
	}
	if hyphen && isUpper(v[0]) && (envCompound(v) || serviceCompound(v)) {
		// German prose (die Staging-Umgebung, das Prod-Setup); a service's name and a participle
		// (SQS-triggered, EventBridge-enabled): not a resource's name
		return -1
	}
	if awsActionTail(text, i) {
		return -1 // an action or plugin AWS names: aws:rds:failover-db-cluster (FIS), aws:ec2:stop-instances
	}
	if i >= 5 && string(text[i-5:i]) == "wait " && bytes.Contains(text[lineStart(text, i, 120):i], []byte("aws ")) {
		return -1 // a CLI waiter: aws ec2 wait nat-gateway-available
	}
	if (hasSuffix(v, ".pem") || hasSuffix(v, ".ppk")) && len(v) > 8 && (hyphen || digit) && i > 0 &&
		(hasSuffix(text[:i], ".ssh/") || text[i-1] == ' ' || text[i-1] == '=' || text[i-1] == '"' || text[i-1] == '\'') {
		// an EC2 key pair's private key file (ssh -i ~/.ssh/acme-prod-ops.pem): the key pair's name
		base := v[:len(v)-4]
		if hasSuffix(base, "-bundle") || hasPrefix(base, "rds-ca-") {
			return k // AWS's CA bundles (global-bundle.pem, us-east-1-bundle.pem, rds-ca-rsa2048-g1.pem): public certificates
		}
		if !commonWord(base) && !bytes.ContainsAny(base, ".") {
			s.emit(i, k-4, "key-pair-name", ri)
			return k
		}
	}
	typ := ""
	if hyphen || digit || inner || dot {
		typ = proseBefore(text, i)
		if typ == "" {
			if typ = proseAfter(text, i, k); typ != "" && configWord(v) {
				typ = "" // a router's keyword: crypto ikev2 profile x
			}
		}
	} else if envInside(v) {
		typ = proseBeforeWeak(text, i) // "the Aurora cluster verdantprdaurorapg"
	}
	if typ == "lambda-function-name" && dot {
		typ = "" // a Lambda function's name has no dot: "the errors.Wrap function" is code's
	}
	if typ == "lambda-function-name" && !hyphen && stackFrame(text, i) {
		return -1 // a stack frame's function ({"function": "refreshSession", "lineno": 42}): code
	}
	if typ == "alarm-name" && !hyphen && !digit && pascalMetric(v) {
		return -1 // a metric or an alarm's field after the word alarm (アラーム: DatabaseMemoryUsagePercentage > 85%)
	}
	if typ == "ecs-task-id" && (len(v) != 32 || !allHex(v)) {
		// not an ECS task's ID (32 hex digits) but another task's name (DMS, Migration Hub), or
		// a workflow's step in a sentence ("Task Mutect2 failed"), which names nothing
		if hyphen || hasByte(v, '_') || len(v) >= 16 {
			typ = "resource-name"
		} else {
			typ = ""
		}
	}
	if (typ == "detector-id" || typ == "datastore-id") && (len(v) != 32 || !allHex(v)) {
		typ = "" // only a GuardDuty detector's or a datastore's ID (32 hex digits) follows the word as a name would
	}
	if typ == "" && len(v) == 32 && allHex(v) && afterWords(text, i, "detector ID") {
		typ = "detector-id" // the console's finding details: "Detector ID   <32 hex>"
	}
	if typ == "" && i >= 1 && text[i-1] == '[' && k < n && text[k] == ']' && credentialsSection(text, i-1, k+1) {
		typ = "iam-role-name" // a profile's section in ~/.aws/credentials: [NAME] then aws_access_key_id = ...
	}
	if typ == "" && len(v) == 26 && digit && !hyphen && !hasUpperByte(v) && hasLetterRun(v, 1) && afterWords(text, i, "client") {
		typ = "client-id" // Cognito's "User pool client 3fn8q2x7kv5m1bz9wc4ty6hdr0 does not exist", "app client x"
	}
	if typ == "" && tfForEachKey(text, i) {
		typ = "resource-name" // module.buckets["acme-raw"], aws_iam_user.ci["jenkins-legacy"]
	}
	if typ == "" && hyphen && (i == 0 || text[i-1] != '.') && (podName(v) || replicaSetName(v) || cronJobName(v)) && !stopWord(v[:workloadEnd(v)]) {
		// ledger-api-7c9f4d8b6-x2kqp: a Deployment's pod (replica set hash, pod suffix), its
		// replica set (ledger-api-7c9f4d8b6), a CronJob's job or pod (recon-nightly-28519320,
		// fx-rates-sync-28519320-9vcjt); not a system pod (coredns-6b9f7d8c4-4nqtz), nor the tail of
		// a dotted name (ubuntu-jammy-22.04-amd64-server-20240301)
		typ = "k8s-pod-name"
	}
	if typ == "" && hyphen && i > 0 && text[i-1] == '/' && (digit || kebabName(v) || hasEnvWord(v)) && k8sKindBefore(text, i-1) && !stopWord(v) {
		// kubectl's kind/name: pod/search-indexer-0, deployment/ledger-recon-worker (a
		// two-word name, deploy/checkout-api, is as generic as a namespace: it stays)
		typ = "k8s-object-name"
	}
	if typ == "" && (afterIDKey(text, i) || afterIDParen(text, i) && !apiOperation(v) && (k == n || text[k] != '=')) {
		typ = "resource-name" // {"i-0b7e3a9c1f5d24068": "fermoy-erp-app01"}, sg-0a7c... (hp-bastion-sg): the ID's name, not a setting (PreserveClientIp=false)
	}
	if typ == "" && hyphen && k8sLBName(v) {
		typ = "elb-name" // k8s-payments-paymenta-4e6b21d9f0: the AWS Load Balancer Controller's names
	}
	if typ == "" && hyphen && syslogHost(text, i, k) {
		typ = "host-name" // "2026-11-25 23:01:14 qp-audit-box scout[48812]": a syslog line's host
	}
	if typ == "" && hyphen && len(v) >= 38 && len(v) <= 41 && allUpperLetters(v[:len(v)-36]) && isUUID(v[len(v)-36:]) {
		typ = "resource-id" // a UUID behind an upper-case prefix: Snow Family's JID..., ADID... job and address IDs
	}
	if typ == "" && hyphen && len(v) >= 38 && len(v) <= 42 && v[len(v)-37] == '-' && allLowerLetters(v[:len(v)-37]) && isUUID(v[len(v)-36:]) {
		typ = "resource-id" // a UUID behind a type's prefix: Amazon MQ's c-<uuid> configurations and b-<uuid> brokers
	}
	if typ == "" && hyphen && len(v) > 30 && hasPrefix(v, "ecs-") && ecsDockerName(v) {
		typ = "resource-name" // the Docker name ECS gives a task's container: ecs-FAMILY-REV-CONTAINER-HEX
	}
	if typ == "" && digit && len(v) >= 15 && len(v) <= 20 && (hasPrefix(v, "EXT") || hasPrefix(v, "EXP")) && mixedCaseDigits(v[3:]) {
		typ = "fis-id" // a Fault Injection Service experiment template (EXT...) or experiment (EXP...)
	}
	if typ == "" && len(v) == 20 && hasPrefix(v, "vol0") && allHex(v[3:]) {
		typ = "volume-id" // an EBS volume's ID as its NVMe serial (lsblk, nvme list, /dev/disk/by-id)
	}
	if typ == "" && windowsGeneratedName(v) {
		typ = "host-name" // a Windows instance's, WorkSpace's or FSx file system's generated computer name
	}
	if typ == "" && hyphen && digit && !dot && isUpper(v[0]) && upperHostName(v) {
		typ = "host-name" // BWL-SQL-PRD01, FRA-DC1: an on-premises server's name, as inventories and wave plans list them
	}
	if typ == "" && dot && len(v) > 8 && hasSuffix(v, ".fifo") {
		typ = "sqs-queue-name" // jf-edi-inbound.fifo: a FIFO queue, wherever it stands
	}
	if typ == "" && hyphen && accountSuffixed(v) {
		typ = "resource-name" // acme-athena-results-264118097352: a name made for one account
	}
	if typ == "" && hyphen && i >= 2 && text[i-1] == '#' && (text[i-2] == ' ' || text[i-2] == '(' && (i < 3 || text[i-3] != ']') || text[i-2] == '\n') &&
		!hasUpperByte(v) { // (Slack's channels are lower case: #INC-88213 is a ticket)
		typ = "chat-channel" // #acme-sre, #plataforma-acme (not a Markdown link's anchor: [Bug Reports](#bug-reports))
	}
	if typ == "" && k < n && text[k] == ';' && i >= 4 && (string(text[i-4:i]) == "use " || string(text[i-4:i]) == "USE ") &&
		(i == 4 || text[i-5] == '\n' || i >= 6 && text[i-6] == '\\' && text[i-5] == 'n') {
		typ = "database-name" // SQL: use crm_live; (a line of its own, or after an escaped \n in a JSON log)
	}
	if typ == "" {
		// the cheap flags first: the shape tests are only worth running when they can count
		if !hyphen && !inner && !dot || !hasEnvWord(v) && (!hyphen || !regionSuffixed(v) && !uuidSuffixed(v) && !kebabName(v)) ||
			!hyphen && !dot && !digit && camelField(v) {
			// the words after its '-' and '.' have no prose keyword before them, the same one
			// after, and a subset of its parts: they fail the same tests
			s.nameDeadEnd = k
			return -1
		}
		typ = "resource-name"
	}
	if i >= 3 && text[i-1] == '/' && npmScoped(text, i-1) && !hasUpperByte(text[i:k]) {
		return -1 // an npm package of a scope: @aws-sdk/s3-request-presigner (lower case only)
	}
	if i >= 3 && text[i-1] == '/' && (k < n && (text[k] == ':' || text[k] == '=') || labelSelector(text, i-1)) && annotationPrefix(text, i-1) {
		// an annotation's or label's key: alb.ingress.kubernetes.io/wafv2-acl-arn: x, kubectl
		// get secret -l sealedsecrets.bitnami.com/sealed-secrets-key
		return -1
	}
	if i > 0 && (text[i-1] == '/' && ssmServiceSetting(text, i) || text[i-1] == ':' && (imageTag(text, i) || i >= 9 && gradleTask(text, i))) ||
		toolBefore(text, i) {
		// /ssm/parameter-store/high-throughput-enabled: a service setting's ID, AWS's words; an
		// image's tag (public.ecr.aws/debian/debian:bookworm-20240311) or a Gradle task
		// (> Task :app:minifyProdReleaseWithR8); "executable argocd-k8s-auth", "--script
		// ssl-enum-ciphers": a program, not a resource
		return -1
	}

	if hyphen && cloudFrontLogField(v) {
		return -1 // CloudFront's log fields: cs-uri-stem, sc-content-type, x-edge-result-type
	}
	if typ == "s3-etag" && !acceptValue(v, typ, modeName) {
		return -1 // CloudFront's ETag (E2VCM1ZK0X8FQH), a configuration's version
	}
	if xrayTraceID(v) || hasSuffix(v, ".k8s.aws") || hasSuffix(v, ".k8s.io") || hasSuffix(v, "cluster.local") || typ == "kms-key-id" && !isUUID(v) || typ == "route53-zone-id" && (v[0] != 'Z' || !allUpperAlnum(v) || awsZoneID(v)) || typ == "cloudfront-id" && (edgePOP(v) || awsZoneID(v)) || typ == "rule-name" && managedRuleName(v) || fileName(v) || stopWord(v) || awsVocabulary(v) || serviceWord(v) || versionLike(v) ||
		constantName(v) && !upperUserName(typ, v) || apiAction(v) || codePath(v) || configWord(v) || oracleVersion(v) ||
		dot && publicSuffix(v) && !customerDomain(v) {
		return -1 // (the last: a public service's host after a keyword, "initial server time.aws.com")
	}
	if k+1 < n && text[k] == '=' && text[k+1] != '=' && hasByte(v, '_') && !hasByte(v, '-') && !hasByte(v, '.') {
		return -1 // a keyword argument or an assignment (lifecycle_stage='active'): the name of a field
	}
	if loggerLevel(text, k) || yamlSetting(text, i, k) || inner && !hyphen && !digit && k+1 < n && text[k] == ':' && text[k+1] == ' ' && lineKey(text, i) {
		// dev.acme.service: DEBUG (a logger); maximum-pool-size: 20 (a YAML setting);
		// prodListener: arn:... (a camel-case YAML key)
		return -1
	}
	if p := skipBlanks(text, k); p < n && text[p] == '=' && (p+1 >= n || text[p+1] != '=') && (p > k || lineKey(text, i) || i > 0 && (text[i-1] == ' ' || text[i-1] == '^' || text[i-1] == '&' || text[i-1] == '|')) {
		// a setting's name: shared_preload_libraries = pgaudit, repo1-s3-region=eu-central-1 (an
		// INI file's line), an event's field (CEF's cs2=x, LEEF's |^|devTimeFormat=x^x=y), a query's
		return -1
	}
	if cliSubcommand(text, i) || hyphen && cliCommandWord(text, i, k) {
		// aws mgn start-test, aws ssm start-session; `continue-update-rollback --resources-to-skip x`
		// quoted alone: the command, not a name
		return -1
	}
	s.emit(i, k, typ, ri)
	return k
}

// logFileName masks the resource's name in the name of a log file AWS delivers to S3, whose
// service part starts at i after ACCOUNT_: a CloudTrail digest
// (CloudTrail-Digest_REGION_TRAIL_REGION_STAMP.json.gz), a Redshift audit log
// (redshift_REGION_CLUSTER_connectionlog_STAMP.gz), a WAF log (waflogs_SCOPE_WEBACL_STAMP_...),
// a Global Accelerator flow log (globalaccelerator_ACCELERATOR_STAMP_...: the accelerator's
// UUID). It returns the end of the name, or -1.
func (s *scanState) logFileName(i, ri int) int {
	text := s.text
	var r int
	switch {
	case hasPrefix(text[i:], "CloudTrail-Digest_"):
		r = i + len("CloudTrail-Digest_")
	case hasPrefix(text[i:], "redshift_"):
		r = i + len("redshift_")
	case hasPrefix(text[i:], "waflogs_"):
		r = i + len("waflogs_")
	case hasPrefix(text[i:], "globalaccelerator_"):
		// ACCOUNT_globalaccelerator_ACCELERATOR_TIME_HASH.log.gz: a flow log's file names the accelerator
		if r = i + len("globalaccelerator_"); r+37 <= len(text) && text[r+36] == '_' && isUUID(text[r:r+36]) {
			s.emit(r, r+36, "resource-id", ri)
			return r + 36
		}
		return -1
	default:
		return -1
	}
	re := r
	for re < len(text) && re-r < 20 && (isLower(text[re]) || isDigit(text[re]) || text[re] == '-') {
		re++
	}
	if re == len(text) || text[re] != '_' || !regionLike(text[r:re]) && string(text[r:re]) != "cloudfront" {
		return -1
	}
	ns := re + 1
	for ne := ns; ne < len(text) && ne-ns < 130 && (isWord(text[ne]) || text[ne] == '-' || text[ne] == '.'); ne++ {
		if text[ne] != '_' || ne == ns {
			continue
		}
		rest := text[ne+1:]
		switch text[i] {
		case 'C': // the trail, then the region again
			if !bytes.HasPrefix(rest, text[r:re]) || len(rest) <= re-r || rest[re-r] != '_' {
				continue
			}
		case 'r': // the cluster, then the log's kind
			if !hasPrefix(rest, "connectionlog_") && !hasPrefix(rest, "userlog_") && !hasPrefix(rest, "useractivitylog_") {
				continue
			}
		default: // the web ACL, then the time: 20261121T0310Z
			if len(rest) < 9 || !allDigits(rest[:8]) || rest[8] != 'T' {
				continue
			}
		}
		s.emit(ns, ne, "resource-name", ri)
		return ne
	}
	return -1
}

// siblingName returns the type of the name just masked when the hyphenated name at i..k
// follows it in a list (", ", " and ", " or ", " & ", quoted alike) and shares its first part
// (kestrel-writer and kestrel-reader), or "".
func (s *scanState) siblingName(i, k int) string {
	if len(s.dst) <= s.base {
		return ""
	}
	m := s.dst[len(s.dst)-1]
	p := i
	if s.text[p-1] == '`' {
		p--
	}
	if m.end > p || p-m.end > 6 {
		return "" // (a match may end past i: one emitted ahead of the word loop)
	}
	gap := s.text[m.end:p]
	if len(gap) > 0 && gap[0] == '`' {
		gap = gap[1:]
	}
	switch string(gap) {
	case ", ", " and ", " or ", " & ", " und ", " et ", " y ", " e ":
	default:
		return ""
	}
	prev, cur := s.text[m.start:m.end], s.text[i:k]
	d := bytes.IndexByte(cur, '-')
	if d < 3 || len(prev) <= d || string(prev[:d+1]) != string(cur[:d+1]) || stopWord(cur) {
		return ""
	}
	return m.typ
}

// contextKey reports the keys whose meaning hangs on what stands around them: the word
// before (User Id, Initial Catalog, Service Account, cognito:groups), the command (aws ecs
// ... --tasks), the block (a CloudFormation parameter's Default). matchKeyValue never
// remembers them as keys that say nothing.
func contextKey(key []byte) bool {
	switch string(key) {
	case "id", "uid", "catalog", "account", "default", "tasks", "groups", "tokens":
		return true
	}
	return false
}

// cfnParameterType returns the type and mode of a CloudFormation parameter's Default value in
// YAML, for the Default key at i: a secret when the parameter says NoEcho: true, else the kind
// its name says (ExternalId, DbPassword), or "" when neither says anything.
func cfnParameterType(text []byte, i int) (string, valueMode) {
	ls := lineStart(text, i, 256)
	ind := i - ls
	if ind == 0 || ind > 16 {
		return "", modeName
	}
	noEcho := func(line []byte) bool {
		l := bytes.TrimLeft(line, " ")
		return len(line)-len(l) == ind && hasPrefix(l, "NoEcho:") && bytes.Contains(l, []byte("true"))
	}
	for p, lines := lineEnd(text, i), 0; p < len(text) && lines < 6; lines++ { // NoEcho may follow Default
		e := lineEnd(text, p+1)
		if noEcho(text[p+1 : e]) {
			return "password", modeSecret
		}
		if l := bytes.TrimLeft(text[p+1:e], " "); e-p-1-len(l) < ind {
			break
		}
		p = e
	}
	for p, lines := ls, 0; p > 0 && lines < 12; lines++ {
		ps := lineStart(text, p-1, 256)
		line := text[ps : p-1]
		l := bytes.TrimLeft(line, " ")
		if len(line)-len(l) < ind {
			// the parameter's own line, NAME:
			if name := bytes.TrimRight(l, " \r"); len(name) > 1 && name[len(name)-1] == ':' {
				var nb [64]byte
				if nk, ok := normKey(name[:len(name)-1], nb[:]); ok {
					if t, m := keyType(nk); t != "" && t != "name" {
						return t, m
					}
				}
			}
			return "", modeName
		}
		if noEcho(line) {
			return "password", modeSecret
		}
		p = ps
	}
	return "", modeName
}

// envVarStore returns the type a CodeBuild environment variable's value has when the rest of
// its object, rest (from the value on), says it is read from Secrets Manager or Parameter Store,
// or "".
func envVarStore(rest []byte) string {
	if e := bytes.IndexByte(rest, '}'); e >= 0 {
		rest = rest[:e] // (a tag's {"Key": k, "Value": v} ends at once)
	}
	if bytes.IndexByte(rest, '_') < 0 {
		return ""
	}
	switch {
	case bytes.Contains(rest, []byte(`"SECRETS_MANAGER"`)) || bytes.Contains(rest, []byte(`\"SECRETS_MANAGER\"`)):
		return "secret-name"
	case bytes.Contains(rest, []byte(`"PARAMETER_STORE"`)) || bytes.Contains(rest, []byte(`\"PARAMETER_STORE\"`)):
		return "ssm-parameter"
	}
	return ""
}

// mediaPackagePath reports whether the path segment at i is an ID in a MediaPackage URL:
// after /out/v1/ (an origin endpoint) or /in/v2/ (a channel, then its ingest endpoint).
func mediaPackagePath(text []byte, i int) bool {
	return hasSuffix(text[:i], "/out/v1/") || hasSuffix(text[:i], "/in/v2/") ||
		i >= 40 && text[i-34] == '/' && allHex(text[i-33:i-1]) && hasSuffix(text[:i-33], "/in/v2/")
}

// findingTypeTail reports whether the word at i follows the THREAT:RESOURCE/ prefix of a
// GuardDuty or Macie finding type (Policy:IAMUser/, SensitiveData:S3Object/, Backdoor:EC2/):
// the rest names the finding, which AWS defines.
func findingTypeTail(text []byte, i int) bool {
	r := i - 1 // the '/'
	for r > 0 && i-1-r < 24 && isAlnum(text[r-1]) {
		r--
	}
	if r == i-1 || r < 2 || text[r-1] != ':' || !isUpper(text[r]) {
		return false
	}
	t := r - 1
	for t > 0 && r-1-t < 24 && isLetter(text[t-1]) {
		t--
	}
	return t < r-1 && isUpper(text[t]) && (t == 0 || !isAlnum(text[t-1]) && text[t-1] != ':' && text[t-1] != '-')
}

// cefCustomKey reports whether k is one of CEF's custom extension fields (cs1 to cs6, cn1 to
// cn3, flexString1 and 2), whose meaning is the label given in a field of the same name with
// "Label" appended.
func cefCustomKey(k []byte) bool {
	switch string(k) {
	case "cs1", "cs2", "cs3", "cs4", "cs5", "cs6", "cn1", "cn2", "cn3", "flexString1", "flexString2":
		return true
	}
	return false
}

// cefLabelType returns the type and mode a CEF custom field's label names, for the field's
// key at text[i:k]: its label (cs3Label=dbInstanceIdentifier) is in the same event, before or
// after it, and is read like a key.
func cefLabelType(text []byte, i, k int) (string, valueMode) {
	ls, le := lineStart(text, i, 4096), lineEnd(text, k)
	line := text[ls:le]
	var lb [24]byte
	label := append(append(lb[:0], text[i:k]...), "Label="...)
	p := bytes.Index(line, label)
	if p < 0 || p > 0 && line[p-1] != ' ' && line[p-1] != '|' {
		return "", modeName
	}
	v := p + len(label)
	e := v
	for e < len(line) && (isWord(line[e]) || line[e] == '.' || line[e] == '-') {
		e++
	}
	var nb [64]byte
	nk, ok := normKey(line[v:e], nb[:])
	if !ok || e == v {
		return "", modeName
	}
	return keyType(nk)
}

// nounName returns the type a "<noun> name" label names, for the noun that ends at e (at the
// start of a line or after blanks): Application name, Cluster name, Function name; "" for any
// other noun (Display name, Full name, Key name).
func nounName(text []byte, e int) string {
	b := e
	for b > 0 && e-b <= 12 && isLetter(text[b-1]) {
		b--
	}
	if b == e || e-b > 12 || b > 0 && text[b-1] != ' ' && text[b-1] != '\t' && text[b-1] != '\n' {
		return ""
	}
	var buf [12]byte
	w, ok := lowerASCII(buf[:], text[b:e])
	if !ok {
		return ""
	}
	switch string(w) {
	case "application", "app", "environment":
		return "resource-name"
	case "component":
		return "greengrass-component" // greengrass-cli component list: "Component Name: com.acme.Scanner"
	case "account":
		return "windows-account" // a Windows security event's "Account Name: jsmith"
	case "workstation", "computer":
		return "host-name" // ... its "Workstation Name:", "Caller Computer Name:"
	case "database":
		return "database-name" // (proseKeyword's "database" is an RDS identifier: here the label names a database)
	case "service", "instance", "cluster", "function", "bucket", "table", "queue", "topic", "stack", "repository", "role":
		return proseKeyword(w) // the nouns prose names resources by
	}
	return ""
}

// camelPath: v is a property's path in camelCase, dotted (configuration.instanceType,
// supplementaryConfiguration.BucketPolicy) or AWS's own (awsRegion): no resource is named so.
func camelPath(v []byte) bool {
	if len(v) < 4 || !isLower(v[0]) {
		return false
	}
	inner := false
	for k, c := range v {
		switch {
		case isUpper(c):
			inner = inner || isLower(v[k-1])
		case isLower(c) || isDigit(c) || c == '.':
		default:
			return false
		}
	}
	return inner && (hasByte(v, '.') || hasPrefix(v, "aws"))
}

// yamlSetting reports a YAML key text[i:k] that starts its line ("  key: value") and whose
// value is a setting's: a number, a boolean or one lower-case word (maximum-pool-size: 20,
// forward-headers-strategy: framework), not a name's or an ID's.
func yamlSetting(text []byte, i, k int) bool {
	if k+2 > len(text) || text[k] != ':' || text[k+1] != ' ' {
		return false
	}
	j := i
	for j > 0 && (text[j-1] == ' ' || text[j-1] == '\t') {
		j--
	}
	if j > 0 && text[j-1] != '\n' {
		return false
	}
	v := skipBlanks(text, k+1)
	e := v
	for e < len(text) && e-v <= 16 && (isLower(text[e]) || isDigit(text[e]) || text[e] == '.') {
		e++
	}
	if e == v || e-v > 16 || e < len(text) && text[e] != '\n' && text[e] != '\r' && text[e] != ' ' {
		return false
	}
	w := text[v:e]
	return allLowerLetters(w) || allDigits(w) && len(w) < 12 || isDigit(w[0]) && len(w) <= 6
}

// softwareObject reports whether the key at i opens a JSON object that is the value of a key
// naming software, a process or a package ({"Process": {"Name": ...}}, "product": {"name": ...},
// "added": [{"name": ...}]: osquery's package diffs).
func softwareObject(text []byte, i int) bool {
	j := i
	if j > 0 && text[j-1] == '"' {
		j--
	}
	for j > 0 && (text[j-1] == ' ' || text[j-1] == '\n' || text[j-1] == '\t' || text[j-1] == '\r') {
		j--
	}
	if j == 0 || text[j-1] != '{' {
		return false
	}
	j--
	for j > 0 && (text[j-1] == ' ' || text[j-1] == '[' || text[j-1] == '\n' || text[j-1] == '\t' || text[j-1] == '\r') {
		j--
	}
	if j < 3 || text[j-1] != ':' {
		return false
	}
	j--
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	if j < 2 || text[j-1] != '"' {
		return false
	}
	e := j - 1
	b := e
	for b > 0 && e-b <= 24 && isLetter(text[b-1]) {
		b--
	}
	var buf [24]byte
	w, ok := lowerASCII(buf[:], text[b:e])
	if !ok || b == 0 || text[b-1] != '"' {
		return false
	}
	switch string(w) {
	case "process", "parentprocess", "parent", "product", "package", "packages", "executable", "os", "runtime", "browser",
		"software", "library", "program", "binary", "module", "plugin", "driver", "kernel", "added", "removed", "lineage",
		"singleheader", "ruleactionoverrides", "vectorcounters", "excludedrules": // (WAF's and Shield's own names)
		return true
	}
	return false
}

// edgePOP: v is a CloudFront edge location's code (YUL62-C2, FRA56-P4, IAD89-P1): three
// letters of an airport, a number, a dash and a letter and digit; AWS's, not a distribution.
func edgePOP(v []byte) bool {
	if len(v) < 7 || len(v) > 9 || !isUpper(v[0]) || !isUpper(v[1]) || !isUpper(v[2]) {
		return false
	}
	d := bytes.IndexByte(v, '-')
	return d >= 4 && d <= 6 && allDigits(v[3:d]) && d+3 == len(v) && isUpper(v[d+1]) && isDigit(v[d+2])
}

// stackFrame reports whether a stack frame's fields (lineno, filename, colno) stand near vs:
// Sentry's and other crash reporters' frames name the function of the code.
func stackFrame(text []byte, vs int) bool {
	w := text[max(0, vs-160):min(len(text), vs+200)]
	return bytes.Contains(w, []byte(`"lineno"`)) || bytes.Contains(w, []byte(`"filename"`)) || bytes.Contains(w, []byte(`"colno"`)) ||
		bytes.Contains(w, []byte(`"abs_path"`))
}

// tnsDescription reports whether an Oracle net descriptor, "(DESCRIPTION", follows the '='
// before j, on its line or the next.
func tnsDescription(text []byte, j int) bool {
	for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\n' || text[j] == '\r') {
		j++
	}
	return hasPrefix(text[j:], "(DESCRIPTION") || hasPrefix(text[j:], "(description")
}

// cloudFrontLogField: a field of CloudFront's standard or real-time logs.
func cloudFrontLogField(v []byte) bool {
	return hasPrefix(v, "cs-") || hasPrefix(v, "sc-") || hasPrefix(v, "x-edge-") || hasPrefix(v, "fle-") ||
		hasPrefix(v, "cache-behavior-") || hasPrefix(v, "time-to-first-byte") || hasPrefix(v, "origin-") && (hasSuffix(v, "-fbl") || hasSuffix(v, "-lbl"))
}

// alternatives reads a regular expression's alternatives from p up to the closing quote
// (Prometheus's dbinstance_identifier=~"ledger-primary|ledger-replica-02"): each one, anchors
// and wildcards aside, is judged as typ. It returns the end of the quoted value.
func (s *scanState) alternatives(p int, typ string, mode valueMode, ri int) int {
	text := s.text
	e := p
	for e < len(text) && e-p <= 512 && text[e] != '"' && text[e] != '\n' {
		e++
	}
	if e >= len(text) || text[e] != '"' {
		return -1
	}
	for a := p; a < e; {
		b := a
		for b < e && text[b] != '|' {
			b++
		}
		x, y := a, b
		for x < y && (text[x] == '^' || text[x] == '(') {
			x++
		}
		for y > x && (text[y-1] == '$' || text[y-1] == ')' || text[y-1] == '*' || text[y-1] == '.') {
			y--
		}
		if v := text[x:y]; y > x && isAlnum(v[0]) && !bytes.ContainsAny(v, "[]{}\\+?") && acceptValue(v, typ, mode) {
			s.emit(x, y, reportedType(typ), ri)
		}
		a = b + 1
	}
	return e + 1
}

// credentialsSection reports whether text[b:e] ("[NAME]") starts its line and the next line
// sets a profile's key (aws_access_key_id, role_arn, region, sso_..., source_profile), as
// ~/.aws/credentials and ~/.aws/config name their profiles.
func credentialsSection(text []byte, b, e int) bool {
	if b > 0 && text[b-1] != '\n' {
		return false
	}
	p := e
	for p < len(text) && (text[p] == ' ' || text[p] == '\r') {
		p++
	}
	if p >= len(text) || text[p] != '\n' {
		return false
	}
	p++
	return hasPrefix(text[p:], "aws_") || hasPrefix(text[p:], "role_arn") || hasPrefix(text[p:], "region") ||
		hasPrefix(text[p:], "sso_") || hasPrefix(text[p:], "source_profile") || hasPrefix(text[p:], "credential_process")
}

// powerShellParam reports a PowerShell parameter at text[i:e] (after " -", a capital, then
// lower case, a blank after it): Get-IAMRole -RoleName x.
func powerShellParam(text []byte, i, e int) bool {
	return i >= 2 && text[i-1] == '-' && (text[i-2] == ' ' || text[i-2] == '\t') && e-i >= 4 && e < len(text) && text[e] == ' ' &&
		isUpper(text[i]) && isLower(text[i+1])
}

// commandArgType is the type of the name at i that a command or an AWS agent's log line puts
// there: a CDK stack after cdk synth/deploy/diff/destroy, a host after EC2Launch's "Hostname
// set to" and EC2Config's "Computer name unchanged (", a Serverless service after
// "Deploying" (quoted or not), a certificate's thumbprint, an API Gateway ID after API Gateway's
// "Starting authorizer:" or "HTTP API"; "" otherwise.
func commandArgType(text []byte, i int) string {
	p := i
	if i > 10 && text[i-1] == '"' {
		p-- // Serverless: Deploying "kelpie-notify" to stage "prod"
	}
	if p < 10 || text[p-1] != ' ' && text[p-1] != '(' {
		return "" // (every phrase below ends in a blank or '(': one byte test for most words)
	}
	b := text[max(0, p-32):p]
	switch {
	case hasSuffix(b, "cdk synth ") || hasSuffix(b, "cdk deploy ") || hasSuffix(b, "cdk diff ") || hasSuffix(b, "cdk destroy "):
		return "cfn-stack-name"
	case hasSuffix(b, "eb logs ") || hasSuffix(b, "eb status ") || hasSuffix(b, "eb health ") || hasSuffix(b, "eb deploy ") ||
		hasSuffix(b, "eb ssh ") || hasSuffix(b, "eb terminate ") || hasSuffix(b, "eb events ") || hasSuffix(b, "eb use ") ||
		hasSuffix(b, "eb create ") || hasSuffix(b, "eb printenv ") || hasSuffix(b, "eb setenv "):
		if text[i] != '-' {
			return "resource-name" // the eb CLI's environment: eb logs maplecart-jobs
		}
	case hasSuffixFold(b, "hostname set to ") || hasSuffixFold(b, "computer name unchanged (") || hasSuffixFold(b, "computer name set to ") ||
		hasSuffixFold(b, "computer name changed to "):
		return "host-name"
	case hasSuffix(b, "Deploying ") && bytes.Contains(text[i:min(len(text), i+96)], []byte(" to stage ")):
		return "resource-name"
	case hasSuffixFold(b, "thumbprint ") || hasSuffixFold(b, "thumbprint ("):
		if e := alnumEnd(text, i); e-i == 40 && allHex(text[i:e]) {
			return "certificate-thumbprint" // a certificate's SHA-1 thumbprint (an IdP's signing certificate)
		}
	case hasSuffix(b, "Starting authorizer: ") || hasSuffix(b, "HTTP API ") || hasSuffix(b, "REST API ") || hasSuffix(b, "WebSocket API "):
		if apigwID(text[i:alnumEnd(text, i)]) {
			return "apigw-id" // API Gateway's execution log (Starting authorizer: ID for request: ...); "HTTP API ID (region"
		}
	}
	return ""
}

// idInParens reports whether an AWS resource ID in parentheses follows the name that ends at
// k: "batch-etl-03 (i-0a1b2c3d4e5f67890)", "kiwa-egress-dns-policy（rslvr-frg-1a2b3c4d5e6f7a8b）".
func idInParens(text []byte, k int) bool {
	p := k
	if p < len(text) && text[p] == ' ' {
		p++
	}
	switch {
	case p < len(text) && text[p] == '(':
		p++
	case hasPrefix(text[p:], "（"):
		p += len("（")
	default:
		return false
	}
	e := p
	for e < len(text) && e-p < 48 && (isAlnum(text[e]) || text[e] == '-') {
		e++
	}
	return e > p && e < len(text) && (text[e] == ')' || hasPrefix(text[e:], "）")) && idEndsAt(text, e) && isLetter(text[p])
}

// ontapValue reads the value at i of a NetApp ONTAP CLI option on a line after the cluster's
// prompt (FsxId0123::> ): -vserver, -peer-vserver and -volume name the customer's SVMs and
// volumes, -source-path and -destination-path an SVM:VOLUME pair. It returns where it stopped,
// or -1.
func (s *scanState) ontapValue(i, ri int) int {
	text := s.text
	o := i - 1 // the option's name ends here, before one blank
	b := o
	for b > 0 && o-b < 24 && (isLower(text[b-1]) || text[b-1] == '-') {
		b--
	}
	if b < 2 || b == o || text[b] != '-' || text[b-1] != ' ' {
		return -1
	}
	pair := false
	switch string(text[b+1 : o]) {
	case "vserver", "peer-vserver", "volume", "source-vserver", "destination-vserver", "source-volume", "destination-volume", "lif":
	case "source-path", "destination-path":
		pair = true
	default:
		return -1
	}
	if !bytes.Contains(text[lineStart(text, i, 512):b], []byte("::> ")) {
		return -1
	}
	v, e := i, i
	for e < len(text) && (isKeyByte(text[e]) || pair && text[e] == ':') {
		e++
	}
	if c := bytes.IndexByte(text[v:e], ':'); c > 0 {
		s.emit(v, v+c, "resource-name", ri)
		v += c + 1
	}
	if e > v && !stopWord(text[v:e]) {
		s.emit(v, e, "resource-name", ri)
	}
	return e
}

// psqlPrompt returns the end of the database's name in a psql prompt at the line start i
// (orrin_dw=#, app=>, and the continuation prompts orrin_dw-#, app->), or 0.
func psqlPrompt(text []byte, i int) int {
	e := i
	for e < len(text) && e-i < 64 && isWord(text[e]) {
		e++
	}
	if e == i || e+2 >= len(text) || text[e] != '=' && text[e] != '-' || text[e+1] != '#' && text[e+1] != '>' ||
		text[e+2] != ' ' && text[e+2] != '\n' || stopWord(text[i:e]) || tokenAfter(text, e+2) {
		// (a token after it, quoted or not, was a key's value in the first pass, KEY=> VALUE: idempotence)
		return 0
	}
	return e
}

// qualifiedTable reads a table's qualified name, DATABASE.TABLE in snake_case, at i (the
// database's name ends at the '.' at d) after a table's noun (the table
// sakura_mobility.trips_raw, テーブル x.y): the database's and the table's names. It returns the
// end, or -1.
func (s *scanState) qualifiedTable(i, d, ri int) int {
	text := s.text
	e := d + 1
	for e < len(text) && e-d < 64 && (isLower(text[e]) || isDigit(text[e]) || text[e] == '_') {
		e++
	}
	if e == d+1 || e < len(text) && (isAlnum(text[e]) || text[e] == '.' || text[e] == '-') || !isLower(text[d+1]) {
		return -1
	}
	for _, c := range text[i:d] {
		if !isLower(c) && !isDigit(c) && c != '_' {
			return -1
		}
	}
	if fileName(text[i:e]) || proseBefore(text, i) != "dynamodb-table-name" {
		return -1 // (the table foo_bar.json: a file)
	}
	s.emit(i, d, "database-name", ri)
	s.emit(d+1, e, "table-name", ri)
	return e
}

// costTagValue returns the end of the tag value at i in a Cost Explorer TAG group's key,
// "KEY$VALUE" ("project$brightwater-ingest", "team$checkout": any word), or -1.
func costTagValue(text []byte, i int) int {
	if i < 3 || text[i-1] != '$' || !isWord(text[i-2]) || !costTagKey(text, i-1) {
		return -1
	}
	k := i
	for k < len(text) && k-i < 256 && (isWord(text[k]) || text[k] >= 0x80 || strings.IndexByte(" .:/=+-@", text[k]) >= 0) {
		k++ // (what a tag's value may hold: letters, digits, blanks and _.:/=+-@)
	}
	if k == len(text) || text[k] != '"' || !acceptValue(text[i:k], "tag-value", modeSpaces) {
		return -1
	}
	return k
}

// costTagKey reports whether the '$' at d ends a tag key that opens a JSON string
// ("project$..."): Cost Explorer's TAG group keys, KEY$VALUE.
func costTagKey(text []byte, d int) bool {
	b := d
	for b > 0 && d-b < 64 && (isWord(text[b-1]) || text[b-1] == ':' || text[b-1] == '-' || text[b-1] == '.') {
		b--
	}
	return b < d && b > 0 && text[b-1] == '"'
}

// pascalRole: a PascalCase name of four words or more that ends in Role (VerdantJobsExecRole,
// OrdersApiLambdaRole), not one AWS gives (AWS..., Amazon...: vocabulary; ecsTaskExecutionRole
// starts lower-case). Three words are a concept as often (ServiceLinkedRole, CrossAccountRole).
func pascalRole(v []byte) bool {
	if len(v) < 12 || len(v) > 64 || !isUpper(v[0]) || !hasSuffix(v, "Role") || hasPrefix(v, "AWS") || hasPrefix(v, "Amazon") {
		return false
	}
	humps := 0
	for k, c := range v {
		switch {
		case isUpper(c):
			if k == 0 || !isUpper(v[k-1]) {
				humps++
			}
		case !isLower(c) && !isDigit(c):
			return false
		}
	}
	return humps >= 4
}

// pascalField: v is a PascalCase field's name that ends as fields do (SipRuleId,
// VoiceConnectorArn, DisplayName, SharedRoutesEnabled), a property, not a value.
func pascalField(v []byte) bool {
	if len(v) < 5 || !isUpper(v[0]) || !allLetters(v) || !hasSuffix(v, "Id") && !hasSuffix(v, "Arn") && !hasSuffix(v, "Name") &&
		!hasSuffix(v, "Enabled") {
		return false
	}
	for k := 1; k < len(v)-2; k++ {
		if isUpper(v[k]) && isLower(v[k-1]) {
			return true
		}
	}
	return false
}

// zoneRecordAfter reports whether what follows the owner name ending at p is the rest of a
// DNS zone file's record: blanks, an optional TTL and class (IN) in either order, and a
// record type (A, CNAME, ...) followed by a blank.
func zoneRecordAfter(text []byte, p int) bool {
	n := len(text)
	if p >= n || text[p] != ' ' && text[p] != '\t' {
		return false
	}
	for field := 0; field < 3; field++ {
		p = skipBlanks(text, p)
		e := p
		for e < n && isAlnum(text[e]) {
			e++
		}
		if e == p || e == n || text[e] != ' ' && text[e] != '\t' {
			return false
		}
		switch w := text[p:e]; {
		case allDigits(w) && len(w) <= 7, string(w) == "IN":
			p = e // the TTL or the class
			continue
		case dnsRecordType(w):
			return true
		}
		return false
	}
	return false
}

// dnsRecordType: the record types a zone file writes.
func dnsRecordType(w []byte) bool {
	switch string(w) {
	case "A", "AAAA", "CNAME", "MX", "TXT", "SRV", "NS", "PTR", "CAA", "SOA", "ALIAS", "SPF", "NAPTR", "DS", "HTTPS", "SVCB":
		return true
	}
	return false
}

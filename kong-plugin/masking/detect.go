package masking

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"sort"
)

// rulesVersion is the semantic version of the built-in rule table. Bump it whenever a rule's
// behaviour changes, so that Engine.Version tells operators which detection they run.
const rulesVersion = "1.22.0"

// Bounds of the built-in table's keyword lists (checked by newDetector), which size the
// per-scan memory of where each keyword occurs next.
const (
	maxKeywordRules = 16
	maxKeywords     = 6
)

// match: text[start:end] is an identifier of secret type typ, found by rule (an index into
// detector.infos).
type match struct {
	start, end int
	typ        string
	rule       int
}

// customMatcher is a compiled CustomRule.
type customMatcher struct {
	re   *regexp.Regexp
	typ  string
	rule int
}

// detector finds identifiers in text. It is immutable after newDetector and safe for
// concurrent use; all per-call state lives in a scanState on the stack.
type detector struct {
	table   []rule      // the built-in table, in order (disabled ones included, see on)
	on      []bool      // on[i]: rules[i] is enabled
	byFirst [256]uint64 // bit i: enabled rule i's matcher may start at this byte value
	shape   []uint32    // shape[i]: table[i].shape, kept dense for the per-word loop
	noShape []uint32    // noShape[i]: table[i].notShape
	structM uint64      // bit i: table[i] is structural
	// Shape gating in masks, so that a word's candidate rules are found without a call per
	// rule: a rule whose shape is only cheap bits is allowed when the word has one of them.
	needBit   [32]uint64 // needBit[b]: rules (cheap shape only) allowed by shape bit b
	shapeless uint64     // rules with no shape condition
	lazyM     uint64     // rules whose shape or notShape involves a lazily computed group
	kwSlot    []uint8    // kwSlot[i]: row of scanState.kwPos for rule i's keywords
	custom    []customMatcher
	never     map[string]struct{}
	signRule  int // index of the signed-name rule (a pass over line starts, lineNames), -1 when disabled
	randRule  int // index of the random-id rule, which also reads OpenSearch's _cat rows (catRows), -1 when disabled
	infos     []RuleInfo
	ver       string
}

var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// newDetector builds the built-in ordered table minus cfg.DisabledRules, plus cfg.CustomRules,
// honouring cfg.NeverMask. Every problem is reported (errors.Join).
func newDetector(cfg Config) (*detector, error) {
	d := &detector{table: builtinRules()}
	d.on = make([]bool, len(d.table))
	index := make(map[string]int, len(d.table))
	d.shape = make([]uint32, len(d.table))
	d.noShape = make([]uint32, len(d.table))
	for i, r := range d.table {
		d.on[i] = true
		index[r.id] = i
		d.shape[i], d.noShape[i] = r.shape, r.notShape
		if r.kind == kindStructural {
			d.structM |= 1 << i
		}
		switch {
		case r.notShape != 0 || r.shape&(shNameGroup|shKeyGroup) != 0:
			d.lazyM |= 1 << i
		case r.shape == 0:
			d.shapeless |= 1 << i
		default:
			for b := range 32 {
				if r.shape&(1<<b) != 0 {
					d.needBit[b] |= 1 << i
				}
			}
		}
	}
	d.kwSlot = make([]uint8, len(d.table))
	slots := 0
	for i, r := range d.table {
		if len(r.keywords) == 0 {
			continue
		}
		if slots == maxKeywordRules || len(r.keywords) > maxKeywords {
			return nil, fmt.Errorf("rule %q: too many keyword rules or keywords (raise maxKeywordRules or maxKeywords)", r.id)
		}
		d.kwSlot[i] = uint8(slots)
		slots++
	}
	var errs []error
	for _, id := range cfg.DisabledRules {
		i, ok := index[id]
		if !ok {
			errs = append(errs, fmt.Errorf("disabled rule %q: no built-in rule has this id", id))
			continue
		}
		d.on[i] = false
	}
	d.signRule, d.randRule = -1, -1
	for i, r := range d.table {
		d.infos = append(d.infos, RuleInfo{ID: r.id, Type: r.typ, Builtin: true})
		if !d.on[i] {
			continue
		}
		switch r.id {
		case "signed-name":
			d.signRule = i
		case "random-id":
			d.randRule = i
		}
		if r.match == nil {
			continue
		}
		for _, c := range []byte(r.first) {
			d.byFirst[c] |= 1 << i
		}
	}
	seen := make(map[string]bool)
	for _, cr := range cfg.CustomRules {
		if !idPattern.MatchString(cr.ID) {
			errs = append(errs, fmt.Errorf("custom rule id %q: must match [a-z0-9][a-z0-9-]*", cr.ID))
		} else if _, dup := index[cr.ID]; dup || seen[cr.ID] {
			errs = append(errs, fmt.Errorf("custom rule id %q: already used", cr.ID))
		}
		seen[cr.ID] = true
		if !idPattern.MatchString(cr.Type) {
			errs = append(errs, fmt.Errorf("custom rule %q: type %q must match [a-z0-9][a-z0-9-]*", cr.ID, cr.Type))
		}
		re, err := regexp.Compile(cr.Pattern)
		if err != nil {
			errs = append(errs, fmt.Errorf("custom rule %q: pattern: %w", cr.ID, err))
			continue
		}
		if re.MatchString("") {
			errs = append(errs, fmt.Errorf("custom rule %q: pattern matches the empty string", cr.ID))
			continue
		}
		d.custom = append(d.custom, customMatcher{re: re, typ: cr.Type, rule: len(d.infos)})
		d.infos = append(d.infos, RuleInfo{ID: cr.ID, Type: cr.Type})
	}
	if len(cfg.NeverMask) > 0 {
		d.never = make(map[string]struct{}, len(cfg.NeverMask))
		for _, v := range cfg.NeverMask {
			if v == "" {
				errs = append(errs, errors.New("never-mask value: empty string"))
				continue
			}
			d.never[v] = struct{}{}
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	d.ver = d.computeVersion(cfg)
	return d, nil
}

// computeVersion is "<semver>+<short hash of enabled rule ids and custom rules>".
func (d *detector) computeVersion(cfg Config) string {
	h := sha256.New()
	for i, r := range d.table {
		if d.on[i] {
			h.Write([]byte(r.id))
			h.Write([]byte{0})
		}
	}
	for _, cr := range cfg.CustomRules {
		h.Write([]byte(cr.ID + "\x00" + cr.Type + "\x00" + cr.Pattern + "\x00"))
	}
	never := slices.Clone(cfg.NeverMask)
	sort.Strings(never)
	for _, v := range never {
		h.Write([]byte("never\x00" + v + "\x00"))
	}
	return rulesVersion + "+" + hex.EncodeToString(h.Sum(nil))[:12]
}

// version is the rule-set version: "<semver>+<short hash>".
func (d *detector) version() string { return d.ver }

// rules lists every rule, built-in first in table order, then custom rules.
func (d *detector) rules() []RuleInfo { return slices.Clone(d.infos) }

// scan appends every identifier in text to dst, sorted by start, non-overlapping.
func (d *detector) scan(text []byte, dst []match) []match {
	return d.scanWith(new(scanState), text, dst)
}

// scanWith is scan with caller-owned state: a Session scans every segment of a request with
// one scanState (it escapes to the heap, as rules are called through function values), so a
// request of many string literals does not allocate one per literal. s is reset here.
func (d *detector) scanWith(s *scanState, text []byte, dst []match) []match {
	base := len(dst)
	if want := len(text) / 64; cap(dst)-base < want {
		// AWS text holds about one identifier per 100 bytes: one allocation up front instead
		// of a chain of doublings in emit
		dst = slices.Grow(dst, want)
	}
	late, prim, keys := s.late[:0], s.prim, s.keys
	*s = scanState{d: d, text: text, dst: dst, base: base, late: late, prim: prim, keys: keys}
	s.run()
	dst = s.dst
	for _, m := range dst[base:] {
		if m.typ == "email" {
			if ns, ne := mailOwner(text, m.start); ns >= 0 {
				// the person a mailbox belongs to, named just before it: "Lucía Fernández
				// (lucia@...)", "To: Noor Al-Hashimi <noor@...>", "负责人：王磊 wang@..."
				s.late = append(s.late, match{start: ns, end: ne, typ: "person-name", rule: m.rule})
			}
		}
	}
	if d.signRule >= 0 {
		s.late = lineNames(text, s.high, s.late, d.signRule)
	}
	if s.coRule >= 0 && s.high {
		s.late = legalFormCompanies(text, s.late, s.coRule)
	}
	if d.randRule >= 0 && bytes.Contains(text, []byte("open ")) {
		s.late = catRows(text, s.late, d.randRule)
	}
	if len(s.late) > 0 {
		// late matches come from several context rules; order them before merging
		slices.SortStableFunc(s.late, func(a, b match) int { return a.start - b.start })
		s.prim = append(s.prim[:0], dst[base:]...)
		dst = mergeLate(dst, base, s.prim, s.late)
	}
	if len(d.custom) > 0 {
		dst = d.scanCustom(text, dst, base)
	}
	out := dst[:base]
	for _, m := range dst[base:] {
		v := text[m.start:m.end]
		if m.rule < len(d.table) && (awsWord(v) || d.structM&(1<<m.rule) == 0 && commonWord(v)) {
			continue // AWS's words; a common word only where context or a guess found it (an ARN's user "terraform" is a name); a custom rule's pattern is the user's word
		}
		if d.never != nil {
			if _, skip := d.never[string(v)]; skip {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// commonWord reports words that are never an original where context or a heuristic found
// them: AWS service codes and names, host labels and path words of AWS's own (lambda,
// lightsail, EC2), and the stop words of values (user, default). Masking one would be
// useless, and harmful: an original is masked wherever it occurs, so arn:aws:lightsail would
// lose its service, and every "user" of a chat transcript its meaning. Structural rules
// (an ARN's user name) skip only AWS's service names and fixed words.
func commonWord(v []byte) bool {
	if len(v) > 32 {
		return false
	}
	return stopWord(v) || awsLabelWord(v) || awsVocabulary(v) || systemWord(v) || cmdlet(v)
}

// systemWord: the fixed words of operating systems' and network tools' output that look like
// names (systemd's daemons, iptables' reject types, DHCP options, ethtool's fields, the
// metadata service's paths, Test-NetConnection's fields).
func systemWord(v []byte) bool {
	switch string(v) {
	case "systemd-resolve", "systemd-resolved", "systemd-network", "systemd-networkd", "systemd-timesyncd", "systemd-journald",
		"systemd-logind", "systemd-udevd", "node_exporter", "icmp-port-unreachable", "icmp-host-unreachable",
		"icmp-net-unreachable", "icmp-host-prohibited", "icmp-net-prohibited", "icmp-admin-prohibited", "tcp-reset",
		"domain-name-servers", "domain-search", "domain-name", "ntp-servers", "subnet-mask", "broadcast-address",
		"supports-test", "supports-eeprom-access", "supports-register-dump", "supports-priv-flags", "supports-statistics",
		"availability-zone-id", "availability-zone", "instance-life-cycle", "ami-launch-index", "ami-manifest-path",
		"block-device-mapping", "identity-credentials", "security-credentials", "instance-action", "local-hostname",
		"public-hostname", "reservation-id", "public-keys", "network-interfaces", "no-nat-traversal", "aws-otel-collector",
		"Prometheus", "Grafana", "Spark", "Hive", "HBase", "Flink", "Presto", "Trino", "Tez", "Pig", "Hue", "Oozie", "Sqoop",
		"Phoenix", "Zeppelin", "JupyterHub", "JupyterEnterpriseGateway", "HCatalog", "Ganglia", // (EMR's applications)
		"RA3", "DC2", "DS2", "ra3", "dc2", "ds2", "SAM", // (Redshift's node families; the lambda:createdBy tag's value AWS's tools give)
		"pending-customer-action", "customer-action-completed", "pending-amazon-action", "work-in-progress", // (support cases' states)
		"ecs-tasks", "function-patch-and-transform", "backend-sg-provider", "github-container-registry", "docker-hub", "ecr-public", "DevTools", "content-length-range", "x-amz-json-1.0", "x-amz-json-1.1", "CognitoIdentityCredentials",
		"TcpTestSucceeded", "PingSucceeded", "NameResolutionResults", "InterfaceAlias", "SourceAddress", "RemoteAddress":
		return true
	}
	return false
}

// cmdlet: a PowerShell command, an approved verb, '-' and a CamelCase noun (Test-NetConnection,
// Get-ChildItem).
func cmdlet(v []byte) bool {
	d := bytes.IndexByte(v, '-')
	if d < 3 || d+2 >= len(v) || !isUpper(v[d+1]) || !allLetters(v[d+1:]) {
		return false
	}
	switch string(v[:d]) {
	case "Get", "Set", "New", "Remove", "Test", "Invoke", "Start", "Stop", "Restart", "Resolve", "Add", "Import", "Export",
		"Enable", "Disable", "Write", "Read", "Update", "Install", "Uninstall", "Select", "Where", "Format", "Out",
		"Measure", "Wait", "Register", "Unregister", "Clear", "Copy", "Move", "Rename", "Connect", "Disconnect", "Send",
		"ConvertTo", "ConvertFrom", "Initialize", "Mount", "Dismount", "Publish", "Grant", "Revoke", "Find", "Show",
		"Enter", "Exit", "Join", "Split", "Compare", "Expand", "Compress", "Sort", "Group", "Use", "Reset", "Repair":
		return true
	}
	return false
}

// awsWord reports AWS's own words, which no rule may report as an original: service names
// and codes, and the fixed words of AWS's paths and ARNs.
func awsWord(v []byte) bool {
	return serviceWord(v) || serviceCode(v) || awsFixedWord(v)
}

// serviceCode: AWS service codes as ARNs, endpoints, service principals and Service Quotas
// write them (ec2 in arn:aws:servicequotas:...:ec2/L-1216C47A, "Service": "route53").
func serviceCode(v []byte) bool {
	switch string(v) {
	case "ec2", "s3", "rds", "lambda", "kms", "iam", "sts", "sqs", "sns", "dynamodb", "ecs", "eks", "ecr", "ebs",
		"vpc", "elasticloadbalancing", "route53", "cloudfront", "cloudwatch", "logs", "events", "states", "glue",
		"athena", "kinesis", "firehose", "sagemaker", "bedrock", "lightsail", "cassandra", "timestream", "appsync",
		"apigateway", "execute-api", "secretsmanager", "ssm", "elasticache", "redshift", "es", "opensearch",
		"elasticmapreduce", "emr-serverless", "batch", "guardduty", "securityhub", "organizations", "cloudtrail",
		"cloudformation", "autoscaling", "acm", "acm-pca", "wafv2", "shield", "xray", "codebuild", "codepipeline",
		"codecommit", "codeartifact", "codedeploy", "servicequotas", "ram", "sso", "identitystore", "inspector2",
		"macie2", "access-analyzer", "airflow", "kafka", "dms", "datasync", "transfer", "fsx", "elasticfilesystem",
		"storagegateway", "docdb", "memorydb", "neptune-db", "qldb", "quicksight", "lakeformation", "comprehend",
		"textract", "rekognition", "iot", "apprunner", "amplify", "elasticbeanstalk", "cognito-idp",
		"cognito-identity", "ses", "workspaces", "directconnect", "globalaccelerator", "network-firewall",
		"networkmanager", "vpc-lattice", "servicediscovery", "cloudhsm", "backup", "config", "health", "mq", "ce",
		"batchoperations", "appsync-realtime-api", "emrappui-prod", "apigatewayv2", "elbv2", "ec2-instance-connect",
		"location", "geo", "healthlake", "transcribe", "translate", "polly", "personalize", "forecast", "frauddetector",
		"kendra", "lex", "chime", "mobiletargeting", "sesv2", "appconfig", "appflow", "databrew", "datazone",
		"dataexchange", "mediaconvert", "medialive", "mediapackage", "mediastore", "ivs", "kinesisvideo", "gamelift",
		"braket", "iottwinmaker", "aps", "grafana", "fis", "resiliencehub", "ssm-incidents", "ssm-contacts", "chatbot",
		"servicecatalog", "proton", "license-manager", "resource-groups", "resource-explorer-2", "ec2messages",
		"ssmmessages", "synthetics", "rum", "application-autoscaling", "compute-optimizer", "savingsplans",
		"trustedadvisor", "wellarchitected", "detective", "fms", "waf-regional", "securitylake", "auditmanager",
		"cloudshell", "codestar-connections", "codeconnections", "codeguru-reviewer", "codeguru-profiler", "qbusiness",
		"bedrock-agent", "bedrock-runtime", "sagemaker-runtime", "emr-containers", "kinesisanalytics", "iotsitewise",
		"greengrass", "iotfleetwise", "aoss", "osis", "lookoutequipment", "lookoutvision", "lookoutmetrics",
		"cleanrooms", "entityresolution", "appstream", "mgn", "drs", "outposts", "groundstation",
		"payment-cryptography", "rolesanywhere", "verifiedpermissions", "route53resolver", "route53domains",
		"route53-recovery-readiness", "route53-recovery-control-config", "route53-recovery-cluster", "arc-zonal-shift",
		"devops-guru", "timestream-influxdb", "s3express", "s3-outposts", "s3tables", "glacier", "dlm", "dsql":
		return true
	}
	return false
}

// awsFixedWord: fixed words of AWS's own log-group paths, ARNs (Lightsail's resource types)
// and IAM role paths.
func awsFixedWord(v []byte) bool {
	switch string(v) {
	case "job", "jobs", "TrainingJobs", "ProcessingJobs", "TransformJobs", "Endpoints", "NotebookInstances",
		"LabelingJobs", "InferenceRecommendationsJobs", "studio", "modelinvocations", "apis", "types", "resolvers",
		"functions", "fields", "jobruns", "applications", "keyspace", "table", "version", "Instance",
		"RelationalDatabase", "Disk", "LoadBalancer", "ContainerService", "amazon", "lightsail", "containers",
		"InstanceSnapshot", "LoadBalancerTlsCertificate", "StaticIp", "KeyPair", "DiskSnapshot", "RelationalDatabaseSnapshot",
		"Bucket", "Certificate", "Distribution", "ContactMethod", "ExportSnapshotRecord", "CloudFormationStackRecord",
		"Mutation", "Query", "Subscription", "user", "assistant", "system", "writer", "reader", "arn", "aws", "graph",
		"target", "volume", "tape", "lustre", "windows", "ontap", "openzfs": // Storage Gateway ARNs; /aws/fsx/lustre
		return true
	}
	return false
}

// scanCustom runs the custom rules after the built-in ones: a custom match is kept where it
// overlaps no built-in match.
func (d *detector) scanCustom(text []byte, dst []match, base int) []match {
	var extra []match
	for _, c := range d.custom {
		for _, loc := range c.re.FindAllSubmatchIndex(text, -1) {
			st, en := loc[0], loc[1]
			if len(loc) >= 4 && loc[2] >= 0 {
				st, en = loc[2], loc[3]
			}
			if en > st {
				extra = append(extra, match{start: st, end: en, typ: c.typ, rule: c.rule})
			}
		}
	}
	if len(extra) == 0 {
		return dst
	}
	slices.SortStableFunc(extra, func(a, b match) int { return a.start - b.start })
	return mergeLate(dst, base, slices.Clone(dst[base:]), extra)
}

// mergeLate merges extra (sorted by start) into dst[base:] (sorted, non-overlapping; primary
// is a copy of it, as dst[base:] is overwritten): an extra
// match is kept only where it overlaps nothing already kept.
func mergeLate(dst []match, base int, primary, extra []match) []match {
	out := dst[:base]
	j := 0
	lastEnd := -1
	for _, p := range primary {
		for j < len(extra) && extra[j].start < p.start {
			e := extra[j]
			j++
			if e.start >= lastEnd && e.end <= p.start {
				out = append(out, e)
				lastEnd = e.end
			}
		}
		out = append(out, p)
		lastEnd = p.end
	}
	for ; j < len(extra); j++ {
		if e := extra[j]; e.start >= lastEnd {
			out = append(out, e)
			lastEnd = e.end
		}
	}
	return out
}

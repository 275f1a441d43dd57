package awsinv_test

import (
	"context"
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	ec2types "github.com/aws/aws-sdk-go-v2/service/ec2/types"
	"github.com/aws/aws-sdk-go-v2/service/iam"
	iamtypes "github.com/aws/aws-sdk-go-v2/service/iam/types"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
	lambdatypes "github.com/aws/aws-sdk-go-v2/service/lambda/types"
	"github.com/aws/aws-sdk-go-v2/service/rds"
	rdstypes "github.com/aws/aws-sdk-go-v2/service/rds/types"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	s3types "github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/aws/smithy-go"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aws-masker/aws-masker/backend/internal/awsinv"
	"github.com/aws-masker/aws-masker/backend/internal/inventory"
)

func apiErr(code string) error {
	return &smithy.GenericAPIError{Code: code, Message: code + " message with arn:aws:iam::123456789012:user/x"}
}

// paged serves n items in pages of size, with NextToken being the offset.
func paged(token *string, size, n int) (from, to int, next *string) {
	from = 0
	if token != nil {
		from, _ = strconv.Atoi(*token)
	}
	to = min(from+size, n)
	if to < n {
		next = aws.String(strconv.Itoa(to))
	}
	return from, to, next
}

// fakeEC2 serves `instances` instances per region, 7 per page.
type fakeEC2 struct {
	region    string
	instances int
	fail      error
	block     bool
	blockAll  bool // DescribeSecurityGroups blocks too
	pages     *atomic.Int64
}

func (f fakeEC2) DescribeInstances(ctx context.Context, in *ec2.DescribeInstancesInput, _ ...func(*ec2.Options)) (*ec2.DescribeInstancesOutput, error) {
	if f.pages != nil {
		f.pages.Add(1)
	}
	if f.block {
		<-ctx.Done()
		return nil, ctx.Err()
	}
	if f.fail != nil {
		return nil, f.fail
	}
	from, to, next := paged(in.NextToken, 7, f.instances)
	var res ec2types.Reservation
	launch := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := from; i < to; i++ {
		res.Instances = append(res.Instances, ec2types.Instance{
			InstanceId: aws.String(fmt.Sprintf("i-%s-%05d", f.region, i)), InstanceType: ec2types.InstanceTypeT3Micro,
			State: &ec2types.InstanceState{Name: ec2types.InstanceStateNameRunning}, Placement: &ec2types.Placement{AvailabilityZone: aws.String(f.region + "a")},
			VpcId: aws.String("vpc-1"), SubnetId: aws.String("subnet-1"), PrivateIpAddress: aws.String("10.0.0.1"),
			SecurityGroups:     []ec2types.GroupIdentifier{{GroupId: aws.String("sg-1")}},
			IamInstanceProfile: &ec2types.IamInstanceProfile{Arn: aws.String("arn:aws:iam::123456789012:instance-profile/web")},
			MetadataOptions:    &ec2types.InstanceMetadataOptionsResponse{HttpTokens: ec2types.HttpTokensStateRequired},
			Monitoring:         &ec2types.Monitoring{State: ec2types.MonitoringStateEnabled},
			Tags:               []ec2types.Tag{{Key: aws.String("z"), Value: aws.String("1")}, {Key: aws.String("Name"), Value: aws.String("web")}},
			LaunchTime:         &launch,
		})
	}
	return &ec2.DescribeInstancesOutput{Reservations: []ec2types.Reservation{res}, NextToken: next}, nil
}

func (f fakeEC2) DescribeSecurityGroups(ctx context.Context, _ *ec2.DescribeSecurityGroupsInput, _ ...func(*ec2.Options)) (*ec2.DescribeSecurityGroupsOutput, error) {
	if f.blockAll {
		<-ctx.Done()
		return nil, ctx.Err()
	}
	return &ec2.DescribeSecurityGroupsOutput{SecurityGroups: []ec2types.SecurityGroup{{
		GroupId: aws.String("sg-1"), GroupName: aws.String("web"), VpcId: aws.String("vpc-1"),
		IpPermissions: []ec2types.IpPermission{{IpProtocol: aws.String("tcp"), FromPort: aws.Int32(22), ToPort: aws.Int32(22),
			IpRanges: []ec2types.IpRange{{CidrIp: aws.String("0.0.0.0/0")}}, Ipv6Ranges: []ec2types.Ipv6Range{{CidrIpv6: aws.String("::/0")}},
			PrefixListIds: []ec2types.PrefixListId{{PrefixListId: aws.String("pl-1")}}, UserIdGroupPairs: []ec2types.UserIdGroupPair{{GroupId: aws.String("sg-2")}}}},
		IpPermissionsEgress: []ec2types.IpPermission{{IpProtocol: aws.String("-1")}},
	}}}, nil
}

func (f fakeEC2) DescribeVpcs(context.Context, *ec2.DescribeVpcsInput, ...func(*ec2.Options)) (*ec2.DescribeVpcsOutput, error) {
	return &ec2.DescribeVpcsOutput{Vpcs: []ec2types.Vpc{{VpcId: aws.String("vpc-1"), CidrBlock: aws.String("10.0.0.0/16"), IsDefault: aws.Bool(true)}}}, nil
}

func (f fakeEC2) DescribeSubnets(context.Context, *ec2.DescribeSubnetsInput, ...func(*ec2.Options)) (*ec2.DescribeSubnetsOutput, error) {
	return &ec2.DescribeSubnetsOutput{Subnets: []ec2types.Subnet{{SubnetId: aws.String("subnet-1"), VpcId: aws.String("vpc-1"), MapPublicIpOnLaunch: aws.Bool(true)}}}, nil
}

// fakeS3 has buckets b0..b(n-1); bucket behaviours vary with the index.
type fakeS3 struct {
	n         int
	listFail  error
	detailErr error
}

func idx(b *string) int {
	var i int
	_, _ = fmt.Sscanf(aws.ToString(b), "b%d", &i)
	return i
}

func (f fakeS3) ListBuckets(_ context.Context, in *s3.ListBucketsInput, _ ...func(*s3.Options)) (*s3.ListBucketsOutput, error) {
	if f.listFail != nil {
		return nil, f.listFail
	}
	from, to, next := paged(in.ContinuationToken, 3, f.n)
	out := &s3.ListBucketsOutput{ContinuationToken: next}
	for i := from; i < to; i++ {
		b := s3types.Bucket{Name: aws.String(fmt.Sprintf("b%d", i))}
		if i%2 == 1 {
			b.BucketRegion = aws.String("eu-west-1")
		}
		out.Buckets = append(out.Buckets, b)
	}
	return out, nil
}

func (f fakeS3) GetBucketLocation(_ context.Context, in *s3.GetBucketLocationInput, _ ...func(*s3.Options)) (*s3.GetBucketLocationOutput, error) {
	if idx(in.Bucket) == 4 {
		return nil, apiErr("AccessDenied")
	}
	if idx(in.Bucket) == 2 {
		return &s3.GetBucketLocationOutput{LocationConstraint: "ap-south-1"}, nil
	}
	return &s3.GetBucketLocationOutput{}, nil
}

func (f fakeS3) GetPublicAccessBlock(_ context.Context, in *s3.GetPublicAccessBlockInput, _ ...func(*s3.Options)) (*s3.GetPublicAccessBlockOutput, error) {
	if f.detailErr != nil {
		return nil, f.detailErr
	}
	if idx(in.Bucket)%2 == 0 {
		return nil, apiErr("NoSuchPublicAccessBlockConfiguration")
	}
	return &s3.GetPublicAccessBlockOutput{PublicAccessBlockConfiguration: &s3types.PublicAccessBlockConfiguration{BlockPublicAcls: aws.Bool(true)}}, nil
}

func (f fakeS3) GetBucketEncryption(_ context.Context, in *s3.GetBucketEncryptionInput, _ ...func(*s3.Options)) (*s3.GetBucketEncryptionOutput, error) {
	if idx(in.Bucket)%2 == 0 {
		return nil, apiErr("ServerSideEncryptionConfigurationNotFoundError")
	}
	return &s3.GetBucketEncryptionOutput{ServerSideEncryptionConfiguration: &s3types.ServerSideEncryptionConfiguration{Rules: []s3types.ServerSideEncryptionRule{
		{ApplyServerSideEncryptionByDefault: &s3types.ServerSideEncryptionByDefault{SSEAlgorithm: s3types.ServerSideEncryptionAwsKms}}}}}, nil
}

func (f fakeS3) GetBucketVersioning(_ context.Context, in *s3.GetBucketVersioningInput, _ ...func(*s3.Options)) (*s3.GetBucketVersioningOutput, error) {
	if idx(in.Bucket) == 3 {
		return nil, apiErr("AccessDenied")
	}
	if idx(in.Bucket)%2 == 0 {
		return &s3.GetBucketVersioningOutput{}, nil
	}
	return &s3.GetBucketVersioningOutput{Status: s3types.BucketVersioningStatusEnabled}, nil
}

func (f fakeS3) GetBucketPolicyStatus(_ context.Context, in *s3.GetBucketPolicyStatusInput, _ ...func(*s3.Options)) (*s3.GetBucketPolicyStatusOutput, error) {
	switch idx(in.Bucket) % 3 {
	case 0:
		return nil, apiErr("NoSuchBucketPolicy")
	case 1:
		return &s3.GetBucketPolicyStatusOutput{PolicyStatus: &s3types.PolicyStatus{IsPublic: aws.Bool(true)}}, nil
	}
	return nil, apiErr("AccessDenied")
}

type fakeRDS struct{ fail error }

func (f fakeRDS) DescribeDBInstances(_ context.Context, in *rds.DescribeDBInstancesInput, _ ...func(*rds.Options)) (*rds.DescribeDBInstancesOutput, error) {
	if f.fail != nil {
		return nil, f.fail
	}
	from, to, next := paged(in.Marker, 2, 5)
	out := &rds.DescribeDBInstancesOutput{Marker: next}
	for i := from; i < to; i++ {
		out.DBInstances = append(out.DBInstances, rdstypes.DBInstance{
			DBInstanceIdentifier: aws.String(fmt.Sprintf("db-%d", i)), Engine: aws.String("postgres"), MultiAZ: aws.Bool(true),
			Endpoint: &rdstypes.Endpoint{Address: aws.String("db.example"), Port: aws.Int32(5432)}, DBSubnetGroup: &rdstypes.DBSubnetGroup{VpcId: aws.String("vpc-1")},
		})
	}
	return out, nil
}

func (f fakeRDS) DescribeDBClusters(context.Context, *rds.DescribeDBClustersInput, ...func(*rds.Options)) (*rds.DescribeDBClustersOutput, error) {
	if f.fail != nil {
		return nil, f.fail
	}
	return &rds.DescribeDBClustersOutput{DBClusters: []rdstypes.DBCluster{{DBClusterIdentifier: aws.String("cl-1"), DBClusterMembers: make([]rdstypes.DBClusterMember, 2)}}}, nil
}

type fakeIAM struct{ now time.Time }

func (f fakeIAM) ListUsers(_ context.Context, in *iam.ListUsersInput, _ ...func(*iam.Options)) (*iam.ListUsersOutput, error) {
	from, to, next := paged(in.Marker, 2, 5)
	out := &iam.ListUsersOutput{Marker: next, IsTruncated: next != nil}
	for i := from; i < to; i++ {
		out.Users = append(out.Users, iamtypes.User{UserName: aws.String(fmt.Sprintf("u%d", i))})
	}
	return out, nil
}

func (f fakeIAM) ListRoles(context.Context, *iam.ListRolesInput, ...func(*iam.Options)) (*iam.ListRolesOutput, error) {
	return &iam.ListRolesOutput{Roles: []iamtypes.Role{{RoleName: aws.String("r1"),
		AssumeRolePolicyDocument: aws.String("%7B%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Principal%22%3A%7B%22Service%22%3A%22lambda.amazonaws.com%22%7D%7D%5D%7D")}}}, nil
}

func (f fakeIAM) ListMFADevices(_ context.Context, in *iam.ListMFADevicesInput, _ ...func(*iam.Options)) (*iam.ListMFADevicesOutput, error) {
	switch aws.ToString(in.UserName) {
	case "u0":
		return &iam.ListMFADevicesOutput{MFADevices: []iamtypes.MFADevice{{}}}, nil
	case "u4":
		return nil, apiErr("AccessDenied")
	}
	return &iam.ListMFADevicesOutput{}, nil
}

func (f fakeIAM) ListAccessKeys(_ context.Context, in *iam.ListAccessKeysInput, _ ...func(*iam.Options)) (*iam.ListAccessKeysOutput, error) {
	if aws.ToString(in.UserName) == "u3" {
		return nil, apiErr("AccessDenied")
	}
	created := f.now.Add(-100 * 24 * time.Hour)
	return &iam.ListAccessKeysOutput{AccessKeyMetadata: []iamtypes.AccessKeyMetadata{
		{AccessKeyId: aws.String("AKIA" + aws.ToString(in.UserName)), Status: iamtypes.StatusTypeActive, CreateDate: &created}}}, nil
}

func (f fakeIAM) GetAccessKeyLastUsed(_ context.Context, in *iam.GetAccessKeyLastUsedInput, _ ...func(*iam.Options)) (*iam.GetAccessKeyLastUsedOutput, error) {
	switch aws.ToString(in.AccessKeyId) {
	case "AKIAu1":
		used := f.now.Add(-3 * 24 * time.Hour)
		return &iam.GetAccessKeyLastUsedOutput{AccessKeyLastUsed: &iamtypes.AccessKeyLastUsed{LastUsedDate: &used, ServiceName: aws.String("s3")}}, nil
	case "AKIAu2":
		return nil, apiErr("Throttling")
	}
	return &iam.GetAccessKeyLastUsedOutput{AccessKeyLastUsed: &iamtypes.AccessKeyLastUsed{ServiceName: aws.String("N/A")}}, nil
}

type fakeLambda struct{}

func (fakeLambda) ListFunctions(_ context.Context, in *lambda.ListFunctionsInput, _ ...func(*lambda.Options)) (*lambda.ListFunctionsOutput, error) {
	from, to, next := paged(in.Marker, 1, 3)
	out := &lambda.ListFunctionsOutput{NextMarker: next}
	for i := from; i < to; i++ {
		out.Functions = append(out.Functions, lambdatypes.FunctionConfiguration{FunctionName: aws.String(fmt.Sprintf("fn%d", i)),
			Runtime: lambdatypes.RuntimePython312, Architectures: []lambdatypes.Architecture{lambdatypes.ArchitectureArm64},
			VpcConfig: &lambdatypes.VpcConfigResponse{VpcId: aws.String("vpc-1"), SubnetIds: []string{"subnet-1"}}})
	}
	return out, nil
}

type fakeClients struct {
	ec2  func(region string) awsinv.EC2API
	s3   fakeS3
	rds  func(region string) awsinv.RDSAPI
	iam  fakeIAM
	mu   sync.Mutex
	s3At []string // regions S3 clients were asked for
}

func (f *fakeClients) EC2(region string) awsinv.EC2API { return f.ec2(region) }
func (f *fakeClients) S3(region string) awsinv.S3API {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.s3At = append(f.s3At, region)
	return f.s3
}
func (f *fakeClients) RDS(region string) awsinv.RDSAPI { return f.rds(region) }
func (f *fakeClients) IAM() awsinv.IAMAPI              { return f.iam }
func (f *fakeClients) Lambda(string) awsinv.LambdaAPI  { return fakeLambda{} }

func newFakes(now time.Time) *fakeClients {
	return &fakeClients{
		ec2: func(region string) awsinv.EC2API { return fakeEC2{region: region, instances: 50} },
		s3:  fakeS3{n: 6},
		rds: func(string) awsinv.RDSAPI { return fakeRDS{} },
		iam: fakeIAM{now: now},
	}
}

func TestCollectWithFakes(t *testing.T) {
	now := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	fakes := newFakes(now)
	c := &awsinv.Collector{Clients: fakes, Now: func() time.Time { return now }, Concurrency: 3}
	inv, err := c.Collect(context.Background(), inventory.Request{Services: inventory.AllServices(), Regions: []string{"us-east-1", "eu-west-1"}})
	require.NoError(t, err)

	assert.Len(t, inv.Instances, 100, "every page of both regions")
	assert.Equal(t, "i-eu-west-1-00000", inv.Instances[0].ID, "sorted by region then id")
	i := inv.Instances[0]
	assert.Equal(t, "required", i.IMDSv2)
	assert.True(t, i.MonitoringDetail)
	assert.Equal(t, []inventory.Tag{{Key: "Name", Value: "web"}, {Key: "z", Value: "1"}}, i.Tags)
	assert.Equal(t, "arn:aws:iam::123456789012:instance-profile/web", i.InstanceProfile)
	require.Len(t, inv.SecurityGroups, 2)
	assert.Equal(t, []string{"0.0.0.0/0", "::/0", "pl-1", "sg-2"}, inv.SecurityGroups[0].Ingress[0].Sources)
	assert.Len(t, inv.VPCs, 2)
	assert.Len(t, inv.Subnets, 2)
	assert.Len(t, inv.DBInstances, 10)
	assert.Equal(t, "db.example", inv.DBInstances[0].Endpoint)
	assert.Len(t, inv.DBClusters, 2)
	assert.Equal(t, 2, inv.DBClusters[0].Members)
	assert.Len(t, inv.Functions, 6)
	assert.Equal(t, "vpc-1", inv.Functions[0].VPCID)
	require.Len(t, inv.Roles, 1)
	assert.Equal(t, []string{"Service:lambda.amazonaws.com"}, inv.Roles[0].TrustedPrincipals)

	require.Len(t, inv.Buckets, 6)
	b := map[string]inventory.Bucket{}
	for _, x := range inv.Buckets {
		b[x.Name] = x
	}
	assert.Equal(t, "us-east-1", b["b0"].Region, "empty location constraint is us-east-1")
	assert.Equal(t, "ap-south-1", b["b2"].Region)
	assert.Equal(t, "eu-west-1", b["b1"].Region, "BucketRegion from ListBuckets")
	assert.Equal(t, &inventory.PAB{}, b["b0"].PublicAccessBlock, "no configuration means nothing blocked")
	assert.True(t, b["b1"].PublicAccessBlock.BlockPublicACLs)
	assert.Equal(t, "none", b["b0"].Encryption)
	assert.Equal(t, "aws:kms", b["b1"].Encryption)
	assert.Equal(t, "Disabled", b["b0"].Versioning)
	assert.Equal(t, "Enabled", b["b1"].Versioning)
	assert.Equal(t, []string{"versioning"}, b["b3"].DetailsUnavailableOf)
	assert.Contains(t, b["b4"].DetailsUnavailableOf, "region")
	assert.False(t, *b["b0"].PolicyIsPublic)
	assert.True(t, *b["b1"].PolicyIsPublic)
	assert.Nil(t, b["b2"].PolicyIsPublic)
	assert.Contains(t, fakes.s3At, "ap-south-1", "per-bucket calls go to the bucket's region")

	require.Len(t, inv.Users, 5)
	assert.True(t, *inv.Users[0].MFAEnabled)
	assert.False(t, *inv.Users[1].MFAEnabled)
	assert.Nil(t, inv.Users[4].MFAEnabled)
	assert.Equal(t, []inventory.AccessKey{{Status: "Active", AgeDays: 100, LastUsedDay: 3, LastService: "s3"}}, inv.Users[1].AccessKeys)
	assert.Equal(t, -1, inv.Users[2].AccessKeys[0].LastUsedDay)
	assert.Equal(t, -1, inv.Users[0].AccessKeys[0].LastUsedDay)
	assert.Empty(t, inv.Users[0].AccessKeys[0].LastService, "N/A is dropped")
	assert.Empty(t, inv.Users[3].AccessKeys)

	// Detail failures are aggregated into one warning per service, region and code.
	var got []string
	for _, w := range inv.Warnings {
		got = append(got, w.Service+"/"+w.Region+"/"+w.Code+"/"+w.Message)
	}
	assert.ElementsMatch(t, []string{
		"iam/global/AccessDenied/access denied: the backend's credentials lack permission for this call (2 calls)",
		"iam/global/Throttling/throttled by AWS after bounded retries",
		"s3/global/AccessDenied/access denied: the backend's credentials lack permission for this call (4 calls)",
	}, got)
	assert.Zero(t, inv.FailedTasks, "detail failures do not fail a task")
	assert.Equal(t, 3+2*(2+2+2+1), inv.Tasks)
}

func TestCollectFailuresAndVerbose(t *testing.T) {
	fakes := newFakes(time.Now())
	fakes.ec2 = func(region string) awsinv.EC2API {
		if region == "ap-east-1" {
			return fakeEC2{region: region, fail: apiErr("OptInRequired")}
		}
		return fakeEC2{region: region, instances: 3}
	}
	fakes.rds = func(string) awsinv.RDSAPI { return fakeRDS{fail: fmt.Errorf("dial tcp: connection refused")} }
	fakes.s3.listFail = apiErr("AccessDenied")
	c := &awsinv.Collector{Clients: fakes, Verbose: true}
	inv, err := c.Collect(context.Background(), inventory.Request{
		Services: []inventory.Service{inventory.ServiceEC2, inventory.ServiceS3, inventory.ServiceRDS}, Regions: []string{"ap-east-1", "us-west-2"}})
	require.NoError(t, err)
	assert.Len(t, inv.Instances, 3)
	w := map[string]inventory.Warning{}
	for _, x := range inv.Warnings {
		w[x.Service+"/"+x.Region] = x
	}
	assert.Equal(t, "OptInRequired", w["ec2/ap-east-1"].Code)
	assert.Equal(t, "OptInRequired message with arn:aws:iam::123456789012:user/x", w["ec2/ap-east-1"].Message, "verbose keeps AWS's message")
	assert.Equal(t, "AccessDenied", w["s3/global"].Code)
	assert.Equal(t, "RequestFailed", w["rds/us-west-2"].Code)
	assert.Equal(t, "request failed (2 calls)", w["rds/us-west-2"].Message)
	assert.Equal(t, 1+4+1, inv.FailedTasks)
}

func TestCollectCallTimeout(t *testing.T) {
	fakes := newFakes(time.Now())
	pages := &atomic.Int64{}
	fakes.ec2 = func(region string) awsinv.EC2API { return fakeEC2{region: region, block: true, pages: pages} }
	c := &awsinv.Collector{Clients: fakes, CallTimeout: 50 * time.Millisecond}
	inv, err := c.Collect(context.Background(), inventory.Request{Services: []inventory.Service{inventory.ServiceEC2}, Regions: []string{"us-east-1"}})
	require.NoError(t, err)
	require.NotEmpty(t, inv.Warnings)
	assert.Equal(t, "Timeout", inv.Warnings[0].Code)
	assert.Equal(t, "timed out", inv.Warnings[0].Message)
}

func TestCollectCanceled(t *testing.T) {
	fakes := newFakes(time.Now())
	fakes.ec2 = func(region string) awsinv.EC2API { return fakeEC2{region: region, block: true} }
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	c := &awsinv.Collector{Clients: fakes, Concurrency: 1}
	_, err := c.Collect(ctx, inventory.Request{Services: []inventory.Service{inventory.ServiceEC2}, Regions: []string{"us-east-1", "us-east-2"}})
	require.ErrorIs(t, err, context.Canceled)

	_, err = (&awsinv.Collector{}).Collect(context.Background(), inventory.Request{})
	require.Error(t, err)
}

func TestTrustedPrincipals(t *testing.T) {
	tests := map[string]struct {
		doc  string
		want []string
	}{
		"service":        {`{"Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}`, []string{"Service:ec2.amazonaws.com"}},
		"list and kinds": {`{"Statement":[{"Effect":"Allow","Principal":{"AWS":["arn:aws:iam::1:root","arn:aws:iam::2:root"],"Federated":"cognito-identity.amazonaws.com"}}]}`, []string{"AWS:arn:aws:iam::1:root", "AWS:arn:aws:iam::2:root", "Federated:cognito-identity.amazonaws.com"}},
		"single stmt":    {`{"Statement":{"Effect":"Allow","Principal":"*"}}`, []string{"*:*"}},
		"deny ignored":   {`{"Statement":[{"Effect":"Deny","Principal":{"AWS":"*"}}]}`, []string{}},
		"url encoded":    {"%7B%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Principal%22%3A%7B%22AWS%22%3A%22x%22%7D%7D%5D%7D", []string{"AWS:x"}},
		"duplicates":     {`{"Statement":[{"Effect":"Allow","Principal":{"AWS":"x"}},{"Effect":"allow","Principal":{"AWS":"x"}}]}`, []string{"AWS:x"}},
		"garbage":        {`not json`, nil},
		"empty":          {``, nil},
		"bad statement":  {`{"Statement":42}`, nil},
		"bad principal":  {`{"Statement":[{"Effect":"Allow","Principal":42},{"Effect":"Allow","Principal":{"AWS":42}}]}`, []string{}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			assert.Equal(t, tt.want, awsinv.TrustedPrincipals(tt.doc))
		})
	}
}

func TestErrorCode(t *testing.T) {
	assert.Equal(t, "AccessDenied", awsinv.ErrorCode(apiErr("AccessDenied")))
	assert.Equal(t, "Timeout", awsinv.ErrorCode(fmt.Errorf("x: %w", context.DeadlineExceeded)))
	assert.Equal(t, "Canceled", awsinv.ErrorCode(context.Canceled))
	assert.Equal(t, "RequestFailed", awsinv.ErrorCode(fmt.Errorf("boom")))
}

// TestCollectDeadlineKeepsPartialResults: when the whole collection runs out
// of time, what was collected is kept and the rest is a Timeout warning.
func TestCollectDeadlineKeepsPartialResults(t *testing.T) {
	fakes := newFakes(time.Now())
	fakes.ec2 = func(region string) awsinv.EC2API { return fakeEC2{region: region, block: true} }
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	c := &awsinv.Collector{Clients: fakes, CallTimeout: time.Minute}
	inv, err := c.Collect(ctx, inventory.Request{Services: []inventory.Service{inventory.ServiceEC2}, Regions: []string{"us-east-1"}})
	require.NoError(t, err)
	assert.Len(t, inv.SecurityGroups, 1)
	assert.Empty(t, inv.Instances)
	require.Len(t, inv.Warnings, 1)
	assert.Equal(t, "Timeout", inv.Warnings[0].Code)
	assert.Equal(t, 1, inv.FailedTasks)

	// Nothing collected before the deadline: an error.
	fakes.ec2 = func(region string) awsinv.EC2API { return fakeEC2{region: region, block: true, blockAll: true} }
	ctx2, cancel2 := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel2()
	_, err = c.Collect(ctx2, inventory.Request{Services: []inventory.Service{inventory.ServiceEC2}, Regions: []string{"us-east-1"}})
	require.ErrorIs(t, err, context.DeadlineExceeded)
}

// FuzzTrustedPrincipals: any policy document yields sorted, unique principals without panicking.
func FuzzTrustedPrincipals(f *testing.F) {
	f.Add(`{"Statement":[{"Effect":"Allow","Principal":{"AWS":["a","b"]}}]}`)
	f.Add(`{"Statement":{"Effect":"Allow","Principal":"*"}}`)
	f.Add(`%7B%22Statement%22%3A%5B%5D%7D`)
	f.Fuzz(func(t *testing.T, doc string) {
		got := awsinv.TrustedPrincipals(doc)
		for i := 1; i < len(got); i++ {
			if got[i-1] >= got[i] {
				t.Fatalf("not sorted and unique: %q", got)
			}
		}
	})
}

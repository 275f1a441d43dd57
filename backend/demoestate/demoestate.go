// Package demoestate seeds an AWS emulator (moto) with a realistic sample
// estate (VPCs, subnets, security groups, EC2 instances, S3 buckets, RDS
// instances, IAM users and roles, Lambda functions) and lists every
// identifier it created, so a leak check knows what must never reach Claude.
// It is used by the compose demo's seed job and by tests; never point it at
// a real account.
package demoestate

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"

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
)

// Options size the estate. Zero values take the small demo defaults.
type Options struct {
	// Regions to seed; default us-east-1 and eu-west-1.
	Regions []string
	// Instances is the number of EC2 instances, spread over Regions. Default 6.
	Instances int
	// Buckets is the number of S3 buckets, spread over Regions. Default 3.
	Buckets int
	// DBInstances is the number of RDS instances, spread over Regions. Default 2.
	DBInstances int
	// Users is the number of IAM users. Default 3.
	Users int
	// Roles is the number of IAM roles (besides nothing else). Default 3.
	Roles int
	// Functions is the number of Lambda functions, spread over Regions. Default 2.
	Functions int
	// LaunchBatch is the number of instances per RunInstances call (one
	// reservation each). Default 50; smaller values make more pages to walk.
	LaunchBatch int
	// Prefix starts every name; default "acme-" plus 6 random hex digits, so
	// several seeds can share one emulator. Lower case letters, digits, '-'.
	// Seeding twice with the same prefix reuses the named resources (users,
	// roles, buckets, DB instances, functions) and adds network and instances.
	Prefix string
}

func (o Options) withDefaults() (Options, error) {
	def := func(v *int, d int) {
		if *v == 0 {
			*v = d
		}
	}
	def(&o.Instances, 6)
	def(&o.Buckets, 3)
	def(&o.DBInstances, 2)
	def(&o.Users, 3)
	def(&o.Roles, 3)
	def(&o.Functions, 2)
	def(&o.LaunchBatch, 50)
	if len(o.Regions) == 0 {
		o.Regions = []string{"us-east-1", "eu-west-1"}
	}
	if o.Prefix == "" {
		var b [3]byte
		_, _ = rand.Read(b[:])
		o.Prefix = "acme-" + hex.EncodeToString(b[:])
	}
	for _, n := range []int{o.LaunchBatch, o.Instances, o.Buckets, o.DBInstances, o.Users, o.Roles, o.Functions} {
		if n < 0 {
			return o, errors.New("demoestate: counts must not be negative")
		}
	}
	if strings.Trim(o.Prefix, "abcdefghijklmnopqrstuvwxyz0123456789-") != "" || len(o.Prefix) > 30 {
		return o, fmt.Errorf("demoestate: prefix %q: use at most 30 lower-case letters, digits and '-'", o.Prefix)
	}
	return o, nil
}

// Estate lists what Seed created.
type Estate struct {
	AccountID        string
	Prefix           string
	Regions          []string
	InstanceIDs      []string
	PrivateIPs       []string
	PublicIPs        []string
	PrivateDNSNames  []string
	VPCIDs           []string
	SubnetIDs        []string
	SecurityGroupIDs []string
	BucketNames      []string
	DBInstanceIDs    []string
	DBEndpoints      []string
	UserNames        []string
	UserARNs         []string
	AccessKeyIDs     []string
	RoleNames        []string
	RoleARNs         []string
	FunctionNames    []string
	FunctionARNs     []string
	// ExternalAccountIDs are other accounts trusted by the seeded roles.
	ExternalAccountIDs []string
}

// Identifiers returns every identifier string of the estate, sorted and
// without duplicates: what a leak check must never find in Claude-bound
// traffic or in the logs.
func (e *Estate) Identifiers() []string {
	var all []string
	if e.AccountID != "" {
		all = append(all, e.AccountID)
	}
	for _, s := range [][]string{
		e.InstanceIDs, e.PrivateIPs, e.PublicIPs, e.PrivateDNSNames, e.VPCIDs, e.SubnetIDs, e.SecurityGroupIDs,
		e.BucketNames, e.DBInstanceIDs, e.DBEndpoints, e.UserNames, e.UserARNs, e.AccessKeyIDs,
		e.RoleNames, e.RoleARNs, e.FunctionNames, e.FunctionARNs, e.ExternalAccountIDs,
	} {
		for _, v := range s {
			if v != "" {
				all = append(all, v)
			}
		}
	}
	slices.Sort(all)
	return slices.Compact(all)
}

// externalAccount is the partner account the cross-account role trusts.
const externalAccount = "210987654321"

// Seed creates the estate with cfg (pointed at the emulator: BaseEndpoint,
// test credentials). It stops at the first failure.
func Seed(ctx context.Context, cfg aws.Config, opts Options) (*Estate, error) {
	o, err := opts.withDefaults()
	if err != nil {
		return nil, err
	}
	e := &Estate{Prefix: o.Prefix, Regions: o.Regions}
	if err := seedIAM(ctx, cfg, o, e); err != nil {
		return nil, fmt.Errorf("demoestate.Seed: iam: %w", err)
	}
	for i, region := range o.Regions {
		share := func(total int) int { // items of region i when spreading total over the regions
			n := total / len(o.Regions)
			if i < total%len(o.Regions) {
				n++
			}
			return n
		}
		if err := seedNetworkAndInstances(ctx, cfg, region, i, share(o.Instances), o.LaunchBatch, o.Prefix, e); err != nil {
			return nil, fmt.Errorf("demoestate.Seed: ec2 %s: %w", region, err)
		}
		if err := seedBuckets(ctx, cfg, region, share(o.Buckets), o.Prefix, e); err != nil {
			return nil, fmt.Errorf("demoestate.Seed: s3 %s: %w", region, err)
		}
		if err := seedDBs(ctx, cfg, region, share(o.DBInstances), o.Prefix, e); err != nil {
			return nil, fmt.Errorf("demoestate.Seed: rds %s: %w", region, err)
		}
		if err := seedFunctions(ctx, cfg, region, share(o.Functions), o.Prefix, e); err != nil {
			return nil, fmt.Errorf("demoestate.Seed: lambda %s: %w", region, err)
		}
	}
	return e, nil
}

func trustPolicy(principal string) string {
	return `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":` + principal + `,"Action":"sts:AssumeRole"}]}`
}

func seedIAM(ctx context.Context, cfg aws.Config, o Options, e *Estate) error {
	cl := iam.NewFromConfig(cfg)
	for i := range o.Users {
		name := fmt.Sprintf("%s-user-%02d", o.Prefix, i+1)
		var user *iamtypes.User
		out, err := cl.CreateUser(ctx, &iam.CreateUserInput{UserName: aws.String(name), Path: aws.String("/people/")})
		switch {
		case err == nil:
			user = out.User
		case exists(err, "EntityAlreadyExists"): // a retried call, or a seed run again with the same prefix
			got, gerr := cl.GetUser(ctx, &iam.GetUserInput{UserName: aws.String(name)})
			if gerr != nil {
				return gerr
			}
			user = got.User
		default:
			return err
		}
		e.UserNames = append(e.UserNames, name)
		e.UserARNs = append(e.UserARNs, aws.ToString(user.Arn))
		e.setAccount(aws.ToString(user.Arn))
		if i%2 == 0 { // every other user has a programmatic key
			k, err := cl.CreateAccessKey(ctx, &iam.CreateAccessKeyInput{UserName: aws.String(name)})
			if err != nil {
				return err
			}
			e.AccessKeyIDs = append(e.AccessKeyIDs, aws.ToString(k.AccessKey.AccessKeyId))
		}
	}
	// Roles: at least one Lambda execution role (used by the functions).
	n := max(o.Roles, 1)
	for i := range n {
		name := fmt.Sprintf("%s-role-%02d", o.Prefix, i+1)
		principal := `{"Service":"lambda.amazonaws.com"}`
		switch i % 3 {
		case 1:
			principal = `{"Service":"ec2.amazonaws.com"}`
		case 2:
			principal = `{"AWS":"arn:aws:iam::` + externalAccount + `:root"}`
			if !slices.Contains(e.ExternalAccountIDs, externalAccount) {
				e.ExternalAccountIDs = append(e.ExternalAccountIDs, externalAccount)
			}
		}
		var role *iamtypes.Role
		out, err := cl.CreateRole(ctx, &iam.CreateRoleInput{RoleName: aws.String(name), AssumeRolePolicyDocument: aws.String(trustPolicy(principal))})
		switch {
		case err == nil:
			role = out.Role
		case exists(err, "EntityAlreadyExists"):
			got, gerr := cl.GetRole(ctx, &iam.GetRoleInput{RoleName: aws.String(name)})
			if gerr != nil {
				return gerr
			}
			role = got.Role
		default:
			return err
		}
		e.RoleNames = append(e.RoleNames, name)
		e.RoleARNs = append(e.RoleARNs, aws.ToString(role.Arn))
		e.setAccount(aws.ToString(role.Arn))
	}
	return nil
}

// setAccount takes the account ID from an ARN (arn:aws:iam::123456789012:...).
func (e *Estate) setAccount(arn string) {
	if parts := strings.Split(arn, ":"); len(parts) > 4 && e.AccountID == "" {
		e.AccountID = parts[4]
	}
}

func seedNetworkAndInstances(ctx context.Context, cfg aws.Config, region string, idx, count, batchSize int, prefix string, e *Estate) error {
	cl := ec2.NewFromConfig(cfg, func(o *ec2.Options) { o.Region = region })
	nameTag := func(kind ec2types.ResourceType, name string) []ec2types.TagSpecification {
		return []ec2types.TagSpecification{{ResourceType: kind, Tags: []ec2types.Tag{{Key: aws.String("Name"), Value: aws.String(name)}, {Key: aws.String("env"), Value: aws.String("prod")}}}}
	}
	vpc, err := cl.CreateVpc(ctx, &ec2.CreateVpcInput{CidrBlock: aws.String(fmt.Sprintf("10.%d.0.0/16", 20+idx)), TagSpecifications: nameTag(ec2types.ResourceTypeVpc, prefix+"-vpc")})
	if err != nil {
		return err
	}
	vpcID := aws.ToString(vpc.Vpc.VpcId)
	e.VPCIDs = append(e.VPCIDs, vpcID)
	zones, err := cl.DescribeAvailabilityZones(ctx, &ec2.DescribeAvailabilityZonesInput{})
	if err != nil {
		return err
	}
	var azs []string
	for _, z := range zones.AvailabilityZones {
		azs = append(azs, aws.ToString(z.ZoneName))
	}
	slices.Sort(azs)
	if len(azs) == 0 {
		return errors.New("no availability zone")
	}
	var subnets []string
	for s := range 2 {
		sn, err := cl.CreateSubnet(ctx, &ec2.CreateSubnetInput{VpcId: aws.String(vpcID), CidrBlock: aws.String(fmt.Sprintf("10.%d.%d.0/20", 20+idx, s*16)),
			AvailabilityZone: aws.String(azs[s%len(azs)]), TagSpecifications: nameTag(ec2types.ResourceTypeSubnet, fmt.Sprintf("%s-subnet-%d", prefix, s+1))})
		if err != nil {
			return err
		}
		subnets = append(subnets, aws.ToString(sn.Subnet.SubnetId))
	}
	e.SubnetIDs = append(e.SubnetIDs, subnets...)
	sg, err := cl.CreateSecurityGroup(ctx, &ec2.CreateSecurityGroupInput{GroupName: aws.String(prefix + "-web"), Description: aws.String("web tier"), VpcId: aws.String(vpcID)})
	if err != nil {
		return err
	}
	sgID := aws.ToString(sg.GroupId)
	e.SecurityGroupIDs = append(e.SecurityGroupIDs, sgID)
	_, err = cl.AuthorizeSecurityGroupIngress(ctx, &ec2.AuthorizeSecurityGroupIngressInput{GroupId: aws.String(sgID), IpPermissions: []ec2types.IpPermission{
		{IpProtocol: aws.String("tcp"), FromPort: aws.Int32(22), ToPort: aws.Int32(22), IpRanges: []ec2types.IpRange{{CidrIp: aws.String("0.0.0.0/0")}}},
		{IpProtocol: aws.String("tcp"), FromPort: aws.Int32(443), ToPort: aws.Int32(443), IpRanges: []ec2types.IpRange{{CidrIp: aws.String("0.0.0.0/0")}}},
	}})
	if err != nil {
		return err
	}
	ami, err := anyImage(ctx, cl)
	if err != nil {
		return err
	}
	types := []ec2types.InstanceType{ec2types.InstanceTypeT3Micro, ec2types.InstanceTypeM5Large, ec2types.InstanceTypeC5Xlarge}
	for launched, batch := 0, 0; launched < count; batch++ {
		n := min(count-launched, batchSize)
		tokens := ec2types.HttpTokensStateOptional
		if batch%2 == 1 {
			tokens = ec2types.HttpTokensStateRequired
		}
		out, err := cl.RunInstances(ctx, &ec2.RunInstancesInput{
			ImageId: aws.String(ami), MinCount: aws.Int32(int32(n)), MaxCount: aws.Int32(int32(n)),
			InstanceType: types[batch%len(types)], SubnetId: aws.String(subnets[batch%2]), SecurityGroupIds: []string{sgID},
			MetadataOptions:   &ec2types.InstanceMetadataOptionsRequest{HttpTokens: tokens},
			TagSpecifications: nameTag(ec2types.ResourceTypeInstance, fmt.Sprintf("%s-app-%03d", prefix, batch+1)),
		})
		if err != nil {
			return err
		}
		for _, in := range out.Instances {
			e.InstanceIDs = append(e.InstanceIDs, aws.ToString(in.InstanceId))
			e.PrivateIPs = append(e.PrivateIPs, aws.ToString(in.PrivateIpAddress))
			e.PublicIPs = append(e.PublicIPs, aws.ToString(in.PublicIpAddress))
			e.PrivateDNSNames = append(e.PrivateDNSNames, aws.ToString(in.PrivateDnsName))
		}
		launched += len(out.Instances)
		if len(out.Instances) == 0 {
			return errors.New("RunInstances launched nothing")
		}
	}
	return nil
}

// anyImage returns an AMI the emulator knows in the client's region.
func anyImage(ctx context.Context, cl *ec2.Client) (string, error) {
	out, err := cl.DescribeImages(ctx, &ec2.DescribeImagesInput{Owners: []string{"amazon"}})
	if err != nil {
		return "", err
	}
	if len(out.Images) == 0 {
		return "ami-12c6146b", nil
	}
	ids := make([]string, 0, len(out.Images))
	for _, im := range out.Images {
		ids = append(ids, aws.ToString(im.ImageId))
	}
	slices.Sort(ids)
	return ids[0], nil
}

func seedBuckets(ctx context.Context, cfg aws.Config, region string, count int, prefix string, e *Estate) error {
	cl := s3.NewFromConfig(cfg, func(o *s3.Options) { o.Region = region; o.UsePathStyle = true })
	for i := range count {
		name := fmt.Sprintf("%s-%s-data-%02d", prefix, region, i+1)
		in := &s3.CreateBucketInput{Bucket: aws.String(name)}
		if region != "us-east-1" {
			in.CreateBucketConfiguration = &s3types.CreateBucketConfiguration{LocationConstraint: s3types.BucketLocationConstraint(region)}
		}
		if _, err := cl.CreateBucket(ctx, in); err != nil && !exists(err, "BucketAlreadyOwnedByYou") {
			return err
		}
		e.BucketNames = append(e.BucketNames, name)
		if i%2 == 0 {
			if _, err := cl.PutBucketVersioning(ctx, &s3.PutBucketVersioningInput{Bucket: aws.String(name),
				VersioningConfiguration: &s3types.VersioningConfiguration{Status: s3types.BucketVersioningStatusEnabled}}); err != nil {
				return err
			}
			if _, err := cl.PutBucketEncryption(ctx, &s3.PutBucketEncryptionInput{Bucket: aws.String(name),
				ServerSideEncryptionConfiguration: &s3types.ServerSideEncryptionConfiguration{Rules: []s3types.ServerSideEncryptionRule{
					{ApplyServerSideEncryptionByDefault: &s3types.ServerSideEncryptionByDefault{SSEAlgorithm: s3types.ServerSideEncryptionAwsKms}}}}}); err != nil {
				return err
			}
			if _, err := cl.PutPublicAccessBlock(ctx, &s3.PutPublicAccessBlockInput{Bucket: aws.String(name),
				PublicAccessBlockConfiguration: &s3types.PublicAccessBlockConfiguration{BlockPublicAcls: aws.Bool(true), IgnorePublicAcls: aws.Bool(true),
					BlockPublicPolicy: aws.Bool(true), RestrictPublicBuckets: aws.Bool(true)}}); err != nil {
				return err
			}
		}
	}
	return nil
}

func seedDBs(ctx context.Context, cfg aws.Config, region string, count int, prefix string, e *Estate) error {
	cl := rds.NewFromConfig(cfg, func(o *rds.Options) { o.Region = region })
	for i := range count {
		id := fmt.Sprintf("%s-db-%02d", prefix, i+1)
		out, err := cl.CreateDBInstance(ctx, &rds.CreateDBInstanceInput{
			DBInstanceIdentifier: aws.String(id), Engine: aws.String("postgres"), EngineVersion: aws.String("16.3"),
			DBInstanceClass: aws.String("db.t3.medium"), AllocatedStorage: aws.Int32(50),
			MasterUsername: aws.String("dbadmin"), MasterUserPassword: aws.String("demo-password-not-secret"),
			MultiAZ: aws.Bool(i%2 == 0), StorageEncrypted: aws.Bool(i%2 == 0), PubliclyAccessible: aws.Bool(i%2 == 1),
			BackupRetentionPeriod: aws.Int32(int32(7 * (i % 2))),
		})
		var db *rdstypes.DBInstance
		switch {
		case err == nil:
			db = out.DBInstance
		case exists(err, "DBInstanceAlreadyExists"):
			got, gerr := cl.DescribeDBInstances(ctx, &rds.DescribeDBInstancesInput{DBInstanceIdentifier: aws.String(id)})
			if gerr != nil {
				return gerr
			}
			if len(got.DBInstances) > 0 {
				db = &got.DBInstances[0]
			}
		default:
			return err
		}
		e.DBInstanceIDs = append(e.DBInstanceIDs, id)
		if db != nil && db.Endpoint != nil {
			e.DBEndpoints = append(e.DBEndpoints, aws.ToString(db.Endpoint.Address))
		}
	}
	return nil
}

func handlerZip() ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create("index.py")
	if err != nil {
		return nil, err
	}
	if _, err := w.Write([]byte("def handler(event, context):\n    return {'ok': True}\n")); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func seedFunctions(ctx context.Context, cfg aws.Config, region string, count int, prefix string, e *Estate) error {
	if count == 0 {
		return nil
	}
	code, err := handlerZip()
	if err != nil {
		return err
	}
	cl := lambda.NewFromConfig(cfg, func(o *lambda.Options) { o.Region = region })
	for i := range count {
		name := fmt.Sprintf("%s-%s-fn-%02d", prefix, region, i+1)
		out, err := cl.CreateFunction(ctx, &lambda.CreateFunctionInput{
			FunctionName: aws.String(name), Role: aws.String(e.RoleARNs[0]), Runtime: lambdatypes.RuntimePython312,
			Handler: aws.String("index.handler"), Code: &lambdatypes.FunctionCode{ZipFile: code},
			MemorySize: aws.Int32(int32(128 << (i % 3))), Timeout: aws.Int32(30),
		})
		var arn string
		switch {
		case err == nil:
			arn = aws.ToString(out.FunctionArn)
		case exists(err, "ResourceConflictException"):
			got, gerr := cl.GetFunction(ctx, &lambda.GetFunctionInput{FunctionName: aws.String(name)})
			if gerr != nil {
				return gerr
			}
			arn = aws.ToString(got.Configuration.FunctionArn)
		default:
			return err
		}
		e.FunctionNames = append(e.FunctionNames, name)
		e.FunctionARNs = append(e.FunctionARNs, arn)
	}
	return nil
}

// exists reports whether err is AWS saying the resource is already there,
// which a retried create (or a second seed with the same prefix) meets.
func exists(err error, codes ...string) bool {
	var ae smithy.APIError
	return errors.As(err, &ae) && slices.Contains(codes, ae.ErrorCode())
}

package awsinv

import (
	"context"
	"encoding/json"
	"errors"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	ec2types "github.com/aws/aws-sdk-go-v2/service/ec2/types"
	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/aws/aws-sdk-go-v2/service/rds"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/smithy-go"

	"github.com/aws-masker/aws-masker/backend/internal/inventory"
)

func tags(in []ec2types.Tag) []inventory.Tag {
	if len(in) == 0 {
		return nil
	}
	out := make([]inventory.Tag, 0, len(in))
	for _, t := range in {
		out = append(out, inventory.Tag{Key: aws.ToString(t.Key), Value: aws.ToString(t.Value)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

func (c *Collector) collectInstances(ctx context.Context, acc *accumulator, region string) error {
	p := ec2.NewDescribeInstancesPaginator(c.Clients.EC2(region), &ec2.DescribeInstancesInput{MaxResults: c.pageSize(5, 1000)})
	var out []inventory.Instance
	for p.HasMorePages() {
		pg, err := page(ctx, c, func(ctx context.Context) (*ec2.DescribeInstancesOutput, error) { return p.NextPage(ctx) })
		if err != nil {
			return err
		}
		for _, r := range pg.Reservations {
			for _, i := range r.Instances {
				out = append(out, instance(region, i))
			}
		}
	}
	acc.add(func(inv *inventory.Inventory) { inv.Instances = append(inv.Instances, out...) })
	return nil
}

func instance(region string, i ec2types.Instance) inventory.Instance {
	in := inventory.Instance{
		ID:         aws.ToString(i.InstanceId),
		Region:     region,
		Type:       string(i.InstanceType),
		ImageID:    aws.ToString(i.ImageId),
		VPCID:      aws.ToString(i.VpcId),
		SubnetID:   aws.ToString(i.SubnetId),
		PrivateIP:  aws.ToString(i.PrivateIpAddress),
		PublicIP:   aws.ToString(i.PublicIpAddress),
		PrivateDNS: aws.ToString(i.PrivateDnsName),
		PublicDNS:  aws.ToString(i.PublicDnsName),
		KeyName:    aws.ToString(i.KeyName),
		Platform:   aws.ToString(i.PlatformDetails),
		Tags:       tags(i.Tags),
		LaunchTime: i.LaunchTime,
	}
	if i.State != nil {
		in.State = string(i.State.Name)
	}
	if i.Placement != nil {
		in.Zone = aws.ToString(i.Placement.AvailabilityZone)
	}
	for _, g := range i.SecurityGroups {
		in.SecurityGroups = append(in.SecurityGroups, aws.ToString(g.GroupId))
	}
	if i.IamInstanceProfile != nil {
		in.InstanceProfile = aws.ToString(i.IamInstanceProfile.Arn)
	}
	if i.MetadataOptions != nil {
		in.IMDSv2 = string(i.MetadataOptions.HttpTokens)
	}
	if i.Monitoring != nil {
		in.MonitoringDetail = i.Monitoring.State == ec2types.MonitoringStateEnabled
	}
	return in
}

func (c *Collector) collectSecurityGroups(ctx context.Context, acc *accumulator, region string) error {
	p := ec2.NewDescribeSecurityGroupsPaginator(c.Clients.EC2(region), &ec2.DescribeSecurityGroupsInput{MaxResults: c.pageSize(5, 1000)})
	var out []inventory.SecurityGroup
	for p.HasMorePages() {
		pg, err := page(ctx, c, func(ctx context.Context) (*ec2.DescribeSecurityGroupsOutput, error) { return p.NextPage(ctx) })
		if err != nil {
			return err
		}
		for _, g := range pg.SecurityGroups {
			out = append(out, inventory.SecurityGroup{
				ID:          aws.ToString(g.GroupId),
				Region:      region,
				Name:        aws.ToString(g.GroupName),
				Description: aws.ToString(g.Description),
				VPCID:       aws.ToString(g.VpcId),
				Ingress:     rules(g.IpPermissions),
				Egress:      rules(g.IpPermissionsEgress),
			})
		}
	}
	acc.add(func(inv *inventory.Inventory) { inv.SecurityGroups = append(inv.SecurityGroups, out...) })
	return nil
}

func rules(perms []ec2types.IpPermission) []inventory.SGRule {
	var out []inventory.SGRule
	for _, p := range perms {
		r := inventory.SGRule{Protocol: aws.ToString(p.IpProtocol), FromPort: aws.ToInt32(p.FromPort), ToPort: aws.ToInt32(p.ToPort)}
		for _, x := range p.IpRanges {
			r.Sources = append(r.Sources, aws.ToString(x.CidrIp))
		}
		for _, x := range p.Ipv6Ranges {
			r.Sources = append(r.Sources, aws.ToString(x.CidrIpv6))
		}
		for _, x := range p.PrefixListIds {
			r.Sources = append(r.Sources, aws.ToString(x.PrefixListId))
		}
		for _, x := range p.UserIdGroupPairs {
			r.Sources = append(r.Sources, aws.ToString(x.GroupId))
		}
		out = append(out, r)
	}
	return out
}

func (c *Collector) collectVPCs(ctx context.Context, acc *accumulator, region string) error {
	p := ec2.NewDescribeVpcsPaginator(c.Clients.EC2(region), &ec2.DescribeVpcsInput{MaxResults: c.pageSize(5, 1000)})
	var out []inventory.VPC
	for p.HasMorePages() {
		pg, err := page(ctx, c, func(ctx context.Context) (*ec2.DescribeVpcsOutput, error) { return p.NextPage(ctx) })
		if err != nil {
			return err
		}
		for _, v := range pg.Vpcs {
			out = append(out, inventory.VPC{
				ID: aws.ToString(v.VpcId), Region: region, CIDR: aws.ToString(v.CidrBlock),
				IsDefault: aws.ToBool(v.IsDefault), State: string(v.State), Tags: tags(v.Tags),
			})
		}
	}
	acc.add(func(inv *inventory.Inventory) { inv.VPCs = append(inv.VPCs, out...) })
	return nil
}

func (c *Collector) collectSubnets(ctx context.Context, acc *accumulator, region string) error {
	p := ec2.NewDescribeSubnetsPaginator(c.Clients.EC2(region), &ec2.DescribeSubnetsInput{MaxResults: c.pageSize(5, 1000)})
	var out []inventory.Subnet
	for p.HasMorePages() {
		pg, err := page(ctx, c, func(ctx context.Context) (*ec2.DescribeSubnetsOutput, error) { return p.NextPage(ctx) })
		if err != nil {
			return err
		}
		for _, s := range pg.Subnets {
			out = append(out, inventory.Subnet{
				ID: aws.ToString(s.SubnetId), Region: region, VPCID: aws.ToString(s.VpcId),
				CIDR: aws.ToString(s.CidrBlock), Zone: aws.ToString(s.AvailabilityZone),
				MapPublicIP: aws.ToBool(s.MapPublicIpOnLaunch), AvailableAddress: aws.ToInt32(s.AvailableIpAddressCount),
				Tags: tags(s.Tags),
			})
		}
	}
	acc.add(func(inv *inventory.Inventory) { inv.Subnets = append(inv.Subnets, out...) })
	return nil
}

// notConfigured reports whether err is S3's way of saying a setting is absent.
func notConfigured(err error, codes ...string) bool {
	var ae smithy.APIError
	if !errors.As(err, &ae) {
		return false
	}
	for _, c := range codes {
		if ae.ErrorCode() == c {
			return true
		}
	}
	return false
}

func (c *Collector) collectBuckets(ctx context.Context, acc *accumulator) error {
	home := c.Clients.S3(c.homeRegion())
	p := s3.NewListBucketsPaginator(home, &s3.ListBucketsInput{MaxBuckets: c.pageSize(1, 1000)})
	var buckets []inventory.Bucket
	for p.HasMorePages() {
		pg, err := page(ctx, c, func(ctx context.Context) (*s3.ListBucketsOutput, error) { return p.NextPage(ctx) })
		if err != nil {
			return err
		}
		for _, b := range pg.Buckets {
			buckets = append(buckets, inventory.Bucket{Name: aws.ToString(b.Name), Region: aws.ToString(b.BucketRegion), Created: b.CreationDate})
		}
	}
	c.forEach(ctx, len(buckets), func(ctx context.Context, i int) { c.bucketDetails(ctx, acc, home, &buckets[i]) })
	acc.add(func(inv *inventory.Inventory) { inv.Buckets = append(inv.Buckets, buckets...) })
	return nil
}

// bucketDetails reads a bucket's region and security settings. A setting
// that cannot be read is listed in Bucket.DetailsUnavailableOf and warned about.
func (c *Collector) bucketDetails(ctx context.Context, acc *accumulator, home S3API, b *inventory.Bucket) {
	name := aws.String(b.Name)
	fail := func(setting string, err error) {
		b.DetailsUnavailableOf = append(b.DetailsUnavailableOf, setting)
		c.warnErr(acc, string(inventory.ServiceS3), RegionGlobal, err)
	}
	if b.Region == "" {
		loc, err := page(ctx, c, func(ctx context.Context) (*s3.GetBucketLocationOutput, error) {
			return home.GetBucketLocation(ctx, &s3.GetBucketLocationInput{Bucket: name})
		})
		if err != nil {
			fail("region", err)
		} else {
			b.Region = string(loc.LocationConstraint)
			if b.Region == "" {
				b.Region = "us-east-1"
			}
		}
	}
	cl := home
	if b.Region != "" && b.Region != c.homeRegion() {
		cl = c.Clients.S3(b.Region)
	}
	pab, err := page(ctx, c, func(ctx context.Context) (*s3.GetPublicAccessBlockOutput, error) {
		return cl.GetPublicAccessBlock(ctx, &s3.GetPublicAccessBlockInput{Bucket: name})
	})
	switch {
	case err == nil && pab.PublicAccessBlockConfiguration != nil:
		x := pab.PublicAccessBlockConfiguration
		b.PublicAccessBlock = &inventory.PAB{
			BlockPublicACLs: aws.ToBool(x.BlockPublicAcls), IgnorePublicACLs: aws.ToBool(x.IgnorePublicAcls),
			BlockPublicPolicy: aws.ToBool(x.BlockPublicPolicy), RestrictPublicBuckets: aws.ToBool(x.RestrictPublicBuckets),
		}
	case err == nil || notConfigured(err, "NoSuchPublicAccessBlockConfiguration"):
		b.PublicAccessBlock = &inventory.PAB{}
	default:
		fail("publicAccessBlock", err)
	}
	enc, err := page(ctx, c, func(ctx context.Context) (*s3.GetBucketEncryptionOutput, error) {
		return cl.GetBucketEncryption(ctx, &s3.GetBucketEncryptionInput{Bucket: name})
	})
	switch {
	case err == nil:
		b.Encryption = "none"
		if enc.ServerSideEncryptionConfiguration != nil {
			for _, r := range enc.ServerSideEncryptionConfiguration.Rules {
				if r.ApplyServerSideEncryptionByDefault != nil {
					b.Encryption = string(r.ApplyServerSideEncryptionByDefault.SSEAlgorithm)
				}
			}
		}
	case notConfigured(err, "ServerSideEncryptionConfigurationNotFoundError"):
		b.Encryption = "none"
	default:
		fail("encryption", err)
	}
	ver, err := page(ctx, c, func(ctx context.Context) (*s3.GetBucketVersioningOutput, error) {
		return cl.GetBucketVersioning(ctx, &s3.GetBucketVersioningInput{Bucket: name})
	})
	if err != nil {
		fail("versioning", err)
	} else {
		b.Versioning = string(ver.Status)
		if b.Versioning == "" {
			b.Versioning = "Disabled"
		}
	}
	ps, err := page(ctx, c, func(ctx context.Context) (*s3.GetBucketPolicyStatusOutput, error) {
		return cl.GetBucketPolicyStatus(ctx, &s3.GetBucketPolicyStatusInput{Bucket: name})
	})
	switch {
	case err == nil && ps.PolicyStatus != nil:
		b.PolicyIsPublic = aws.Bool(aws.ToBool(ps.PolicyStatus.IsPublic))
	case err == nil || notConfigured(err, "NoSuchBucketPolicy"):
		b.PolicyIsPublic = aws.Bool(false)
	default:
		fail("policyStatus", err)
	}
}

func (c *Collector) collectDBInstances(ctx context.Context, acc *accumulator, region string) error {
	p := rds.NewDescribeDBInstancesPaginator(c.Clients.RDS(region), &rds.DescribeDBInstancesInput{MaxRecords: c.pageSize(20, 100)})
	var out []inventory.DBInstance
	for p.HasMorePages() {
		pg, err := page(ctx, c, func(ctx context.Context) (*rds.DescribeDBInstancesOutput, error) { return p.NextPage(ctx) })
		if err != nil {
			return err
		}
		for _, d := range pg.DBInstances {
			db := inventory.DBInstance{
				ID: aws.ToString(d.DBInstanceIdentifier), Region: region, Engine: aws.ToString(d.Engine),
				EngineVersion: aws.ToString(d.EngineVersion), Class: aws.ToString(d.DBInstanceClass),
				Status: aws.ToString(d.DBInstanceStatus), MultiAZ: aws.ToBool(d.MultiAZ),
				StorageEncrypted: aws.ToBool(d.StorageEncrypted), PubliclyAccessible: aws.ToBool(d.PubliclyAccessible),
				BackupRetention: aws.ToInt32(d.BackupRetentionPeriod), ClusterID: aws.ToString(d.DBClusterIdentifier),
				AllocatedStorageGB: aws.ToInt32(d.AllocatedStorage), DeletionProtection: aws.ToBool(d.DeletionProtection),
			}
			if d.Endpoint != nil {
				db.Endpoint, db.Port = aws.ToString(d.Endpoint.Address), aws.ToInt32(d.Endpoint.Port)
			}
			if d.DBSubnetGroup != nil {
				db.VPCID = aws.ToString(d.DBSubnetGroup.VpcId)
			}
			out = append(out, db)
		}
	}
	acc.add(func(inv *inventory.Inventory) { inv.DBInstances = append(inv.DBInstances, out...) })
	return nil
}

func (c *Collector) collectDBClusters(ctx context.Context, acc *accumulator, region string) error {
	p := rds.NewDescribeDBClustersPaginator(c.Clients.RDS(region), &rds.DescribeDBClustersInput{MaxRecords: c.pageSize(20, 100)})
	var out []inventory.DBCluster
	for p.HasMorePages() {
		pg, err := page(ctx, c, func(ctx context.Context) (*rds.DescribeDBClustersOutput, error) { return p.NextPage(ctx) })
		if err != nil {
			return err
		}
		for _, d := range pg.DBClusters {
			out = append(out, inventory.DBCluster{
				ID: aws.ToString(d.DBClusterIdentifier), Region: region, Engine: aws.ToString(d.Engine),
				EngineVersion: aws.ToString(d.EngineVersion), Status: aws.ToString(d.Status),
				MultiAZ: aws.ToBool(d.MultiAZ), StorageEncrypted: aws.ToBool(d.StorageEncrypted),
				BackupRetention: aws.ToInt32(d.BackupRetentionPeriod), Endpoint: aws.ToString(d.Endpoint),
				ReaderEndpoint: aws.ToString(d.ReaderEndpoint), Members: len(d.DBClusterMembers),
			})
		}
	}
	acc.add(func(inv *inventory.Inventory) { inv.DBClusters = append(inv.DBClusters, out...) })
	return nil
}

func daysSince(now time.Time, t *time.Time) int {
	if t == nil || t.IsZero() {
		return -1
	}
	return int(now.Sub(*t).Hours() / 24)
}

func (c *Collector) collectUsers(ctx context.Context, acc *accumulator) error {
	cl := c.Clients.IAM()
	p := iam.NewListUsersPaginator(cl, &iam.ListUsersInput{MaxItems: c.pageSize(1, 1000)})
	var users []inventory.User
	for p.HasMorePages() {
		pg, err := page(ctx, c, func(ctx context.Context) (*iam.ListUsersOutput, error) { return p.NextPage(ctx) })
		if err != nil {
			return err
		}
		for _, u := range pg.Users {
			users = append(users, inventory.User{Name: aws.ToString(u.UserName), ARN: aws.ToString(u.Arn), Created: u.CreateDate, PasswordLastUsed: u.PasswordLastUsed})
		}
	}
	now := c.now()
	c.forEach(ctx, len(users), func(ctx context.Context, i int) { c.userDetails(ctx, acc, cl, now, &users[i]) })
	acc.add(func(inv *inventory.Inventory) { inv.Users = append(inv.Users, users...) })
	return nil
}

func (c *Collector) userDetails(ctx context.Context, acc *accumulator, cl IAMAPI, now time.Time, u *inventory.User) {
	svc := string(inventory.ServiceIAM)
	name := aws.String(u.Name)
	mfa, err := page(ctx, c, func(ctx context.Context) (*iam.ListMFADevicesOutput, error) {
		return cl.ListMFADevices(ctx, &iam.ListMFADevicesInput{UserName: name})
	})
	if err != nil {
		c.warnErr(acc, svc, RegionGlobal, err)
	} else {
		u.MFAEnabled = aws.Bool(len(mfa.MFADevices) > 0)
	}
	keys, err := page(ctx, c, func(ctx context.Context) (*iam.ListAccessKeysOutput, error) {
		return cl.ListAccessKeys(ctx, &iam.ListAccessKeysInput{UserName: name})
	})
	if err != nil {
		c.warnErr(acc, svc, RegionGlobal, err)
		return
	}
	for _, k := range keys.AccessKeyMetadata {
		ak := inventory.AccessKey{Status: string(k.Status), AgeDays: daysSince(now, k.CreateDate), LastUsedDay: -1}
		lu, err := page(ctx, c, func(ctx context.Context) (*iam.GetAccessKeyLastUsedOutput, error) {
			return cl.GetAccessKeyLastUsed(ctx, &iam.GetAccessKeyLastUsedInput{AccessKeyId: k.AccessKeyId})
		})
		if err != nil {
			c.warnErr(acc, svc, RegionGlobal, err)
		} else if lu.AccessKeyLastUsed != nil {
			ak.LastUsedDay = daysSince(now, lu.AccessKeyLastUsed.LastUsedDate)
			if s := aws.ToString(lu.AccessKeyLastUsed.ServiceName); s != "N/A" {
				ak.LastService = s
			}
		}
		u.AccessKeys = append(u.AccessKeys, ak)
	}
}

func (c *Collector) collectRoles(ctx context.Context, acc *accumulator) error {
	p := iam.NewListRolesPaginator(c.Clients.IAM(), &iam.ListRolesInput{MaxItems: c.pageSize(1, 1000)})
	var out []inventory.Role
	for p.HasMorePages() {
		pg, err := page(ctx, c, func(ctx context.Context) (*iam.ListRolesOutput, error) { return p.NextPage(ctx) })
		if err != nil {
			return err
		}
		for _, r := range pg.Roles {
			out = append(out, inventory.Role{
				Name: aws.ToString(r.RoleName), ARN: aws.ToString(r.Arn), Path: aws.ToString(r.Path),
				Created: r.CreateDate, MaxSessionSeconds: aws.ToInt32(r.MaxSessionDuration),
				TrustedPrincipals: TrustedPrincipals(aws.ToString(r.AssumeRolePolicyDocument)),
			})
		}
	}
	acc.add(func(inv *inventory.Inventory) { inv.Roles = append(inv.Roles, out...) })
	return nil
}

// TrustedPrincipals returns the principals an assume-role policy document
// allows, as "Kind:value" strings sorted and without duplicates. IAM returns
// the document URL-encoded; plain JSON is accepted too. An unreadable
// document yields nil.
func TrustedPrincipals(doc string) []string {
	if doc == "" {
		return nil
	}
	if d, err := url.QueryUnescape(doc); err == nil {
		doc = d
	}
	var pol struct {
		Statement json.RawMessage
	}
	if json.Unmarshal([]byte(doc), &pol) != nil {
		return nil
	}
	type stmt struct {
		Effect    string
		Principal json.RawMessage
	}
	var stmts []stmt
	if json.Unmarshal(pol.Statement, &stmts) != nil {
		var one stmt
		if json.Unmarshal(pol.Statement, &one) != nil {
			return nil
		}
		stmts = []stmt{one}
	}
	seen := map[string]bool{}
	for _, s := range stmts {
		if !strings.EqualFold(s.Effect, "Allow") {
			continue
		}
		var star string
		if json.Unmarshal(s.Principal, &star) == nil {
			seen["*:"+star] = true
			continue
		}
		var m map[string]json.RawMessage
		if json.Unmarshal(s.Principal, &m) != nil {
			continue
		}
		for kind, v := range m {
			var one string
			var many []string
			if json.Unmarshal(v, &one) == nil {
				many = []string{one}
			} else if json.Unmarshal(v, &many) != nil {
				continue
			}
			for _, p := range many {
				seen[kind+":"+p] = true
			}
		}
	}
	out := make([]string, 0, len(seen))
	for k := range seen {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (c *Collector) collectFunctions(ctx context.Context, acc *accumulator, region string) error {
	p := lambda.NewListFunctionsPaginator(c.Clients.Lambda(region), &lambda.ListFunctionsInput{MaxItems: c.pageSize(1, 50)})
	var out []inventory.Function
	for p.HasMorePages() {
		pg, err := page(ctx, c, func(ctx context.Context) (*lambda.ListFunctionsOutput, error) { return p.NextPage(ctx) })
		if err != nil {
			return err
		}
		for _, f := range pg.Functions {
			fn := inventory.Function{
				Name: aws.ToString(f.FunctionName), Region: region, Runtime: string(f.Runtime),
				MemoryMB: aws.ToInt32(f.MemorySize), TimeoutSeconds: aws.ToInt32(f.Timeout), Role: aws.ToString(f.Role),
				PackageType: string(f.PackageType), LastModified: aws.ToString(f.LastModified),
			}
			for _, a := range f.Architectures {
				fn.Architectures = append(fn.Architectures, string(a))
			}
			if f.VpcConfig != nil {
				fn.VPCID = aws.ToString(f.VpcConfig.VpcId)
				fn.Subnets = f.VpcConfig.SubnetIds
				fn.SecurityGroups = f.VpcConfig.SecurityGroupIds
			}
			out = append(out, fn)
		}
	}
	acc.add(func(inv *inventory.Inventory) { inv.Functions = append(inv.Functions, out...) })
	return nil
}

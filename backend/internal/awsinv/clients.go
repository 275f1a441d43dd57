package awsinv

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/aws/aws-sdk-go-v2/service/rds"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// EC2API is the part of the EC2 client the collector uses.
type EC2API interface {
	ec2.DescribeInstancesAPIClient
	ec2.DescribeSecurityGroupsAPIClient
	ec2.DescribeVpcsAPIClient
	ec2.DescribeSubnetsAPIClient
}

// S3API is the part of the S3 client the collector uses.
type S3API interface {
	s3.ListBucketsAPIClient
	GetBucketLocation(ctx context.Context, in *s3.GetBucketLocationInput, opts ...func(*s3.Options)) (*s3.GetBucketLocationOutput, error)
	GetPublicAccessBlock(ctx context.Context, in *s3.GetPublicAccessBlockInput, opts ...func(*s3.Options)) (*s3.GetPublicAccessBlockOutput, error)
	GetBucketEncryption(ctx context.Context, in *s3.GetBucketEncryptionInput, opts ...func(*s3.Options)) (*s3.GetBucketEncryptionOutput, error)
	GetBucketVersioning(ctx context.Context, in *s3.GetBucketVersioningInput, opts ...func(*s3.Options)) (*s3.GetBucketVersioningOutput, error)
	GetBucketPolicyStatus(ctx context.Context, in *s3.GetBucketPolicyStatusInput, opts ...func(*s3.Options)) (*s3.GetBucketPolicyStatusOutput, error)
}

// RDSAPI is the part of the RDS client the collector uses.
type RDSAPI interface {
	rds.DescribeDBInstancesAPIClient
	rds.DescribeDBClustersAPIClient
}

// IAMAPI is the part of the IAM client the collector uses.
type IAMAPI interface {
	iam.ListUsersAPIClient
	iam.ListRolesAPIClient
	iam.ListMFADevicesAPIClient
	iam.ListAccessKeysAPIClient
	GetAccessKeyLastUsed(ctx context.Context, in *iam.GetAccessKeyLastUsedInput, opts ...func(*iam.Options)) (*iam.GetAccessKeyLastUsedOutput, error)
}

// LambdaAPI is the part of the Lambda client the collector uses.
type LambdaAPI interface {
	lambda.ListFunctionsAPIClient
}

// Clients builds service clients per region. SDKClients is the production
// implementation; tests substitute fakes.
type Clients interface {
	EC2(region string) EC2API
	S3(region string) S3API
	RDS(region string) RDSAPI
	IAM() IAMAPI
	Lambda(region string) LambdaAPI
}

// SDKClients builds aws-sdk-go-v2 clients from one aws.Config (standard
// credential chain, AWS_ENDPOINT_URL and friends already applied by
// config.LoadDefaultConfig).
type SDKClients struct {
	Config aws.Config
}

var _ Clients = SDKClients{}

// EC2 returns an EC2 client for region.
func (c SDKClients) EC2(region string) EC2API {
	return ec2.NewFromConfig(c.Config, func(o *ec2.Options) { o.Region = region })
}

// S3 returns an S3 client for region. Path-style addressing keeps bucket
// names out of host names, which emulators and custom endpoints need.
func (c SDKClients) S3(region string) S3API {
	return s3.NewFromConfig(c.Config, func(o *s3.Options) {
		o.Region = region
		o.UsePathStyle = true
	})
}

// RDS returns an RDS client for region.
func (c SDKClients) RDS(region string) RDSAPI {
	return rds.NewFromConfig(c.Config, func(o *rds.Options) { o.Region = region })
}

// IAM returns the IAM client (a global service).
func (c SDKClients) IAM() IAMAPI { return iam.NewFromConfig(c.Config) }

// Lambda returns a Lambda client for region.
func (c SDKClients) Lambda(region string) LambdaAPI {
	return lambda.NewFromConfig(c.Config, func(o *lambda.Options) { o.Region = region })
}

package httpapi_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
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
	"go.uber.org/zap"

	"github.com/aws-masker/aws-masker/backend/internal/awsinv"
	"github.com/aws-masker/aws-masker/backend/internal/claude"
	"github.com/aws-masker/aws-masker/backend/internal/config"
	"github.com/aws-masker/aws-masker/backend/internal/httpapi"
)

// zeroLatency serves an estate of a given size per region from memory,
// through the real collector's paginators and mapping.
type zeroLatency struct{ n int }

func page(token *string, size, n int) (int, int, *string) {
	from := 0
	if token != nil {
		from, _ = strconv.Atoi(*token)
	}
	to := min(from+size, n)
	if to < n {
		return from, to, aws.String(strconv.Itoa(to))
	}
	return from, to, nil
}

func (z zeroLatency) share(pct int) int { return z.n * pct / 100 }

func (z zeroLatency) DescribeInstances(_ context.Context, in *ec2.DescribeInstancesInput, _ ...func(*ec2.Options)) (*ec2.DescribeInstancesOutput, error) {
	from, to, next := page(in.NextToken, 1000, z.share(60))
	res := ec2types.Reservation{Instances: make([]ec2types.Instance, 0, to-from)}
	launch := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := from; i < to; i++ {
		res.Instances = append(res.Instances, ec2types.Instance{
			InstanceId: aws.String(fmt.Sprintf("i-%017x", i)), InstanceType: ec2types.InstanceTypeM5Large,
			State:     &ec2types.InstanceState{Name: ec2types.InstanceStateNameRunning},
			Placement: &ec2types.Placement{AvailabilityZone: aws.String("us-east-1a")}, ImageId: aws.String("ami-0abcdef1234567890"),
			VpcId: aws.String("vpc-0a1b2c3d4e5f67890"), SubnetId: aws.String("subnet-0a1b2c3d4e5f67890"),
			PrivateIpAddress: aws.String(fmt.Sprintf("10.%d.%d.%d", i>>16&255, i>>8&255, i&255)),
			PrivateDnsName:   aws.String(fmt.Sprintf("ip-10-0-%d-%d.ec2.internal", i>>8&255, i&255)),
			SecurityGroups:   []ec2types.GroupIdentifier{{GroupId: aws.String("sg-0a1b2c3d4e5f67890")}},
			MetadataOptions:  &ec2types.InstanceMetadataOptionsResponse{HttpTokens: ec2types.HttpTokensStateOptional},
			Tags:             []ec2types.Tag{{Key: aws.String("Name"), Value: aws.String(fmt.Sprintf("web-%d", i))}, {Key: aws.String("env"), Value: aws.String("prod")}},
			LaunchTime:       &launch,
		})
	}
	return &ec2.DescribeInstancesOutput{Reservations: []ec2types.Reservation{res}, NextToken: next}, nil
}

func (z zeroLatency) DescribeSecurityGroups(_ context.Context, in *ec2.DescribeSecurityGroupsInput, _ ...func(*ec2.Options)) (*ec2.DescribeSecurityGroupsOutput, error) {
	from, to, next := page(in.NextToken, 1000, z.share(10))
	out := &ec2.DescribeSecurityGroupsOutput{NextToken: next}
	for i := from; i < to; i++ {
		out.SecurityGroups = append(out.SecurityGroups, ec2types.SecurityGroup{GroupId: aws.String(fmt.Sprintf("sg-%017x", i)), GroupName: aws.String("web"),
			IpPermissions: []ec2types.IpPermission{{IpProtocol: aws.String("tcp"), FromPort: aws.Int32(443), ToPort: aws.Int32(443), IpRanges: []ec2types.IpRange{{CidrIp: aws.String("0.0.0.0/0")}}}}})
	}
	return out, nil
}

func (z zeroLatency) DescribeVpcs(context.Context, *ec2.DescribeVpcsInput, ...func(*ec2.Options)) (*ec2.DescribeVpcsOutput, error) {
	return &ec2.DescribeVpcsOutput{Vpcs: []ec2types.Vpc{{VpcId: aws.String("vpc-0a1b2c3d4e5f67890"), CidrBlock: aws.String("10.0.0.0/16")}}}, nil
}

func (z zeroLatency) DescribeSubnets(_ context.Context, in *ec2.DescribeSubnetsInput, _ ...func(*ec2.Options)) (*ec2.DescribeSubnetsOutput, error) {
	from, to, next := page(in.NextToken, 1000, z.share(5))
	out := &ec2.DescribeSubnetsOutput{NextToken: next}
	for i := from; i < to; i++ {
		out.Subnets = append(out.Subnets, ec2types.Subnet{SubnetId: aws.String(fmt.Sprintf("subnet-%017x", i)), VpcId: aws.String("vpc-0a1b2c3d4e5f67890"), CidrBlock: aws.String("10.0.1.0/24")})
	}
	return out, nil
}

func (z zeroLatency) ListBuckets(_ context.Context, in *s3.ListBucketsInput, _ ...func(*s3.Options)) (*s3.ListBucketsOutput, error) {
	from, to, next := page(in.ContinuationToken, 1000, z.share(5))
	out := &s3.ListBucketsOutput{ContinuationToken: next}
	for i := from; i < to; i++ {
		out.Buckets = append(out.Buckets, s3types.Bucket{Name: aws.String(fmt.Sprintf("acme-data-%06d", i)), BucketRegion: aws.String("us-east-1")})
	}
	return out, nil
}

func (zeroLatency) GetBucketLocation(context.Context, *s3.GetBucketLocationInput, ...func(*s3.Options)) (*s3.GetBucketLocationOutput, error) {
	return &s3.GetBucketLocationOutput{}, nil
}

func (zeroLatency) GetPublicAccessBlock(context.Context, *s3.GetPublicAccessBlockInput, ...func(*s3.Options)) (*s3.GetPublicAccessBlockOutput, error) {
	return &s3.GetPublicAccessBlockOutput{PublicAccessBlockConfiguration: &s3types.PublicAccessBlockConfiguration{BlockPublicAcls: aws.Bool(true)}}, nil
}

func (zeroLatency) GetBucketEncryption(context.Context, *s3.GetBucketEncryptionInput, ...func(*s3.Options)) (*s3.GetBucketEncryptionOutput, error) {
	return &s3.GetBucketEncryptionOutput{}, nil
}

func (zeroLatency) GetBucketVersioning(context.Context, *s3.GetBucketVersioningInput, ...func(*s3.Options)) (*s3.GetBucketVersioningOutput, error) {
	return &s3.GetBucketVersioningOutput{Status: s3types.BucketVersioningStatusEnabled}, nil
}

func (zeroLatency) GetBucketPolicyStatus(context.Context, *s3.GetBucketPolicyStatusInput, ...func(*s3.Options)) (*s3.GetBucketPolicyStatusOutput, error) {
	return &s3.GetBucketPolicyStatusOutput{PolicyStatus: &s3types.PolicyStatus{IsPublic: aws.Bool(false)}}, nil
}

func (z zeroLatency) DescribeDBInstances(_ context.Context, in *rds.DescribeDBInstancesInput, _ ...func(*rds.Options)) (*rds.DescribeDBInstancesOutput, error) {
	from, to, next := page(in.Marker, 100, z.share(5))
	out := &rds.DescribeDBInstancesOutput{Marker: next}
	for i := from; i < to; i++ {
		out.DBInstances = append(out.DBInstances, rdstypes.DBInstance{DBInstanceIdentifier: aws.String(fmt.Sprintf("db-%06d", i)), Engine: aws.String("postgres"),
			Endpoint: &rdstypes.Endpoint{Address: aws.String(fmt.Sprintf("db-%06d.abc.us-east-1.rds.amazonaws.com", i)), Port: aws.Int32(5432)}})
	}
	return out, nil
}

func (zeroLatency) DescribeDBClusters(context.Context, *rds.DescribeDBClustersInput, ...func(*rds.Options)) (*rds.DescribeDBClustersOutput, error) {
	return &rds.DescribeDBClustersOutput{}, nil
}

func (z zeroLatency) ListUsers(_ context.Context, in *iam.ListUsersInput, _ ...func(*iam.Options)) (*iam.ListUsersOutput, error) {
	from, to, next := page(in.Marker, 1000, z.share(5))
	out := &iam.ListUsersOutput{Marker: next, IsTruncated: next != nil}
	for i := from; i < to; i++ {
		out.Users = append(out.Users, iamtypes.User{UserName: aws.String(fmt.Sprintf("user-%06d", i)), Arn: aws.String(fmt.Sprintf("arn:aws:iam::123456789012:user/user-%06d", i))})
	}
	return out, nil
}

func (z zeroLatency) ListRoles(_ context.Context, in *iam.ListRolesInput, _ ...func(*iam.Options)) (*iam.ListRolesOutput, error) {
	from, to, next := page(in.Marker, 1000, z.share(5))
	out := &iam.ListRolesOutput{Marker: next, IsTruncated: next != nil}
	for i := from; i < to; i++ {
		out.Roles = append(out.Roles, iamtypes.Role{RoleName: aws.String(fmt.Sprintf("role-%06d", i)),
			AssumeRolePolicyDocument: aws.String(`{"Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"}}]}`)})
	}
	return out, nil
}

func (zeroLatency) ListMFADevices(context.Context, *iam.ListMFADevicesInput, ...func(*iam.Options)) (*iam.ListMFADevicesOutput, error) {
	return &iam.ListMFADevicesOutput{}, nil
}

func (zeroLatency) ListAccessKeys(context.Context, *iam.ListAccessKeysInput, ...func(*iam.Options)) (*iam.ListAccessKeysOutput, error) {
	return &iam.ListAccessKeysOutput{AccessKeyMetadata: []iamtypes.AccessKeyMetadata{{AccessKeyId: aws.String("AKIAEXAMPLE"), Status: iamtypes.StatusTypeActive}}}, nil
}

func (zeroLatency) GetAccessKeyLastUsed(context.Context, *iam.GetAccessKeyLastUsedInput, ...func(*iam.Options)) (*iam.GetAccessKeyLastUsedOutput, error) {
	return &iam.GetAccessKeyLastUsedOutput{}, nil
}

func (z zeroLatency) ListFunctions(_ context.Context, in *lambda.ListFunctionsInput, _ ...func(*lambda.Options)) (*lambda.ListFunctionsOutput, error) {
	from, to, next := page(in.Marker, 50, z.share(10))
	out := &lambda.ListFunctionsOutput{NextMarker: next}
	for i := from; i < to; i++ {
		out.Functions = append(out.Functions, lambdatypes.FunctionConfiguration{FunctionName: aws.String(fmt.Sprintf("fn-%06d", i)), Runtime: lambdatypes.RuntimePython312,
			Role: aws.String("arn:aws:iam::123456789012:role/fn"), MemorySize: aws.Int32(512)})
	}
	return out, nil
}

// zeroClients serves n resources in total (n/2 per region for the regional services).
type zeroClients struct{ n int }

func (z zeroClients) EC2(string) awsinv.EC2API       { return zeroLatency{z.n / 2} }
func (z zeroClients) S3(string) awsinv.S3API         { return zeroLatency(z) }
func (z zeroClients) RDS(string) awsinv.RDSAPI       { return zeroLatency{z.n / 2} }
func (z zeroClients) IAM() awsinv.IAMAPI             { return zeroLatency(z) }
func (z zeroClients) Lambda(string) awsinv.LambdaAPI { return zeroLatency{z.n / 2} }

func benchHandler(b *testing.B, n int) http.Handler {
	b.Helper()
	cfg, err := config.Load(func(k string) string {
		return map[string]string{"BACKEND_API_KEYS": apiKey, "ANTHROPIC_API_KEY": "sk-ant-x"}[k]
	})
	if err != nil {
		b.Fatal(err)
	}
	return httpapi.NewHandler(httpapi.Deps{
		Config: cfg, Logger: zap.NewNop(),
		Collector: &awsinv.Collector{Clients: zeroClients{n}, Concurrency: cfg.CollectConcurrency},
		Claude: &fakeClaude{analyze: func(context.Context, claude.Request) (claude.Result, error) {
			return claude.Result{Text: "ok", Model: "m", StopReason: "end_turn"}, nil
		}},
		Gateway: &fakeGateway{}, DefaultRegions: []string{"us-east-1", "eu-west-1"},
	})
}

const benchBody = `{"options":{"regions":["us-east-1","eu-west-1"],"analysisType":"security"}}`

func serveOnce(b *testing.B, h http.Handler) {
	req := httptest.NewRequest(http.MethodPost, "/analyze", strings.NewReader(benchBody))
	req.Header.Set("Authorization", "Bearer "+apiKey)
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		b.Fatalf("status %d: %s", rec.Code, rec.Body.String())
	}
}

// BenchmarkAnalyze measures one /analyze end to end without AWS or Claude
// latency: pagination and mapping of SDK types, sorting, prompt building
// with the default 200 kB budget, and the JSON answer.
func BenchmarkAnalyze(b *testing.B) {
	for _, n := range []int{100, 1_000, 10_000} {
		b.Run(fmt.Sprintf("resources=%d", n), func(b *testing.B) {
			h := benchHandler(b, n)
			b.ReportAllocs()
			for b.Loop() {
				serveOnce(b, h)
			}
		})
	}
}

// BenchmarkAnalyzePeakMemory reports the peak live heap during one /analyze
// of 10,000 resources (metric peak-heap-MB), sampled every 200µs.
func BenchmarkAnalyzePeakMemory(b *testing.B) {
	h := benchHandler(b, 10_000)
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var peak atomic.Uint64
	for b.Loop() {
		runtime.GC()
		metrics.Read(sample)
		base := sample[0].Value.Uint64()
		stop := make(chan struct{})
		done := make(chan struct{})
		go func() {
			defer close(done)
			s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
			t := time.NewTicker(200 * time.Microsecond)
			defer t.Stop()
			for {
				metrics.Read(s)
				if v := s[0].Value.Uint64() - min(base, s[0].Value.Uint64()); v > peak.Load() {
					peak.Store(v)
				}
				select {
				case <-stop:
					return
				case <-t.C:
				}
			}
		}()
		serveOnce(b, h)
		close(stop)
		<-done
	}
	b.ReportMetric(float64(peak.Load())/(1<<20), "peak-heap-MB")
}

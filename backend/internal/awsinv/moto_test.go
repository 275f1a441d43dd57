package awsinv_test

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/aws/aws-sdk-go-v2/service/rds"
	"github.com/aws/smithy-go"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aws-masker/aws-masker/backend/demoestate"
	"github.com/aws-masker/aws-masker/backend/internal/awsinv"
	"github.com/aws-masker/aws-masker/backend/internal/inventory"
	"github.com/aws-masker/aws-masker/backend/testenv"
)

// countingEC2 counts DescribeInstances pages of a real client.
type countingEC2 struct {
	awsinv.EC2API
	pages *atomic.Int64
}

func (c countingEC2) DescribeInstances(ctx context.Context, in *ec2.DescribeInstancesInput, opts ...func(*ec2.Options)) (*ec2.DescribeInstancesOutput, error) {
	c.pages.Add(1)
	return c.EC2API.DescribeInstances(ctx, in, opts...)
}

type deniedRDS struct{}

func (deniedRDS) DescribeDBInstances(context.Context, *rds.DescribeDBInstancesInput, ...func(*rds.Options)) (*rds.DescribeDBInstancesOutput, error) {
	return nil, &smithy.GenericAPIError{Code: "AccessDenied", Message: "User: arn:aws:iam::123456789012:user/x is not authorized"}
}

func (deniedRDS) DescribeDBClusters(context.Context, *rds.DescribeDBClustersInput, ...func(*rds.Options)) (*rds.DescribeDBClustersOutput, error) {
	return nil, &smithy.GenericAPIError{Code: "AccessDenied", Message: "denied"}
}

type throttledLambda struct{}

func (throttledLambda) ListFunctions(context.Context, *lambda.ListFunctionsInput, ...func(*lambda.Options)) (*lambda.ListFunctionsOutput, error) {
	return nil, &smithy.GenericAPIError{Code: "ThrottlingException", Message: "Rate exceeded"}
}

// motoClients is the real SDK adapter with failures injected into one
// service of one region each.
type motoClients struct {
	awsinv.SDKClients
	pages    *atomic.Int64
	failures bool
}

func (m motoClients) EC2(region string) awsinv.EC2API {
	return countingEC2{m.SDKClients.EC2(region), m.pages}
}

func (m motoClients) RDS(region string) awsinv.RDSAPI {
	if m.failures && region == "eu-north-1" {
		return deniedRDS{}
	}
	return m.SDKClients.RDS(region)
}

func (m motoClients) Lambda(region string) awsinv.LambdaAPI {
	if m.failures && region == "ca-central-1" {
		return throttledLambda{}
	}
	return m.SDKClients.Lambda(region)
}

// TestCollectMotoEstate seeds 1,000 instances over two regions plus the
// other services, then proves that collection walks every page and loses
// nothing, and that injected failures become warnings, not failures.
func TestCollectMotoEstate(t *testing.T) {
	cfg := testenv.Moto(t, "us-east-1")
	if testing.Short() {
		t.Skip("seeds 1,000 instances: not in -short mode")
	}
	ctx := context.Background()
	regions := []string{"ca-central-1", "eu-north-1"}
	estate, err := demoestate.Seed(ctx, cfg, demoestate.Options{
		Regions: regions, Instances: 1000, Buckets: 24, DBInstances: 44, Users: 30, Roles: 30, Functions: 12, LaunchBatch: 10,
	})
	require.NoError(t, err)
	require.Len(t, estate.InstanceIDs, 1000)

	collect := func(t *testing.T, failures bool) (*inventory.Inventory, int64) {
		pages := &atomic.Int64{}
		c := &awsinv.Collector{
			Clients:     motoClients{SDKClients: awsinv.SDKClients{Config: cfg}, pages: pages, failures: failures},
			Concurrency: 6, CallTimeout: time.Minute, PageSize: 5,
		}
		inv, err := c.Collect(ctx, inventory.Request{Services: inventory.AllServices(), Regions: regions})
		require.NoError(t, err)
		return inv, pages.Load()
	}

	t.Run("complete across pages", func(t *testing.T) {
		inv, pages := collect(t, false)
		assert.Empty(t, inv.Warnings)
		assert.GreaterOrEqual(t, pages, int64(100/5), "100 reservations, 5 per page: DescribeInstances must be walked page by page")

		got := map[string]bool{}
		for _, i := range inv.Instances {
			got[i.ID] = true
			got[i.PrivateIP] = true
		}
		for _, g := range inv.SecurityGroups {
			got[g.ID] = true
		}
		for _, v := range inv.VPCs {
			got[v.ID] = true
		}
		for _, s := range inv.Subnets {
			got[s.ID] = true
		}
		for _, b := range inv.Buckets {
			got[b.Name] = true
		}
		for _, d := range inv.DBInstances {
			got[d.ID] = true
		}
		for _, u := range inv.Users {
			got[u.Name] = true
		}
		for _, r := range inv.Roles {
			got[r.Name] = true
		}
		for _, f := range inv.Functions {
			got[f.Name] = true
		}
		for name, ids := range map[string][]string{
			"instances": estate.InstanceIDs, "private IPs": estate.PrivateIPs, "security groups": estate.SecurityGroupIDs,
			"vpcs": estate.VPCIDs, "subnets": estate.SubnetIDs, "buckets": estate.BucketNames, "db instances": estate.DBInstanceIDs,
			"users": estate.UserNames, "roles": estate.RoleNames, "functions": estate.FunctionNames,
		} {
			missing := 0
			for _, id := range ids {
				if !got[id] {
					missing++
				}
			}
			assert.Zero(t, missing, "%s: %d of %d seeded not collected", name, missing, len(ids))
		}
		// No duplicates from page overlap.
		seen := map[string]bool{}
		for _, i := range inv.Instances {
			assert.False(t, seen[i.ID], "duplicate %s", i.ID)
			seen[i.ID] = true
		}
		// Details an analyst needs are filled in.
		var inst inventory.Instance
		for _, i := range inv.Instances {
			if strings.HasPrefix(i.VPCID, "vpc-") && i.VPCID == estate.VPCIDs[0] {
				inst = i
				break
			}
		}
		assert.NotEmpty(t, inst.Type)
		assert.NotEmpty(t, inst.SubnetID)
		assert.NotEmpty(t, inst.SecurityGroups)
		assert.NotEmpty(t, inst.Zone)
		assert.NotEmpty(t, inst.Tags)
		for _, r := range inv.Roles {
			if strings.HasPrefix(r.Name, estate.Prefix) {
				assert.NotEmpty(t, r.TrustedPrincipals, r.Name)
			}
		}
		for _, b := range inv.Buckets {
			if strings.HasPrefix(b.Name, estate.Prefix) {
				assert.NotEmpty(t, b.Region, b.Name)
				assert.NotEmpty(t, b.Versioning, b.Name)
				assert.NotNil(t, b.PublicAccessBlock, b.Name)
			}
		}
	})

	t.Run("failures become warnings", func(t *testing.T) {
		inv, _ := collect(t, true)
		var codes []string
		for _, w := range inv.Warnings {
			codes = append(codes, w.Service+"/"+w.Region+"/"+w.Code)
			assert.NotContains(t, w.Message, "123456789012", "AWS messages stay out unless verbose")
		}
		assert.ElementsMatch(t, []string{"lambda/ca-central-1/ThrottlingException", "rds/eu-north-1/AccessDenied"}, codes)
		assert.Equal(t, 2+1, inv.FailedTasks, "rds instances + clusters in eu-north-1, lambda in ca-central-1")
		n := 0
		for _, i := range inv.Instances {
			if i.Region == "ca-central-1" || i.Region == "eu-north-1" {
				n++
			}
		}
		assert.GreaterOrEqual(t, n, 1000, "the rest is still collected")
		for _, d := range inv.DBInstances {
			assert.NotEqual(t, "eu-north-1", d.Region)
		}
		for _, f := range inv.Functions {
			assert.NotEqual(t, "ca-central-1", f.Region)
		}
	})
}

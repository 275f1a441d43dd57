package demoestate_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	ec2types "github.com/aws/aws-sdk-go-v2/service/ec2/types"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aws-masker/aws-masker/backend/demoestate"
	"github.com/aws-masker/aws-masker/backend/testenv"
)

func TestSeedDefaultEstate(t *testing.T) {
	cfg := testenv.Moto(t, "us-east-1")
	ctx := context.Background()
	regions := []string{"ap-southeast-2", "sa-east-1"}
	e, err := demoestate.Seed(ctx, cfg, demoestate.Options{Regions: regions})
	require.NoError(t, err)

	assert.Len(t, e.InstanceIDs, 6)
	assert.Len(t, e.BucketNames, 3)
	assert.Len(t, e.DBInstanceIDs, 2)
	assert.Len(t, e.UserNames, 3)
	assert.Len(t, e.RoleNames, 3)
	assert.Len(t, e.FunctionNames, 2)
	assert.Len(t, e.VPCIDs, 2)
	assert.Equal(t, "123456789012", e.AccountID)

	ids := e.Identifiers()
	for _, want := range [][]string{e.InstanceIDs, e.BucketNames, e.RoleARNs, e.PrivateIPs, {e.AccountID}} {
		for _, w := range want {
			assert.Contains(t, ids, w)
		}
	}
	for i := 1; i < len(ids); i++ {
		assert.Less(t, ids[i-1], ids[i], "sorted and unique")
	}
	for _, id := range ids {
		assert.NotEmpty(t, id)
	}

	// The instances really exist in the emulator, spread over the regions.
	for _, r := range regions {
		out, err := ec2.NewFromConfig(cfg, func(o *ec2.Options) { o.Region = r }).DescribeInstances(ctx, &ec2.DescribeInstancesInput{
			Filters: []ec2types.Filter{{Name: aws.String("vpc-id"), Values: e.VPCIDs}}})
		require.NoError(t, err)
		n := 0
		for _, res := range out.Reservations {
			n += len(res.Instances)
		}
		assert.Equal(t, 3, n, r)
	}
	assert.True(t, strings.HasPrefix(e.BucketNames[0], e.Prefix))
}

func TestSeedRejectsBadOptions(t *testing.T) {
	for name, o := range map[string]demoestate.Options{
		"negative count": {Instances: -1},
		"bad prefix":     {Prefix: "Upper_Case"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := demoestate.Seed(context.Background(), aws.Config{}, o)
			require.Error(t, err)
		})
	}
}

// TestSeedTwiceWithSamePrefix: a second seed (or a retried create) reuses
// the named resources instead of failing.
func TestSeedTwiceWithSamePrefix(t *testing.T) {
	cfg := testenv.Moto(t, "us-east-1")
	opts := demoestate.Options{Regions: []string{"eu-west-3"}, Instances: 1, Prefix: fmt.Sprintf("twice-%x", time.Now().UnixNano()&0xffffff)}
	first, err := demoestate.Seed(context.Background(), cfg, opts)
	require.NoError(t, err)
	second, err := demoestate.Seed(context.Background(), cfg, opts)
	require.NoError(t, err)
	assert.Equal(t, first.UserARNs, second.UserARNs)
	assert.Equal(t, first.RoleARNs, second.RoleARNs)
	assert.Equal(t, first.BucketNames, second.BucketNames)
	assert.Equal(t, first.FunctionARNs, second.FunctionARNs)
	assert.Equal(t, first.DBInstanceIDs, second.DBInstanceIDs)
	assert.Equal(t, first.DBEndpoints, second.DBEndpoints)
}

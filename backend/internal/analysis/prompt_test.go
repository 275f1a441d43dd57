package analysis_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aws-masker/aws-masker/backend/internal/analysis"
	"github.com/aws-masker/aws-masker/backend/internal/inventory"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func estate(n int) *inventory.Inventory {
	launch := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	inv := &inventory.Inventory{Regions: []string{"eu-west-1", "us-east-1"}}
	for i := range n {
		region := []string{"us-east-1", "eu-west-1"}[i%2]
		inv.Instances = append(inv.Instances, inventory.Instance{
			ID: fmt.Sprintf("i-%017x", i), Region: region, Type: "m5.large", State: "running", Zone: region + "a",
			VPCID: "vpc-0a1b2c3d", SubnetID: "subnet-0a1b2c3d", PrivateIP: fmt.Sprintf("10.0.%d.%d", i/250, i%250),
			SecurityGroups: []string{"sg-0a1b2c3d"}, IMDSv2: "optional", LaunchTime: &launch,
			Tags: []inventory.Tag{{Key: "Name", Value: fmt.Sprintf("web-%d", i)}},
		})
		if i%10 == 0 {
			inv.Buckets = append(inv.Buckets, inventory.Bucket{Name: fmt.Sprintf("acme-logs-%04d", i), Region: region, Encryption: "none", Versioning: "Disabled"})
		}
	}
	inv.Warnings = []inventory.Warning{{Service: "iam", Region: "global", Code: "AccessDenied", Message: "denied"}}
	inv.Sort()
	return inv
}

func inventoryJSON(t *testing.T, p analysis.Prompt) map[string]json.RawMessage {
	t.Helper()
	_, doc, ok := strings.Cut(p.User, "Inventory (JSON):\n")
	require.True(t, ok)
	assert.Len(t, doc, p.InventoryBytes)
	var m map[string]json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(doc), &m), "the inventory part is valid JSON")
	return m
}

func TestParseType(t *testing.T) {
	for in, want := range map[string]analysis.Type{"": analysis.General, "security": analysis.Security, "cost": analysis.Cost,
		"architecture": analysis.Architecture, "general": analysis.General} {
		got, err := analysis.ParseType(in)
		require.NoError(t, err)
		assert.Equal(t, want, got)
	}
	for _, bad := range []string{"Security", "perf", " cost"} {
		_, err := analysis.ParseType(bad)
		assert.Error(t, err, bad)
	}
}

func TestBuildGolden(t *testing.T) {
	for _, typ := range []analysis.Type{analysis.Security, analysis.Cost, analysis.Architecture, analysis.General} {
		t.Run(string(typ), func(t *testing.T) {
			p, err := analysis.Build(analysis.Input{Inventory: estate(4), Type: typ, Question: "What first?", BudgetBytes: 100_000})
			require.NoError(t, err)
			got := "SYSTEM:\n" + p.System + "\nUSER:\n" + p.User + "\n"
			path := filepath.Join("testdata", string(typ)+".golden")
			if *update {
				require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run go test -update to create the golden files")
			assert.Equal(t, string(want), got)
		})
	}
}

func TestBuildIsDeterministic(t *testing.T) {
	a, err := analysis.Build(analysis.Input{Inventory: estate(300), Type: analysis.Security, BudgetBytes: 20_000})
	require.NoError(t, err)
	b, err := analysis.Build(analysis.Input{Inventory: estate(300), Type: analysis.Security, BudgetBytes: 20_000})
	require.NoError(t, err)
	assert.Equal(t, a, b)
}

func TestBuildWithinBudget(t *testing.T) {
	p, err := analysis.Build(analysis.Input{Inventory: estate(50), Type: analysis.Cost, BudgetBytes: 1 << 20})
	require.NoError(t, err)
	assert.False(t, p.Truncated)
	assert.NotContains(t, p.User, "truncated")
	m := inventoryJSON(t, p)
	var inst []inventory.Instance
	require.NoError(t, json.Unmarshal(m["ec2Instances"], &inst))
	assert.Len(t, inst, 50)
	assert.Contains(t, p.User, "cost review")
	assert.Contains(t, string(m["notCollected"]), "AccessDenied")
	assert.NotContains(t, p.User, `"denied"`, "AWS messages stay out of the prompt")
}

func TestBuildTruncatesDeterministically(t *testing.T) {
	inv := estate(2000)
	for _, budget := range []int{5_000, 50_000, 200_000} {
		t.Run(fmt.Sprint(budget), func(t *testing.T) {
			p, err := analysis.Build(analysis.Input{Inventory: inv, Type: analysis.Security, BudgetBytes: budget})
			require.NoError(t, err)
			assert.True(t, p.Truncated)
			assert.LessOrEqual(t, p.InventoryBytes, budget)
			assert.Greater(t, p.InventoryBytes, budget*8/10, "the budget is used, not wasted")
			assert.Contains(t, p.User, fmt.Sprintf("keeps only its first %d entries", p.PerKindLimit))
			m := inventoryJSON(t, p)
			var counts map[string]int
			require.NoError(t, json.Unmarshal(m["counts"], &counts))
			assert.Equal(t, 2000, counts["ec2Instances"], "counts are the full totals")
			var inst []inventory.Instance
			require.NoError(t, json.Unmarshal(m["ec2Instances"], &inst))
			assert.Len(t, inst, p.PerKindLimit)
			assert.Equal(t, inv.Instances[0].ID, inst[0].ID, "the first entries in sorted order are kept")
			var buckets []inventory.Bucket
			require.NoError(t, json.Unmarshal(m["s3Buckets"], &buckets))
			assert.Len(t, buckets, min(p.PerKindLimit, 200))
		})
	}
}

func TestBuildRejectsBadInput(t *testing.T) {
	_, err := analysis.Build(analysis.Input{Type: analysis.General, BudgetBytes: 10})
	assert.Error(t, err)
	_, err = analysis.Build(analysis.Input{Inventory: estate(1), Type: analysis.General})
	assert.Error(t, err)
}

// Package analysis turns an inventory into the prompt sent to Claude: a
// compact, deterministic JSON document plus an instruction per analysis type,
// cut to a size budget when the estate is large. It does no I/O.
package analysis

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/aws-masker/aws-masker/backend/internal/inventory"
)

// Type is the kind of analysis asked for.
type Type string

// The analysis types POST /analyze accepts.
const (
	Security     Type = "security"
	Cost         Type = "cost"
	Architecture Type = "architecture"
	General      Type = "general"
)

// ParseType returns the Type named s; the empty string means General.
func ParseType(s string) (Type, error) {
	switch t := Type(s); t {
	case Security, Cost, Architecture, General:
		return t, nil
	case "":
		return General, nil
	}
	return "", fmt.Errorf("unknown analysis type %q (accepted: security, cost, architecture, general)", s)
}

// MaxQuestionRunes is the longest question accepted, in characters.
const MaxQuestionRunes = 2000

// Input is what a prompt is built from.
type Input struct {
	Inventory *inventory.Inventory
	Type      Type
	Question  string // optional, already validated
	// BudgetBytes caps the size of the inventory JSON; required, > 0.
	BudgetBytes int
}

// Prompt is what is sent to Claude.
type Prompt struct {
	System string
	User   string
	// Truncated is set when some resources were left out to fit the budget.
	Truncated bool
	// PerKindLimit is the number of entries each list kept when Truncated.
	PerKindLimit int
	// InventoryBytes is the size of the inventory JSON in User.
	InventoryBytes int
}

const system = `You are a senior AWS solutions architect reviewing an AWS account inventory.
Identifiers in the inventory (account IDs, resource IDs, ARNs, names, IP addresses, hostnames) may
have been replaced by opaque placeholder tokens by a privacy gateway. Treat each token as the
identifier it stands for and always write tokens exactly as they appear, character for character,
so they can be mapped back. Do not guess what a token stands for. Answer in Markdown, ordered by
importance, naming the resources concerned for every finding.`

func instruction(t Type) string {
	switch t {
	case Security:
		return "Perform a security review: public exposure (security groups open to 0.0.0.0/0, public IPs, publicly accessible databases, S3 public access), IMDSv1, unencrypted storage, IAM users without MFA and old or unused access keys, overly broad role trust, missing backups. Rate each finding critical/high/medium/low and give the fix."
	case Cost:
		return "Perform a cost review: idle or stopped resources, oversized instance and DB classes, Multi-AZ or retention where it is not needed, Lambda memory sizing, old generations worth migrating. Estimate the relative saving of each recommendation."
	case Architecture:
		return "Review the architecture: network layout (VPCs, subnets, zones), resilience (single-AZ resources, Multi-AZ, backups), separation of tiers, use of managed services, and what to improve first."
	}
	return "Give an overview of this AWS estate and the most important security, cost and architecture observations."
}

// kind is one list of the inventory, encoded item by item so the budget
// can be met without re-encoding the whole document.
type kind struct {
	name  string
	items [][]byte
	size  []int // size[k] = bytes of the first k items joined with commas
}

func encodeKind[T any](name string, items []T) (kind, error) {
	k := kind{name: name, items: make([][]byte, len(items)), size: make([]int, len(items)+1)}
	for i := range items {
		b, err := json.Marshal(items[i])
		if err != nil {
			return kind{}, fmt.Errorf("analysis: encode %s: %w", name, err)
		}
		k.items[i] = b
		k.size[i+1] = k.size[i] + len(b) + 1
	}
	return k, nil
}

// Build returns the prompt for in. The inventory must be sorted
// (inventory.Inventory.Sort) for the output to be deterministic.
// When the JSON exceeds the budget, every list keeps its first N entries,
// with N the largest value that fits; the prompt then says so.
func Build(in Input) (Prompt, error) {
	if in.Inventory == nil || in.BudgetBytes <= 0 {
		return Prompt{}, fmt.Errorf("analysis.Build: inventory and a positive budget are required")
	}
	inv := in.Inventory
	var kinds []kind
	add := func(k kind, err error) error {
		if err == nil {
			kinds = append(kinds, k)
		}
		return err
	}
	for _, err := range []error{
		add(encodeKind("ec2Instances", inv.Instances)),
		add(encodeKind("securityGroups", inv.SecurityGroups)),
		add(encodeKind("vpcs", inv.VPCs)),
		add(encodeKind("subnets", inv.Subnets)),
		add(encodeKind("s3Buckets", inv.Buckets)),
		add(encodeKind("rdsInstances", inv.DBInstances)),
		add(encodeKind("rdsClusters", inv.DBClusters)),
		add(encodeKind("iamUsers", inv.Users)),
		add(encodeKind("iamRoles", inv.Roles)),
		add(encodeKind("lambdaFunctions", inv.Functions)),
	} {
		if err != nil {
			return Prompt{}, err
		}
	}
	header, err := headerJSON(inv)
	if err != nil {
		return Prompt{}, err
	}
	maxLen := 0
	for _, k := range kinds {
		maxLen = max(maxLen, len(k.items))
	}
	sizeAt := func(limit int) int {
		n := len(header) + 2
		for _, k := range kinds {
			c := min(limit, len(k.items))
			n += len(k.name) + 6 + k.size[c]
		}
		return n
	}
	limit := maxLen
	truncated := false
	if sizeAt(maxLen) > in.BudgetBytes {
		truncated = true
		lo, hi := 0, maxLen // invariant: sizeAt(lo) fits or lo == 0
		for lo < hi {
			mid := (lo + hi + 1) / 2
			if sizeAt(mid) <= in.BudgetBytes {
				lo = mid
			} else {
				hi = mid - 1
			}
		}
		limit = lo
	}
	var doc bytes.Buffer
	doc.Grow(sizeAt(limit))
	doc.WriteByte('{')
	doc.Write(header)
	for _, k := range kinds {
		c := min(limit, len(k.items))
		if len(k.items) == 0 {
			continue
		}
		doc.WriteString(`,"` + k.name + `":[`)
		for i := range c {
			if i > 0 {
				doc.WriteByte(',')
			}
			doc.Write(k.items[i])
		}
		doc.WriteByte(']')
	}
	doc.WriteByte('}')

	var user strings.Builder
	user.Grow(doc.Len() + 1024)
	user.WriteString("Analysis type: " + string(in.Type) + "\n")
	user.WriteString(instruction(in.Type) + "\n")
	if q := strings.TrimSpace(in.Question); q != "" {
		user.WriteString("\nThe user's question, to answer specifically:\n<question>\n" + q + "\n</question>\n")
	}
	if len(inv.Warnings) > 0 {
		user.WriteString("\nParts of the estate could not be collected (see \"notCollected\"); say where that limits the analysis.\n")
	}
	if truncated {
		user.WriteString("\nNOTE: the inventory was truncated to fit the size budget: each resource list keeps only its first " +
			strconv.Itoa(limit) + " entries (sorted by region and identifier); \"counts\" gives the full totals. Say that the analysis covers a sample.\n")
	}
	user.WriteString("\nInventory (JSON):\n")
	user.Write(doc.Bytes())
	return Prompt{System: system, User: user.String(), Truncated: truncated, PerKindLimit: limit, InventoryBytes: doc.Len()}, nil
}

// headerJSON encodes regions, full counts and the services not collected
// (service, region and code only: AWS messages stay out of the prompt).
func headerJSON(inv *inventory.Inventory) ([]byte, error) {
	type nc struct {
		Service string `json:"service"`
		Region  string `json:"region"`
		Code    string `json:"code"`
	}
	h := struct {
		Regions      []string       `json:"regions"`
		Counts       map[string]int `json:"counts"`
		NotCollected []nc           `json:"notCollected,omitempty"`
	}{Regions: inv.Regions, Counts: inv.Counts()}
	if h.Regions == nil {
		h.Regions = []string{}
	}
	for _, w := range inv.Warnings {
		h.NotCollected = append(h.NotCollected, nc{w.Service, w.Region, w.Code})
	}
	b, err := json.Marshal(h)
	if err != nil {
		return nil, fmt.Errorf("analysis: encode header: %w", err)
	}
	return b[1 : len(b)-1], nil // without braces: Build adds the lists
}

// Package inventory holds the domain model of a collected AWS estate: the
// resources an analyst needs, the warnings of a partial collection, and the
// Collector interface that adapters (awsinv) implement. No AWS SDK type leaks
// out of this package.
package inventory

import (
	"context"
	"fmt"
	"slices"
	"time"
)

// Service names one collectable family of resources, as accepted by
// POST /analyze in "resources".
type Service string

// The services POST /analyze accepts.
const (
	ServiceEC2    Service = "ec2"    // instances and security groups
	ServiceVPC    Service = "vpc"    // VPCs and subnets
	ServiceS3     Service = "s3"     // buckets (global list)
	ServiceRDS    Service = "rds"    // DB instances and clusters
	ServiceIAM    Service = "iam"    // users and roles (global)
	ServiceLambda Service = "lambda" // functions
)

// AllServices returns every service in its canonical order.
func AllServices() []Service {
	return []Service{ServiceEC2, ServiceVPC, ServiceS3, ServiceRDS, ServiceIAM, ServiceLambda}
}

// ParseService returns the Service named s, or an error naming the accepted values.
func ParseService(s string) (Service, error) {
	for _, sv := range AllServices() {
		if string(sv) == s {
			return sv, nil
		}
	}
	return "", fmt.Errorf("unknown resource %q (accepted: ec2, vpc, s3, rds, iam, lambda)", s)
}

// Global reports whether the service is collected once per account rather than per region.
func (s Service) Global() bool { return s == ServiceS3 || s == ServiceIAM }

// Request says what to collect.
type Request struct {
	// Services to collect, in canonical order, without duplicates.
	Services []Service
	// Regions for the regional services; global services are collected once.
	Regions []string
}

// Has reports whether the request asks for s.
func (r Request) Has(s Service) bool { return slices.Contains(r.Services, s) }

// Collector gathers an inventory. A failure of one service or region is a
// Warning in the result; an error is returned only when nothing could run
// (for example a cancelled context).
type Collector interface {
	Collect(ctx context.Context, req Request) (*Inventory, error)
}

// Inventory is a collected estate. Slices are sorted deterministically by
// Sort so that prompts built from the same estate are identical.
type Inventory struct {
	Regions        []string        `json:"regions"`
	Instances      []Instance      `json:"ec2Instances,omitempty"`
	SecurityGroups []SecurityGroup `json:"securityGroups,omitempty"`
	VPCs           []VPC           `json:"vpcs,omitempty"`
	Subnets        []Subnet        `json:"subnets,omitempty"`
	Buckets        []Bucket        `json:"s3Buckets,omitempty"`
	DBInstances    []DBInstance    `json:"rdsInstances,omitempty"`
	DBClusters     []DBCluster     `json:"rdsClusters,omitempty"`
	Users          []User          `json:"iamUsers,omitempty"`
	Roles          []Role          `json:"iamRoles,omitempty"`
	Functions      []Function      `json:"lambdaFunctions,omitempty"`
	Warnings       []Warning       `json:"-"`
	// Tasks is the number of (service, region) collection tasks run, and
	// FailedTasks how many of them failed outright (their warnings say why).
	Tasks       int `json:"-"`
	FailedTasks int `json:"-"`
}

// Warning records a part of the estate that could not be collected.
type Warning struct {
	Service string `json:"service"`
	Region  string `json:"region"` // "global" for IAM and the S3 bucket list
	Code    string `json:"code"`   // AWS error code, e.g. AccessDenied, or Timeout
	Message string `json:"message"`
}

// Counts returns the number of resources of each kind, keyed like the JSON
// field names, including zero counts for the kinds of the requested services.
func (inv *Inventory) Counts() map[string]int {
	return map[string]int{
		"ec2Instances":    len(inv.Instances),
		"securityGroups":  len(inv.SecurityGroups),
		"vpcs":            len(inv.VPCs),
		"subnets":         len(inv.Subnets),
		"s3Buckets":       len(inv.Buckets),
		"rdsInstances":    len(inv.DBInstances),
		"rdsClusters":     len(inv.DBClusters),
		"iamUsers":        len(inv.Users),
		"iamRoles":        len(inv.Roles),
		"lambdaFunctions": len(inv.Functions),
	}
}

// Total returns the number of resources of every kind.
func (inv *Inventory) Total() int {
	n := 0
	for _, c := range inv.Counts() {
		n += c
	}
	return n
}

// Sort orders every slice by region then identifier, and the warnings by
// service, region and code, so the same estate always yields the same output.
func (inv *Inventory) Sort() {
	slices.SortFunc(inv.Instances, func(a, b Instance) int { return cmp2(a.Region, b.Region, a.ID, b.ID) })
	slices.SortFunc(inv.SecurityGroups, func(a, b SecurityGroup) int { return cmp2(a.Region, b.Region, a.ID, b.ID) })
	slices.SortFunc(inv.VPCs, func(a, b VPC) int { return cmp2(a.Region, b.Region, a.ID, b.ID) })
	slices.SortFunc(inv.Subnets, func(a, b Subnet) int { return cmp2(a.Region, b.Region, a.ID, b.ID) })
	slices.SortFunc(inv.Buckets, func(a, b Bucket) int { return cmp2(a.Region, b.Region, a.Name, b.Name) })
	slices.SortFunc(inv.DBInstances, func(a, b DBInstance) int { return cmp2(a.Region, b.Region, a.ID, b.ID) })
	slices.SortFunc(inv.DBClusters, func(a, b DBCluster) int { return cmp2(a.Region, b.Region, a.ID, b.ID) })
	slices.SortFunc(inv.Users, func(a, b User) int { return cmp2("", "", a.Name, b.Name) })
	slices.SortFunc(inv.Roles, func(a, b Role) int { return cmp2("", "", a.Name, b.Name) })
	slices.SortFunc(inv.Functions, func(a, b Function) int { return cmp2(a.Region, b.Region, a.Name, b.Name) })
	slices.SortFunc(inv.Warnings, func(a, b Warning) int {
		if c := cmp2(a.Service, b.Service, a.Region, b.Region); c != 0 {
			return c
		}
		return cmp2("", "", a.Code, b.Code)
	})
}

func cmp2(a1, b1, a2, b2 string) int {
	switch {
	case a1 < b1:
		return -1
	case a1 > b1:
		return 1
	case a2 < b2:
		return -1
	case a2 > b2:
		return 1
	}
	return 0
}

// Tag is one resource tag.
type Tag struct {
	Key   string `json:"k"`
	Value string `json:"v"`
}

// Instance is an EC2 instance.
type Instance struct {
	ID               string     `json:"id"`
	Region           string     `json:"region"`
	Type             string     `json:"type,omitempty"`
	State            string     `json:"state,omitempty"`
	Zone             string     `json:"zone,omitempty"`
	ImageID          string     `json:"image,omitempty"`
	VPCID            string     `json:"vpc,omitempty"`
	SubnetID         string     `json:"subnet,omitempty"`
	PrivateIP        string     `json:"privateIp,omitempty"`
	PublicIP         string     `json:"publicIp,omitempty"`
	PrivateDNS       string     `json:"privateDns,omitempty"`
	PublicDNS        string     `json:"publicDns,omitempty"`
	SecurityGroups   []string   `json:"securityGroups,omitempty"`
	InstanceProfile  string     `json:"instanceProfile,omitempty"` // ARN
	IMDSv2           string     `json:"imdsV2,omitempty"`          // "required" or "optional"
	KeyName          string     `json:"keyName,omitempty"`
	Platform         string     `json:"platform,omitempty"`
	Tags             []Tag      `json:"tags,omitempty"`
	LaunchTime       *time.Time `json:"launchTime,omitempty"`
	MonitoringDetail bool       `json:"detailedMonitoring,omitempty"`
}

// SecurityGroup is a VPC security group with its rules.
type SecurityGroup struct {
	ID          string   `json:"id"`
	Region      string   `json:"region"`
	Name        string   `json:"name,omitempty"`
	Description string   `json:"description,omitempty"`
	VPCID       string   `json:"vpc,omitempty"`
	Ingress     []SGRule `json:"ingress,omitempty"`
	Egress      []SGRule `json:"egress,omitempty"`
}

// SGRule is one permission of a security group.
type SGRule struct {
	Protocol string   `json:"proto"` // "-1" means all
	FromPort int32    `json:"from,omitempty"`
	ToPort   int32    `json:"to,omitempty"`
	Sources  []string `json:"sources,omitempty"` // CIDRs, prefix lists, group IDs
}

// VPC is a virtual private cloud.
type VPC struct {
	ID        string `json:"id"`
	Region    string `json:"region"`
	CIDR      string `json:"cidr,omitempty"`
	IsDefault bool   `json:"default,omitempty"`
	State     string `json:"state,omitempty"`
	Tags      []Tag  `json:"tags,omitempty"`
}

// Subnet is a VPC subnet.
type Subnet struct {
	ID               string `json:"id"`
	Region           string `json:"region"`
	VPCID            string `json:"vpc,omitempty"`
	CIDR             string `json:"cidr,omitempty"`
	Zone             string `json:"zone,omitempty"`
	MapPublicIP      bool   `json:"mapPublicIpOnLaunch,omitempty"`
	AvailableAddress int32  `json:"availableIps,omitempty"`
	Tags             []Tag  `json:"tags,omitempty"`
}

// Bucket is an S3 bucket. Pointer booleans are nil when the setting could not be read.
type Bucket struct {
	Name                 string     `json:"name"`
	Region               string     `json:"region,omitempty"`
	Created              *time.Time `json:"created,omitempty"`
	PublicAccessBlock    *PAB       `json:"publicAccessBlock,omitempty"`
	Encryption           string     `json:"encryption,omitempty"` // "AES256", "aws:kms", "none"
	Versioning           string     `json:"versioning,omitempty"` // "Enabled", "Suspended", "Disabled"
	PolicyIsPublic       *bool      `json:"policyPublic,omitempty"`
	DetailsUnavailableOf []string   `json:"unreadable,omitempty"` // settings that could not be read
}

// PAB is an S3 public access block configuration; "none" is all false.
type PAB struct {
	BlockPublicACLs       bool `json:"blockPublicAcls"`
	IgnorePublicACLs      bool `json:"ignorePublicAcls"`
	BlockPublicPolicy     bool `json:"blockPublicPolicy"`
	RestrictPublicBuckets bool `json:"restrictPublicBuckets"`
}

// DBInstance is an RDS DB instance.
type DBInstance struct {
	ID                 string `json:"id"`
	Region             string `json:"region"`
	Engine             string `json:"engine,omitempty"`
	EngineVersion      string `json:"engineVersion,omitempty"`
	Class              string `json:"class,omitempty"`
	Status             string `json:"status,omitempty"`
	MultiAZ            bool   `json:"multiAz"`
	StorageEncrypted   bool   `json:"encrypted"`
	PubliclyAccessible bool   `json:"public"`
	BackupRetention    int32  `json:"backupRetentionDays"`
	Endpoint           string `json:"endpoint,omitempty"`
	Port               int32  `json:"port,omitempty"`
	ClusterID          string `json:"cluster,omitempty"`
	VPCID              string `json:"vpc,omitempty"`
	AllocatedStorageGB int32  `json:"storageGb,omitempty"`
	DeletionProtection bool   `json:"deletionProtection,omitempty"`
}

// DBCluster is an RDS (Aurora) cluster.
type DBCluster struct {
	ID               string `json:"id"`
	Region           string `json:"region"`
	Engine           string `json:"engine,omitempty"`
	EngineVersion    string `json:"engineVersion,omitempty"`
	Status           string `json:"status,omitempty"`
	MultiAZ          bool   `json:"multiAz"`
	StorageEncrypted bool   `json:"encrypted"`
	BackupRetention  int32  `json:"backupRetentionDays"`
	Endpoint         string `json:"endpoint,omitempty"`
	ReaderEndpoint   string `json:"readerEndpoint,omitempty"`
	Members          int    `json:"members"`
}

// User is an IAM user.
type User struct {
	Name             string      `json:"name"`
	ARN              string      `json:"arn,omitempty"`
	Created          *time.Time  `json:"created,omitempty"`
	PasswordLastUsed *time.Time  `json:"passwordLastUsed,omitempty"`
	MFAEnabled       *bool       `json:"mfa,omitempty"` // nil when unreadable
	AccessKeys       []AccessKey `json:"accessKeys,omitempty"`
}

// AccessKey describes an IAM access key without its identifier.
type AccessKey struct {
	Status      string `json:"status"`
	AgeDays     int    `json:"ageDays"`
	LastUsedDay int    `json:"lastUsedDaysAgo"` // -1 when never used or unknown
	LastService string `json:"lastService,omitempty"`
}

// Role is an IAM role with the principals that may assume it.
type Role struct {
	Name              string     `json:"name"`
	ARN               string     `json:"arn,omitempty"`
	Path              string     `json:"path,omitempty"`
	Created           *time.Time `json:"created,omitempty"`
	TrustedPrincipals []string   `json:"trustedPrincipals,omitempty"` // "Service:lambda.amazonaws.com", "AWS:arn:..."
	MaxSessionSeconds int32      `json:"maxSessionSeconds,omitempty"`
}

// Function is a Lambda function.
type Function struct {
	Name           string   `json:"name"`
	Region         string   `json:"region"`
	Runtime        string   `json:"runtime,omitempty"`
	MemoryMB       int32    `json:"memoryMb,omitempty"`
	TimeoutSeconds int32    `json:"timeoutSeconds,omitempty"`
	Role           string   `json:"role,omitempty"`
	VPCID          string   `json:"vpc,omitempty"`
	Subnets        []string `json:"subnets,omitempty"`
	SecurityGroups []string `json:"securityGroups,omitempty"`
	Architectures  []string `json:"architectures,omitempty"`
	PackageType    string   `json:"packageType,omitempty"`
	LastModified   string   `json:"lastModified,omitempty"`
}

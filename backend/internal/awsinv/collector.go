// Package awsinv is the aws-sdk-go-v2 adapter of inventory.Collector: it runs
// every (service, region) task in parallel under a concurrency bound, walks
// every paginator to the end, gives each API call its own timeout, and turns
// the failure of one service or region into an inventory.Warning.
package awsinv

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/aws/smithy-go"

	"github.com/aws-masker/aws-masker/backend/internal/inventory"
)

// RegionGlobal is the Warning.Region of the global services (IAM, the S3 bucket list).
const RegionGlobal = "global"

// Collector implements inventory.Collector with aws-sdk-go-v2 clients.
type Collector struct {
	// Clients builds the service clients; required.
	Clients Clients
	// Concurrency bounds the tasks (and per-resource detail calls) in flight. Default 8.
	Concurrency int
	// CallTimeout bounds every single API call (one page). Default 20s.
	CallTimeout time.Duration
	// HomeRegion is where global services are called. Default us-east-1.
	HomeRegion string
	// Verbose copies AWS error messages into warnings; off in production,
	// where a warning carries a generic message per error code.
	Verbose bool
	// Now is the clock for ages; default time.Now.
	Now func() time.Time
	// PageSize asks for this many items per page, clamped to each API's
	// limits. Default: each API's maximum. Tests lower it to walk many pages.
	PageSize int32
}

// pageSize returns PageSize clamped to [lo, hi], or hi when unset.
func (c *Collector) pageSize(lo, hi int32) *int32 {
	n := c.PageSize
	if n <= 0 || n > hi {
		n = hi
	}
	return &[]int32{max(n, lo)}[0]
}

var _ inventory.Collector = (*Collector)(nil)

func (c *Collector) concurrency() int {
	if c.Concurrency > 0 {
		return c.Concurrency
	}
	return 8
}

func (c *Collector) callTimeout() time.Duration {
	if c.CallTimeout > 0 {
		return c.CallTimeout
	}
	return 20 * time.Second
}

func (c *Collector) homeRegion() string {
	if c.HomeRegion != "" {
		return c.HomeRegion
	}
	return "us-east-1"
}

func (c *Collector) now() time.Time {
	if c.Now != nil {
		return c.Now()
	}
	return time.Now()
}

// task is one unit of collection: one service in one region (or global).
type task struct {
	service inventory.Service
	region  string
	run     func(ctx context.Context, acc *accumulator) error
}

// accumulator merges task results and warnings under one lock.
type accumulator struct {
	mu       sync.Mutex
	inv      inventory.Inventory
	warnings map[warnKey]*warnAgg
}

type warnKey struct{ service, region, code string }

type warnAgg struct {
	message string
	count   int
}

func (a *accumulator) add(f func(inv *inventory.Inventory)) {
	a.mu.Lock()
	defer a.mu.Unlock()
	f(&a.inv)
}

func (a *accumulator) warn(service, region, code, message string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	k := warnKey{service, region, code}
	if w, ok := a.warnings[k]; ok {
		w.count++
		return
	}
	a.warnings[k] = &warnAgg{message: message, count: 1}
}

// Collect gathers what req asks for. It fails when ctx is cancelled, or when
// its deadline passes before anything was collected; every other failure is
// a warning.
func (c *Collector) Collect(ctx context.Context, req inventory.Request) (*inventory.Inventory, error) {
	if c.Clients == nil {
		return nil, errors.New("awsinv.Collect: no clients")
	}
	acc := &accumulator{warnings: map[warnKey]*warnAgg{}}
	acc.inv.Regions = append([]string(nil), req.Regions...)
	tasks := c.plan(req)
	acc.inv.Tasks = len(tasks)

	sem := make(chan struct{}, c.concurrency())
	var wg sync.WaitGroup
	for _, t := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				c.warnErr(acc, string(t.service), t.region, ctx.Err())
				acc.add(func(inv *inventory.Inventory) { inv.FailedTasks++ })
				return
			}
			defer func() { <-sem }()
			if err := t.run(ctx, acc); err != nil {
				c.warnErr(acc, string(t.service), t.region, err)
				acc.add(func(inv *inventory.Inventory) { inv.FailedTasks++ })
			}
		}()
	}
	wg.Wait()
	// A caller that went away gets an error; a deadline keeps what was
	// collected in time (the rest is in the warnings) unless that is nothing.
	if err := ctx.Err(); errors.Is(err, context.Canceled) || (err != nil && acc.inv.Total() == 0) {
		return nil, fmt.Errorf("awsinv.Collect: %w", err)
	}
	inv := acc.inv
	for k, w := range acc.warnings {
		msg := w.message
		if w.count > 1 {
			msg = fmt.Sprintf("%s (%d calls)", msg, w.count)
		}
		inv.Warnings = append(inv.Warnings, inventory.Warning{Service: k.service, Region: k.region, Code: k.code, Message: msg})
	}
	inv.Sort()
	sort.Strings(inv.Regions)
	return &inv, nil
}

// plan lists the tasks of req: global services once, the others per region.
func (c *Collector) plan(req inventory.Request) []task {
	var tasks []task
	for _, s := range req.Services {
		switch s {
		case inventory.ServiceS3:
			tasks = append(tasks, task{s, RegionGlobal, c.collectBuckets})
		case inventory.ServiceIAM:
			tasks = append(tasks, task{s, RegionGlobal, c.collectUsers}, task{s, RegionGlobal, c.collectRoles})
		}
	}
	for _, r := range req.Regions {
		for _, s := range req.Services {
			region := r
			switch s {
			case inventory.ServiceEC2:
				tasks = append(tasks,
					task{s, region, func(ctx context.Context, a *accumulator) error { return c.collectInstances(ctx, a, region) }},
					task{s, region, func(ctx context.Context, a *accumulator) error { return c.collectSecurityGroups(ctx, a, region) }})
			case inventory.ServiceVPC:
				tasks = append(tasks,
					task{s, region, func(ctx context.Context, a *accumulator) error { return c.collectVPCs(ctx, a, region) }},
					task{s, region, func(ctx context.Context, a *accumulator) error { return c.collectSubnets(ctx, a, region) }})
			case inventory.ServiceRDS:
				tasks = append(tasks,
					task{s, region, func(ctx context.Context, a *accumulator) error { return c.collectDBInstances(ctx, a, region) }},
					task{s, region, func(ctx context.Context, a *accumulator) error { return c.collectDBClusters(ctx, a, region) }})
			case inventory.ServiceLambda:
				tasks = append(tasks,
					task{s, region, func(ctx context.Context, a *accumulator) error { return c.collectFunctions(ctx, a, region) }})
			}
		}
	}
	return tasks
}

// page runs one API call under the per-call timeout.
func page[T any](ctx context.Context, c *Collector, call func(context.Context) (T, error)) (T, error) {
	cctx, cancel := context.WithTimeout(ctx, c.callTimeout())
	defer cancel()
	return call(cctx)
}

// forEach runs f for every index in [0,n) with at most Concurrency in flight.
func (c *Collector) forEach(ctx context.Context, n int, f func(ctx context.Context, i int)) {
	sem := make(chan struct{}, c.concurrency())
	var wg sync.WaitGroup
	for i := range n {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			wg.Wait()
			return
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			f(ctx, i)
		}()
	}
	wg.Wait()
}

func (c *Collector) warnErr(acc *accumulator, service, region string, err error) {
	code, msg := c.classify(err)
	acc.warn(service, region, code, msg)
}

// ErrorCode returns the stable code of a collection error: the AWS error code
// when AWS sent one, Timeout, Canceled, or RequestFailed.
func ErrorCode(err error) string {
	var ae smithy.APIError
	switch {
	case errors.As(err, &ae) && ae.ErrorCode() != "":
		return ae.ErrorCode()
	case errors.Is(err, context.DeadlineExceeded):
		return "Timeout"
	case errors.Is(err, context.Canceled):
		return "Canceled"
	}
	return "RequestFailed"
}

// classify returns the warning code and message for err. Unless Verbose,
// the message is generic: AWS messages can carry ARNs of the caller.
func (c *Collector) classify(err error) (code, message string) {
	code = ErrorCode(err)
	var ae smithy.APIError
	if c.Verbose && errors.As(err, &ae) && ae.ErrorMessage() != "" {
		return code, ae.ErrorMessage()
	}
	return code, genericMessage(code)
}

func genericMessage(code string) string {
	switch code {
	case "AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "AuthorizationError", "AllAccessDisabled":
		return "access denied: the backend's credentials lack permission for this call"
	case "Throttling", "ThrottlingException", "RequestLimitExceeded", "TooManyRequestsException", "SlowDown":
		return "throttled by AWS after bounded retries"
	case "OptInRequired", "AuthFailure", "UnrecognizedClientException", "InvalidClientTokenId":
		return "region not enabled for this account, or credentials not valid there"
	case "Timeout":
		return "timed out"
	case "Canceled":
		return "cancelled before completion"
	}
	return "request failed"
}

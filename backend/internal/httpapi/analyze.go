package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/gin-gonic/gin"
	"go.uber.org/zap"

	"github.com/aws-masker/aws-masker/backend/internal/analysis"
	"github.com/aws-masker/aws-masker/backend/internal/claude"
	"github.com/aws-masker/aws-masker/backend/internal/config"
	"github.com/aws-masker/aws-masker/backend/internal/inventory"
)

// Limits of an /analyze request.
const (
	MaxRegions       = 25
	DefaultMaxTokens = 1024
	MaxMaxTokens     = 32000
)

// AnalyzeRequest is the body of POST /analyze.
type AnalyzeRequest struct {
	Resources []string        `json:"resources"`
	Options   *AnalyzeOptions `json:"options"`
}

// AnalyzeOptions are the optional settings of an analysis.
type AnalyzeOptions struct {
	Regions      []string `json:"regions"`
	AnalysisType string   `json:"analysisType"`
	Question     string   `json:"question"`
	MaxTokens    *int     `json:"maxTokens"`
}

// InventorySummary is the "inventory" of a successful answer.
type InventorySummary struct {
	Counts    map[string]int      `json:"counts"`
	Regions   []string            `json:"regions"`
	Truncated bool                `json:"truncated"`
	Warnings  []inventory.Warning `json:"warnings"`
}

// AnalyzeResponse is the 200 answer of POST /analyze.
type AnalyzeResponse struct {
	Success   bool             `json:"success"`
	Analysis  claude.Result    `json:"analysis"`
	Inventory InventorySummary `json:"inventory"`
	RequestID string           `json:"requestId"`
}

// validated is an AnalyzeRequest after validation, with defaults applied.
type validated struct {
	req       inventory.Request
	typ       analysis.Type
	question  string
	maxTokens int
}

func decode(c *gin.Context) (AnalyzeRequest, error) {
	var req AnalyzeRequest
	if ct := c.GetHeader("Content-Type"); ct != "" {
		if mt, _, err := mime.ParseMediaType(ct); err != nil || mt != "application/json" {
			return req, &Error{Status: http.StatusUnsupportedMediaType, Code: CodeUnsupportedMedia, Message: "Content-Type must be application/json"}
		}
	}
	body, err := io.ReadAll(c.Request.Body)
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return req, &Error{Status: http.StatusRequestEntityTooLarge, Code: CodePayloadTooLarge, Message: fmt.Sprintf("request body exceeds %d bytes", mbe.Limit)}
		}
		return req, &Error{Status: http.StatusBadRequest, Code: CodeInvalidJSON, Message: "request body could not be read"}
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return req, &Error{Status: http.StatusBadRequest, Code: CodeInvalidJSON, Message: "request body is empty: send a JSON object"}
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return req, &Error{Status: http.StatusBadRequest, Code: CodeValidation, Message: "invalid request",
				Details: []FieldError{{Field: te.Field, Message: "must be of type " + te.Type.String()}}}
		}
		if f, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
			return req, &Error{Status: http.StatusBadRequest, Code: CodeValidation, Message: "invalid request",
				Details: []FieldError{{Field: strings.Trim(f, `"`), Message: "unknown field"}}}
		}
		return req, &Error{Status: http.StatusBadRequest, Code: CodeInvalidJSON, Message: "request body is not valid JSON"}
	}
	if dec.More() {
		return req, &Error{Status: http.StatusBadRequest, Code: CodeInvalidJSON, Message: "request body must hold one JSON object"}
	}
	return req, nil
}

func (a *api) validate(r AnalyzeRequest) (validated, error) {
	var v validated
	var fe []FieldError
	bad := func(field, format string, args ...any) {
		fe = append(fe, FieldError{Field: field, Message: fmt.Sprintf(format, args...)})
	}
	seen := map[inventory.Service]bool{}
	for i, s := range r.Resources {
		sv, err := inventory.ParseService(s)
		if err != nil {
			bad(fmt.Sprintf("resources[%d]", i), "unknown resource (accepted: ec2, vpc, s3, rds, iam, lambda)")
			continue
		}
		seen[sv] = true
	}
	if r.Resources != nil && len(r.Resources) == 0 {
		bad("resources", "must not be empty (omit it to collect every resource)")
	}
	for _, sv := range inventory.AllServices() {
		if seen[sv] || r.Resources == nil {
			v.req.Services = append(v.req.Services, sv)
		}
	}
	o := r.Options
	if o == nil {
		o = &AnalyzeOptions{}
	}
	if len(o.Regions) > MaxRegions {
		bad("options.regions", "at most %d regions", MaxRegions)
	}
	seenRegion := map[string]bool{}
	for i, reg := range o.Regions {
		if !config.ValidRegion(reg) {
			bad(fmt.Sprintf("options.regions[%d]", i), "not an AWS region name (e.g. us-east-1)")
			continue
		}
		if !seenRegion[reg] {
			seenRegion[reg] = true
			v.req.Regions = append(v.req.Regions, reg)
		}
	}
	if o.Regions != nil && len(o.Regions) == 0 {
		bad("options.regions", "must not be empty (omit it for the default regions)")
	}
	if len(v.req.Regions) == 0 {
		v.req.Regions = append(v.req.Regions, a.DefaultRegions...)
	}
	typ, err := analysis.ParseType(o.AnalysisType)
	if err != nil {
		bad("options.analysisType", "must be security, cost, architecture or general")
	}
	v.typ = typ
	switch q := o.Question; {
	case !utf8.ValidString(q):
		bad("options.question", "must be valid UTF-8")
	case utf8.RuneCountInString(q) > analysis.MaxQuestionRunes:
		bad("options.question", "at most %d characters", analysis.MaxQuestionRunes)
	case strings.ContainsFunc(q, func(r rune) bool { return unicode.IsControl(r) && r != '\n' && r != '\t' && r != '\r' }):
		bad("options.question", "must not contain control characters")
	default:
		v.question = q
	}
	v.maxTokens = DefaultMaxTokens
	if o.MaxTokens != nil {
		if *o.MaxTokens < 1 || *o.MaxTokens > MaxMaxTokens {
			bad("options.maxTokens", "must be between 1 and %d", MaxMaxTokens)
		}
		v.maxTokens = *o.MaxTokens
	}
	if len(fe) > 0 {
		return v, &Error{Status: http.StatusBadRequest, Code: CodeValidation, Message: "invalid request", Details: fe}
	}
	return v, nil
}

func (a *api) analyze(c *gin.Context) error {
	select {
	case a.slots <- struct{}{}:
		defer func() { <-a.slots }()
	default:
		c.Header("Retry-After", "5")
		return &Error{Status: http.StatusTooManyRequests, Code: CodeRateLimited, Message: "too many analyses in progress; retry later"}
	}
	raw, err := decode(c)
	if err != nil {
		return err
	}
	v, err := a.validate(raw)
	if err != nil {
		return err
	}
	rid := c.GetString(ctxRequestID)
	ctx, cancel := context.WithTimeout(c.Request.Context(), a.Config.AnalyzeTimeout())
	defer cancel()

	// Fail fast: no AWS call when nothing could be sent afterwards.
	if err := a.verifyGateway(ctx, rid); err != nil {
		return err
	}
	start := time.Now()
	cctx, ccancel := context.WithTimeout(ctx, a.Config.CollectTimeout)
	inv, err := a.Collector.Collect(cctx, v.req)
	ccancel()
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return &Error{Status: http.StatusGatewayTimeout, Code: CodeTimeout, Message: "AWS inventory collection timed out", Err: err}
		}
		return fmt.Errorf("collect: %w", err)
	}
	collectDur := time.Since(start)
	for _, w := range inv.Warnings {
		a.Logger.Warn("collection warning", zap.String("requestId", rid), zap.String("service", w.Service),
			zap.String("region", w.Region), zap.String("code", w.Code))
	}
	if inv.Tasks > 0 && inv.FailedTasks == inv.Tasks {
		details := make([]FieldError, 0, len(inv.Warnings))
		for _, w := range inv.Warnings {
			details = append(details, FieldError{Field: w.Service + "/" + w.Region, Message: w.Code + ": " + w.Message})
		}
		return &Error{Status: http.StatusBadGateway, Code: CodeAWSCollectionFailed,
			Message: "no part of the AWS inventory could be collected: check the backend's AWS credentials and permissions", Details: details}
	}
	prompt, err := analysis.Build(analysis.Input{Inventory: inv, Type: v.typ, Question: v.question, BudgetBytes: a.Config.PromptBudgetBytes})
	if err != nil {
		return fmt.Errorf("build prompt: %w", err)
	}
	// Verify again right before sending (a cached success costs nothing).
	if err := a.verifyGateway(ctx, rid); err != nil {
		return err
	}
	cstart := time.Now()
	res, err := a.Claude.Analyze(ctx, claude.Request{System: prompt.System, User: prompt.User, MaxTokens: v.maxTokens})
	if err != nil {
		a.Logger.Warn("claude call failed", zap.String("requestId", rid), zap.Error(err), zap.Duration("claudeDuration", time.Since(cstart)))
		return claudeError(err)
	}
	a.Logger.Info("analysis complete",
		zap.String("requestId", rid),
		zap.String("analysisType", string(v.typ)),
		zap.Int("services", len(v.req.Services)),
		zap.Int("regions", len(v.req.Regions)),
		zap.Int("resources", inv.Total()),
		zap.Int("warnings", len(inv.Warnings)),
		zap.Int("promptBytes", len(prompt.User)),
		zap.Bool("truncated", prompt.Truncated),
		zap.Duration("collectDuration", collectDur),
		zap.Duration("claudeDuration", time.Since(cstart)),
		zap.Int64("inputTokens", res.Usage.InputTokens),
		zap.Int64("outputTokens", res.Usage.OutputTokens),
		zap.String("stopReason", res.StopReason))
	warnings := inv.Warnings
	if warnings == nil {
		warnings = []inventory.Warning{}
	}
	c.JSON(http.StatusOK, AnalyzeResponse{
		Success:  true,
		Analysis: res,
		Inventory: InventorySummary{
			Counts: inv.Counts(), Regions: inv.Regions, Truncated: prompt.Truncated, Warnings: warnings,
		},
		RequestID: rid,
	})
	return nil
}

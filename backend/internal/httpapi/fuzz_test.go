package httpapi_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// FuzzAnalyzeBody feeds arbitrary bodies to POST /analyze: the answer is
// always a well-formed envelope with an expected status, never a panic.
func FuzzAnalyzeBody(f *testing.F) {
	for _, seed := range []string{
		`{}`, `{"resources":["ec2"]}`, `{"options":{"regions":["us-east-1"],"maxTokens":5}}`,
		`{"options":{"question":"\u0000"}}`, `[]`, `null`, `{"resources":[1]}`, `{"options":null}`, `"x"`, ``,
	} {
		f.Add(seed)
	}
	h := newHarness(f, nil)
	f.Fuzz(func(t *testing.T, body string) {
		req := httptest.NewRequest(http.MethodPost, "/analyze", strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+apiKey)
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.h.ServeHTTP(rec, req)
		switch rec.Code {
		case http.StatusOK, http.StatusBadRequest, http.StatusRequestEntityTooLarge:
		default:
			t.Fatalf("status %d for %q", rec.Code, body)
		}
		var env map[string]any
		if err := json.Unmarshal(rec.Body.Bytes(), &env); err != nil {
			t.Fatalf("answer is not JSON: %v", err)
		}
		if ok, _ := env["success"].(bool); ok != (rec.Code == http.StatusOK) {
			t.Fatalf("success=%v with status %d", ok, rec.Code)
		}
	})
}

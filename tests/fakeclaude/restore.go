package fakeclaude

import (
	"fmt"
	"regexp"
	"strings"
)

// Restoration pairs a token the fake named in its analysis with what the caller received in
// its place after the gateway restored the answer.
type Restoration struct {
	// Token is the masked identifier as the fake wrote it, e.g. AWS_INSTANCE_ID_001.
	Token string
	// Original is what stood in its place in the restored answer.
	Original string
}

var findingLine = regexp.MustCompile(`^- (` + TokenPattern + `): (.*)$`)

// SplitEcho separates an answer into the analysis and, for an Echo answer, the quoted prompt
// (empty otherwise).
func SplitEcho(answer string) (analysis, echo string) {
	if a, e, ok := strings.Cut(answer, "\n"+EchoHeading+"\n\n"); ok {
		return a, e
	}
	return answer, ""
}

// Restorations lines up the analysis the fake wrote for tokens (see Analysis) with the restored
// text the caller received, finding by finding, and returns what each token became. It fails
// when the two texts do not have the same shape, when a finding's advice changed, or when a
// token came back unrestored. The quoted prompt of an Echo answer is left out.
func Restorations(tokens []string, restored string) ([]Restoration, error) {
	analysis, _ := SplitEcho(restored)
	masked := strings.Split(Analysis(tokens), "\n")
	got := strings.Split(analysis, "\n")
	if len(masked) != len(got) {
		return nil, fmt.Errorf("restored answer has %d lines, the fake wrote %d", len(got), len(masked))
	}
	var out []Restoration
	for i, line := range masked {
		m := findingLine.FindStringSubmatch(line)
		if m == nil {
			if got[i] != line {
				return nil, fmt.Errorf("line %d changed: %q became %q", i+1, line, got[i])
			}
			continue
		}
		token, advice := m[1], m[2]
		original, ok := strings.CutPrefix(got[i], "- ")
		if ok {
			original, ok = strings.CutSuffix(original, ": "+advice)
		}
		if !ok || original == "" {
			return nil, fmt.Errorf("line %d: finding for %s lost its shape: %q", i+1, token, got[i])
		}
		if original == token {
			return nil, fmt.Errorf("line %d: %s came back unrestored", i+1, token)
		}
		out = append(out, Restoration{Token: token, Original: original})
	}
	return out, nil
}

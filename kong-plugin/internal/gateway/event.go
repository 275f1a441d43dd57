package gateway

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// Outcomes of an Event.
const (
	OutcomeMasked      = "masked"      // access: body masked and forwarded
	OutcomePassthrough = "passthrough" // nothing to do (no body, or no mapping to restore)
	OutcomeProbe       = "probe"       // the probe was answered
	OutcomeRestored    = "restored"    // response: body restored and returned
	OutcomeStreamed    = "streamed"    // response: event stream restored while streaming
	OutcomeRefused     = "refused"     // the exchange ended with an error response
)

// Event is the one log record of a phase. It holds only counts, sizes, codes and durations:
// there is deliberately no field that could carry request or response content.
type Event struct {
	Phase    string         // "access" or "response"
	Outcome  string         // one of the Outcome constants
	Code     string         // error code when Outcome is "refused"
	Status   int            // HTTP status sent when the handler answered, else 0
	BytesIn  int            // body bytes read (decoded)
	BytesOut int            // body bytes written
	Tokens   int            // tokens in the request's mapping
	Counts   map[string]int // tokens issued per secret type (access)
	Duration time.Duration  // time spent in the handler
	Panic    bool           // the event recovered from a panic
}

// String formats the event as one logfmt line with stable key order.
func (e Event) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "aws-masker phase=%s outcome=%s", e.Phase, e.Outcome)
	if e.Code != "" {
		fmt.Fprintf(&b, " code=%s", e.Code)
	}
	if e.Status != 0 {
		fmt.Fprintf(&b, " status=%d", e.Status)
	}
	fmt.Fprintf(&b, " bytes_in=%d bytes_out=%d tokens=%d", e.BytesIn, e.BytesOut, e.Tokens)
	if len(e.Counts) > 0 {
		types := make([]string, 0, len(e.Counts))
		for t := range e.Counts {
			types = append(types, t)
		}
		sort.Strings(types)
		b.WriteString(" counts=")
		for i, t := range types {
			if i > 0 {
				b.WriteByte(',')
			}
			fmt.Fprintf(&b, "%s:%d", t, e.Counts[t])
		}
	}
	if e.Panic {
		b.WriteString(" panic=true")
	}
	fmt.Fprintf(&b, " duration_ms=%.3f", float64(e.Duration.Microseconds())/1000)
	return b.String()
}

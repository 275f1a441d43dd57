package masking

import (
	"bytes"
	"io"
	"slices"
	"strconv"
)

// maxSSEEvent bounds one server-sent event held by the restorer (bytes).
const maxSSEEvent = 16 << 20

// UnmaskSSE restores a whole text/event-stream body of the Messages API. It is the same as
// writing stream to NewSSERestorer and closing it.
func (m *Mapping) UnmaskSSE(stream []byte) ([]byte, error) {
	var out bytes.Buffer
	out.Grow(len(stream) + len(stream)/8)
	r := m.NewSSERestorer(&out)
	if _, err := r.Write(stream); err != nil {
		return nil, err
	}
	if err := r.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// NewSSERestorer returns the streaming form of UnmaskSSE for a proxy: bytes written to it
// are restored event by event and written to w. A token split across text_delta,
// thinking_delta or input_json_delta events of one content block is held back until it is
// complete and emitted before the block's content_block_stop; restored originals inside
// partial_json are JSON-escaped; thinking signatures become envelopes; every other event is
// written byte-identical unless it holds a token. Close flushes what is held back; it does
// not close w.
func (m *Mapping) NewSSERestorer(w io.Writer) io.WriteCloser {
	return &sseRestorer{m: m, w: w, blocks: make(map[int]*blockState)}
}

type sseRestorer struct {
	m      *Mapping
	w      io.Writer
	buf    []byte // bytes of an incomplete event
	seen   int    // buf[:seen] holds no event terminator (resume point of the search)
	out    []byte // output of the current Write
	blocks map[int]*blockState
	p      parser
	tmp    []byte // restored text of the current delta, reused
	dec    []byte // decoded text of the current delta, reused
	closed bool
	err    error
}

// blockState is what the restorer holds for one content block index.
type blockState struct {
	deltaType string // last delta type seen (for the synthetic flush event)
	field     string // its text field
	carry     []byte // decoded delta text not yet restorable
	// thinking blocks
	thinking    bool
	masked      []byte // the whole masked thinking text
	restoredLen int
	spans       []span
	sig         []byte
	sigSeen     bool
}

func (r *sseRestorer) Write(b []byte) (int, error) {
	if r.err != nil {
		return 0, r.err
	}
	if r.closed {
		return 0, newError(CodeInvalidSSE, "write after Close")
	}
	r.out = r.out[:0]
	// Events complete within b are restored straight from it; only an unfinished tail is
	// copied into r.buf (and completed by later writes).
	src, held := b, false
	if len(r.buf) > 0 {
		r.buf = append(r.buf, b...)
		src, held = r.buf, true
	}
	start := 0
	for {
		end := eventEnd(src, max(start, r.seen))
		if end < 0 {
			break
		}
		r.event(src[start:end])
		start, r.seen = end, end
		if len(r.out) >= 64<<10 {
			if err := r.flushOut(); err != nil {
				return 0, err
			}
		}
	}
	if held {
		n := copy(r.buf, r.buf[start:])
		r.buf = r.buf[:n]
	} else {
		r.buf = append(r.buf[:0], b[start:]...)
	}
	// a terminator may straddle the next write: resume 3 bytes back ("\r\n\r\n")
	r.seen = max(len(r.buf)-3, 0)
	if len(r.buf) > maxSSEEvent {
		r.err = newError(CodeInvalidSSE, "an event exceeds 16 MiB")
		return 0, r.err
	}
	if err := r.flushOut(); err != nil {
		return 0, err
	}
	return len(b), nil
}

func (r *sseRestorer) flushOut() error {
	if len(r.out) == 0 {
		return nil
	}
	if _, err := r.w.Write(r.out); err != nil {
		r.err = err
		return err
	}
	r.out = r.out[:0]
	return nil
}

// Close restores what is left (an unterminated last event) and emits every held-back
// carry and signature.
func (r *sseRestorer) Close() error {
	if r.err != nil {
		return r.err
	}
	if r.closed {
		return nil
	}
	r.closed = true
	r.out = r.out[:0]
	if len(r.buf) > 0 {
		r.event(r.buf)
		r.buf = r.buf[:0]
	}
	idx := make([]int, 0, len(r.blocks))
	for i := range r.blocks {
		idx = append(idx, i)
	}
	slices.Sort(idx)
	for _, i := range idx {
		r.flushBlock(i)
	}
	return r.flushOut()
}

// eventEnd returns the end of the first complete event at or after start (just past its
// blank line), or -1.
func eventEnd(b []byte, start int) int {
	for i := start; ; {
		k := bytes.IndexByte(b[i:], '\n')
		if k < 0 {
			return -1
		}
		j := i + k + 1
		if j < len(b) && b[j] == '\n' {
			return j + 1
		}
		if j+1 < len(b) && b[j] == '\r' && b[j+1] == '\n' {
			return j + 2
		}
		i = j
	}
}

// dataLine finds the single "data:" line of an event and returns its payload's offsets.
func dataLine(ev []byte) (start, end int, ok bool) {
	found := false
	for i := 0; i < len(ev); {
		k := bytes.IndexByte(ev[i:], '\n')
		lineEnd := len(ev)
		if k >= 0 {
			lineEnd = i + k
		}
		line := ev[i:lineEnd]
		if bytes.HasPrefix(line, []byte("data:")) {
			if found {
				return 0, 0, false
			}
			found = true
			start = i + len("data:")
			if start < lineEnd && ev[start] == ' ' {
				start++
			}
			end = lineEnd
			if end > start && ev[end-1] == '\r' {
				end--
			}
		}
		if k < 0 {
			break
		}
		i = lineEnd + 1
	}
	return start, end, found
}

// event restores one event into r.out.
func (r *sseRestorer) event(ev []byte) {
	ds, de, ok := dataLine(ev)
	if !ok {
		r.out, _ = r.m.restore(r.out, ev, true, true, nil)
		return
	}
	r.p = parser{buf: ev[ds:de], nodes: r.p.nodes[:0]}
	root, err := r.p.parse()
	if err != nil {
		r.out, _ = r.m.restore(r.out, ev, true, true, nil)
		return
	}
	p := &r.p
	typ, _ := p.stringAt(p.field(root, "type"))
	index := -1
	if n := p.field(root, "index"); n >= 0 && p.nodes[n].kind == kNumber {
		index = smallInt(p.buf[p.nodes[n].start:p.nodes[n].end])
	}
	switch string(typ) {
	case "content_block_start":
		if index >= 0 {
			bt, _ := p.stringAt(p.field(p.field(root, "content_block"), "type"))
			r.blocks[index] = &blockState{thinking: string(bt) == "thinking" && r.m.eng != nil}
		}
	case "content_block_delta":
		if index >= 0 && r.delta(ev, ds, root, index) {
			return
		}
	case "content_block_stop":
		if index >= 0 {
			r.flushBlock(index)
		}
	}
	r.out, _ = r.m.restore(r.out, ev, true, true, nil)
}

// smallInt parses a non-negative decimal of at most 9 digits, or returns -1.
func smallInt(b []byte) int {
	if len(b) == 0 || len(b) > 9 {
		return -1
	}
	n := 0
	for _, c := range b {
		if !isDec(c) {
			return -1
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// delta handles a content_block_delta; it returns false when the event is to be restored
// as it is.
func (r *sseRestorer) delta(ev []byte, ds int, root int32, index int) bool {
	p := &r.p
	d := p.field(root, "delta")
	dt, _ := p.stringAt(p.field(d, "type"))
	var field string
	switch string(dt) {
	case "text_delta":
		field = "text"
	case "thinking_delta":
		field = "thinking"
	case "input_json_delta":
		field = "partial_json"
	case "signature_delta":
		bs := r.block(index)
		if !bs.thinking {
			return false
		}
		sig, ok := p.stringAt(p.field(d, "signature"))
		if !ok {
			return false
		}
		bs.sig = append(bs.sig, sig...)
		bs.sigSeen = true
		return true // held until the block stops
	default:
		return false
	}
	n := p.field(d, field)
	if n < 0 || p.nodes[n].kind != kString {
		return false
	}
	nd := &p.nodes[n]
	text := p.str(nd.start, nd.end, nd.esc, &r.dec)
	bs := r.block(index)
	if bs.deltaType != string(dt) {
		bs.deltaType, bs.field = string(dt), field
	}
	hadCarry := len(bs.carry) > 0
	in := text
	if hadCarry {
		in = append(bs.carry, text...)
	}
	var spans []span
	var sp *[]span
	if bs.thinking && field == "thinking" {
		bs.masked = append(bs.masked, text...)
		sp = &spans
	}
	restored, consumed := r.m.restore(r.tmp[:0], in, field == "partial_json", false, sp)
	r.tmp = restored
	bs.carry = append(bs.carry[:0], in[consumed:]...) // in may share carry's array: append moves safely
	for _, s := range spans {
		bs.spans = append(bs.spans, span{start: s.start + bs.restoredLen, end: s.end + bs.restoredLen, tok: s.tok})
	}
	if sp != nil {
		bs.restoredLen += len(restored)
	}
	if !hadCarry && len(bs.carry) == 0 && bytes.Equal(restored, text) {
		r.out = append(r.out, ev...)
		return true
	}
	r.out = append(r.out, ev[:ds+int(nd.start)]...)
	r.out = appendJSONString(r.out, restored)
	r.out = append(r.out, ev[ds+int(nd.end):]...)
	return true
}

func (r *sseRestorer) block(index int) *blockState {
	bs := r.blocks[index]
	if bs == nil {
		bs = &blockState{}
		r.blocks[index] = bs
	}
	return bs
}

// flushBlock emits a block's held-back text and its signature envelope, then forgets it.
func (r *sseRestorer) flushBlock(index int) {
	bs := r.blocks[index]
	if bs == nil {
		return
	}
	delete(r.blocks, index)
	if len(bs.carry) > 0 {
		var spans []span
		restored, _ := r.m.restore(nil, bs.carry, bs.field == "partial_json", true, &spans)
		if bs.thinking && bs.field == "thinking" {
			for _, s := range spans {
				bs.spans = append(bs.spans, span{start: s.start + bs.restoredLen, end: s.end + bs.restoredLen, tok: s.tok})
			}
			bs.restoredLen += len(restored)
		}
		r.out = appendDeltaEvent(r.out, index, bs.deltaType, bs.field, restored)
	}
	if bs.sigSeen {
		env := makeEnvelope(r.m.eng.key, bs.masked, string(bs.sig), bs.spans)
		r.out = appendDeltaEvent(r.out, index, "signature_delta", "signature", []byte(env))
	}
}

func appendDeltaEvent(dst []byte, index int, deltaType, field string, text []byte) []byte {
	dst = append(dst, "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":"...)
	dst = strconv.AppendInt(dst, int64(index), 10)
	dst = append(dst, ",\"delta\":{\"type\":\""...)
	dst = append(dst, deltaType...)
	dst = append(dst, "\",\""...)
	dst = append(dst, field...)
	dst = append(dst, "\":"...)
	dst = appendJSONString(dst, text)
	return append(dst, "}}\n\n"...)
}

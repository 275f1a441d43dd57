package masking

import (
	"bytes"
	"runtime"
	"sync"
	"sync/atomic"
)

// finder is the working memory of one goroutine that detects the identifiers of segments (a
// scanner with its buffers and memo) and renders them masked. A Session has one; a large
// request is scanned and rendered by several (detectParallel, emitParallel). What
// a finder returns for a text depends on the text alone (and on whether the input holds
// "AWS_" at all), never on which finder scanned it or what it scanned before.
type finder struct {
	det        *detector
	maxTokLen  int  // the engine's longest token
	prefixSeen bool // the input holds "AWS_" (Session.prefixSeen, for this call)

	scan    *scanState           // the detector's state, reused per segment
	scratch []match              // detector output, reused per segment
	keyed   [1]match             // keyedValue's match
	buf     []byte               // decode buffer for a literal not decoded up front
	memo    map[string]memoEntry // detection of short texts, by text, for this request
	memoMs  []match              // their matches
	out     []match              // detectParallel: the matches of this finder's segments
	failed  bool                 // a parallel run panicked (the value is not kept)

	// rendering (emitAll)
	merged   []hit   // one segment's replacements with propagation, while it is rendered
	tmp      []byte  // masked text of a risky segment
	tmp2     []byte  // its restore check
	counts   []int32 // replacements per token index, added to the Session's counts at the end
	rendered []byte  // emitParallel: the output of this finder's runs of segments
}

// segSpan locates one segment's matches after detectParallel: finder w's out[off : off+n].
type segSpan struct{ w, off, n int32 }

// start readies f for a call of s.
func (f *finder) start(s *Session) {
	f.det, f.maxTokLen, f.prefixSeen = s.eng.det, s.eng.maxTokLen, s.prefixSeen
}

// forget drops every reference to request text, keeping the buffers for reuse.
func (f *finder) forget() {
	clear(f.memo)
	f.memoMs = f.memoMs[:0]
	f.out = f.out[:0]
	f.rendered = f.rendered[:0]
	if f.scan != nil {
		f.scan.text, f.scan.dst = nil, nil
	}
}

// scanStateSize bounds the size of a scanState (TestScanStateSize keeps it true).
const scanStateSize = 2744

// retained estimates the bytes of working memory f holds.
func (f *finder) retained() int {
	const matchSize = 48
	n := cap(f.buf) + matchSize*(cap(f.scratch)+cap(f.memoMs)+cap(f.out)) +
		12*cap(f.merged) + cap(f.tmp) + cap(f.tmp2) + 4*cap(f.counts) + cap(f.rendered)
	if f.scan != nil {
		n += scanStateSize + matchSize*(cap(f.scan.late)+cap(f.scan.prim)+cap(f.scan.early))
		if f.scan.keys != nil {
			n += keyCacheSize
		}
	}
	return n
}

// segment returns the identifiers in sg, whose text is text. The result is valid until the
// next call.
func (f *finder) segment(sg *segment, text []byte) []match {
	ms := f.find(text)
	if sg.keyTyp != "" && (len(ms) == 0 || len(ms) == 1 && ms[0].start == 0 && ms[0].end == len(text) && ms[0].typ == "resource-name") {
		// nothing found, or only the heuristic's guess for the whole value: the key knows better
		if km := f.keyedValue(text, sg.keyTyp, sg.keyMode); km != nil {
			ms = km
		} else if sg.keyTyp == "name" && apiFilterName(text) {
			ms = nil // {"Name": "replication-task-id", "Values": [...]}: the filter's name is AWS's word
		}
	}
	return ms
}

// keyedValue judges a whole JSON value by the key it stands under, as the key-value rule does
// in text, for structured data whose values are separate literals (tool_use input):
// {"FunctionName": "acme-orders-ingest"}. It returns the value as one match, or nil.
func (f *finder) keyedValue(text []byte, typ string, mode valueMode) []match {
	if tokenLike(text) || f.prefixSeen && bytes.Contains(text, []byte(tokenPrefix)) {
		return nil // already a token, or holds one
	}
	if mode != modeSpaces && mode != modeSecret && bytes.ContainsAny(text, " \t\n") || bytes.Contains(text, []byte("://")) {
		return nil
	}
	v := text
	if awsWord(v) {
		return nil // "service": "cloudwatch"
	}
	if typ == "name" {
		if !acceptValue(v, "name", modeSpaces) || apiFilterName(v) {
			return nil
		}
	} else if !acceptValue(v, typ, mode) {
		return nil
	}
	f.keyed[0] = match{start: 0, end: len(text), typ: reportedType(typ)}
	return f.keyed[:1]
}

// apiFilterName reports an AWS API filter's name, which a tool's input puts under "Name"
// ({"Name": "route-search.longest-prefix-match", "Values": [...]}, replication-task-id,
// tag:Name): lower-case words joined by '-', '.' or ':' that end in -id or -name, or hold a
// '.' or a "tag:" prefix.
func apiFilterName(v []byte) bool {
	for _, c := range v {
		if !isLower(c) && !isDigit(c) && c != '-' && c != '.' && c != ':' {
			return hasPrefix(v, "tag:")
		}
	}
	return hasSuffix(v, "-id") || hasSuffix(v, "-name") || hasSuffix(v, "-ids") || bytes.IndexByte(v, '.') > 0 ||
		hasPrefix(v, "tag:") || hasPrefix(v, "tag-key")
}

// find returns the identifiers the rules find in text, tokens excluded. Detection depends on
// the text alone, so a short text seen before in the request is not scanned again.
func (f *finder) find(text []byte) []match {
	if len(text) > maxMemo {
		return f.scanText(text)
	}
	if e, ok := f.memo[string(text)]; ok {
		return f.memoMs[e.off : e.off+e.n]
	}
	ms := f.scanText(text)
	if len(f.memo) < maxMemoEntries {
		if f.memo == nil {
			f.memo = make(map[string]memoEntry)
		}
		f.memo[string(text)] = memoEntry{off: int32(len(f.memoMs)), n: int32(len(ms))}
		f.memoMs = append(f.memoMs, ms...)
	}
	return ms
}

// scanText scans text and drops the matches that overlap a token.
func (f *finder) scanText(text []byte) []match {
	if f.scan == nil {
		f.scan = new(scanState)
	}
	f.scratch = f.det.scanWith(f.scan, text, f.scratch[:0])
	if !f.prefixSeen {
		return f.scratch // no token in the input
	}
	return f.dropTokens(text, f.scratch)
}

// dropTokens removes matches that are, or overlap, a token of a known type, so masking
// masked text changes nothing: a rule that reads a token's digits as part of a host name
// must not tear the token apart.
func (f *finder) dropTokens(text []byte, all []match) []match {
	if len(all) == 0 {
		return all
	}
	first := bytes.Index(text, []byte(tokenPrefix)) // a match ending before it overlaps no token
	if first < 0 {
		return all
	}
	w := 0
	for _, m := range all {
		if first < m.end && f.overlapsToken(text, m.start, m.end) {
			continue
		}
		all[w] = m
		w++
	}
	return all[:w]
}

// overlapsToken reports whether text[start:end] overlaps a token-shaped string. Any token
// shape counts, not only the principal types of enabled rules: rules report finer types
// (public-ipv4 from the IP rule), and a re-masked token must never be torn apart. A token
// shape is a run of [A-Z0-9_], so no identifier can hide inside one.
func (f *finder) overlapsToken(text []byte, start, end int) bool {
	from := max(0, start-f.maxTokLen)
	var endsBuf [8]int
	for {
		k := bytes.Index(text[from:min(len(text), end+len(tokenPrefix)-1)], []byte(tokenPrefix))
		if k < 0 {
			return false
		}
		p := from + k
		ends, _ := candidateEnds(text, p, f.maxTokLen, endsBuf[:0])
		for _, e := range ends {
			if e > start {
				if _, ok := tokenShape(text[p:e]); ok {
					return true
				}
			}
		}
		from = p + 1
	}
}

// Parallel detection. Below parallelMin bytes of text a request is scanned on the caller's
// goroutine: starting goroutines would cost more than it saves, and a gateway busy with many
// small requests already uses every core.
const (
	parallelMin    = 64 << 10
	maxScanWorkers = 8
	// chunkMin is the least text one unit of parallel work holds: segments are handed out in
	// runs of about total/(workers*chunksPerWorker) bytes, so a worker that drew slow text does
	// not hold the others up.
	chunkMin        = 8 << 10
	chunksPerWorker = 8
)

// scanWorkers returns how many goroutines scan a request of n bytes of text in segs
// segments: 1 for small or single-segment input.
func (e *Engine) scanWorkers(n, segs int) int {
	if n < parallelMin || segs < 2 {
		return 1
	}
	w := e.workers
	if w == 0 {
		w = min(runtime.GOMAXPROCS(0), maxScanWorkers)
	}
	return max(1, min(w, segs))
}

// resetCounts readies f.counts for a request of n tokens.
func (f *finder) resetCounts(n int) {
	if cap(f.counts) < n {
		f.counts = make([]int32, n)
	}
	f.counts = f.counts[:n]
	clear(f.counts)
}

// segRun is one unit of parallel work, segments [from, to), and what became of it: the
// finder that took it and, for rendering, where its output is and whether it failed.
type segRun struct {
	from, to int
	w        int   // index of the finder that took the run
	off, n   int   // emitParallel: the run's output is finders[w].rendered[off : off+n]
	err      error // emitParallel: why the run could not be rendered
}

// finders returns the w finders of a parallel call, the Session's own first, creating
// workers as needed, each readied for this call.
func (s *Session) finders(w int) []*finder {
	for len(s.workers) < w-1 {
		s.workers = append(s.workers, new(finder))
	}
	fs := make([]*finder, 0, w)
	fs = append(fs, &s.fd)
	fs = append(fs, s.workers[:w-1]...)
	for _, f := range fs {
		f.start(s)
		f.failed = false
	}
	return fs
}

// parallel runs fn over runs of consecutive segments holding about n/(w*chunksPerWorker)
// bytes each (chunkMin at least), on one goroutine per finder of fs (the caller's is the
// first). It returns the runs, in segment order. A panic in fn is raised again on the
// caller's goroutine once every goroutine has stopped, so failClosed refuses the request and
// no goroutine still reads it.
func (s *Session) parallel(fs []*finder, segs []segment, n int, fn func(f *finder, r *segRun)) []segRun {
	w := len(fs)
	chunk := max(chunkMin, n/(w*chunksPerWorker))
	runs := s.runs[:0]
	for from := 0; from < len(segs); {
		to, size := from, 0
		for to < len(segs) && size < chunk {
			size += len(segs[to].raw)
			to++
		}
		runs = append(runs, segRun{from: from, to: to})
		from = to
	}
	s.runs = runs[:0]
	var next atomic.Int32
	work := func(id int) {
		f := fs[id]
		defer func() {
			if r := recover(); r != nil {
				f.failed = true
			}
		}()
		for {
			c := int(next.Add(1)) - 1
			if c >= len(runs) {
				return
			}
			runs[c].w = id
			fn(f, &runs[c])
		}
	}
	var wg sync.WaitGroup
	for id := 1; id < w; id++ {
		wg.Go(func() { work(id) })
	}
	work(0)
	wg.Wait()
	for _, f := range fs {
		if f.failed {
			panic("masking: a worker failed") // failClosed turns it into CodeInternal
		}
	}
	return runs
}

// detectParallel is detect for a large request: w finders scan runs of consecutive segments
// concurrently, then the matches are numbered on the caller's goroutine in segment order,
// exactly as the sequential loop would have numbered them.
func (s *Session) detectParallel(segs []segment, n, w int) {
	if cap(s.spans) < len(segs) {
		s.spans = make([]segSpan, len(segs))
	}
	spans := s.spans[:len(segs)]
	fs := s.finders(w)
	for _, f := range fs {
		f.out = f.out[:0]
	}
	s.parallel(fs, segs, n, func(f *finder, r *segRun) {
		for i := r.from; i < r.to; i++ {
			sg := &segs[i]
			if sg.verbatim {
				spans[i] = segSpan{w: int32(r.w)}
				continue
			}
			ms := f.segment(sg, sg.text(&f.buf))
			spans[i] = segSpan{w: int32(r.w), off: int32(len(f.out)), n: int32(len(ms))}
			f.out = append(f.out, ms...)
		}
	})
	for i := range segs {
		sg := &segs[i]
		sg.hitOff, sg.hitN = int32(len(s.hits)), 0
		if sg.verbatim {
			continue
		}
		sp := spans[i]
		s.issue(sg, sg.text(&s.fd.buf), fs[sp.w].out[sp.off:sp.off+sp.n])
	}
	s.namePrefixes()
	s.prop.build(s.mapping.origs)
}

// emitParallel is emitAll for a large request: w finders render runs of consecutive
// segments, each with the body bytes before them, into buffers of their own, which are then
// joined in order. When runs fail, the error is that of the first, as in the sequential
// loop.
func (s *Session) emitParallel(dst, body []byte, segs []segment, n, w int) ([]byte, error) {
	fs := s.finders(w)
	for _, f := range fs {
		f.resetCounts(len(s.mapping.tokens))
		f.rendered = f.rendered[:0]
	}
	runs := s.parallel(fs, segs, n, func(f *finder, r *segRun) {
		r.off = len(f.rendered)
		out, err := s.emitRange(f, f.rendered, body, segs, r.from, r.to)
		if err != nil {
			r.err = err
			return
		}
		f.rendered, r.n = out, len(out)-r.off
	})
	for _, r := range runs {
		if r.err != nil {
			return nil, r.err
		}
	}
	for _, r := range runs {
		dst = append(dst, fs[r.w].rendered[r.off:r.off+r.n]...)
	}
	for _, f := range fs {
		s.addCounts(f)
	}
	return appendTail(dst, body, segs), nil
}

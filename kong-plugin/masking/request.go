package masking

import (
	"bytes"
)

// MaskRequest masks a Messages API request body and returns the body to forward.
//
// Masked: system (string or text blocks), message content (string or blocks), text blocks,
// every key and string value of tool_use/server_tool_use input, tool_result content,
// document text sources, titles and context, search results, tool descriptions and every
// key and string of input_schema, stop_sequences, and every string of any field or block
// type the engine does not know (masked as data rather than forwarded blind). Left alone:
// model and sampling parameters, ids, tool names, cache_control, metadata, base64 image
// data, file ids, redacted_thinking data and encrypted search results. Thinking blocks are
// handled as described in the package doc.
//
// Only changed string literals differ from the input; every other byte, key order and
// escape style included, is kept, so unchanged prefixes stay cacheable. Errors are *Error:
// INVALID_JSON, NOT_A_MESSAGES_REQUEST, UNMASKABLE_CONTENT, TOO_LARGE, INTERNAL_ERROR.
func (s *Session) MaskRequest(body []byte) (out []byte, err error) {
	if err := s.usable(); err != nil {
		return nil, err
	}
	defer failClosed(&out, &err)
	if len(body) > maxInput {
		return nil, newError(CodeTooLarge, "body larger than 2 GiB")
	}
	s.stats.BytesIn += len(body)
	w := reqWalker{s: s, segs: s.segs[:0], members: s.members[:0], p: parser{
		buf: body, nodes: s.nodes[:0], decode: true, dec: s.dec[:0], escs: s.escs[:0], strs: s.strs[:0]}}
	defer w.giveBack()
	root, err := w.p.parse()
	if err != nil {
		return nil, &Error{Code: CodeInvalidJSON, Message: "request body is not valid JSON", Err: err}
	}
	if err := w.request(root); err != nil {
		return nil, err
	}
	s.useDecoded(&w.p, w.segs)
	// Reserve token-shaped text: the raw body holds every occurrence except those spelled
	// with \u escapes, so literals with such escapes are reserved decoded as well.
	s.prefixSeen = s.reserve(body)
	if w.p.uEsc { // some literal has a \u escape (the parser saw every one)
		for i := range w.segs {
			if sg := &w.segs[i]; sg.esc && bytes.Contains(sg.raw, []byte(`\u`)) && s.reserve(sg.text(&s.fd.buf)) {
				s.prefixSeen = true
			}
		}
	}
	w.verifyThinking()
	s.detect(w.segs)
	sortByPosition(w.segs)
	out, err = s.emitAll(make([]byte, 0, len(body)+len(body)/8), body, w.segs)
	if err != nil {
		return nil, err
	}
	s.stats.BytesOut += len(out)
	return out, nil
}

// reqWalker classifies a parsed request and collects its text segments in prompt-cache order.
type reqWalker struct {
	s        *Session
	p        parser
	segs     []segment
	members  []member // stack of the members of the objects being walked
	thinking []thinkingBlock
	scratch  []byte
}

// giveBack returns the walker's buffers to the Session for the next request.
func (w *reqWalker) giveBack() {
	w.s.nodes = w.p.nodes[:0]
	w.s.dec, w.s.escs, w.s.strs = w.p.dec[:0], w.p.escs[:0], w.p.strs[:0]
	clear(w.segs) // they point into the caller's body
	w.s.segs = w.segs[:0]
	clear(w.members)
	w.s.members = w.members[:0]
}

// place names a part of a request in error messages; it is joined only when an error is
// reported, so walking a valid request builds no strings.
type place struct{ what, part string }

func (p place) String() string {
	if p.part == "" {
		return p.what
	}
	return p.what + " " + p.part
}

type member struct {
	key string
	val int32
}

// objMembers lists an object's members, refusing duplicate keys (an ambiguous shape). The
// lists of a request share one buffer of the Session.
func (w *reqWalker) objMembers(obj int32, what place) ([]member, error) {
	base := len(w.members)
	for c := w.p.nodes[obj].first; c >= 0; c = w.p.nodes[c].next {
		n := &w.p.nodes[c]
		kb := w.p.buf[n.keyStart+1 : n.keyEnd-1]
		if n.keyEsc {
			kb = w.p.str(n.keyStart, n.keyEnd, n.keyEsc, &w.scratch)
		}
		for _, m := range w.members[base:] {
			if m.key == string(kb) {
				w.members = w.members[:base]
				return nil, newError(CodeUnmaskableContent, what.String()+" has a duplicate key")
			}
		}
		w.members = append(w.members, member{key: intern(kb), val: c})
	}
	return w.members[base:len(w.members):len(w.members)], nil
}

// intern returns k as a string, without allocating for the keys and type names of the
// Messages API.
func intern(k []byte) string {
	switch string(k) {
	case "user":
		return "user"
	case "assistant":
		return "assistant"
	case "tool_use":
		return "tool_use"
	case "tool_result":
		return "tool_result"
	case "image":
		return "image"
	case "document":
		return "document"
	case "base64":
		return "base64"
	case "type":
		return "type"
	case "text":
		return "text"
	case "content":
		return "content"
	case "role":
		return "role"
	case "id":
		return "id"
	case "name":
		return "name"
	case "input":
		return "input"
	case "tool_use_id":
		return "tool_use_id"
	case "cache_control":
		return "cache_control"
	case "source":
		return "source"
	case "messages":
		return "messages"
	case "model":
		return "model"
	case "max_tokens":
		return "max_tokens"
	case "system":
		return "system"
	case "tools":
		return "tools"
	case "description":
		return "description"
	case "input_schema":
		return "input_schema"
	case "is_error":
		return "is_error"
	case "stream":
		return "stream"
	case "temperature":
		return "temperature"
	case "thinking":
		return "thinking"
	case "signature":
		return "signature"
	case "metadata":
		return "metadata"
	case "data":
		return "data"
	case "media_type":
		return "media_type"
	}
	return string(k)
}

func lookup(ms []member, key string) int32 {
	for _, m := range ms {
		if m.key == key {
			return m.val
		}
	}
	return -1
}

func (w *reqWalker) kind(n int32) uint8 { return w.p.nodes[n].kind }

// stringValue returns the decoded string at n; ok is false when n is not a string.
func (w *reqWalker) stringValue(n int32) (string, bool) {
	if n < 0 || w.kind(n) != kString {
		return "", false
	}
	nd := &w.p.nodes[n]
	return intern(w.p.str(nd.start, nd.end, nd.esc, &w.scratch)), true
}

// addText adds the string literal at [start,end) as a segment.
func (w *reqWalker) addText(start, end int32, esc bool) {
	w.segs = append(w.segs, segment{litStart: int(start), litEnd: int(end), raw: w.p.buf[start+1 : end-1], esc: esc})
}

// text requires n to be a string and masks it.
func (w *reqWalker) text(n int32, what place) error {
	if w.kind(n) != kString {
		return newError(CodeUnmaskableContent, what.String()+" is not a string")
	}
	nd := &w.p.nodes[n]
	w.addText(nd.start, nd.end, nd.esc)
	return nil
}

// opaqueKeys are values the generic walker leaves alone: identifiers and encrypted payloads
// that belong to the API, not to the user's data.
func opaqueKey(k string) bool {
	switch k {
	case "type", "id", "tool_use_id", "cache_control", "signature", "encrypted_content",
		"encrypted_index", "file_id", "media_type":
		return true
	}
	return false
}

// data masks every key and string value under n (JSON of any shape). When skipOpaque is set,
// members named by opaqueKey are left alone.
func (w *reqWalker) data(n int32, skipOpaque bool) {
	w.dataKeyed(n, skipOpaque, "", modeName)
}

// dataKeyed is data for a value that stands under a member key of type typ (or "" when it
// names nothing): a string value, or the strings of an array value, carries the key's type,
// so that the detector judges it as it judges "key": "value" in text.
func (w *reqWalker) dataKeyed(n int32, skipOpaque bool, typ string, mode valueMode) {
	nd := &w.p.nodes[n]
	switch nd.kind {
	case kString:
		w.addText(nd.start, nd.end, nd.esc)
		sg := &w.segs[len(w.segs)-1]
		sg.keyTyp, sg.keyMode = typ, mode
	case kArray:
		for c := nd.first; c >= 0; c = w.p.nodes[c].next {
			w.dataKeyed(c, skipOpaque, typ, mode)
		}
	case kObject:
		ptyp, pmode := w.pairType(n)
		for c := nd.first; c >= 0; c = w.p.nodes[c].next {
			cn := &w.p.nodes[c]
			key := w.p.str(cn.keyStart, cn.keyEnd, cn.keyEsc, &w.scratch)
			if skipOpaque && opaqueKey(string(key)) {
				continue
			}
			ktyp, kmode := memberKeyType(key)
			if ptyp != "" && pairValueKey(key) {
				ktyp, kmode = ptyp, pmode
			}
			w.addText(cn.keyStart, cn.keyEnd, cn.keyEsc)
			w.dataKeyed(c, skipOpaque, ktyp, kmode)
		}
	}
}

// pairType reads an object that is a key/value pair ({"Key": "MasterUserPassword", "Value":
// "x"}, {"ParameterKey": "DBPassword", "ParameterValue": "x"}, {"Name": "DB_USER", "Value":
// "x"}, {"Key": "Name", "Value": "x"}): the type its key member's string names for the value
// member, or "" when the object is no such pair.
func (w *reqWalker) pairType(n int32) (string, valueMode) {
	var kv int32 = -1
	isName := false
	for c := w.p.nodes[n].first; c >= 0; c = w.p.nodes[c].next {
		cn := &w.p.nodes[c]
		var buf [maxKeyLen]byte
		nk, ok := normKey(w.p.str(cn.keyStart, cn.keyEnd, cn.keyEsc, &w.scratch), buf[:])
		if !ok {
			continue
		}
		switch string(nk) {
		case "key", "parameterkey", "outputkey", "tagkey", "name":
			if w.kind(c) == kString {
				kv, isName = c, string(nk) == "name"
			}
		}
	}
	if kv < 0 {
		return "", modeName
	}
	v, _ := w.stringValue(kv)
	typ, mode := memberKeyType([]byte(v))
	switch {
	case typ == "name" && !isName:
		return "tag-value", modeSpaces // {"Key": "Name", "Value": "web server 1"}
	case typ == "name", isName && typ == "":
		return "", modeName // {"Name": "running", "Value": ...}: a plain name member, or a word
	}
	return typ, mode
}

// pairValueKey reports the member that holds a key/value pair's value.
func pairValueKey(key []byte) bool {
	var buf [maxKeyLen]byte
	nk, ok := normKey(key, buf[:])
	if !ok {
		return false
	}
	switch string(nk) {
	case "value", "values", "parametervalue", "outputvalue", "tagvalue":
		return true
	}
	return false
}

// memberKeyType is the secret type a member key gives its value, as the key-value rule reads
// keys in text ("" for a key that says nothing, such as "State").
func memberKeyType(key []byte) (string, valueMode) {
	var buf [maxKeyLen]byte
	if len(key) > maxKeyLen {
		return "", modeName
	}
	nk, ok := normKey(key, buf[:])
	if !ok || len(nk) == 0 {
		return "", modeName
	}
	if string(nk) == "id" || string(nk) == "uid" || paginationToken(nk) {
		return "", modeName // ids of the API's own objects, cursors, idempotency tokens
	}
	typ, mode := keyType(nk)
	if typ == "" && len(nk) > 4 && nk[len(nk)-1] == 's' {
		typ, mode = keyType(nk[:len(nk)-1]) // a list of them: BucketNames, FunctionNames
	}
	return typ, mode
}

// passParams are top-level request fields forwarded untouched: model and sampling
// parameters, configuration and client metadata, none of it text the model reads.
func passParam(k string) bool {
	switch k {
	case "model", "max_tokens", "temperature", "top_p", "top_k", "stream", "thinking",
		"tool_choice", "metadata", "service_tier", "anthropic_version", "anthropic_beta",
		"container":
		return true
	}
	return false
}

func (w *reqWalker) request(root int32) error {
	if w.kind(root) != kObject {
		return newError(CodeNotAMessagesRequest, "request body is not a JSON object")
	}
	ms, err := w.objMembers(root, place{"request", ""})
	if err != nil {
		return err
	}
	msgs := lookup(ms, "messages")
	if msgs < 0 || w.kind(msgs) != kArray {
		return newError(CodeNotAMessagesRequest, `request has no "messages" array`)
	}
	if model := lookup(ms, "model"); model >= 0 && w.kind(model) != kString {
		return newError(CodeNotAMessagesRequest, `"model" is not a string`)
	}
	// prompt-cache order: tools, system, messages; then anything else
	if t := lookup(ms, "tools"); t >= 0 {
		if err := w.tools(t); err != nil {
			return err
		}
	}
	if sys := lookup(ms, "system"); sys >= 0 {
		switch w.kind(sys) {
		case kString:
			w.addText(w.p.nodes[sys].start, w.p.nodes[sys].end, w.p.nodes[sys].esc)
		case kArray:
			if err := w.blocks(sys, place{"system", ""}); err != nil {
				return err
			}
		default:
			return newError(CodeNotAMessagesRequest, `"system" is neither a string nor an array`)
		}
	}
	for c := w.p.nodes[msgs].first; c >= 0; c = w.p.nodes[c].next {
		if err := w.message(c); err != nil {
			return err
		}
	}
	for _, m := range ms {
		switch {
		case m.key == "tools" || m.key == "system" || m.key == "messages" || passParam(m.key):
		default:
			w.data(m.val, false)
		}
	}
	return nil
}

func (w *reqWalker) tools(t int32) error {
	if w.kind(t) != kArray {
		return newError(CodeNotAMessagesRequest, `"tools" is not an array`)
	}
	for c := w.p.nodes[t].first; c >= 0; c = w.p.nodes[c].next {
		if w.kind(c) != kObject {
			return newError(CodeNotAMessagesRequest, "a tool is not an object")
		}
		ms, err := w.objMembers(c, place{"tool", ""})
		if err != nil {
			return err
		}
		for _, m := range ms {
			switch m.key {
			case "name", "type", "cache_control":
			case "description":
				if err := w.text(m.val, place{"tool", "description"}); err != nil {
					return err
				}
			default: // input_schema and any tool configuration: every key and string
				w.data(m.val, false)
			}
		}
	}
	return nil
}

func (w *reqWalker) message(c int32) error {
	if w.kind(c) != kObject {
		return newError(CodeNotAMessagesRequest, "a message is not an object")
	}
	ms, err := w.objMembers(c, place{"message", ""})
	if err != nil {
		return err
	}
	if role, ok := w.stringValue(lookup(ms, "role")); !ok || role == "" {
		return newError(CodeNotAMessagesRequest, `a message has no "role" string`)
	}
	content := lookup(ms, "content")
	if content < 0 {
		return newError(CodeNotAMessagesRequest, `a message has no "content"`)
	}
	for _, m := range ms {
		switch m.key {
		case "role":
		case "content":
			switch w.kind(content) {
			case kString:
				nd := &w.p.nodes[content]
				w.addText(nd.start, nd.end, nd.esc)
			case kArray:
				if err := w.blocks(content, place{"message", "content"}); err != nil {
					return err
				}
			default:
				return newError(CodeNotAMessagesRequest, "message content is neither a string nor an array")
			}
		default:
			w.data(m.val, true)
		}
	}
	return nil
}

// blocks walks an array of content blocks.
func (w *reqWalker) blocks(arr int32, what place) error {
	for c := w.p.nodes[arr].first; c >= 0; c = w.p.nodes[c].next {
		if err := w.block(c, what); err != nil {
			return err
		}
	}
	return nil
}

func (w *reqWalker) block(c int32, what place) error {
	if w.kind(c) != kObject {
		return newError(CodeUnmaskableContent, "a block of "+what.String()+" is not an object")
	}
	ms, err := w.objMembers(c, place{"content", "block"})
	if err != nil {
		return err
	}
	typ, ok := w.stringValue(lookup(ms, "type"))
	if !ok {
		return newError(CodeUnmaskableContent, "a block of "+what.String()+` has no "type" string`)
	}
	switch typ {
	case "thinking":
		return w.thinkingBlock(ms)
	case "redacted_thinking":
		return nil
	}
	for _, m := range ms {
		if err := w.blockField(typ, m); err != nil {
			return err
		}
	}
	return nil
}

func (w *reqWalker) blockField(typ string, m member) error {
	switch m.key {
	case "type", "cache_control", "id", "tool_use_id", "is_error", "name":
		if m.key == "name" && typ != "tool_use" && typ != "server_tool_use" && typ != "mcp_tool_use" {
			w.data(m.val, true)
		}
		return nil
	case "text", "title", "context":
		return w.text(m.val, place{typ, m.key})
	case "content":
		switch w.kind(m.val) {
		case kString:
			return w.text(m.val, place{typ, "content"})
		case kArray:
			if typ == "tool_result" || typ == "search_result" {
				return w.blocks(m.val, place{typ, "content"})
			}
		}
		w.data(m.val, true)
		return nil
	case "source":
		return w.source(typ, m.val)
	case "input":
		w.data(m.val, false) // tool input: every key and string value, whatever its shape
		return nil
	}
	w.data(m.val, true)
	return nil
}

// source handles image and document sources: base64 images pass (the brief leaves images
// alone), base64 documents (PDF) are refused because they cannot be masked, text sources are
// masked, content sources are blocks, file ids pass, anything else is masked as data.
func (w *reqWalker) source(typ string, n int32) error {
	if w.kind(n) != kObject {
		if typ == "search_result" {
			return w.text(n, place{"search_result", "source"})
		}
		return newError(CodeUnmaskableContent, typ+" source is not an object")
	}
	ms, err := w.objMembers(n, place{typ, "source"})
	if err != nil {
		return err
	}
	st, _ := w.stringValue(lookup(ms, "type"))
	switch {
	case st == "base64" && typ == "image":
		return nil
	case st == "base64":
		return newError(CodeUnmaskableContent, "a base64 "+typ+" cannot be masked")
	case st == "file":
		return nil
	case st == "text":
		for _, m := range ms {
			switch m.key {
			case "type", "media_type":
			case "data":
				if err := w.text(m.val, place{"document", "text"}); err != nil {
					return err
				}
			default:
				w.data(m.val, true)
			}
		}
		return nil
	case st == "content":
		for _, m := range ms {
			switch {
			case m.key == "type":
			case m.key == "content" && w.kind(m.val) == kArray:
				if err := w.blocks(m.val, place{"document", "content"}); err != nil {
					return err
				}
			default:
				w.data(m.val, true)
			}
		}
		return nil
	}
	w.data(n, true)
	return nil
}

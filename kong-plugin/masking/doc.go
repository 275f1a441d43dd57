// Package masking is the aws-masker engine: it replaces the identifiers of an AWS estate in
// text and in Claude Messages API bodies with typed tokens, and puts the originals back in
// Claude's answers. It imports only the standard library and holds no mutable package state.
//
// # Use
//
//	eng, err := masking.New(masking.Config{})  // once per configuration; safe for concurrent use
//	s := eng.NewSession()                     // once per request
//	body, err := s.MaskRequest(reqBody)        // forward body to Claude
//	m := s.Mapping()                          // keep for the response (m.MarshalJSON / eng.LoadMapping)
//	out, err := m.UnmaskResponse(respBody)     // or m.UnmaskSSE / m.NewSSERestorer for streams
//	s.Release()                               // optional: a server reuses the session's memory
//
// Release gives a Session's working memory (parse tree, buffers, maps) back to its Engine for
// the next NewSession; the masked body, the Mapping and Stats stay valid. The Session must not
// be used after it: the engine reports a use with INTERNAL_ERROR only until another request
// has taken the memory over. A one-shot caller (the CLI) need not call it.
//
// Every failure is an *Error with a stable Code (see the Code constants). Masking fails
// closed: a body the engine cannot classify with certainty is refused, never forwarded.
//
// # Tokens
//
// A token is "AWS_" + TYPE + "_" + NNN: TYPE is the secret type upper-cased with '-' turned
// into '_' (instance-id -> AWS_INSTANCE_ID_001), NNN a per-type counter from 001 (more digits
// past 999). Tokens hold only [A-Z0-9_], so they survive JSON escaping, URL encoding and
// Markdown, and they reveal the type of what they hide ("an instance in a VPC reachable from
// 0.0.0.0/0") but nothing of its value: they are counters, not hashes.
//
//   - Within a Session the same original always gets the same token, wherever and in
//     whatever field it appears. Numbers are assigned in order of first detection over the
//     request in prompt-cache order (tools, system, messages, then any other field), so when
//     a conversation grows by appending, its masked earlier part is byte-identical from turn
//     to turn and Anthropic prompt caching keeps working.
//   - Propagation: after detection over the whole request, every other occurrence of a
//     detected original at identifier boundaries is masked too, so an identifier found in an
//     ARN or a JSON field cannot leak where it stands bare in prose. A boundary is any byte
//     outside [A-Za-z0-9_-], or the end of a URL or backslash escape (%3A, \n, \u0022). A
//     strong original (eight bytes or more, with a letter, and a digit or two '-') is also
//     found where '-' or '_' joins it into a longer name (acme-media-uploads inside a
//     scanner's finding ID); a weak one (payments) is not, as it would mask words.
//   - Structured tool input: in a request, each JSON string is scanned on its own, and a
//     value the rules find nothing in is judged by the member key it stands under
//     ({"FunctionName": "acme-orders"}), as "key": "value" is judged in text.
//   - Tokens never collide with the input: every string the restorer could read as a token
//     that already occurs in the input is reserved and skipped.
//   - The restorer reads a token at any "AWS_" whose following run of [A-Z0-9_] ends in a
//     digit run, takes the longest issued token there, and requires the next byte not to be a
//     digit. It replaces only tokens the Mapping issued; anything else is left alone. Where a
//     token would touch a word character the engine checks that the masked text restores
//     exactly and refuses it (UNMASKABLE_CONTENT) otherwise, so unmask(mask(x)) == x byte for
//     byte whenever masking succeeds.
//   - Masking masked text changes nothing: a detection that is, or overlaps, a token of a
//     known type is dropped.
//   - A panic while masking (a bug) is turned into INTERNAL_ERROR: nothing half-masked is
//     ever returned.
//
// # Messages API requests
//
// MaskRequest parses the body with a position-preserving parser and splices masked string
// literals into the raw body: every other byte, key order and escape style included, is
// kept. Masked: system (string or text blocks); message content (string or blocks); text
// blocks; tool_use, server_tool_use and mcp_tool_use input, every key and every string value
// of any JSON shape (keys too, because tools are often called with maps keyed by resource
// id; restoring the response turns them back); tool_result content (string or blocks);
// document text sources, titles and context; search results; tool descriptions and every key
// and string of input_schema; stop_sequences; and every string of any field or block type the
// engine does not know, masked as data rather than forwarded blind. Left alone: model and
// sampling parameters, thinking and tool_choice configuration, metadata, ids, tool names,
// cache_control, base64 image data, file ids, redacted_thinking data and encrypted search
// results. Refused: malformed JSON (INVALID_JSON), a body that is not a Messages request
// (NOT_A_MESSAGES_REQUEST), and content that cannot be masked: a block without a type, a
// duplicate key in a structural object, a base64 PDF document (UNMASKABLE_CONTENT).
//
// # Responses and streams
//
// UnmaskResponse restores JSON responses (text, tool_use input, thinking) and error bodies,
// JSON-escaping originals inside string literals; a body that is not JSON is restored as
// text. UnmaskSSE and NewSSERestorer restore text/event-stream bodies: a token split across
// text_delta, thinking_delta or input_json_delta events of one content block is carried
// until it is complete and emitted before that block's content_block_stop; inside
// partial_json the original is JSON-escaped; every other event is written byte-identical
// unless it holds a token.
//
// # Signed thinking
//
// Claude signs each thinking block over the masked text it wrote; the client must read the
// restored text, yet Claude must get back exactly what it wrote. The restorer therefore
// replaces the block's signature with an envelope,
//
//	"awsm1." + base64url(JSON{"sig": original signature,
//	                          "spans": [[start, end, token], ...],
//	                          "mac": base64url(HMAC-SHA256(key, masked || 0x00 || sig))})
//
// where spans are byte offsets in the restored thinking text at which originals were placed.
// MaskRequest rebuilds the masked text from the restored text and the spans, checks each
// span's original against this request's mapping (registering the token when it is new),
// verifies the MAC, and forwards the exact masked text with the original signature. If
// anything fails (the key changed, the block was edited, two envelopes disagree), the block
// is masked like any other text and sent with the original signature; it is never sent
// unmasked, and Stats.ThinkingFallback counts it. The key is Config.ThinkingKey, or random per
// Engine. redacted_thinking blocks pass untouched.
//
// # Mapping
//
// Mapping.MarshalJSON writes one compact JSON object, token -> original, in issue order (the
// CLI's --mapping file, and what the Kong plugin keeps in its per-request context);
// Engine.LoadMapping reads it back.
//
// # Benchmarks
//
// Targets (one core): mask >= 100 MB/s and unmask >= 400 MB/s over the corpus, a 1 MB request
// masked in under 15 ms with at most 4x its size allocated, cost linear in size. Run
//
//	cd kong-plugin && go test -run '^$' -bench . -benchmem -cpu 1 ./masking
//
// BenchmarkMaskCorpus and BenchmarkUnmaskCorpus use ../shared/eval/dev-corpus.jsonl beside the
// clone (or $AWS_MASKER_CORPUS) when present and generated AWS-like text otherwise;
// BenchmarkMaskRequest/{10KB,100KB,1MB} shows latency, B/op and allocs/op, and their ratio
// shows linearity.
//
// A request with 64 KiB of text or more, in two or more string literals, is scanned and
// rendered by up to GOMAXPROCS goroutines (at most 8; Config.ScanWorkers sets the bound, 1
// turns it off). Tokens are numbered afterwards in prompt-cache order, so the output does not
// depend on the split. With -cpu 1 (the per-core targets) a request is scanned on one
// goroutine; `make bench` adds a -cpu 2 run of MaskRequest/1MB (the latency of one large
// request on an idle machine) and BenchmarkMaskCorpusParallel (a busy gateway's throughput).
package masking

package gateway

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"io"
	"strings"
)

var (
	// errUnsupportedEncoding: a content coding this package cannot decode.
	errUnsupportedEncoding = errors.New("unsupported content encoding")
	// errTooLarge: the decoded body is over the limit.
	errTooLarge = errors.New("decoded body over the limit")
)

// parseEncodings splits a Content-Encoding header into the codings to undo, in the order
// they were applied, dropping "identity". It refuses any coding it cannot decode.
func parseEncodings(h string) ([]string, error) {
	if strings.TrimSpace(h) == "" {
		return nil, nil
	}
	var out []string
	for _, c := range strings.Split(h, ",") {
		c = strings.ToLower(strings.TrimSpace(c))
		switch c {
		case "identity", "":
		case "gzip", "x-gzip", "deflate":
			out = append(out, c)
		default:
			return nil, errUnsupportedEncoding
		}
	}
	return out, nil
}

// decodeBody undoes codings (applied in order) and returns at most limit bytes, or
// errTooLarge; a body that does not decode is another error.
func decodeBody(body []byte, codings []string, limit int64) ([]byte, error) {
	for i := len(codings) - 1; i >= 0; i-- {
		r, err := decoder(codings[i], body)
		if err != nil {
			return nil, err
		}
		out, err := io.ReadAll(io.LimitReader(r, limit+1))
		_ = r.Close()
		if err != nil {
			return nil, err
		}
		if int64(len(out)) > limit {
			return nil, errTooLarge
		}
		body = out
	}
	return body, nil
}

func decoder(coding string, body []byte) (io.ReadCloser, error) {
	if coding == "deflate" {
		// RFC 9110 "deflate" is zlib-wrapped; some servers send raw DEFLATE. Accept both.
		if zr, err := zlib.NewReader(bytes.NewReader(body)); err == nil {
			return zr, nil
		}
		return flate.NewReader(bytes.NewReader(body)), nil
	}
	return gzip.NewReader(bytes.NewReader(body))
}

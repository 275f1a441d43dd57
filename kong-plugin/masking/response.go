package masking

// UnmaskResponse restores a Messages API JSON response or error body. A body that is not
// JSON is restored as text.
func (m *Mapping) UnmaskResponse(body []byte) ([]byte, error) {
	return m.UnmaskText(body), nil
}

package masking

// MaskRequest masks a Messages API request body (see the package doc for what is masked).
// The output is valid JSON in which only masked string literals differ from the input.
func (s *Session) MaskRequest(body []byte) ([]byte, error) {
	return nil, newError(CodeNotAMessagesRequest, "not implemented yet")
}

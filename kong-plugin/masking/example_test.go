package masking

import (
	"fmt"
)

func Example() {
	eng, err := New(Config{})
	if err != nil {
		panic(err)
	}
	s := eng.NewSession()
	body, err := s.MaskRequest([]byte(`{"model":"claude-sonnet-4-5","max_tokens":512,` +
		`"messages":[{"role":"user","content":"Why is i-0a1b2c3d4e5f67890 in us-east-1 unreachable?"}]}`))
	if err != nil {
		panic(err)
	}
	fmt.Println(string(body))

	// Claude answers with the token; the mapping puts the original back.
	answer := `{"type":"message","content":[{"type":"text","text":"AWS_INSTANCE_ID_001 has no route to an internet gateway."}]}`
	restored, _ := s.Mapping().UnmaskResponse([]byte(answer))
	fmt.Println(string(restored))
	// Output:
	// {"model":"claude-sonnet-4-5","max_tokens":512,"messages":[{"role":"user","content":"Why is AWS_INSTANCE_ID_001 in us-east-1 unreachable?"}]}
	// {"type":"message","content":[{"type":"text","text":"i-0a1b2c3d4e5f67890 has no route to an internet gateway."}]}
}

func ExampleMapping_MarshalJSON() {
	eng, _ := New(Config{})
	s := eng.NewSession()
	out, _ := s.MaskText([]byte("arn:aws:iam::123456789012:role/deploy"))
	mj, _ := s.Mapping().MarshalJSON()
	fmt.Println(string(out))
	fmt.Println(string(mj))

	// A later process (or the Kong response phase) restores with the serialised mapping.
	m, _ := eng.LoadMapping(mj)
	fmt.Println(string(m.UnmaskText(out)))
	// Output:
	// arn:aws:iam::AWS_ACCOUNT_ID_001:role/AWS_IAM_ROLE_NAME_001
	// {"AWS_ACCOUNT_ID_001":"123456789012","AWS_IAM_ROLE_NAME_001":"deploy"}
	// arn:aws:iam::123456789012:role/deploy
}

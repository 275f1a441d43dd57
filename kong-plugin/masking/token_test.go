package masking

import (
	"reflect"
	"testing"
)

func TestFormatToken(t *testing.T) {
	tests := []struct {
		typ  string
		n    int
		want string
	}{
		{"instance-id", 1, "AWS_INSTANCE_ID_001"},
		{"account-id", 42, "AWS_ACCOUNT_ID_042"},
		{"s3-bucket", 999, "AWS_S3_BUCKET_999"},
		{"private-ipv4", 1000, "AWS_PRIVATE_IPV4_1000"},
		{"Odd.Type", 7, "AWS_ODD_TYPE_007"},
	}
	for _, tc := range tests {
		if got := formatToken(typeTokenName(tc.typ), tc.n); got != tc.want {
			t.Errorf("token(%q, %d) = %q, want %q", tc.typ, tc.n, got, tc.want)
		}
	}
}

func TestTokenShape(t *testing.T) {
	tests := []struct {
		in   string
		name string
		ok   bool
	}{
		{"AWS_INSTANCE_ID_001", "INSTANCE_ID", true},
		{"AWS_X_1000", "X", true},
		{"AWS_X_01", "", false},
		{"AWS__001", "", false},
		{"AWS_X001", "", false},
		{"aws_x_001", "", false},
		{"AWS_X_001a", "", false},
		{"AWS_x_001", "", false},
	}
	for _, tc := range tests {
		name, ok := tokenShape([]byte(tc.in))
		if ok != tc.ok || string(name) != tc.name {
			t.Errorf("tokenShape(%q) = %q, %v; want %q, %v", tc.in, name, ok, tc.name, tc.ok)
		}
	}
}

func TestCandidateEnds(t *testing.T) {
	tests := []struct {
		text     string
		max      int
		ends     []int
		complete bool
	}{
		{"AWS_X_001 ", 20, []int{9}, true},
		{"AWS_X_001", 20, []int{9}, false},
		{"AWS_X_001_Y_02!", 20, []int{9, 14}, true},
		{"AWS_X_0012", 20, []int{10}, false},
		{"AWS_X_001_Y_002_Z_003", 10, []int{9}, true},
		{"AWS_", 20, nil, false},
	}
	for _, tc := range tests {
		ends, complete := candidateEnds([]byte(tc.text), 0, tc.max, nil)
		if !reflect.DeepEqual(ends, tc.ends) || complete != tc.complete {
			t.Errorf("candidateEnds(%q, %d) = %v, %v; want %v, %v", tc.text, tc.max, ends, complete, tc.ends, tc.complete)
		}
	}
}

func TestPartialPrefix(t *testing.T) {
	for in, want := range map[string]int{"": 0, "xA": 1, "xAW": 2, "AWS": 3, "AWS_": 0, "AWx": 0} {
		if got := partialPrefix([]byte(in)); got != want {
			t.Errorf("partialPrefix(%q) = %d, want %d", in, got, want)
		}
	}
}

package masking

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// golden compares got with testdata/golden/name, or rewrites the file with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run TestGolden -update to create it)", err)
	}
	if d := diff(string(want), string(got)); d != "" {
		t.Errorf("%s differs (go test -run TestGolden -update rewrites it) %s", name, d)
	}
}

func readTestdata(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "golden", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestGolden masks every testdata/golden/*.request.json and *.txt, and restores the sibling
// .response.json and .sse bodies with the mapping that masking produced.
func TestGolden(t *testing.T) {
	e := newTestEngine(t)
	reqs, _ := filepath.Glob(filepath.Join("testdata", "golden", "*.request.json"))
	texts, _ := filepath.Glob(filepath.Join("testdata", "golden", "*.txt"))
	if len(reqs) == 0 || len(texts) == 0 {
		t.Fatal("no golden inputs in testdata/golden")
	}
	for _, p := range reqs {
		base := strings.TrimSuffix(filepath.Base(p), ".request.json")
		t.Run(base, func(t *testing.T) {
			body := readTestdata(t, base+".request.json")
			s := e.NewSession()
			out, err := s.MaskRequest(body)
			if err != nil {
				t.Fatal(err)
			}
			if !json.Valid(out) {
				t.Fatal("masked request is not valid JSON")
			}
			golden(t, base+".request.golden", out)
			mj, _ := s.Mapping().MarshalJSON()
			var pretty bytes.Buffer
			if err := json.Indent(&pretty, mj, "", "  "); err != nil {
				t.Fatal(err)
			}
			golden(t, base+".mapping.golden", append(pretty.Bytes(), '\n'))
			if resp, err := os.ReadFile(filepath.Join("testdata", "golden", base+".response.json")); err == nil {
				got, err := s.Mapping().UnmaskResponse(resp)
				if err != nil {
					t.Fatal(err)
				}
				golden(t, base+".response.golden", got)
			}
			if sse, err := os.ReadFile(filepath.Join("testdata", "golden", base+".sse")); err == nil {
				got, err := s.Mapping().UnmaskSSE(sse)
				if err != nil {
					t.Fatal(err)
				}
				golden(t, base+".sse.golden", got)
			}
		})
	}
	for _, p := range texts {
		name := filepath.Base(p)
		t.Run(name, func(t *testing.T) {
			in := readTestdata(t, name)
			s := e.NewSession()
			out, err := s.MaskText(in)
			if err != nil {
				t.Fatal(err)
			}
			golden(t, name+".golden", out)
			if got := s.Mapping().UnmaskText(out); !bytes.Equal(got, in) {
				t.Errorf("round trip %s", diff(string(in), string(got)))
			}
		})
	}
}

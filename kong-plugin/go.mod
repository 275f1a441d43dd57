module github.com/aws-masker/aws-masker/kong-plugin

go 1.26.0

require (
	github.com/Kong/go-pdk v0.11.2
	github.com/stretchr/testify v1.12.1
	go.yaml.in/yaml/v3 v3.0.5
	google.golang.org/protobuf v1.36.2
)

require github.com/ugorji/go/codec v1.2.14 // indirect

module github.com/aws-masker/aws-masker/kong-plugin

go 1.26.0

require (
	github.com/Kong/go-pdk v0.11.2 // indirect
	github.com/stretchr/testify v1.12.1 // indirect
	google.golang.org/protobuf v1.36.2 // indirect
)

module github.com/aws-masker/aws-masker/backend

go 1.26.0

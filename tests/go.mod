module github.com/aws-masker/aws-masker/tests

go 1.26.0

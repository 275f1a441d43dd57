// Package masking is the aws-masker engine: it replaces AWS identifiers in text and in Claude
// Messages API bodies with typed tokens (AWS_INSTANCE_ID_001) and restores them in responses.
//
// It imports only the standard library and holds no mutable package state.
package masking

# Terraform HCL with literal values.
provider "aws" {
  region = "‹eu-central-1›"
}

resource "aws_db_instance" "main" {
  identifier        = "«acme-billing-pg»"
  engine            = "‹postgres›"
  engine_version    = "‹16.1›"
  instance_class    = "‹db.m6g.large›"
  username          = "«acme_admin»"
  password          = "«Zx9!mQ2#vL7pR4»"
  vpc_security_group_ids = ["«sg-0cc33dd44ee55ff66»"]
}

resource "aws_iam_role" "ci" {
  name = "«acme-github-oidc-deploy»"
}

terraform {
  backend "s3" {
    bucket         = "«acme-terraform-state-euc1»"
    dynamodb_table = "«acme-terraform-locks»"
    region         = "‹eu-central-1›"
  }
}

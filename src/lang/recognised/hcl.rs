//! HCL (Terraform): recognised in content (`language-mismatch`), not checked.

use crate::lang::LineTell;

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    // `resource "aws_s3_bucket" "logs" {`, `variable "region" {`
    let blocks = [
        "resource \"",
        "data \"",
        "variable \"",
        "output \"",
        "module \"",
        "provider \"",
    ];
    if blocks.iter().any(|b| t.starts_with(b)) && t.ends_with('{') {
        out.push(("a Terraform block", 5));
    }
    // `backend "s3" {`, `provisioner "local-exec" {`: a word, a quoted label.
    if let Some((word, rest)) = t.split_once(" \"") {
        if !blocks.iter().any(|b| t.starts_with(b))
            && word.chars().all(|c| c.is_ascii_lowercase() || c == '_')
            && !word.is_empty()
            && rest.ends_with("\" {")
            && !rest[..rest.len() - 3].contains('"')
        {
            out.push(("an HCL labelled block", 2));
        }
    }
    if t == "terraform {" || t == "locals {" || t.starts_with("required_providers {") {
        out.push(("a Terraform settings block", 4));
    }
    if t.contains("var.") && t.contains(" = ") || t.contains("${var.") {
        out.push(("a Terraform variable reference", 1));
    }
}

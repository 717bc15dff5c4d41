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
    // `location = var.region`, `subnet_id = aws_subnet.private[0].id`:
    // an attribute set from a reference, which no other format writes bare.
    if let Some((name, value)) = t.split_once(" = ") {
        let name = name.trim();
        let value = value.trim();
        if super::ident(name)
            && ["var.", "local.", "module.", "data.", "each.", "count.index"]
                .iter()
                .any(|p| value.starts_with(p))
            && !value.contains(' ')
            && !value.ends_with([';', ','])
        {
            out.push(("a Terraform reference as a value", 2));
        }
    }
    // `template {`, `ingress {`: a nested block, a bare lowercase word.
    if let Some(word) = t.strip_suffix(" {") {
        if !word.is_empty()
            && word.chars().all(|c| c.is_ascii_lowercase() || c == '_')
            && ![
                "else", "try", "do", "finally", "then", "default", "body", "html", "main",
            ]
            .contains(&word)
        {
            out.push(("a nested HCL block", 1));
        }
    }
    if t.contains("var.") && t.contains(" = ") || t.contains("${var.") {
        out.push(("a Terraform variable reference", 1));
    }
}

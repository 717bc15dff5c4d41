//! Languages recognised by their tells alone: no grammar, no backend.
//!
//! A model asked for a TypeScript service sometimes writes Go; asked for a
//! `setup.cfg` it writes the INI file under `.toml`. gencheck checks none
//! of these languages, but it can say what the content is. Their tells are
//! lines only that language writes (`package main` and `func (s *Server)`,
//! `<?php`, `#include <stdio.h>`, `FROM node:20 AS build`), and with no
//! parser to confirm them, `classify` names one only where the implied
//! language's parser rejects the file and the tells are many and strong:
//! the file is rejected either way, and the name says why.
//!
//! One file per language; each is a registry line with `None` for the
//! grammar and the backend (`src/language.rs`).

pub mod batch;
pub mod c;
pub mod caddyfile;
pub mod csharp;
pub mod csv;
pub mod dart;
pub mod dockerfile;
pub mod dotenv;
pub mod elixir;
pub mod go;
pub mod graphql;
pub mod groovy;
pub mod hcl;
pub mod ini;
pub mod java;
pub mod kotlin;
pub mod lua;
pub mod makefile;
pub mod nginx;
pub mod perl;
pub mod php;
pub mod powershell;
pub mod prisma;
pub mod properties;
pub mod protobuf;
pub mod r;
pub mod requirements;
pub mod ruby;
pub mod rust;
pub mod scss;
pub mod swift;
pub mod xml;

/// The first word of `t` (up to a blank or one of `stop`).
pub(crate) fn first_word<'a>(t: &'a str, stop: &[char]) -> &'a str {
    let end = t
        .find(|c: char| c.is_whitespace() || stop.contains(&c))
        .unwrap_or(t.len());
    &t[..end]
}

/// Whether `w` is an identifier (`[A-Za-z_][A-Za-z0-9_]*`).
pub(crate) fn ident(w: &str) -> bool {
    let mut chars = w.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Whether `w` is a dotted name (`com.example.app`, `java.util.List`).
pub(crate) fn dotted(w: &str) -> bool {
    w.contains('.') && w.split('.').all(|p| ident(p) || p == "*")
}

#[cfg(test)]
mod tests {
    use crate::classify::tells;
    use crate::language::Language;

    /// The languages whose tells fire on `text`, strongest first.
    fn told(text: &str) -> Vec<Language> {
        let mut by: Vec<(Language, u32)> = Vec::new();
        for t in tells(text) {
            match by.iter_mut().find(|(l, _)| *l == t.language) {
                Some(e) => e.1 += t.weight,
                None => by.push((t.language, t.weight)),
            }
        }
        by.sort_by_key(|e| std::cmp::Reverse(e.1));
        by.into_iter().map(|e| e.0).collect()
    }

    #[test]
    fn each_language_is_told_by_its_own_lines() {
        for (text, lang) in [
            (
                "use strict;\nuse warnings;\nmy $n = 0;\nforeach my $l (@lines) {\n",
                Language::Perl,
            ),
            (
                "scalar DateTime\ntype Book {\n  id: ID!\n  title: String!\n}\n",
                Language::GraphQl,
            ),
            (
                "query Issues($owner: String!) {\n  repository(owner: $owner) {\n",
                Language::GraphQl,
            ),
            (
                "{\n  repository(owner: \"acme\", name: \"x\") {\n    issues(first: 5, states: OPEN) {\n      nodes {\n        title\n        author {\n",
                Language::GraphQl,
            ),
            (
                "syntax = \"proto3\";\nmessage A {\n  string id = 1;\n  repeated B items = 2;\n}\n",
                Language::Protobuf,
            ),
            (
                "$gap: 8px;\n@mixin card {\n  padding: $gap;\n}\n.a {\n  @include card;\n}\n",
                Language::Scss,
            ),
            (
                "@echo off\nsetlocal\nset OUT=%~dp0out\nif errorlevel 1 goto :fail\nexit /b 0\n",
                Language::Batch,
            ),
            (
                "import io.ktor.server.routing.*\nimport io.ktor.server.response.*\n",
                Language::Kotlin,
            ),
            (
                "dependencies {\n    implementation(\"io.ktor:ktor-server-core:2.3.9\")\n}\nrepositories {\n    mavenCentral()\n}\n",
                Language::Kotlin,
            ),
            (
                "id,name,price,stock\nKB-1,Keyboard,89.00,42\nMS-2,\"Mouse, wireless\",29.50,130\n",
                Language::Csv,
            ),
            (
                "resource \"x\" \"y\" {\n  location = var.region\n  template {\n",
                Language::Hcl,
            ),
            (
                "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n    <PackageReference Include=\"Serilog\" Version=\"8.0.0\" />\n",
                Language::Xml,
            ),
            (
                "local wezterm = require 'wezterm'\nlocal config = wezterm.config_builder()\nfor _, s in ipairs(servers) do\n",
                Language::Lua,
            ),
            (
                "import SwiftUI\n\nstruct TaskListView: View {\n    @State private var tasks: [Task] = []\n    var body: some View {\n",
                Language::Swift,
            ),
            (
                "library(tidyverse)\nsales <- read_csv(\"sales.csv\") %>%\n  filter(region %in% regions)\n",
                Language::R,
            ),
            (
                "import Config\n\nconfig :shop, Shop.Repo,\n  username: \"postgres\"\n",
                Language::Elixir,
            ),
            (
                "import 'package:flutter/material.dart';\n\nclass Home extends StatelessWidget {\n  @override\n  Widget build(BuildContext context) {\n",
                Language::Dart,
            ),
            (
                "generator client {\n  provider = \"prisma-client-js\"\n}\n\nmodel User {\n  id    Int    @id @default(autoincrement())\n  email String @unique\n  posts Post[]\n}\n",
                Language::Prisma,
            ),
            (
                "module github.com/acme/flags\n\ngo 1.22\n\nrequire (\n\tgithub.com/go-chi/chi/v5 v5.0.12\n)\n",
                Language::Go,
            ),
        ] {
            assert_eq!(told(text).first(), Some(&lang), "{text:?}: {:?}", told(text));
        }
    }

    #[test]
    fn look_alikes_are_not_told() {
        // TypeScript's interface fields end with `;` and its types are
        // lower case; an enum is TypeScript's too.
        let ts = "interface Book {\n  id: string;\n  title?: string;\n}\nenum Kind {\n  A,\n}\n";
        assert!(!told(ts).contains(&Language::GraphQl), "{:?}", told(ts));
        // A TypeScript class's methods: their parameters have types.
        let class = "class Orders {\n  save(order: Order, force: boolean) {\n  constructor(private http: HttpClient) {\n  find(id: string) {\n";
        assert!(
            !told(class).contains(&Language::GraphQl),
            "{:?}",
            told(class)
        );
        // Python's own imports; PHP's `$x = ...;`.
        assert!(!told("import os.path\nimport xml.etree.ElementTree\n").contains(&Language::Kotlin));
        assert!(!told("$total = $a + $b;\necho \"$total\";\n").contains(&Language::Perl));
        // Code with commas: a call, a tuple, a list continued, a sentence.
        for t in [
            "total = add(a, b, 3)\n",
            "x, y, z = 1, 2, 3\n",
            "  1, 2, 3,\n",
            "SELECT id, name, 3 FROM t;\n",
            "Apples, pears, and 3 plums.\n",
        ] {
            assert!(!told(t).contains(&Language::Csv), "{t:?}");
        }
        // CSS without Sass.
        let css = ".a {\n  color: red;\n}\n.a:hover {\n  color: blue;\n}\n";
        assert!(!told(css).contains(&Language::Scss), "{:?}", told(css));
        // bash's `local x=1` is no Lua; Python's `x = y if a else b` no R.
        let bash = "f() {\n  local name=\"$1\"\n  local dir\n  if [ -d \"$dir\" ]; then\n";
        assert!(!told(bash).contains(&Language::Lua), "{:?}", told(bash));
        // Kotlin's and Java's `@Override` are no Dart.
        assert!(!told("@Override\npublic String toString() {\n").contains(&Language::Dart));
        // A shell script: `if [ ... ]` and `echo` are not batch.
        let sh = "#!/bin/sh\nset -e\nif [ -z \"$X\" ]; then\n  echo none\nfi\n";
        assert_eq!(told(sh).first(), Some(&Language::Shell), "{:?}", told(sh));
        // HTML's elements and JSX's, with expressions, are not XML's.
        for t in [
            "<title>Orders</title>\n<li>one</li>\n<img src=\"a.png\" />\n",
            "<Button onClick={save} />\n<Title>{name}</Title>\n",
        ] {
            assert!(!told(t).contains(&Language::Xml), "{t:?}: {:?}", told(t));
        }
    }
}

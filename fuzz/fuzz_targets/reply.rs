//! Arbitrary bytes as a model's reply: every proposal format is read
//! (`Auto`, and each forced format when the input is short), each proposal
//! is built against a small work tree held in memory (paths still go
//! through `paths::resolve`, so the unsafe-path logic runs; nothing is ever
//! written), and every built file runs through the whole check pipeline.
//! Every issue's span must slice the reply cleanly; every proposal's lines
//! must lie within the reply.
#![no_main]

use std::path::{Path, PathBuf};

use gencheck::check::{check_input, CheckOptions, Input, Previous};
use gencheck::reply::build::{build, Built, Tree};
use gencheck::reply::{paths, Parsed, ReplyFormat};
use libfuzzer_sys::fuzz_target;

/// Never created: `resolve` finds nothing on disk below it.
const ROOT: &str = "/nonexistent-gencheck-fuzz-root";

/// The work tree: LF with a final newline, CRLF, and no final newline.
const TREE: &[(&str, &str)] = &[
    (
        "app.py",
        "\"\"\"Inventory service: stock levels and reservations.\"\"\"\n\
         \n\
         from __future__ import annotations\n\
         \n\
         import logging\n\
         from dataclasses import dataclass, field\n\
         \n\
         log = logging.getLogger(__name__)\n\
         \n\
         \n\
         @dataclass\n\
         class StockItem:\n\
         \x20   sku: str\n\
         \x20   name: str\n\
         \x20   on_hand: int = 0\n\
         \x20   reserved: int = 0\n\
         \n\
         \x20   @property\n\
         \x20   def available(self) -> int:\n\
         \x20       return self.on_hand - self.reserved\n\
         \n\
         \n\
         def reserve(item: StockItem, quantity: int) -> None:\n\
         \x20   if quantity > item.available:\n\
         \x20       raise ValueError(f\"only {item.available} of {item.sku} available\")\n\
         \x20   item.reserved += quantity\n\
         \x20   log.info(\"reserved %d of %s\", quantity, item.sku)\n\
         \n\
         \n\
         def release(item: StockItem, quantity: int) -> None:\n\
         \x20   item.reserved -= quantity\n",
    ),
    (
        "src/util.py",
        "\"\"\"Parsing helpers for values read from environment variables.\"\"\"\r\n\
         \r\n\
         from urllib.parse import urlsplit\r\n\
         \r\n\
         \r\n\
         def parse_port(value: str) -> int:\r\n\
         \x20   if not value.strip():\r\n\
         \x20       raise ValueError(\"empty value\")\r\n\
         \x20   port = int(value)\r\n\
         \x20   if not 0 < port < 65536:\r\n\
         \x20       raise ValueError(f\"port out of range: {value}\")\r\n\
         \x20   return port\r\n\
         \r\n\
         \r\n\
         def parse_timeout(value: str) -> float:\r\n\
         \x20   if not value.strip():\r\n\
         \x20       raise ValueError(\"empty value\")\r\n\
         \x20   seconds = float(value)\r\n\
         \x20   if seconds <= 0:\r\n\
         \x20       raise ValueError(f\"timeout must be positive: {value}\")\r\n\
         \x20   return seconds\r\n\
         \r\n\
         \r\n\
         def parse_url(value: str) -> str:\r\n\
         \x20   parts = urlsplit(value)\r\n\
         \x20   if parts.scheme not in (\"http\", \"https\") or not parts.netloc:\r\n\
         \x20       raise ValueError(f\"not an http(s) URL: {value}\")\r\n\
         \x20   return value.rstrip(\"/\")\r\n",
    ),
    (
        "README.md",
        "# Inventory\n\
         \n\
         Stock levels and reservations for the warehouse API.\n\
         \n\
         ## Running\n\
         \n\
         ```sh\n\
         python -m app\n\
         ```\n\
         \n\
         Set `PORT` and `TIMEOUT` in the environment; see `src/util.py`.",
    ),
];

const FORMATS: &[ReplyFormat] = &[
    ReplyFormat::Json,
    ReplyFormat::Patch,
    ReplyFormat::Tags,
    ReplyFormat::SearchReplace,
    ReplyFormat::Diff,
    ReplyFormat::Fenced,
    ReplyFormat::Prose,
    ReplyFormat::Raw,
];

fn resolve(p: &str) -> Result<PathBuf, String> {
    paths::resolve(Path::new(ROOT), p)
}

fn read(p: &Path) -> Result<Option<Vec<u8>>, String> {
    let Ok(rel) = p.strip_prefix(ROOT) else {
        return Err(format!("{} is outside the root", p.display()));
    };
    Ok(TREE
        .iter()
        .find(|(name, _)| Path::new(name) == rel)
        .map(|(_, content)| content.as_bytes().to_vec()))
}

/// Spans on char boundaries within the reply; proposal lines within it.
fn check_reply(text: &str, line_count: usize, parsed: &Parsed, built: &Built) {
    for issue in parsed.issues.iter().chain(&built.issues) {
        let s = issue.span;
        assert!(
            s.start <= s.end && s.end <= text.len(),
            "{:?} span {s:?} outside the reply ({} bytes): {}",
            issue.rule,
            text.len(),
            issue.message
        );
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{:?} span {s:?} splits a character: {}",
            issue.rule,
            issue.message
        );
        let _ = issue.finding();
    }
    for (i, p) in parsed.proposals.iter().enumerate() {
        assert!(
            p.lines.start <= p.lines.end && p.lines.end <= line_count,
            "proposal #{} ({}) lines {:?} outside the reply's {line_count} lines",
            i + 1,
            p.format,
            p.lines
        );
        let _ = p.report(i + 1);
    }
}

fn build_in_memory(text: &str, parsed: &mut Parsed) -> Built {
    build(
        text,
        parsed,
        &Tree {
            resolve: &resolve,
            read: &read,
        },
    )
}

fuzz_target!(|data: &[u8]| {
    let forced = match data.first() {
        Some(b) if b & 1 == 1 => Some("forced.py"),
        _ => None,
    };
    let text = String::from_utf8_lossy(data);
    let text = text.as_ref();
    let line_count = gencheck::reply::scan::lines(text).len();
    let exists = |_: &str| false;

    let mut parsed = gencheck::reply::parse(text, ReplyFormat::Auto, forced, &exists);
    let built = build_in_memory(text, &mut parsed);
    check_reply(text, line_count, &parsed, &built);

    let opts = CheckOptions::default();
    for f in built.files.iter().filter(|f| !f.proposals.is_empty()) {
        let Some(content) = &f.content else { continue };
        let shown = f.path.clone();
        let input = Input {
            path: shown.clone(),
            bytes: content.clone().into_bytes(),
            previous: f.original.as_ref().map(|b| Previous {
                label: "work tree".into(),
                path: shown,
                bytes: b.clone(),
                oversized: None,
            }),
            deferred_previous: None,
            oversized: None,
            on_disk: None,
        };
        let _ = check_input(&input, &opts);
    }

    if data.len() < 4096 {
        for &format in FORMATS {
            let mut parsed = gencheck::reply::parse(text, format, forced, &exists);
            let built = build_in_memory(text, &mut parsed);
            check_reply(text, line_count, &parsed, &built);
        }
    }
});

//! Structure-aware: take a real fixture and break it the way models do —
//! cut it, splice two places together, wrap it in fences, add chatter or
//! conflict markers, re-encode it — then check it. Nothing may panic, and
//! every span must slice the text cleanly.
#![no_main]

use arbitrary::Arbitrary;
use gencheck::check::{check_input, CheckOptions, Input};
use libfuzzer_sys::fuzz_target;

const FIXTURES: &[(&str, &str)] = &[
    ("a.py", include_str!("../../fixtures/clean/python/billing/invoice.py")),
    ("b.py", include_str!("../../fixtures/clean/python/parsing/commands.py")),
    ("c.pyi", include_str!("../../fixtures/clean/python/stubs/client.pyi")),
    ("d.sql", include_str!("../../fixtures/clean/sql/postgres/order_functions.sql")),
    ("e.sql", include_str!("../../fixtures/clean/sql/mysql/close_month_procedure.sql")),
    ("f.sql", include_str!("../../fixtures/clean/sql/mssql/usp_EscalateTickets.sql")),
    ("g.sql", include_str!("../../fixtures/language-mismatch/sql/generated_1.sql")),
    ("h.js", include_str!("../../fixtures/clean/javascript/rateLimiter.js")),
    ("i.jsx", include_str!("../../fixtures/clean/javascript/TodoList.jsx")),
    ("j.ts", include_str!("../../fixtures/clean/typescript/cache.ts")),
    ("k.tsx", include_str!("../../fixtures/clean/tsx/UserCard.tsx")),
    ("l.json", include_str!("../../fixtures/clean/json/package.json")),
    ("Cargo.toml", include_str!("../../fixtures/clean/toml/Cargo.toml")),
    ("m.yml", include_str!("../../fixtures/clean/yaml/ci.yml")),
    ("n.yaml", include_str!("../../fixtures/clean/yaml/manifests.yaml")),
    ("o.sh", include_str!("../../fixtures/clean/shell/install.sh")),
    ("p.md", include_str!("../../fixtures/clean/markdown/PROJECT.md")),
    ("q.css", include_str!("../../fixtures/clean/css/theme.css")),
    ("r.css", include_str!("../../fixtures/clean/css/legacy.css")),
];

#[derive(Debug, Arbitrary)]
enum Damage {
    Cut(u16),
    Splice { from: u16, to: u16 },
    Fence { at: u16, tag: bool },
    Chatter(u16),
    Conflict(u16),
    Utf16,
    Latin1Bytes(u16),
    Nul(u16),
    Crlf,
}

#[derive(Debug, Arbitrary)]
struct Case {
    fixture: u8,
    damage: Vec<Damage>,
}

fn at(len: usize, x: u16) -> usize {
    if len == 0 {
        0
    } else {
        x as usize % (len + 1)
    }
}

fuzz_target!(|case: Case| {
    let (name, text) = FIXTURES[case.fixture as usize % FIXTURES.len()];
    let mut bytes = text.as_bytes().to_vec();
    for d in case.damage.iter().take(6) {
        match *d {
            Damage::Cut(x) => bytes.truncate(at(bytes.len(), x)),
            Damage::Splice { from, to } => {
                let (a, b) = (at(bytes.len(), from), at(bytes.len(), to));
                let (a, b) = (a.min(b), a.max(b));
                bytes.drain(a..b);
            }
            Damage::Fence { at: x, tag } => {
                let p = at(bytes.len(), x);
                let fence: &[u8] = if tag { b"```python\n" } else { b"```\n" };
                bytes.splice(p..p, fence.iter().copied());
            }
            Damage::Chatter(x) => {
                let p = at(bytes.len(), x);
                bytes.splice(p..p, b"\nHere's the updated file with the changes you asked for:\n".iter().copied());
            }
            Damage::Conflict(x) => {
                let p = at(bytes.len(), x);
                bytes.splice(p..p, b"<<<<<<< HEAD\nx = 1\n=======\nx = 2\n>>>>>>> branch\n".iter().copied());
            }
            Damage::Utf16 => {
                let s = String::from_utf8_lossy(&bytes).into_owned();
                bytes = vec![0xFF, 0xFE];
                for u in s.encode_utf16() {
                    bytes.extend_from_slice(&u.to_le_bytes());
                }
            }
            Damage::Latin1Bytes(x) => {
                let p = at(bytes.len(), x);
                bytes.splice(p..p, [0xE9, 0xFF]);
            }
            Damage::Nul(x) => {
                let p = at(bytes.len(), x);
                bytes.insert(p.min(bytes.len()), 0);
            }
            Damage::Crlf => {
                let s = String::from_utf8_lossy(&bytes).replace('\n', "\r\n");
                bytes = s.into_bytes();
            }
        }
    }
    let input = Input {
        path: name.to_string(),
        bytes,
        previous: None,
        deferred_previous: None,
        oversized: None,
        on_disk: None,
    };
    let report = check_input(&input, &CheckOptions::default());
    if let Some(text) = report.text.as_deref() {
        for f in &report.findings {
            if let Some(span) = f.span {
                assert!(span.end <= text.len() && text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            }
        }
    }
});

//! Property: whatever the input, every span gencheck reports (findings and
//! their labels) lies inside the checked text and on character boundaries,
//! so that it slices the input cleanly; and the JSON line and column of
//! each span agree with its byte offset.
//!
//! Inputs are random sequences of fragments that stress the span code
//! (multi-byte characters, every line ending, unclosed brackets and quotes,
//! fences, conflict markers, chatter, elisions), mixed with arbitrary
//! Unicode, under each file name and SQL dialect, with and without a
//! previous version.

use gencheck::check::{check_input, CheckOptions, Input, Previous};
use gencheck::lang::sql::Dialect;
use proptest::prelude::*;

const FRAGMENTS: &[&str] = &[
    "é",
    "€",
    "😀",
    "\u{200b}",
    "\u{feff}",
    "日本",
    "\n",
    "\r\n",
    "\r",
    "\t",
    " ",
    "    ",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "'",
    "\"",
    "\"\"\"",
    "`",
    "#",
    "--",
    "/*",
    "*/",
    "$$",
    "$tag$",
    ";",
    ",",
    ":",
    "=",
    "\\",
    "def f(x):\n    return x\n",
    "class C:\n    pass\n",
    "import os\n",
    "SELECT a, b FROM t WHERE x = 1;\n",
    "CREATE TABLE t (id int);\n",
    "INSERT INTO t VALUES (1, 'é');\n",
    "BEGIN\n",
    "END;\n",
    "```python\n",
    "```\n",
    "<<<<<<< HEAD\n",
    "=======\n",
    ">>>>>>> branch\n",
    "Here is the updated file with the changes you asked for:\n",
    "# ... rest of the code remains unchanged\n",
    "-- existing code here\n",
    "models085",
    "print 'x'\n",
    "FROM FROM",
    "$1",
    "@name@",
    "{{ ref('x') }}",
    "GO\n",
    "DELIMITER //\n",
    "# -*- coding: latin-1 -*-\n",
    "\u{0}",
];

const NAMES: &[&str] = &[
    "a.py",
    "b.pyi",
    "q.sql",
    "q.pgsql",
    "q.tsql",
    "q.mysql",
    "__init__.py",
    "x.txt",
];

fn text_strategy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => proptest::sample::select(FRAGMENTS).prop_map(str::to_string),
        1 => any::<String>().prop_map(|s| s.chars().take(12).collect::<String>()),
        1 => "[a-zA-Z_ ]{1,12}",
    ];
    proptest::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

/// 1-based line and column (in characters) of `offset`, counted directly:
/// `\r\n`, `\n` and a lone `\r` each end a line.
fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let mut line = 1;
    let mut line_start = 0;
    let bytes = before.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                i += 2;
                line += 1;
                line_start = i;
                continue;
            }
            b'\r' | b'\n' => {
                line += 1;
                line_start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    (line, before[line_start..].chars().count() + 1)
}

proptest! {
    // Past failures are in `spans.proptest-regressions` beside this file.
    // proptest's default would look in tests/proptest-regressions/spans.txt
    // now that tests/it/ has a main.rs, so the place is named.
    #![proptest_config(ProptestConfig {
        cases: 2000,
        failure_persistence: Some(Box::new(
            proptest::test_runner::FileFailurePersistence::WithSource("proptest-regressions"),
        )),
        ..ProptestConfig::default()
    })]

    #[test]
    fn every_span_slices_the_text_and_matches_its_line_and_column(
        current in text_strategy(),
        previous in proptest::option::of(text_strategy()),
        name in proptest::sample::select(NAMES),
        dialect in proptest::sample::select(Dialect::ALL),
    ) {
        let input = Input {
            path: name.to_string(),
            bytes: current.clone().into_bytes(),
            previous: previous.map(|p| Previous {
                label: "HEAD".into(),
                path: name.to_string(),
                bytes: p.into_bytes(),
                oversized: None,
            }),
            deferred_previous: None,
            oversized: None,
            on_disk: None,
        };
        let opts = CheckOptions { dialect: Some(dialect), diff: true, ..CheckOptions::default() };
        let report = check_input(&input, &opts);
        let Some(text) = report.text.as_deref() else {
            // No spans to check: every finding is about the whole file.
            prop_assert!(report.findings.iter().all(|f| f.span.is_none()));
            return Ok(());
        };
        // UTF-8 input without a byte order mark or an encoding declaration
        // is checked as it is: the spans index the input itself.
        if !current.starts_with('\u{feff}') && !current.contains('\0') && !current.contains("coding") {
            prop_assert_eq!(text, current.as_str());
        }
        let json: serde_json::Value =
            serde_json::from_str(&gencheck::render::json::render(std::slice::from_ref(&report)))
                .unwrap();
        let findings = json["files"][0]["findings"].as_array().unwrap().clone();
        prop_assert_eq!(findings.len(), report.findings.len());
        for (f, j) in report.findings.iter().zip(&findings) {
            let spans = f.span.iter().copied().map(|s| (s, j["span"].clone())).chain(
                f.labels.iter().zip(j["labels"].as_array().cloned().unwrap_or_default())
                    .map(|(l, jl)| (l.span, jl["span"].clone())),
            );
            for (span, js) in spans {
                prop_assert!(span.start <= span.end && span.end <= text.len(),
                    "{}: {:?} outside a text of {} bytes", f.rule, span, text.len());
                prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
                    "{}: {:?} splits a character", f.rule, span);
                let _ = &text[span.start..span.end];
                for (end, offset) in [("start", span.start), ("end", span.end)] {
                    prop_assert_eq!(js[end]["offset"].as_u64(), Some(offset as u64));
                    // Between the \r and \n of one line break the two ways of
                    // counting may differ; nothing should point there anyway.
                    if offset > 0 && text.as_bytes()[offset - 1] == b'\r'
                        && text.as_bytes().get(offset) == Some(&b'\n') {
                        continue;
                    }
                    let (line, column) = line_and_column(text, offset);
                    prop_assert_eq!(js[end]["line"].as_u64(), Some(line as u64),
                        "{} {} line of {:?}", f.rule, end, span);
                    prop_assert_eq!(js[end]["column"].as_u64(), Some(column as u64),
                        "{} {} column of {:?}", f.rule, end, span);
                }
            }
        }
    }
}

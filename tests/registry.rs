//! The rule registry matches the CLI contract, and every language folder in
//! grammars/ is linked into the binary.

use std::path::Path;

use gencheck::diagnostic::Severity;
use gencheck::language::Language;
use gencheck::rules::Rule;

/// The contract's rule table (../shared/cli-contract.md), id and default severity.
const CONTRACT: &[(&str, Severity)] = &[
    ("syntax-error", Severity::Error),
    ("language-mismatch", Severity::Error),
    ("truncated", Severity::Error),
    ("markdown-fence", Severity::Error),
    ("llm-chatter", Severity::Error),
    ("placeholder", Severity::Error),
    ("merge-conflict", Severity::Error),
    ("empty-file", Severity::Error),
    ("not-text", Severity::Error),
    ("definitions-removed", Severity::Warning),
    ("unknown-language", Severity::Info),
];

/// Rules gencheck adds beyond the contract (documented in the README).
const EXTENSIONS: &[&str] = &[
    "limit-exceeded",
    "unverified-statement",
    "unused-suppression",
    "encoding-mismatch",
];

#[test]
fn rule_ids_match_the_contract() {
    for (id, sev) in CONTRACT {
        let rule = Rule::from_id(id).unwrap_or_else(|| panic!("contract rule {id} missing"));
        assert_eq!(rule.default_severity(), *sev, "{id}");
    }
    for r in Rule::ALL {
        assert!(
            CONTRACT.iter().any(|(id, _)| *id == r.id()) || EXTENSIONS.contains(&r.id()),
            "{} is neither in the contract nor a documented extension",
            r.id()
        );
    }
}

#[test]
fn contract_file_lists_the_same_rules_when_present() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/cli-contract.md");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} not found", path.display());
        return;
    };
    let table: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("| `"))
        .filter_map(|l| l.split('`').next())
        .filter(|id| Rule::from_id(id).is_some() || !id.contains(' '))
        .filter(|id| !id.starts_with("gencheck"))
        .collect();
    for (id, _) in CONTRACT {
        assert!(table.contains(id), "{id} not in {}", path.display());
    }
    for id in table {
        assert!(
            CONTRACT.iter().any(|(c, _)| *c == id),
            "contract has new rule {id}"
        );
    }
}

#[test]
fn every_grammar_folder_is_a_registered_language() {
    let grammars = Path::new(env!("CARGO_MANIFEST_DIR")).join("grammars");
    for entry in std::fs::read_dir(grammars).unwrap() {
        let entry = entry.unwrap();
        if entry.path().is_dir() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let lang = Language::from_name(&name)
                .unwrap_or_else(|| panic!("grammars/{name} is not linked in src/language.rs"));
            assert_eq!(lang.name(), name);
        }
    }
}

#[test]
fn rule_list_snapshot() {
    let list: String = Rule::ALL
        .iter()
        .map(|r| format!("{} ({}): {}\n", r.id(), r.default_severity(), r.summary()))
        .collect();
    insta::assert_snapshot!(list);
}

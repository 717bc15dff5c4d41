//! The rule registry matches the CLI contract (`docs/cli-contract.md`, our
//! interface document, kept in the repository), and every language folder
//! in grammars/ is linked into the binary.

use gencheck::diagnostic::Severity;
use gencheck::language::Language;
use gencheck::rules::Rule;

use crate::common::manifest_dir;

/// The contract's rules that gencheck implements: id and default severity.
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
    ("duplicate-key", Severity::Error),
    ("unattributed-block", Severity::Error),
    ("edit-does-not-apply", Severity::Error),
    ("ambiguous-edit", Severity::Error),
    ("unsafe-path", Severity::Error),
];

/// Rules the contract lists that gencheck does not implement yet, each with
/// why. The test fails when one of them appears in the registry (then it
/// belongs in `CONTRACT`) or when the contract lists a rule that is in
/// neither list.
const NOT_YET_IMPLEMENTED: &[(&str, &str)] = &[];

/// Rules gencheck adds beyond the contract (documented in the README).
const EXTENSIONS: &[&str] = &[
    "limit-exceeded",
    "unverified-statement",
    "unused-suppression",
    "encoding-mismatch",
    "conflicting-proposals",
];

const CONTRACT_FILE: &str = "docs/cli-contract.md";

/// The rows of the contract's "Rule ids" table: id and the severity column
/// as written (`error`, `warning`, `info`, or e.g. `error (JSON: warning)`).
fn contract_table() -> Vec<(String, String)> {
    let path = manifest_dir().join(CONTRACT_FILE);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let section = text
        .split("\n## ")
        .find(|s| s.starts_with("Rule ids"))
        .unwrap_or_else(|| panic!("{CONTRACT_FILE}: no \"## Rule ids\" section"));
    let rows: Vec<(String, String)> = section
        .lines()
        .filter_map(|l| l.strip_prefix("| `"))
        .map(|l| {
            let (id, rest) = l.split_once('`').expect("a closing backquote");
            let severity = rest.split('|').nth(1).expect("a severity column").trim();
            (id.to_string(), severity.to_string())
        })
        .collect();
    assert!(rows.len() >= CONTRACT.len(), "{CONTRACT_FILE}: {rows:?}");
    rows
}

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
fn contract_file_lists_the_same_rules() {
    let table = contract_table();
    for (id, sev) in CONTRACT {
        let row = table
            .iter()
            .find(|(t, _)| t == id)
            .unwrap_or_else(|| panic!("{id} is not in {CONTRACT_FILE}"));
        // The first word is the default severity; a parenthesis may add
        // per-language exceptions.
        assert_eq!(
            row.1.split_whitespace().next(),
            Some(sev.as_str()),
            "{id}: {CONTRACT_FILE} says {:?}",
            row.1
        );
    }
    for (id, why) in NOT_YET_IMPLEMENTED {
        assert!(
            table.iter().any(|(t, _)| t == id),
            "{id} is listed as not yet implemented but is not in {CONTRACT_FILE}"
        );
        assert!(
            Rule::from_id(id).is_none(),
            "{id} is implemented now ({why} no longer holds): move it to CONTRACT"
        );
    }
    for (id, _) in &table {
        assert!(
            CONTRACT.iter().any(|(c, _)| c == id)
                || NOT_YET_IMPLEMENTED.iter().any(|(n, _)| n == id),
            "{CONTRACT_FILE} has new rule {id}"
        );
        assert!(
            !EXTENSIONS.contains(&id.as_str()),
            "{id} is in {CONTRACT_FILE}, not an extension"
        );
    }
}

#[test]
fn every_grammar_folder_is_a_registered_language() {
    let grammars = manifest_dir().join("grammars");
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

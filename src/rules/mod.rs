//! The rules. Each rule id is one variant of [`Rule`]; each implemented rule
//! lives in its own file named after its id, whose doc comment is the rule's
//! documentation (`gencheck rule <id>` prints it).

use std::fmt;

use crate::diagnostic::Severity;

pub mod empty_file;
pub mod encoding_mismatch;
pub mod language_mismatch;
pub mod limit_exceeded;
pub mod llm_chatter;
pub mod markdown_fence;
pub mod merge_conflict;
pub mod not_text;
pub mod placeholder;
pub mod previous;
pub mod syntax_error;
pub mod truncated;
pub mod unknown_language;
pub mod unverified_statement;

/// Every rule id gencheck can report. The ids are stable, kebab-case, and
/// listed in the CLI contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rule {
    SyntaxError,
    LanguageMismatch,
    Truncated,
    MarkdownFence,
    LlmChatter,
    Placeholder,
    MergeConflict,
    EmptyFile,
    NotText,
    DefinitionsRemoved,
    UnknownLanguage,
    /// Extension: a limit (file size, parse time) stopped the check.
    LimitExceeded,
    /// Extension: no engine available parses a SQL statement of this dialect.
    UnverifiedStatement,
    /// Extension: an inline suppression that suppresses nothing.
    UnusedSuppression,
    /// Extension: a PEP 263 declaration the bytes contradict.
    EncodingMismatch,
}

impl Rule {
    pub const ALL: &'static [Rule] = &[
        Rule::SyntaxError,
        Rule::LanguageMismatch,
        Rule::Truncated,
        Rule::MarkdownFence,
        Rule::LlmChatter,
        Rule::Placeholder,
        Rule::MergeConflict,
        Rule::EmptyFile,
        Rule::NotText,
        Rule::DefinitionsRemoved,
        Rule::UnknownLanguage,
        Rule::LimitExceeded,
        Rule::UnverifiedStatement,
        Rule::UnusedSuppression,
        Rule::EncodingMismatch,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Rule::SyntaxError => "syntax-error",
            Rule::LanguageMismatch => "language-mismatch",
            Rule::Truncated => "truncated",
            Rule::MarkdownFence => "markdown-fence",
            Rule::LlmChatter => "llm-chatter",
            Rule::Placeholder => "placeholder",
            Rule::MergeConflict => "merge-conflict",
            Rule::EmptyFile => "empty-file",
            Rule::NotText => "not-text",
            Rule::DefinitionsRemoved => "definitions-removed",
            Rule::UnknownLanguage => "unknown-language",
            Rule::LimitExceeded => "limit-exceeded",
            Rule::UnverifiedStatement => "unverified-statement",
            Rule::UnusedSuppression => "unused-suppression",
            Rule::EncodingMismatch => "encoding-mismatch",
        }
    }

    pub fn from_id(id: &str) -> Option<Rule> {
        Rule::ALL.iter().copied().find(|r| r.id() == id)
    }

    pub fn default_severity(self) -> Severity {
        match self {
            Rule::DefinitionsRemoved | Rule::EncodingMismatch => Severity::Warning,
            Rule::UnknownLanguage | Rule::UnverifiedStatement | Rule::UnusedSuppression => {
                Severity::Info
            }
            _ => Severity::Error,
        }
    }

    /// One line: what the rule means.
    pub fn summary(self) -> &'static str {
        match self {
            Rule::SyntaxError => "the grammar of the file's language rejects part of it",
            Rule::LanguageMismatch => "the content is another language than the extension implies",
            Rule::Truncated => "the file ends before its last construct is complete",
            Rule::MarkdownFence => "a markdown code fence line (```lang) is in the file",
            Rule::LlmChatter => "natural-language prose from the model around or inside the code",
            Rule::Placeholder => {
                "code elided with a placeholder (\"... rest unchanged\", \"existing code here\")"
            }
            Rule::MergeConflict => "git conflict markers",
            Rule::EmptyFile => "no content, or only white space",
            Rule::NotText => "binary, or not valid UTF-8",
            Rule::DefinitionsRemoved => {
                "top-level definitions present in the previous version are gone"
            }
            Rule::UnknownLanguage => "no grammar is known for this file; it was not parsed",
            Rule::LimitExceeded => "a limit (file size, check time) stopped the check; the file is not accepted unchecked",
            Rule::UnverifiedStatement => {
                "no engine available parses this SQL statement; it was not verified"
            }
            Rule::UnusedSuppression => {
                "an inline `gencheck: allow(...)` that suppresses nothing, or names an unknown rule"
            }
            Rule::EncodingMismatch => {
                "a Python file declares an 8-bit encoding, but its bytes are UTF-8"
            }
        }
    }

    /// The rule's documentation: the doc comment of its file, or its summary
    /// while it has none.
    pub fn documentation(self) -> String {
        let source = match self {
            Rule::SyntaxError => include_str!("syntax_error.rs"),
            Rule::LanguageMismatch => include_str!("language_mismatch.rs"),
            Rule::Truncated => include_str!("truncated.rs"),
            Rule::MarkdownFence => include_str!("markdown_fence.rs"),
            Rule::LlmChatter => include_str!("llm_chatter.rs"),
            Rule::Placeholder => include_str!("placeholder.rs"),
            Rule::MergeConflict => include_str!("merge_conflict.rs"),
            Rule::EmptyFile => include_str!("empty_file.rs"),
            Rule::NotText => include_str!("not_text.rs"),
            Rule::UnknownLanguage => include_str!("unknown_language.rs"),
            Rule::LimitExceeded => include_str!("limit_exceeded.rs"),
            Rule::UnverifiedStatement => include_str!("unverified_statement.rs"),
            Rule::UnusedSuppression => include_str!("../suppress.rs"),
            Rule::EncodingMismatch => include_str!("encoding_mismatch.rs"),
            _ => return format!("{}: {}.\n", self.id(), self.summary()),
        };
        source
            .lines()
            .take_while(|l| l.starts_with("//!"))
            .map(|l| {
                l.strip_prefix("//! ")
                    .unwrap_or(l.trim_start_matches("//!"))
            })
            .collect::<Vec<_>>()
            .join("\n")
            + "\n"
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_ids_are_unique_kebab_case_and_round_trip() {
        let mut seen = std::collections::HashSet::new();
        for r in Rule::ALL {
            assert!(seen.insert(r.id()), "duplicate id {}", r.id());
            assert!(r.id().chars().all(|c| c.is_ascii_lowercase() || c == '-'));
            assert_eq!(Rule::from_id(r.id()), Some(*r));
        }
    }
}

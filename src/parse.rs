//! tree-sitter parsing with cancellation: the error-tolerant tree that rules
//! use for structure. Never the verdict on its own.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::ControlFlow;
use std::time::{Duration, Instant};

use tree_sitter::{ParseOptions, Parser, Tree};

use crate::language::Language;

thread_local! {
    static PARSERS: RefCell<HashMap<Language, Parser>> = RefCell::new(HashMap::new());
}

/// Why no tree was produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseFailure {
    /// The time budget ran out; the parse was cancelled.
    TimedOut(Duration),
    /// The language has no tree-sitter grammar built in (it is recognised
    /// by its tells alone).
    NoGrammar,
}

/// Parse `text` with `lang`'s tree-sitter grammar, giving up after `budget`.
pub fn parse(lang: Language, text: &str, budget: Duration) -> Result<Tree, ParseFailure> {
    let Some(grammar) = lang.tree_sitter() else {
        return Err(ParseFailure::NoGrammar);
    };
    PARSERS.with(|cell| {
        let mut parsers = cell.borrow_mut();
        let parser = parsers.entry(lang).or_insert_with(|| {
            let mut p = Parser::new();
            p.set_language(&grammar)
                .expect("grammar version is compatible with the tree-sitter runtime");
            p
        });
        let budget = crate::budget::at_most(budget);
        let deadline = Instant::now() + budget;
        let mut progress = |_: &tree_sitter::ParseState| {
            if Instant::now() > deadline {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        };
        let bytes = text.as_bytes();
        let tree = parser.parse_with_options(
            &mut |i, _| if i < bytes.len() { &bytes[i..] } else { &[] },
            None,
            Some(ParseOptions::new().progress_callback(&mut progress)),
        );
        match tree {
            Some(t) => Ok(t),
            None => {
                parser.reset();
                Err(ParseFailure::TimedOut(budget))
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_cancels() {
        let t = parse(
            Language::Python,
            "def f():\n    return 1\n",
            Duration::from_secs(5),
        )
        .unwrap();
        assert!(!t.root_node().has_error());
        let big = "x = [".repeat(20_000);
        assert_eq!(
            parse(Language::Python, &big, Duration::ZERO).unwrap_err(),
            ParseFailure::TimedOut(Duration::ZERO)
        );
    }

    #[test]
    fn every_query_file_compiles_against_its_grammar() {
        for lang in Language::ALL {
            for (name, src) in lang.queries() {
                let grammar = lang
                    .tree_sitter()
                    .unwrap_or_else(|| panic!("{} has queries but no grammar", lang.name()));
                if let Err(e) = tree_sitter::Query::new(&grammar, src) {
                    panic!("grammars/{}/queries/{name}.scm: {e}", lang.name());
                }
            }
        }
    }
}

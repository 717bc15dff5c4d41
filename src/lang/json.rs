//! JSON: recognised in content (`language-mismatch`: a whole text that
//! parses as one JSON document, decided in `classify`), not checked yet.

use super::LineTell;

/// JSON is decided on the whole text, not line by line.
pub fn tells(_raw: &str, _t: &str, _out: &mut Vec<LineTell>) {}

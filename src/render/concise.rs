//! `--format concise`: one line per finding, `path:line:column: severity[rule]
//! message`, the form editors, `grep` and coding agents parse. Whole-file
//! findings use line 1, column 1.

use crate::check::FileReport;
use crate::diagnostic::LineIndex;
use crate::render::human::summary_line;
use crate::render::Summary;

pub fn render(reports: &[FileReport]) -> String {
    let mut out = String::new();
    for r in reports {
        let index = r.text.as_deref().map(LineIndex::new);
        for f in &r.findings {
            let (line, column) = match (f.span, r.text.as_deref(), index.as_ref()) {
                (Some(span), Some(text), Some(index)) => {
                    let p = index.position(text, span.start);
                    (p.line, p.column)
                }
                _ => (1, 1),
            };
            // One line: newlines in a message become spaces.
            let message = f.message.replace(['\n', '\r'], " ");
            out.push_str(&format!(
                "{}:{line}:{column}: {}[{}] {message}\n",
                r.path, f.severity, f.rule
            ));
        }
        if r.findings_omitted > 0 {
            out.push_str(&format!(
                "{}:1:1: info[limit-exceeded] {} more findings not shown\n",
                r.path, r.findings_omitted
            ));
        }
    }
    out.push_str(&summary_line(&Summary::of(reports)));
    out.push('\n');
    out
}

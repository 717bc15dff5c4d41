//! # placeholder
//!
//! Real code elided with a placeholder comment: "... rest of the code
//! remains the same", "existing code here", "(unchanged)", "implement the
//! rest", "-- other columns unchanged".
//!
//! **Why.** Asked to edit a long file, models often return only the part
//! they changed and a comment where the rest used to be. The file parses,
//! so every other tool accepts it, and the elided code is lost.
//!
//! **How.** Each comment is matched against the phrases models use for
//! elision: a reference to the rest, the existing or previous code, or other
//! members, together with "unchanged", "the same", "as before", "omitted",
//! "goes here", or an ellipsis. The comment is what is flagged, on a line
//! of its own or after code (`...  # existing implementation unchanged`); a
//! `...` or `pass` body alone is never flagged (stubs and protocols use them).
//! A bare `# ...` / `// ...` is flagged where it stands in for code: alone
//! in a block, after a statement or entry, before a block's closing brace,
//! and in YAML, TOML and shell after any line of code (nobody there
//! abbreviates a run of lines with one). A short "other methods" or "rest
//! of the component" is flagged only where a block closes right after it
//! (before more members it is a heading).
//!
//! In JSON, whose data has no comments, the elisions are a `"...": "..."`
//! member and a bare `...` where entries were; JSONC comments are read like
//! any other (`// ... existing entries`).
//!
//! **Leaves alone.** `...` bodies in `.pyi` stubs, Protocols and abstract
//! methods, `...` in slicing, and TODO comments in general ("TODO: handle
//! pagination"). Comments that describe code ("the rest of this function
//! validates input") do not elide it and are not flagged.
//!
//! **Example.**
//!
//! ```text
//! class OrderService:
//!     def create(self, order):
//!         ...  # existing implementation unchanged
//! ```

/// The rule's registry entry (`rules/mod.rs`).
pub const META: crate::rules::RuleMeta = crate::rules::RuleMeta {
    id: "placeholder",
    severity: crate::diagnostic::Severity::Error,
    summary: "code elided with a placeholder (\"... rest unchanged\", \"existing code here\")",
    sarif_name: "ElidedCodePlaceholder",
    tags: &["correctness", "generated-code"],
};

use crate::analysis::{Analysis, RegionKind};
use crate::diagnostic::{Finding, Span};
use crate::rules::Rule;

/// An elision is a short phrase ("other methods unchanged"); a longer
/// comment that uses the same words is describing code, not standing in
/// for it.
const SHORT_PHRASE_WORDS: usize = 6;
/// "existing code here", "keep existing imports": shorter still.
const EXISTING_PHRASE_WORDS: usize = 5;
/// "(unchanged)", "... rest ...": a bare phrase in brackets or an ellipsis.
const BARE_WORDS: usize = 3;
/// A comment opening with an ellipsis may be a sentence ("... same trigger
/// for the remaining tables (customers, products)"), but not a paragraph.
const ELLIPSIS_SENTENCE_WORDS: usize = 14;
/// Longer comments are documentation blocks, never placeholders.
const MAX_COMMENT_BYTES: usize = 300;
/// How much of the comment the message quotes.
const SHOWN_CHARS: usize = 80;

/// What elided code is called. Collections and "code" itself: a comment
/// about one module or one path is usually describing, not eliding.
const ELIDED_WHAT: &[&str] = &[
    "code",
    "implementation",
    "logic",
    "body",
    "methods",
    "functions",
    "fields",
    "columns",
    "imports",
    "tests",
    "statements",
    "tables",
    "triggers",
    "views",
    "indexes",
    "indices",
    "rows",
    "values",
    "entries",
    "records",
    "inserts",
    "constraints",
    // SQL's parts: a MERGE's WHEN clauses, a CASE's branches, a role's
    // grants, a table's partitions and policies.
    "clauses",
    "branches",
    "grants",
    "partitions",
    "policies",
    "migrations",
    "validation",
    "handlers",
    "routes",
    "endpoints",
    "helpers",
    "members",
    "properties",
    "attributes",
    // Configuration and scripts: CI jobs and steps, compose services,
    // playbook tasks, build targets.
    "jobs",
    "steps",
    "stages",
    "services",
    "tasks",
    "containers",
    "targets",
    "commands",
    "variables",
    "vars",
    "ports",
    "volumes",
    "reducers",
    "exports",
];

/// Collections that are as often data as code ("existing users keep their
/// settings"): they name elided code only with "here", an ellipsis, brackets
/// or "unchanged", never after a bare "existing".
const ELIDED_WHAT_WEAK: &[&str] = &[
    "items",
    "definitions",
    "rules",
    "options",
    "settings",
    "props",
    "components",
    "hooks",
    "packages",
    "dependencies",
    "translations",
    "keys",
    "scripts",
    "cases",
    "styles",
    "widgets",
    "sections",
    "section",
];

/// What "the rest of ..." may name (singular too: "rest of the file").
const REST_WHAT: &[&str] = &[
    "clause",
    "conditions",
    "filters",
    "joins",
    "columns",
    "select",
    "where",
    "loop",
    "block",
    "code",
    "file",
    "class",
    "function",
    "method",
    "methods",
    "module",
    "logic",
    "fields",
    "columns",
    "migration",
    "script",
    "query",
    "queries",
    "tests",
    "functions",
    "statements",
    "implementation",
    "body",
    "table",
    "tables",
    "schema",
    "imports",
    "members",
    "cases",
    "indexes",
    "rows",
    "values",
    "inserts",
    "triggers",
    "views",
    "handlers",
    "routes",
    "component",
    "components",
    "hook",
    "options",
    "settings",
    "config",
    "configuration",
    "page",
    "template",
    "markup",
    "jsx",
    "props",
    "state",
    "styles",
    "rules",
    "keys",
    "entries",
    "items",
    "list",
    "object",
    "handler",
    "controller",
    "service",
    "router",
    "properties",
    "translations",
    "dependencies",
    "scripts",
    "steps",
    "sections",
    "jobs",
    "stages",
    "services",
    "tasks",
    "spec",
    "container",
    "containers",
    "targets",
    "variables",
    "vars",
    "env",
    "workflow",
    "pipeline",
    "playbook",
    "manifest",
    "props",
];

/// Words that, after "rest of ...", say it is left out.
const STATE: &[&str] = &[
    "unchanged",
    "the same",
    "same",
    "as is",
    "as-is",
    "omitted",
    "here",
    "goes",
    "remains",
    "stays",
    "not shown",
    "follows",
    "continues",
    "identical",
];

/// Phrases that say code was left out wherever they stand.
const ALWAYS: &[&str] = &[
    "code goes here",
    "implementation goes here",
    "logic goes here",
    "your code here",
    "add your code",
    "implement the rest",
    "implement remaining",
    "fill in the rest",
    "rest of the implementation",
    "rest of implementation",
    "(unchanged)",
    "[unchanged]",
    "unchanged ...",
    "... unchanged",
    "from the previous version",
    "as in the previous version",
    "the rest of your",
    "fill in the remaining",
    "from your original",
];

/// Whether a comment's words say what the code does with values ("rest of
/// args are forwarded unchanged", "remaining fields are copied as is"): a
/// description of behaviour, not a stand-in for code.
fn says_data_flows(words: &[&str]) -> bool {
    const FLOWS: &[&str] = &[
        "forwarded",
        "passed",
        "copied",
        "sent",
        "returned",
        "propagated",
        "merged",
    ];
    words.iter().any(|w| FLOWS.contains(w))
}

/// Whether a comment's text says code was elided. Models write such
/// comments short and standalone ("# existing code here", "-- (other
/// columns unchanged)"); comments that describe behaviour ("return the path
/// unchanged", "same as above, but with bytes") are longer and are left
/// alone.
pub fn is_placeholder(comment: &str) -> bool {
    if !may_elide(comment) {
        return false;
    }
    // A list item in a comment documents ("// - Elements: colors
    // (unchanged).").
    if list_item(comment) {
        return false;
    }
    let lower = lowercase_prose(comment);
    let t = comment_text(&lower);
    if t.is_empty() {
        return false;
    }
    if note_to_reader(t) {
        return false;
    }
    // ("(unchanged) keep these in sync with the server's defaults" marks
    // the values below and says why: a note, not a stand-in.)
    let marked_then_told = t.find("(unchanged)").is_some_and(|at| {
        t[at + "(unchanged)".len()..].split_whitespace().count() > 3
            && !ALWAYS.iter().any(|p| *p != "(unchanged)" && t.contains(p))
    });
    if !marked_then_told && ALWAYS.iter().any(|p| t.contains(p)) {
        return true;
    }
    if listed_head(t).is_some_and(|head| is_placeholder(&head)) {
        return true;
    }
    let words: Vec<&str> = t
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return false;
    }
    let has = |w: &str| words.contains(&w);
    // ("rest of args are forwarded unchanged; only the options are
    // merged" says what the code does with values.)
    if says_data_flows(&words) && (has("are") || has("is")) {
        return false;
    }
    let names_strong = words.iter().any(|w| ELIDED_WHAT.contains(w));
    let names_code = names_strong || words.iter().any(|w| ELIDED_WHAT_WEAK.contains(w));
    let ellipsis =
        t.starts_with("...") || t.ends_with("...") || t.starts_with('…') || t.ends_with('…');
    let parenthesized = {
        let inner = t.trim_matches('.').trim();
        inner.starts_with('(') && inner.ends_with(')')
    };
    if t.trim_matches(|c: char| c == '.' || c == '(' || c == ')' || c == ' ') == "unchanged" {
        return true;
    }
    // A sentence or a documentation block ("Headers are merged one level
    // deep; the rest of the options are copied over unchanged") describes.
    if words.len() > ELLIPSIS_SENTENCE_WORDS || (t.contains('\n') && words.len() > SHORT_PHRASE_WORDS)
    {
        return false;
    }
    // "... rest of the code remains the same", "rest of migration omitted"
    if let Some(pos) = t.find("rest of") {
        let after = &t[pos + 7..];
        let names = REST_WHAT
            .iter()
            .any(|w| after.split(|c: char| !c.is_alphanumeric()).any(|x| x == *w));
        let elides = STATE.iter().any(|s| after.contains(s)) || ellipsis;
        // "TODO: the rest of the release steps, mirroring the tag step
        // above": a TODO that is nothing but the missing rest. ("TODO:
        // convert the rest of PMINT tests" is work to do, with its verb.)
        let todo_rest = t
            .strip_prefix("todo")
            .map(|r| r.trim_start_matches([':', ' ', '-']))
            .is_some_and(|r| r.starts_with("the rest of") || r.starts_with("rest of"));
        if names && (elides || todo_rest) {
            return true;
        }
    }
    let first = words[0];
    let members = [
        "other",
        "more",
        "remaining",
        "additional",
        "rest",
        "existing",
        "previous",
        "all",
    ];
    // "other methods unchanged", "existing validation logic unchanged"
    let elision_word = ["unchanged", "omitted", "elided", "retained", "preserved"]
        .iter()
        .any(|w| has(w));
    if names_code
        && elision_word
        && words.len() <= SHORT_PHRASE_WORDS
        && (members.contains(&first) || ellipsis || parenthesized)
        && !says_data_flows(&words)
    {
        return true;
    }
    // "existing code here", "... existing validation logic ...", "keep
    // existing imports"
    let here = has("here") && (has("existing") || has("previous") || has("goes") || has("go"));
    let existing_first = ["existing", "previous", "keep"].contains(&first);
    if names_code
        && words.len() <= EXISTING_PHRASE_WORDS
        && (here
            || ((has("existing") || has("previous"))
                && ((existing_first && names_strong) || ellipsis || parenthesized)))
    {
        return true;
    }
    // "other subcommands unchanged", "other preprocessors stay
    // identical", "remaining mocks identical to before": the members not
    // written, whatever they are called, kept as they were.
    let kept = [
        "unchanged",
        "stay identical",
        "stays identical",
        "stay the same",
        "stays the same",
        "stay as they were",
        "stay as they are",
        "remain unchanged",
        "identical to before",
        "as before",
        "as they were",
    ];
    if ["other", "remaining"].contains(&first)
        && words.len() <= SHORT_PHRASE_WORDS
        && words.get(1).is_some_and(|w| w.len() > 3 && w.ends_with('s'))
        && kept.iter().any(|k| t.contains(k))
        && !has("but")
        // ("Remaining args are passed through unchanged." says what the
        // code does with them.)
        && !has("are")
        && !has("is")
    {
        return true;
    }
    // "(same env vars as the staging deployment)", "(validation identical
    // to the insert trigger)", "(unchanged config from earlier)": a bare
    // bracketed phrase that points at code written elsewhere.
    if parenthesized
        && !has("but")
        && ((words.len() <= 8
            && ((first == "same" && has("as")) || t.contains(" identical to ")))
            || (words.len() <= 5 && has("unchanged")))
    {
        return true;
    }
    // "TODO: remaining feature flags", "TODO: fill in the remaining
    // package installs": a TODO that names the missing rest.
    if let Some(todo) = t.strip_prefix("todo") {
        let todo = todo.trim_start_matches([':', ' ', '-']);
        let todo = todo.strip_prefix("the ").unwrap_or(todo);
        let verb = ["fill in the remaining", "fill in the rest", "implement the remaining"]
            .iter()
            .any(|p| todo.starts_with(p));
        if words.len() <= 8 && (todo.starts_with("remaining ") || verb) {
            return true;
        }
    }
    // "add your other environments the same way"
    if first == "add"
        && has("your")
        && (has("other") || has("remaining"))
        && words.len() <= SHORT_PHRASE_WORDS + 2
    {
        return true;
    }
    // "(the other action creators are the same)"
    if parenthesized
        && words.len() <= 8
        && (has("other") || has("remaining"))
        && (t.contains("are the same") || t.contains("as before") || has("unchanged"))
        && !has("but")
    {
        return true;
    }
    // "keep the other exports from the old file"
    if first == "keep"
        && words.len() <= SHORT_PHRASE_WORDS + 3
        && (has("other") || has("existing") || has("remaining"))
        && ["from the old", "from the original", "from the previous", "from before"]
            .iter()
            .any(|p| t.contains(p))
    {
        return true;
    }
    // "(copy the block above for staging and prod)", "Repeat the INSERT
    // above for each remaining quarter": the copies were never written.
    if ["copy", "repeat", "duplicate", "mirror"].contains(&first)
        && (has("above") || (has("here") && parenthesized))
        && words.len() <= 12
        && (parenthesized || ellipsis || has("remaining"))
    {
        return true;
    }
    // "remaining indexes same as above, one per partition", "other
    // columns same as the legacy orders table": the members not written
    // are like ones that are.
    if ["remaining", "rest", "other"].contains(&first)
        && names_code
        && (t.contains(" same as ") || t.contains(" identical to "))
        && !has("but")
    {
        return true;
    }
    // "Opportunity and Note tables: same pattern, omitted for brevity"
    // ("final NEWLINE are omitted for brevity" describes the output.)
    if t.contains("for brevity")
        && names_code
        && !has("are")
        && !has("is")
        && (has("omitted") || has("skipped") || t.contains("left out") || t.contains("not shown"))
    {
        return true;
    }
    // "... insert other cases here ..." asks for code; it elides none.
    let instruction = ["insert", "add", "todo", "fixme"].iter().any(|w| has(w));
    // "... (other methods) ...", "... (remaining 40 rows)". ("Get all
    // statements ordered by..." leads into the query under it: `all` counts
    // only with the ellipsis first or in brackets.)
    let trailing_only = ellipsis && !parenthesized && !t.starts_with("...") && !t.starts_with('…');
    if (ellipsis || parenthesized)
        && !instruction
        && words.len() <= SHORT_PHRASE_WORDS
        && words
            .iter()
            .any(|w| members.contains(w) && !(*w == "all" && trailing_only))
        && names_code
    {
        return true;
    }
    // A comment that opens with an ellipsis and speaks of the rest, the
    // remaining or the same members: "... same trigger for the remaining
    // tables (customers, products)".
    // ("...and the rest": an ellipsis glued to a word continues a sentence.)
    let opens_ellipsis = t
        .strip_prefix("...")
        .or_else(|| t.strip_prefix('…'))
        .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric));
    if opens_ellipsis && !instruction {
        let elides = [
            "same",
            "unchanged",
            "remaining",
            "rest",
            "existing",
            "omitted",
            "stays",
            "remains",
        ]
        .iter()
        .any(|w| has(w))
            || t.contains("as is");
        if elides && words.len() <= ELLIPSIS_SENTENCE_WORDS {
            return true;
        }
        // "... imports from before"
        if names_code && (has("before") || has("earlier")) && words.len() <= SHORT_PHRASE_WORDS {
            return true;
        }
        // "... more reducers", "... other architectures": a bare phrase.
        if words.len() <= BARE_WORDS && ["other", "more", "previous"].contains(&first) {
            return true;
        }
    }
    // "keep the other helpers as they are", "keep existing hooks unchanged"
    if first == "keep"
        && names_code
        && words.len() <= SHORT_PHRASE_WORDS + 2
        && (t.contains("as they are") || t.contains("as is") || has("unchanged"))
    {
        return true;
    }
    // "TODO: same as above for the remaining fields": the members not
    // written are like the one that is.
    if t.contains("same as above")
        && (t.starts_with("todo") || ellipsis || parenthesized)
        && (has("remaining") || has("other") || has("rest"))
        && !has("but")
        && words.len() <= 10
    {
        return true;
    }
    // "(same as above for APAC, AMER and LATAM)", "same as before"
    if t.contains("same as above") || t.contains("same as before") {
        // ("TODO: same as before": the note says what to write back.)
        let bare = words.len() <= BARE_WORDS
            || (words.len() == BARE_WORDS + 1 && matches!(first, "todo" | "fixme"));
        if bare || parenthesized || ellipsis {
            return true;
        }
    }
    // "remaining steps are identical to the original script", "rest of
    // the handlers as in the original"
    let original = ["identical to the original", "same as the original", "as in the original"]
        .iter()
        .any(|p| t.contains(p));
    if original && names_code && (["remaining", "rest", "other"].contains(&first)) {
        return true;
    }
    // "TODO: add the remaining columns from the HR export"
    let todo_verb = has("implement") || has("add") || has("fill");
    if t.starts_with("todo") && todo_verb && (has("remaining") || has("rest")) && names_code {
        return true;
    }
    false
}

/// Words of elision, for [`note_to_reader`]'s first clause.
const ELIDING_WORDS: &[&str] = &[
    "rest",
    "unchanged",
    "omitted",
    "elided",
    "remaining",
    "same",
    "existing",
    "previous",
    "original",
    "etc",
];

/// A comment written to the reader about what lies outside the file, not
/// in place of code: a labelled note ("Note: the rest of the reporting
/// views are unchanged", "IoT metrics. Note: ... (unchanged)"), or a
/// sentence whose elision words follow a clause of its own that has none
/// ("deletes are soft; rest of the SCD logic is unchanged", "Here is where
/// the period gets locked; the rest of the pipeline is unchanged"). A
/// model's elision is one phrase.
fn note_to_reader(t: &str) -> bool {
    let labelled = ["note:", "nb:", "n.b.", "note that "].iter().any(|label| {
        t.match_indices(label).any(|(at, _)| {
            !t[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '.')
        })
    });
    if labelled {
        return true;
    }
    if t.starts_with("...") || t.starts_with('…') || t.starts_with('(') {
        return false;
    }
    let head_end = [t.find("; "), t.find(". ")].into_iter().flatten().min();
    let Some(head) = head_end.map(|end| &t[..end]) else {
        return false;
    };
    let words: Vec<&str> = head
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.len() >= 3
        && !head.contains("...")
        && !head.contains('…')
        && !head.contains("as before")
        && !words.iter().any(|w| ELIDING_WORDS.contains(w))
}

/// What the general phrases below treat as the code left out being
/// referred to: "existing", "the rest", "other", "your current", ...
const REFERENCE: &[&str] = &[
    "existing",
    "previous",
    "original",
    "current",
    "your",
    "other",
    "remaining",
    "rest",
    "more",
    "same",
    "additional",
];

/// Words that make a comment describe code rather than stand in for it:
/// verbs of what the code does or is ("returns the input unchanged",
/// "fields are copied as-is", "should remain unchanged"), and notes to self.
const DESCRIBES: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "will",
    "would",
    "should",
    "must",
    "can",
    "could",
    "may",
    "might",
    "return",
    "returns",
    "returned",
    "leave",
    "leaves",
    "pass",
    "passes",
    "passed",
    "copied",
    "copies",
    "forwarded",
    "merged",
    "propagated",
    "get",
    "gets",
    "got",
    "if",
    "when",
    "unless",
    "until",
    "because",
    "since",
    "but",
    "so",
    "we",
    "i",
    "it",
    "they",
    "this",
    "that",
    "which",
    "todo",
    "fixme",
    "xxx",
    "note",
    "need",
    "needs",
    "to",
    "add",
    "insert",
    "put",
    "write",
    "does",
    "do",
    "did",
    "has",
    "have",
    "had",
    "results",
    "means",
    "usually",
    "often",
    "always",
    "never",
    "sometimes",
    "normally",
    "typically",
    "also",
    "just",
    "only",
    "still",
    "please",
    "ignore",
    "register",
    "take",
    "use",
    "uses",
    "used",
    "treat",
    "include",
    "includes",
    "included",
    "intentionally",
    "purposefully",
    "deliberately",
    "accidentally",
    "track",
    "otherwise",
    "else",
    "cannot",
    "translators",
    "didn",
    "doesn",
    "don",
    "isn",
    "aren",
    "wasn",
    "won",
    "shouldn",
];

/// How a short phrase says the code is left out, at its end ("response
/// interceptor unchanged", "[query helpers omitted]", "validators: no
/// changes", "truncated for brevity", "lines 52-140 unchanged").
const LEFT_OUT_ENDINGS: &[&str] = &[
    "unchanged",
    "omitted",
    "elided",
    "skipped",
    "snipped",
    "snip",
    "truncated",
    "abbreviated",
    "not shown",
    "left out",
    "as before",
    "as is",
    "as-is",
    "stays the same",
    "stay the same",
    "remains the same",
    "remain the same",
    "no changes",
    "no change",
    "for brevity",
    "previous version",
    "and so on",
    "go here",
    "goes here",
];

/// How surely a comment's shape says code was left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    None,
    /// Only where nothing follows in its block ("no changes", "same for
    /// G2" before the code they describe are notes).
    Weak,
    /// Where no code follows right under it at its indentation (there a
    /// "direct call unchanged" describes that code).
    NotBeforeCode,
    /// Wherever it stands alone on its line.
    Strong,
}

/// The general forms of an elision, for a comment on a line of its own
/// (`t`: its lowercased text). The word lists of [`is_placeholder`] know
/// the usual wording; these know its shape: a reference to code left out
/// with an ellipsis, a short phrase that ends by saying it is left out
/// ("response interceptor unchanged", "[query helpers omitted]"), "keep the
/// rest as is", "repeat for the other environments", a bare "etc." or
/// "[snip]". A comment that describes what code does (a verb such as "is"
/// or "returns", an adverb, a condition) or is a note to self ("TODO") is
/// none of them.
fn elision_shape(t: &str) -> Shape {
    let t = t.trim_start_matches(['|', '-', '=', ' ']);
    // "<existing config>", "[previous implementation]", "(rest of file)":
    // one bracketed phrase.
    let bracketed = [('<', '>'), ('[', ']'), ('(', ')')].iter().any(|(o, c)| {
        t.strip_prefix(*o)
            .and_then(|r| r.trim_end_matches(['.', ' ']).strip_suffix(*c))
            .is_some_and(|inner| !inner.contains([*o, *c, ',']))
    });
    let t = t.trim_start_matches(['<', '[', '(', '{', ' ']);
    let t = t.trim_end_matches(['-', '=', '>', ']', ')', '}', ' ']);
    if t.is_empty() || t.ends_with(['!', '?', ':']) {
        return Shape::None;
    }
    let words: Vec<&str> = t
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_'))
        .map(|w| w.trim_matches('-'))
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() || words.len() > 10 {
        return Shape::None;
    }
    let has = |w: &str| words.contains(&w);
    // "as is" says left alone; its "is" describes nothing, nor does the
    // "so" of "and so on".
    let as_is = t.contains("as is");
    let so_on = t.contains("and so on");
    let reference = words
        .iter()
        .any(|w| REFERENCE.contains(w) && *w != "same");
    // "add the remaining hosts here in the same way": the rest of a known
    // set, left for the reader to write.
    if (t.contains("the same way") || t.contains("same pattern"))
        && (has("remaining") || t.contains("rest of the"))
        && words.len() <= 10
    {
        return Shape::Strong;
    }
    if words.iter().enumerate().any(|(i, w)| {
        DESCRIBES.contains(w)
            && !(as_is && *w == "is" && i > 0 && words[i - 1] == "as")
            && !(so_on && *w == "so")
    }) {
        return Shape::None;
    }
    // "[snip]", "--- snip ---", "etc.", "etc. for the staging jobs" (not
    // "ETC", a texture format's heading: the caller lowercased it, so look
    // at the marks: "etc" with no period is a word of a heading).
    if matches!(words.as_slice(), ["snip"] | ["snipped"])
        || t.starts_with("etc.")
        || (t.starts_with("[snip]") && words.len() <= 10)
    {
        return Shape::Strong;
    }
    // Code in the comment (`a -> b`, `x == y`, `%d`) is a note on it.
    if ["=>", "->", "==", "!=", "`", "%"].iter().any(|c| t.contains(c)) {
        return Shape::None;
    }
    let first = words[0];
    // ("same" refers back to what is written, not to what is left out.)
    let opens_ellipsis = t.starts_with("...") || t.starts_with('…');
    let closes_ellipsis = t.ends_with("...") || t.ends_with('…');
    // A sentence, full stop and all, is prose about the code.
    let sentence = t.ends_with('.') && !closes_ellipsis;
    let bare = t.trim_matches(['.', '…', ' ', ',']);
    // "no changes here", "unchanged below"
    let bare = ["here", "below"]
        .iter()
        .find_map(|w| bare.strip_suffix(w).map(str::trim_end))
        .unwrap_or(bare);
    let ending = LEFT_OUT_ENDINGS.iter().find_map(|e| {
        if bare == *e {
            Some(0)
        } else {
            bare.strip_suffix(e)
                .filter(|before| before.ends_with([' ', ':', '(', '-', '—']))
                .map(|before| before.split_whitespace().count())
        }
    });
    if bracketed && reference && words.len() <= 6 {
        return Shape::Strong;
    }
    // "...existing providers", "... 40 more lines ...", "…your existing
    // aliases", "...keep the rest as is"
    // ("... and with other operators": the ellipsis goes on with a
    // sentence.)
    let goes_on = matches!(first, "and" | "or" | "with" | "then" | "but") && !t.contains("and so on");
    if opens_ellipsis && !goes_on && words.len() <= 8 && (reference || ending.is_some()) {
        return Shape::Strong;
    }
    // "more headers…", "existing styles..."
    if closes_ellipsis && words.len() <= 4 && REFERENCE.contains(&first) {
        return Shape::Strong;
    }
    // "(remaining event listeners not shown)", "constructor remains the
    // same", "other env vars as before"; alone ("no changes", "for
    // brevity") it may be a note on the code below.
    // "try the call with the protocol omitted": a clause about the code.
    let clause = has("with");
    // "ENVL FORM skipped", "value truncated": what the code does to data,
    // unless more says it is the code that is left out.
    let runtime_word = matches!(words.last(), Some(&"skipped" | &"truncated"));
    // "Stitch columns omitted", "PII fields omitted": a choice about the
    // data (what is selected, exported), not code left out; "other
    // columns omitted" says more (a reference word).
    let about_data = !reference
        && words.iter().any(|w| {
            matches!(
                *w,
                "column" | "columns" | "field" | "fields" | "row" | "rows" | "record" | "records"
            )
        });
    match ending {
        _ if clause || about_data => {}
        Some(0) => return Shape::Weak,
        Some(_) if words.len() <= 9 => {
            return if sentence || runtime_word {
                Shape::Weak
            } else if reference || bracketed || closes_ellipsis {
                Shape::Strong
            } else {
                // "response interceptor unchanged": strong unless the code
                // it would describe follows right under it.
                Shape::NotBeforeCode
            };
        }
        _ => {}
    }
    // "keep the rest as is", "keep existing lint rules", "preserve your
    // current annotations"
    if matches!(first, "keep" | "preserve" | "retain")
        && reference
        && !sentence
        && words.len() <= 6
        && !words.iter().any(|w| {
            matches!(
                *w,
                "in" | "on" | "at" | "into" | "across" | "between" | "within" | "from" | "during"
            )
        })
    {
        // ("# Keep other library paths" over the line that keeps them;
        // "keep your existing settings" speaks to the reader about what
        // is not written.)
        return if has("your") && (has("existing") || has("current")) {
            Shape::Strong
        } else {
            Shape::NotBeforeCode
        };
    }
    // "repeat for other environments", "same pattern for the remaining
    // tasks", "register the rest of the blueprints the same way"; "same
    // for G2" is a note on the line below, unless nothing follows.
    let repeats = matches!(first, "repeat" | "same") && (has("for") || has("pattern") || has("way"));
    let same_way = t.contains("same pattern") || t.contains("the same way") || t.contains("and so on");
    // ("same as above for the remaining reducers" repeats too.)
    let same_as_for = (t.starts_with("same as above") || t.starts_with("same as before")) && has("for");
    if (repeats || same_way) && (!has("as") || (same_as_for && reference)) {
        return if reference { Shape::Strong } else { Shape::Weak };
    }
    // "your existing providers here", "other loaders go here"
    // ("existing tests from here": a section starts.)
    let marks_section = words.len() >= 2
        && matches!(
            words[words.len() - 2],
            "from" | "start" | "starts" | "begin" | "begins" | "end" | "ends"
        );
    if words.last() == Some(&"here")
        && REFERENCE.contains(&first)
        && words.len() <= 6
        && !marks_section
    {
        return Shape::Strong;
    }
    // "existing headers config", "other routes": a bare noun phrase that
    // points at members not written; weak, so it counts only as all a
    // block holds or right before its closing brace.
    let bare_nouns = words[1..].iter().all(|w| {
        w.chars().all(|c| c.is_ascii_lowercase())
            && !w.ends_with("ed")
            && !w.ends_with("ing")
            && !matches!(
                *w,
                "is" | "are" | "be" | "go" | "goes" | "see" | "than" | "to" | "for" | "the" | "a"
                    | "an" | "of" | "in" | "on" | "as" | "if" | "not" | "no" | "do" | "does"
            )
    });
    if (2..=3).contains(&words.len())
        && matches!(first, "existing" | "previous" | "other" | "remaining" | "original")
        && bare_nouns
    {
        return Shape::Weak;
    }
    Shape::None
}

/// Words of which every test in [`is_placeholder`] needs one (compared
/// ignoring ASCII case; no other character lowercases into them), and the
/// marks the other tests need: an ellipsis or a `(` (the bracketed forms).
/// Most comments have none, and are passed over without being lowercased
/// and split into words.
const ELISION_CUES: &[&str] = &[
    "here",
    "rest",
    "unchanged",
    "omitted",
    "elided",
    "implement",
    "existing",
    "previous",
    "same",
    "remaining",
    "original",
    "your code",
    "as is",
    "as they are",
    "identical",
    "as before",
    "as they were",
    "from the old",
    "above",
    "todo",
    "your",
    "retained",
    "preserved",
    "earlier",
    "(",
    "...",
    "…",
];

/// Whether `comment` may pass [`is_placeholder`]: it holds one of
/// [`ELISION_CUES`].
fn may_elide(comment: &str) -> bool {
    static CUES: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::OnceLock::new();
    let cues = CUES.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(ELISION_CUES)
            .ok()
    });
    // The cues are fixed and valid; were they not, every comment is tested.
    cues.as_ref().is_none_or(|c| c.is_match(comment))
}

/// A comment that is a list item ("// - Elements: colors (unchanged).")
/// documents.
fn list_item(comment: &str) -> bool {
    let raw = comment.trim_start();
    ["//", "#", "/*"]
        .iter()
        .find_map(|m| raw.strip_prefix(m))
        .is_some_and(|body| {
            let body = body.trim_start_matches(['/', '*', '!']).trim_start();
            body.starts_with("- ") || body.starts_with("* ") || body.starts_with("+ ")
        })
}

/// Words or marks of which [`elision_shape`] needs one (ASCII case
/// ignored): most comments have none and are not lowercased and split.
const SHAPE_CUES: &[&str] = &[
    "...", "…", "etc", "snip", "keep", "preserve", "retain", "repeat", "same", "here",
    "unchanged", "omitted", "elided", "skipped", "truncated", "abbreviated", "not shown",
    "left out", "as before", "as is", "as-is", "no change", "brevity", "previous version",
    "and so on", "existing", "previous", "original", "current", "your", "other", "remaining",
    "rest", "more", "additional",
];

fn may_have_shape(comment: &str) -> bool {
    static CUES: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::OnceLock::new();
    let cues = CUES.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(SHAPE_CUES)
            .ok()
    });
    cues.as_ref().is_none_or(|c| c.is_match(comment))
}

/// The comment is all its line holds, but for the braces around a JSX
/// comment (`{/* ... */}`) or a separator (`,`).
fn alone_in_line(text: &str, span: Span) -> bool {
    let line = crate::lines::line_around(text, span.start);
    let rest = |s: &str| s.chars().all(|c| c.is_whitespace() || matches!(c, '{' | '}' | ','));
    rest(&text[line.start..span.start]) && rest(&text[span.end..line.end.max(span.end)])
}

/// The line comment has comment lines right above or below it: part of
/// a block of notes (a commented-out dump, a paragraph), not a stand-in.
fn in_comment_block(text: &str, span: Span) -> bool {
    let line = crate::lines::line_around(text, span.start);
    // (A YAML document's `---` marker is none.)
    let is_comment = |l: &str| {
        let t = l.trim_start();
        ["#", "//", "--", "/*", "*"].iter().any(|c| t.starts_with(c)) && t.trim_end() != "---"
    };
    let before = text[..line.start].lines().next_back();
    let after = text[line.end.max(span.end)..].lines().nth(1);
    before.is_some_and(is_comment) || after.is_some_and(is_comment)
}

/// The next line is code at the comment's indentation or deeper, right
/// under it (no blank line, no closing bracket).
fn code_right_under(text: &str, span: Span) -> bool {
    let line = crate::lines::line_around(text, span.start);
    let indent = |l: &str| l.len() - l.trim_start().len();
    let own = indent(&text[line.start..line.end.max(line.start)]);
    let Some(next) = text[line.end.max(span.end)..].lines().nth(1) else {
        return false;
    };
    let t = next.trim_start();
    !t.is_empty() && indent(next) >= own && !t.starts_with(['}', ']', ')']) && !t.starts_with("</")
}

/// The comment's text without its markers (`//`, `/*`, `#`, `--`, `{/*`).
fn comment_text(comment: &str) -> &str {
    comment
        .trim_start_matches(['#', '-', '/', '*', ' ', '\t'])
        .trim_end_matches(['*', '/', ' ', '\t'])
        .trim()
}

/// "(rest of the migration as before: indexes, swap, grants)": the phrase
/// before the colon (its bracket closed), where a short list after it names
/// what the phrase elides.
fn listed_head(t: &str) -> Option<String> {
    let (head, list) = t.split_once(':')?;
    let list = list.trim().trim_end_matches([')', ']', '.', ' ']);
    let short_items = list
        .split(',')
        .all(|item| (1..=3).contains(&item.split_whitespace().count()));
    if head.split_whitespace().count() < 3 || list.is_empty() || !short_items {
        return None;
    }
    let head = head.trim();
    Some(match head.chars().next() {
        Some('(') => format!("{head})"),
        Some('[') => format!("{head}]"),
        _ => head.to_string(),
    })
}

/// The comment lowercased for the phrase tests, with its upper-case
/// keywords made neutral: in "-- other WHEN branches as before" `WHEN` is
/// code named, not the "when" of a sentence that describes.
fn lowercase_prose(comment: &str) -> String {
    let mut out = String::with_capacity(comment.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        let lower = word.to_lowercase();
        if word.len() >= 2
            && word.chars().all(|c| c.is_ascii_uppercase())
            && DESCRIBES.contains(&lower.as_str())
            && !matches!(lower.as_str(), "todo" | "fixme" | "xxx" | "note")
        {
            out.push_str("keyword");
        } else {
            out.push_str(&lower);
        }
        word.clear();
    };
    for c in comment.chars() {
        if c.is_alphanumeric() || c == '_' {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.extend(c.to_lowercase());
        }
    }
    flush(&mut word, &mut out);
    out
}

/// A comment of nothing but an ellipsis (`/* ... */`, `// …`).
fn bare_ellipsis(comment: &str) -> bool {
    let t = comment_text(comment);
    // `# [...]`, `// (…)`
    let t = [('[', ']'), ('(', ')')]
        .iter()
        .find_map(|(o, c)| t.strip_prefix(*o).and_then(|r| r.strip_suffix(*c)))
        .unwrap_or(t);
    (t.starts_with("...") || t.starts_with('…')) && t.chars().all(|c| c == '.' || c == '…')
}

/// The comment is all a block holds: `{` before it and `}` after it, with
/// only blank space between (`{/* ... */}` in JSX, a method body).
fn fills_empty_block(text: &str, span: Span) -> bool {
    text[..span.start].trim_end().ends_with('{') && text[span.end..].trim_start().starts_with('}')
}

/// The comment is all a TOML or INI table holds: a `[table]` header on the
/// line before it (blank lines aside), and the next header or the end of
/// the file after it (`[tool.poetry.scripts]` / `# as before` /
/// `[build-system]`).
fn fills_empty_table(text: &str, span: Span) -> bool {
    let line = crate::lines::line_around(text, span.start);
    let header = |l: &str| {
        let l = l.trim();
        l.starts_with('[') && l.ends_with(']') && !l.contains(['=', ','])
    };
    text[..line.start]
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .is_some_and(header)
        && text[line.end.max(span.end)..]
            .lines()
            .find(|l| !l.trim().is_empty())
            .is_none_or(header)
}

/// The comment is alone on its line, and the lines around it are no
/// comments (a `# ...` row inside a commented table is documentation).
fn stands_alone(text: &str, span: Span) -> bool {
    let line = crate::lines::line_around(text, span.start);
    if !text[line.start..span.start].trim().is_empty()
        || !text[span.end..line.end.max(span.end)].trim().is_empty()
    {
        return false;
    }
    let is_comment = |l: &str| {
        let t = l.trim_start();
        ["#", "//", "--", "/*", "*"].iter().any(|c| t.starts_with(c))
    };
    let before = text[..line.start].lines().rev().find(|l| !l.trim().is_empty());
    let after = text[line.end.max(span.end)..]
        .lines()
        .find(|l| !l.trim().is_empty());
    // After a statement or a list item, or inside an opened bracket: where
    // code or entries go. (`# ...` after `f(x)` in a run of similar calls
    // abbreviates them on purpose: CPython's test_float.) Or between a
    // block's last member and its closing brace (`}` / `// ...` / `}`: the
    // rest of a class body).
    let opens = before.is_some_and(|l| {
        let l = l.trim_end();
        [",", ";", "{", "(", "[", "=>"].iter().any(|e| l.ends_with(e))
            || (l.ends_with('}') && after.is_some_and(|a| a.trim_start().starts_with('}')))
            // (A `case` label of a switch, whose body it stands for.)
            || (l.ends_with(':') && {
                let l = l.trim_start();
                (l.starts_with("case ") && !l.ends_with("::")) || l == "default:"
            })
    });
    opens && !before.is_some_and(is_comment) && !after.is_some_and(is_comment)
}

/// "same headers as before", "same upload as above": a short phrase that
/// ends so (not "same as before but with a date before 1900"). Only on a
/// line of its own: after code it describes that code (three.js's
/// `x = y; // same game as above`).
fn same_as_before(comment: &str) -> bool {
    if !first_word_may_be(comment, &["same"]) {
        return false;
    }
    let lower = comment.to_lowercase();
    let words: Vec<&str> = comment_text(&lower)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    (3..=SHORT_PHRASE_WORDS).contains(&words.len())
        && words[0] == "same"
        && matches!(words.as_slice(), [.., "as", "before"] | [.., "as", "above"])
}

/// Whether the first word of the comment's text may be one of `words`
/// (lowercase ASCII): a test without the allocations of lowercasing and
/// splitting the comment, which every comment of a file goes through. A
/// first word with other than ASCII letters and digits may lowercase to
/// anything (the Kelvin sign to `k`): it may be.
fn first_word_may_be(comment: &str, words: &[&str]) -> bool {
    let t = comment_text(comment).trim_start_matches(['.', '…', ' ']);
    let first = t
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("");
    !first.bytes().all(|b| b.is_ascii_alphanumeric())
        || words.iter().any(|w| first.eq_ignore_ascii_case(w))
}

/// Nothing but the comment on its line.
fn alone_on_line(text: &str, span: Span) -> bool {
    let line = crate::lines::line_around(text, span.start);
    text[line.start..span.start].trim().is_empty()
        && text[span.end..line.end.max(span.end)].trim().is_empty()
}

/// The comment is alone on its line right after a line of code (not inside
/// a block of comment lines): where the language's backend says a
/// bare `# ...` can only stand for what was left out (configuration files
/// and scripts, where nobody abbreviates a run of statements with one).
fn alone_among_code(text: &str, span: Span) -> bool {
    let line = crate::lines::line_around(text, span.start);
    if !text[line.start..span.start].trim().is_empty()
        || !text[span.end..line.end.max(span.end)].trim().is_empty()
    {
        return false;
    }
    let before = text[..line.start].lines().rev().find(|l| !l.trim().is_empty());
    before.is_some_and(|l| !l.trim_start().starts_with('#'))
}

/// What follows the comment's line closes its block: a closing bracket or
/// tag, or the end of the file. A short "other methods" there stands for
/// the members left out; before more members it is a section heading. (A
/// dedent is not enough: a YAML `# more options` hint ends its section so.)
fn closes_block_after(text: &str, span: Span) -> bool {
    let line = crate::lines::line_around(text, span.start);
    match text[line.end.max(span.end)..]
        .lines()
        .find(|l| !l.trim().is_empty())
    {
        None => true,
        Some(next) => {
            let t = next.trim_start();
            t.starts_with(['}', ']', ')']) || t.starts_with("</")
        }
    }
}

/// A short phrase naming the members left out, with no word saying they
/// were ("other methods", "rest of the component", "more fields"): a
/// placeholder only where a block closes right after it.
fn names_left_out(comment: &str) -> bool {
    let lower = comment.to_lowercase();
    let t = comment_text(&lower).trim_matches(['.', '…', ' ']);
    // (`add remaining route definitions`: the same, as an instruction.)
    let t = ["add the ", "add ", "insert the ", "insert "]
        .iter()
        .find_map(|v| t.strip_prefix(v))
        .unwrap_or(t);
    if !first_word_may_be(t, &["other", "more", "remaining", "rest"]) {
        return false;
    }
    let words: Vec<&str> = t
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() || words.len() > 5 {
        return false;
    }
    let names = |w: &str| ELIDED_WHAT.contains(&w) || ELIDED_WHAT_WEAK.contains(&w);
    match words.as_slice() {
        ["other" | "more" | "remaining", rest @ ..] => {
            rest.len() <= 3 && rest.last().is_some_and(|w| names(w))
        }
        ["rest", "of", rest @ ..] => {
            let rest: Vec<&str> = rest.iter().copied().filter(|w| *w != "the").collect();
            // (`rest of the enum values`)
            (1..=2).contains(&rest.len()) && rest.last().is_some_and(|w| REST_WHAT.contains(w))
        }
        _ => false,
    }
}

/// A line comment that goes on with the sentence of the comment line just
/// above it (`# runtime is not sent as it is optional for` /
/// `# existing functions.`): part of a paragraph, not a placeholder.
fn continues_sentence(text: &str, span: Span) -> bool {
    let line = crate::lines::line_around(text, span.start);
    if line.start == 0 {
        return false;
    }
    if !comment_text(&text[span.start..span.end]).starts_with(|c: char| c.is_lowercase()) {
        return false;
    }
    let prev = crate::lines::line_around(text, line.start - 1);
    let prev_text = text[prev.start..prev.end].trim();
    let marker = text[span.start..span.end]
        .chars()
        .take_while(|c| matches!(c, '#' | '/' | '-' | ';'))
        .collect::<String>();
    !marker.is_empty()
        && prev_text.starts_with(&marker)
        && !prev_text[marker.len()..].trim().is_empty()
        && !prev_text.ends_with(['.', '!', '?', ':', ';'])
}

/// Lines of nothing but an elision outside strings and comments, where the
/// language's backend says such a line is one: `...`, `...,`, `…`,
/// `...: ...`, `key = ...`. (A bare `...` is a syntax error in most
/// languages, or a command nobody runs; the error it causes is this.)
pub fn ellipsis_lines(
    text: &str,
    analysis: &Analysis,
    language: crate::language::Language,
) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let Some(backend) = language.backend() else {
        return out;
    };
    // Only the lines an ellipsis is on (most files have none, many a few).
    let bytes = text.as_bytes();
    // Each line once, however many ellipses it holds (a minified file's
    // one line holds thousands of spreads).
    let mut lines: Vec<Span> = Vec::new();
    for needle in [&b"..."[..], "…".as_bytes()] {
        let mut done_until = 0;
        for i in memchr::memmem::find_iter(bytes, needle) {
            if i < done_until {
                continue;
            }
            let line = crate::lines::line_around(text, i);
            done_until = line.end + 1;
            lines.push(line);
        }
    }
    // `<existing code>`, `[previous code]`, `(rest of the handlers
    // unchanged)`: an elision phrase in brackets on a line of its own,
    // where the parser rejects that line or stops within the few lines
    // after it (a YAML scalar runs on; JSX reads `<existing code>` as a tag
    // whose closing tag never comes).
    let mut bracketed: Vec<Span> = Vec::new();
    if !analysis.rejected.is_empty() || !analysis.errors.is_empty() {
        let stops_near = |line: Span| {
            analysis.is_rejected(line)
                || analysis.errors.iter().any(|e| {
                    e.span.start >= line.start
                        && text
                            .get(line.start..e.span.start)
                            .is_some_and(|between| between.matches('\n').count() <= 3)
                })
        };
        for (open, close) in [(b'<', '>'), (b'[', ']'), (b'(', ')')] {
            let mut done_until = 0;
            for i in memchr::memchr_iter(open, bytes) {
                if i < done_until {
                    continue;
                }
                let line = crate::lines::line_around(text, i);
                done_until = line.end + 1;
                let t = text[line.start..line.end].trim().trim_end_matches(',');
                let phrase = t
                    .strip_prefix(char::from(open))
                    .and_then(|r| r.strip_suffix(close))
                    .filter(|inner| {
                        !inner.contains(['<', '>', '[', ']', '(', ')', '=', '"', '\'', '/', ','])
                            && (SNIP_WORDS.contains(&inner.trim().to_lowercase().as_str())
                                || (2..=6).contains(&inner.split_whitespace().count())
                                    && (is_placeholder(&format!("// {inner}"))
                                || ellipsis_led(inner)
                                || inner.split_whitespace().any(|w| {
                                    REFERENCE.contains(&w.to_lowercase().as_str())
                                        && !w.eq_ignore_ascii_case("your")
                                        && !w.eq_ignore_ascii_case("current")
                                })))
                    });
                if phrase.is_some() && stops_near(line) {
                    bracketed.push(line);
                    lines.push(line);
                }
            }
        }
    }
    lines.sort_by_key(|l| l.start);
    lines.dedup_by_key(|l| l.start);
    for line in lines {
        let raw = &text[line.start..line.end];
        let t = raw.trim();
        // (`...restart|status same as above...`, `... post/put/delete
        // ...`: a line of words led by an ellipsis, where the parser
        // rejects it; a spread, `...defaults,`, is one word.)
        let phrase = ellipsis_led(t)
            && t.split_whitespace().count() >= 2
            && analysis
                .errors
                .iter()
                .any(|e| e.span.start >= line.start && e.span.start <= line.end);
        if !is_ellipsis_line(t) && !bracketed.contains(&line) && !phrase {
            continue;
        }
        let start = line.start + (raw.len() - raw.trim_start().len());
        let in_region = analysis
            .regions
            .iter()
            .any(|r| r.span.start <= start && start < r.span.end);
        if in_region || !(bracketed.contains(&line) || phrase || backend.ellipsis_line_elides(text, raw)) {
            continue;
        }
        // (Lines come sorted and once each.)
        out.push(Span::new(start, start + t.len()));
    }
    // `{...}` standing in for a body or a value inside a line (`function
    // check() {...}`, `cleanup() {…}`, `agent = {...}`): no language's
    // block or table is written so; where the parser rejects that line it
    // is the elision, not a typo. (Python's `{...}` is a set and YAML's a
    // mapping: they parse, and are left alone.)
    if !analysis.rejected.is_empty() || !analysis.errors.is_empty() {
        let mut inline: Vec<Span> = Vec::new();
        // (And `...` as a list's last item, `IN ('a', 'b', ...)`, `f(a,
        // ...)`, after a list's rows, `VALUES (...), …`, or as a
        // condition, `AND ...`.)
        let mut candidates: Vec<Span> = Vec::new();
        for needle in ["{...}", "{\u{2026}}", "{ ... }"] {
            candidates.extend(
                text.match_indices(needle)
                    .map(|(at, _)| Span::new(at, at + needle.len())),
            );
        }
        for needle in ["...", "\u{2026}"] {
            for (at, _) in text.match_indices(needle) {
                // (`...` and `…` are both three bytes long.)
                let (before, after) = (text[..at].trim_end(), text[at + 3..].trim_start());
                if before.ends_with('.') || after.starts_with('.') {
                    continue;
                }
                let word_before = |w: &str| {
                    let Some(cut) = before.len().checked_sub(w.len()) else {
                        return false;
                    };
                    before.get(cut..).is_some_and(|x| x.eq_ignore_ascii_case(w))
                        && !before[..cut].ends_with(|c: char| c.is_alphanumeric() || c == '_')
                };
                // (`'open' | 'closed' | …;` ends a union type so.)
                let list_end = (before.ends_with(',') && after.starts_with([')', ']', '}']))
                    || (before.ends_with('|') && after.starts_with([';', ')', '>', '\n']));
                let rows = before.ends_with("),");
                // (An ellipsis that is no spread: nothing it could spread
                // follows it on its line, `return ...;`, `case … esac`; or
                // a `…` standing as a word of its own.)
                let line_rest = text[at + 3..].split('\n').next().unwrap_or("").trim_start();
                let operand = line_rest
                    .starts_with(|c: char| c.is_alphanumeric() || matches!(c, '_' | '$' | '[' | '{' | '(' | '"' | '\'' | '`'));
                let word_alone = |s: &str, last: bool| {
                    let c = if last { s.chars().next_back() } else { s.chars().next() };
                    c.is_none_or(|c| !c.is_alphanumeric())
                };
                let no_spread = if needle == "..." {
                    !operand && !text[..at].ends_with('.')
                } else {
                    word_alone(&text[..at], true) && word_alone(&text[at + 3..], false)
                };
                if list_end || rows || word_before("AND") || word_before("OR") || no_spread {
                    candidates.push(Span::new(at, at + 3));
                }
            }
        }
        // (`…` inside `{…}` is that one elision.)
        candidates.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
        let mut reach = 0;
        candidates.retain(|c| {
            let inside = c.end <= reach;
            reach = reach.max(c.end);
            !inside
        });
        for token in candidates {
            let at = token.start;
            let line = crate::lines::line_around(text, at);
            let in_region = analysis
                .regions
                .iter()
                .any(|r| r.span.start <= at && at < r.span.end);
            let stops_here = analysis.is_rejected(line)
                || analysis
                    .errors
                    .iter()
                    .any(|e| e.span.start >= line.start && e.span.start <= line.end + 1);
            let known = out
                .iter()
                .chain(&analysis.elisions)
                .any(|o| o.start <= at && at < o.end.max(o.start + 1));
            if !in_region && stops_here && !known {
                inline.push(token);
            }
        }
        if !inline.is_empty() {
            out.extend(inline);
            out.sort_by_key(|s| s.start);
            out.dedup_by_key(|s| s.start);
        }
    }
    out
}

/// One-word markers a model writes in brackets where it cut code out
/// (`<snip>`, `[omitted]`).
const SNIP_WORDS: &[&str] = &["snip", "snipped", "omitted", "elided", "...", "\u{2026}"];

/// `... as before ...`, `… loop over the files …`: words led by an
/// ellipsis (or an ellipsis alone).
fn ellipsis_led(t: &str) -> bool {
    let t = t.trim();
    t.starts_with("...") || t.starts_with('\u{2026}')
}

/// The parser's first complaint at or after the comment is right after it:
/// only blank space lies between (`/* … */, x` stops at the `,`), or the
/// comment swallowed a shell block's closing `}` and the file ends open.
fn parser_stops_after(text: &str, analysis: &Analysis, span: Span) -> bool {
    let next = span.end + (text[span.end..].len() - text[span.end..].trim_start().len());
    let at_next = analysis
        .errors
        .iter()
        .any(|e| e.span.start >= span.end && e.span.start <= next && !e.at_eof);
    let swallowed_close = text[span.start..span.end].trim_end().ends_with(" }")
        && text[..span.start].trim_end().ends_with('{')
        && (analysis.errors.iter().any(|e| e.at_eof) || !analysis.open_at_eof.is_empty());
    at_next || swallowed_close
}

/// `...`, `…`, `...,`, `[...]`, `...: ...`, `... = "..."`, `url = ...`.
fn is_ellipsis_line(t: &str) -> bool {
    let t = t.trim_end_matches([',', ';']).trim_end();
    let dots = |s: &str| {
        let s = s.trim().trim_matches(['"', '\'']);
        matches!(s, "..." | "…" | ". . .")
    };
    // (A quoted `"..."` alone is a string: a token list's, a label's.)
    if matches!(
        t,
        "..." | "…" | ". . ." | "[...]" | "{...}" | "(...)" | "[…]" | "{…}" | "- ..." | "- …"
    ) {
        return true;
    }
    // `...: ...`, `... = "..."`, `key = ...`, `key: …`
    let Some((key, value)) = t.split_once(" = ").or_else(|| t.split_once(": ")) else {
        return false;
    };
    let key = key.trim().trim_matches(['"', '\'']);
    let keyish = dots(key)
        || (!key.is_empty()
            && key
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.')));
    keyish && dots(value) && !value.trim().starts_with(['"', '\'']) || dots(key) && dots(value)
}

/// `lines` are [`ellipsis_lines`]'s.
pub fn find(
    text: &str,
    analysis: &Analysis,
    language: crate::language::Language,
    lines: &[Span],
) -> Vec<Finding> {
    let ellipsis_elides = language
        .backend()
        .is_some_and(|b| b.ellipsis_comment_elides());
    let mut out = Vec::new();
    // Comments, and the `--` comments inside dollar-quoted function bodies.
    let mut comments: Vec<Span> = Vec::new();
    for region in &analysis.regions {
        match region.kind {
            RegionKind::Comment => comments.push(region.span),
            RegionKind::Body => {
                let body = &text[region.span.start..region.span.end];
                let mut offset = region.span.start;
                for line in body.split_inclusive('\n') {
                    if let Some(p) = line.find("--") {
                        let end = line.trim_end_matches(['\n', '\r']).len();
                        if p < end {
                            comments.push(Span::new(offset + p, offset + end));
                        }
                    }
                    offset += line.len();
                }
            }
            RegionKind::String => {}
        }
    }
    // Elisions the language writes outside comments (JSON's `"...": "..."`),
    // and lines of nothing but an ellipsis.
    for span in analysis.elisions.iter().chain(lines) {
        let shown: String = text[span.start..span.end].chars().take(SHOWN_CHARS).collect();
        out.push(
            Finding::new(
                Rule::Placeholder,
                Some(*span),
                format!("placeholder where content was left out: `{shown}`"),
            )
            .with_help("write out the entries the placeholder stands for"),
        );
    }
    // Paragraphs of comment lines (and block comments of several lines)
    // in which the model says it left code out: judged as one text, where
    // each line alone says too little.
    let mut covered: Vec<Span> = Vec::new();
    for block in comment_blocks(text, &comments) {
        let t = comment_block_text(text, &comments[block.clone()]);
        let span = Span::new(comments[block.start].start, comments[block.end - 1].end);
        if block_elides(&t, text, span, analysis) || (typed(language) && typed_body_left_empty(text, span)) {
            let shown: String = t.trim().chars().take(SHOWN_CHARS).collect();
            out.push(
                Finding::new(
                    Rule::Placeholder,
                    Some(span),
                    format!("placeholder where code was left out: `{shown}`"),
                )
                .with_help("write out the code the comment stands for"),
            );
            covered.push(span);
        }
    }
    for span in comments {
        if covered.iter().any(|b| b.start <= span.start && span.end <= b.end) {
            continue;
        }
        let region_span = span;
        let comment = &text[span.start..span.end];
        if comment.len() > MAX_COMMENT_BYTES {
            continue;
        }
        // A bare ellipsis where code used to be: alone in a block, or alone
        // among code lines. ("TODO: implement" alone in a body is a real
        // stub as often: three.js ships one.)
        let stand_in = (bare_ellipsis(comment)
            && (fills_empty_block(text, span)
                || stands_alone(text, span)
                || (ellipsis_elides && alone_among_code(text, span))))
            || (names_left_out(comment)
                && alone_on_line(text, span)
                && closes_block_after(text, span))
            || (same_as_before(comment) && alone_on_line(text, span));
        let general = || {
            // (The cheap test on the comment first: the line tests walk to
            // the line's ends, which a minified file makes long.)
            if !may_have_shape(comment)
                || list_item(comment)
                || !alone_in_line(text, span)
                || in_comment_block(text, span)
            {
                return false;
            }
            let t = lowercase_prose(comment);
            let t = comment_text(&t);
            let shape = match elision_shape(t) {
                Shape::None => listed_head(t).map_or(Shape::None, |head| elision_shape(&head)),
                shape => shape,
            };
            match shape {
                Shape::Strong => true,
                Shape::Weak => {
                    closes_block_after(text, span)
                        || fills_empty_block(text, span)
                        || fills_empty_table(text, span)
                }
                Shape::NotBeforeCode => {
                    !code_right_under(text, span) || fills_empty_table(text, span)
                }
                Shape::None => false,
            }
        };
        let phrase = || {
            is_placeholder(comment)
                && !notes_code_before(text, span, comment)
                && !titled_header(text, span, comment)
        };
        // `/* … */, DEFAULTS)`, `Authorization: // ...`, `f() { # ... }`:
        // an ellipsis comment right where the parser stops (the comment
        // took the place of an argument, a value, a body's code).
        let breaks_here = || ellipsis_led(comment_text(comment)) && parser_stops_after(text, analysis, span);
        let pointing = || {
            may_point(comment)
                && alone_on_line(text, span)
                && !in_comment_block(text, span)
                && !list_item(comment)
                && points_elsewhere(comment, text, span)
        };
        // `// seedProducts() and seedReviews() follow the same shape as
        // seedUsers`: a pointing comment that names what the code uses and
        // nothing declares (or declares and nothing uses).
        let names_missing = || {
            !analysis.names.is_empty()
                && !comment.contains('\n')
                && !comment.starts_with("/**")
                && alone_in_line(text, span)
                && names_missing_code(comment, analysis, false)
        };
        // `// REMOVE_ITEM and UPDATE_QTY: same pattern as ADD_ITEM` between
        // a branch's end and the next case label.
        let stands_for_cases = || may_point(comment) && alone_on_line(text, span) && cases_left_out(comment, text, span);
        // `# ... build + push steps as before`: led by an ellipsis and
        // saying the code is like code elsewhere; `// {{ existing onclose
        // handling }}`; `# repeat the dev block for staging and prod`;
        // `# pruning logic unchanged`; `{/* fields go here, same as
        // LoginForm */}`; a shell branch of nothing but a comment, which
        // the shell rejects.
        let short_shapes = || {
            (typed(language) && typed_body_left_empty(text, span))
                || alone_in_line(text, span)
                && (led_and_like(comment)
                    || templated_stand_in(comment)
                    || repeat_the_block(comment)
                    || unit_unchanged(comment)
                    || goes_here_like(comment)
                    || (fills_empty_branch(text, span) && parser_stops_after(text, analysis, span)))
        };
        let labelled = || {
            alone_in_line(text, span)
                && !in_comment_block(text, span)
                && labelled_verdict(comment).is_some_and(|elsewhere| {
                    elsewhere || !code_right_under(text, span) || document_ends_under(text, span)
                })
        };
        // `// …plus the remaining fields` right before a block's end.
        let trails_off = || {
            ellipsis_led(comment_text(comment))
                && prose_after_ellipsis(comment_text(comment))
                && alone_on_line(text, span)
                && !in_comment_block(text, span)
                && closes_block_after(text, span)
        };
        if !stand_in
            && !phrase()
            && !general()
            && !pointing()
            && !breaks_here()
            && !names_missing()
            && !stands_for_cases()
            && !trails_off()
            && !short_shapes()
            && !labelled()
        {
            continue;
        }
        // `@block_size int = 200, /*Same as above*/`: a note on the code
        // before it on its line, which is all there.
        let lower = comment.to_lowercase();
        if (lower.contains("same as above") || lower.contains("same as before"))
            && text[crate::lines::line_around(text, span.start).start..span.start]
                .contains(|c: char| c.is_alphanumeric())
        {
            continue;
        }
        if continues_sentence(text, span) {
            continue;
        }
        let shown: String = comment.trim().chars().take(SHOWN_CHARS).collect();
        out.push(
            Finding::new(
                Rule::Placeholder,
                Some(Span::new(
                    region_span.start,
                    region_span.start + comment.trim_end().len(),
                )),
                format!("placeholder where code was left out: `{shown}`"),
            )
            .with_help("write out the code the comment stands for"),
        );
    }
    out
}

/// The model speaking of the code the user has or of its own earlier
/// answer: no comment in a code base does (`no changes from what you have
/// now`, `same approach as in my previous answer`).
const CONVERSATION: &[&str] = &[
    "you have now",
    "you already have",
    "your current",
    "your existing",
    "your previous",
    "your version",
    "your original",
    "in your reducer",
    "the current script",
    "so i have not",
    "i have not repeated",
    "i haven't repeated",
    "you had",
    "what you have",
    "your old ",
    "previous answer",
    "earlier answer",
    "my previous",
    "my last answer",
    "same as last time",
    "not repeated here",
    "as you had it",
    "as you have it",
    "as it is in your",
    "lift it from your",
    "paste yours",
    "keep your other",
];

/// [`CONVERSATION`] phrases that say by themselves that the user's code
/// belongs where the comment stands.
const CONVERSATION_ALONE: &[&str] = &[
    "as you had it",
    "as you have it",
    "as it is in your",
    "lift it from your",
    "paste yours",
    "keep your other",
];

/// `like check_web`, `like buildQuery()`: "like" and a name written as
/// code (not "like /etc/systemd/...", "such as").
fn like_named(t: &str) -> bool {
    t.match_indices(" like ").any(|(at, _)| {
        let next = t[at + 6..]
            .split_whitespace()
            .next()
            .unwrap_or("")
            .trim_end_matches([',', '.', ';', ':']);
        next.starts_with(|c: char| c.is_alphabetic())
            && (next.contains('_')
                || next.ends_with("()")
                || next.chars().skip(1).any(char::is_uppercase))
            && next.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '(' | ')'))
    })
}

/// `checksum=... (sha256 of the archive)`, `async = [...]`: a comment
/// that is an assignment of an ellipsis, the value left out.
fn assigns_ellipsis(t: &str) -> bool {
    let t = t.trim_start();
    let name_len = t
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(t.len());
    if name_len == 0 {
        return false;
    }
    let rest = t[name_len..].trim_start();
    let Some(value) = rest.strip_prefix('=').or_else(|| rest.strip_prefix(':')) else {
        return false;
    };
    let value = value.trim_start().trim_start_matches(['[', '{', '(', '"', '\'']);
    value.starts_with("...") || value.starts_with('…')
}

/// Looser words of sameness, which count with a name as evidence
/// ([`names_missing_code`]).
const NAMED_SAMENESS: &[&str] = &[
    "didn't change",
    "did not change",
    "still works",
    "the usual",
    "exact same",
    "copy from",
    "copied from",
    "set up the same way",
    "the same way",
];

/// A comment that says the code it stands for is like code elsewhere.
const LIKE_ELSEWHERE: &[&str] = &[
    "same as",
    "same pattern",
    "same shape",
    "same approach",
    "same idea",
    "same steps",
    "same logic",
    "same list",
    "identical to",
    "identical ",
    "exactly like",
    "like in ",
    "like the one",
    "mirrors ",
    "they mirror ",
    "follow the same",
    "follows the same",
    "no changes",
    "no change ",
    "nothing changed",
    "unchanged",
    "stay as they were",
    "stays as it was",
    "as they were",
    "as they are in",
    "as it was",
    "as before",
    "from before",
    "go here",
    "goes here",
    "copy that",
    "copy the",
    "keep the ones",
    "keep the two",
    "for brevity",
    "to save space",
];

/// Words one of which [`points_elsewhere`] needs (a cheap test first:
/// most comments hold none).
const POINTING_CUES: &[&str] = &[
    "same", "identical", "like", "mirror", "chang", "before", "here", "copy", "keep",
    "brevity", "space", "you", "previous", "answer", "repeated", "skipped", "omitted",
    "follow", "last time", "stay",
];

fn may_point(comment: &str) -> bool {
    static CUES: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::OnceLock::new();
    let cues = CUES.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(POINTING_CUES)
            .ok()
    });
    cues.as_ref().is_none_or(|c| c.is_match(comment))
}

/// The words (lower case) say the code is like code elsewhere: `same X
/// as Y`, or a phrase of [`LIKE_ELSEWHERE`].
fn says_like_elsewhere(lower: &str) -> bool {
    lower
        .find("same ")
        .is_some_and(|at| lower[at..].contains(" as "))
        || LIKE_ELSEWHERE.iter().any(|p| lower.contains(p))
}

/// A comment alone on its line that stands where code was left out, in
/// the model's longer words: it speaks of the user's code or the model's
/// earlier answer, or it says the missing code is like code elsewhere and
/// nothing implements it (the block, branch or body ends right after it).
fn points_elsewhere(comment: &str, text: &str, span: Span) -> bool {
    let lower = lowercase_prose(comment);
    let t = comment_text(&lower);
    let words = t.split_whitespace().count();
    // (A labelled note documents: "Note: the feature set is unchanged
    // since 0.3".)
    if !(3..=30).contains(&words) || t.starts_with("note") || t.starts_with("nb") {
        return false;
    }
    // ("same request and error handling as fetchInvoices")
    let like = says_like_elsewhere(t);
    // (The reader addressed, without a claim that code is like code
    // elsewhere, documents: "make sure EMP is not a name you already have
    // in use".)
    if CONVERSATION.iter().any(|p| t.contains(p)) && (like || t.contains("keep"))
        || CONVERSATION_ALONE.iter().any(|p| t.contains(p))
    {
        return true;
    }
    if !like {
        return false;
    }
    // (A note above the code it describes: "same as fetchUsers, but
    // paged" followed by that code.)
    if fills_empty_block(text, span) || fills_empty_branch(text, span) {
        return true;
    }
    // At the end of a block that holds code, the comment may note that
    // code ("the same test as the Minimatch constructor", "Left out
    // entirely where no entry sets one, so ordinary builds hash as
    // before"): only words that say code is missing count there, in a
    // phrase, not a sentence with clauses of its own.
    let missing = MISSING_HERE.iter().any(|p| t.contains(p));
    let clauses = t
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| matches!(w, "so" | "where" | "because" | "when" | "if" | "which" | "since" | "although" | "while"));
    missing && !clauses && ends_a_branch(text, span)
}

/// The comment says code is like code elsewhere or left out, and names a
/// name that the code after it uses and nothing declares, or that is
/// imported or a parameter and nothing uses (`IntersectionObserver setup
/// — identical to useLazyImage` where `observer` is used undeclared).
fn names_missing_code(comment: &str, analysis: &Analysis, paragraph: bool) -> bool {
    let t = comment_text(comment);
    let lower = t.to_lowercase();
    // (Words that only say something is missing, "omitted", "keep the",
    // describe code as often: "a key is omitted when its value is nullish".)
    // (With a name as evidence, looser words of sameness count too: "like
    // check_web", "that stage didn't change", "the exact same pattern".)
    let cue = says_like_elsewhere(&lower)
        || ellipsis_led(t)
        || CONVERSATION.iter().any(|p| lower.contains(p))
        || NAMED_SAMENESS.iter().any(|p| lower.contains(p))
        || like_named(t)
        || assigns_ellipsis(t);
    if !cue {
        return false;
    }
    // A word written as code: `seedProducts()`, `renderTemplate`,
    // `JWT_SECRET`, `VPC`; a plain word (`chalk`, `module`, `cache`) names
    // a name only in a one-line comment.
    // (`$dbs`, `` `dbs` `` too.)
    let code_like = |w: &str, before: Option<char>, next: Option<char>| {
        w.chars().skip(1).any(char::is_uppercase)
            || w.contains('_')
            || w.starts_with('$')
            || next == Some('(')
            || (before == Some('`') && next == Some('`'))
    };
    let words: Vec<(&str, Option<char>)> = t
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$'))
        .filter(|w| w.len() >= 3)
        .filter_map(|w| {
            // (`w` is a slice of `t`.)
            let start = w.as_ptr() as usize - t.as_ptr() as usize;
            let end = start + w.len();
            let next = t[end..].chars().next();
            let before = t[..start].chars().next_back();
            (!paragraph || code_like(w, before, next))
                .then(|| (w.trim_start_matches('$'), next))
        })
        .filter(|(w, _)| w.len() >= 3)
        .collect();
    // `Observer` as the tail of `IntersectionObserver`.
    let camel_tail = |w: &str, name: &str| {
        w.len() > name.len()
            && w.is_char_boundary(w.len() - name.len())
            && w[w.len() - name.len()..].eq_ignore_ascii_case(name)
            && w[w.len() - name.len()..].starts_with(|c: char| c.is_uppercase())
    };
    analysis.names.iter().any(|n| {
        n.len() >= 3
            && words
                .iter()
                .any(|(w, _)| w.eq_ignore_ascii_case(n) || (n.len() >= 5 && camel_tail(w, n)))
    })
}

/// The comment sits between one branch's end (`break;`, `return ...;`,
/// `}`, `;;`) and the next case label (`case 'x':`, `web)`), says the code
/// is like code elsewhere, and opens by naming cases (`'status' and
/// 'logs' — copy the deploy case`) that the code names elsewhere and no
/// label of the file does.
fn cases_left_out(comment: &str, text: &str, span: Span) -> bool {
    let line = crate::lines::line_around(text, span.start);
    let Some(before) = text[..line.start]
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .map(str::trim)
    else {
        return false;
    };
    let Some(after) = text[line.end.max(span.end)..]
        .lines()
        .find(|l| !l.trim().is_empty())
        .map(str::trim)
    else {
        return false;
    };
    let shell_label = |l: &str| {
        l.ends_with(')') && !l.starts_with(['#', '(', '$']) && !l.contains(['(', '=', '"', ' ']) || l.ends_with(')') && l.contains('|') && !l.contains('(')
    };
    let js_label = |l: &str| (l.starts_with("case ") && l.contains(':')) || l.starts_with("default:");
    let ended = before.ends_with(";;")
        || before.ends_with('}')
        || before == "break;"
        || before == "continue;"
        || ((before.starts_with("return") || before.starts_with("throw ")) && before.ends_with(';'));
    if !ended || !(js_label(after) || shell_label(after)) {
        return false;
    }
    let t = comment_text(comment);
    let lower = t.to_lowercase();
    let follows = lower.contains("follow the ") && lower.contains(" pattern");
    if !(says_like_elsewhere(&lower) || follows || MISSING_HERE.iter().any(|p| lower.contains(p))) {
        return false;
    }
    // (`the other architectures follow the same pattern`: the cases left
    // out, unnamed.)
    let unnamed = lower
        .trim_start_matches("the ")
        .split_whitespace()
        .next()
        .is_some_and(|w| matches!(w, "other" | "remaining" | "rest"));
    if unnamed && lower.split_whitespace().count() <= 12 {
        return true;
    }
    let Some(cut) = [":", " \u{2014} ", " \u{2013} ", " - ", " -- ", ","]
        .iter()
        .filter_map(|sep| t.find(sep))
        .min()
    else {
        return false;
    };
    const NOT_NAMES: &[&str] = &[
        "and", "or", "the", "case", "cases", "branch", "branches", "arm", "arms", "both", "also",
        "for", "too", "then", "plus", "handlers",
    ];
    let names: Vec<&str> = t[..cut]
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
        .filter(|w| w.len() >= 2 && !NOT_NAMES.contains(&w.to_lowercase().as_str()))
        .collect();
    if names.is_empty() || names.len() > 4 {
        return false;
    }
    let labels: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| js_label(l) || shell_label(l))
        .collect();
    let whole_word = |hay: &str, w: &str| {
        hay.match_indices(w).any(|(at, _)| {
            let ok = |c: Option<char>| c.is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
            ok(hay[..at].chars().next_back()) && ok(hay[at + w.len()..].chars().next())
        })
    };
    let in_code = |w: &str| {
        text.lines()
            .map(str::trim)
            .filter(|l| !l.starts_with(['#', '/', '*']) && !js_label(l) && !shell_label(l))
            .any(|l| whole_word(l, w))
    };
    names.iter().all(|w| !labels.iter().any(|l| whole_word(l, w))) && names.iter().any(|w| in_code(w))
}

/// `…plus the remaining fields`, not commented-out code (`// ...rest,`,
/// `// ...util.normalize(params),`): words after the ellipsis, and no
/// code punctuation.
fn prose_after_ellipsis(t: &str) -> bool {
    let rest = t.trim_start_matches(['.', '\u{2026}', ' ']);
    rest.split_whitespace().count() >= 2
        && !rest.contains(['(', ')', '{', '}', '=', ';'])
        && !rest.trim_end().ends_with(',')
}

/// TypeScript's languages, whose functions declare what they return.
fn typed(language: crate::language::Language) -> bool {
    matches!(
        language,
        crate::language::Language::TypeScript | crate::language::Language::Tsx
    )
}

/// The comment is all the body of a function that declares it returns a
/// value (`async findByEmail(email: string): Promise<User> {` / `// same
/// lookup as findOne()` / `}`): TypeScript rejects such a body (TS2355),
/// so the comment stands where the code was.
fn typed_body_left_empty(text: &str, span: Span) -> bool {
    if !fills_empty_block(text, span) {
        return false;
    }
    let head = text[..span.start].trim_end();
    let head = &head[..head.len() - 1]; // the `{`
    let line = &head[head.rfind('\n').map_or(0, |i| i + 1)..];
    let Some(at) = line.rfind("): ") else {
        return false;
    };
    let ty = line[at + 3..].trim();
    // (An arrow function's `=>`, an object type's `{`, a union: left alone.)
    !ty.is_empty()
        && !ty.contains(['=', '{', '|'])
        && !matches!(
            ty,
            "void" | "any" | "unknown" | "never" | "undefined" | "Promise<void>" | "Promise<any>"
                | "Promise<unknown>" | "Promise<undefined>"
        )
        && !ty.starts_with("asserts ")
        && !ty.contains(" is ")
}

/// `... build + push steps as before`: an ellipsis, then words saying the
/// code is like code elsewhere.
fn led_and_like(comment: &str) -> bool {
    let t = comment_text(comment);
    if !ellipsis_led(t) || !t.chars().any(char::is_alphabetic) {
        return false;
    }
    says_like_elsewhere(&lowercase_prose(t))
}

/// `{{ existing onmessage / onclose handling }}`, `[[ rest of the
/// handlers ]]`: a template's slot standing for code.
fn templated_stand_in(comment: &str) -> bool {
    let t = comment_text(comment);
    let Some(inner) = t
        .strip_prefix("{{")
        .and_then(|r| r.strip_suffix("}}"))
        .or_else(|| t.strip_prefix("[[").and_then(|r| r.strip_suffix("]]")))
    else {
        return false;
    };
    let first = inner
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    matches!(
        first.as_str(),
        "existing" | "rest" | "other" | "remaining" | "previous" | "original" | "old" | "same" | "your" | "more" | "..." | "\u{2026}"
    )
}

/// `repeat the dev block for staging and prod`, `do the same for the
/// other regions`: an instruction to write code that is not there.
fn repeat_the_block(comment: &str) -> bool {
    let t = lowercase_prose(comment_text(comment));
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.len() > 16 {
        return false;
    }
    const UNITS: &[&str] = &[
        "block", "blocks", "step", "steps", "section", "loop", "call", "calls", "pattern", "code",
        "stanza", "lines",
    ];
    (t.starts_with("repeat the ") || t.starts_with("repeat this ") || t.starts_with("copy the ") || t.starts_with("copy this "))
        && words.iter().take(6).any(|w| UNITS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())))
        && words.contains(&"for")
        || t.starts_with("do the same for ")
        || t.starts_with("same for the other ")
}

/// `pruning logic unchanged`, `// error handling as before`: a unit of
/// code named and said to be unchanged, in a few words.
fn unit_unchanged(comment: &str) -> bool {
    let t = lowercase_prose(comment_text(comment));
    let t = t.trim_end_matches(['.', ' ']);
    let words: Vec<&str> = t.split_whitespace().collect();
    if !(2..=5).contains(&words.len()) {
        return false;
    }
    const UNITS: &[&str] = &[
        "logic", "code", "steps", "implementation", "handling", "body", "section", "block",
        "loop", "checks", "functions", "methods", "cases", "handlers", "setup", "routes",
    ];
    let rest = if let Some(r) = t.strip_suffix(" unchanged") {
        r
    } else if let Some(r) = t.strip_suffix(" as before") {
        r
    } else {
        return false;
    };
    rest.split_whitespace()
        .last()
        .is_some_and(|w| UNITS.contains(&w))
        || rest.ends_with(" stays") && rest.split_whitespace().rev().nth(1).is_some_and(|w| UNITS.contains(&w))
}

/// `outputs + the build/push steps: unchanged from the previous workflow`,
/// `Service for web: same as the api Service above`, `mobile menu toggle —
/// unchanged`, `confirmation → identical to the block in destroy.sh`: a
/// short label for code, then a verdict that it is unchanged or like code
/// elsewhere, and whether the verdict points at another source (an old
/// version, another file).
fn labelled_verdict(comment: &str) -> Option<bool> {
    let t = lowercase_prose(comment_text(comment));
    let t = t.trim();
    let (label, verdict) = [": ", " — ", " – ", " -> ", " → ", " - "]
        .iter()
        .filter_map(|sep| t.split_once(sep))
        .min_by_key(|(label, _)| label.len())?;
    let label_words = label.split_whitespace().count();
    let first = label.split_whitespace().next().unwrap_or("");
    if !(1..=8).contains(&label_words)
        || ["note", "nb", "todo", "xxx", "fixme", "hack", "see", "warning", "example", "e.g.", "usage"]
            .contains(&first.trim_matches(|c: char| !c.is_alphanumeric() && c != '.'))
    {
        return None;
    }
    // (A sentence describes: "this is our staging table - identical to
    // the main table but ...".)
    let sentence = |s: &str| {
        s.split(|c: char| !c.is_alphanumeric())
            .any(|w| {
                matches!(
                    w,
                    "is" | "are" | "was" | "were" | "this" | "these" | "our" | "we" | "but"
                        | "except" | "because" | "so" | "plus"
                )
            })
    };
    let verdict = verdict.trim();
    if sentence(label) || sentence(verdict) {
        return None;
    }
    let words = verdict.split_whitespace().count();
    let opens = [
        "same as",
        "same mocks as",
        "same steps as",
        "unchanged",
        "identical to",
        "identical as",
        "as before",
        "as in ",
        "copied from",
        "mirrors ",
        "no change",
    ]
    .iter()
    .any(|p| verdict.starts_with(p));
    if !opens || words > 14 {
        return None;
    }
    let elsewhere = [
        "old ", "previous", "original", "earlier", "existing", "release", "spec",
        "version", ".sh", ".js", ".ts", ".py", ".yml", ".yaml", "file", "script", "workflow",
    ]
    .iter()
    .any(|p| verdict.contains(p))
        || verdict.trim_end_matches(['.', ')']) == "unchanged";
    Some(elsewhere)
}

/// The line under the comment's ends a YAML document (`---`): the
/// comment is all its document holds.
fn document_ends_under(text: &str, span: Span) -> bool {
    let line = crate::lines::line_around(text, span.start);
    text[line.end.max(span.end)..]
        .lines()
        .nth(1)
        .is_some_and(|l| l.trim_end() == "---")
}

/// `fields go here, same as LoginForm`: the code's place and where its
/// like is.
fn goes_here_like(comment: &str) -> bool {
    let t = lowercase_prose(comment_text(comment));
    if t.split_whitespace().count() > 20 {
        return false;
    }
    let here = ["go here", "goes here", "belong here", "belongs here"]
        .iter()
        .any(|p| t.contains(p));
    let same_as = t
        .find("same ")
        .is_some_and(|at| t[at..].contains(" as "));
    here && (same_as || ["like in ", "exactly like", "as before", "identical"].iter().any(|p| t.contains(p)))
}

/// Runs of comments each alone on its line, on consecutive lines (a
/// block comment of several lines is a run of its own), as index ranges
/// into `comments` (sorted by start).
fn comment_blocks(text: &str, comments: &[Span]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut i = 0;
    // (A documentation comment, `/**` or `///`, describes the code it
    // stands before.)
    let doc = |c: Span| {
        let t = &text[c.start..c.end];
        t.starts_with("/**") || t.starts_with("///") || t.starts_with("//!")
    };
    while i < comments.len() {
        if !alone_in_line(text, comments[i]) || doc(comments[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i + 1 < comments.len()
            && alone_in_line(text, comments[i + 1])
            && !doc(comments[i + 1])
            && text[comments[i].end..comments[i + 1].start]
                .bytes()
                .filter(|b| *b == b'\n')
                .count()
                == 1
        {
            i += 1;
        }
        i += 1;
        let several = i - start > 1 || text[comments[start].start..comments[start].end].contains('\n');
        if several && i - start <= 8 {
            out.push(start..i);
        }
    }
    out
}

/// A run's words: each comment's text without its markers, lower case,
/// joined by spaces.
fn comment_block_text(text: &str, block: &[Span]) -> String {
    let mut out = String::new();
    for c in block {
        for line in text[c.start..c.end].lines() {
            let t = comment_text(line.trim());
            if !t.is_empty() {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(t);
            }
        }
    }
    out
}

/// What a model writes when it leaves code out on purpose and says so.
const OMITTED_HERE: &[&str] = &[
    "omitted here",
    "not repeated here",
    "have not repeated",
    "haven't repeated",
    "left out here",
    "so they are omitted",
    "so it is omitted",
    "so it is not repeated",
    "so they are not repeated",
];

/// A paragraph of comments that says code is left out: it speaks of the
/// user's code and says the code is like it or unchanged, or says it was
/// omitted here; or it is all a block holds and says the code is like
/// code elsewhere; or it says so and names what the code uses undeclared.
fn block_elides(block: &str, text: &str, span: Span, analysis: &Analysis) -> bool {
    let t = lowercase_prose(block);
    if t.split_whitespace().count() > 90 {
        return false;
    }
    let like = says_like_elsewhere(&t);
    let missing = MISSING_HERE.iter().any(|p| t.contains(p));
    // ("the `id` prop is intentionally omitted here because ..." explains
    // the code; "omitted here: they are identical to ..." stands for it.)
    let conversation = CONVERSATION.iter().any(|p| t.contains(p));
    if OMITTED_HERE.iter().any(|p| t.contains(p)) && (like || conversation) {
        return true;
    }
    if conversation && (like || missing || t.contains("keep")) {
        return true;
    }
    if like && (fills_empty_block(text, span) || fills_empty_branch(text, span)) {
        return true;
    }
    if t.contains("same as before") && ends_a_branch(text, span) {
        return true;
    }
    // (Comments and nothing else in a shell branch the shell rejects:
    // `else` / `# existing fallback` / `fi`.)
    if fills_empty_branch(text, span) && parser_stops_after(text, analysis, span) {
        return true;
    }
    !analysis.names.is_empty() && names_missing_code(block, analysis, true)
}

/// What, at the end of a block, says code that belongs there is missing.
const MISSING_HERE: &[&str] = &[
    "same as before",
    "go here",
    "goes here",
    "no changes",
    "nothing changed",
    "unchanged",
    "not repeated",
    "skipped",
    "omitted",
    "for brevity",
    "copy that",
    "copy the",
    "same pattern",
    "same approach",
    "same idea",
    "same shape",
    "same steps",
    "same logic",
    "follow the same",
    "follows the same",
    "stay as they were",
    "stays as it was",
    "keep the",
    "identical",
    "exactly like",
    "like in ",
];

/// The comment is all a shell branch or loop body holds: the line before
/// it opens one (`then`, `do`, `else`, a case pattern `npm)`), the line
/// after it ends it (`elif`, `else`, `fi`, `done`, `;;`).
fn fills_empty_branch(text: &str, span: Span) -> bool {
    let line = crate::lines::line_around(text, span.start);
    let Some(before) = text[..line.start]
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .map(str::trim)
    else {
        return false;
    };
    let opens = before.ends_with("then")
        || before.ends_with("do")
        || before == "else"
        || (before.ends_with(')') && !before.contains('(') && !before.starts_with('#'))
        || (before.ends_with('{') && !before.starts_with('#'));
    let Some(after) = text[line.end.max(span.end)..]
        .lines()
        .find(|l| !l.trim().is_empty())
        .map(str::trim)
    else {
        return false;
    };
    let word = after.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let closes = matches!(word, "elif" | "else" | "fi" | "done") || after.starts_with(";;");
    // (`name() {` closes with `}`; a block that the comment is all of.)
    opens && (closes || (before.ends_with('{') && after.starts_with('}')))
}

/// The next line of code after the comment's closes a block or ends a
/// branch: `}`, `]`, `)`, a closing tag, or a shell `fi`/`done`/`esac`/
/// `;;`/`elif`/`else`, a `default:` label or a shell `*)`, or nothing
/// follows.
fn ends_a_branch(text: &str, span: Span) -> bool {
    if closes_block_after(text, span) {
        return true;
    }
    let line = crate::lines::line_around(text, span.start);
    let Some(next) = text[line.end.max(span.end)..]
        .lines()
        .find(|l| !l.trim().is_empty())
    else {
        return true;
    };
    let t = next.trim();
    let word = t.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    // (Not a `case` label: a comment above one documents that case.)
    matches!(word, "fi" | "done" | "esac" | "elif" | "else")
        || t.starts_with("default:")
        || t.starts_with(";;")
        || t == "*)"
}

/// A comment after code on its line that notes that code rather than
/// stands in for more: the code is a whole statement or entry (`return
/// state; // unchanged`), or spreads the rest itself (`...rest, // keep the
/// rest of the options unchanged`), and the comment does not open with an
/// ellipsis (`doB(); // ... rest of the function unchanged` elides). After a
/// stub or an opener (`...  # existing implementation`, `steps: # same as
/// build`, `name, -- other columns unchanged`) it stands in.
fn notes_code_before(text: &str, span: Span, comment: &str) -> bool {
    let line = crate::lines::line_around(text, span.start);
    let before = text[line.start..span.start].trim_end();
    if !before.contains(|c: char| c.is_alphanumeric()) {
        return false;
    }
    let t = comment
        .trim_start_matches(['/', '#', '-', '*', ' ', '\t', '!'])
        .trim_start();
    if t.starts_with("...") || t.starts_with('…') {
        return false;
    }
    let spreads = |code: &str| {
        code.match_indices("...").any(|(at, _)| {
            code[at + 3..]
                .chars()
                .next()
                .is_some_and(|c| c.is_alphabetic() || c == '_' || c == '$')
        })
    };
    if spreads(before) {
        return true;
    }
    let stub = before.ends_with("...")
        || before.ends_with('…')
        || before.ends_with(" pass")
        || before == "pass";
    let opener = before.ends_with(['{', '(', '[', ',', ':', '=', '>']);
    !(stub || opener)
}

/// A file's header, before any code, that titles the file and says in
/// brackets what it leaves alone: `-- Migration v7 (the rest of the schema
/// is unchanged)`. It tells the reader about other files; it elides
/// nothing here.
fn titled_header(text: &str, span: Span, comment: &str) -> bool {
    let code_before = text[..span.start].lines().any(|l| {
        let l = l.trim();
        !(l.is_empty() || l.starts_with(['#', '/', '*']) || l.starts_with("--"))
    });
    if code_before {
        return false;
    }
    let lower = lowercase_prose(comment);
    let t = comment_text(&lower).trim_end_matches(['.', ' ']);
    let Some(open) = t.strip_suffix(')').and_then(|t| t.rfind('(')) else {
        return false;
    };
    let head = t[..open].trim();
    let words: Vec<&str> = head
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.len() >= 2
        && !head.contains("...")
        && !head.contains('…')
        && !words.iter().any(|w| ELIDING_WORDS.contains(w) || REFERENCE.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trailing(text: &str) -> bool {
        let at = text.find("//").or_else(|| text.find("--")).or_else(|| text.find('#')).unwrap();
        let end = text[at..].find('\n').map_or(text.len(), |e| at + e);
        notes_code_before(text, Span::new(at, end), &text[at..end])
    }

    #[test]
    fn a_comment_after_a_whole_statement_notes_it() {
        assert!(trailing("      return state; // unchanged\n"));
        assert!(trailing("    ...rest, // keep the rest of the options unchanged\n"));
        // An ellipsis, or a stub or an opener before it: it stands in.
        assert!(!trailing("  doB(); // ... rest of the function unchanged\n"));
        assert!(!trailing("    def create(self): ...  # existing implementation unchanged\n"));
        assert!(!trailing("       name, -- other columns unchanged\n"));
        assert!(!trailing("  steps: # same steps as the build job\n"));
        assert!(!trailing("// rest of the handlers unchanged\n"));
    }

    #[test]
    fn a_titled_header_before_any_code_elides_nothing() {
        let header = |t: &str| {
            let end = t.find('\n').unwrap();
            let at = t[..end].rfind("--").unwrap();
            titled_header(t, Span::new(at, end), &t[at..end])
        };
        assert!(header("-- Migration v7 (the rest of the schema is unchanged)\nPRAGMA x;\n"));
        assert!(!header("CREATE TABLE t (a int); -- Orders table (rest unchanged)\n"));
        assert!(!header("-- ... (the rest of the schema is unchanged)\nSELECT 1;\n"));
        assert!(!header("-- other columns (unchanged)\nSELECT 1;\n"));
    }

    #[test]
    fn every_always_phrase_passes_the_prefilter() {
        for phrase in ALWAYS {
            assert!(may_elide(&format!("# {}", phrase.to_uppercase())), "{phrase}");
            assert!(is_placeholder(&format!("# {phrase}")), "{phrase}");
        }
        assert!(!may_elide("# compute the checksum of the header"));
        assert!(!may_elide("# héré"));
    }

    #[test]
    fn comment_paragraphs_are_not_placeholders() {
        let t = "x: 1\n# runtime is not sent as it is optional for\n# existing functions.\ny: 2\n";
        let at = t.find("# existing").unwrap();
        assert!(continues_sentence(t, Span::new(at, at + 22)));
        let t = "x: 1\n# Settings.\n# existing code here\ny: 2\n";
        let at = t.find("# existing").unwrap();
        assert!(!continues_sentence(t, Span::new(at, at + 20)));
    }

    #[test]
    fn elisions() {
        for c in [
            "# ... rest of the code remains the same",
            "# existing code here",
            "# (unchanged)",
            "# TODO: implement the rest",
            "-- ... other columns unchanged",
            "/* existing triggers here */",
            "# ... (other methods unchanged) ...",
            "# rest of implementation",
            "# same as before",
            "# Keep existing imports",
            "-- rest of migration omitted for brevity",
            "# ... more fields ...",
            "-- indexes unchanged from the previous version",
            "-- ... (remaining 40 rows)",
            "-- (same as above for APAC, AMER and LATAM)",
            "-- TODO: add the remaining columns from the HR export",
            "-- existing validation logic here",
            "# ... existing validation logic ...",
            "-- ... same trigger for the remaining tables (customers, products, invoices)",
            "-- ... rest of the WHERE clause unchanged",
            "# ... other jobs unchanged",
            "# (other services omitted)",
            "# ... more targets",
            "// ... more reducers",
            "// ... fetching logic stays as is",
            "// keep the other helpers as they are",
            "# build steps go here",
            "# previous [workspace.package] settings here",
            "# TODO: the rest of the release steps, mirroring the tag step above",
            "# other subcommands unchanged",
            "# other preprocessors stay identical",
            "// remaining mocks identical to before",
            "// remaining reducers stay as they were",
            "# (same env vars as the staging deployment)",
            "-- (validation identical to the insert trigger)",
            "// (unchanged config from earlier)",
            "# keep the other exports from the old file",
            "# (copy the block above for staging and prod)",
            "-- Repeat the INSERT above for each remaining quarter",
            "// ... imports from before",
            "// the rest of the file is identical",
            "# previous settings retained",
            "# TODO: remaining feature flags",
            "# TODO: fill in the remaining package installs",
            "# fill in the remaining scripts",
            "# add your other environments the same way",
            "# add the rest of your aliases below",
            "// (the other action creators are the same)",
            "# (mirror the dev profile settings here)",
            "// everything below this line is unchanged from your original file",
        ] {
            assert!(is_placeholder(c), "{c}");
        }
    }

    #[test]
    fn elision_shapes_of_config_and_scripts() {
        let flagged =
            |t: &str| !find(t, &regions_of(t), crate::language::Language::Python, &[]).is_empty();
        for t in [
            "deploy() {\n  x\n}\n# and so on for the other environments\n",
            "x = 1\n# TODO: same as before\ny = 2\n",
            "x = {\n  a: 1,\n  // Same as above for the remaining reducers\n}\n",
            "x = 1\n# Remaining steps are identical to the original script\n",
            "x = 1\n# add the remaining hosts here in the same way\n",
            "x = [\n    1,\n    # [...]\n]\n",
            "const c = {\n  // keep your existing settings\n  images: {},\n};\n",
            "switch (x) {\n  case 1:\n    // …\n    break;\n}\n",
        ] {
            assert!(flagged(t), "{t:?}");
        }
        for t in [
            "x = 1\n# so we keep the cache warm\n",
            "x = 1\n# same as before, but with bytes\ny = 2\n",
            "x = 1\n# Keep other library paths\npaths.append(p)\n",
            "switch (x) {\n  case 1:\n    // falls through\n}\n",
        ] {
            assert!(!flagged(t), "{t:?}");
        }
    }

    #[test]
    fn sql_elisions() {
        let flagged =
            |t: &str| !find(t, &regions_of(t), crate::language::Language::Python, &[]).is_empty();
        for t in [
            "SELECT CASE\n  WHEN a THEN 1\n  -- other WHEN branches as before\n  ELSE 0\nEND;\n",
            "MERGE t USING s ON t.k = s.k\nWHEN MATCHED THEN UPDATE SET v = s.v\n-- TODO: add the remaining WHEN NOT MATCHED clauses here\n;\n",
            "SELECT 1;\n\n/* (rest of the migration as before: indexes, swap, grants) */\n\nCOMMIT;\n",
            "CREATE INDEX a ON t (x);\n\n/* remaining indexes same as above, one per partition */\n\nCREATE INDEX b ON u (y);\n",
            "CREATE TABLE t (\n  a INT,\n  /* other columns same as the legacy orders table */\n  b INT\n);\n",
            "GO\n\n/* Opportunity and Note tables: same pattern as above, omitted for brevity */\nGO\n",
        ] {
            assert!(flagged(t), "{t:?}");
        }
        for t in [
            // A note on the statement right under it; a sentence that
            // describes; the `when` of prose.
            "SELECT 1;\n-- other columns are the same as in orders, but nullable\nSELECT 2;\n",
            "SELECT 1;\n-- other branches when the flag is set\nSELECT 2;\n",
        ] {
            assert!(!flagged(t), "{t:?}");
        }
    }

    #[test]
    fn stand_ins_in_empty_blocks_and_among_code() {
        let flagged =
            |t: &str| !find(t, &regions_of(t), crate::language::Language::Python, &[]).is_empty();
        assert!(flagged("const a = <div>{/* ... */}</div>;\n"));
        assert!(flagged("const x = 1;\n// ...\nconst y = 2;\n"));
        assert!(!flagged("function f() {\n  // TODO: implement caching\n  return g();\n}\n"));
        assert!(!flagged("x = 1\n#  1 Jan\n#  ...\n#  31 Dec\ny = 2\n"));
        assert!(!flagged("    f(1)\n    # ...\n    f(9)\n"));
        // The rest of a class body, before its closing brace.
        assert!(flagged("class A {\n  f() {}\n  // ...\n}\n"));
        assert!(flagged("class A {\n  f() {}\n  // other methods\n}\n"));
        // A section heading before the members it names.
        assert!(!flagged("class A {\n  // other methods\n  g() {}\n}\n"));
        // A bare reference as all a block holds; not a note in a body
        // with code, nor a clause.
        assert!(flagged("const c = {\n  async headers() {\n    // existing headers config\n  },\n};\n"));
        assert!(flagged("const r = <Routes>\n  {/* other routes */}\n</Routes>;\n"));
        assert!(!flagged("try {\n  f();\n} catch (e) {\n  // other errors ignored\n}\n"));
        assert!(!flagged("function f() {\n  // existing users\n  return g();\n}\n"));
        // "same X as before" on its own line, not after code.
        assert!(flagged("x = 1\n# same headers as before\ny = 2\n"));
        assert!(!flagged("x = y; // same game as above\n"));
        // `# ...` among entries, where the backend says it elides.
        let yaml = "a:\n  b: 1\n  # ...\nc: 2\n";
        let found = |t: &str, l| !find(t, &regions_of(t), l, &[]).is_empty();
        assert!(found(yaml, crate::language::Language::Yaml));
        assert!(!found(yaml, crate::language::Language::Python));
        // Not inside a block of comment lines.
        assert!(!found("a: 1\n# x:\n# ...\nc: 2\n", crate::language::Language::Yaml));
        // All a TOML table holds: a reference phrase; not a note among keys
        // or over a table's keys.
        let toml = crate::language::Language::Toml;
        for t in [
            "[tool.poetry.scripts]\n# as before\n\n[build-system]\nx = 1\n",
            "[lib]\npath = \"a\"\n\n[features]\n# existing features\n",
        ] {
            assert!(found(t, toml), "{t}");
        }
        for t in [
            "[features]\n# existing features\ndefault = []\n",
            "[features]\n# none yet\n\n[dependencies]\n",
        ] {
            assert!(!found(t, toml), "{t}");
        }
    }

    /// Every `//` or `#` comment (to the line end) and `/* */` comment.
    fn regions_of(t: &str) -> Analysis {
        let mut regions = Vec::new();
        let b = t.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'#' || t[i..].starts_with("//") || t[i..].starts_with("-- ") {
                let end = t[i..].find('\n').map_or(t.len(), |p| i + p);
                regions.push((i, end));
                i = end;
            } else if t[i..].starts_with("/*") {
                let end = t[i..].find("*/").map_or(t.len(), |p| i + p + 2);
                regions.push((i, end));
                i = end;
            } else {
                i += 1;
            }
        }
        Analysis {
            regions: regions
                .into_iter()
                .map(|(s, e)| crate::analysis::Region {
                    span: Span::new(s, e),
                    kind: RegionKind::Comment,
                })
                .collect(),
            ..Analysis::default()
        }
    }

    #[test]
    fn ordinary_comments() {
        for c in [
            "# TODO: handle pagination",
            "# the rest of this function validates input",
            "# Compute the total",
            "# ...",
            "-- keep rows ordered by id",
            "# TODO: keep the existing order when sorting",
            "# fall back to the previous value",
            "# rest of the line is the value",
            "# return the input unchanged",
            "# existing users keep their settings",
            "# Same as above: just don't write the bytecode.",
            "# (which points to the egg-info file) attribute unchanged.",
            "#add all alternatives, and add the rest of the pattern",
            "# pwd module unavailable, return path unchanged",
            "# Add remaining backslashes, if any.",
            "# Unit tests are supposed to leave the execution environment unchanged",
            "# Same as above, but without C-imposed limits on range() parameters",
            "# Issue #1869: integral floats should remain unchanged",
            "# These sequences are guaranteed to stay the same across versions of python",
            "# Use 'x' mode to ensure that we do not override existing tests",
            "# Test that values are passed through unchanged.",
            "# The include directory on POSIX isn't exactly the same as before,",
            "# final NEWLINE are omitted for brevity.",
            "# opts should remain unchanged",
            "# trailing space and our existing logic... YUCK...",
            "# same as before but with a date before 1900",
            "# Don't break existing code that relies on this",
            "# Set here since __del__ checks it",
            "# XXX more platforms to tests here",
            "#Remove any existing handlers",
            "# Here is a more stable implementation:",
            "# unchanged!",
            "# duplicate that logic here.",
            "# original code unchanged.",
            "# TODO: Move logic here",
            "# need more tests here",
            "# Reasonably the rest of the table is also correct... (testing of that",
            "# TODO: convert the rest of PMINT tests:",
            "# TODO: add more tests here",
            "# non-implemented methods end here",
            "# 280 cases here?",
            "# Add more cases from here",
            "# ... insert other special cases here ...",
            "# All *open() methods are registered here.",
            "# Init clears previous values",
            "# Tests are here for reference.",
            "# same as above, but with bytes",
            "# keep the order of the entries",
            "# other platforms: unchanged, but see below",
            "// Remaining args are passed through unchanged.",
            "# (same as upstream, but with bytes)",
            "# Repeat the above for the other direction",
            "# TODO: convert the rest of the old tests",
            "# keep the other imports sorted",
            "# TODO: remaining work is tracked in #123, but this is enough",
            "# add other handlers with register()",
            "# Copy the config here",
            "// - Elements: link/heading/button/caption colors (unchanged).",
            "// ...and `recurseBlocks` is ignored there for the same reason: a block body",
            "/**\n * Merge user options over the defaults. Headers are merged one level deep;\n * the rest of the options are copied over unchanged.\n */",
        ] {
            assert!(!is_placeholder(c), "{c}");
        }
    }
}

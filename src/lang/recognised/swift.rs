//! Swift (SwiftUI views, scripts): recognised in content only
//! (`language-mismatch`: a SwiftUI view saved as `.tsx`), not checked.

use super::ident;
use crate::lang::LineTell;

/// Apple's frameworks a Swift file imports (one capitalised word, no `;`).
const FRAMEWORKS: &[&str] = &[
    "SwiftUI",
    "Foundation",
    "UIKit",
    "Combine",
    "AppKit",
    "SwiftData",
    "XCTest",
    "CoreData",
    "MapKit",
    "Observation",
];

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    if t.starts_with("#!") && t.ends_with("swift") {
        out.push(("a Swift `#!` line", 6));
    }
    if let Some(m) = t.strip_prefix("import ") {
        if FRAMEWORKS.contains(&m.trim()) {
            out.push(("a Swift framework import", 4));
        }
    }
    // `@State private var tasks: [Task] = []`, `@Published var`, `@main`.
    if [
        "@State ",
        "@Published ",
        "@Binding ",
        "@Environment(",
        "@StateObject ",
        "@ObservedObject ",
    ]
    .iter()
    .any(|p| t.starts_with(p))
        || t == "@main"
    {
        out.push(("a SwiftUI property wrapper", 4));
    }
    if t.contains("var body: some View") || t.contains("-> some View") {
        out.push(("a SwiftUI `some View`", 5));
    }
    // `guard args.count == 2 else {`, `guard let x = y else { return }`.
    if t.starts_with("guard ") && (t.ends_with(" else {") || t.contains(" else { return")) {
        out.push(("a Swift `guard ... else`", 4));
    }
    // `func load(from url: URL) throws -> Data {` (Go's `func` has no `->`).
    if let Some(rest) = t
        .strip_prefix("func ")
        .or_else(|| t.strip_prefix("private func "))
        .or_else(|| t.strip_prefix("static func "))
    {
        if rest.contains(" -> ") && t.ends_with('{') || rest.contains("(_ ") {
            out.push(("a Swift `func ... ->`", 3));
        }
    }
    // `struct TaskListView: View {`, `final class Store: ObservableObject {`.
    for kw in ["struct ", "class ", "final class ", "enum ", "extension "] {
        if let Some(rest) = t.strip_prefix(kw) {
            if let Some((name, protos)) = rest.split_once(": ") {
                if ident(name)
                    && t.ends_with(" {")
                    && protos.starts_with(|c: char| c.is_ascii_uppercase())
                    && !protos.contains('(')
                {
                    out.push(("a Swift type conforming to a protocol", 2));
                }
            }
        }
    }
    // `if let user = try? decoder.decode(...)`, `let data = try Data(...)`.
    if t.starts_with("if let ")
        || t.contains(" = try? ")
        || t.contains(" as! ")
        || t.contains(" as? ")
    {
        out.push(("Swift's optionals (`if let`, `try?`, `as?`)", 2));
    }
}

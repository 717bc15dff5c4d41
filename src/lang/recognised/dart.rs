//! Dart (Flutter widgets): recognised in content only (`language-mismatch`:
//! a Flutter page saved as `.tsx`), not checked.

use crate::lang::LineTell;

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    // `import 'package:flutter/material.dart';`
    if t.starts_with("import 'package:") || t.starts_with("import \"package:") {
        out.push(("a Dart `package:` import", 5));
    }
    if t.starts_with("import '") && t.ends_with(".dart';") {
        out.push(("a Dart import of a `.dart` file", 4));
    }
    // `Widget build(BuildContext context) {`
    if t.contains("Widget build(BuildContext context)") {
        out.push(("a Flutter `build(BuildContext)`", 5));
    }
    if t.contains(" extends StatelessWidget") || t.contains(" extends StatefulWidget") {
        out.push(("a Flutter widget class", 4));
    }
    // Dart's lower-case `@override` (Java's and Kotlin's differ).
    if t == "@override" {
        out.push(("Dart's `@override`", 2));
    }
    if t.starts_with("void main() => runApp(") || t.starts_with("runApp(") {
        out.push(("a Flutter `runApp`", 4));
    }
}

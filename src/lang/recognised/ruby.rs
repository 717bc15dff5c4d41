//! Ruby: recognised in content (`language-mismatch`), not checked.

use super::{first_word, ident};
use crate::lang::LineTell;

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    // `def call(user)`: Python's `def` ends with `:`.
    if let Some(rest) = t.strip_prefix("def ") {
        if !t.ends_with(':')
            && !t.contains("->")
            && ident(first_word(
                rest.trim_start_matches("self."),
                &['(', '!', '?', '='],
            ))
        {
            out.push(("a Ruby `def`", 3));
        }
    }
    if t.starts_with("require '")
        || t.starts_with("require \"")
        || t.starts_with("require_relative ")
    {
        out.push(("a Ruby `require`", 4));
    }
    if t.starts_with("attr_accessor ")
        || t.starts_with("attr_reader ")
        || t.starts_with("attr_writer ")
    {
        out.push(("a Ruby `attr_*`", 5));
    }
    if t.ends_with(" do") || (t.contains(" do |") && t.ends_with('|')) {
        out.push(("a Ruby `do` block", 3));
    }
    if t.starts_with("class ") && t.contains(" < ") && !t.ends_with(':') && !t.ends_with('{') {
        out.push(("a Ruby subclass", 4));
    }
    // A Gemfile: `gem "rails", "~> 7.1"`, `source "https://rubygems.org"`.
    if (t.starts_with("gem \"") || t.starts_with("gem '")) && !t.ends_with(':') {
        out.push(("a Gemfile `gem` line", 3));
    }
    if t.starts_with("source \"https://rubygems.org")
        || t.starts_with("source 'https://rubygems.org")
    {
        out.push(("a Gemfile `source`", 5));
    }
    if t == "end" {
        out.push(("a Ruby `end`", 1));
    }
}

//! Elixir (Phoenix apps, Mix configs): recognised in content only
//! (`language-mismatch`: `config/dev.exs` saved as `.json`), not checked.

use super::first_word;
use crate::lang::LineTell;

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    if t.starts_with("defmodule ") && t.ends_with(" do") {
        out.push(("an Elixir `defmodule`", 6));
    }
    // `def create(conn, params) do`, `defp fetch(id), do: ...`.
    for p in ["def ", "defp ", "defmacro "] {
        if let Some(rest) = t.strip_prefix(p) {
            let name = first_word(rest, &['(', ',']);
            if !name.is_empty() && (t.ends_with(" do") || t.contains(", do: ")) {
                out.push(("an Elixir `def ... do`", 3));
            }
        }
    }
    // `config :shop, Shop.Repo,`, `config :logger, level: :info`.
    if t.starts_with("config :") {
        out.push(("an Elixir `config :app`", 4));
    }
    if t == "import Config" || t == "use Mix.Config" {
        out.push(("an Elixir config import", 4));
    }
    // `|> Repo.insert()` at the start of a line; `fn x -> x end`.
    if t.starts_with("|> ") {
        out.push(("an Elixir pipe `|>`", 2));
    }
    if t.contains("fn ") && t.contains(" -> ") && t.contains(" end") {
        out.push(("an Elixir `fn ... -> ... end`", 2));
    }
    if t.starts_with("alias ")
        && t[6..].starts_with(|c: char| c.is_ascii_uppercase())
        && !t.contains('=')
    {
        out.push(("an Elixir `alias`", 2));
    }
}

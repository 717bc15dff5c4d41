//! Lua (Neovim and WezTerm configs, Redis scripts, game scripts):
//! recognised in content only (`language-mismatch`: a Neovim plugin spec
//! saved as `.yml`), not checked.

use super::{first_word, ident};
use crate::lang::LineTell;

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    // `local count = 0`, `local ok, err = pcall(f)`, `local function f(x)`.
    // (bash's `local` takes `name=value`, glued.)
    if let Some(rest) = t.strip_prefix("local ") {
        if let Some(f) = rest.strip_prefix("function ") {
            if ident(first_word(f, &['('])) && f.contains('(') {
                out.push(("a Lua `local function`", 4));
            }
        } else if let Some((names, _)) = rest.split_once(" = ") {
            if names.split(", ").all(ident) && !t.ends_with(';') {
                out.push(("a Lua `local` declaration", 3));
            }
        }
    }
    // `local lspconfig = require("lspconfig")`, `require('mason').setup()`.
    if t.contains("= require(\"")
        || t.contains("= require('")
        || t.contains("= require \"")
        || t.contains("= require '")
        || t.starts_with("require(\"") && t.contains("\").setup(")
        || t.starts_with("require('") && t.contains("').setup(")
    {
        out.push(("a Lua `require`", 3));
    }
    // `for _, server in ipairs(servers) do`, `for k, v in pairs(t) do`.
    if t.starts_with("for ")
        && t.ends_with(" do")
        && (t.contains(" in ipairs(") || t.contains(" in pairs("))
    {
        out.push(("a Lua `for ... in pairs(...) do`", 4));
    }
    // `if count < limit then` (shell writes `; then` or `then` alone).
    if (t.starts_with("if ") || t.starts_with("elseif "))
        && t.ends_with(" then")
        && !t.contains(';')
        && !t.contains("[ ")
    {
        out.push(("a Lua `if ... then`", 2));
    }
    // `vim.opt.number = true`, `vim.keymap.set("n", ...)`, `redis.call(...)`.
    if [
        "vim.opt.",
        "vim.keymap.",
        "vim.api.",
        "vim.g.",
        "vim.o.",
        "redis.call(",
        "wezterm.",
    ]
    .iter()
    .any(|p| t.starts_with(p) || t.contains(&format!("= {p}")))
    {
        out.push(("a Neovim/Redis/WezTerm Lua API call", 3));
    }
    // `return { "neovim/nvim-lspconfig",` ... `end,` closing a function
    // value in a table.
    if t == "end," || t == "end)" {
        out.push(("a Lua `end,` closing a function value", 1));
    }
}

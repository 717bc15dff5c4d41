//! PowerShell (`.ps1` scripts): recognised in content only
//! (`language-mismatch`: a Windows setup script saved as `.sh`), not checked.

use crate::lang::LineTell;

/// Approved verbs that start the cmdlets scripts call most.
const VERBS: &[&str] = &[
    "Get", "Set", "New", "Remove", "Write", "Read", "Test", "Invoke", "Import", "Export", "Start",
    "Stop", "Add", "Copy", "Move", "Join", "Out", "Select", "Where", "ForEach", "Install",
    "Update", "Expand", "Compress", "Resolve", "Split", "Register", "Enable", "Disable",
];

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    // `Write-Host "..."`, `$files = Get-ChildItem -Path src`: a Verb-Noun
    // cmdlet.
    let call = t
        .split_once(" = ")
        .filter(|(v, _)| v.starts_with('$'))
        .map_or(t, |(_, c)| c.trim_start());
    if let Some((verb, rest)) = call.split_once('-') {
        let noun: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if VERBS.contains(&verb)
            && noun.len() >= 2
            && noun.starts_with(|c: char| c.is_ascii_uppercase())
            && noun.chars().any(|c| c.is_ascii_lowercase())
        {
            out.push(("a PowerShell cmdlet (`Verb-Noun`)", 3));
        }
    }
    if t.starts_with("$ErrorActionPreference") || t.starts_with("Set-StrictMode") {
        out.push(("PowerShell's error settings", 5));
    }
    // `[string]$Environment = "dev"`, `[switch]$Force`
    if let Some(rest) = t.strip_prefix('[') {
        if let Some((ty, var)) = rest.split_once("]$") {
            if !ty.is_empty()
                && ty.chars().all(|c| c.is_ascii_alphanumeric() || c == '.')
                && !var.is_empty()
            {
                out.push(("a PowerShell typed parameter", 3));
            }
        }
    }
    if t.contains("$env:") {
        out.push(("a PowerShell `$env:` variable", 3));
    }
    // `if (-not (Test-Path $p)) {`, `if ($LASTEXITCODE -ne 0) {`
    if (t.starts_with("if (") || t.starts_with("} elseif (") || t.starts_with("elseif ("))
        && [
            " -eq ", " -ne ", " -not ", "(-not ", " -gt ", " -lt ", " -like ", " -match ",
        ]
        .iter()
        .any(|op| t.contains(op))
    {
        out.push(("a PowerShell comparison operator", 2));
    }
    if t.starts_with("foreach (") && t.contains(" in $") {
        out.push(("a PowerShell `foreach`", 3));
    }
}

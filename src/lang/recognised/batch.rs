//! Windows batch files (`.bat`, `.cmd`): recognised in content
//! (`language-mismatch`: a build script saved as `.sh`), not checked.

use crate::lang::LineTell;

pub fn tells(_raw: &str, t: &str, out: &mut Vec<LineTell>) {
    let lower = t.to_ascii_lowercase();
    if lower == "@echo off" || lower == "@echo on" {
        out.push(("`@echo off`", 6));
    }
    if lower == "setlocal"
        || lower.starts_with("setlocal enable")
        || lower == "endlocal"
        || lower.starts_with("chcp ")
    {
        out.push(("`setlocal`/`endlocal`", 4));
    }
    if lower.starts_with("rem ") || lower == "rem" || t.starts_with(":: ") {
        out.push(("a batch comment (`REM`, `::`)", 2));
    }
    // `if errorlevel 1 goto :fail`, `if %ERRORLEVEL% neq 0 exit /b 1`
    if lower.contains("errorlevel") && lower.starts_with("if ") {
        out.push(("a batch `errorlevel` test", 4));
    }
    if lower.starts_with("exit /b") || lower.starts_with("goto :") || lower == "goto :eof" {
        out.push(("a batch `exit /b`/`goto :label`", 4));
    }
    // `set "BUILD_DIR=%~dp0build"`, `%CMAKE_ARGS%`, `for %%f in (*.txt) do`
    if t.contains("%~dp0") || t.contains("%%") && lower.starts_with("for ") {
        out.push(("a batch `%~dp0`/`%%f` variable", 4));
    }
    if lower.starts_with("set ") && t.contains('=') && t.matches('%').count() >= 2 {
        out.push(("a batch `set` with `%VARIABLE%`", 2));
    }
}

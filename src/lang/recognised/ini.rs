//! INI files (`setup.cfg`, `tox.ini`, `.editorconfig`): recognised in
//! content (`language-mismatch`), not checked.

use crate::lang::LineTell;

pub fn tells(raw: &str, t: &str, out: &mut Vec<LineTell>) {
    let raw_indented = raw.starts_with([' ', '\t']);
    // `; Production overrides`: INI's own comment (php.ini, systemd
    // drop-ins, Git's config), a sentence after `; `.
    if let Some(comment) = t.strip_prefix("; ") {
        if comment.starts_with(|c: char| c.is_alphabetic())
            && comment.split_whitespace().count() >= 2
            && !comment.contains(['(', ')', '{', '}', '=', ';'])
        {
            out.push(("an INI `;` comment", 2));
        }
        return;
    }
    // `[*]`, `[*.{js,ts}]`, `[Makefile]` over `indent_style = space`: an
    // EditorConfig file, whose sections are file globs.
    if t.starts_with("[*") && t.ends_with(']') && !t.contains(' ') {
        out.push(("an EditorConfig glob section", 3));
        return;
    }
    if let Some((key, _)) = t.split_once('=') {
        if matches!(
            key.trim(),
            "indent_style"
                | "indent_size"
                | "end_of_line"
                | "insert_final_newline"
                | "trim_trailing_whitespace"
                | "max_line_length"
        ) {
            out.push(("an EditorConfig property", 2));
        }
    }
    if let Some(inner) = t.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
        if !inner.is_empty()
            && !inner.starts_with('[')
            && inner
                .chars()
                .all(|c| c.is_alphanumeric() || " _-.:\"*".contains(c))
        {
            out.push(("an INI `[section]`", 1));
            // `[flake8]`, `[isort]`, `[tool:pytest]`: setup.cfg's and
            // tox.ini's tool sections (pyproject.toml writes
            // `[tool.isort]`).
            if matches!(
                inner,
                "flake8"
                    | "isort"
                    | "mypy"
                    | "pycodestyle"
                    | "pydocstyle"
                    | "metadata"
                    | "options"
                    | "bdist_wheel"
                    | "tox"
                    | "testenv"
                    | "pytest"
                    | "egg_info"
                    | "coverage:run"
                    | "coverage:report"
                    | "options.entry_points"
                    | "options.packages.find"
                    | "options.extras_require"
            ) || inner.starts_with("mypy-")
            {
                out.push(("a setup.cfg/tox.ini tool section", 2));
            }
            // `[testenv:lint]`, `[remote "origin"]`: TOML would quote the
            // name.
            if inner.contains(':') || inner.contains(" \"") {
                out.push(("an INI `[section:name]`", 3));
            }
        }
        return;
    }
    // `deps =` with its values on the indented lines below: TOML needs a
    // value after `=`.
    if let Some(key) = t.strip_suffix(" =").or_else(|| t.strip_suffix('=')) {
        if !key.is_empty()
            && !key.starts_with(['-', '#', ';'])
            && key
                .trim()
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "_-.".contains(c))
        {
            out.push(("an INI `key =` with its value on the lines below", 2));
        }
        return;
    }
    // `skip-name-resolve`: a my.cnf option without a value, a line TOML
    // and YAML reject.
    if !raw_indented
        && t.len() > 4
        && t.contains('-')
        && t.starts_with(|c: char| c.is_ascii_lowercase())
        && t.chars()
            .all(|c| c.is_ascii_lowercase() || c == '-' || c == '_')
        && !t.ends_with('-')
    {
        out.push(("an INI option without a value (`skip-name-resolve`)", 2));
        return;
    }
    // `name = weatherly`, `python_requires = >=3.9`, `packages = find:`:
    // a bare value TOML would quote.
    let Some((key, value)) = t.split_once(" = ").or_else(|| t.split_once('=')) else {
        return;
    };
    let key = key.trim();
    let value = value.trim();
    let bare_key = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_-.".contains(c));
    let unquoted = !value.is_empty()
        && !value.starts_with(['"', '\'', '[', '{', '('])
        && !value.ends_with([';', ',', '(', '{'])
        && value.parse::<f64>().is_err()
        && !matches!(value, "true" | "false");
    // `innodb_buffer_pool_size = 4G`, `bind-address = 127.0.0.1`: a size
    // or an address TOML would quote (my.cnf, php.ini).
    let size_or_address = {
        let digits = value.trim_end_matches(['B', 'b']);
        let unit = digits
            .strip_suffix(['K', 'M', 'G', 'T', 'k', 'm', 'g'])
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
        let dotted = value.matches('.').count() == 3
            && value.chars().all(|c| c.is_ascii_digit() || c == '.');
        unit || dotted
    };
    if bare_key
        && matches!(value, "True" | "False")
        && !raw_indented
        && key.starts_with(|c: char| c.is_ascii_lowercase())
    {
        // `strict = True`: Python's spelling in an INI file (TOML writes
        // `true`).
        out.push(("an INI `True`/`False` value", 2));
    } else if bare_key && unquoted && (value.contains(' ') || value.contains(['>', '<', ':', '/']))
    {
        out.push(("an INI `key = value` with a bare value", 2));
    } else if bare_key
        && unquoted
        && size_or_address
        && !raw_indented
        && key.starts_with(|c: char| c.is_ascii_lowercase())
    {
        // (T-SQL's indented `SIZE = 100MB` in `CREATE DATABASE` is SQL.)
        out.push(("an INI size or address value (`4G`, `127.0.0.1`)", 2));
    } else if bare_key
        && unquoted
        && !raw_indented
        && t.contains(" = ")
        && key.starts_with(|c: char| c.is_ascii_lowercase())
        && value
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
        && value.starts_with(|c: char| c.is_ascii_lowercase())
    {
        // `profile = black`, `skip = migrations`: a bare word TOML would
        // quote (a Python assignment of one name to another, too: weak).
        out.push(("an INI `key = word`", 1));
    } else if bare_key
        && unquoted
        && key.starts_with(|c: char| c.is_ascii_uppercase())
        && key.chars().skip(1).any(|c| c.is_ascii_lowercase())
        && !key.contains(['_', '-', '.'])
    {
        // `WorkingDirectory=/srv/app`, `Type=simple`: a systemd unit's or
        // a desktop entry's CamelCase key (shell variables are UPPER or
        // lower case).
        out.push(("an INI `Key=value` (CamelCase key)", 1));
    }
}

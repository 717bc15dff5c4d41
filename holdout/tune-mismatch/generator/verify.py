#!/usr/bin/env python3
"""Check every corpus file with a real parser for its language.

Usage (from the repo root):
    /tmp/pgv/bin/python holdout/tune-mismatch/generator/verify.py holdout/tune-mismatch

Needs: PyYAML, pglast, sqlglot, python-hcl2, graphql-core in the running Python;
typescript@5 under $TS_DIR (default /tmp/tsref/node_modules/typescript); node,
bash, gofmt, rustfmt, javac, gcc/g++, php, ruby, make on PATH.

Mismatch files are checked against their CONTENT language (from manifest.tsv);
intentionally broken ones are expected to FAIL.  Clean files are checked against
the language their extension implies and must PASS.
"""
import ast
import configparser
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import tomllib
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

TS_DIR = os.environ.get("TS_DIR", "/tmp/tsref/node_modules/typescript")
TMP = Path(tempfile.mkdtemp(prefix="tune-mismatch-verify-"))

TS_JS = r"""
const ts = require(process.argv[2]);
const fs = require("fs");
const [file, kindName] = [process.argv[3], process.argv[4]];
const kind = ts.ScriptKind[kindName];
const sf = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, kind);
let d = sf.parseDiagnostics;
if (!d.length && (kindName === "JS" || kindName === "JSX")) {
  // JS-only syntax rules (type annotations, interfaces, ...) are reported by
  // the program's syntactic diagnostics, not by parseDiagnostics.
  const host = ts.createCompilerHost({ allowJs: true, noEmit: true });
  const orig = host.getSourceFile;
  host.getSourceFile = (n, ...rest) => (n === file ? sf : orig(n, ...rest));
  const prog = ts.createProgram([file], { allowJs: true, noEmit: true, jsx: ts.JsxEmit.Preserve }, host);
  d = prog.getSyntacticDiagnostics(sf);
}
if (d.length) {
  const m = d[0];
  const pos = sf.getLineAndCharacterOfPosition(m.start);
  console.log(`line ${pos.line + 1}: ${ts.flattenDiagnosticMessageText(m.messageText, " ")}`);
  process.exit(1);
}
"""
(TMP / "ts.js").write_text(TS_JS)


def run(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, text=True, **kw)
    return p.returncode, (p.stdout + p.stderr).strip()


def first_line(msg):
    return msg.strip().splitlines()[0][:160] if msg.strip() else ""


# ---- individual checkers: return (ok, tool, message) ----------------------

def c_python(path, text):
    try:
        ast.parse(text)
        return True, "python ast", ""
    except SyntaxError as e:
        return False, "python ast", f"line {e.lineno}: {e.msg}"


def c_json(path, text):
    try:
        json.loads(text)
        return True, "python json", ""
    except ValueError as e:
        return False, "python json", str(e)


def c_toml(path, text):
    try:
        tomllib.loads(text)
        return True, "python tomllib", ""
    except tomllib.TOMLDecodeError as e:
        return False, "python tomllib", str(e)


def c_yaml(path, text):
    import yaml
    try:
        list(yaml.safe_load_all(text))
        return True, "PyYAML safe_load_all", ""
    except yaml.YAMLError as e:
        return False, "PyYAML safe_load_all", first_line(str(e))


def c_bash(path, text):
    rc, out = run(["bash", "-n", str(path)])
    return rc == 0, "bash -n", first_line(out)


def c_js_cjs(path, text):
    f = TMP / "check.cjs"
    f.write_text(text)
    rc, out = run(["node", "--check", str(f)])
    return rc == 0, "node --check (CommonJS)", _node_err(out)


def c_js_esm(path, text):
    rc, out = run(["node", "--input-type=module", "--check"], input=text)
    return rc == 0, "node --input-type=module --check", _node_err(out)


def _node_err(out):
    for line in out.splitlines():
        if "Error" in line:
            return line.strip()[:160]
    return first_line(out)


def _ts(kind):
    def check(path, text):
        if kind in ("JS", "JSX"):  # the program needs a .js/.jsx file name
            path = TMP / f"check.{kind.lower()}"
            path.write_text(text)
        rc, out = run(["node", str(TMP / "ts.js"), TS_DIR, str(path), kind])
        return rc == 0, f"typescript createSourceFile ({kind})", first_line(out)
    return check


def c_pg(path, text):
    import pglast
    try:
        pglast.parse_sql(text)
        return True, "pglast.parse_sql", ""
    except Exception as e:  # noqa: BLE001
        return False, "pglast.parse_sql", first_line(str(e))


def _sqlglot(dialect):
    def check(path, text):
        import sqlglot
        from sqlglot.errors import ErrorLevel
        body = re.sub(r"(?im)^\s*GO\s*$", "", text) if dialect == "tsql" else text
        try:
            sqlglot.parse(body, read=dialect, error_level=ErrorLevel.RAISE)
            return True, f"sqlglot ({dialect})", ""
        except Exception as e:  # noqa: BLE001
            return False, f"sqlglot ({dialect})", first_line(str(e))
    return check


def c_sqlite(path, text):
    con = sqlite3.connect(":memory:")
    try:
        con.executescript(text)
        return True, "sqlite3 executescript", ""
    except sqlite3.Error as e:
        return False, "sqlite3 executescript", str(e)


def c_go(path, text):
    f = TMP / "check.go"
    f.write_text(text)
    rc, out = run(["gofmt", "-e", "-l", str(f)])
    return rc == 0, "gofmt -e", first_line(out)


def c_rust(path, text):
    f = TMP / "check.rs"
    f.write_text(text)
    rc, out = run(["rustfmt", "--edition", "2021", "--emit", "stdout", str(f)])
    err = [l for l in out.splitlines() if l.startswith("error")]
    return rc == 0, "rustfmt --emit stdout", err[0] if err else ""


def c_java(path, text):
    d = TMP / "java"
    shutil.rmtree(d, ignore_errors=True)
    d.mkdir()
    m = re.search(r"public\s+(?:final\s+|abstract\s+)*(?:class|interface|enum|record)\s+(\w+)", text)
    f = d / f"{m.group(1) if m else 'Check'}.java"
    f.write_text(text)
    rc, out = run(["javac", "-XDshould-stop.ifNoError=PARSE", "-XDshould-stop.ifError=PARSE",
                   "-d", str(d / "out"), str(f)])
    err = [l for l in out.splitlines() if "error:" in l]
    return rc == 0, "javac (stop after PARSE)", err[0].split("error:", 1)[1].strip() if err else ""


def _gcc(lang):
    def check(path, text):
        f = TMP / ("check.c" if lang == "c" else "check.hpp")
        f.write_text(text)
        cmd = ["gcc", "-fsyntax-only", "-x", "c", str(f)] if lang == "c" else \
              ["g++", "-fsyntax-only", "-std=c++17", "-x", "c++", str(f)]
        rc, out = run(cmd)
        err = [l for l in out.splitlines() if "error" in l]
        return rc == 0, " ".join(cmd[:4 if lang == 'c' else 5]), err[0] if err else ""
    return check


def c_php(path, text):
    rc, out = run(["php", "-l"], input=text)
    return rc == 0, "php -l", first_line(out) if rc else ""


def c_ruby(path, text):
    rc, out = run(["ruby", "-c"], input=text)
    return rc == 0, "ruby -c", first_line(out) if rc else ""


def c_hcl(path, text):
    import hcl2
    try:
        hcl2.loads(text)
        return True, "python-hcl2 loads", ""
    except Exception as e:  # noqa: BLE001
        return False, "python-hcl2 loads", first_line(str(e))


def c_xml(path, text):
    try:
        ET.fromstring(text.encode())
        return True, "xml.etree", ""
    except ET.ParseError as e:
        return False, "xml.etree", str(e)


def c_graphql(path, text):
    from graphql import parse
    try:
        parse(text)
        return True, "graphql-core parse", ""
    except Exception as e:  # noqa: BLE001
        return False, "graphql-core parse", first_line(str(e))


def c_ini(path, text):
    cp = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        cp.read_string("\n".join(l.lstrip("\t") for l in text.splitlines()))
        return True, "configparser", ""
    except configparser.Error as e:
        return False, "configparser", first_line(str(e))


def c_dotenv(path, text):
    for i, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.startswith("#") and not re.match(r"^[A-Za-z_][A-Za-z0-9_]*=", line):
            return False, "dotenv line regex", f"line {i}: {line!r}"
    return True, "dotenv line regex", ""


def c_properties(path, text):
    for i, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.startswith("#") and not re.match(r"^[\w.\-\[\]]+\s*[=:]", line):
            return False, "properties line regex", f"line {i}: {line!r}"
    return True, "properties line regex", ""


DOCKER_INSTR = {"FROM", "RUN", "CMD", "LABEL", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT",
                "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL"}


def c_dockerfile(path, text):
    cont = False
    for i, line in enumerate(text.splitlines(), 1):
        s = line.strip()
        if not s or s.startswith("#"):
            cont = cont and bool(s)
            continue
        if not cont and s.split()[0].upper() not in DOCKER_INSTR:
            return False, "Dockerfile instruction check", f"line {i}: {s[:60]!r}"
        cont = s.endswith("\\")
    if cont:
        return False, "Dockerfile instruction check", "ends in a line continuation"
    return True, "Dockerfile instruction check", ""


def c_make(path, text):
    d = TMP / "make"
    shutil.rmtree(d, ignore_errors=True)
    d.mkdir()
    (d / "Makefile").write_text(text)
    rc, out = run(["make", "-n", "-p", "-f", "Makefile", "__no_such_target__"], cwd=d)
    errs = [l for l in out.splitlines() if l.startswith("Makefile:") and "***" in l]
    return not errs, "GNU make -n -p (parse)", errs[0] if errs else ""


class _Balance(HTMLParser):
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
            "source", "track", "wbr", "!doctype"}

    def __init__(self):
        super().__init__()
        self.stack = []
        self.err = ""

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.err = self.err or f"unexpected </{tag}>"
        else:
            self.stack.pop()


def c_html(path, text):
    p = _Balance()
    p.feed(text)
    p.close()
    if p.err or p.stack:
        return False, "html.parser tag balance", p.err or f"unclosed <{p.stack[-1]}>"
    return True, "html.parser tag balance", ""


def c_brackets(path, text):
    """Weak check for languages with no parser here: ({[ balance outside strings/comments."""
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if text.startswith("//", i) or (ch == "#" and (i == 0 or text[i - 1] in "\n ")):
            j = text.find("\n", i)
            i = n if j < 0 else j
            continue
        if text.startswith("/*", i):
            j = text.find("*/", i + 2)
            i = n if j < 0 else j + 2
            continue
        if ch in "\"'":
            j = i + 1
            while j < n and text[j] != ch and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            if j >= n or text[j] == "\n":
                if ch == "\"":
                    return False, "bracket/quote balance", f"unterminated string at offset {i}"
                i += 1
                continue
            i = j + 1
            continue
        if ch in "([{":
            stack.append(ch)
        elif ch in ")]}":
            if not stack or stack[-1] != pairs[ch]:
                return False, "bracket/quote balance", f"unbalanced {ch!r} at offset {i}"
            stack.pop()
        i += 1
    if stack:
        return False, "bracket/quote balance", f"{len(stack)} unclosed bracket(s)"
    return True, "bracket/quote balance", ""


def c_none(path, text):
    return None, "none (prose: any text is Markdown)", ""


def checker_for_lang(lang):
    l = lang.lower()
    table = [
        ("python", c_python), ("sql (postgresql)", c_pg), ("sql (mysql)", _sqlglot("mysql")),
        ("sql (t-sql)", _sqlglot("tsql")), ("sql (snowflake)", _sqlglot("snowflake")),
        ("sql (sqlite)", c_sqlite), ("sql", c_pg), ("javascript (esm)", c_js_esm),
        ("javascript (commonjs)", c_js_cjs), ("jsx", _ts("JSX")), ("tsx", _ts("TSX")),
        ("typescript", _ts("TS")), ("json", c_json), ("yaml", c_yaml), ("toml", c_toml),
        ("shell", c_bash), ("markdown", c_none), ("html", c_html), ("go", c_go),
        ("rust", c_rust), ("java properties", c_properties), ("java", c_java),
        ("c++", _gcc("c++")), ("c", _gcc("c")), ("php", c_php), ("ruby", c_ruby),
        ("hcl", c_hcl), ("xml", c_xml), ("graphql", c_graphql), ("ini", c_ini),
        ("dotenv", c_dotenv), ("dockerfile", c_dockerfile), ("makefile", c_make),
        ("kotlin", c_brackets), ("c#", c_brackets), ("swift", c_brackets),
        ("powershell", c_brackets), ("prisma", c_brackets), ("nginx", c_brackets),
        ("css", c_brackets), ("scss", c_brackets),
    ]
    for key, fn in table:
        if l == key or l.startswith(key + " ") or l.startswith(key + "("):
            return fn
    raise KeyError(lang)


EXT_CHECK = {
    "py": c_python, "json": c_json, "toml": c_toml, "yml": c_yaml, "yaml": c_yaml,
    "sh": c_bash, "cjs": c_js_cjs, "mjs": c_js_esm, "ts": _ts("TS"), "tsx": _ts("TSX"),
    "jsx": _ts("JSX"),
}
# content language "JSX" (none in the mismatch set yet) would also use _ts("JSX")


def main():
    root = Path(sys.argv[1])
    rows = [l.split("\t") for l in (root / "manifest.tsv").read_text().splitlines()[1:]]
    results = []
    for folder, name, ext, lang, broken in rows:
        path = root / folder / name
        text = path.read_text()
        if folder == "clean":
            if ext == "js":
                fn = c_js_esm if re.search(r"^(import|export)\b", text, re.M) else c_js_cjs
            elif ext == "sql":
                fn = {"sqlite": c_sqlite, "snowflake": _sqlglot("snowflake"),
                      "mysql": _sqlglot("mysql"), "tsql": _sqlglot("tsql")}.get(
                          (re.search(r"dialect:(\w+)", text) or [None, "pg"])[1], c_pg)
            else:
                fn = EXT_CHECK[ext]
            expect = True
        else:
            fn = checker_for_lang(lang)
            expect = not broken
        ok, tool, msg = fn(path, text)
        implied = ""
        if folder != "clean":
            ifn = EXT_CHECK.get(ext) or (c_pg if ext == "sql" else None)
            if ext == "js":
                ifn = c_js_esm if re.search(r"^(import|export)\b", text, re.M) else c_js_cjs
            iok = ifn(path, text)[0]
            implied = "parses" if iok else "rejected"
        status = "n/a" if ok is None else ("PASS" if ok else "FAIL")
        as_expected = ok is None or ok == expect
        results.append((folder, name, lang, "broken" if broken else "", tool, status,
                        "yes" if as_expected else "NO", implied, msg))
    out = ["folder\tfile\tlanguage\tbroken\tchecker\tresult\tas_expected\timplied_parser\tmessage"]
    out += ["\t".join(r) for r in results]
    (root / "verification.tsv").write_text("\n".join(out) + "\n")
    bad = [r for r in results if r[6] == "NO"]
    for r in bad:
        print("UNEXPECTED:", "\t".join(r))
    from collections import Counter
    print(Counter((r[0], r[5], r[3]) for r in results))
    print(f"{len(results)} files checked, {len(bad)} unexpected")
    shutil.rmtree(TMP, ignore_errors=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Write the pathological inputs of issue 6 into a directory.

Used by scripts/pathological.sh (time and peak memory per file with
/usr/bin/time -v). tests/it/hostile.rs builds the same inputs in Rust.
"""
import os
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "target/pathological"
os.makedirs(out, exist_ok=True)


def write(name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)


N = 100_000
write("nested_brackets.py", "x = " + "(" * N + "1" + ")" * N + "\n")
write("nested_brackets_1m.py", "x = " + "(" * 1_000_000 + "1" + ")" * 1_000_000 + "\n")
write("nested_brackets.sql", "SELECT " + "(" * N + "1" + ")" * N + ";\n")
# 100 MB of valid Python: over the default 10 MB limit.
line = "value_{i} = compute({i}, 'text', [1, 2, 3])\n"
chunk = "".join(line.format(i=i) for i in range(1000))
write("huge_100mb.py", chunk * (100_000_000 // len(chunk) + 1))
# One 10 MB line of minified-style Python (just under the limit: checked).
parts, size, i = ["data = {"], 8, 0
while size < 9_990_000:
    item = f"'k{i}': [{i}, {i}.5, None], "
    parts.append(item)
    size += len(item)
    i += 1
write("minified_10mb_line.py", "".join(parts) + "}\n")
write("tiny_statements.sql", "SELECT 1;\n" * 1_000_000)
write("tiny_statements.py", "x=1\n" * 1_000_000)
write("nul_bytes.py", b"\0" * 1_000_000)
write("utf16_bom.sql", "\ufeffSELECT id, name FROM users WHERE id = 1;\n".encode("utf-16-le"))
write("utf16_bom.py", "\ufeffdef f():\n    return 'é'\n".encode("utf-16-le"))
write("mixed_crlf.py", b"def f():\r\n    x = 1\n    return x\r\n\r\nclass C:\n    pass\r\n")
write("lone_cr.py", b"def f():\r    x = 1\r    return x\r")
write("invalid_utf8_middle.py", b"def f():\n    return 1\n# \xff\xfe broken\ndef g():\n    return 2\n")
write("wrong_encoding_decl.py", "# -*- coding: latin-1 -*-\ns = 'caf\u00e9 \u2603'\n".encode("utf-8"))
write("long_identifier.py", "x" * 3_000_000 + " = 1\nprint(" + "x" * 3_000_000 + ")\n")
write("long_identifier.sql", "SELECT " + "c" * 3_000_000 + " FROM t;\n")
depth = 5_000
write("nested_subqueries.sql", "SELECT * FROM " + "(SELECT * FROM " * depth + "t" + ") AS s" * depth + ";\n")
rows = ",\n".join(f"({i}, 'name {i}', {i}.5, NULL)" for i in range(100_000))
write("giant_insert.sql", "INSERT INTO t (id, name, score, note) VALUES\n" + rows + ";\n")

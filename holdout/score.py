#!/usr/bin/env python3
"""Run gencheck over the held-out corpus and score it.

Usage (from the repository root):  python3 holdout/score.py [path/to/gencheck]

For each rule folder a case counts as caught when gencheck rejects the file
(accepted: false) AND at least one finding carries that folder's rule id.
For `clean`, a case counts when the file is accepted.
"""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
BIN = sys.argv[1] if len(sys.argv) > 1 else str(ROOT.parent / "target/release/gencheck")
RULES = ["markdown-fence", "llm-chatter", "placeholder", "truncated",
         "merge-conflict", "language-mismatch", "syntax-error", "clean"]

misses = []
print(f"{'rule':<18} {'caught':>6} {'cases':>5} {'rate':>6}")
for rule in RULES:
    files = sorted(p for p in (ROOT / rule).iterdir() if p.suffix in (".py", ".sql"))
    ok = 0
    for path in files:
        out = subprocess.run([BIN, "check", str(path), "--format", "json"],
                             capture_output=True, text=True)
        f = json.loads(out.stdout)["files"][0]
        ids = {x["rule"] for x in f["findings"]}
        hit = f["accepted"] if rule == "clean" else (not f["accepted"] and rule in ids)
        ok += hit
        if not hit:
            misses.append((rule, path.relative_to(ROOT), f))
    print(f"{rule:<18} {ok:>6} {len(files):>5} {ok / len(files):>6.0%}")

for rule, path, f in misses:
    print(f"\nMISS {path}  accepted={f['accepted']}  detected_language={f['detected_language']}")
    for x in f["findings"]:
        line = (x.get("span") or {}).get("start", {}).get("line")
        print(f"    {x['rule']} [{x['severity']}] line {line}: {x['message']}")
    if not f["findings"]:
        print("    (no findings)")

#!/usr/bin/env bash
# Speed of `gencheck reply`, with hyperfine, on three replies:
#   small   one aider SEARCH/REPLACE edit of a 40-line file and a new file
#           (what an agent sends after each turn)
#   edits   500 SEARCH/REPLACE blocks on one 6,000-line Python file
#   files   300 fenced whole files of 30 lines each
#   history aider's real chat history, every reply in one file (4 MB),
#           when HISTORY points at it (scripts/reply-aider-history.py)
#
#   bash scripts/bench-reply.sh
#
# Environment: GENCHECK (default target/release/gencheck), RUNS (default 10).
set -euo pipefail
gencheck="$(realpath "${GENCHECK:-target/release/gencheck}")"
runs="${RUNS:-10}"
command -v hyperfine >/dev/null || { echo "hyperfine is missing (apt-get install hyperfine)" >&2; exit 2; }
[ -x "$gencheck" ] || { echo "$gencheck is missing: cargo build --release" >&2; exit 2; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/root"
python3 - "$tmp" <<'P'
import sys, os
tmp = sys.argv[1]
root = os.path.join(tmp, "root")
src = [f"def f{i}(x):\n    return x + {i}\n" for i in range(3000)]
open(os.path.join(root, "big.py"), "w").write("\n".join(src))
small_file = "".join(f"def g{i}(a, b):\n    return a * b + {i}\n\n\n" for i in range(10))
open(os.path.join(root, "small.py"), "w").write(small_file)
edits = [
    f"Change f{i}:\n\nbig.py\n```python\n<<<<<<< SEARCH\ndef f{i}(x):\n    return x + {i}\n=======\n"
    f"def f{i}(x):\n    return x * {i}\n>>>>>>> REPLACE\n```\n"
    for i in range(0, 3000, 6)
]
open(os.path.join(tmp, "edits.md"), "w").write("\n".join(edits))
files = [
    f"mod/m{i}.py\n```python\n" + "".join(f"v{j} = {j}\n" for j in range(30)) + "```\n"
    for i in range(300)
]
open(os.path.join(tmp, "files.md"), "w").write("\n".join(files))
small = (
    "Here is the change:\n\nsmall.py\n```python\n<<<<<<< SEARCH\ndef g3(a, b):\n    return a * b + 3\n"
    "=======\ndef g3(a, b):\n    return a * b - 3\n>>>>>>> REPLACE\n```\n\nAnd a new helper:\n\n"
    "helpers.py\n```python\ndef double(x):\n    return 2 * x\n```\n"
)
open(os.path.join(tmp, "small.md"), "w").write(small)
P
cmds=()
for r in small edits files; do
  bytes=$(wc -c < "$tmp/$r.md")
  echo "$r: $(wc -l < "$tmp/$r.md") lines, $bytes bytes"
  cmds+=("$gencheck reply $tmp/$r.md --root $tmp/root --format concise > /dev/null || true")
done
if [ -n "${HISTORY:-}" ]; then
  echo "history: $(wc -c < "$HISTORY") bytes"
  cmds+=("$gencheck reply $HISTORY --root $tmp/root --format concise > /dev/null || true")
fi
hyperfine --warmup 2 --runs "$runs" "${cmds[@]}"

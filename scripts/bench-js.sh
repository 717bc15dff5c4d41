#!/usr/bin/env bash
# Speed of the JavaScript/TypeScript check on real npm code, next to oxc's bare
# parse, TypeScript's own parser and `node --check` (hyperfine, same machine,
# same run).
#
#   FP_CACHE=/tmp/fpjs-cache bash scripts/bench-js.sh
#
# The corpus is scripts/fp-js.sh's (tune + holdout npm packages, downloaded into
# $FP_CACHE by that script; run it first). Files node and TypeScript reject
# (react-native's Flow sources) are left out, so every tool parses valid code.
# Peers:
#   oxc_parse     cargo's example `oxc_parse`: oxc's parse of each file, one
#                 thread, one reused arena, no tokens (gencheck's first parse)
#   oxc_parse --semantic
#                 the same, then oxc's semantic pass with its syntax checks on
#                 each file that parsed: the early errors, the rest of the
#                 engine's verdict, which gencheck's verdict includes
#   gencheck -t1  `gencheck check DIR... --threads 1`: every rule, one checker
#   gencheck      the same on every core
#   typescript    ts.createSourceFile over the .ts/.tsx/.d.ts files (one node process)
#   node --check  one process per file, on a 300-file sample (per-file start-up
#                 dominates: shown per MB for scale only)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CACHE=${FP_CACHE:?set FP_CACHE to scripts/fp-js.sh cache directory}
cd "$ROOT"
cargo build --release --locked --example oxc_parse >/dev/null 2>&1
cargo build --release --locked >/dev/null 2>&1
GENCHECK=$ROOT/target/release/gencheck
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
# Hard links of the valid JS/TS files, one folder per package.
find "$CACHE/pkgs" -type f \( -name '*.js' -o -name '*.mjs' -o -name '*.cjs' -o -name '*.jsx' \
    -o -name '*.ts' -o -name '*.tsx' -o -name '*.mts' -o -name '*.cts' \) | grep -v react-native | sort \
    | while read -r f; do r=${f#"$CACHE"/pkgs/}; mkdir -p "$TMP/c/$(dirname "$r")"; ln "$f" "$TMP/c/$r"; done
find "$TMP/c" -type f | sort > "$TMP/all.list"
grep -E '\.(ts|tsx|mts|cts)$' "$TMP/all.list" > "$TMP/ts.list"
shuf -n 300 --random-source=<(yes) "$TMP/all.list" | grep -E '\.(js|mjs|cjs)$' > "$TMP/node.list" || true
mb() { xargs cat < "$1" | wc -c | awk '{printf "%.1f", $1/1e6}'; }
echo "files: $(wc -l < "$TMP/all.list") ($(mb "$TMP/all.list") MB); TypeScript files: $(wc -l < "$TMP/ts.list") ($(mb "$TMP/ts.list") MB); node sample: $(wc -l < "$TMP/node.list") ($(mb "$TMP/node.list") MB)"
TS=$(ls -d "$CACHE"/*/node_modules/typescript | head -1)
cat > "$TMP/ts.js" <<'JS'
const ts = require(process.argv[2]); const fs = require('fs');
let n = 0;
for (const f of fs.readFileSync(process.argv[3], 'utf8').split('\n').filter(Boolean)) {
  const kind = f.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  n += ts.createSourceFile(f, fs.readFileSync(f, 'utf8'), ts.ScriptTarget.Latest, false, kind).parseDiagnostics.length;
}
console.log(n);
JS
hyperfine -i -N -w 1 -r "${RUNS:-5}" --export-json "$TMP/h.json" \
    -n oxc_parse "$ROOT/target/release/examples/oxc_parse @$TMP/all.list" \
    -n "oxc_parse --semantic" "$ROOT/target/release/examples/oxc_parse --semantic @$TMP/all.list" \
    -n "gencheck -t1" "$GENCHECK check $TMP/c --threads 1 --format concise --no-diff" \
    -n gencheck "$GENCHECK check $TMP/c --format concise --no-diff" \
    -n "oxc_parse (TS files)" "$ROOT/target/release/examples/oxc_parse @$TMP/ts.list" \
    -n "typescript (TS files)" "node $TMP/ts.js $TS $TMP/ts.list" >&2
hyperfine -i -w 0 -r 1 --export-json "$TMP/n.json" -n "node --check (sample)" \
    "xargs -n 1 node --check < $TMP/node.list" >&2
python3 - "$TMP" <<'PY'
import json, os, sys
tmp = sys.argv[1]
size = lambda l: sum(os.path.getsize(p) for p in open(os.path.join(tmp, l)).read().split())
mb = {"all": size("all.list") / 1e6, "ts": size("ts.list") / 1e6, "node": size("node.list") / 1e6}
rows = json.load(open(os.path.join(tmp, "h.json")))["results"] + json.load(open(os.path.join(tmp, "n.json")))["results"]
base = rows[0]["mean"]
print("| tool | files | mean (s) | MB/s | vs oxc_parse |")
print("|---|---|---:|---:|---:|")
for r in rows:
    name = r["command"]
    which = "ts" if "TS files" in name else "node" if "node" in name else "all"
    ref = rows[4]["mean"] if which == "ts" else base
    print(f"| {name} | {which} | {r['mean']:.3f} ± {r['stddev'] or 0:.3f} | {mb[which] / r['mean']:.1f} | {r['mean'] / ref:.2f}x |")
PY

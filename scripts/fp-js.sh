#!/usr/bin/env bash
# False positives (and misses) of the JavaScript/TypeScript backend on real code from npm.
#
#   bash scripts/fp-js.sh                      # download, check, print the tables and lists
#   FP_CACHE=~/.cache/gencheck-fp-js bash scripts/fp-js.sh   # keep downloads and verdicts
#
# Corpora (npm packages at pinned versions, `npm pack`ed and unpacked into the cache
# directory at run time; nothing is copied into the repository):
#   tune     packages the backend may be tuned on: TUNE below
#   holdout  packages never looked at while tuning: HOLDOUT below
#   extra    optional: every file of the kinds below under $EXTRA_DIR (e.g. more .tsx)
# Files: *.js *.mjs *.cjs *.jsx *.ts *.mts *.cts *.tsx (so also *.d.ts *.d.mts *.d.cts).
#
# Reference verdicts, from the real parsers:
#   .js .mjs .cjs            `node --check FILE` (node's module mode: .mjs ESM, .cjs
#                            CommonJS, .js as the nearest package.json "type" says, with
#                            node's module-syntax detection when it says nothing); a .js
#                            file node rejects is tried in the other mode too
#                            (`node --input-type=... --check < FILE`), and one that parses
#                            there counts as accepted (bundler-only sources in a package of
#                            the other type) and is listed. scripts/fp/node-check.sh
#   .ts .mts .cts .tsx .jsx  TypeScript's parser: ts.createSourceFile(..., ScriptTarget.Latest,
#                            false, kind of the extension) and its parseDiagnostics (the
#                            parser's errors only, not the checker's grammar errors).
#                            scripts/fp/ts-parse.js, with typescript@$TS_VERSION installed
#                            into the cache directory; it also parses the .js files, and
#                            its verdict is shown next to node's where node rejects
# Both are cached in $FP_CACHE/ref/{node,ts}.tsv keyed by path, size and mtime.
# gencheck: `gencheck check --format json --no-diff` over the same files, 300 a run; a file
# is gencheck-rejected when gencheck does not accept it.
# Output: per corpus files, MB, reference-rejected, gencheck-rejected, false positives
# (gencheck rejects, reference accepts) and misses (reference rejects, gencheck accepts),
# the same by extension, then every false positive, miss and agreed rejection with the
# reference's message and gencheck's error findings.
#
# Environment: GENCHECK=path (default target/release/gencheck, built if missing),
# FP_CACHE=dir (downloads, the TypeScript install and the reference verdicts go there and
# stay for the next run; default a temporary directory), FP_KEEP=1 keeps the temporary
# directory, EXTRA_DIR=dir adds the `extra` corpus, JOBS=n parallel node processes
# (default nproc). Needs node, npm, jq, python3. Exit 0 when the measurement ran.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
GENCHECK=${GENCHECK:-$ROOT/target/release/gencheck}
[[ -x $GENCHECK ]] || (cd "$ROOT" && cargo build --release --locked)
JOBS=${JOBS:-$(nproc)}
HELP=$ROOT/scripts/fp
if [[ -n ${FP_CACHE:-} ]]; then
    mkdir -p "$FP_CACHE"
    CACHE=$(cd "$FP_CACHE" && pwd)
else
    CACHE=$(mktemp -d)
    [[ ${FP_KEEP:-0} == 1 ]] && echo "temp dir: $CACHE" || trap 'rm -rf "$CACHE"' EXIT
fi
RUN=$CACHE/run
rm -rf "$RUN"
mkdir -p "$RUN" "$CACHE/ref" "$CACHE/pkgs"
START=$SECONDS
phase() { echo "[$((SECONDS - START))s] $*" >&2; }

TS_VERSION=5.9.3  # the reference parser
TUNE=(
    typescript@5.9.3              # lib/*.d.ts, lib/typescript.js and friends (9 MB)
    @wordpress/editor@15.0.0      # React: src/*.jsx *.tsx *.ts, build-module .mjs, build .cjs
    @wordpress/dataviews@19.1.0   # React: src/*.tsx
    @tanstack/react-query@5.108.4 # React: src/*.tsx, .cjs, .d.cts
    eslint@10.15.0                # Node CLI, CommonJS ("type": "commonjs")
    chalk@5.6.2                   # ESM ("type": "module")
    @types/node@26.6.7            # .d.ts
    @types/react@19.3.3           # .d.ts
    prettier@3.10.1               # .mjs .cjs, big bundles
    vue@3.5.45                    # .cjs.js .esm-bundler.js .mjs .d.mts
    lodash@4.18.1                 # CommonJS, one function a file
    react-native@0.86.3           # Flow in .js (node rejects), .d.ts
)
HOLDOUT=(
    @blueprintjs/core@6.20.0      # React: src/*.tsx, lib/esm lib/cjs
    @wordpress/block-editor@18.0.0 # React: src/*.jsx, .mjs .cjs
    @aws-sdk/client-s3@3.1175.0   # dist-cjs dist-es dist-types/*.d.ts
    rxjs@7.8.2                    # src/*.ts, esm5 esm cjs
    webpack@5.113.0               # Node CLI/library, CommonJS
    zod@4.6.7                     # ESM, .cjs .d.cts, src .ts
    three@0.187.0                 # ESM ("type": "module"), examples/jsm
    @types/jquery@4.0.1           # .d.ts .d.mts
    @types/lodash@4.17.27         # .d.ts
    commander@14.0.3              # Node CLI library, CommonJS + .mjs
    preact@11.2.0                 # .js .mjs, .d.ts
)

fetch() { # corpus packages...
    local name=$1; shift
    for p in "$@"; do
        local d="$CACHE/pkgs/$name/$(echo "$p" | tr '/' '+')"
        [[ -e $d/.done ]] && continue
        rm -rf "$d"; mkdir -p "$d"
        if (cd "$d" && npm pack --silent "$p" >/dev/null 2>&1 && tar xzf ./*.tgz && rm -f ./*.tgz); then
            touch "$d/.done"
        else
            echo "could not fetch $p" >&2
        fi
    done
}
phase "fetching packages into $CACHE/pkgs"
fetch tune "${TUNE[@]}"
fetch holdout "${HOLDOUT[@]}"
TSDIR=$CACHE/typescript-ref/node_modules/typescript
if [[ ! -f $TSDIR/package.json ]] || [[ $(jq -r .version "$TSDIR/package.json") != "$TS_VERSION" ]]; then
    phase "installing typescript@$TS_VERSION (reference parser)"
    mkdir -p "$CACHE/typescript-ref"
    npm install --prefix "$CACHE/typescript-ref" --no-save --no-audit --no-fund --ignore-scripts \
        --silent "typescript@$TS_VERSION" >/dev/null
fi

list() { # dir -> the JavaScript/TypeScript files below it, one a line, sorted
    find "$1" -type f \( -name '*.js' -o -name '*.mjs' -o -name '*.cjs' -o -name '*.jsx' \
        -o -name '*.ts' -o -name '*.mts' -o -name '*.cts' -o -name '*.tsx' \) 2>/dev/null \
        | LC_ALL=C sort
}
CORPORA=(tune holdout)
list "$CACHE/pkgs/tune" > "$RUN/tune.list"
list "$CACHE/pkgs/holdout" > "$RUN/holdout.list"
if [[ -n ${EXTRA_DIR:-} ]]; then
    list "$(cd "$EXTRA_DIR" && pwd)" > "$RUN/extra.list"
    CORPORA+=(extra)
fi
for c in "${CORPORA[@]}"; do cat "$RUN/$c.list"; done > "$RUN/all.list"
grep -E '\.(js|mjs|cjs)$' "$RUN/all.list" > "$RUN/node.list" || true

phase "reference: node --check on $(wc -l < "$RUN/node.list") files (cached ones skipped)"
python3 "$HELP/js-report.py" todo "$CACHE/ref/node.tsv" "$RUN/node.list" > "$RUN/node.todo"
phase "  $(wc -l < "$RUN/node.todo") to check, $JOBS at a time"
tr '\n' '\0' < "$RUN/node.todo" | xargs -0 -r -P "$JOBS" -n 20 bash "$HELP/node-check.sh" \
    | python3 "$HELP/js-report.py" stamp >> "$CACHE/ref/node.tsv"

phase "reference: TypeScript's parser on $(wc -l < "$RUN/all.list") files (cached ones skipped)"
python3 "$HELP/js-report.py" todo "$CACHE/ref/ts.tsv" "$RUN/all.list" > "$RUN/ts.todo"
phase "  $(wc -l < "$RUN/ts.todo") to parse"
tr '\n' '\0' < "$RUN/ts.todo" | xargs -0 -r -P "$JOBS" -n 500 node "$HELP/ts-parse.js" "$TSDIR" \
    | python3 "$HELP/js-report.py" stamp >> "$CACHE/ref/ts.tsv"

for c in "${CORPORA[@]}"; do
    phase "gencheck on $c ($(wc -l < "$RUN/$c.list") files)"
    tr '\n' '\0' < "$RUN/$c.list" \
        | xargs -0 -r -n 300 "$GENCHECK" check --format json --no-diff 2> "$RUN/$c.gencheck.err" \
        | jq -c '.files[] | {path, accepted,
              unknown: any(.findings[]; .rule == "unknown-language"),
              errors: [.findings[] | select(.severity == "error")
                       | {rule, message, line: .span.start.line?, col: .span.start.column?}]}' \
        > "$RUN/$c.gencheck.jsonl" || true
done
phase "done"
echo "corpora: $CACHE/pkgs (typescript@$TS_VERSION as the reference parser, node $(node --version))"
python3 "$HELP/js-report.py" report "$RUN" "$CACHE" "${CORPORA[@]}"
echo
echo "took $((SECONDS - START)) s"

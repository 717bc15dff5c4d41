#!/usr/bin/env bash
# False positives of the JSON/JSONC backend on real JSON nobody here wrote,
# and (`json5` mode) of the JSON5 reader on real JSON5.
#
#   bash scripts/fp-json.sh            # download, check, print the tables
#   bash scripts/fp-json.sh json5      # JSON5 only (see below)
#
# Corpora (downloaded into a temporary directory; nothing goes into the repo):
#   tune     npm packages the backend was tuned on (`npm pack`, unpacked): TUNE below
#   holdout  npm packages never looked at while tuning: HOLDOUT below
#   cargo    every .json under ~/.cargo/registry/src (held out)
#   share    every .json under /usr/share (held out)
# Every file is checked as its name implies (JSON, JSONC for tsconfig*.json
# and the rest of grammars/jsonc/language.toml, JSON Lines for .jsonl); a file
# is a rejection when gencheck exits it as not accepted.
#
# JSON5 mode: real .json5 files, each checked under its own name, against the
# reference implementation's verdict (the `json5` npm package, `npm pack
# json5@$JSON5_VERSION`, run by scripts/fp/json5-ref.js): a false positive is
# a file the reference accepts and gencheck rejects, a miss the reverse.
#   suite    json5/json5-tests (JSON5_TESTS: a git directory or checkout of it;
#            default /work/.mirror/json5+json5-tests/repo): its .json and
#            .json5 cases are valid, its .js and .txt cases invalid; checked
#            with --lang json5
#   tune     every distinct .json5 blob in the history of the git directories
#            in JSON5_TUNE (looked at while writing the reader)
#   holdout  the same for JSON5_HOLDOUT (never looked at)
#   cargo    every .json5 under ~/.cargo/registry/src
# JSON5_TUNE and JSON5_HOLDOUT are space-separated git directories (the
# search tool's `fetch` of a repository); the measurement in
# FALSE_POSITIVES-json.md names the ones it used.
#
# Environment: GENCHECK=path (default target/release/gencheck, built if
# missing), FP_KEEP=1 keeps the temp dir. Exit 0 when the measurement ran.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
GENCHECK=${GENCHECK:-$ROOT/target/release/gencheck}
[[ -x $GENCHECK ]] || (cd "$ROOT" && cargo build --release --locked)
TMP=$(mktemp -d)
[[ ${FP_KEEP:-0} == 1 ]] && echo "temp dir: $TMP" || trap 'rm -rf "$TMP"' EXIT

if [[ ${1:-} == json5 ]]; then
    export JSON5_VERSION=${JSON5_VERSION:-2.2.3}
    (cd "$TMP" && npm pack --silent "json5@$JSON5_VERSION" >/dev/null 2>&1 && mkdir -p json5pkg \
        && tar xzf json5-*.tgz -C json5pkg) || { echo "could not fetch json5@$JSON5_VERSION" >&2; exit 1; }
    export JSON5_PKG=$TMP/json5pkg/package
    J5=$TMP/json5
    mkdir -p "$J5"
    # suite: valid (.json, .json5) and invalid (.js, .txt) cases.
    suite=${JSON5_TESTS:-/work/.mirror/json5+json5-tests/repo}
    if [[ -d $suite ]]; then
        mkdir -p "$J5/suite"
        if [[ -d $suite/.git || -f $suite/.git ]]; then
            git -C "$suite" archive HEAD | tar x -C "$J5/suite"
        else
            git --git-dir="$suite" archive HEAD | tar x -C "$J5/suite"
        fi
    else
        echo "no json5-tests at $suite: suite skipped" >&2
    fi
    history() { # corpus git-dirs...: every distinct .json5 blob ever committed
        local c=$1; shift
        for g in "$@"; do
            local name; name=$(basename "$(dirname "$g")")
            [[ $g == */repo ]] || name=$(basename "$g")
            mkdir -p "$J5/$c/$name"
            git --git-dir="$g" log --all --format=%H -- '*.json5' | while read -r commit; do
                git --git-dir="$g" ls-tree -r "$commit" | grep -i '\.json5$' || true
            done | awk -F'\t' '{split($1, m, " "); print m[3] "\t" $2}' | sort -u -k1,1 |
            while IFS=$'\t' read -r blob path; do
                git --git-dir="$g" cat-file blob "$blob" > "$J5/$c/$name/${blob:0:12}-$(basename "$path")"
            done
        done
    }
    # shellcheck disable=SC2086
    history tune ${JSON5_TUNE:-}
    # shellcheck disable=SC2086
    history holdout ${JSON5_HOLDOUT:-}
    mkdir -p "$J5/cargo"
    find "$HOME/.cargo/registry/src" -type f -iname '*.json5' -print0 2>/dev/null \
        | while IFS= read -r -d '' f; do cp "$f" "$J5/cargo/$(echo "$f" | md5sum | cut -c1-8)-$(basename "$f")"; done
    printf '%-8s %7s %9s %9s %6s %6s\n' corpus files reference rejected fp miss
    for c in suite tune holdout cargo; do
        [[ -d $J5/$c ]] || continue
        find "$J5/$c" -type f \( -name '*.json5' -o -name '*.json' -o -name '*.js' -o -name '*.txt' \) -print0 \
            | sort -z > "$J5/$c.list"
        node "$ROOT/scripts/fp/json5-ref.js" < "$J5/$c.list" > "$J5/$c.ref"
        lang=()
        if [[ $c == suite ]]; then
            # The suite's own verdict: .js and .txt cases are invalid. Where
            # the json5 package says otherwise, say so.
            lang=(--lang json5)
            mv "$J5/$c.ref" "$J5/$c.pkg"
            awk -F'\t' '{ print $1 "\t" (($1 ~ /\.(js|txt)$/) ? "error (an invalid case)" : "ok") }' \
                "$J5/$c.pkg" > "$J5/$c.ref"
            paste "$J5/$c.ref" "$J5/$c.pkg" | awk -F'\t' '($2 == "ok") != ($4 == "ok") {
                print "note: json5 " ENVIRON["JSON5_VERSION"] " and the suite disagree on " $1 ": " $4 }' >&2
        fi
        : > "$J5/$c.out"
        xargs -0 -n 300 "$GENCHECK" check --format json --no-diff "${lang[@]}" < "$J5/$c.list" 2>/dev/null \
            | jq -c '.files[] | {path, accepted, errors: [.findings[] | select(.severity == "error") | "\(.rule): \(.message)"]}' \
            >> "$J5/$c.out" || true
        python3 - "$J5/$c.ref" "$J5/$c.out" "$c" "$J5/$c.report" <<'PY'
import json, sys
ref = dict(l.rstrip("\n").split("\t", 1) for l in open(sys.argv[1]))
files = fp = miss = rejected = ref_rejected = 0
lines = []
for l in open(sys.argv[2]):
    f = json.loads(l)
    files += 1
    ok_ref = ref.get(f["path"]) == "ok"
    ref_rejected += not ok_ref
    rejected += not f["accepted"]
    if ok_ref and not f["accepted"]:
        fp += 1
        lines.append(f"FP   {f['path']}: {'; '.join(f['errors'])[:300]}")
    if not ok_ref and f["accepted"]:
        miss += 1
        lines.append(f"MISS {f['path']}: reference says {ref.get(f['path'])}")
print(f"{sys.argv[3]:<8} {files:7d} {ref_rejected:9d} {rejected:9d} {fp:6d} {miss:6d}")
open(sys.argv[4], "w").write("".join(x + "\n" for x in lines))
PY
    done
    for c in suite tune holdout cargo; do
        [[ -s $J5/$c.report ]] || continue
        echo "--- $c"
        sed "s|$J5/||" "$J5/$c.report"
    done
    exit 0
fi

TUNE=(ajv @babel/core @babel/parser eslint @types/node lodash @aws-sdk/client-s3
      caniuse-lite browserslist jsonc-parser @eslint/js ajv-formats jest-config
      mime-db @angular/core cldr-core cldr-dates-modern emojibase-data
      i18n-iso-countries @tsconfig/node20 @tsconfig/strictest)
HOLDOUT=(typescript react next prettier webpack vite rxjs spdx-license-list
         @mdn/browser-compat-data tailwindcss vue @octokit/openapi-types
         zod undici yargs world-countries cldr-numbers-modern)

fetch() { # corpus-name packages...
    local name=$1; shift
    mkdir -p "$TMP/$name"
    for p in "$@"; do
        local d="$TMP/$name/$(echo "$p" | tr '/@' '__')"
        mkdir -p "$d"
        (cd "$d" && npm pack --silent "$p" >/dev/null 2>&1 && tar xzf ./*.tgz && rm -f ./*.tgz) \
            || echo "could not fetch $p" >&2
    done
}
fetch tune "${TUNE[@]}"
fetch holdout "${HOLDOUT[@]}"

list() { # dir -> NUL-separated JSON-ish files
    find "$1" -type f \( -name '*.json' -o -name '*.jsonc' -o -name '*.jsonl' -o -name '*.ndjson' \
        -o -name '*.geojson' -o -name '*.webmanifest' -o -name 'composer.lock' \) -print0 2>/dev/null
}
list "$TMP/tune" > "$TMP/tune.list"
list "$TMP/holdout" > "$TMP/holdout.list"
list "$HOME/.cargo/registry/src" > "$TMP/cargo.list"
list /usr/share > "$TMP/share.list"

run() { # corpus -> $TMP/<corpus>.jsonl: one line per file: path, accepted, rules of errors
    local c=$1
    : > "$TMP/$c.out"
    xargs -0 -n 300 "$GENCHECK" check --format json --no-diff < "$TMP/$c.list" 2>/dev/null \
        | jq -c '.files[] | {path, accepted, errors: [.findings[] | select(.severity == "error") | .rule]}' \
        >> "$TMP/$c.out" || true
}
printf '%-8s %7s %9s %8s %7s\n' corpus files rejected rate MB
for c in tune holdout cargo share; do
    run "$c"
    files=$(wc -l < "$TMP/$c.out")
    rej=$(jq -s '[.[] | select(.accepted == false)] | length' "$TMP/$c.out")
    mb=$(tr '\0' '\n' < "$TMP/$c.list" | xargs -d '\n' cat 2>/dev/null | wc -c)
    awk -v c="$c" -v f="$files" -v r="$rej" -v b="$mb" \
        'BEGIN { printf "%-8s %7d %9d %7.3f%% %7.1f\n", c, f, r, (f ? 100*r/f : 0), b/1e6 }'
done
for c in tune holdout cargo share; do
    echo "--- $c: rejections by rule"
    jq -r 'select(.accepted == false) | .errors | unique | join(",")' "$TMP/$c.out" | sort | uniq -c | sort -rn
    echo "--- $c: rejected files"
    jq -r 'select(.accepted == false) | "\(.path)\t\(.errors | unique | join(","))"' "$TMP/$c.out" \
        | sed "s|$TMP/||; s|$HOME/.cargo/registry/src/[^/]*/|cargo:|"
done

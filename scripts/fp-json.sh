#!/usr/bin/env bash
# False positives of the JSON/JSONC backend on real JSON nobody here wrote.
#
#   bash scripts/fp-json.sh            # download, check, print the tables
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
# Environment: GENCHECK=path (default target/release/gencheck, built if
# missing), FP_KEEP=1 keeps the temp dir. Exit 0 when the measurement ran.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
GENCHECK=${GENCHECK:-$ROOT/target/release/gencheck}
[[ -x $GENCHECK ]] || (cd "$ROOT" && cargo build --release --locked)
TMP=$(mktemp -d)
[[ ${FP_KEEP:-0} == 1 ]] && echo "temp dir: $TMP" || trap 'rm -rf "$TMP"' EXIT

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

#!/usr/bin/env bash
# False positives of the CSS backend on real CSS nobody here wrote.
#
#   bash scripts/fp-css.sh            # download, check, print the tables
#
# Corpora (npm packages, `npm pack` and unpacked into a temporary
# directory; nothing goes into the repo): every *.css file in them, the
# minified builds included.
#   tune     packages the backend was tuned on: TUNE below
#   holdout  packages never looked at while tuning: HOLDOUT below
# A file is a rejection when gencheck exits it as not accepted.
#
# Then the other direction: every file is also parsed by PostCSS (installed
# with npm into the temp dir), the parser behind Autoprefixer and Stylelint,
# and the files it rejects that gencheck accepts are listed.
#
# Environment: GENCHECK=path (default target/release/gencheck, built if
# missing), FP_KEEP=1 keeps the temp dir, FP_DIR=dir reuses (or fills) a
# download cache. Exit 0 when the measurement ran.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
GENCHECK=${GENCHECK:-$ROOT/target/release/gencheck}
[[ -x $GENCHECK ]] || (cd "$ROOT" && cargo build --release --locked)
if [[ -n ${FP_DIR:-} ]]; then
    TMP=$FP_DIR
    mkdir -p "$TMP"
else
    TMP=$(mktemp -d)
    [[ ${FP_KEEP:-0} == 1 ]] && echo "temp dir: $TMP" || trap 'rm -rf "$TMP"' EXIT
fi

TUNE=(bootstrap@5.3.3 bootstrap@3.4.1 normalize.css bulma animate.css
      @fortawesome/fontawesome-free highlight.js codemirror@5.65.18
      github-markdown-css @picocss/pico purecss foundation-sites open-props)
HOLDOUT=(tailwindcss@3.4.17 @primer/css font-awesome@4.7.0 prismjs katex leaflet
         swiper modern-normalize water.css tachyons bootstrap-icons video.js
         select2 flatpickr quill daisyui@4.12.24 uikit semantic-ui-css
         spectre.css milligram)

fetch() { # corpus-name packages...
    local name=$1; shift
    mkdir -p "$TMP/$name"
    for p in "$@"; do
        local d="$TMP/$name/$(echo "$p" | tr '/@' '__')"
        [[ -d $d/package ]] && continue
        mkdir -p "$d"
        (cd "$d" && npm pack --silent "$p" >/dev/null 2>&1 && tar xzf ./*.tgz && rm -f ./*.tgz) \
            || echo "could not fetch $p" >&2
    done
}
fetch tune "${TUNE[@]}"
fetch holdout "${HOLDOUT[@]}"
for c in tune holdout; do
    find "$TMP/$c" -type f -name '*.css' -print0 | sort -z > "$TMP/$c.list"
done

run() { # corpus -> $TMP/<corpus>.out: one line per file: path, accepted, rules of errors
    local c=$1
    : > "$TMP/$c.out"
    xargs -0 -n 300 "$GENCHECK" check --format json --no-diff < "$TMP/$c.list" 2>/dev/null \
        | jq -c '.files[] | {path, accepted, errors: [.findings[] | select(.severity == "error") | .rule]}' \
        >> "$TMP/$c.out" || true
}
printf '%-8s %9s %7s %9s %8s %7s\n' corpus packages files rejected rate MB
for c in tune holdout; do
    run "$c"
    files=$(wc -l < "$TMP/$c.out")
    rej=$(jq -s '[.[] | select(.accepted == false)] | length' "$TMP/$c.out")
    mb=$(xargs -0 cat < "$TMP/$c.list" | wc -c)
    pk=$(find "$TMP/$c" -mindepth 1 -maxdepth 1 -type d | wc -l)
    awk -v c="$c" -v p="$pk" -v f="$files" -v r="$rej" -v b="$mb" \
        'BEGIN { printf "%-8s %9d %7d %9d %7.3f%% %7.1f\n", c, p, f, r, (f ? 100*r/f : 0), b/1e6 }'
done
for c in tune holdout; do
    echo "--- $c: rejected files"
    jq -r 'select(.accepted == false) | "\(.path)\t\(.errors | unique | join(","))"' "$TMP/$c.out" \
        | sed "s|$TMP/||"
done

# The other direction: what PostCSS rejects.
if [[ ! -d $TMP/node/node_modules/postcss ]]; then
    npm install --prefix "$TMP/node" --no-audit --no-fund --silent postcss@8.5.6 >/dev/null
fi
cat > "$TMP/node/parse.js" <<'JS'
const fs = require("fs");
const postcss = require("postcss");
for (const f of fs.readFileSync(0, "utf8").split("\0").filter(Boolean)) {
  try { postcss.parse(fs.readFileSync(f, "utf8"), { from: f }); }
  catch (e) { console.log(`${f}\t${e.reason || e.message}`); }
}
JS
echo "--- PostCSS rejects (gencheck's verdict in brackets)"
for c in tune holdout; do
    node "$TMP/node/parse.js" < "$TMP/$c.list" | while IFS=$'\t' read -r f why; do
        acc=$(jq -r --arg f "$f" 'select(.path == $f) | .accepted' "$TMP/$c.out")
        echo "${f#"$TMP/"}	$why	[gencheck accepted: $acc]"
    done
done

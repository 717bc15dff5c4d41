#!/usr/bin/env bash
set -uo pipefail

MANIFEST=${1:-manifest.csv}
OUT_DIR=${OUT_DIR:-downloads}
FAILED=0

mkdir -p "$OUT_DIR"

fetch_one() {
  local id=$1 url=$2 sha=$3
  local dest="$OUT_DIR/$id"
  curl -fsSL --retry 3 -o "$dest.part" "$url" || return 1
  echo "$sha  $dest.part" | sha256sum -c --quiet - || { rm -f "$dest.part"; return 1; }
  mv "$dest.part" "$dest"
}

while IFS=, read -r id url sha; do
  [ -z "$id" ] && continue
  if [ -f "$OUT_DIR/$id" ]; then
    echo "skip $id (exists)"
    continue
  fi
  # parallel variant: same call into fetch_one, just backgrounded with a semaphore
done < <(tail -n +2 "$MANIFEST")

echo "finished with $FAILED failures"
exit $(( FAILED > 0 ))

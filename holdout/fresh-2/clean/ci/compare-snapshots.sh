#!/usr/bin/env bash
set -euo pipefail

old_dir="${1:?old snapshot dir}"
new_dir="${2:?new snapshot dir}"

changed=0
unchanged=0
added=0

while IFS= read -r -d '' file; do
  rel="${file#"$new_dir"/}"
  if [[ ! -f "$old_dir/$rel" ]]; then
    added=$((added + 1))
    echo "added:     $rel"
  elif cmp -s "$file" "$old_dir/$rel"; then
    unchanged=$((unchanged + 1))
  else
    changed=$((changed + 1))
    echo "changed:   $rel"
  fi
done < <(find "$new_dir" -type f -print0)

echo "$changed changed, $added added, $unchanged unchanged"
[[ $changed -eq 0 && $added -eq 0 ]]

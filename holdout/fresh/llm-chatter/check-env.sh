Great question! You can check the variables with a small script like this:

#!/usr/bin/env bash
# Verify that every variable listed in .env.example is set.
set -euo pipefail

example="${1:-.env.example}"
missing=0

while IFS='=' read -r key _; do
  [[ -z "$key" || "$key" == \#* ]] && continue
  if [[ -z "${!key:-}" ]]; then
    echo "missing: $key"
    missing=$((missing + 1))
  fi
done < "$example"

if (( missing > 0 )); then
  echo "$missing variable(s) missing" >&2
  exit 1
fi
echo "all variables from $example are set"

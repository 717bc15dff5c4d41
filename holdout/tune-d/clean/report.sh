#!/bin/bash
# Summarise test results from JUnit files... one line per suite.
set -euo pipefail

shopt -s nullglob
files=(reports/*.xml)
total=0
failed=0

for f in "${files[@]}"; do
  t=$(grep -o 'tests="[0-9]*"' "$f" | head -n1 | tr -dc '0-9')
  x=$(grep -o 'failures="[0-9]*"' "$f" | head -n1 | tr -dc '0-9')
  total=$((total + ${t:-0}))
  failed=$((failed + ${x:-0}))
done

echo "Here is the summary:"
printf '  files:   %d\n' "${#files[@]}"
printf '  tests:   %d\n' "$total"
printf '  failed:  %d\n' "$failed"
echo "Let me know via #ci if the numbers look off."

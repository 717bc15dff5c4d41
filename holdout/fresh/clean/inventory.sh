#!/usr/bin/env bash
set -euo pipefail

declare -A owners=(
  [api]="team-backend"
  [web]="team-frontend"
  [worker]="team-backend"
)

mapfile -t services < <(ls services/)

for svc in "${services[@]}"; do
  owner="${owners[$svc]:-unowned}"
  printf '%-10s %s\n' "$svc" "$owner"
done

echo "known services: ${!owners[*]}"
echo "count: ${#owners[@]}"

readarray -t lines <<< "$(printf 'a\nb\nc')"
last_index=$(( ${#lines[@]} - 1 ))
echo "last line: ${lines[$last_index]}"

#!/usr/bin/env bash
# Print the local port each dev service is exposed on and check it answers.
set -uo pipefail

declare -A PORTS=(
  [api]=8080
  [web]=3000
  # ...the rest of the services
)

check() {
  local name=$1 port=$2
  if curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:${port}/healthz"; then
    printf '%-10s %5s  up\n' "$name" "$port"
  else
    printf '%-10s %5s  DOWN\n' "$name" "$port"
  fi
}

for svc in api web worker admin docs; do
  check "$svc" "${PORTS[$svc]}"
done

#!/usr/bin/env bash
# Helper functions sourced by deploy.sh

wait_for_http() {
  local url="$1" tries="${2:-30}"
  for ((i = 1; i <= tries; i++)); do
    if curl -fsS -o /dev/null "$url"; then
      return 0
    fi
    sleep 2
  done
  echo "timed out waiting for $url" >&2
  return 1
}

switch_traffic() {…}

smoke_test() {
  wait_for_http "https://${1}/healthz" 15
  curl -fsS "https://${1}/api/version"
}

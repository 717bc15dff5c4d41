#!/usr/bin/env bash
set -euo pipefail

WORKDIR="$(mktemp -d)"
PIDFILE="/tmp/exporter.$$.pid"

cleanup() {
  local status=$?
  rm -rf "$WORKDIR"
  # …rest of cleanup
  exit "$status"
}
trap cleanup EXIT INT TERM

./bin/exporter --out "$WORKDIR" &
echo $! > "$PIDFILE"

wait "$(cat "$PIDFILE")"

tar -czf "export-$(date +%F).tar.gz" -C "$WORKDIR" .
echo "export archived"

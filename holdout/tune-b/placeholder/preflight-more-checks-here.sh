#!/bin/sh
set -eu

fail() {
  echo "preflight: $*" >&2
  exit 1
}

command -v docker >/dev/null 2>&1 || fail "docker is not installed"
docker info >/dev/null 2>&1 || fail "docker daemon is not running"
# ... more checks here

echo "preflight: ok"

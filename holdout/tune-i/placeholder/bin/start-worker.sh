#!/bin/sh
set -eu

QUEUE="${QUEUE:-default}"
CONCURRENCY="${CONCURRENCY:-4}"
TMPDIR="$(mktemp -d)"

cleanup() {
  # (previous cleanup logic)
}
trap cleanup EXIT INT TERM

echo "starting worker on queue=$QUEUE concurrency=$CONCURRENCY"
export TMPDIR
exec python -m app.worker --queue "$QUEUE" --concurrency "$CONCURRENCY"

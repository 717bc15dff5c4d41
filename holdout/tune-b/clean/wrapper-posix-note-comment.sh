#!/bin/sh
# Note: run `make` first so that ./bin/server exists.
# See the docs for more options: docs/running.md
set -eu

: "${PORT:=8080}"
export PORT

if [ ! -x ./bin/server ]; then
  echo "bin/server not found, did you run make?" >&2
  exit 1
fi

exec ./bin/server "$@"

#!/bin/sh
set -e

cmd=${1:-serve}
shift || true

case "$cmd" in
  serve)
    exec /app/server "$@"
    ;;
  worker)
    exec /app/worker "$@"
    ;;
  migr
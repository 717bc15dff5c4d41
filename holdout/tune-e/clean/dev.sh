#!/usr/bin/env bash
set -euo pipefail

cmd=${1:-help}
shift || true

case "$cmd" in
  up)
    docker compose up -d --build "$@"
    ;;
  down)
    docker compose down "$@"
    ;;
  logs)
    docker compose logs -f --tail=100 "$@"
    ;;
  psql)
    docker compose exec db psql -U app app
    ;;
  help|*)
    cat <<EOF
Usage: ./dev.sh <command> [args...]

Here is what each command does:
  up     build and start the stack
  down   stop and remove the containers
  logs   follow the logs (optionally for one service)
  psql   open a psql shell in the database container
EOF
    ;;
esac

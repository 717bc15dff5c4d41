#!/usr/bin/env bash
set -euo pipefail

cmd="${1:-help}"
shift || true

case "$cmd" in
  up)
    docker compose up -d "$@"
    ;;
  logs)
    docker compose logs -f --tail=100 "$@"
    ;;
  # ... other commands
  help|*)
    echo "usage: ./manage.sh {up|logs|down|shell|test}"
    ;;
esac

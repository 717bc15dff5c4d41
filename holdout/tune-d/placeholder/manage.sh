#!/usr/bin/env bash
set -e

COMPOSE="docker compose -f docker-compose.yml"

usage() {
  echo "usage: $0 {up|down|logs|shell|migrate|reset}" >&2
  exit 2
}

cmd="${1:-}"
shift || true

case "$cmd" in
  up)
    $COMPOSE up -d --build
    ;;
  down)
    $COMPOSE down
    ;;
  # ... other commands as before
  reset)
    $COMPOSE down -v
    $COMPOSE up -d
    ;;
  *)
    usage
    ;;
esac

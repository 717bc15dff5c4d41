#!/usr/bin/env bash
# Tiny wrapper around docker compose for the monitoring stack.
set -euo pipefail

cd "$(dirname "$0")/.."
COMPOSE_FILE=monitoring/docker-compose.yml

case "${1:-}" in
  up)
    docker compose -f "$COMPOSE_FILE" up -d
    ;;
  down)
    docker compose -f "$COMPOSE_FILE" down
    ;;
  ...
  *)
    echo "usage: svc {up|down|logs|ps}" >&2
    exit 2
    ;;
esac

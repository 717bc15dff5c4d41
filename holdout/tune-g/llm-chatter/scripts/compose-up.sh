#!/usr/bin/env bash
set -euo pipefail

if ! docker info >/dev/null 2>&1; then
  echo "docker daemon is not running; start Docker Desktop or dockerd first" >&2
  exit 1
fi

PROFILE="${1:-default}"
export COMPOSE_PROFILES="$PROFILE"

docker compose pull --quiet
docker compose up -d --remove-orphans
docker compose ps

The script now exits early if docker is not running.

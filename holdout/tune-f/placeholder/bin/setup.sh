#!/usr/bin/env bash
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

if ! command -v docker >/dev/null 2>&1; then
  echo "docker is required" >&2
  exit 1
fi

if [[ ! -f .env ]]; then
  cp .env.example .env
  echo "created .env from .env.example"
fi

docker compose pull
docker compose up -d db redis

<existing code>

docker compose run --rm web bin/rails db:prepare
docker compose up -d web worker
echo "ready: http://localhost:3000"

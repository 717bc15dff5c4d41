#!/usr/bin/env bash
# Bootstrap a local development environment.
set -euo pipefail

command -v node >/dev/null 2>&1 || { echo "node is required" >&2; exit 1; }
command -v docker >/dev/null 2>&1 || { echo "docker is required" >&2; exit 1; }

if [ ! -f .env ]; then
  cp .env.example .env
  echo "Created .env from .env.example"
fi

corepack enable
pnpm install --frozen-lockfile

docker compose up -d postgres redis
until docker compose exec -T postgres pg_isready -U postgres >/dev/null 2>&1; do
  sleep 1
done

pnpm prisma migrate dev --skip-seed
pnpm prisma db seed
echo "Ready: run 'pnpm dev' to start the app."

#!/usr/bin/env bash
set -euo pipefail

REPO_DIR=$(git rev-parse --show-toplevel)
cd "$REPO_DIR"

need() {
  command -v "$1" >/dev/null 2>&1 || { echo "missing dependency: $1" >&2; exit 1; }
}

need node
need pnpm
need docker

pnpm install --frozen-lockfile

if [ ! -f apps/api/.env ]; then
  cp apps/api/.env.example apps/api/.env
  echo "created apps/api/.env — fill in STRIPE_KEY before running payments tests"
fi

docker compose up -d db redis mailhog
pnpm --filter api prisma migrate deploy
pnpm --filter api prisma db seed

echo "bootstrap complete"

Key changes:
- Added a `need` helper so the script fails early with a clear message when a tool is missing
- Switched to `pnpm install --frozen-lockfile` so CI and local installs match
- The `.env` file is only copied when it doesn't exist yet

#!/usr/bin/env bash
set -euo pipefail

ROOT=$(git rev-parse --show-toplevel)
cd "$ROOT"

info() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }

info "checking toolchain"
command -v docker >/dev/null || { echo "docker is required"; exit 1; }
command -v pnpm >/dev/null || corepack enable

info "installing dependencies"
pnpm install --frozen-lockfile

info "starting services"
docker compose up -d postgres redis mailpit

# .env bootstrap + waiting for postgres: keep that block exactly as it is in
# your current setup script. Only the seed step below differs: it now
# runs through pnpm instead of npx.

info "migrating"
set -a; source .env; set +a
pnpm --filter api exec prisma migrate deploy

info "seeding"
pnpm --filter api run seed

info "ready: run 'pnpm dev' to start everything"

#!/usr/bin/env bash
# One-time setup for a new developer machine.
set -euo pipefail

if ! command -v node >/dev/null 2>&1; then
  echo "Installing Node via fnm..."
  curl -fsSL https://fnm.vercel.app/install | bash
  export PATH="$HOME/.local/share/fnm:$PATH"
  eval "$(fnm env)"
  fnm install --lts
fi

corepack enable
pnpm install --frozen-lockfile

cp -n .env.example .env.local || true
docker compose up -d db cache

pnpm prisma migrate dev
pnpm dev

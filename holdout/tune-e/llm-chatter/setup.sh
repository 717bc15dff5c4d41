#!/usr/bin/env bash
# Here's the updated setup script with error handling added:
set -euo pipefail

trap 'echo "setup failed on line $LINENO" >&2' ERR

if ! command -v node >/dev/null; then
  echo "node is required" >&2
  exit 1
fi

corepack enable
pnpm install
cp -n .env.example .env.local || true
pnpm prisma migrate dev --skip-seed
pnpm prisma db seed

echo "All set. Start the app with: pnpm dev"

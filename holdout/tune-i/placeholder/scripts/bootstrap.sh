#!/usr/bin/env bash
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

echo "==> Checking toolchain"
for tool in git node npm docker; do
  command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 1; }
done

echo "==> Installing dependencies"
npm ci

<existing database + seed setup>

echo "==> Starting services"
docker compose up -d
echo "Bootstrap complete. Open http://localhost:3000"

#!/usr/bin/env bash
# Clone and wire up all service repos into ./services for local development.
set -euo pipefail

ORG="acme-corp"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SERVICES_DIR="$ROOT/services"
REPOS=(api web worker notifications billing)

mkdir -p "$SERVICES_DIR"

for repo in "${REPOS[@]}"; do
  target="$SERVICES_DIR/$repo"
  if [[ -d "$target/.git" ]]; then
    echo "↻ $repo already cloned, pulling"
    git -C "$target" pull --ff-only
  else
    echo "⇣ cloning $repo"
    git clone "git@github.com:${ORG}/${repo}.git" "$target"
  fi
done

# Per-service setup
# =================
# For each service you had a small block that copies .env.example to .env,
# runs its package manager install, and links the shared tsconfig. Those
# blocks are identical apart from the directory name, so rather than repeat
# all five I'm leaving them to you — or wrap them in a function and loop.

echo "Starting shared infrastructure (postgres, redis, mailpit)"
docker compose -f "$ROOT/docker-compose.infra.yml" up -d

echo "All services are in $SERVICES_DIR. Next: make dev"

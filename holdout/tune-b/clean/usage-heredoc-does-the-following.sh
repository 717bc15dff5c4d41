#!/usr/bin/env bash
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: setup-dev.sh [--skip-db]

This script does the following:
  1. Installs the pinned Node.js version with fnm
  2. Installs npm dependencies
  3. Starts Postgres in Docker and runs the migrations

Note: run it from the repository root.
EOF
}

if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  usage
  exit 0
fi

fnm install
npm ci
if [[ "${1:-}" != "--skip-db" ]]; then
  docker compose up -d db
  npm run migrate
fi

#!/usr/bin/env bash
# Start the local dev stack.
# You can override the port with PORT=4001 ./scripts/dev.sh, and skip the
# database container with NO_DB=1 if you already run Postgres yourself.
set -euo pipefail

PORT=${PORT:-4000}
NO_DB=${NO_DB:-0}

usage() {
  cat <<'EOF'
Usage: scripts/dev.sh [--seed] [--help]

Here is what this script does:
  1. starts Postgres in Docker (unless NO_DB=1)
  2. runs the migrations
  3. starts the API with live reload on $PORT

Let us know in #dev-tooling if anything here doesn't work for you.
EOF
}

SEED=0
for arg in "$@"; do
  case "$arg" in
    --seed) SEED=1 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $arg" >&2; usage; exit 2 ;;
  esac
done

if [ "$NO_DB" != 1 ]; then
  docker compose up -d postgres
fi

npm run db:migrate
[ "$SEED" = 1 ] && npm run db:seed

echo "API on http://localhost:$PORT"
PORT=$PORT exec npx tsx watch src/server.ts

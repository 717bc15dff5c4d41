#!/usr/bin/env bash
set -euo pipefail

name="$(git config user.name || echo there)"

echo "Hi ${name%% *}! Let me walk you through getting this repo running."
echo

cat <<'EOF'
Here's what happens next:
  1. We check that Node 20 and Docker are installed.
  2. We copy .env.example to .env if you don't have one yet.
  3. We start the database and run the migrations.

Sure, it takes a minute or two. Feel free to grab a coffee!
EOF

command -v node >/dev/null || { echo "Node is missing — install it from nodejs.org and re-run me."; exit 1; }
command -v docker >/dev/null || { echo "Docker is missing — install Docker Desktop and re-run me."; exit 1; }

[[ -f .env ]] || cp .env.example .env
docker compose up -d db
npm run db:migrate

echo "All set! Let me know in #dev-help if anything looks off."

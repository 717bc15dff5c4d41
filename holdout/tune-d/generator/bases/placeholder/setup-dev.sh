#!/usr/bin/env bash
set -euo pipefail

need() {
  command -v "$1" >/dev/null 2>&1 || { echo "missing: $1" >&2; exit 1; }
}

check_tools() {
  need git
  need node
  need docker
}

install_deps() {
  npm ci
  pip install --user -r requirements-dev.txt
}

start_services() {
  docker compose up -d db redis
  until docker compose exec -T db pg_isready -U postgres >/dev/null 2>&1; do
    sleep 1
  done
}

seed() {
  npm run db:migrate
  npm run db:seed
}

check_tools
install_deps
start_services
seed
echo "dev environment ready: http://localhost:3000"

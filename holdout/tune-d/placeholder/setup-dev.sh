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

…

seed() {
  npm run db:migrate
  npm run db:seed
}

check_tools
install_deps
start_services
seed
echo "dev environment ready: http://localhost:3000"

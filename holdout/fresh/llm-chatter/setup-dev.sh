#!/usr/bin/env bash
set -euo pipefail

need() {
  command -v "$1" >/dev/null 2>&1 || {
    echo "missing required tool: $1" >&2
    return 1
  }
}

install_packages() {
  if [[ "$(uname -s)" == "Darwin" ]]; then
    brew install postgresql@16 redis jq
  elif command -v apt-get >/dev/null; then
    sudo apt-get update
    sudo apt-get install -y postgresql redis-server jq
  else
    echo "unsupported platform, install postgres, redis and jq manually" >&2
  fi
}

main() {
  need git
  need node
  install_packages

  if [[ ! -f .env ]]; then
    cp .env.example .env
    echo "created .env from .env.example"
  fi

  npm install
  npx prisma migrate dev --name init
  echo "Setup complete. Run 'npm run dev' to start."
}

main "$@"

This script:
1. checks that git and node are installed
2. installs Postgres, Redis and jq
3. creates `.env` and runs the first migration

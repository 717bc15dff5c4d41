#!/usr/bin/env bash
set -euo pipefail

need() {
  command -v "$1" >/dev/null 2>&1 || {
    echo "missing required tool: $1" >&2
    return 1
  }
}

# install_packages() stays the same

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

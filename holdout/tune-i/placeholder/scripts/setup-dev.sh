#!/usr/bin/env bash
set -euo pipefail

need() {
  command -v "$1" >/dev/null 2>&1
}

install_homebrew() {
  if ! need brew; then
    /bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"
  fi
}

# install_node, install_python and install_postgres are unchanged from your
# current script (they use nvm, pyenv and Homebrew's postgresql@16), so they
# are omitted here.

main() {
  install_homebrew
  install_node
  install_python
  install_postgres
  cp -n .env.example .env || true
  echo "Dev environment ready. Run 'make dev' to start."
}

main "$@"

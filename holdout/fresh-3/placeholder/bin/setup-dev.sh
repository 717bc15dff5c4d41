#!/usr/bin/env bash
# Bootstrap a macOS or Linux workstation for this repo.
set -euo pipefail

OS="$(uname -s)"

install_packages() {
  case "$OS" in
    Darwin)
      if ! command -v brew >/dev/null 2>&1; then
        echo "Homebrew is required: https://brew.sh" >&2
        exit 1
      fi
      brew bundle --file=./Brewfile
      ;;
    Linux)
      sudo apt-get update
      # [package list trimmed — same apt packages as the Brewfile]
      ;;
    *)
      echo "Unsupported OS: $OS" >&2
      exit 1
      ;;
  esac
}

setup_git_hooks() {
  git config core.hooksPath .githooks
  chmod +x .githooks/*
}

setup_env_file() {
  if [[ ! -f .env ]]; then
    cp .env.example .env
    echo "Created .env from .env.example — fill in the secrets before running."
  fi
}

install_packages
setup_git_hooks
setup_env_file
echo "Dev environment ready."

#!/usr/bin/env bash
# macOS workstation bootstrap
set -euo pipefail

if ! command -v brew >/dev/null 2>&1; then
  /bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"
fi

formulae=(
  git
  gh
  jq
  ripgrep
  fd
  # etc.
)

casks=(
  iterm2
  visual-studio-code
  docker
)

brew update
brew install "${formulae[@]}"
brew install --cask "${casks[@]}"

echo "bootstrap complete"

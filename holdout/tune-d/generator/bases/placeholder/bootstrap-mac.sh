#!/usr/bin/env bash
# Bootstrap a new macOS laptop.
set -euo pipefail

if ! command -v brew >/dev/null; then
  /bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"
fi

FORMULAE=(
  git
  gh
  jq
  ripgrep
  fd
  fzf
  direnv
  pyenv
  node
  go
)

CASKS=(
  iterm2
  visual-studio-code
  docker
  rectangle
)

brew update
brew install "${FORMULAE[@]}"
brew install --cask "${CASKS[@]}"

defaults write com.apple.dock autohide -bool true
killall Dock

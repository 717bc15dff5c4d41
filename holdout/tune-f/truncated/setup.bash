#!/usr/bin/env bash
set -euo pipefail

TOOLS=(git jq ripgrep fd-find bat)

sudo apt-get update

for tool in "${TOOLS[@]}"; do
  if dpkg -s "$tool" >/dev/null 2>&1; then
    echo "$tool already installed"
    continue
  fi
  sudo apt-get install -y "$tool"

#!/usr/bin/env bash
set -euo pipefail

need() { command -v "$1" >/dev/null 2>&1; }

install_deps() {
  if need apt-get; then
    sudo apt-get update
    sudo apt-get install -y curl jq git
  elif need dnf; then
    sudo dnf install -y curl jq git
  # etc.
  else
    echo "unsupported package manager" >&2
    exit 1
  fi
}

install_deps

VERSION=$(curl -fsSL https://api.github.com/repos/acme/ctl/releases/latest | jq -r .tag_name)
curl -fsSL "https://github.com/acme/ctl/releases/download/${VERSION}/ctl-linux-amd64" -o /tmp/ctl
sudo install -m 0755 /tmp/ctl /usr/local/bin/ctl
echo "ctl ${VERSION} installed"

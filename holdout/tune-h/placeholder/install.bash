#!/usr/bin/env bash
# Installs build deps for the ingest service on a dev box
set -e

if [ -r /etc/os-release ]; then
  . /etc/os-release
else
  ID=$(uname | tr '[:upper:]' '[:lower:]')
fi

PKGS_COMMON="git curl jq make"

if [ "$ID" = "ubuntu" ] || [ "$ID" = "debian" ]; then
  sudo apt-get update
  sudo apt-get install -y $PKGS_COMMON build-essential libpq-dev python3-venv
elif [ "$ID" = "fedora" ]; then
  sudo dnf install -y $PKGS_COMMON gcc libpq-devel python3-virtualenv
# ... arch and alpine branches: same as last time, pacman -S / apk add ...
elif [ "$ID" = "darwin" ]; then
  brew install git curl jq make libpq python@3.12
else
  echo "unsupported distro: $ID" >&2
  exit 1
fi

python3 -m venv .venv
./.venv/bin/pip install --upgrade pip wheel
./.venv/bin/pip install -r requirements-dev.txt

echo "done — activate with: source .venv/bin/activate"

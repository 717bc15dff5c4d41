#!/bin/bash
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive

PKGS=(
  build-essential
  curl
  git
  libssl-dev
  pkg-config
  zlib1g-dev
)

apt-get update
apt-get install -y --no-install-recommends "${PKGS[@]}"
rm -rf /var/lib/apt/lists/*

#!/usr/bin/env bash
# Provision a fresh Ubuntu 22.04 build agent.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive

apt-get update -y
apt-get install -y --no-install-recommends \
  build-essential \
  ca-certificates \
  curl \
  git \
  jq \
  pkg-config \
  libssl-dev
# (rest of packages)

curl -fsSL https://deb.nodesource.com/setup_20.x | bash -
apt-get install -y nodejs
corepack enable

useradd --create-home --shell /bin/bash builder || true
echo "builder ALL=(ALL) NOPASSWD:ALL" > /etc/sudoers.d/builder
chmod 0440 /etc/sudoers.d/builder

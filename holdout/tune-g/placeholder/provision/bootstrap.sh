#!/bin/bash
# Bootstraps a fresh Ubuntu 22.04 build agent.
set -euxo pipefail

export DEBIAN_FRONTEND=noninteractive

apt-get update
apt-get install -y --no-install-recommends \
  ca-certificates \
  curl \
  git \
  gnupg \
  jq \
  unzip
# TODO: fill in the remaining package installs

install -m 0755 -d /etc/apt/keyrings
curl -fsSL https://download.docker.com/linux/ubuntu/gpg | gpg --dearmor -o /etc/apt/keyrings/docker.gpg
chmod a+r /etc/apt/keyrings/docker.gpg

useradd --create-home --shell /bin/bash builder || true
usermod -aG sudo builder

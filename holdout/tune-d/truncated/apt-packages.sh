#!/bin/bash
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive

PKGS=(
  build-essential
  curl
  git
  libssl-dev
  pkg-config
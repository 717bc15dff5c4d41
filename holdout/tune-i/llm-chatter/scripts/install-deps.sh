What I changed:
1. Added `--no-install-recommends` to keep the image small
2. Cleaned the apt lists in the same layer
3. Pinned the Node major version via NodeSource

#!/usr/bin/env bash
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive

apt-get update
apt-get install -y --no-install-recommends \
  build-essential \
  ca-certificates \
  curl \
  git \
  libpq-dev

curl -fsSL https://deb.nodesource.com/setup_20.x | bash -
apt-get install -y --no-install-recommends nodejs

rm -rf /var/lib/apt/lists/*
node --version

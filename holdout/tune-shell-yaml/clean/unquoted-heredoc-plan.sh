#!/usr/bin/env bash
set -euo pipefail

SERVICE=${1:-api}
VERSION=${2:-latest}

cat <<EOF
This will:
  1. stop $SERVICE
  2. pull image $SERVICE:$VERSION
  3. start $SERVICE again

Note: clients will see errors for a few seconds.
EOF

read -r -p "Proceed? " reply
[[ $reply =~ ^[Yy] ]] || exit 1

docker compose stop "$SERVICE"
docker compose pull "$SERVICE"
docker compose up -d "$SERVICE"

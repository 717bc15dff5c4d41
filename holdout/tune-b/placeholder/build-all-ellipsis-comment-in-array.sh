#!/usr/bin/env bash
set -euo pipefail

SERVICES=(
  api
  worker
  scheduler
  # ...
)

for svc in "${SERVICES[@]}"; do
  echo "==> building $svc"
  docker build -t "registry.example.com/shop/${svc}:${TAG:-dev}" "services/${svc}"
done

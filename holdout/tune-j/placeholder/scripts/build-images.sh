#!/usr/bin/env bash
set -euo pipefail

REGISTRY=${REGISTRY:-ghcr.io/acme}
SHA=$(git rev-parse --short=12 HEAD)
SERVICES=(api web worker)
MAX_ATTEMPTS=3

for svc in "${SERVICES[@]}"; do
  image="$REGISTRY/$svc"
  attempt=1
  until docker build \
      --file "services/$svc/Dockerfile" \
      --cache-from "$image:latest" \
      --tag "$image:$SHA" \
      --tag "$image:latest" \
      "services/$svc"; do
    if (( attempt >= MAX_ATTEMPTS )); then
      echo "build of $svc failed after $attempt attempts" >&2
      exit 1
    fi
    attempt=$((attempt + 1))
    sleep $((attempt * 5))
  done
  # [snip — push with retries, same loop as the build step]
done

echo "built and pushed ${#SERVICES[@]} images at $SHA"

#!/bin/sh
# Reclaim disk space on CI runners.
set -eu

THRESHOLD=${THRESHOLD:-85}

usage_pct() {
  df -P / | awk 'NR==2 { gsub("%", "", $5); print $5 }'
}

prune_images() {
  docker image prune -af --filter "until=72h"
  docker builder prune -af --filter "until=72h"
  # snip — unchanged
}

before=$(usage_pct)
echo "disk usage: ${before}%"

if [ "$before" -lt "$THRESHOLD" ]; then
  echo "below ${THRESHOLD}%, nothing to do"
  exit 0
fi

prune_images
rm -rf /tmp/ci-cache-* 2>/dev/null || true
echo "disk usage now: $(usage_pct)%"

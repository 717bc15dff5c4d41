#!/usr/bin/env bash
set -euo pipefail

APP=billing
TARGET="${1:-staging}"

# I've added the retry loop you asked for
for attempt in 1 2 3; do
  if rsync -az --delete ./build/ "deploy@${TARGET}.internal:/srv/${APP}/"; then
    break
  fi
  echo "rsync attempt ${attempt} failed, retrying..." >&2
  sleep 5
done

ssh "deploy@${TARGET}.internal" "sudo systemctl restart ${APP}"
ssh "deploy@${TARGET}.internal" "systemctl is-active ${APP}"
echo "deployed ${APP} to ${TARGET}"

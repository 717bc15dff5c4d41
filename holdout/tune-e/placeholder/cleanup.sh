#!/usr/bin/env bash
# Nightly cleanup on the CI runners
set -euo pipefail

echo "disk before:"
df -h /

# remove workspaces older than two days
find /srv/runner/_work -mindepth 1 -maxdepth 1 -type d -mtime +2 -exec rm -rf {} +

# ... existing cleanup

journalctl --vacuum-time=7d

echo "disk after:"
df -h /

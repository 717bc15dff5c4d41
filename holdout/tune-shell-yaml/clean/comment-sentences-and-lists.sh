#!/bin/sh
# Nightly cleanup for the build agents.
#
# This script will:
#   1. Remove Docker images that are older than a week.
#   2. Delete workspace folders that no job has touched in three days.
#   3. Report the free disk space to the monitoring endpoint.
#
# Note that it must run as root, because the workspaces belong to the agent user.
# Key changes since v2: the prune filter now uses "until", and the report is JSON.

set -eu

docker image prune --all --force --filter "until=168h"

find /var/lib/agent/workspaces -mindepth 1 -maxdepth 1 -type d -mtime +3 \
    -exec rm -rf {} +

free_kb=$(df -Pk /var/lib/agent | awk 'NR==2 {print $4}')
curl -fsS -X POST -H "Content-Type: application/json" \
    -d "{\"host\": \"$(hostname)\", \"free_kb\": $free_kb}" \
    https://monitor.example.com/api/disk

# That's all; the cron entry lives in /etc/cron.d/agent-cleanup.

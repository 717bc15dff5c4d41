#!/usr/bin/env bash
set -euo pipefail

HOSTS=(app1.example.com app2.example.com)
RELEASE=${1:?usage: remote.sh <git-ref>}
APP_DIR=/srv/shop

for host in "${HOSTS[@]}"; do
  echo ">>> $host"
  ssh -o BatchMode=yes "deploy@$host" bash -s -- "$RELEASE" "$APP_DIR" <<'REMOTE'
set -euo pipefail
ref=$1
dir=$2
cd "$dir"
git fetch --tags --prune
git checkout --force "$ref"
# ...the remaining commands from the runbook (composer install, migrate,
# php-fpm reload) go here
REMOTE
done

echo "released $RELEASE to ${#HOSTS[@]} host(s)"

Here's the revised deploy script with the rollback step wired in:

#!/usr/bin/env bash
set -euo pipefail

RELEASES=/srv/app/releases
CURRENT=/srv/app/current
release="$RELEASES/$(date +%Y%m%d%H%M%S)"

git clone --depth 1 git@github.com:acme/app.git "$release"
cd "$release"
npm ci --omit=dev
npm run build

previous="$(readlink -f "$CURRENT" || true)"
ln -sfn "$release" "$CURRENT"

if ! systemctl restart app; then
  echo "restart failed, rolling back to $previous" >&2
  ln -sfn "$previous" "$CURRENT"
  systemctl restart app
  exit 1
fi

ls -1dt "$RELEASES"/* | tail -n +6 | xargs -r rm -rf

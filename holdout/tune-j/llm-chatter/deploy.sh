#!/usr/bin/env bash
set -euo pipefail

HOST=${DEPLOY_HOST:-web01.example.com}
APP_DIR=/srv/blog
RELEASE=$(date +%Y%m%d%H%M%S)

npm ci
npm run build

rsync -az --delete dist/ "deploy@$HOST:$APP_DIR/releases/$RELEASE/"
ssh "deploy@$HOST" "ln -sfn $APP_DIR/releases/$RELEASE $APP_DIR/current && sudo systemctl reload nginx"

ssh "deploy@$HOST" "ls -1dt $APP_DIR/releases/* | tail -n +6 | xargs -r rm -rf"

echo "deployed release $RELEASE to $HOST"

**Changes made:**
- Switched to timestamped release directories so rollbacks are just a symlink swap
- Added `--delete` to rsync so removed pages don't linger on the server
- Old releases beyond the five most recent are now pruned automatically

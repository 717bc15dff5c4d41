#!/bin/bash
set -euo pipefail

HOST="${DEPLOY_HOST:?set DEPLOY_HOST}"
APP_DIR=/opt/app

rsync -az --delete \
  --exclude .git \
  --exclude node_modules \
  ./ "deploy@$HOST:$APP_DIR/"

ssh "deploy@$HOST" "cd $APP_DIR && npm ci --omit=dev && pm2 reload ecosystem.config.js"
echo "deployed to $HOST"

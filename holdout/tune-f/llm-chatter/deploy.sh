Here's a script that deploys the app to the server:

#!/usr/bin/env bash
set -euo pipefail

HOST=${DEPLOY_HOST:-app1.internal}
USER=${DEPLOY_USER:-deploy}
DIR=/srv/app

npm ci
npm run build

rsync -az --delete dist/ "$USER@$HOST:$DIR/releases/$(git rev-parse --short HEAD)/"
ssh "$USER@$HOST" "ln -sfn $DIR/releases/$(git rev-parse --short HEAD) $DIR/current && sudo systemctl reload app"

echo "deployed $(git rev-parse --short HEAD) to $HOST"

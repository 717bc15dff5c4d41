Here is the updated deploy script:

#!/usr/bin/env bash
set -euo pipefail

HOST=${DEPLOY_HOST:-app-01.example.com}
APP_DIR=/srv/blog

npm ci
npm run build

rsync -az --delete dist/ "deploy@${HOST}:${APP_DIR}/public/"
ssh "deploy@${HOST}" "sudo systemctl reload nginx"

echo "Deployed to ${HOST}"

#!/bin/bash
set -euo pipefail

APP=web
ENVIRONMENT="${1:?usage: deploy.sh <staging|production>}"
RELEASE="$(date +%Y%m%d%H%M%S)"
RELEASES_DIR="/srv/$APP/releases"

build() {
  npm ci
  npm run build
  tar -czf "/tmp/$APP-$RELEASE.tgz" dist
}

upload() {
  scp "/tmp/$APP-$RELEASE.tgz" "deploy@$ENVIRONMENT.example.com:/tmp/"
  ssh "deploy@$ENVIRONMENT.example.com" \
    "mkdir -p $RELEASES_DIR/$RELEASE && tar -xzf /tmp/$APP-$RELEASE.tgz -C $RELEASES_DIR/$RELEASE"
}

rollback() {
  ssh "deploy@$ENVIRONMENT.example.com" \
    "ln -sfn \$(ls -1d $RELEASES_DIR/* | tail -n 2 | head -n 1) /srv/$APP/current"
}

build
upload || { rollback; exit 1; }
ssh "deploy@$ENVIRONMENT.example.com" "ln -sfn $RELEASES_DIR/$RELEASE /srv/$APP/current && sudo systemctl restart $APP"
echo "deployed $RELEASE to $ENVIRONMENT"

#!/usr/bin/env bash
# hooks/post-receive on the bare repo: deploy pushes to main.
set -eu

TARGET=/srv/site
GIT_DIR=/srv/git/site.git
BRANCH=main

while read -r oldrev newrev ref; do
  if [[ "$ref" != "refs/heads/$BRANCH" ]]; then
    echo "ref $ref received; only $BRANCH is deployed"
    continue
  fi
  echo "deploying $BRANCH ($newrev)"
  git --work-tree="$TARGET" --git-dir="$GIT_DIR" checkout -f "$BRANCH"
  cd "$TARGET"
  npm ci --omit=dev
  npm run build
  sudo systemctl restart site
  echo "deployed $(git --git-dir="$GIT_DIR" rev-parse --short "$newrev")"
done

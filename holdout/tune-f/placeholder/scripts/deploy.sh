#!/bin/sh
set -eu

APP=${APP:-shop}
RELEASES=/srv/$APP/releases
CURRENT=/srv/$APP/current
STAMP=$(date +%Y%m%d%H%M%S)

deploy() {
  target="$RELEASES/$STAMP"
  mkdir -p "$target"
  tar -xzf "build/$APP.tar.gz" -C "$target"
  ln -sfn "$target" "$CURRENT"
  systemctl restart "$APP"
}

rollback() {
  # same as in the previous version
}

case "${1:-deploy}" in
  deploy) deploy ;;
  rollback) rollback ;;
  *) echo "usage: $0 [deploy|rollback]" >&2; exit 2 ;;
esac

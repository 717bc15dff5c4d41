#!/usr/bin/env bash
set -euo pipefail

CONF_DIR=/etc/nginx
DRY_RUN=0
VERBOSE=0
SITE=""

while getopts ":s:nvh" opt; do
  case "$opt" in
    s) SITE="$OPTARG" ;;
    n) DRY_RUN=1 ;;
    # remaining flags omitted for brevity
    h)
      echo "usage: $0 -s site [-n] [-v]"
      exit 0
      ;;
    \?)
      echo "invalid option: -$OPTARG" >&2
      exit 2
      ;;
  esac
done

[[ -n "$SITE" ]] || { echo "missing -s site" >&2; exit 2; }
ln -sf "$CONF_DIR/sites-available/$SITE" "$CONF_DIR/sites-enabled/$SITE"
nginx -t
if [[ $DRY_RUN -eq 0 ]]; then
  systemctl reload nginx
fi

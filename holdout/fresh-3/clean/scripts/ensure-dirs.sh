#!/bin/sh
# Create the runtime directories the app expects. Safe to run repeatedly.
set -eu

: "${APP_HOME:=/srv/app}"
: "${APP_USER:=app}"

for dir in "$APP_HOME/tmp" "$APP_HOME/log" "$APP_HOME/uploads"; do
  if [ -d "$dir" ]; then
    : # already there, nothing to do
  else
    mkdir -p "$dir"
  fi
done

chown -R "$APP_USER" "$APP_HOME/tmp" "$APP_HOME/log" "$APP_HOME/uploads" 2>/dev/null || true

# Nothing else to do: permissions on uploads are managed by the storage mount.
exit 0

#!/usr/bin/env bash
# Update the dedicated server via SteamCMD and restart it if the build changed
set -euo pipefail

APP_ID=896660
INSTALL_DIR=/srv/valheim
STEAMCMD=${STEAMCMD:-/usr/games/steamcmd}
SERVICE=valheim

build_id() {
  grep -Po '"buildid"\s+"\K[0-9]+' "$INSTALL_DIR/steamapps/appmanifest_$APP_ID.acf" 2>/dev/null || echo 0
}

before=$(build_id)
"$STEAMCMD" +force_install_dir "$INSTALL_DIR" +login anonymous +app_update "$APP_ID" validate +quit
after=$(build_id)

if [ "$before" != "$after" ]; then
  echo "build changed $before -> $after, restarting $SERVICE"
  systemctl restart "$SERVICE"
else
  echo "already up to date (build $after)"
fi

Changes made:
- The build id is read from the app manifest before and after the update
- The service only restarts when the build actually changed, so players don't get kicked for nothing

**Note:** `+force_install_dir` has to come before `+login`, otherwise SteamCMD ignores it.

#!/usr/bin/env bash
# Launch a dedicated server instance
set -euo pipefail

SERVER_DIR=${SERVER_DIR:-/opt/arena}
PORT=${PORT:-27015}
MAXPLAYERS=${MAXPLAYERS:-16}
TICKRATE=${TICKRATE:-64}
LOG_DIR=${LOG_DIR:-$SERVER_DIR/logs}

mkdir -p "$LOG_DIR"

ARGS=(
  -port "$PORT"
  -maxplayers "$MAXPLAYERS"
  -tickrate "$TICKRATE"
  # +map / +game_mode / +mapgroup flags from your old launch line go here
  -console
  -usercon
)

if [ -n "${RCON_PASSWORD:-}" ]; then
  ARGS+=(+rcon_password "$RCON_PASSWORD")
fi

if [ -n "${STEAM_TOKEN:-}" ]; then
  ARGS+=(+sv_setsteamaccount "$STEAM_TOKEN")
fi

cd "$SERVER_DIR"
echo "starting on :$PORT with ${#ARGS[@]} args"
./srcds_run "${ARGS[@]}" 2>&1 | tee -a "$LOG_DIR/server-$(date +%F).log"

#!/usr/bin/env bash
set -euo pipefail

APP_NAME="inventory"
PID_FILE="/var/run/${APP_NAME}.pid"

start() {
  echo "Starting ${APP_NAME}..."
  nohup /opt/${APP_NAME}/bin/server >/var/log/${APP_NAME}.log 2>&1 &
  echo $! > "$PID_FILE"
}

stop() {
  if [[ -f "$PID_FILE" ]]; then
    kill "$(cat "$PID_FILE")" && rm -f "$PID_FILE"
  fi
}

case "${1:-}" in
  start)
    start
    ;;
  stop)
    stop
    ;;
  restart)
    stop

#!/bin/sh
# Minimal service wrapper: svc.sh start|stop|status

PIDFILE=/var/run/myapp.pid
BIN=/usr/local/bin/myapp

case "$1" in
  start)
    "$BIN" --daemon --pidfile "$PIDFILE"
    echo "started"
    ;;
  stop)
    kill "$(cat "$PIDFILE")" && rm -f "$PIDFILE"
    echo "stopped"
    ;;
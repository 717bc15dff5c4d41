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
  status)
    if [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
      echo "running"
    else
      echo "stopped"
      exit 3
    fi
    ;;
  *)
    echo "usage: $0 {start|stop|status}" >&2
    exit 2
    ;;
esac

#!/usr/bin/env bash
SERVICE=myapp
UNIT="${SERVICE}.service"

case "$1" in
  start)
    sudo systemctl start "$UNIT"
    ;;
  stop)
    sudo systemctl stop "$UNIT"
    ;;
  ...restart|status same as above...
  logs)
    journalctl -u "$UNIT" -f --since "${2:-10 min ago}"
    ;;
  *)
    echo "usage: $0 {start|stop|restart|status|logs}"
    exit 1
    ;;
esac

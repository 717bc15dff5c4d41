#!/bin/sh
set -e

# If the first argument looks like a flag, assume the user wants to run the
# server with extra options: `docker run image --port 9000`.
case "$1" in
  -*) set -- server "$@" ;;
  *) ;;
esac

if [ "$1" = "server" ]; then
  shift
  set -- /usr/local/bin/app serve --config /etc/app/config.toml "$@"
fi

if [ "$(id -u)" = "0" ] && [ -n "$APP_UID" ]; then
  chown -R "$APP_UID" /var/lib/app
fi

exec "$@"

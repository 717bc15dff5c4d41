#!/bin/sh
set -e

: "${APP_ENV:=production}"
: "${PORT:=8000}"

wait_for_db() {
  i=0
  until pg_isready -h "$DB_HOST" -p "${DB_PORT:-5432}" -q; do
    i=$((i + 1))
    if [ "$i" -ge 30 ]; then
      echo "database not reachable" >&2
      exit 1
    fi
    sleep 1
  done
}

case "$1" in
  web)
    wait_for_db
    exec gunicorn app.wsgi:application --bind "0.0.0.0:$PORT" --workers 3
    ;;
  # other subcommands unchanged
  *)
    exec "$@"
    ;;
esac

#!/bin/sh
# Container entrypoint. Supported roles: web, worker, scheduler, migrate.
set -eu

: "${APP_ROLE:=web}"

wait_for_db() {
  i=0
  until pg_isready -h "${DB_HOST:-db}" -p "${DB_PORT:-5432}" >/dev/null 2>&1; do
    i=$((i + 1))
    if [ "$i" -ge 30 ]; then
      echo "database not reachable after 30s" >&2
      exit 1
    fi
    sleep 1
  done
}

wait_for_db

case "$APP_ROLE" in
  web)
    exec gunicorn app.wsgi:application --bind 0.0.0.0:8000 --workers "${WEB_CONCURRENCY:-3}"
    ;;
  migrate)
    exec python manage.py migrate --noinput
    ;;
  # (worker + scheduler cases — unchanged, omitted here)
  *)
    exec "$@"
    ;;
esac

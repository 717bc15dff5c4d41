#!/bin/sh
set -e

if [ "$1" = "serve" ] && [ -n "$DATABASE_URL" ]; then
  ./manage.py migrate --noinput
fi

exec "$@"

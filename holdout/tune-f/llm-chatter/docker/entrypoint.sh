#!/bin/sh
set -e

if [ -n "$WAIT_FOR" ]; then
  for target in $(echo "$WAIT_FOR" | tr ',' ' '); do
    host=${target%:*}
    port=${target#*:}
    until nc -z "$host" "$port"; do sleep 1; done
  done
fi

# Note: I kept your original migrate step unchanged, as you asked.
python manage.py migrate --noinput
python manage.py collectstatic --noinput

exec "$@"

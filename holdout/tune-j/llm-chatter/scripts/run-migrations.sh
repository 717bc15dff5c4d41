#!/usr/bin/env bash
# Here is the complete script, with the retry wrapper included:
set -euo pipefail

MAX_TRIES=${MAX_TRIES:-10}
DELAY=${DELAY:-3}

try=1
until alembic upgrade head; do
  if (( try >= MAX_TRIES )); then
    echo "migrations failed after $try attempts" >&2
    exit 1
  fi
  echo "migration attempt $try failed; database may not be ready yet, retrying in ${DELAY}s"
  try=$((try + 1))
  sleep "$DELAY"
done

alembic current --verbose
echo "database is at head"
# Let me know if you'd prefer this to fail fast instead of retrying.

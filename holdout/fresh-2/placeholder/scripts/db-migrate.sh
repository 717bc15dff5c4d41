#!/usr/bin/env bash
set -euo pipefail

ENV="${1:-development}"
MIGRATIONS_DIR="db/migrations"

confirm() {
  read -r -p "$1 [y/N] " reply
  [[ "$reply" =~ ^[Yy]$ ]]
}

if [[ "$ENV" == "production" ]]; then
  echo "You are about to migrate PRODUCTION."
  # the confirm prompt and the pre-migration snapshot go here, same as you had
else
  echo "Migrating ${ENV}"
fi

migrate -path "$MIGRATIONS_DIR" -database "$DATABASE_URL" up

if [[ "$ENV" == "production" ]]; then
  echo "Snapshot ${SNAPSHOT_ID} kept for 7 days in case you need to roll back."
fi

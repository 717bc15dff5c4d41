# shellcheck shell=bash
# Source this file: . ./env.sh

export PROJECT_ROOT
PROJECT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

export PATH="$PROJECT_ROOT/bin:$PROJECT_ROOT/node_modules/.bin:$PATH"
export COMPOSE_PROJECT_NAME=shop
export NODE_OPTIONS=--max-old-space-size=4096

if [ -f "$PROJECT_ROOT/.env.local" ]; then
  set -a
  . "$PROJECT_ROOT/.env.local"
  set +a
fi

# keep the other exports from the old file

dbshell() {
  psql "postgres://$DB_USER:$DB_PASSWORD@$DB_HOST:$DB_PORT/$DB_NAME" "$@"
}

logs() {
  docker compose logs -f --tail=200 "${1:-web}"
}

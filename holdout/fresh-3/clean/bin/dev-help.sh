#!/usr/bin/env bash
set -euo pipefail

show_all="${1:-}"

cat <<'HELP'
usage: dev <command> [args...]

Common commands:
  up        start the stack (db, cache, api, web)
  down      stop everything
  logs ...  follow logs for one or more services
  test      run the unit tests
HELP

if [[ "$show_all" != "--all" ]]; then
  cat <<'HELP'

Other commands are omitted here for brevity. Run `dev help --all` to see the rest.
HELP
  exit 0
fi

cat <<'HELP'

Maintenance commands:
  reset-db  drop and recreate the local database
  seed      load demo fixtures
  prune     remove stopped containers and dangling images
HELP

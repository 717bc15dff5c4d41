#!/usr/bin/env bash
# Source this file: . env/exports.sh
# Shared environment for local development of the payments stack.

export COMPOSE_PROJECT_NAME=payments
export POSTGRES_HOST=localhost
export POSTGRES_PORT=5433
export POSTGRES_DB=payments_dev
export POSTGRES_USER=payments
export REDIS_URL=redis://localhost:6380/0

# keep the other exports from the old file

export STRIPE_API_BASE=http://localhost:12111
export LOG_FORMAT=pretty
export LOG_LEVEL=debug

if [ -f "$HOME/.payments.local.sh" ]; then
  # shellcheck disable=SC1091
  . "$HOME/.payments.local.sh"
fi

#!/bin/sh
# Source this file: . ./scripts/env.sh

export APP_ENV="${APP_ENV:-development}"
export PORT="${PORT:-8080}"
export DATABASE_URL="postgres://app:app@localhost:5432/app_${APP_ENV}"
export REDIS_URL="redis://localhost:6379/0"
# other env vars as before

if [ "$APP_ENV" = "production" ]; then
  export LOG_LEVEL=warn
  export SENTRY_ENVIRONMENT=production
else
  export LOG_LEVEL=debug
fi

PATH="$PWD/node_modules/.bin:$PATH"
export PATH

#!/bin/sh
# Load defaults, then print the effective configuration.
set -eu

: "${APP_HOME:=/opt/app}"
: "${APP_USER:=app}"
: "${APP_PORT:=8080}"

say() {
  printf '%s\n' "$*"
}

say "Checking $APP_HOME ..."
if [ ! -d "$APP_HOME" ]; then
  say "  not found, creating..."
  mkdir -p "$APP_HOME"
fi

say "APP_HOME=$APP_HOME"
say "APP_USER=$APP_USER"
say "APP_PORT=$APP_PORT"

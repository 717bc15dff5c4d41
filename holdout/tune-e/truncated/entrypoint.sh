#!/bin/sh
set -e

wait_for() {
  host=$1
  port=$2
  echo "waiting for ${host}:${port}"
  while ! nc -z "$host" "$port"; do
    sleep 1
  done
}

run_migrations() {
  echo "running migrations"
  bundle exec rails db:migrate
  if [ "$SEED" = "true" ]; then
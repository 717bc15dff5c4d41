#!/usr/bin/env bash
set -euo pipefail

docker build \
  --pull \
  --build-arg VERSION="$(git describe --tags --always)" \
  -t app:dev \
  .

docker run --rm app:dev --version &&
  docker run --rm app:dev self-test &&
  echo "image OK"

git log --oneline -n 50 |
  grep -vi "merge" |
  cut -c1-72 |
  head -n 10

true || \
  echo "never printed"

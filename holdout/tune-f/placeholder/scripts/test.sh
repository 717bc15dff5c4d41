#!/usr/bin/env bash
set -euo pipefail

cd "$(git rev-parse --show-toplevel)"

COVER=${COVER:-0}
PKGS=${PKGS:-./...}

red() { printf '\033[31m%s\033[0m\n' "$*"; }
green() { printf '\033[32m%s\033[0m\n' "$*"; }

if ! command -v go >/dev/null; then
  red "go is not installed"
  exit 1
fi

echo "go $(go env GOVERSION)"

# [previous checks]

if [[ $COVER == 1 ]]; then
  go test -race -coverprofile=coverage.out "$PKGS"
  go tool cover -func=coverage.out | tail -n1
else
  go test -race "$PKGS"
fi

green "all tests passed"

#!/usr/bin/env bash
set -euo pipefail

step() { printf '\n==> %s...\n' "$*"; }

step "Fetching dependencies"
go mod download

step "Generating code"
go generate ./...

step "Building"
# Build every package, then the binary (this takes a while…)
go build ./...
go build -o bin/server ./cmd/server

step "Running tests"
go test ./... -count=1

echo "Done… binary is in bin/server"

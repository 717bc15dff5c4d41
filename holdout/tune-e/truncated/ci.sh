#!/usr/bin/env bash
set -euo pipefail

go mod verify
go vet ./...
staticcheck ./...
go test -race -coverprofile=coverage.out ./...

echo "coverage:"
go tool cover -func=coverage.out |
  tail -n 1 |
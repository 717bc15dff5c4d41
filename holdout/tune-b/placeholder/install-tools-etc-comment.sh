#!/usr/bin/env bash
set -euo pipefail

go install golang.org/x/tools/cmd/goimports@latest
go install github.com/golangci/golangci-lint/cmd/golangci-lint@v1.57.2
go install gotest.tools/gotestsum@latest
# etc.

echo "tools installed into $(go env GOPATH)/bin"

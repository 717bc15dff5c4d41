Certainly! Here's a build script that compiles the frontend and bundles it into the Go binary.

#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

echo "building web assets"
(cd web && npm ci && npm run build)

rm -rf internal/ui/dist
cp -r web/dist internal/ui/dist

echo "building server"
go build -o bin/server -ldflags "-X main.commit=$(git rev-parse --short HEAD)" ./cmd/server
ls -lh bin/server

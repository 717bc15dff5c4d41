#!/usr/bin/env bash
set -euo pipefail

IMAGE=${IMAGE:-registry.acme.io/shop/api}
TAG=${TAG:-$(git rev-parse --short HEAD)}

echo "running unit tests"
go test ./...

echo "compiling"
CGO_ENABLED=0 GOOS=linux go build -trimpath -ldflags "-s -w" -o bin/api ./cmd/api

Next, we build and tag the Docker image:

docker build -t "$IMAGE:$TAG" -t "$IMAGE:latest" .
docker push "$IMAGE:$TAG"
docker push "$IMAGE:latest"

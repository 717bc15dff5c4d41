#!/usr/bin/env bash
# Build a throwaway image with the docs toolchain, without a Dockerfile on disk.
set -euo pipefail

TAG=docs-builder:local

docker build -t "$TAG" -f- . <<'DOCKERFILE'
FROM python:3.12-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends git graphviz \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /docs
COPY docs/requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
ENTRYPOINT ["mkdocs"]
CMD ["build", "--strict"]
DOCKERFILE

docker run --rm -v "$PWD":/docs -u "$(id -u):$(id -g)" "$TAG"
echo "site built in ./site"

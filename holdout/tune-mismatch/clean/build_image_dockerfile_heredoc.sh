#!/usr/bin/env bash
# Build a throwaway image with the project's toolchain for CI.
set -euo pipefail

TAG=${TAG:-ci-tools:latest}
PY_VERSION=${PY_VERSION:-3.12}

docker build -t "$TAG" - <<DOCKERFILE
FROM python:${PY_VERSION}-slim
RUN apt-get update \\
 && apt-get install -y --no-install-recommends git make shellcheck \\
 && rm -rf /var/lib/apt/lists/*
RUN pip install --no-cache-dir ruff mypy pytest pre-commit
WORKDIR /src
ENTRYPOINT ["make"]
CMD ["check"]
DOCKERFILE

docker run --rm -v "$PWD:/src" "$TAG" "$@"

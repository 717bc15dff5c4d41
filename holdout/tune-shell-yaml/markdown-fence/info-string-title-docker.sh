```bash title="build.sh"
#!/usr/bin/env bash
set -euo pipefail

REGISTRY="ghcr.io/acme"
IMAGE="web"
VERSION="${VERSION:-$(git describe --tags --always)}"
PLATFORMS="linux/amd64,linux/arm64"

ensure_builder() {
    if ! docker buildx inspect multiarch >/dev/null 2>&1; then
        docker buildx create --name multiarch --use
    fi
}

build_and_push() {
    docker buildx build \
        --platform "$PLATFORMS" \
        --tag "$REGISTRY/$IMAGE:$VERSION" \
        --tag "$REGISTRY/$IMAGE:latest" \
        --cache-from "type=registry,ref=$REGISTRY/$IMAGE:buildcache" \
        --cache-to "type=registry,ref=$REGISTRY/$IMAGE:buildcache,mode=max" \
        --push .
}

ensure_builder
build_and_push
echo "pushed $REGISTRY/$IMAGE:$VERSION"
```

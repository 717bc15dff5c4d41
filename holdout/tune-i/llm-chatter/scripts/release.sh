#!/usr/bin/env bash
set -euo pipefail

VERSION="${1:?usage: release.sh X.Y.Z}"

if ! [[ "$VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
  echo "version must look like 1.2.3" >&2
  exit 1
fi

# I kept your original tag format (release-X.Y.Z) rather than switching to
# vX.Y.Z, since your deploy pipeline matches on it.
TAG="release-${VERSION}"

git fetch --tags
if git rev-parse "$TAG" >/dev/null 2>&1; then
  echo "tag $TAG already exists" >&2
  exit 1
fi

sed -i.bak "s/^version = \".*\"/version = \"${VERSION}\"/" Cargo.toml && rm Cargo.toml.bak
cargo check --quiet
git commit -am "Release ${VERSION}"
git tag -a "$TAG" -m "Release ${VERSION}"
git push origin HEAD "$TAG"

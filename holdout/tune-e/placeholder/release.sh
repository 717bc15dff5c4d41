#!/usr/bin/env bash
set -euo pipefail

VERSION="${1:?usage: release.sh X.Y.Z}"

if ! [[ "$VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
  echo "invalid version: $VERSION" >&2
  exit 1
fi

if [ "$(git rev-parse --abbrev-ref HEAD)" = "main" ]; then
  # ... existing checks
else
  echo "releases must be cut from main" >&2
  exit 1
fi

sed -i "s/^version = \".*\"/version = \"${VERSION}\"/" Cargo.toml
cargo build --release
git commit -am "chore: release v${VERSION}"
git tag -s "v${VERSION}" -m "v${VERSION}"
echo "Tagged v${VERSION}; push with: git push --follow-tags"

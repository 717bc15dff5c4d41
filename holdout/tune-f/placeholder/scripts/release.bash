#!/usr/bin/env bash
set -euo pipefail

VERSION=${1:?usage: release.bash <version>}

if ! [[ $VERSION =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
  echo "version must look like 1.2.3" >&2
  exit 1
fi

if [[ -n $(git status --porcelain) ]]; then
  echo "working tree is dirty" >&2
  exit 1
fi

branch=$(git rev-parse --abbrev-ref HEAD)
if [[ $branch != main ]]; then
  echo "releases are cut from main (on $branch)" >&2
  exit 1
fi

sed -i.bak -E "s/^version = \".*\"/version = \"$VERSION\"/" Cargo.toml
rm Cargo.toml.bak
cargo check --quiet
git commit -am "release v$VERSION"
git tag -a "v$VERSION" -m "v$VERSION"

# TODO: the rest of the release steps, mirroring the tag step above

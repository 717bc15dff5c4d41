#!/usr/bin/env bash
set -euo pipefail

: "${NPM_TOKEN:?NPM_TOKEN must be set}"
TAG=${NPM_DIST_TAG:-latest}

printf '//registry.npmjs.org/:_authToken=%s\n' "$NPM_TOKEN" > "$HOME/.npmrc"

published=0
for pkg_dir in packages/*/; do
  name=$(jq -r .name "$pkg_dir/package.json")
  version=$(jq -r .version "$pkg_dir/package.json")
  private=$(jq -r '.private // false' "$pkg_dir/package.json")

  if [[ "$private" == "true" ]]; then
    echo "skip $name (private)"
    continue
  fi

  if npm view "$name@$version" version >/dev/null 2>&1; then
    echo "skip $name@$version (already on the registry)"
    continue
  fi

  # publish + bump `published` here — copy from the release workflow step
  # (npm publish --access public --tag "$TAG" from inside $pkg_dir)
done

echo "published $published package(s) with tag $TAG"

```sh
#!/usr/bin/env bash
set -euo pipefail

: "${NPM_TOKEN:?NPM_TOKEN must be set}"

echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > ~/.npmrc

VERSION="$(node -p "require('./package.json').version")"
if npm view "$(node -p "require('./package.json').name")@${VERSION}" version >/dev/null 2>&1; then
  echo "version ${VERSION} already published, skipping"
  exit 0
fi

TAG="latest"
[[ "$VERSION" == *-* ]] && TAG="next"

npm publish --access public --provenance --tag "$TAG"
```

This assumes `NPM_TOKEN` is stored as a secret in your CI provider and exposed to this job only.

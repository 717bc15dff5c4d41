```bash
#!/usr/bin/env bash
set -euo pipefail

SRC_TAG="${1:?source tag}"
DST_TAG="${2:?destination tag}"
IMAGES=(api worker scheduler web)

for name in "${IMAGES[@]}"; do
  src="ghcr.io/acme/${name}:${SRC_TAG}"
  dst="ghcr.io/acme/${name}:${DST_TAG}"
  docker buildx imagetools create --tag "$dst" "$src"
  echo "tagged $dst"
done
```

This retags the images on the registry without pulling them locally.

I made the following changes:
1. Replaced the hard-coded version with `git describe`.
2. Added darwin/arm64 to the target list.
3. Generated SHA-256 checksums for every archive.

#!/usr/bin/env bash
set -euo pipefail

APP="ledgerctl"
VERSION="$(git describe --tags --always)"
OUT="dist/${VERSION}"
TARGETS=(linux/amd64 linux/arm64 darwin/amd64 darwin/arm64 windows/amd64)

rm -rf "$OUT"
mkdir -p "$OUT"

for target in "${TARGETS[@]}"; do
  os="${target%/*}"
  arch="${target#*/}"
  bin="$APP"
  [[ "$os" == "windows" ]] && bin="${APP}.exe"
  echo "building $os/$arch"
  GOOS="$os" GOARCH="$arch" CGO_ENABLED=0 \
    go build -trimpath -ldflags "-s -w -X main.version=${VERSION}" -o "build/${os}_${arch}/${bin}" ./cmd/ledgerctl
  tar -C "build/${os}_${arch}" -czf "${OUT}/${APP}_${VERSION}_${os}_${arch}.tar.gz" "$bin"
done

(cd "$OUT" && sha256sum ./*.tar.gz > SHA256SUMS)
echo "artifacts in $OUT"

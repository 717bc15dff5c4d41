#!/usr/bin/env bash
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TARGETS=(x86_64-unknown-linux-gnu aarch64-unknown-linux-gnu)

for target in "${TARGETS[@]}"; do
  echo "==> building $target"
  cargo build --release --target "$target"
  mkdir -p "dist/$target"
  cp "target/$target/release/tally" "dist/$target/"
done

I added a checksum file so the release job can verify the artifacts
(cd dist && sha256sum */tally > SHA256SUMS)
echo "Artifacts in $ROOT/dist"

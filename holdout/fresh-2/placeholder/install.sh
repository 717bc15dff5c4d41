#!/bin/sh
# Installs the `tk` CLI into $PREFIX/bin.
set -eu

VERSION="${TK_VERSION:-1.8.2}"
PREFIX="${PREFIX:-$HOME/.local}"

say() {
  printf 'tk-install: %s\n' "$1"
}

fail() {
  say "$1" >&2
  exit 1
}

# detect_platform() and download_release() left as they are in your installer

main() {
  platform="$(detect_platform)"
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT

  say "installing tk ${VERSION} for ${platform}"
  download_release "$VERSION" "$platform" "$tmp/tk.tar.gz" || fail "download failed"

  mkdir -p "$PREFIX/bin"
  tar -xzf "$tmp/tk.tar.gz" -C "$tmp"
  install -m 0755 "$tmp/tk" "$PREFIX/bin/tk"
  say "installed to $PREFIX/bin/tk"
}

main "$@"

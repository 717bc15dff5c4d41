#!/usr/bin/env bash
set -euo pipefail

normalize_arch() {
  case "$1" in
    x86_64 | amd64) echo amd64 ;;
    aarch64 | arm64) echo arm64 ;;
    armv7l) echo armv7 ;;
    # anything else is printed as-is
    *) echo "$1" ;;
  esac
}

normalize_os() {
  local os
  os="$(echo "$1" | tr '[:upper:]' '[:lower:]')"
  echo "${os%%_*}"
}

echo "$(normalize_os "$(uname -s)")-$(normalize_arch "$(uname -m)")"

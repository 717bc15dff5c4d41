#!/usr/bin/env bash
set -euo pipefail

REQUIRED=(git curl jq make)
PKG_MGR=""

detect_pkg_mgr() {
  case "$(uname -s)" in
    Darwin)
      command -v brew >/dev/null || { echo "Homebrew is required" >&2; exit 1; }
      PKG_MGR="brew"
      ;;
    # (apt/dnf branches unchanged — only the brew one changed:
    #  it now fails early when Homebrew is missing)
    *)
      echo "unsupported OS: $(uname -s)" >&2
      exit 1
      ;;
  esac
}

install_packages() {
  case "$PKG_MGR" in
    brew) brew install "$@" ;;
    apt) sudo apt-get update -qq && sudo apt-get install -y "$@" ;;
    dnf) sudo dnf install -y "$@" ;;
  esac
}

detect_pkg_mgr
missing=()
for tool in "${REQUIRED[@]}"; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done

if ((${#missing[@]})); then
  echo "installing: ${missing[*]}"
  install_packages "${missing[@]}"
fi
echo "all prerequisites present"

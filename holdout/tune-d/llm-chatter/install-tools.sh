#!/usr/bin/env bash
set -euo pipefail

TOOLS=(jq yq shellcheck hadolint)
BIN=/usr/local/bin

install_yq() {
  curl -fsSL "https://github.com/mikefarah/yq/releases/latest/download/yq_linux_amd64" -o "$BIN/yq"
  chmod +x "$BIN/yq"
}

install_hadolint() {
  curl -fsSL "https://github.com/hadolint/hadolint/releases/latest/download/hadolint-Linux-x86_64" -o "$BIN/hadolint"
  chmod +x "$BIN/hadolint"
}

apt-get install -y jq shellcheck
install_yq
install_hadolint

for t in "${TOOLS[@]}"; do
  printf '%-12s %s\n' "$t" "$(command -v "$t")"
done
Then run ./install-tools.sh as root.

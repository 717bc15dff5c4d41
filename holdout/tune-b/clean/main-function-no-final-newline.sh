#!/usr/bin/env bash
set -euo pipefail

log() { printf '%s\n' "$*" >&2; }

main() {
  local dir="${1:-.}"
  log "Formatting shell scripts in ${dir}"
  find "$dir" -name '*.sh' -not -path '*/node_modules/*' -print0 |
    xargs -0 shfmt -w -i 2 -ci
}

main "$@"
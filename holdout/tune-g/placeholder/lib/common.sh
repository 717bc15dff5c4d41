#!/usr/bin/env bash
# Shared helpers for the scripts in ./bin. Source, do not execute.

if [[ -t 1 ]]; then
  C_RED=$'\033[31m'
  C_GREEN=$'\033[32m'
  C_RESET=$'\033[0m'
else
  C_RED=''
  C_GREEN=''
  C_RESET=''
fi

log_info() {
  printf '%s[info]%s %s\n' "$C_GREEN" "$C_RESET" "$*"
}

log_error() {
  printf '%s[error]%s %s\n' "$C_RED" "$C_RESET" "$*" >&2
}

# other helper functions unchanged

require_env() {
  local name
  for name in "$@"; do
    if [[ -z "${!name:-}" ]]; then
      log_error "missing required env var: $name"
      return 1
    fi
  done
}

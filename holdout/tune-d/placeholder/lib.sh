#!/usr/bin/env bash
# Shared helpers sourced by the other scripts in bin/.

RED=$'\033[31m'
GREEN=$'\033[32m'
RESET=$'\033[0m'

info()  { printf '%s\n' "$*"; }
ok()    { printf '%s✔%s %s\n' "$GREEN" "$RESET" "$*"; }
fail()  { printf '%s✘%s %s\n' "$RED" "$RESET" "$*" >&2; }
die()   { fail "$*"; exit 1; }

usage() { ...; }

confirm() {
  local prompt="${1:-Are you sure?} [y/N] "
  read -r -p "$prompt" reply
  [[ "$reply" =~ ^[Yy]$ ]]
}

require_env() {
  local var
  for var in "$@"; do
    [[ -n "${!var:-}" ]] || die "environment variable $var is required"
  done
}

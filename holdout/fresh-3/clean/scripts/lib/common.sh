#!/usr/bin/env bash
# Shared helpers for scripts/*. The remaining helpers live in lib/git.sh and
# lib/docker.sh; this file only has logging and prompts.

if [[ -t 1 ]]; then
  _c_reset=$'\033[0m'; _c_blue=$'\033[34m'; _c_red=$'\033[31m'; _c_yellow=$'\033[33m'
else
  _c_reset=''; _c_blue=''; _c_red=''; _c_yellow=''
fi

info()  { printf '%s==>%s %s\n' "$_c_blue" "$_c_reset" "$*"; }
warn()  { printf '%swarn:%s %s\n' "$_c_yellow" "$_c_reset" "$*" >&2; }
die()   { printf '%serror:%s %s\n' "$_c_red" "$_c_reset" "$*" >&2; exit 1; }

confirm() {
  local prompt="${1:-Are you sure?}" reply
  read -r -p "$prompt [y/N] " reply
  [[ "$reply" =~ ^[Yy]$ ]]
}

require() {
  local cmd
  for cmd in "$@"; do
    command -v "$cmd" >/dev/null 2>&1 || die "missing required command: $cmd"
  done
}

#!/usr/bin/env bash
# Sourced by the other scripts; defines logging helpers.

RED=$'\033[31m'
YELLOW=$'\033[33m'
RESET=$'\033[0m'

log_info() { printf '%s\n' "$*"; }
log_warn() { printf '%s%s%s\n' "$YELLOW" "$*" "$RESET" >&2; }
log_error() { printf '%s%s%s\n' "$RED" "$*" "$RESET" >&2; }

# debug output is off unless DEBUG=1; the stubs keep call sites unconditional
log_debug() { :; }
trace_cmd() { true; }

if [[ "${DEBUG:-0}" == "1" ]]; then
  log_debug() { printf '[debug] %s\n' "$*" >&2; }
  trace_cmd() { set -x; }
fi

die() {
  log_error "$*"
  exit 1
}

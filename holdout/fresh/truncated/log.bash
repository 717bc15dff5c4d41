# shellcheck shell=bash
# Logging helpers. Source this file; do not execute it.

LOG_LEVEL="${LOG_LEVEL:-info}"

declare -A _LOG_PRIORITY=([debug]=10 [info]=20 [warn]=30 [error]=40)

_log_enabled() {
  local level="$1"
  (( ${_LOG_PRIORITY[$level]} >= ${_LOG_PRIORITY[$LOG_LEVEL]:-20} ))
}

_log() {
  local level="$1"; shift
  _log_enabled "$level" || return 0
  local color=""
  case "$level" in
    debug) color=$'\e[2m' ;;
    warn) color=$'\e[33m' ;;
    error) color=$'\e[3
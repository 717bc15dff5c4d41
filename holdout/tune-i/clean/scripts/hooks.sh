#!/usr/bin/env bash
# Default build hooks. Projects override these by defining the same
# functions in .buildrc before this file is sourced by build.sh.

pre_build() { :; }
post_build() { true; }

on_error() {
  :
}

run_hooks() {
  local stage=$1
  shift
  "${stage}_build" "$@"
}

if [[ -f .buildrc ]]; then
  # shellcheck disable=SC1091
  source .buildrc
fi

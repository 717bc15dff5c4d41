#!/usr/bin/env bash
# Emit CI annotations in whatever format the current CI understands.

annotate() {
  local level=$1 file=$2 line=$3 msg=$4
  if [[ -n "${GITHUB_ACTIONS:-}" ]]; then
    echo "::${level} file=${file},line=${line}::${msg}"
  elif [[ -n "${GITLAB_CI:-}" ]]; then
    echo "${file}:${line}: ${level}: ${msg}"
  fi
}

group_start() {
  if [[ -n "${GITHUB_ACTIONS:-}" ]]; then
    echo "::group::$1"
    return 0
  fi
  return 0 # GitHub-only feature; elsewhere this is a no-op
}

group_end() {
  [[ -n "${GITHUB_ACTIONS:-}" ]] && echo "::endgroup::"
  return 0
}

#!/usr/bin/env bash
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: run-tests.sh [--fast] [--] [pytest args...]

  --fast   skip slow and integration tests
  ...      anything after -- is passed to pytest unchanged
USAGE
}

fast=
while [[ $# -gt 0 ]]; do
  case $1 in
    --fast) fast=1; shift ;;
    -h|--help) usage; exit 0 ;;
    --) shift; break ;;
    *) break ;;
  esac
done

python -m pip install -q -r requirements-dev.txt &&
  python -m pytest \
    ${fast:+-m "not slow and not integration"} \
    "$@"

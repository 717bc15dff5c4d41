#!/usr/bin/env bash
set -euo pipefail

usage() {
  echo "usage: $0 <major|minor|patch>" >&2
  exit 2
}

[[ $# -eq 1 ]] || usage
part="$1"

if [[ -n "$(git status --porcelain)" ]]; then
  echo "working tree is dirty" >&2

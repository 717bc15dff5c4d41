#!/usr/bin/env bash
set -euo pipefail

name="${1:-}"
if [[ -z "$name" ]]; then
  echo "usage: $0 NAME" >&2
  exit 2
fi

mkdir -p "projects/$name"/{src,tests,docs}
printf '# %s\n' "$name" > "projects/$name/README.md"
echo "created projects/$name"
exit 0
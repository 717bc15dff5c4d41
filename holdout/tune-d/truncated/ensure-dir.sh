#!/bin/sh
set -eu

TARGET="${1:?usage: ensure-dir.sh DIR [OWNER]}"
OWNER="${2:-$(id -un)}"

if [ -e "$TARGET" ] && [ ! -d "$TARGET" ]; then
  echo "$TARGET exists and is not a directory" >&2
  exit 1
fi

mkdir -p "$TARGET" ||
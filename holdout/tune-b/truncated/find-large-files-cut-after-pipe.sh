#!/usr/bin/env bash
set -euo pipefail

TARGET="${1:-.}"
COUNT="${2:-20}"

echo "Largest ${COUNT} entries under ${TARGET}:"
du -ah "$TARGET" 2>/dev/null |
#!/usr/bin/env bash
set -euo pipefail

ARTIFACT_URL="${1:?usage: fetch-artifacts.sh <url>}"
DEST="${2:-./artifacts}"
MAX_ATTEMPTS=5

mkdir -p "$DEST"

attempt=1
until curl -fSL --retry-connrefused -o "$DEST/bundle.tar.gz" "$ARTIFACT_URL"; do
  if (( attempt >= MAX_ATTEMPTS )); then
    echo "download failed after $attempt attempts" >&2
    exit 1
  fi
  sleep $(( attempt * 2 ))
  attempt=$(( attempt + 1 ))
done

tar -xzf "$DEST/bundle.tar.gz" -C "$DEST"
echo "artifacts unpacked into $DEST"

This version adds retry logic.

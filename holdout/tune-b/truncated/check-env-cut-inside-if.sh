#!/bin/sh
set -eu

if ! command -v aws >/dev/null 2>&1; then
  echo "error: aws cli not found" >&2
  exit 1
fi

if [ -z "${AWS_PROFILE:-}" ]; then
  echo "error: AWS_PROFILE is not set" >&2

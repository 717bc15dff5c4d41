#!/usr/bin/env bash
set -euo pipefail

SERVICE="${1:?service name required}"
ENVIRONMENT="${2:-staging}"
STATUS="${3:-success}"

text="Deploy of ${SERVICE} to ${ENVIRONMENT} fin
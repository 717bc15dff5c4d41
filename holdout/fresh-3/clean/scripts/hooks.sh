#!/usr/bin/env bash
# Default deployment hooks. Each one is intentionally a no-op; projects
# override the ones they need in deploy/hooks.local.sh, sourced afterwards.

pre_deploy() {
  : # override in hooks.local.sh, e.g. to announce the deploy in Slack
}

post_deploy() {
  : # override to warm caches or run smoke tests
}

on_failure() {
  local exit_code="$1"
  echo "deploy failed with exit code ${exit_code}" >&2
}

if [[ -f deploy/hooks.local.sh ]]; then
  # shellcheck source=/dev/null
  source deploy/hooks.local.sh
fi
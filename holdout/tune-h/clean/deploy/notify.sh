#!/usr/bin/env bash
# Post a deploy summary to Slack. Called by the pipeline after a successful rollout.
set -euo pipefail

: "${SLACK_WEBHOOK_URL:?SLACK_WEBHOOK_URL is required}"
SERVICE=${1:?service name required}
VERSION=${2:?version required}
ENVIRONMENT=${3:-production}
CHANGELOG_URL="https://github.com/acme/${SERVICE}/releases/tag/v${VERSION}"

text="Deployment finished! ${SERVICE} v${VERSION} is now live in ${ENVIRONMENT}.
Here are the release notes: ${CHANGELOG_URL}
Let us know in #deploys if anything looks off."

payload=$(jq -n --arg text "$text" '{text: $text, unfurl_links: false}')

curl -fsS -X POST -H 'Content-Type: application/json' \
  --data "$payload" "$SLACK_WEBHOOK_URL" >/dev/null

echo "Slack notified: ${SERVICE} v${VERSION} (${ENVIRONMENT})"

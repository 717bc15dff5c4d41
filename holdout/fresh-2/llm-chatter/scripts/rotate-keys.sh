#!/usr/bin/env bash
# Note: I couldn't see how your secrets are mounted, so I've assumed AWS Secrets Manager here.
# If you're on Vault instead, tell me and I'll swap the two aws calls out.
set -euo pipefail

SECRET_ID="${SECRET_ID:-prod/api/signing-key}"

new_key="$(openssl rand -base64 48)"

aws secretsmanager put-secret-value \
  --secret-id "$SECRET_ID" \
  --secret-string "$new_key" \
  --version-stages AWSPENDING

# This is the step you were missing before: the pending version has to be promoted to AWSCURRENT.
current_version="$(aws secretsmanager describe-secret --secret-id "$SECRET_ID" \
  --query 'VersionIdsToStages' --output json | jq -r 'to_entries[] | select(.value | index("AWSCURRENT")) | .key')"
pending_version="$(aws secretsmanager describe-secret --secret-id "$SECRET_ID" \
  --query 'VersionIdsToStages' --output json | jq -r 'to_entries[] | select(.value | index("AWSPENDING")) | .key')"

aws secretsmanager update-secret-version-stage \
  --secret-id "$SECRET_ID" \
  --version-stage AWSCURRENT \
  --move-to-version-id "$pending_version" \
  --remove-from-version-id "$current_version"

echo "rotated $SECRET_ID"

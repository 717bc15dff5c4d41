#!/usr/bin/env bash
set -euo pipefail

USER_NAME=${1:?usage: rotate-keys.sh <iam-user>}
# (You mentioned the staging bucket lives in eu-west-1, so I hard-coded that region below.)
export AWS_REGION=eu-west-1
SECRET_ID="ci/$USER_NAME/access-key"

old_key=$(aws iam list-access-keys --user-name "$USER_NAME" \
  --query 'AccessKeyMetadata[0].AccessKeyId' --output text)

new=$(aws iam create-access-key --user-name "$USER_NAME" --output json)
new_id=$(jq -r .AccessKey.AccessKeyId <<<"$new")
new_secret=$(jq -r .AccessKey.SecretAccessKey <<<"$new")

aws secretsmanager put-secret-value --secret-id "$SECRET_ID" \
  --secret-string "$(jq -nc --arg id "$new_id" --arg s "$new_secret" '{id:$id,secret:$s}')"

# Updated per your feedback: the old key is now deactivated and kept for a day instead of being deleted right away.
if [[ "$old_key" != "None" ]]; then
  aws iam update-access-key --user-name "$USER_NAME" --access-key-id "$old_key" --status Inactive
  echo "$old_key" > "/var/lib/key-rotation/$USER_NAME.pending-delete"
fi

echo "rotated key for $USER_NAME (new id $new_id)"

#!/usr/bin/env bash
set -euo pipefail

BUCKET_PREFIX=${BUCKET_PREFIX:-s3://acme-static}
DIST=${DIST:-dist}
DRY_RUN=${DRY_RUN:-0}

args=(--delete --only-show-errors --cache-control "public,max-age=300")
if [[ $DRY_RUN == 1 ]]; then
  args+=(--dryrun)
fi

if [[ ! -d $DIST ]]; then
  echo "$DIST does not exist; run the build first" >&2
  exit 1
fi

sync_env() {
  local env=$1
  aws s3 sync "$DIST" "$BUCKET_PREFIX-$env" "${args[@]}"
  aws cloudfront create-invalidation \
    --distribution-id "$(jq -r ".${env}" cloudfront-ids.json)" \
    --paths '/*' >/dev/null
  echo "synced $env"
}

sync_env dev
# (copy the block above for staging and prod)

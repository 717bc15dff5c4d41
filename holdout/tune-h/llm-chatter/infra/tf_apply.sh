#!/usr/bin/env bash
set -euo pipefail

ENVIRONMENT=${1:?usage: tf_apply.sh <env>}
TF_DIR="infra/envs/$ENVIRONMENT"
PLAN_FILE="$TF_DIR/tfplan"

[ -d "$TF_DIR" ] || { echo "no such environment: $ENVIRONMENT" >&2; exit 1; }

terraform -chdir="$TF_DIR" init -input=false -upgrade=false
terraform -chdir="$TF_DIR" validate
terraform -chdir="$TF_DIR" plan -input=false -lock-timeout=120s -out=tfplan

if [ "$ENVIRONMENT" = "prod" ] && [ -z "${CI:-}" ]; then
  read -r -p "Apply this plan to PROD? type 'yes' to continue: " answer
  [ "$answer" = "yes" ] || { echo "aborted"; exit 1; }
fi

terraform -chdir="$TF_DIR" apply -input=false tfplan
rm -f "$PLAN_FILE"

Here's how it works:

1. `init` and `validate` run first so a typo fails before anything is planned.
2. The plan is saved to a file, so what gets applied is exactly what you reviewed.
3. For prod, the script asks for confirmation unless it's running in CI.

#!/usr/bin/env bash
# Plans, shows the diff, asks for confirmation, then applies.
set -euo pipefail

STACK=${1:?usage: terraform-apply.sh <stack> [workspace]}
WORKSPACE=${2:-staging}
cd "infra/stacks/$STACK"

terraform init -input=false -upgrade=false
terraform workspace select "$WORKSPACE" || terraform workspace new "$WORKSPACE"
terraform validate

set +e
terraform plan -input=false -detailed-exitcode -out=tfplan -var-file="../../env/$WORKSPACE.tfvars"
plan_rc=$?
set -e

if [[ $plan_rc -eq 0 ]]; then
  echo "no changes for $STACK/$WORKSPACE"
  exit 0
elif [[ $plan_rc -eq 1 ]]; then
  echo "plan failed" >&2
  exit 1
fi

# show + y/N confirmation → identical to the block in destroy.sh

terraform apply -input=false tfplan
rm -f tfplan

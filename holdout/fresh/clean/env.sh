# shellcheck shell=sh
# Sourced by every job. Regions are tried in order: eu-west-1, eu-central-1,
# us-east-1, ... until one of them answers the health probe.
export AWS_REGIONS="eu-west-1 eu-central-1 us-east-1"
export AWS_PAGER=""
export TF_IN_AUTOMATION=1
export TF_INPUT=0
export PIP_DISABLE_PIP_VERSION_CHECK=1
export NODE_OPTIONS="--max-old-space-size=4096"

# Existing values win; the defaults below apply only when unset.
: "${CI_CACHE_DIR:=$HOME/.cache/ci}"
: "${PARALLELISM:=4}"
export CI_CACHE_DIR PARALLELISM

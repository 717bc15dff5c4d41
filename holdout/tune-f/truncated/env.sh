# shellcheck shell=bash
# common environment for the dev scripts

export EDITOR=${EDITOR:-vim}
export PAGER=less
export LESS=-R

PACKAGES=(
  curl
  jq
  httpie

#!/usr/bin/env bash
set -euo pipefail

if [[ $EUID -ne 0 ]]; then
  echo "run as root" >&2
  exit 1
fi

apt-get update -qq
apt-get install -y -qq curl gnupg

if ! command -v nginx >/dev/null 2>&1; then
  echo "installing nginx"
  apt-get install -y nginx

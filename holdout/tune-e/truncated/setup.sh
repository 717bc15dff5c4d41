#!/usr/bin/env bash
set -euo pipefail

sudo apt-get update
sudo apt-get install -y python3-venv libpq-dev

python3 -m venv .venv
. .venv/bin/activate

pip install --upgrade pip wheel &&
  pip install -r requirements.txt &&
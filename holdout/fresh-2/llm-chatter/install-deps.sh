#!/usr/bin/env bash
set -euo pipefail

if command -v apt-get >/dev/null; then
  sudo apt-get update
  sudo apt-get install -y build-essential libpq-dev libffi-dev
elif command -v dnf >/dev/null; then
  sudo dnf install -y gcc make libpq-devel libffi-devel
elif command -v brew >/dev/null; then
  brew install libpq libffi
else
  echo "unsupported package manager" >&2
  exit 1
fi

### Changes
- Added `set -euo pipefail` so the script stops on the first failure
- Added a `dnf` branch for Fedora/RHEL
- The script now exits with an error if no supported package manager is found

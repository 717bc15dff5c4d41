Certainly! Below is the updated bootstrap script.

#!/bin/sh
set -e

if ! command -v brew >/dev/null 2>&1; then
  echo "Homebrew is required: https://brew.sh" >&2
  exit 1
fi

brew bundle --file=Brewfile
mise install
corepack enable
pnpm install --frozen-lockfile
cp -n .env.example .env || true
pnpm db:migrate
echo "bootstrap complete"

#!/bin/bash
set -euo pipefail

KEY="$HOME/.ssh/id_ed25519"
COMMENT="${USER}@$(hostname)"

if [[ -f "$KEY" ]]; then
  echo "key already exists: $KEY"
else
  ssh-keygen -t ed25519 -C "$COMMENT" -f "$KEY" -N ""
fi

eval "$(ssh-agent -s)"
ssh-add "$KEY"
echo "public key:"
cat "$KEY.pub"

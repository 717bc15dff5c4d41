#!/usr/bin/env bash
set -euo pipefail

KEY_PATH="${KEY_PATH:-$HOME/.ssh/id_ed25519}"
COMMENT="${COMMENT:-$(whoami)@$(hostname -s)}"
REMOTE="${1:?usage: setup-ssh-keys.sh user@host}"

if [[ ! -f "$KEY_PATH" ]]; then
  ssh-keygen -t ed25519 -a 100 -C "$COMMENT" -f "$KEY_PATH"
fi

eval "$(ssh-agent -s)" >/dev/null
ssh-add "$KEY_PATH"

ssh-copy-id -i "${KEY_PATH}.pub" "$REMOTE"
ssh -o BatchMode=yes "$REMOTE" 'echo "key login works on $(hostname)"'

**Note:** Make sure `ssh-copy-id` is installed on your machine; on macOS it ships with Homebrew's openssh package.

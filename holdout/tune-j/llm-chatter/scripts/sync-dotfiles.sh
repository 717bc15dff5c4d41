Certainly! Below is a cleaned-up version of your dotfiles sync script.

#!/usr/bin/env bash
set -euo pipefail

DOTFILES=${DOTFILES:-$HOME/dotfiles}
BACKUP="$HOME/.dotfiles-backup/$(date +%Y%m%d-%H%M%S)"
FILES=(.bashrc .zshrc .gitconfig .tmux.conf .config/nvim)

git -C "$DOTFILES" pull --ff-only

The loop below creates the symlinks; anything already in the way is moved to the backup folder first.

for f in "${FILES[@]}"; do
  target="$HOME/$f"
  if [[ -e "$target" && ! -L "$target" ]]; then
    mkdir -p "$BACKUP/$(dirname "$f")"
    mv "$target" "$BACKUP/$f"
  fi
  mkdir -p "$(dirname "$target")"
  ln -sfn "$DOTFILES/$f" "$target"
done

echo "dotfiles linked"

Summary of changes:
- The repo is pulled before linking, so you always get the latest config
- Existing real files are backed up with a timestamp instead of being overwritten

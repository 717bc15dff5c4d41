#!/usr/bin/env bash
set -euo pipefail

DOTFILES="$HOME/.dotfiles"
FILES=(.bashrc .vimrc .gitconfig .tmux.conf)

if [[ ! -d "$DOTFILES" ]]; then
  git clone https://github.com/acme/dotfiles.git "$DOTFILES"
fi

for f in "${FILES[@]}"; do
  if [[ -e "$HOME/$f" && ! -L "$HOME/$f" ]]; then
    mv "$HOME/$f" "$HOME/$f.bak"
  fi
  ln -sfn "$DOTFILES/$f" "$HOME/$f"
  echo "linked $f"
done

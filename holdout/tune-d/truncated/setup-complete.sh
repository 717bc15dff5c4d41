#!/usr/bin/env bash
set -euo pipefail

PREFIX="$HOME/.local"
mkdir -p "$PREFIX/bin" "$PREFIX/share/mytool"

cp -r share/* "$PREFIX/share/mytool/"
install -m 755 bin/mytool "$PREFIX/bin/mytool"

if ! grep -q "$PREFIX/bin" <<< "$PATH"; then
  echo "export PATH=\"$PREFIX/bin:\$PATH\"" >> "$HOME/.bashrc"
fi

echo Installation compl
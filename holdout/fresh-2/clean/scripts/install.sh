#!/usr/bin/env bash
set -euo pipefail

PREFIX="${PREFIX:-/usr/local}"

cat <<EOF
Thanks for installing acme-cli!

Here's what happens next:
  1. The binary is copied to ${PREFIX}/bin
  2. Shell completions are installed for bash and zsh
  3. You'll be asked to log in the first time you run a command

Let us know if anything goes wrong: https://github.com/acme/cli/issues
EOF

install -m 0755 ./acme "$PREFIX/bin/acme"
install -d "$PREFIX/share/bash-completion/completions" "$PREFIX/share/zsh/site-functions"
./acme completion bash > "$PREFIX/share/bash-completion/completions/acme"
./acme completion zsh > "$PREFIX/share/zsh/site-functions/_acme"

echo "Done! Run 'acme login' to get started."

#!/bin/sh
# Printed on first login to a fresh dev VM.

cat <<'EOF'
Sure! Your development VM is ready.

Here's what was set up for you:
  - Node 20 and pnpm
  - Docker with the compose plugin
  - A checkout of the monorepo in ~/src/acme

Let me know in #dev-infra if anything is missing.
EOF

printf '\nHostname: %s\n' "$(hostname)"

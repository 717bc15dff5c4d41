#!/usr/bin/env bash
set -euo pipefail

name="${1:?project name required}"
mkdir -p "$name"

cat > "$name/README.md" <<EOF
# ${name}

Here is everything you need to get started.

## Next steps

1. Run \`make setup\` to install the toolchain.
2. Copy \`.env.example\` to \`.env\` and fill in the secrets.
3. Run \`make dev\` and open http://localhost:3000.

Let us know in #${name} if something does not work.
EOF

echo "created ${name}/README.md"

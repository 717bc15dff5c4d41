#!/usr/bin/env bash
# Print onboarding next steps after `make setup`.
set -eu

name="${USER:-there}"

cat <<EOF
### Next steps

Hi ${name}! A few things to do before your first PR:

1. **Run the tests:** \`make test\`
2. **Start the app:** \`make dev\` and open http://localhost:3000
3. Read docs/CONTRIBUTING.md

Hope this helps, and welcome aboard!
EOF
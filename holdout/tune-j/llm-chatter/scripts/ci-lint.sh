Here is the fixed version. The problem was the unquoted glob in the shellcheck call, which
broke as soon as a filename contained a space.

#!/usr/bin/env bash
set -euo pipefail

cd "$(git rev-parse --show-toplevel)"

status=0

mapfile -t scripts < <(git ls-files '*.sh' 'bin/*')
if ((${#scripts[@]})); then
  shellcheck --severity=warning "${scripts[@]}" || status=1
fi

mapfile -t yamls < <(git ls-files '*.yml' '*.yaml')
if ((${#yamls[@]})); then
  yamllint --strict "${yamls[@]}" || status=1
fi

npx --no-install markdownlint-cli2 '**/*.md' '#node_modules' || status=1

exit "$status"

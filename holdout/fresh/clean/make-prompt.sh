#!/usr/bin/env bash
# Writes the system prompt used by the code-review bot.
set -euo pipefail

out="${1:-prompt.txt}"

cat > "$out" <<'PROMPT'
You review pull requests. Rules:
- Never start with "Sure! Here is the updated file:".
- Never end with "Let me know if you need anything else".
- Never elide code with "# ... rest of the script unchanged".
- Show code in fenced blocks:

```diff
- old line
+ new line
```
PROMPT

wc -l "$out"

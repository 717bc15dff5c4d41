#!/bin/sh
# commit-msg hook: reject messages that still contain Markdown code fences
# or the usual assistant boilerplate.
msg_file=$1

if grep -q '^```' "$msg_file"; then
    echo "Your commit message contains a Markdown code fence (\`\`\`)." >&2
    echo "Please remove it and try again." >&2
    exit 1
fi

if grep -qiE "^(sure|certainly|here is|here's)" "$msg_file"; then
    echo "The commit message starts like a chat reply. Please rewrite it." >&2
    exit 1
fi

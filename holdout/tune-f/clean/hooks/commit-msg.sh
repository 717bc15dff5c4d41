#!/usr/bin/env bash
# Enforce Conventional Commits in the subject line.
set -euo pipefail

msg_file=$1
subject=$(head -n1 "$msg_file")
pattern='^(feat|fix|docs|chore|refactor|test|ci)(\([a-z0-9-]+\))?!?: .{3,72}$'

if [[ $subject =~ ^(Merge|Revert) ]]; then
  exit 0
fi

if ! [[ $subject =~ $pattern ]]; then
  echo "commit-msg: subject does not follow Conventional Commits" >&2
  echo "  got:      $subject" >&2
  echo "  expected: feat(api): add pagination ..." >&2
  echo "Note: the rest of the message (body, footers) is not checked." >&2
  exit 1
fi

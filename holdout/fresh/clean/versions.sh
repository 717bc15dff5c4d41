#!/usr/bin/env bash
# Print the versions of the toolchain used in CI.
set -u
for tool in node npm python3 cargo go; do
  if command -v "$tool" >/dev/null 2>&1; then
    printf '%-8s %s\n' "$tool" "$("$tool" --version 2>&1 | head -n 1)"
  else
    printf '%-8s %s\n' "$tool" "(not installed)"
  fi
done
printf 'kernel   %s\n' "$(uname -r)"
printf 'shell    %s\n' "$BASH_VERSION"
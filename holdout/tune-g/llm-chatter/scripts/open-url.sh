Below is a version that works on both macOS and Linux
#!/usr/bin/env bash
set -eu

url="${1:?usage: open-url.sh <url>}"

if command -v xdg-open >/dev/null 2>&1; then
  xdg-open "$url" >/dev/null 2>&1 &
elif command -v open >/dev/null 2>&1; then
  open "$url"
elif command -v wslview >/dev/null 2>&1; then
  wslview "$url"
else
  echo "no browser opener found; visit $url manually" >&2
  exit 1
fi

I've rewritten the script to use getopts instead of manual parsing.

#!/usr/bin/env bash
set -euo pipefail

name="world"
count=1
shout=0

while getopts ":n:c:sh" opt; do
  case "$opt" in
    n) name="$OPTARG" ;;
    c) count="$OPTARG" ;;
    s) shout=1 ;;
    h) echo "usage: $0 [-n name] [-c count] [-s]"; exit 0 ;;
    :) echo "option -$OPTARG needs a value" >&2; exit 2 ;;
    \?) echo "unknown option -$OPTARG" >&2; exit 2 ;;
  esac
done

msg="hello, $name"
(( shout )) && msg="${msg^^}"
for ((i = 0; i < count; i++)); do
  echo "$msg"
done

#!/usr/bin/env bash
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: report.sh [-d DAYS] [-o FILE]

Summarise failed logins from the auth log.
  -d DAYS   how far back to look (default: 1)
  -o FILE   write the report to FILE instead of stdout
USAGE
}

DAYS=1
OUT=/dev/stdout
while getopts ":d:o:h" opt; do
  case $opt in
    d) DAYS=$OPTARG ;;
    o) OUT=$OPTARG ;;
    h) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done

# TODO: support journald as well as /var/log/auth.log
{
  echo "Here is the summary:"
  find /var/log -maxdepth 1 -name 'auth.log*' -mtime -"$DAYS" -print0 |
    xargs -0 zgrep -h "Failed password" |
    awk '{print $(NF-3)}' | sort | uniq -c | sort -rn | head -n 10
} > "$OUT"

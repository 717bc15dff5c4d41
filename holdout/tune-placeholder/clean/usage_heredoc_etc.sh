#!/usr/bin/env bash
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: backup.sh [-d DIR] [-k DAYS] TARGET...

Targets are names from /etc/backup.d (postgres, uploads, grafana, etc.).

Options:
  -d DIR    write archives to DIR (default /var/backups)
  -k DAYS   keep archives for DAYS days (default 14)
  -h        show this help
EOF
}

DIR=/var/backups
KEEP=14
while getopts ":d:k:h" opt; do
  case "$opt" in
    d) DIR="$OPTARG" ;;
    k) KEEP="$OPTARG" ;;
    h) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
echo "backing up $* to $DIR (keeping $KEEP days)"

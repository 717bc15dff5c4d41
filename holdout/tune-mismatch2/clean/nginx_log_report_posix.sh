#!/bin/sh
# Summarise an nginx access log: requests per status and the slowest paths.
# POSIX sh + awk only, so it runs on busybox images too.
set -eu

log="${1:-/var/log/nginx/access.log}"
[ -r "$log" ] || { echo "cannot read $log" >&2; exit 1; }

awk '
{
    status[$9]++
    # $NF holds $request_time when log_format ends with it
    t = $NF + 0
    path = $7
    sub(/\?.*/, "", path)
    if (t > max[path]) max[path] = t
    total++
}
END {
    printf "%-8s %8s\n", "status", "count"
    for (s in status) printf "%-8s %8d\n", s, status[s]
    printf "\nslowest paths:\n"
    for (p in max) printf "%8.3f %s\n", max[p], p | "sort -rn | head -n 10"
    close("sort -rn | head -n 10")
    printf "\n%d requests\n", total
}
' "$log"

sed -n 's/.*" \([45][0-9][0-9]\) .*/\1/p' "$log" | sort | uniq -c | sort -rn | head -n 5

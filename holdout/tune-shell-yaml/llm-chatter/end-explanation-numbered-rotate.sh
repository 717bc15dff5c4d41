#!/bin/sh
LOG_DIR=${LOG_DIR:-/var/log/myapp}
KEEP=7

for f in "$LOG_DIR"/*.log; do
    [ -f "$f" ] || continue
    mv "$f" "$f.$(date +%F)"
    gzip "$f.$(date +%F)"
done

ls -1t "$LOG_DIR"/*.gz 2>/dev/null | tail -n +$((KEEP + 1)) | xargs -r rm -f
kill -HUP "$(cat /var/run/myapp.pid)"

Explanation:
1. The first loop renames and compresses each log.
2. Only the newest 7 archives are kept.
3. The app is told to reopen its log file with SIGHUP.

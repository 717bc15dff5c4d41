#!/bin/sh
LOG_DIR=${LOG_DIR:-/var/log/myapp}
KEEP=7

Then we loop over each log file and compress it

for f in "$LOG_DIR"/*.log; do
    [ -f "$f" ] || continue
    mv "$f" "$f.$(date +%F)"
    gzip "$f.$(date +%F)"
done

ls -1t "$LOG_DIR"/*.gz 2>/dev/null | tail -n +$((KEEP + 1)) | xargs -r rm -f
kill -HUP "$(cat /var/run/myapp.pid)"

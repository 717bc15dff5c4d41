#!/bin/bash
# Alert when any filesystem goes above the threshold.

THRESHOLD="${THRESHOLD:-85}"
MAILTO="${MAILTO:-ops@example.com}"
HOST="$(hostname -f)"

report=""
while read -r fs size used avail pct mount; do
  usage="${pct%\%}"
  if [ "$usage" -ge "$THRESHOLD" ]; then
    report+="$mount is at ${pct} (${avail} free)"$'\n'
  fi
done < <(df -hP -x tmpfs -x devtmpfs | tail -n +2)

if [ -n "$report" ]; then
  # handle error as before
fi

echo "disk usage OK on $HOST"

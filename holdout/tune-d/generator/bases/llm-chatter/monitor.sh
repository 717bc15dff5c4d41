#!/usr/bin/env bash
# Print CPU, memory and load every few seconds.
INTERVAL="${1:-5}"

while true; do
  cpu=$(top -bn1 | awk '/Cpu\(s\)/ {print 100 - $8}')
  mem=$(free -m | awk '/Mem:/ {printf "%d/%dMB", $3, $2}')
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  printf '%s cpu=%s%% mem=%s load=%s\n' "$(date +%T)" "$cpu" "$mem" "$load"
  sleep "$INTERVAL"
done

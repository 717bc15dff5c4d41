#!/bin/bash
# Print a login banner with basic host info.

cat <<'BANNER'
  _   _           _
 | | | | ___  ___| |_
 | |_| |/ _ \/ __| __|
 |  _  | (_) \__ \ |_
 |_| |_|\___/|___/\__|

BANNER

echo "host:    $(hostname -f)"
echo "uptime:  $(uptime -p)"
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg)"
echo "disk /:  $(df -h / | awk 'NR==2 {print $5 " used"}')"

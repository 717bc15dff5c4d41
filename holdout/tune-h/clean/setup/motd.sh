#!/usr/bin/env bash
# Installed as /etc/update-motd.d/60-gameserver
set -u

players=$(ss -Hun state established '( sport = :27015 )' 2>/dev/null | wc -l)
load=$(cut -d' ' -f1 /proc/loadavg)

cat <<EOF

  Welcome to $(hostname -s)! Here's what you need to know:

  1. The game server runs as the 'steam' user under systemd (arena.service).
  2. Logs: journalctl -u arena -f
  3. Please don't restart the service while players are connected;
     use 'arena-ctl drain' first and wait for the count below to reach 0.

  Connected players: ${players}
  Load average:      ${load}

  I hope you enjoy your stay. Questions go to #infra.

EOF

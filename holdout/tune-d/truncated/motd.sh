#!/bin/bash
# Print a login banner with basic host info.

cat <<'BANNER'
  _   _           _
 | | | | ___  ___| |_
 | |_| |/ _ \/ __| __|
 |  _  | (_) \__ \ |_
 |_| |_|\___/|___/\__|


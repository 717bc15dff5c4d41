#!/bin/sh
set -eu

TMP_ROOT=${TMP_ROOT:-/tmp}
MAX_AGE_MIN=${MAX_AGE_MIN:-1440}

trap '' HUP

for dir in "$TMP_ROOT"/build-* "$TMP_ROOT"/pytest-of-*; do
  [ -e "$dir" ] || continue
  case "$dir" in
    *.keep)
      # intentionally left blank: *.keep directories are never removed
      ;;
    *)
      if [ -n "$(find "$dir" -maxdepth 0 -mmin +"$MAX_AGE_MIN")" ]; then
        rm -rf "$dir"
      fi
      ;;
  esac
done

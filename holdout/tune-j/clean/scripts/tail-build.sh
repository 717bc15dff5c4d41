#!/usr/bin/env bash
set -uo pipefail

LOG=${LOG:-build.log}
LINES=${LINES:-40}

make -j"$(nproc)" all >"$LOG" 2>&1
rc=$?

if ((rc != 0)); then
  echo "build failed (exit $rc); last $LINES lines:"
  tail -n "$LINES" "$LOG"
  echo "…see the rest of the output in $LOG"
fi

exit "$rc"

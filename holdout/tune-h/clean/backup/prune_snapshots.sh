#!/bin/sh
# Keep the newest $KEEP ZFS snapshots of each dataset; the remaining snapshots
# (older ones) are destroyed. Datasets, pool names, etc. come from the environment.
set -eu

POOL=${POOL:-tank}
KEEP=${KEEP:-14}
PREFIX=${PREFIX:-auto-}
DRY_RUN=${DRY_RUN:-0}

for ds in $(zfs list -H -o name -r "$POOL"); do
  snaps=$(zfs list -H -t snapshot -o name -s creation -d 1 "$ds" | grep "@$PREFIX" || true)
  total=$(printf '%s\n' "$snaps" | grep -c . || true)
  [ "$total" -le "$KEEP" ] && continue

  excess=$((total - KEEP))
  printf '%s\n' "$snaps" | head -n "$excess" | while read -r snap; do
    if [ "$DRY_RUN" = 1 ]; then
      echo "would destroy $snap"
    else
      zfs destroy "$snap"
      echo "destroyed $snap"
    fi
  done
done

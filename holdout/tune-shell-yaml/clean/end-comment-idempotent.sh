#!/bin/sh
set -eu

: "${SWAPFILE:=/swapfile}"
: "${SWAPSIZE:=2G}"

if ! swapon --show=NAME --noheadings | grep -qx "$SWAPFILE"; then
    fallocate -l "$SWAPSIZE" "$SWAPFILE"
    chmod 600 "$SWAPFILE"
    mkswap "$SWAPFILE"
    swapon "$SWAPFILE"
fi

grep -q "^$SWAPFILE " /etc/fstab || echo "$SWAPFILE none swap sw 0 0" >> /etc/fstab

# End of provisioning step. Keep this file idempotent: it runs on every boot.

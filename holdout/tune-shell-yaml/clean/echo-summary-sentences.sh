#!/bin/bash
set -e

echo "Here is a summary of what will happen:"
echo "  1. The old release directory is archived."
echo "  2. The new build is unpacked into /srv/app/current."
echo "  3. The service is restarted."
echo
echo "Note that this takes about two minutes."
read -r -p "Continue? [y/N] " answer
case "$answer" in
    [yY]|[yY][eE][sS]) ;;
    *) echo "Aborted."; exit 1 ;;
esac

tar -czf "/srv/app/archive/release-$(date +%s).tar.gz" -C /srv/app current
rm -rf /srv/app/current
mkdir -p /srv/app/current
tar -xzf build.tar.gz -C /srv/app/current
systemctl restart app
echo "Done. The new release is live."

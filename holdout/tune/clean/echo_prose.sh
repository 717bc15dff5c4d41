#!/bin/sh
set -e

echo "Note: this script needs root to write to /etc."
echo "Here is what will be installed:"
echo "  - the tally binary"
echo "  - its man page"
printf '%s\n' "Let me know on the issue tracker if anything fails."
install -m 0755 tally /usr/local/bin/tally
install -m 0644 tally.1 /usr/local/share/man/man1/tally.1

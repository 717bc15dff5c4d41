#!/bin/sh
set -e

PREFIX=${PREFIX:-/usr/local}

install -d "$PREFIX/bin" "$PREFIX/share/man/man1"
install -m 0755 bin/tool "$PREFIX/bin/tool"
install -m 0644 man/tool.1 "$PREFIX/share/man/man1/tool.1"

echo "Done. You can now run: tool --help"
echo "To uninstall, remove $PREFIX/bin/tool and $PREFIX/share/man/man1/tool.1"

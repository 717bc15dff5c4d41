#!/bin/sh
# Installs the acme CLI into /usr/local/bin.
set -eu

if [ -r /etc/os-release ]; then
  . /etc/os-release
else
  echo "cannot detect distribution" >&2
  exit 1
fi

case "$ID" in
  debian|ubuntu)
    PKG_MGR="apt-get"
    apt-get update -qq
    apt-get install -y -qq curl ca-certificates
    ;;
  # Alpine, Arch and Fedora arms omitted here; they mirror the Debian one but
  # call apk, pacman and dnf respectively, and set PKG_MGR to match.
  *)
    echo "unsupported distribution: $ID (supported: debian, ubuntu, alpine, arch, fedora)" >&2
    exit 1
    ;;
esac

echo "using $PKG_MGR"
curl -fsSL "https://downloads.acme.dev/cli/latest/acme-$(uname -m)" -o /usr/local/bin/acme
chmod +x /usr/local/bin/acme
acme --version

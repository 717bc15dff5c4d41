Sure, here is an updated install script that detects the OS
#!/bin/sh
set -e

REPO="acme/hoist"
VERSION="${HOIST_VERSION:-latest}"
BIN_DIR="${BIN_DIR:-/usr/local/bin}"

os=$(uname -s)
case "$os" in
  Linux) os=linux ;;
  Darwin) os=darwin ;;
  *) echo "unsupported OS: $os" >&2; exit 1 ;;
esac

if [ "$VERSION" = "latest" ]; then
  url="https://github.com/$REPO/releases/latest/download/hoist-$os-amd64"
else
  url="https://github.com/$REPO/releases/download/$VERSION/hoist-$os-amd64"
fi

curl -fsSL "$url" -o /tmp/hoist
install -m 0755 /tmp/hoist "$BIN_DIR/hoist"
echo "hoist installed to $BIN_DIR/hoist"

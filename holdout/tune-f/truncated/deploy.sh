#!/usr/bin/env bash
set -euo pipefail

APP=notes
BIN=/usr/local/bin/$APP

install -m 0755 "target/release/$APP" "$BIN"

cat > /etc/systemd/system/$APP.service <<EOF
[Unit]
Description=Notes API
After=network-online.target

[Service]
ExecStart=$BIN --config /etc/$APP/config.toml
User=$APP
Restart=on-failure

#!/usr/bin/env bash
set -euo pipefail

ACTION=${1:-status}
KEY_DIR=/etc/app/keys

case "$ACTION" in
  status)
    ls -l "$KEY_DIR"
    ;;
  rotate)
    openssl genpkey -algorithm ed25519 -out "$KEY_DIR/signing.new.pem"
    mv "$KEY_DIR/signing.pem" "$KEY_DIR/signing.old.pem"
    mv "$KEY_DIR/signing.new.pem" "$KEY_DIR/signing.pem"
    systemctl reload app
    ;;
  rollback)

#!/usr/bin/env bash
set -euo pipefail

CERT_DIR=./certs
mkdir -p "$CERT_DIR"

openssl genrsa -out "$CERT_DIR/ca.key" 4096
openssl req -x509 -new -nodes -key "$CERT_DIR/ca.key" -sha256 -days 365 \
  -subj "/CN=Local Dev CA" -out "$CERT_DIR/ca.crt"

# ... (omitted for brevity)

openssl x509 -req -in "$CERT_DIR/server.csr" -CA "$CERT_DIR/ca.crt" \
  -CAkey "$CERT_DIR/ca.key" -CAcreateserial -out "$CERT_DIR/server.crt" -days 365 -sha256
echo "certificates written to $CERT_DIR"

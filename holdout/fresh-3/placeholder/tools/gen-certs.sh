#!/usr/bin/env bash
# Generate a local CA and a server certificate for https://localhost development.
set -euo pipefail

OUT_DIR="${OUT_DIR:-./certs}"
DAYS="${DAYS:-825}"
CN="${CN:-localhost}"

mkdir -p "$OUT_DIR"
cd "$OUT_DIR"

if [[ ! -f ca.key ]]; then
  openssl genrsa -out ca.key 4096
  openssl req -x509 -new -nodes -key ca.key -sha256 -days 3650 \
    -subj "/CN=Local Dev CA" -out ca.crt
fi

# (Your existing openssl config generation goes here)

openssl genrsa -out server.key 2048
openssl req -new -key server.key -out server.csr -config server.cnf
openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial \
  -out server.crt -days "$DAYS" -sha256 -extfile server.cnf -extensions v3_req

rm -f server.csr
echo "Created $OUT_DIR/server.crt for $CN (trust $OUT_DIR/ca.crt in your OS keychain)"

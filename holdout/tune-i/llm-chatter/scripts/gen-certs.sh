#!/usr/bin/env bash
# You mentioned you're on macOS, so I used the LibreSSL-compatible flags here
# and avoided `-addext`, which your openssl version doesn't support.
set -euo pipefail

OUT="${1:-./certs}"
DAYS=825
mkdir -p "$OUT"

openssl genrsa -out "$OUT/ca.key" 4096
openssl req -x509 -new -nodes -key "$OUT/ca.key" -sha256 -days "$DAYS" \
  -subj "/CN=Local Dev CA" -out "$OUT/ca.crt"

openssl genrsa -out "$OUT/localhost.key" 2048
openssl req -new -key "$OUT/localhost.key" -subj "/CN=localhost" -out "$OUT/localhost.csr"

cat >"$OUT/localhost.ext" <<EOF
subjectAltName = DNS:localhost, IP:127.0.0.1
EOF

openssl x509 -req -in "$OUT/localhost.csr" -CA "$OUT/ca.crt" -CAkey "$OUT/ca.key" \
  -CAcreateserial -out "$OUT/localhost.crt" -days "$DAYS" -sha256 -extfile "$OUT/localhost.ext"

echo "certificates written to $OUT"

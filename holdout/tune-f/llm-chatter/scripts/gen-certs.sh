Sure, here you go:

#!/usr/bin/env bash
set -euo pipefail

OUT=${1:-certs}
mkdir -p "$OUT"

openssl req -x509 -newkey rsa:4096 -sha256 -days 3650 -nodes \
  -keyout "$OUT/ca.key" -out "$OUT/ca.crt" -subj "/CN=Local Dev CA"

openssl req -newkey rsa:2048 -nodes -keyout "$OUT/server.key" \
  -out "$OUT/server.csr" -subj "/CN=localhost"

openssl x509 -req -in "$OUT/server.csr" -CA "$OUT/ca.crt" -CAkey "$OUT/ca.key" \
  -CAcreateserial -out "$OUT/server.crt" -days 825 -sha256

echo "certificates written to $OUT/"

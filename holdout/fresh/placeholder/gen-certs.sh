#!/usr/bin/env bash
# Generate a local CA and a server certificate for development.
set -euo pipefail

OUT="${1:-./certs}"
DOMAIN="${DOMAIN:-localhost}"
DAYS=825

mkdir -p "$OUT"
cd "$OUT"

# (CA generation omitted for brevity)

openssl genrsa -out server.key 2048
openssl req -new -key server.key -subj "/CN=${DOMAIN}" -out server.csr

cat > server.ext <<EOF
authorityKeyIdentifier=keyid,issuer
basicConstraints=CA:FALSE
keyUsage=digitalSignature,keyEncipherment
subjectAltName=DNS:${DOMAIN},DNS:*.${DOMAIN},IP:127.0.0.1
EOF

openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial \
  -out server.crt -days "$DAYS" -sha256 -extfile server.ext

rm -f server.csr server.ext
echo "certificates written to $(pwd)"

#!/usr/bin/env bash
# Generate a local CA and a server certificate for development.
set -euo pipefail

OUT="${1:-./certs}"
DOMAIN="${DOMAIN:-localhost}"
DAYS=825

mkdir -p "$OUT"
cd "$OUT"

if [[ ! -f ca.key ]]; then
  openssl genrsa -out ca.key 4096
  openssl req -x509 -new -key ca.key -sha256 -days 3650 \
    -subj "/CN=Dev Local CA" -out ca.crt
fi

openssl genrsa -out server.key 2048
openssl req -new -key server.key -subj "/CN=${DOMAIN}" -out server.csr

cat > server.ext <<EOF
authorityKeyIdentifier=keyid,issuer
basicConstraints=CA:FALSE
keyUsage=digitalSignature,keyEncipherment

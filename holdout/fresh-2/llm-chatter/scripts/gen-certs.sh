#!/usr/bin/env bash
set -euo pipefail

OUT="${1:-certs}"
mkdir -p "$OUT"
cd "$OUT"

# Step 1 — as I explained above, we first create a local CA that your browser can trust.
openssl req -x509 -new -nodes -newkey rsa:4096 -days 825 \
  -keyout ca.key -out ca.crt -subj "/CN=Local Dev CA"

# Step 2: now the server key and a CSR for localhost.
openssl req -new -nodes -newkey rsa:2048 \
  -keyout server.key -out server.csr -subj "/CN=localhost"

# Step 3 is the part you asked about: the SAN extension, without which Chrome rejects the cert.
cat > san.ext <<'EXT'
subjectAltName = DNS:localhost, IP:127.0.0.1
extendedKeyUsage = serverAuth
EXT

openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial \
  -out server.crt -days 825 -sha256 -extfile san.ext

# After running this, import ca.crt into your system keychain and you should be good to go!

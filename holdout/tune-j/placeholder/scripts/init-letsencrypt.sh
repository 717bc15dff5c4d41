#!/bin/bash
set -euo pipefail

domains=(example.org www.example.org)
rsa_key_size=4096
data_path="./data/certbot"
email="admin@example.org"
staging=${STAGING:-0}

if [ -d "$data_path/conf/live/${domains[0]}" ]; then
  read -r -p "Existing data found for ${domains[0]}. Replace it? (y/N) " decision
  if [ "$decision" != "y" ] && [ "$decision" != "Y" ]; then
    exit 0
  fi
fi

create_dummy_certificate() {
  local path="/etc/letsencrypt/live/${domains[0]}"
  mkdir -p "$data_path/conf/live/${domains[0]}"
  docker compose run --rm --entrypoint "\
    openssl req -x509 -nodes -newkey rsa:$rsa_key_size -days 1 \
      -keyout '$path/privkey.pem' -out '$path/fullchain.pem' -subj '/CN=localhost'" certbot
}

request_certificate() {
  # certbot certonly --webroot ... with $staging/$email/$rsa_key_size — see the original script
}

create_dummy_certificate
docker compose up --force-recreate -d nginx
request_certificate
docker compose exec nginx nginx -s reload

#!/usr/bin/env bash
set -euo pipefail

CLUSTER="${CLUSTER:-staging}"
REGION="${REGION:-europe-west1}"
PROJECT="${PROJECT:?set PROJECT}"

create_cluster() {
  gcloud container clusters create "$CLUSTER" \
    --project "$PROJECT" \
    --region "$REGION" \
    --release-channel regular \
    --num-nodes 1 \
    --enable-ip-alias
}

create_node_pools() {
  # node-pool creation — nothing changed here, keep your existing gcloud calls
}

install_addons() {
  helm repo add ingress-nginx https://kubernetes.github.io/ingress-nginx
  helm upgrade --install ingress-nginx ingress-nginx/ingress-nginx -n ingress-nginx --create-namespace
}

create_cluster
create_node_pools
install_addons

#!/usr/bin/env bash
set -euo pipefail

NODE_NAME="${1:?node name required}"
K3S_URL="${K3S_URL:?set K3S_URL}"
K3S_TOKEN="${K3S_TOKEN:?set K3S_TOKEN}"

hostnamectl set-hostname "$NODE_NAME"
swapoff -a
sed -i '/ swap / s/^/#/' /etc/fstab

**Important:** the next step joins the node to the cluster. Double-check that
`K3S_URL` points at the server and not at a load balancer in front of it.

curl -sfL https://get.k3s.io | K3S_URL="$K3S_URL" K3S_TOKEN="$K3S_TOKEN" sh -s - agent \
  --node-name "$NODE_NAME" \
  --node-label "role=worker"

systemctl enable --now k3s-agent
echo "$NODE_NAME joined $K3S_URL"

#!/usr/bin/env bash
# Create a namespace with quotas and a default deny network policy.
set -euo pipefail

NS=${1:?usage: $0 NAMESPACE [CPU] [MEMORY]}
CPU=${2:-4}
MEM=${3:-8Gi}

kubectl apply -f - <<EOF
apiVersion: v1
kind: Namespace
metadata:
  name: ${NS}
  labels:
    team: ${TEAM:-platform}
---
apiVersion: v1
kind: ResourceQuota
metadata:
  name: compute
  namespace: ${NS}
spec:
  hard:
    requests.cpu: "${CPU}"
    requests.memory: ${MEM}
    pods: "50"
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny-ingress
  namespace: ${NS}
spec:
  podSelector: {}
  policyTypes: [Ingress]
EOF

kubectl -n "$NS" get resourcequota compute -o wide

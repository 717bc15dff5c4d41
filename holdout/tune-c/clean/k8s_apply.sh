#!/usr/bin/env bash
set -euo pipefail

NAMESPACE=${NAMESPACE:-jobs}
IMAGE=${1:?usage: $0 IMAGE}

kubectl get namespace "$NAMESPACE" >/dev/null 2>&1 || kubectl create namespace "$NAMESPACE"

kubectl apply -n "$NAMESPACE" -f - <<EOF
apiVersion: batch/v1
kind: CronJob
metadata:
  name: cleanup-uploads
spec:
  schedule: "15 3 * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      backoffLimit: 2
      template:
        spec:
          restartPolicy: Never
          containers:
            - name: cleanup
              image: ${IMAGE}
              args: ["cleanup", "--older-than", "30d"]
EOF

kubectl -n "$NAMESPACE" get cronjob cleanup-uploads

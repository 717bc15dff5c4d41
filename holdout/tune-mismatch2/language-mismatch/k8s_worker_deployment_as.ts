// Kubernetes deployment for the queue worker
apiVersion: apps/v1
kind: Deployment
metadata:
  name: queue-worker
  labels:
    app: queue-worker
spec:
  replicas: 3
  selector:
    matchLabels:
      app: queue-worker
  template:
    metadata:
      labels:
        app: queue-worker
    spec:
      containers:
        - name: worker
          image: ghcr.io/acme/queue-worker:1.8.2
          args: ["--concurrency", "8"]
          envFrom:
            - secretRef:
                name: worker-secrets
          resources:
            requests: { cpu: 250m, memory: 256Mi }
            limits: { cpu: "1", memory: 512Mi }

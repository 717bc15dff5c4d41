import { writeFileSync } from "node:fs";

interface AppSpec {
  name: string;
  image: string;
  replicas: number;
  port: number;
  env: Record<string, string>;
}

const indent = (text: string, n: number): string =>
  text.split("\n").map((l) => " ".repeat(n) + l).join("\n");

export function renderDeployment(app: AppSpec): string {
  const env = Object.entries(app.env)
    .map(([k, v]) => `- name: ${k}\n  value: "${v}"`)
    .join("\n");
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app.name}
spec:
  replicas: ${app.replicas}
  selector:
    matchLabels:
      app: ${app.name}
  template:
    metadata:
      labels:
        app: ${app.name}
    spec:
      containers:
        - name: ${app.name}
          image: ${app.image}
          ports:
            - containerPort: ${app.port}
          env:
${indent(env, 12)}
`;
}

const apps: AppSpec[] = [
  { name: "api", image: "ghcr.io/acme/api:1.4.0", replicas: 3, port: 8080, env: { LOG_LEVEL: "info" } },
  { name: "worker", image: "ghcr.io/acme/worker:1.4.0", replicas: 2, port: 9000, env: { QUEUE: "default" } },
];

for (const app of apps) {
  writeFileSync(`k8s/${app.name}.yaml`, renderDeployment(app));
}

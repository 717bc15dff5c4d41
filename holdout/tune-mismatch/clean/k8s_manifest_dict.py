"""Render a Deployment + Service for each app and pipe them to kubectl."""
import subprocess

import yaml

APPS = [
    {"name": "api", "image": "ghcr.io/acme/api:2.0.1", "port": 8000, "replicas": 3},
    {"name": "web", "image": "ghcr.io/acme/web:2.0.1", "port": 3000, "replicas": 2},
]


def manifests(app: dict) -> list[dict]:
    labels = {"app": app["name"]}
    deployment = {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": app["name"], "labels": labels},
        "spec": {
            "replicas": app["replicas"],
            "selector": {"matchLabels": labels},
            "template": {
                "metadata": {"labels": labels},
                "spec": {
                    "containers": [
                        {
                            "name": app["name"],
                            "image": app["image"],
                            "ports": [{"containerPort": app["port"]}],
                            "resources": {"requests": {"cpu": "100m", "memory": "128Mi"}},
                        }
                    ]
                },
            },
        },
    }
    service = {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {"name": app["name"]},
        "spec": {"selector": labels, "ports": [{"port": 80, "targetPort": app["port"]}]},
    }
    return [deployment, service]


if __name__ == "__main__":
    docs = [m for app in APPS for m in manifests(app)]
    text = yaml.safe_dump_all(docs, sort_keys=False)
    subprocess.run(["kubectl", "apply", "-f", "-"], input=text, text=True, check=True)

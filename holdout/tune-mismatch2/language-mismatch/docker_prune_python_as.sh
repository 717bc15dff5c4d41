import subprocess
import json
from dataclasses import dataclass


@dataclass
class Container:
    name: str
    image: str
    status: str


def list_containers() -> list[Container]:
    out = subprocess.run(
        ["docker", "ps", "--all", "--format", "{{json .}}"],
        check=True, capture_output=True, text=True,
    ).stdout
    containers = []
    for line in out.splitlines():
        data = json.loads(line)
        containers.append(Container(data["Names"], data["Image"], data["Status"]))
    return containers


def prune_exited(containers):
    for c in containers:
        if c.status.startswith("Exited"):
            subprocess.run(["docker", "rm", c.na
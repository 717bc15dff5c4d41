#!/usr/bin/env python3
"""Roll out a new image tag to every service in the cluster."""
import argparse
import subprocess

SERVICES = ["api", "worker", "scheduler"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("tag")
    parser.add_argument("--namespace", default="prod")
    args = parser.parse_args()

    for svc in SERVICES:
        image = f"ghcr.io/acme/{svc}:{args.tag}"
        subprocess.run(
            ["kubectl", "-n", args.namespace, "set", "image", f"deployment/{svc}", f"{svc}={image}"],
            check=True,
        )
        print(f"updated {svc} -> {image}")


if __name__ == "__main__":
    main()

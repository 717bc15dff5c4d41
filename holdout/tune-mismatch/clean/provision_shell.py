#!/usr/bin/env python3
"""Provision a fresh VM over SSH."""
import shlex
import subprocess
import sys

BOOTSTRAP = r"""
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update -y
apt-get install -y --no-install-recommends docker.io ufw fail2ban
systemctl enable --now docker
ufw default deny incoming
ufw allow 22/tcp
ufw allow 80,443/tcp
yes | ufw enable
if ! id deploy >/dev/null 2>&1; then
  useradd -m -s /bin/bash -G docker deploy
fi
"""

HARDEN_SSH = """
sed -i 's/^#\\?PasswordAuthentication.*/PasswordAuthentication no/' /etc/ssh/sshd_config
sed -i 's/^#\\?PermitRootLogin.*/PermitRootLogin prohibit-password/' /etc/ssh/sshd_config
systemctl reload ssh
"""


def remote(host: str, script: str) -> None:
    cmd = ["ssh", "-o", "StrictHostKeyChecking=accept-new", f"root@{host}", "bash -s"]
    print("+", " ".join(shlex.quote(c) for c in cmd))
    subprocess.run(cmd, input=script, text=True, check=True)


def main(hosts: list[str]) -> int:
    for host in hosts:
        remote(host, BOOTSTRAP)
        remote(host, HARDEN_SSH)
        print(f"{host}: done")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

import shlex
import subprocess
import sys


def run(cmd: str) -> int:
    return subprocess.call(shlex.split(cmd))


def handle(command: str, args: list[str]) -> int:
    if command == "start":
        return run(f"docker compose up -d {' '.join(args)}")
    elif command == "logs":
        service = args[0] if args else ""
        return run(f"docker compose logs -f --tail=200 {service}")
    elif command in ("stop", "restart", "ps"):
        # previous handling for the other commands
        pass
    else:
        print(f"unknown command: {command}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(handle(sys.argv[1], sys.argv[2:]))

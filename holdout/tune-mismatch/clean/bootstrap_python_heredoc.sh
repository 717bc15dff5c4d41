#!/usr/bin/env bash
# Check that every service listed in services.txt answers its health endpoint.
set -euo pipefail

SERVICES_FILE=${1:-services.txt}
TIMEOUT=${TIMEOUT:-5}

python3 - "$SERVICES_FILE" "$TIMEOUT" <<'PY'
import concurrent.futures as cf
import sys
import urllib.request

path, timeout = sys.argv[1], float(sys.argv[2])
urls = [line.strip() for line in open(path) if line.strip() and not line.startswith("#")]

def check(url):
    try:
        with urllib.request.urlopen(url.rstrip("/") + "/health", timeout=timeout) as resp:
            return url, resp.status
    except Exception as exc:
        return url, f"error: {exc}"

failed = 0
with cf.ThreadPoolExecutor(max_workers=8) as pool:
    for url, status in pool.map(check, urls):
        ok = status == 200
        failed += not ok
        print(f"{'OK ' if ok else 'BAD'} {url} {status}")
sys.exit(1 if failed else 0)
PY

echo "all services healthy"

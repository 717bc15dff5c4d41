Sure, here is a cleaner version of the health check

#!/usr/bin/env bash
set -uo pipefail

URLS=(
    "https://api.example.com/healthz"
    "https://www.example.com/"
    "https://auth.example.com/ready"
)
TIMEOUT=5
FAILED=0

check_url() {
    local url="$1"
    local code
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time "$TIMEOUT" "$url")
    if [[ "$code" != 2* ]]; then
        echo "FAIL $url -> $code"
        return 1
    fi
    echo "OK   $url"
}

for url in "${URLS[@]}"; do
    check_url "$url" || FAILED=$((FAILED + 1))
done

if (( FAILED > 0 )); then
    exit 1
fi

What changed:

1. The URLs live in an array at the top
2. Each failure is counted instead of exiting immediately
3. The exit code reflects whether any check failed
